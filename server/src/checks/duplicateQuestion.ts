import { msg } from '../l10n/index.js';
import type { Check, DocumentFinding } from './types.js';

export const duplicateQuestion: Check = {
  code: 'duplicate-question',
  defaultSeverity: 'error',
  crossFile(workspace) {
    const findings: DocumentFinding[] = [];
    for (const question of workspace.own.questions) {
      // A bulletin that prints a question twice is one file's business. The Senate publishes one
      // question in several layouts (a web view and a printer version in each language, a
      // bilingual print, the bulletin): two files are one question twice only in the same layout
      // and the same language.
      const elsewhere = workspace
        .questionsNumbered(question.number)
        .filter((place) => place.uri !== workspace.uri && place.layout.kind === question.layout.kind && place.layout.lang === question.layout.lang);
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
