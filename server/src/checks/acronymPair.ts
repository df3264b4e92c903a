import { LANGUAGE_NAMES } from '../model/language.js';
import { piecePairs, isProse } from '../model/pairs.js';
import { ACRONYM_PAIRS, type AcronymPair } from '../model/terms.js';
import { findingOn, type Check, type NodeFinding } from './types.js';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** An acronym as a whole word, in capitals as written ("FOD's" has FOD; "SPFs" does not have SPF). */
const acronymPattern = (acronym: string) => new RegExp(`(?<![\\p{L}\\p{N}])${escape(acronym)}(?![\\p{Ll}\\p{Lu}\\p{N}])`, 'u');
const PATTERNS = new Map<string, RegExp>();
function patternOf(acronym: string): RegExp {
  let pattern = PATTERNS.get(acronym);
  if (!pattern) PATTERNS.set(acronym, (pattern = acronymPattern(acronym)));
  return pattern;
}

function says(text: string, acronym: string, long: readonly string[] | undefined, folded: () => string): boolean {
  return patternOf(acronym).test(text) || (long ?? []).some((words) => folded().includes(words));
}

export const acronymPair: Check = {
  code: 'acronym-pair',
  defaultSeverity: 'hint',
  description: "An institution's acronym in one version without its counterpart in the other (SPF/FOD, SPP/POD, OE/DVZ, CGRA/CGVS, CCE/RvV…), written out or not.",
  question(document, question, options) {
    // The built-in table, then the workspace's own acronyms (parlq.terms.json).
    const table: readonly AcronymPair[] = options.terms.acronyms.length > 0 ? [...ACRONYM_PAIRS, ...options.terms.acronyms] : ACRONYM_PAIRS;
    const findings: NodeFinding[] = [];
    for (const pair of piecePairs(question)) {
      if (!isProse(pair.fr)) continue;
      const french = document.text.slice(pair.fr.start, pair.fr.end);
      const dutch = document.text.slice(pair.nl.start, pair.nl.end);
      let frenchFolded: string | null = null;
      let dutchFolded: string | null = null;
      const foldFrench = () => (frenchFolded ??= french.toLowerCase());
      const foldDutch = () => (dutchFolded ??= dutch.toLowerCase());
      const missing: { acronym: string; expected: AcronymPair; side: 'fr' | 'nl' }[] = [];
      for (const terms of table) {
        const inFrench = patternOf(terms.fr).test(french);
        const inDutch = patternOf(terms.nl).test(dutch);
        if (inFrench && !says(dutch, terms.nl, terms.nlLong, foldDutch)) missing.push({ acronym: terms.fr, expected: terms, side: 'nl' });
        if (inDutch && !says(french, terms.fr, terms.frLong, foldFrench)) missing.push({ acronym: terms.nl, expected: terms, side: 'fr' });
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
