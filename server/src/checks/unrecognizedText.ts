import type { Node } from '../model/nodes.js';
import { isBlankChar, shorten } from '../model/text.js';
import { msg } from '../l10n/index.js';
import type { Check, DocumentFinding } from './types.js';

/** Runs of unrecognized paragraphs with nothing but white space between them: one stretch the layout does not explain, one finding. */
function stretches(text: string, nodes: readonly Node[]): Node[][] {
  const groups: Node[][] = [];
  for (const node of nodes) {
    const group = groups[groups.length - 1];
    const last = group?.[group.length - 1];
    let between = true;
    if (last) for (let i = last.end; i < node.start && between; i++) between = isBlankChar(text.charCodeAt(i));
    if (group && last && between) group.push(node);
    else groups.push([node]);
  }
  return groups;
}

export const unrecognizedText: Check = {
  code: 'unrecognized-text',
  defaultSeverity: 'warning',
  document(document) {
    const findings: DocumentFinding[] = [];
    for (const group of stretches(document.text, document.unrecognized)) {
      const first = group[0] as Node;
      const last = group[group.length - 1] as Node;
      const range = document.lineIndex.rangeOf(first.start, last.end);
      const text = shorten(document.text.slice(first.start, first.end), 60);
      // Paragraphs after a header and no question heading: the heading is what went missing.
      const question = document.questions.find((candidate) => candidate.node.start <= first.start && first.end <= candidate.node.end);
      const noHeading = !!question && !question.questionText && !!question.fields.number;
      const message =
        group.length === 1
          ? msg(noHeading ? 'unrecognized.oneNoHeading' : 'unrecognized.one', { text })
          : msg(noHeading ? 'unrecognized.manyNoHeading' : 'unrecognized.many', { text, count: group.length, from: range.start.line + 1, to: range.end.line + 1 });
      findings.push({ code: 'unrecognized-text', range, message, related: [] });
    }
    return findings;
  },
};
