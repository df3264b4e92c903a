import { msg } from '../l10n/index.js';
import type { Check, DocumentFinding } from './types.js';

export const danglingReference: Check = {
  code: 'dangling-reference',
  // Off until asked for: a workspace rarely holds every question its pages cite (other ministers', other legislatures').
  defaultSeverity: 'off',
  crossFile(workspace) {
    const findings: DocumentFinding[] = [];
    for (const reference of workspace.own.references) {
      if (reference.number === reference.from || workspace.questionsNumbered(reference.number).length > 0) continue;
      findings.push({ code: 'dangling-reference', range: reference.range, message: msg('dangling.message', { number: reference.number }), related: [] });
    }
    return findings;
  },
};
