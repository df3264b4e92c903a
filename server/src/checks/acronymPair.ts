import { LANGUAGE_NAMES } from '../model/language.js';
import { piecePairs, isProse } from '../model/pairs.js';
import { ACRONYM_PAIRS, type AcronymPair } from '../model/terms.js';
import { findingOn, type Check, type NodeFinding } from './types.js';

const isWordCode = (code: number) => (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code >= 0xc0;

/** The acronyms of a set written in a text, each a whole word ("FOD's" has FOD; "SPFs" has no SPF). */
function acronymsIn(text: string, acronyms: ReadonlySet<string>, candidates: RegExp): Set<string> {
  const found = new Set<string>();
  for (const match of text.matchAll(candidates)) {
    const word = match[0];
    const before = match.index > 0 ? text.charCodeAt(match.index - 1) : 32;
    const after = text.charCodeAt(match.index + word.length);
    if (isWordCode(before) || (after === after && isWordCode(after))) continue;
    if (acronyms.has(word)) found.add(word);
  }
  return found;
}

interface AcronymTable {
  readonly pairs: readonly AcronymPair[];
  readonly french: ReadonlySet<string>;
  readonly dutch: ReadonlySet<string>;
  /** Words that start as one of the table's acronyms does (its first two characters): the native search skips every other word. */
  readonly candidates: RegExp;
}

const escapeClass = (char: string) => char.replace(/[\\\]^-]/g, '\\$&');

function tableOf(pairs: readonly AcronymPair[]): AcronymTable {
  const all = pairs.flatMap((pair) => [pair.fr, pair.nl]);
  const firsts = [...new Set(all.map((acronym) => escapeClass(acronym.charAt(0))))].join('');
  const seconds = [...new Set(all.map((acronym) => escapeClass(acronym.charAt(1) || acronym.charAt(0))))].join('');
  const longest = Math.max(...all.map((acronym) => acronym.length));
  return {
    pairs,
    french: new Set(pairs.map((pair) => pair.fr)),
    dutch: new Set(pairs.map((pair) => pair.nl)),
    candidates: new RegExp(`[${firsts}][${seconds}][^\\s.,;:!?()'’"«»/–-]{0,${Math.max(0, longest - 2)}}`, 'g'),
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
  description: "An institution's acronym in one version without its counterpart in the other (SPF/FOD, SPP/POD, OE/DVZ, CGRA/CGVS, CCE/RvV…), written out or not.",
  question(document, question, options) {
    const findings: NodeFinding[] = [];
    const table = tableWith(options.terms.acronyms);
    for (const pair of piecePairs(question)) {
      if (!isProse(pair.fr)) continue;
      const french = document.text.slice(pair.fr.start, pair.fr.end);
      const dutch = document.text.slice(pair.nl.start, pair.nl.end);
      const inFrench = acronymsIn(french, table.french, table.candidates);
      const inDutch = acronymsIn(dutch, table.dutch, table.candidates);
      if (inFrench.size === 0 && inDutch.size === 0) continue;
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
          findingOn('acronym-pair', at, (lines) => `No "${wanted}" here where the ${LANGUAGE_NAMES[other.lang ?? 'fr'].en} text (line ${lines[1]}) has "${acronym}".`, [
            [other, `The ${LANGUAGE_NAMES[other.lang ?? 'fr'].en} counterpart`],
          ]),
        );
      }
    }
    return findings;
  },
};
