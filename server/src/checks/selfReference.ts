import { allCrossReferences } from '../model/nodes.js';
import { referenceText } from './duplicateReference.js';
import type { Check, Finding } from './types.js';

export const selfReference: Check = {
  code: 'self-reference',
  defaultSeverity: 'error',
  description: "A question that lists its own number among its cross-references.",
  run(document) {
    const findings: Finding[] = [];
    for (const question of document.questions) {
      if (!question.number) continue;
      const numberField = question.fields.number ?? question.fields.questionHeading;
      for (const reference of allCrossReferences(question)) {
        if (reference.number !== question.number) continue;
        findings.push({
          code: 'self-reference',
          range: reference.node.range,
          message: `Question ${question.number} lists itself as a cross-reference ("${referenceText(reference)}").`,
          related: numberField ? [{ range: numberField.node.range, message: `The question's own number, ${question.number}` }] : [],
        });
      }
    }
    return findings;
  },
};
