import { allCrossReferences } from '../model/nodes.js';
import { referenceText } from '../model/references.js';
import { findingOn, type Check } from './types.js';

export const selfReference: Check = {
  code: 'self-reference',
  defaultSeverity: 'error',
  description: 'A question that lists its own number among its cross-references.',
  question(_document, question) {
    if (!question.number) return [];
    const numberField = question.fields.number ?? question.fields.questionHeading;
    return allCrossReferences(question)
      .filter((reference) => reference.number === question.number)
      .map((reference) =>
        findingOn(
          'self-reference',
          reference.node,
          `Question ${question.number} lists itself as a cross-reference ("${referenceText(reference)}").`,
          numberField ? [[numberField.node, `The question's own number, ${question.number}`]] : [],
        ),
      );
  },
};
