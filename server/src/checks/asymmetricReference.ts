import { msg } from '../l10n/index.js';
import { RECIPROCAL, RELATION_LABELS } from '../model/labels.js';
import type { Check, DocumentFinding } from './types.js';

export const asymmetricReference: Check = {
  code: 'asymmetric-reference',
  defaultSeverity: 'warning',
  crossFile(workspace) {
    const findings: DocumentFinding[] = [];
    // One finding a cited question, though both columns cite it.
    const reported = new Set<string>();
    // The questions that cite each of this file's questions, asked of the index once a question.
    const citedBy = new Map<string, Set<string | null>>();
    for (const reference of workspace.own.references) {
      const own = reference.from;
      const relation = reference.relation;
      // An unknown label, a page without a number, the question itself, or a number already reported.
      if (!own || !relation || reference.number === own || reported.has(`${own} ${reference.number}`)) continue;
      const holders = workspace.questionsNumbered(reference.number);
      // Not in the workspace: nothing to compare with (dangling-reference's to say, if asked).
      const holder = holders[0];
      if (!holder) continue;
      let citing = citedBy.get(own);
      if (!citing) citedBy.set(own, (citing = new Set(workspace.referencesTo(own).map((back) => back.from))));
      if (citing.has(reference.number)) continue;
      reported.add(`${own} ${reference.number}`);
      const expected = RECIPROCAL[relation];
      const label = RELATION_LABELS[expected][reference.lang] ?? RELATION_LABELS[expected].nl ?? '';
      const file = workspace.displayName(holder.uri);
      findings.push({
        code: 'asymmetric-reference',
        range: reference.range,
        message: msg(relation === 'also-asked' ? 'asymmetric.alsoAsked' : 'asymmetric.resubmission', { other: reference.number, number: own, file, label }),
        related: [{ range: holder.range, uri: holder.uri, message: msg('duplicateQuestion.related', { number: reference.number, file }) }],
      });
    }
    return findings;
  },
};
