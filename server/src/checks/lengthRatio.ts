import { msg } from '../l10n/index.js';
import type { Question } from '../model/nodes.js';
import { isProse, piecePairs, type PiecePair } from '../model/pairs.js';
import { findingOn, type Check, type NodeFinding } from './types.js';

/**
 * Gale and Church's length model (1993): the length of a translation is the original's times a
 * constant ratio, with a variance that grows with the length, so the score of a pair is
 * (nl − fr·ratio) / √(fr·VARIANCE), a standard normal deviate when the two say the same. Their
 * variance per character, measured on parliamentary text (the Canadian Hansard), is 6.8; the
 * ratio here is the question's own (Dutch is longer than French in some answers, shorter in
 * others). A score beyond LIMIT is a pair whose lengths that model cannot explain: a sentence left
 * out of one side, or added. The model puts 1.2 % of correct pairs beyond 2.5; on the sample and
 * the 35 real pages the largest score of a pair is 1.74 (the sample's Fedasil answer 2), and a
 * 300-character paragraph that lost half its length scores about 3.2. Pairs shorter than
 * MIN_LENGTH characters on both sides say too little to score.
 */
const VARIANCE = 6.8;
const LIMIT = 2.5;
const MIN_LENGTH = 120;

/** The pairs of running text of a question and the question's Dutch/French length ratio. */
function proseRatio(question: Question): { pairs: PiecePair[]; ratio: number } {
  const pairs = piecePairs(question).filter((pair) => isProse(pair.fr));
  let french = 0;
  let dutch = 0;
  for (const pair of pairs) {
    french += pair.fr.end - pair.fr.start;
    dutch += pair.nl.end - pair.nl.start;
  }
  return { pairs, ratio: french > 0 ? dutch / french : 1 };
}

/** Gale and Church's score of a pair: how many standard deviations its Dutch length lies from what its French length predicts. */
export function lengthScore(french: number, dutch: number, ratio: number): number {
  const mean = (french + dutch / ratio) / 2;
  return (dutch - french * ratio) / Math.sqrt(Math.max(mean, 1) * VARIANCE);
}

export const lengthRatio: Check = {
  code: 'length-ratio',
  defaultSeverity: 'hint',
  question(_document, question) {
    const findings: NodeFinding[] = [];
    const { pairs, ratio } = proseRatio(question);
    if (pairs.length < 2) return findings;
    for (const pair of pairs) {
      const french = pair.fr.end - pair.fr.start;
      const dutch = pair.nl.end - pair.nl.start;
      if (Math.max(french, dutch) < MIN_LENGTH) continue;
      const score = lengthScore(french, dutch, ratio);
      if (Math.abs(score) < LIMIT) continue;
      const shorter = score < 0 ? pair.nl : pair.fr;
      const longer = shorter === pair.fr ? pair.nl : pair.fr;
      findings.push(
        findingOn(
          'length-ratio',
          shorter,
          (lines) => msg('length.shorter', { other: longer.lang ?? 'nl', line: lines[1] ?? 0, short: shorter.end - shorter.start, long: longer.end - longer.start, ratio }),
          [[longer, msg('counterpart.related', { lang: longer.lang ?? 'nl' })]],
        ),
      );
    }
    return findings;
  },
};
