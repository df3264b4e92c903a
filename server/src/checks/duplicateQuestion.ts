import { msg } from '../l10n/index.js';
import type { Check, DocumentFinding } from './types.js';

export const duplicateQuestion: Check = {
  code: 'duplicate-question',
  defaultSeverity: 'error',
  crossFile(workspace) {
    const findings: DocumentFinding[] = [];
    for (const question of workspace.own.questions) {
      // A bulletin that prints a question twice is one file's business; two files holding one number is this check's.
      const elsewhere = workspace.questionsNumbered(question.number).filter((place) => place.uri !== workspace.uri);
      if (elsewhere.length === 0) continue;
      const files = [...new Set(elsewhere.map((place) => workspace.displayName(place.uri)))];
      findings.push({
        code: 'duplicate-question',
        range: question.range,
        message: msg('duplicateQuestion.message', { number: question.number, files, count: files.length }),
        related: elsewhere.map((place) => ({
          range: place.range,
          uri: place.uri,
          message: msg('duplicateQuestion.related', { number: question.number, file: workspace.displayName(place.uri) }),
        })),
      });
    }
    return findings;
  },
};
