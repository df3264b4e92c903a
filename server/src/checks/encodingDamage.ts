import type { Check, Finding } from './types.js';

// Windows-1252 puts printable characters at 0x80-0x9F where Latin-1 has controls; text read
// through it carries these characters in place of the bytes.
const WINDOWS_1252: Record<string, number> = {
  '€': 0x80, '‚': 0x82, 'ƒ': 0x83, '„': 0x84, '…': 0x85, '†': 0x86, '‡': 0x87, 'ˆ': 0x88, '‰': 0x89, 'Š': 0x8a,
  '‹': 0x8b, 'Œ': 0x8c, 'Ž': 0x8e, '‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94, '•': 0x95, '–': 0x96, '—': 0x97,
  '˜': 0x98, '™': 0x99, 'š': 0x9a, '›': 0x9b, 'œ': 0x9c, 'ž': 0x9e, 'Ÿ': 0x9f,
};

/**
 * "Ã©" is "é" encoded in UTF-8 and decoded as Latin-1 or Windows-1252; "Ž" inside a lower-case word
 * is a byte of another code page. Neither occurs in real French or Dutch words.
 */
const DAMAGE = /[ÃÂ][\u00a0-\u00bf€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]|â€[\u0080-\u00bf€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]?|\p{Ll}[ŽŠ]\p{Ll}/gu;
const WORD_CHAR = /[\p{L}\p{M}\u0080-\u00bf€‚ƒ„…†‡ˆ‰‹‘’“”•–—˜™›ž]/u;

/** Reverses one wrong decoding: back to bytes through Windows-1252, then decoded as UTF-8. Null when that fails. */
export function repairMojibake(text: string): string | null {
  const bytes: number[] = [];
  for (const char of text) {
    const code = char.codePointAt(0) as number;
    if (code < 0x100) bytes.push(code);
    else if (WINDOWS_1252[char] !== undefined) bytes.push(WINDOWS_1252[char] as number);
    else return null;
  }
  try {
    const repaired = new TextDecoder('utf-8', { fatal: true }).decode(new Uint8Array(bytes));
    return repaired === text ? null : repaired;
  } catch {
    return null;
  }
}

export const encodingDamage: Check = {
  code: 'encoding-damage',
  defaultSeverity: 'warning',
  description: 'Text that went through a wrong encoding once ("FinanciÃ«n", "FinanciŽn").',
  document(document) {
    const findings: Finding[] = [];
    const text = document.text;
    // Most documents hold none of the tell-tale characters: say so with a few native searches.
    if (!/[ÃÂŽŠ]|â€/.test(text)) return findings;
    let coveredUntil = -1;
    DAMAGE.lastIndex = 0;
    for (let match = DAMAGE.exec(text); match; match = DAMAGE.exec(text)) {
      if (match.index < coveredUntil) continue;
      let start = match.index;
      let end = match.index + match[0].length;
      while (start > 0 && WORD_CHAR.test(text[start - 1] as string)) start--;
      while (end < text.length && WORD_CHAR.test(text[end] as string)) end++;
      coveredUntil = end;
      const word = text.slice(start, end);
      const repaired = repairMojibake(word);
      findings.push({
        code: 'encoding-damage',
        range: document.lineIndex.rangeOf(start, end),
        message: `"${word}" looks like text decoded with the wrong encoding${repaired ? `; it was probably "${repaired}"` : ''}.`,
        related: [],
      });
    }
    return findings;
  },
};
