import { allCrossReferences } from '../model/nodes.js';
import { referenceText } from '../model/references.js';
import { msg } from '../l10n/index.js';
import { findingOn, type Check } from './types.js';

export const selfReference: Check = {
  code: 'self-reference',
  defaultSeverity: 'error',
  question(_document, question) {
    if (!question.number) return [];
    const numberField = question.fields.number ?? question.fields.questionHeading;
    return allCrossReferences(question)
      .filter((reference) => reference.number === question.number)
      .map((reference) =>
        findingOn(
          'self-reference',
          reference.node,
          msg('self.message', { number: question.number ?? '', reference: referenceText(reference) }),
          numberField ? [[numberField.node, msg('self.related', { number: question.number ?? '' })]] : [],
        ),
      );
  },
};
