import type { TextEdit } from '../model/edits.js';
import type { Lang } from '../model/language.js';
import type { Node, ParsedDocument } from '../model/nodes.js';
import { isProse, prosePieces, wordsStart } from '../model/pairs.js';
import { pathAt } from '../model/lookup.js';
import { findingAt, type Check, type CheckOptions, type Fix, type NodeFinding } from './types.js';

/** One typographic slip: where, what, and the repair (exact to the characters it changes). */
interface Slip {
  readonly start: number;
  readonly end: number;
  readonly message: string;
  readonly fix: { readonly title: string; readonly start: number; readonly end: number; readonly newText: string } | null;
}

const SPACES: Readonly<Record<CheckOptions['frenchSpace'], string>> = { any: '\u00a0', nbsp: '\u00a0', nnbsp: '\u202f' };
const SPACE_NAMES: Readonly<Record<CheckOptions['frenchSpace'], string>> = { any: 'a space', nbsp: 'a no-break space', nnbsp: 'a narrow no-break space' };
const isSpace = (char: string | undefined) => char === ' ' || char === '\u00a0' || char === '\u202f' || char === '\t';
const isWordChar = (char: string | undefined) => char !== undefined && /[\p{L}\p{N})\]»"”’]/u.test(char);
/** Repeats that grammar allows: "vous vous souvenez", "nous nous", "de man die die auto", "dat dat boek", "had had". */
const GRAMMATICAL_REPEATS = new Set(['vous', 'nous', 'die', 'dat', 'had']);
const PAIRS: readonly (readonly [string, string])[] = [
  ['(', ')'],
  ['[', ']'],
  ['«', '»'],
  ['“', '”'],
];

function spaceSlips(text: string, piece: Node, lang: Lang, options: CheckOptions): Slip[] {
  const slips: Slip[] = [];
  const wanted = SPACES[options.frenchSpace];
  for (let i = piece.start; i < piece.end; i++) {
    const char = text[i] as string;
    const before = text[i - 1];
    const after = text[i + 1];
    const highPunctuation = char === ':' || char === ';' || char === '!' || char === '?';
    if (highPunctuation && i > piece.start) {
      // Not a punctuation mark in a time, a reference, an address or a run of marks: "14:30", "http://", "?!".
      if (char === ':' && ((/\d/.test(before ?? '') && /\d/.test(after ?? '')) || after === '/')) continue;
      if (lang === 'fr') {
        if (isWordChar(before)) {
          slips.push({
            start: i,
            end: i + 1,
            message: `Missing space before "${char}": French puts ${SPACE_NAMES[options.frenchSpace]} there.`,
            fix: { title: `Insert ${SPACE_NAMES[options.frenchSpace]} before "${char}"`, start: i, end: i, newText: wanted },
          });
        } else if (options.frenchSpace !== 'any' && isSpace(before) && before !== wanted) {
          slips.push({
            start: i - 1,
            end: i + 1,
            message: `The space before "${char}" is not ${SPACE_NAMES[options.frenchSpace]}, as parlq.typography.frenchSpace asks.`,
            fix: { title: `Make it ${SPACE_NAMES[options.frenchSpace]}`, start: i - 1, end: i, newText: wanted },
          });
        }
      } else if (isSpace(before) && i - 1 > piece.start && !isSpace(text[i - 2])) {
        slips.push({
          start: i - 1,
          end: i + 1,
          message: `Space before "${char}": Dutch puts none there.`,
          fix: { title: `Remove the space before "${char}"`, start: i - 1, end: i, newText: '' },
        });
      }
    }
    if (lang === 'fr' && char === '«' && after !== undefined && i + 1 < piece.end && !isSpace(after)) {
      slips.push({
        start: i,
        end: i + 1,
        message: `Missing space after "«": French puts ${SPACE_NAMES[options.frenchSpace]} inside guillemets.`,
        fix: { title: `Insert ${SPACE_NAMES[options.frenchSpace]} after "«"`, start: i + 1, end: i + 1, newText: wanted },
      });
    }
    if (lang === 'fr' && char === '»' && i > piece.start && !isSpace(before)) {
      slips.push({
        start: i,
        end: i + 1,
        message: `Missing space before "»": French puts ${SPACE_NAMES[options.frenchSpace]} inside guillemets.`,
        fix: { title: `Insert ${SPACE_NAMES[options.frenchSpace]} before "»"`, start: i, end: i, newText: wanted },
      });
    }
  }
  return slips;
}

function doubleSpaces(text: string, piece: Node): Slip[] {
  const slips: Slip[] = [];
  // Between two words on one line (not a table's padding, not a line's indent).
  for (const match of text.slice(piece.start, piece.end).matchAll(/(?<=[^\s|])(?: {2,})(?=[^\s|])/g)) {
    const start = piece.start + match.index;
    slips.push({ start, end: start + match[0].length, message: 'Double space.', fix: { title: 'Make it one space', start, end: start + match[0].length, newText: ' ' } });
  }
  return slips;
}

function doubledWords(text: string, piece: Node): Slip[] {
  const slips: Slip[] = [];
  for (const match of text.slice(piece.start, piece.end).matchAll(/(?<![\p{L}\p{N}'’-])(\p{L}+)([ \u00a0]+)\1(?![\p{L}\p{N}'’-])/gu)) {
    const word = match[1] as string;
    if (GRAMMATICAL_REPEATS.has(word.toLowerCase())) continue;
    const start = piece.start + match.index;
    const end = start + match[0].length;
    slips.push({
      start,
      end,
      message: `Doubled word: "${word} ${word}".`,
      fix: { title: `Remove the second "${word}"`, start: end - word.length - (match[2] as string).length, end, newText: '' },
    });
  }
  return slips;
}

/** An enumerator's bracket, "1)" or "b)" after a space (a list run into a paragraph), closes nothing; "pages 2-6)" does. */
const ENUMERATOR = /(?<=^|[\s\u00a0])(?:\d{1,2}|[a-z])\)/gu;

/**
 * Brackets and quotes that do not pair up in one language's running text. Counted over all its
 * pieces in order, not piece by piece: a quotation may run over several paragraphs.
 */
function unbalanced(text: string, pieces: readonly Node[]): { piece: Node; slip: Slip }[] {
  const found: { piece: Node; slip: Slip }[] = [];
  for (const [open, close] of PAIRS) {
    const openings: { piece: Node; at: number }[] = [];
    for (const piece of pieces) {
      const from = wordsStart(text, piece);
      const inside = text.slice(from, piece.end);
      const enumerators = new Set([...inside.matchAll(ENUMERATOR)].map((match) => match.index + match[0].length - 1));
      for (let i = 0; i < inside.length; i++) {
        const char = inside[i];
        if (char === open && open !== close) openings.push({ piece, at: from + i });
        else if (char === close && !enumerators.has(i)) {
          if (openings.pop()) continue;
          found.push({ piece, slip: { start: from + i, end: from + i + 1, message: `Unpaired "${close}": no "${open}" opens it.`, fix: null } });
        }
      }
    }
    for (const { piece, at } of openings) found.push({ piece, slip: { start: at, end: at + 1, message: `Unpaired "${open}": no "${close}" closes it.`, fix: null } });
  }
  return found;
}

function slipsIn(text: string, piece: Node, options: CheckOptions): Slip[] {
  const lang = piece.lang;
  if (!lang) return [];
  return [...spaceSlips(text, piece, lang, options), ...doubleSpaces(text, piece), ...doubledWords(text, piece)].sort((a, b) => a.start - b.start);
}

export const typography: Check = {
  code: 'typography',
  defaultSeverity: 'warning',
  description:
    'In running text: a space before ": ; ! ?" and inside « » in French and none before them in Dutch, a double space, a doubled word ("de de"), an unbalanced bracket or quote.',
  question(document, question, options) {
    const findings: NodeFinding[] = [];
    for (const lang of ['fr', 'nl'] as const) {
      const pieces = prosePieces(question, lang);
      for (const piece of pieces) {
        for (const slip of slipsIn(document.text, piece, options)) findings.push(findingAt('typography', piece, slip.start, slip.end, slip.message));
      }
      for (const { piece, slip } of unbalanced(document.text, pieces)) findings.push(findingAt('typography', piece, slip.start, slip.end, slip.message));
    }
    return findings;
  },
  fixes(document: ParsedDocument, finding, options): Fix[] {
    const index = document.lineIndex;
    const start = index.offsetAt(finding.range.start);
    const end = index.offsetAt(finding.range.end);
    const piece = pathAt(document, start).find(isProse);
    if (!piece) return [];
    const slip = slipsIn(document.text, piece, options).find((candidate) => candidate.start === start && candidate.end === end);
    if (!slip?.fix) return [];
    const edit: TextEdit = { range: index.rangeOf(slip.fix.start, slip.fix.end), newText: slip.fix.newText };
    return [{ title: slip.fix.title, edits: [edit], preferred: true }];
  },
};
