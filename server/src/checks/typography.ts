import type { TextEdit } from '../model/edits.js';
import type { Lang } from '../model/language.js';
import type { Node, ParsedDocument } from '../model/nodes.js';
import { isProse, prosePieces, wordsStart } from '../model/pairs.js';
import { pieceUnder } from '../model/lookup.js';
import { msg, type MessageKey, type Msg } from '../l10n/index.js';
import { findingAt, type Check, type CheckOptions, type Fix, type NodeFinding } from './types.js';

/** One typographic slip: where, what, and the repair (exact to the characters it changes). */
interface Slip {
  readonly start: number;
  readonly end: number;
  readonly message: Msg;
  readonly fix: { readonly title: Msg; readonly start: number; readonly end: number; readonly newText: string } | null;
}

const SPACES: Readonly<Record<CheckOptions['frenchSpace'], string>> = { any: '\u00a0', nbsp: '\u00a0', nnbsp: '\u202f' };
const SPACE_NAMES: Readonly<Record<CheckOptions['frenchSpace'], MessageKey>> = { any: 'space.any', nbsp: 'space.nbsp', nnbsp: 'space.nnbsp' };
const isSpace = (char: string | undefined) => char === ' ' || char === '\u00a0' || char === '\u202f' || char === '\t';
const isDigit = (char: string | undefined) => char !== undefined && char >= '0' && char <= '9';
/** What a word, a figure or a closing mark ends with: a French mark after it needs a space between. */
const isWordChar = (char: string | undefined) => char !== undefined && (isDigit(char) || isLetterCode(char.charCodeAt(0)) || ')]»"”’'.includes(char));
/** Repeats that grammar allows: "vous vous souvenez", "nous nous", "de man die die auto", "dat dat boek", "had had". */
const GRAMMATICAL_REPEATS = new Set(['vous', 'nous', 'die', 'dat', 'had']);
const PAIRS: readonly (readonly [string, string])[] = [
  ['(', ')'],
  ['[', ']'],
  ['«', '»'],
  ['“', '”'],
];
/** Each bracket or quote mark → the index of its pair. */
const BRACKET_PAIR = new Map(PAIRS.flatMap(([open, close], index) => [[open, index] as const, [close, index] as const]));

/** The slips of spacing around the mark at `i`, one of `: ; ! ? « »`. */
function markSlips(text: string, piece: Node, lang: Lang, options: CheckOptions, i: number, slips: Slip[]): void {
  const wanted = SPACES[options.frenchSpace];
  const space = msg(SPACE_NAMES[options.frenchSpace]);
  const char = text[i] as string;
  const before = text[i - 1];
  const after = text[i + 1];
  const highPunctuation = char === ':' || char === ';' || char === '!' || char === '?';
  if (highPunctuation && i > piece.start) {
    // Not a punctuation mark in a time, a reference, an address or a run of marks: "14:30", "http://", "?!".
    if (char === ':' && ((isDigit(before) && isDigit(after)) || after === '/')) return;
    if (lang === 'fr') {
      if (isWordChar(before)) {
        slips.push({
          start: i,
          end: i + 1,
          message: msg('typography.missingBefore', { mark: char, space }),
          fix: { title: msg('typography.fixInsertBefore', { space, mark: char }), start: i, end: i, newText: wanted },
        });
      } else if (options.frenchSpace !== 'any' && isSpace(before) && before !== wanted) {
        slips.push({
          start: i - 1,
          end: i + 1,
          message: msg('typography.notWanted', { mark: char, space }),
          fix: { title: msg('typography.fixMake', { space }), start: i - 1, end: i, newText: wanted },
        });
      }
    } else if (isSpace(before) && i - 1 > piece.start && !isSpace(text[i - 2])) {
      slips.push({
        start: i - 1,
        end: i + 1,
        message: msg('typography.dutch', { mark: char }),
        fix: { title: msg('typography.fixRemoveSpace', { mark: char }), start: i - 1, end: i, newText: '' },
      });
    }
  }
  if (lang === 'fr' && char === '«' && after !== undefined && i + 1 < piece.end && !isSpace(after)) {
    slips.push({
      start: i,
      end: i + 1,
      message: msg('typography.afterOpening', { space }),
      fix: { title: msg('typography.fixInsertAfter', { space, mark: '«' }), start: i + 1, end: i + 1, newText: wanted },
    });
  }
  if (lang === 'fr' && char === '»' && i > piece.start && !isSpace(before)) {
    slips.push({
      start: i,
      end: i + 1,
      message: msg('typography.beforeClosing', { space }),
      fix: { title: msg('typography.fixInsertBefore', { space, mark: '»' }), start: i, end: i, newText: wanted },
    });
  }
}

const isLetterCode = (code: number) =>
  (code >= 97 && code <= 122) ||
  (code >= 65 && code <= 90) ||
  (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7) ||
  (code > 0x24f && /\p{L}/u.test(String.fromCharCode(code)));
const isMarkCode = (code: number) => code === 58 || code === 59 || code === 33 || code === 63 || code === 0xab || code === 0xbb;
const JOINERS = new Set(["'", '’', '-']);

/** Whether text[a, a + length) and text[b, b + length) are the same characters. */
function sameSpan(text: string, a: number, b: number, length: number): boolean {
  for (let k = 0; k < length; k++) if (text.charCodeAt(a + k) !== text.charCodeAt(b + k)) return false;
  return true;
}

interface BracketMark {
  readonly piece: Node;
  readonly at: number;
  readonly pair: number;
  readonly opens: boolean;
}

/**
 * One pass over a piece, character by character (running text is most of a file, so no regular
 * expression and no copy): the marks' spacing, double spaces between words, doubled words.
 */
function scanPiece(text: string, piece: Node, lang: Lang, options: CheckOptions, brackets: BracketMark[]): Slip[] {
  const slips: Slip[] = [];
  const wordsFrom = wordsStart(text, piece);
  let wordStart = -1;
  let previousStart = -1;
  let previousEnd = -1;
  // Between the previous word and here: spaces only, and at least one.
  let gapOnlySpaces = false;
  let gapHasSpace = false;
  let spaceStart = -1;
  const endSpaceRun = (i: number) => {
    // A run of two or more plain spaces between two words on one line (not a table's padding, not an indent).
    let plain = true;
    for (let k = spaceStart; k < i && plain; k++) plain = text.charCodeAt(k) === 32;
    const before = text.charCodeAt(spaceStart - 1);
    const after = text.charCodeAt(i);
    if (plain && i - spaceStart >= 2 && spaceStart > piece.start && i < piece.end && before !== 124 && after !== 124 && !isLineBreak(before) && !isLineBreak(after)) {
      slips.push({ start: spaceStart, end: i, message: msg('typography.double'), fix: { title: msg('typography.fixOneSpace'), start: spaceStart, end: i, newText: ' ' } });
    }
    spaceStart = -1;
  };
  for (let i = piece.start; i <= piece.end; i++) {
    const code = i < piece.end ? text.charCodeAt(i) : -1;
    if (code >= 0 && isLetterCode(code)) {
      if (spaceStart >= 0) {
        if (i - spaceStart >= 2) endSpaceRun(i);
        spaceStart = -1;
      }
      if (wordStart < 0) wordStart = i;
      continue;
    }
    if (wordStart >= 0) {
      const length = i - wordStart;
      // Words with only spaces between them, each a whole word (not a piece of "l'a" or "dix-dix").
      if (gapOnlySpaces && gapHasSpace && previousEnd - previousStart === length && sameSpan(text, previousStart, wordStart, length)) {
        const word = text.slice(wordStart, i);
        if (!GRAMMATICAL_REPEATS.has(word.toLowerCase()) && !JOINERS.has(text[previousStart - 1] ?? '') && !JOINERS.has(text[i] ?? '')) {
          slips.push({
            start: previousStart,
            end: i,
            message: msg('typography.doubled', { word }),
            fix: { title: msg('typography.fixRemoveWord', { word }), start: previousEnd, end: i, newText: '' },
          });
        }
      }
      previousStart = wordStart;
      previousEnd = i;
      wordStart = -1;
      gapOnlySpaces = true;
      gapHasSpace = false;
    }
    if (code < 0) break;
    if (code === 32 || code === 0xa0) {
      if (spaceStart < 0) spaceStart = i;
      gapHasSpace = true;
      continue;
    }
    if (spaceStart >= 0) {
      if (i - spaceStart >= 2) endSpaceRun(i);
      spaceStart = -1;
    }
    gapOnlySpaces = false;
    if (isMarkCode(code)) markSlips(text, piece, lang, options, i, slips);
    if ((code === 40 || code === 41 || code === 91 || code === 93 || code >= 0xab) && i >= wordsFrom) {
      const pair = BRACKET_PAIR.get(text[i] as string);
      if (pair !== undefined) {
        const opens = (PAIRS[pair] as readonly [string, string])[0] === text[i];
        if (opens || code !== 41 || !isEnumerator(text, wordsFrom, i)) brackets.push({ piece, at: i, pair, opens });
      }
    }
  }
  return slips;
}

const isLineBreak = (code: number) => code === 10 || code === 13 || code === 9;

/** Whether the ")" at `at` is an enumerator's, "1)" or "b)" after a space or at the start (a list run into a paragraph): it closes nothing; "pages 2-6)" does. */
function isEnumerator(text: string, from: number, at: number): boolean {
  let start = at - 1;
  const first = text.charCodeAt(start);
  if (first >= 97 && first <= 122) start--;
  else {
    let digits = 0;
    while (digits < 2 && start >= from && text.charCodeAt(start) >= 48 && text.charCodeAt(start) <= 57) {
      start--;
      digits++;
    }
    if (digits === 0) return false;
  }
  return start < from || text[start] === ' ' || text[start] === '\u00a0' || text[start] === '\n' || text[start] === '\t';
}

/**
 * Brackets and quotes that do not pair up in one language's running text. Counted over all its
 * pieces in order, not piece by piece: a quotation may run over several paragraphs.
 */
/**
 * Brackets and quotes that do not pair up in one language's running text, from the marks the scan
 * found in order. Counted over all its pieces, not piece by piece: a quotation may run over
 * several paragraphs.
 */
function unbalanced(brackets: readonly BracketMark[]): { piece: Node; slip: Slip }[] {
  const found: { piece: Node; slip: Slip }[] = [];
  const openings: BracketMark[][] = PAIRS.map(() => []);
  for (const mark of brackets) {
    const stack = openings[mark.pair] as BracketMark[];
    if (mark.opens) stack.push(mark);
    else if (!stack.pop()) {
      const [open, close] = PAIRS[mark.pair] as readonly [string, string];
      found.push({ piece: mark.piece, slip: { start: mark.at, end: mark.at + 1, message: msg('typography.unpairedClose', { open, close }), fix: null } });
    }
  }
  PAIRS.forEach(([open, close], pair) => {
    for (const { piece, at } of openings[pair] as BracketMark[])
      found.push({ piece, slip: { start: at, end: at + 1, message: msg('typography.unpairedOpen', { open, close }), fix: null } });
  });
  return found.sort((a, b) => a.slip.start - b.slip.start);
}

function slipsIn(text: string, piece: Node, options: CheckOptions, brackets: BracketMark[] = []): Slip[] {
  const lang = piece.lang;
  if (!lang) return [];
  return scanPiece(text, piece, lang, options, brackets).sort((a, b) => a.start - b.start);
}

export const typography: Check = {
  code: 'typography',
  defaultSeverity: 'warning',
  question(document, question, options) {
    const findings: NodeFinding[] = [];
    for (const lang of ['fr', 'nl'] as const) {
      const brackets: BracketMark[] = [];
      for (const piece of prosePieces(question, lang)) {
        for (const slip of slipsIn(document.text, piece, options, brackets)) findings.push(findingAt('typography', piece, slip.start, slip.end, slip.message));
      }
      for (const { piece, slip } of unbalanced(brackets)) findings.push(findingAt('typography', piece, slip.start, slip.end, slip.message));
    }
    return findings;
  },
  fixes(document: ParsedDocument, finding, options): Fix[] {
    const under = pieceUnder(document, finding.range, isProse);
    if (!under) return [];
    const { piece, start, end } = under;
    const index = document.lineIndex;
    const slip = slipsIn(document.text, piece, options).find((candidate) => candidate.start === start && candidate.end === end);
    if (!slip?.fix) return [];
    const edit: TextEdit = { range: index.rangeOf(slip.fix.start, slip.fix.end), newText: slip.fix.newText };
    return [{ title: slip.fix.title, edits: [edit], preferred: true }];
  },
};
