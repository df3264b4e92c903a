import { LANGUAGE_NAMES } from '../model/language.js';
import { figureDifference, type Figure } from '../model/numbers.js';
import { piecePairs, translationOf, wordsStart } from '../model/pairs.js';
import { findingOn, type Check, type NodeFinding } from './types.js';

/** The figures as the text writes them, each once: `"12 %", "30 avril 2013"`. */
function written(text: string, figures: readonly Figure[]): string {
  return [...new Set(figures.map((figure) => `"${text.slice(figure.start, figure.end)}"`))].join(', ');
}

export const numberMismatch: Check = {
  code: 'number-mismatch',
  defaultSeverity: 'warning',
  description: 'A French piece and its Dutch counterpart do not give the same figures (numbers, amounts, dates, question numbers), however each language writes them.',
  question(document, question) {
    const findings: NodeFinding[] = [];
    for (const pair of piecePairs(question)) {
      const text = document.text;
      const difference = figureDifference({ text, start: wordsStart(text, pair.fr), end: pair.fr.end }, { text, start: wordsStart(text, pair.nl), end: pair.nl.end });
      if (difference.onlyInFirst.length === 0 && difference.onlyInSecond.length === 0) continue;
      const at = translationOf(question, pair);
      const other = at === pair.fr ? pair.nl : pair.fr;
      const [own, across] = at === pair.fr ? [difference.onlyInFirst, difference.onlyInSecond] : [difference.onlyInSecond, difference.onlyInFirst];
      const here = LANGUAGE_NAMES[at.lang ?? 'fr'].en;
      const there = LANGUAGE_NAMES[other.lang ?? 'nl'].en;
      const parts = [own.length > 0 ? `only in the ${here}: ${written(text, own)}` : '', across.length > 0 ? `only in the ${there}: ${written(text, across)}` : ''].filter(Boolean);
      findings.push(
        findingOn('number-mismatch', at, (lines) => `Figures differ from the ${there} (line ${lines[1]}): ${parts.join('; ')}.`, [[other, `The ${there} counterpart`]]),
      );
    }
    return findings;
  },
};
