import { msg } from '../l10n/index.js';
import type { Check, DocumentFinding } from './types.js';

export const danglingReference: Check = {
  code: 'dangling-reference',
  // Off until asked for: a workspace rarely holds every question its pages cite (other ministers', other legislatures').
  defaultSeverity: 'off',
  crossFile(workspace) {
    const findings: DocumentFinding[] = [];
    // One finding a cited number, though both columns cite it.
    const reported = new Set<string>();
    for (const reference of workspace.own.references) {
      const key = `${reference.from ?? ''} ${reference.number}`;
      if (reference.number === reference.from || reported.has(key) || workspace.questionsNumbered(reference.number).length > 0) continue;
      reported.add(key);
      findings.push({ code: 'dangling-reference', range: reference.range, message: msg('dangling.message', { number: reference.number }), related: [] });
    }
    return findings;
  },
};
