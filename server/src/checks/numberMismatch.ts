import { msg, quoted, type Msg } from '../l10n/index.js';
import { figureDifference, type Figure } from '../model/numbers.js';
import { piecePairs, translationOf, wordsStart } from '../model/pairs.js';
import { findingOn, type Check, type NodeFinding } from './types.js';

/** The figures as the text writes them, each once: `"12 %", "30 avril 2013"`. */
function written(text: string, figures: readonly Figure[]): Msg[] {
  return [...new Set(figures.map((figure) => text.slice(figure.start, figure.end)))].map(quoted);
}

export const numberMismatch: Check = {
  code: 'number-mismatch',
  defaultSeverity: 'warning',
  question(document, question) {
    const findings: NodeFinding[] = [];
    for (const pair of piecePairs(question)) {
      const text = document.text;
      const difference = figureDifference({ text, start: wordsStart(text, pair.fr), end: pair.fr.end }, { text, start: wordsStart(text, pair.nl), end: pair.nl.end });
      if (difference.onlyInFirst.length === 0 && difference.onlyInSecond.length === 0) continue;
      const at = translationOf(question, pair);
      const other = at === pair.fr ? pair.nl : pair.fr;
      const [own, across] = at === pair.fr ? [difference.onlyInFirst, difference.onlyInSecond] : [difference.onlyInSecond, difference.onlyInFirst];
      const here = at.lang ?? 'fr';
      const there = other.lang ?? 'nl';
      const key = own.length > 0 && across.length > 0 ? 'figures.both' : own.length > 0 ? 'figures.own' : 'figures.across';
      const values = { here, there, own: written(text, own), across: written(text, across) };
      findings.push(findingOn('number-mismatch', at, (lines) => msg(key, { ...values, line: lines[1] ?? 0 }), [[other, msg('counterpart.related', { lang: there })]]));
    }
    return findings;
  },
};
