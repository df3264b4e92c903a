import { documentMayHoldDamage, findDamage } from '../model/encoding.js';
import { msg } from '../l10n/index.js';
import type { Check, DocumentFinding } from './types.js';

export const encodingDamage: Check = {
  code: 'encoding-damage',
  defaultSeverity: 'warning',
  document(document) {
    const findings: DocumentFinding[] = [];
    // This runs on every change of every document: most hold nothing to look at, which is known per question.
    if (!documentMayHoldDamage(document)) return findings;
    for (const damage of findDamage(document.text)) {
      const message = damage.repair
        ? msg('encoding.repair', { word: damage.word, kind: msg(damage.repair.kind.name), repaired: damage.repair.repaired })
        : msg('encoding.lost', { word: damage.word });
      findings.push({ code: 'encoding-damage', range: document.lineIndex.rangeOf(damage.start, damage.end), message, related: [] });
    }
    return findings;
  },

  fixes(document, { range }) {
    const start = document.lineIndex.offsetAt(range.start);
    const end = document.lineIndex.offsetAt(range.end);
    // The same reading of the whole text as the check's: the document's own evidence decides the kind of damage.
    const repaired = findDamage(document.text).find((damage) => damage.start === start && damage.end === end)?.repair?.repaired;
    return repaired ? [{ title: msg('fix.replaceWith', { text: repaired }), edits: [{ range, newText: repaired }], preferred: true }] : [];
  },
};
