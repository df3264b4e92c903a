import { documentMayHoldDamage, findDamage } from '../model/encoding.js';
import type { Check, Finding } from './types.js';

export const encodingDamage: Check = {
  code: 'encoding-damage',
  defaultSeverity: 'warning',
  description: 'Text that went through a wrong encoding once ("FinanciÃ«n", "BelgiŽ", "CÚcile"), with the repair where the damage is known.',
  document(document) {
    const findings: Finding[] = [];
    // This runs on every change of every document: most hold nothing to look at, which is known per question.
    if (!documentMayHoldDamage(document)) return findings;
    for (const damage of findDamage(document.text)) {
      const message = damage.repair
        ? `Wrong encoding: "${damage.word}" looks like ${damage.repair.kind.name}; it was probably "${damage.repair.repaired}".`
        : `Wrong encoding: "${damage.word}" was decoded with the wrong encoding, and a byte of it is lost: no repair.`;
      findings.push({ code: 'encoding-damage', range: document.lineIndex.rangeOf(damage.start, damage.end), message, related: [] });
    }
    return findings;
  },

  fixes(document, { range }) {
    const start = document.lineIndex.offsetAt(range.start);
    const end = document.lineIndex.offsetAt(range.end);
    // The same reading of the whole text as the check's: the document's own evidence decides the kind of damage.
    const repaired = findDamage(document.text).find((damage) => damage.start === start && damage.end === end)?.repair?.repaired;
    return repaired ? [{ title: `Replace with "${repaired}"`, edits: [{ range, newText: repaired }], preferred: true }] : [];
  },
};
