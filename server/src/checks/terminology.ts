import { msg } from '../l10n/index.js';
import { pieceUnder } from '../model/lookup.js';
import type { Node, ParsedDocument } from '../model/nodes.js';
import { isProse, isTextPiece, piecePairs, textPieces } from '../model/pairs.js';
import { findingAt, findingOn, type Check, type CheckOptions, type Fix, type NodeFinding } from './types.js';

interface Avoided {
  readonly start: number;
  readonly end: number;
  readonly term: string;
  readonly use: string;
}

/** Every occurrence of a term to avoid in a piece, as written (case counts: "Étrangers" is not "étrangers"). */
function avoidedIn(text: string, piece: Node, options: CheckOptions): Avoided[] {
  const found: Avoided[] = [];
  const inside = text.slice(piece.start, piece.end);
  for (const rule of options.terms.forbidden) {
    if (rule.lang !== undefined && rule.lang !== piece.lang) continue;
    for (let at = inside.indexOf(rule.term); at >= 0; at = inside.indexOf(rule.term, at + rule.term.length)) {
      found.push({ start: piece.start + at, end: piece.start + at + rule.term.length, term: rule.term, use: rule.use });
    }
  }
  return found;
}

export const terminology: Check = {
  code: 'terminology',
  defaultSeverity: 'warning',
  question(document, question, options) {
    const findings: NodeFinding[] = [];
    const terms = options.terms;
    if (terms.pairs.length === 0 && terms.forbidden.length === 0) return findings;
    const text = document.text;
    if (terms.pairs.length > 0) {
      for (const pair of piecePairs(question)) {
        if (!isProse(pair.fr)) continue;
        const french = text.slice(pair.fr.start, pair.fr.end).toLowerCase();
        const dutch = text.slice(pair.nl.start, pair.nl.end).toLowerCase();
        for (const listed of terms.pairs) {
          const inFrench = french.includes(listed.fr.toLowerCase());
          const inDutch = dutch.includes(listed.nl.toLowerCase());
          if (inFrench === inDutch) continue;
          const [at, other, wanted, has] = inFrench ? [pair.nl, pair.fr, listed.nl, listed.fr] : [pair.fr, pair.nl, listed.fr, listed.nl];
          const otherLang = other.lang ?? 'fr';
          findings.push(
            findingOn('terminology', at, (lines) => msg('terms.missing', { wanted, other: otherLang, line: lines[1] ?? 0, has }), [
              [other, msg('counterpart.related', { lang: otherLang })],
            ]),
          );
        }
      }
    }
    for (const piece of textPieces(question)) {
      for (const avoided of avoidedIn(text, piece, options)) {
        findings.push(findingAt('terminology', piece, avoided.start, avoided.end, msg('terms.avoid', { term: avoided.term, use: avoided.use })));
      }
    }
    return findings;
  },
  fixes(document: ParsedDocument, finding, options): Fix[] {
    const under = pieceUnder(document, finding.range, isTextPiece);
    if (!under) return [];
    const { piece, start, end } = under;
    const avoided = avoidedIn(document.text, piece, options).find((candidate) => candidate.start === start && candidate.end === end);
    if (!avoided) return [];
    return [{ title: msg('fix.replaceWith', { text: avoided.use }), edits: [{ range: finding.range, newText: avoided.use }], preferred: true }];
  },
};
