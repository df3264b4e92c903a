/**
 * Text that went through a wrong character encoding once, and its repair. Each kind of damage is a
 * chain: the bytes of one code page read as another. The Senate's pages show four: UTF-8 read as
 * Windows-1252 ("FinanciÃ«n"), Windows-1252 read as Mac Central European ("BelgiŽ", "Eťn"),
 * Windows-1252 read as DOS code page 850 ("CÚcile"), Latin-1 read as Mac Roman ("naÔve").
 * A word is repaired by a chain only when the chain turns every odd character of it into French or
 * Dutch letters: that is the evidence that this chain, and no other, is what happened.
 */

import type { MessageKey } from '../l10n/index.js';
import { isBlankChar } from './text.js';
import type { ParsedDocument } from './nodes.js';

/** The upper halves (bytes 0x80-0xFF) of the single-byte code pages involved. */
const MAC_CENTRAL_EUROPEAN =
  '\u00c4\u0100\u0101\u00c9\u0104\u00d6\u00dc\u00e1\u0105\u010c\u00e4\u010d\u0106\u0107\u00e9\u0179\u017a\u010e\u00ed\u010f\u0112\u0113\u0116\u00f3\u0117\u00f4\u00f6\u00f5\u00fa\u011a\u011b\u00fc\u2020\u00b0\u0118\u00a3\u00a7\u2022\u00b6\u00df\u00ae\u00a9\u2122\u0119\u00a8\u2260\u0123\u012e\u012f\u012a\u2264\u2265\u012b\u0136\u2202\u2211\u0142\u013b\u013c\u013d\u013e\u0139\u013a\u0145\u0146\u0143\u00ac\u221a\u0144\u0147\u2206\u00ab\u00bb\u2026\u00a0\u0148\u0150\u00d5\u0151\u014c\u2013\u2014\u201c\u201d\u2018\u2019\u00f7\u25ca\u014d\u0154\u0155\u0158\u2039\u203a\u0159\u0156\u0157\u0160\u201a\u201e\u0161\u015a\u015b\u00c1\u0164\u0165\u00cd\u017d\u017e\u016a\u00d3\u00d4\u016b\u016e\u00da\u016f\u0170\u0171\u0172\u0173\u00dd\u00fd\u0137\u017b\u0141\u017c\u0122\u02c7';
const DOS_850 =
  '\u00c7\u00fc\u00e9\u00e2\u00e4\u00e0\u00e5\u00e7\u00ea\u00eb\u00e8\u00ef\u00ee\u00ec\u00c4\u00c5\u00c9\u00e6\u00c6\u00f4\u00f6\u00f2\u00fb\u00f9\u00ff\u00d6\u00dc\u00f8\u00a3\u00d8\u00d7\u0192\u00e1\u00ed\u00f3\u00fa\u00f1\u00d1\u00aa\u00ba\u00bf\u00ae\u00ac\u00bd\u00bc\u00a1\u00ab\u00bb\u2591\u2592\u2593\u2502\u2524\u00c1\u00c2\u00c0\u00a9\u2563\u2551\u2557\u255d\u00a2\u00a5\u2510\u2514\u2534\u252c\u251c\u2500\u253c\u00e3\u00c3\u255a\u2554\u2569\u2566\u2560\u2550\u256c\u00a4\u00f0\u00d0\u00ca\u00cb\u00c8\u0131\u00cd\u00ce\u00cf\u2518\u250c\u2588\u2584\u00a6\u00cc\u2580\u00d3\u00df\u00d4\u00d2\u00f5\u00d5\u00b5\u00fe\u00de\u00da\u00db\u00d9\u00fd\u00dd\u00af\u00b4\u00ad\u00b1\u2017\u00be\u00b6\u00a7\u00f7\u00b8\u00b0\u00a8\u00b7\u00b9\u00b3\u00b2\u25a0\u00a0';
const MAC_ROMAN =
  '\u00c4\u00c5\u00c7\u00c9\u00d1\u00d6\u00dc\u00e1\u00e0\u00e2\u00e4\u00e3\u00e5\u00e7\u00e9\u00e8\u00ea\u00eb\u00ed\u00ec\u00ee\u00ef\u00f1\u00f3\u00f2\u00f4\u00f6\u00f5\u00fa\u00f9\u00fb\u00fc\u2020\u00b0\u00a2\u00a3\u00a7\u2022\u00b6\u00df\u00ae\u00a9\u2122\u00b4\u00a8\u2260\u00c6\u00d8\u221e\u00b1\u2264\u2265\u00a5\u00b5\u2202\u2211\u220f\u03c0\u222b\u00aa\u00ba\u03a9\u00e6\u00f8\u00bf\u00a1\u00ac\u221a\u0192\u2248\u2206\u00ab\u00bb\u2026\u00a0\u00c0\u00c3\u00d5\u0152\u0153\u2013\u2014\u201c\u201d\u2018\u2019\u00f7\u25ca\u00ff\u0178\u2044\u20ac\u2039\u203a\ufb01\ufb02\u2021\u00b7\u201a\u201e\u2030\u00c2\u00ca\u00c1\u00cb\u00c8\u00cd\u00ce\u00cf\u00cc\u00d3\u00d4\uf8ff\u00d2\u00da\u00db\u00d9\u0131\u02c6\u02dc\u00af\u02d8\u02d9\u02da\u00b8\u02dd\u02db\u02c7';
// Windows-1252 is Latin-1 but for 0x80-0x9F, where it puts printable characters.
const WINDOWS_1252_C1 =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';
const WINDOWS_1252 = WINDOWS_1252_C1 + Array.from({ length: 0x60 }, (_, i) => String.fromCharCode(0xa0 + i)).join('');

export interface DamageKind {
  /** "Windows-1252 text read as Mac Central European" */
  /** What went wrong, as a catalogue key ("UTF-8 text read as Windows-1252"). */
  name: MessageKey;
  repair(word: string): string | null;
}

function byteOf(upperHalf: string): Map<string, number> {
  const map = new Map<string, number>();
  for (let i = 0; i < upperHalf.length; i++) map.set(upperHalf[i] as string, 0x80 + i);
  return map;
}

/** Characters back to the bytes they were read from, then the bytes read as they were written. */
function chain(name: MessageKey, readAs: string, writtenIn: 'utf-8' | 'windows-1252' | 'latin-1'): DamageKind {
  const bytes = byteOf(readAs);
  const decodeUtf8 = new TextDecoder('utf-8', { fatal: true });
  return {
    name,
    repair(word) {
      const out: number[] = [];
      for (const char of word) {
        const code = char.codePointAt(0) as number;
        if (code < 0x80) out.push(code);
        else {
          const byte = bytes.get(char);
          if (byte === undefined) return null;
          out.push(byte);
        }
      }
      let repaired: string;
      if (writtenIn === 'utf-8') {
        try {
          repaired = decodeUtf8.decode(new Uint8Array(out));
        } catch {
          return null;
        }
      } else if (writtenIn === 'windows-1252') repaired = out.map((byte) => (byte < 0x80 ? String.fromCharCode(byte) : (WINDOWS_1252[byte - 0x80] as string))).join('');
      else repaired = String.fromCharCode(...out);
      return repaired === word ? null : repaired;
    },
  };
}

/** In the order tried when a document gives no evidence of its own. */
export const DAMAGE_KINDS: readonly DamageKind[] = [
  chain('encoding.kind.utf8AsWindows1252', WINDOWS_1252, 'utf-8'),
  chain('encoding.kind.latin1AsMacRoman', MAC_ROMAN, 'latin-1'),
  chain('encoding.kind.windows1252AsMacCentralEuropean', MAC_CENTRAL_EUROPEAN, 'windows-1252'),
  chain('encoding.kind.windows1252AsDos850', DOS_850, 'windows-1252'),
];

// What French and Dutch text is made of beyond ASCII: their letters, their quotation marks and
// dashes, the euro, the degree and ordinal signs, and the white space pasted pages carry.
const FRENCH_DUTCH = 'àâäçéèêëîïôöûùüÿœæÀÂÄÇÉÈÊËÎÏÔÖÛÙÜŸŒÆ«»‘’“”„–—…€°ºª\u00a0\u202f\u00ad\u2009\u200b\ufeff';
const LETTERS_INSIDE_WORDS = new Set("àâäçéèêëîïôöûùüÿœæ’'-\u00ad");
const UPPER_ACCENTED = new Set('ÀÂÄÇÉÈÊËÎÏÔÖÛÙÜŸŒÆ');
/** Any character outside ASCII and French and Dutch: where a search for damage starts. */
export const FOREIGN_CHARACTER = new RegExp(`[^\\x00-\\x7f${FRENCH_DUTCH}]`);

// One flag per UTF-16 code unit: 1 where a French or Dutch page may hold it.
const FRENCH_DUTCH_CODES = new Uint8Array(0x10000);
FRENCH_DUTCH_CODES.fill(1, 0, 0x80);
for (const char of FRENCH_DUTCH) FRENCH_DUTCH_CODES[char.charCodeAt(0)] = 1;

// One flag per UTF-16 code unit, for the search for damage: 1 where damage may start (a character
// outside ASCII, French and Dutch, or "Â": French, but "Â°" is damage), 2 for "â" (French, but
// "â€" is damage), 0 elsewhere. One lookup per character: this runs over whole documents.
const MAY_START_DAMAGE = new Uint8Array(0x10000);
for (let code = 0; code < 0x10000; code++) MAY_START_DAMAGE[code] = FRENCH_DUTCH_CODES[code] === 0 ? 1 : 0;
MAY_START_DAMAGE[0xc2] = 1;
MAY_START_DAMAGE[0xe2] = 2;
const EURO = 0x20ac;

/** Whether text[from, to) holds a character that may start damage: one outside ASCII, French and Dutch, an "Â", or "â€". */
function spanMayHoldDamage(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const flag = MAY_START_DAMAGE[text.charCodeAt(i)] as number;
    if (flag !== 0 && (flag === 1 || text.charCodeAt(i + 1) === EURO)) return true;
  }
  return false;
}

/** Per question identity: whether its text may hold damage. An identity is kept only while the question's text is unchanged (see Question.identity). */
const questionMayHoldDamage = new WeakMap<object, boolean>();

/**
 * Whether a document may hold damaged words, read question by question: after an edit only the
 * questions it touched (and the text between questions) are read again, not the whole file.
 */
export function documentMayHoldDamage(document: Pick<ParsedDocument, 'text' | 'questions'>): boolean {
  const text = document.text;
  let from = 0;
  for (const question of document.questions) {
    const { start, end } = question.node;
    if (start > from && spanMayHoldDamage(text, from, start)) return true;
    let suspect = questionMayHoldDamage.get(question.identity);
    if (suspect === undefined) questionMayHoldDamage.set(question.identity, (suspect = spanMayHoldDamage(text, start, end)));
    if (suspect) return true;
    from = Math.max(from, end);
  }
  return spanMayHoldDamage(text, from, text.length);
}

function isLetter(char: string | undefined): boolean {
  return char !== undefined && /\p{L}/u.test(char);
}

function isLower(char: string | undefined): boolean {
  return char !== undefined && /\p{Ll}/u.test(char);
}

/**
 * Whether a whitespace-free token reads as French or Dutch: no character of another alphabet or
 * symbol set, no capital with an accent inside or after a lower-case word ("CÚcile", "nÂ°"), nothing but letters
 * and apostrophes between two letters ("ge´nformeerd", "ge«nformeerd").
 */
export function readsAsFrenchOrDutch(token: string): boolean {
  const chars = [...token];
  for (let i = 0; i < chars.length; i++) {
    const char = chars[i] as string;
    if (char.charCodeAt(0) < 0x80) continue;
    if (!FRENCH_DUTCH.includes(char)) return false;
    const before = chars[i - 1];
    const after = chars[i + 1];
    if (UPPER_ACCENTED.has(char) && ((isLetter(before) && isLower(after)) || isLower(before))) return false;
    if (isLetter(before) && isLetter(after) && !LETTERS_INSIDE_WORDS.has(char) && !UPPER_ACCENTED.has(char)) return false;
  }
  return true;
}

/**
 * The repair of a damaged token and the damage it undoes, trying the kinds in `order` (the one
 * the document shows most first). Null when the token reads as French or Dutch already, or when
 * no kind of damage turns it into French or Dutch.
 */
export function repairToken(token: string, order: readonly DamageKind[] = DAMAGE_KINDS): { repaired: string; kind: DamageKind } | null {
  if (readsAsFrenchOrDutch(token)) return null;
  for (const kind of order) {
    const repaired = kind.repair(token);
    if (repaired !== null && readsAsFrenchOrDutch(repaired)) return { repaired, kind };
  }
  return null;
}

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

export interface DamagedWord {
  start: number;
  end: number;
  word: string;
  /** The repair and the damage it undoes; null for UTF-8 damage that cannot be undone (a byte lost). */
  repair: { repaired: string; kind: DamageKind } | null;
}

/**
 * Every damaged word of a text, each with its repair, the kinds tried in the order the text's own
 * words support them. What the check reports and the quick fix applies.
 */
export function findDamage(text: string): DamagedWord[] {
  // Most documents hold nothing but ASCII, French and Dutch: one pass says so ("Â" is French, but "Â°" is damage).
  if (!spanMayHoldDamage(text, 0, text.length)) return [];
  const tokens = suspectTokens(text);
  const order = kindsByEvidence(tokens);
  const damaged: DamagedWord[] = [];
  for (const token of tokens) {
    const repair = repairToken(token.text, order);
    if (repair || UTF8_DAMAGE.test(token.text)) damaged.push({ start: token.start, end: token.end, word: token.text, repair });
  }
  return damaged;
}
