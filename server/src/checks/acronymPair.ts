import { msg } from '../l10n/index.js';
import { piecePairs, isProse } from '../model/pairs.js';
import { ACRONYM_PAIRS, type AcronymPair } from '../model/terms.js';
import { findingOn, type Check, type NodeFinding } from './types.js';

const isWordCode = (code: number) => (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code >= 0xc0;

/** What the regular expression class \s holds: the white space an acronym stops at. */
const isWhiteSpace = (code: number) =>
  (code >= 9 && code <= 13) ||
  code === 32 ||
  code === 0xa0 ||
  code === 0x1680 ||
  (code >= 0x2000 && code <= 0x200a) ||
  code === 0x2028 ||
  code === 0x2029 ||
  code === 0x202f ||
  code === 0x205f ||
  code === 0x3000 ||
  code === 0xfeff;
const STOPS = new Set('.,;:!?()\'’"«»/–-'.split('').map((char) => char.charCodeAt(0)));
const NONE: ReadonlySet<string> = new Set();

/**
 * The acronyms of a set written in text[from, to), each a whole word ("FOD's" has FOD; "SPFs" has
 * no SPF). One pass over the characters: a word is looked at only where its first two characters
 * start one of the table's acronyms, and made a string only then.
 */
function acronymsIn(text: string, from: number, to: number, acronyms: ReadonlySet<string>, table: AcronymTable): ReadonlySet<string> {
  let found: Set<string> | null = null;
  for (let i = from; i + 1 < to; i++) {
    if (table.firsts[text.charCodeAt(i)] !== 1 || table.seconds[text.charCodeAt(i + 1)] !== 1) continue;
    let end = i + 2;
    while (end < to && end - i < table.longest) {
      const code = text.charCodeAt(end);
      if (isWhiteSpace(code) || STOPS.has(code)) break;
      end++;
    }
    const before = i > from ? text.charCodeAt(i - 1) : 32;
    const whole = !isWordCode(before) && (end >= to || !isWordCode(text.charCodeAt(end)));
    if (whole) {
      const word = text.slice(i, end);
      if (acronyms.has(word)) (found ??= new Set()).add(word);
    }
    // The search goes on after the word, as a search for the word's shape would.
    i = end - 1;
  }
  return found ?? NONE;
}

interface AcronymTable {
  readonly pairs: readonly AcronymPair[];
  readonly french: ReadonlySet<string>;
  readonly dutch: ReadonlySet<string>;
  /** One flag per UTF-16 code unit: 1 for the first (second) characters of the table's acronyms. */
  readonly firsts: Uint8Array;
  readonly seconds: Uint8Array;
  readonly longest: number;
}

function tableOf(pairs: readonly AcronymPair[]): AcronymTable {
  const all = pairs.flatMap((pair) => [pair.fr, pair.nl]);
  const firsts = new Uint8Array(0x10000);
  const seconds = new Uint8Array(0x10000);
  for (const acronym of all) {
    firsts[acronym.charCodeAt(0)] = 1;
    seconds[(acronym.charAt(1) || acronym.charAt(0)).charCodeAt(0)] = 1;
  }
  return {
    pairs,
    french: new Set(pairs.map((pair) => pair.fr)),
    dutch: new Set(pairs.map((pair) => pair.nl)),
    firsts,
    seconds,
    longest: Math.max(2, ...all.map((acronym) => acronym.length)),
  };
}

const BUILT_IN = tableOf(ACRONYM_PAIRS);
let extended: { extra: readonly AcronymPair[]; table: AcronymTable } | null = null;

/** The built-in table, with the workspace's own acronyms (parlq.terms.json) when it lists some. */
function tableWith(extra: readonly AcronymPair[]): AcronymTable {
  if (extra.length === 0) return BUILT_IN;
  if (extended?.extra !== extra) extended = { extra, table: tableOf([...ACRONYM_PAIRS, ...extra]) };
  return extended.table;
}

export const acronymPair: Check = {
  code: 'acronym-pair',
  defaultSeverity: 'hint',
  question(document, question, options) {
    const findings: NodeFinding[] = [];
    const table = tableWith(options.terms.acronyms);
    for (const pair of piecePairs(question)) {
      if (!isProse(pair.fr)) continue;
      const text = document.text;
      const inFrench = acronymsIn(text, pair.fr.start, pair.fr.end, table.french, table);
      const inDutch = acronymsIn(text, pair.nl.start, pair.nl.end, table.dutch, table);
      if (inFrench.size === 0 && inDutch.size === 0) continue;
      const french = text.slice(pair.fr.start, pair.fr.end);
      const dutch = text.slice(pair.nl.start, pair.nl.end);
      const missing: { acronym: string; expected: AcronymPair; side: 'fr' | 'nl' }[] = [];
      for (const terms of table.pairs) {
        // Written out in full is as good as the acronym: "federale overheidsdienst" for FOD.
        if (inFrench.has(terms.fr) && !inDutch.has(terms.nl) && !(terms.nlLong ?? []).some((words) => dutch.toLowerCase().includes(words))) {
          missing.push({ acronym: terms.fr, expected: terms, side: 'nl' });
        }
        if (inDutch.has(terms.nl) && !inFrench.has(terms.fr) && !(terms.frLong ?? []).some((words) => french.toLowerCase().includes(words))) {
          missing.push({ acronym: terms.nl, expected: terms, side: 'fr' });
        }
      }
      for (const { acronym, expected, side } of missing) {
        const at = side === 'nl' ? pair.nl : pair.fr;
        const other = side === 'nl' ? pair.fr : pair.nl;
        const wanted = expected[side];
        findings.push(
          findingOn('acronym-pair', at, (lines) => msg('acronym.missing', { wanted, other: other.lang ?? 'fr', line: lines[1] ?? 0, acronym }), [
            [other, msg('counterpart.related', { lang: other.lang ?? 'fr' })],
          ]),
        );
      }
    }
    return findings;
  },
};
