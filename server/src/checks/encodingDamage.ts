import { DAMAGE_KINDS, FOREIGN_CHARACTER, hasForeignCharacter, repairToken, type DamageKind } from '../model/encoding.js';
import { isBlankChar } from '../model/text.js';
import type { Check, Finding } from './types.js';

/**
 * UTF-8 read as Latin-1 or Windows-1252 leaves tell-tale pairs ("Ã©", "â€™") even where the word
 * cannot be repaired (a byte lost on the way): those are reported without a repair.
 */
const UTF8_DAMAGE = /[ÃÂ][\u00a0-\u00bf€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]|â€/u;
const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/;

interface Token {
  start: number;
  end: number;
  text: string;
}

/** Whitespace-separated tokens that hold a character no French or Dutch word has, without the ASCII punctuation around them. */
function suspectTokens(text: string): Token[] {
  const tokens: Token[] = [];
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const blank = i === text.length || isBlankChar(text.charCodeAt(i));
    if (!blank) {
      if (start < 0) start = i;
      continue;
    }
    if (start < 0) continue;
    let from = start;
    let to = i;
    start = -1;
    while (from < to && ASCII_PUNCTUATION.test(text[from] as string)) from++;
    while (to > from && ASCII_PUNCTUATION.test(text[to - 1] as string)) to--;
    const token = text.slice(from, to);
    if (token && (FOREIGN_CHARACTER.test(token) || UTF8_DAMAGE.test(token))) tokens.push({ start: from, end: to, text: token });
  }
  return tokens;
}

/** The kinds of damage in the order this document's own words support them: most repaired words first. */
function kindsByEvidence(tokens: readonly Token[]): DamageKind[] {
  const counts = new Map<DamageKind, number>(DAMAGE_KINDS.map((kind) => [kind, 0]));
  for (const token of tokens) {
    for (const kind of DAMAGE_KINDS) {
      if (repairToken(token.text, [kind])) counts.set(kind, (counts.get(kind) as number) + 1);
    }
  }
  return [...DAMAGE_KINDS].sort((a, b) => (counts.get(b) as number) - (counts.get(a) as number));
}

export const encodingDamage: Check = {
  code: 'encoding-damage',
  defaultSeverity: 'warning',
  description: 'Text that went through a wrong encoding once ("FinanciÃ«n", "BelgiŽ", "CÚcile"), with the repair where the damage is known.',
  document(document) {
    const findings: Finding[] = [];
    const text = document.text;
    // Most documents hold nothing but ASCII, French and Dutch: one pass says so ("Â" is French, but "Â°" is damage).
    if (!hasForeignCharacter(text) && text.indexOf('Â') < 0 && text.indexOf('â€') < 0) return findings;
    const tokens = suspectTokens(text);
    const order = kindsByEvidence(tokens);
    for (const token of tokens) {
      const repair = repairToken(token.text, order);
      let message: string | null = null;
      if (repair) message = `"${token.text}" looks like ${repair.kind.name}; it was probably "${repair.repaired}".`;
      else if (UTF8_DAMAGE.test(token.text)) message = `"${token.text}" looks like text decoded with the wrong encoding.`;
      if (message) findings.push({ code: 'encoding-damage', range: document.lineIndex.rangeOf(token.start, token.end), message, related: [] });
    }
    return findings;
  },
};
