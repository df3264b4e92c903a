import type { Node } from '../model/nodes.js';
import { isBlankChar, shorten } from '../model/text.js';
import type { Check, Finding } from './types.js';

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
  description: 'Text that does not fit the layout of a question page (outside any question, or a stray line in the header).',
  document(document) {
    const findings: Finding[] = [];
    for (const group of stretches(document.text, document.unrecognized)) {
      const first = group[0] as Node;
      const last = group[group.length - 1] as Node;
      const range = document.lineIndex.rangeOf(first.start, last.end);
      const quoted = `"${shorten(document.text.slice(first.start, first.end), 60)}"`;
      // Paragraphs after a header and no question heading: the heading is what went missing.
      const question = document.questions.find((candidate) => candidate.node.start <= first.start && first.end <= candidate.node.end);
      const hint = question && !question.questionText && question.fields.number ? ' Is the question heading ("Question n° … du … :") missing above it?' : '';
      const message =
        group.length === 1
          ? `Text not recognised as part of a question page: ${quoted}.${hint}`
          : `Text not recognised as part of a question page (${group.length} paragraphs, lines ${range.start.line + 1}-${range.end.line + 1}), from ${quoted}.${hint}`;
      findings.push({ code: 'unrecognized-text', range, message, related: [] });
    }
    return findings;
  },
};
