import { allCrossReferences, type CrossReference } from '../model/nodes.js';
import { foldForMatching } from '../model/text.js';
import { findingOn, type Check, type Finding } from './types.js';

/** Two references are the same when label, kind and number are: same words, so same language. */
export function referenceKey(reference: CrossReference): string {
  return `${foldForMatching(reference.label)}|${foldForMatching(reference.kind)}|${reference.number}`;
}

export function referenceText(reference: CrossReference): string {
  return `${reference.label} : ${reference.kind} ${reference.number}`;
}

export const duplicateReference: Check = {
  code: 'duplicate-reference',
  defaultSeverity: 'error',
  description: 'A cross-reference listed again with the same label and number (in the same list or the same language).',
  question(_document, question) {
    const findings: Finding[] = [];
    const first = new Map<string, CrossReference>();
    for (const reference of allCrossReferences(question)) {
      const key = referenceKey(reference);
      const earlier = first.get(key);
      if (!earlier) {
        first.set(key, reference);
        continue;
      }
      findings.push(
        findingOn(
          'duplicate-reference',
          reference.node,
          () => `Duplicate cross-reference "${referenceText(reference)}": already listed on line ${earlier.node.range.start.line + 1}.`,
          [[earlier.node, `First listed here: "${referenceText(earlier)}"`]],
        ),
      );
    }
    return findings;
  },
};
