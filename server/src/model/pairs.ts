/**
 * The aligned French/Dutch pairs of a question, piece by piece: the segment pairs the fidelity
 * checks compare (translation QA tools are handed such pairs; here the page gives them).
 */
import type { Lang } from './language.js';
import type { Node, NodeKind, Question } from './nodes.js';
import { walk } from './tree.js';

/** Pieces that carry text of their own; their containers (a part, an agency block) only group them. */
const TEXT_PIECES: ReadonlySet<NodeKind> = new Set<NodeKind>([
  'fieldHalf',
  'descriptor',
  'timelineEvent',
  'introParagraph',
  'questionItem',
  'openingParagraph',
  'agencyHeading',
  'agencyParagraph',
  'answerItem',
]);

/** Pieces of running text (not headers, labels or lists of terms), where house typography applies. */
const PROSE: ReadonlySet<NodeKind> = new Set<NodeKind>(['introParagraph', 'questionItem', 'openingParagraph', 'agencyParagraph', 'answerItem']);

/** The pieces of running text of a question in a language. */
export function prosePieces(question: Question, lang: Lang): Node[] {
  return textPieces(question, lang).filter((node) => PROSE.has(node.kind));
}

export function isProse(node: Node): boolean {
  return PROSE.has(node.kind);
}

export interface PiecePair {
  readonly fr: Node;
  readonly nl: Node;
}

/** Every French text piece of a question with its Dutch counterpart, in text order of the French. */
export function piecePairs(question: Question): PiecePair[] {
  const pairs: PiecePair[] = [];
  for (const node of walk(question.node)) {
    if (node.lang === 'fr' && node.counterpart && TEXT_PIECES.has(node.kind)) pairs.push({ fr: node, nl: node.counterpart });
  }
  return pairs.sort((a, b) => a.fr.start - b.fr.start);
}

/** Every text piece of a question in one language, paired or not. */
export function textPieces(question: Question, lang?: Lang): Node[] {
  const pieces: Node[] = [];
  for (const node of walk(question.node)) if (TEXT_PIECES.has(node.kind) && (lang === undefined || node.lang === lang)) pieces.push(node);
  return pieces.sort((a, b) => a.start - b.start);
}

/** The side a reviser distrusts: the translation, when the page says which language is the original; else the Dutch. */
export function translationOf(question: Question, pair: PiecePair): Node {
  return question.originalLanguage === 'nl' ? pair.fr : pair.nl;
}

/** Where a piece's own words start: after an item's number ("4)", "2."), which pairs items rather than saying anything. */
export function wordsStart(text: string, node: Node): number {
  return node.marker !== undefined && text.startsWith(node.marker, node.start) ? node.start + node.marker.length : node.start;
}
