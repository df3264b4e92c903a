import { guessLanguage, CONFIDENT } from '../model/language.js';
import { msg } from '../l10n/index.js';
import { excerpt } from '../model/answers.js';
import { isProse, piecePairs, prosePieces, translationOf } from '../model/pairs.js';
import { sameWords } from '../model/text.js';
import { findingOn, type Check, type NodeFinding } from './types.js';

/**
 * How sure the words of a paragraph must be of the other language before it is called
 * untranslated: 0.8 is twelve points of evidence, half a dozen function words with nothing
 * against them. A French paragraph pasted into the sample's Dutch answer scores 0.94; a Dutch
 * paragraph that quotes a French title or names a French institution stays far below.
 */
const UNTRANSLATED_CONFIDENCE = 0.8;

export const untranslated: Check = {
  code: 'untranslated',
  defaultSeverity: 'warning',
  question(document, question) {
    const findings: NodeFinding[] = [];
    const text = document.text;
    const flagged = new Set<object>();
    for (const lang of ['fr', 'nl'] as const) {
      for (const piece of prosePieces(question, lang)) {
        // The parser has heard the piece's words already: words that agree with its column need no second hearing.
        if (piece.language?.basis === 'text' && piece.language.lang === lang) continue;
        const guess = guessLanguage(text, piece.start, piece.end);
        if (guess.lang === lang || guess.confidence < UNTRANSLATED_CONFIDENCE) continue;
        flagged.add(piece);
        findings.push(
          findingOn(
            'untranslated',
            piece,
            msg('untranslated.written', { guess: guess.lang, lang, text: excerpt(document, piece, 60) }),
            piece.counterpart ? [[piece.counterpart, msg('counterpart.related', { lang: guess.lang })]] : [],
          ),
        );
      }
    }
    for (const pair of piecePairs(question)) {
      // Labels and dates printed alike in both columns are label-language's; running text is this check's.
      if (!isProse(pair.fr) || flagged.has(pair.fr) || flagged.has(pair.nl)) continue;
      if (!sameWords(text, pair.fr.start, pair.fr.end, pair.nl.start, pair.nl.end)) continue;
      // The same name, acronym, figure or title in both is right; the same sentence is not.
      if (guessLanguage(text, pair.fr.start, pair.fr.end).confidence < CONFIDENT) continue;
      const at = translationOf(question, pair);
      const other = at === pair.fr ? pair.nl : pair.fr;
      findings.push(
        findingOn('untranslated', at, (lines) => msg('untranslated.same', { other: other.lang ?? 'nl', line: lines[1] ?? 0, text: excerpt(document, at, 60) }), [
          [other, msg('counterpart.related', { lang: other.lang ?? 'nl' })],
        ]),
      );
    }
    return findings;
  },
};
