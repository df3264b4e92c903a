/**
 * The aligned French/Dutch pairs of a question, piece by piece: the segment pairs the fidelity
 * checks compare (translation QA tools are handed such pairs; here the page gives them).
 */
import type { Lang } from './language.js';
import type { Node, NodeKind, Question } from './nodes.js';

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

/** Whether a node is a piece of text of its own (a field half, a descriptor, an entry, a paragraph, an item). */
export function isTextPiece(node: Node): boolean {
  return TEXT_PIECES.has(node.kind);
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
  for (const node of allTextPieces(question)) if (node.lang === 'fr' && node.counterpart) pairs.push({ fr: node, nl: node.counterpart });
  return pairs;
}

/** Each question's text pieces in order, found once: a question's tree never changes (see reparse). */
const piecesOf = new WeakMap<Node, readonly Node[]>();

function allTextPieces(question: Question): readonly Node[] {
  let pieces = piecesOf.get(question.node);
  if (!pieces) {
    // Read from the records, which name every piece, rather than by walking the whole tree.
    const found: Node[] = [];
    const add = (node: Node | null | undefined) => {
      if (node && TEXT_PIECES.has(node.kind)) found.push(node);
    };
    for (const field of Object.values(question.fields)) {
      add(field?.fr);
      add(field?.nl);
    }
    const addAll = (nodes: readonly Node[] | undefined) => {
      for (const node of nodes ?? []) add(node);
    };
    addAll(question.descriptors?.fr);
    addAll(question.descriptors?.nl);
    for (const column of question.timeline?.columns ?? []) for (const event of column.entries) add(event.node);
    for (const heading of [question.questionText?.heading, question.answer?.heading]) {
      add(heading?.fr);
      add(heading?.nl);
    }
    for (const part of [question.questionText?.fr, question.questionText?.nl]) {
      addAll(part?.intro);
      addAll(part?.items);
    }
    for (const part of [question.answer?.fr, question.answer?.nl]) {
      addAll(part?.opening);
      addAll(part?.items);
      for (const block of part?.blocks ?? []) {
        add(block.heading);
        addAll(block.paragraphs);
        addAll(block.items);
      }
    }
    // In text order, each once (a heading may be named by two records).
    found.sort((a, b) => a.start - b.start);
    pieces = found.filter((node, index) => node !== found[index - 1]);
    piecesOf.set(question.node, pieces);
  }
  return pieces;
}

/** Every text piece of a question in one language, paired or not. */
export function textPieces(question: Question, lang?: Lang): Node[] {
  return allTextPieces(question).filter((node) => lang === undefined || node.lang === lang);
}

/** The side a reviser distrusts: the translation, when the page says which language is the original; else the Dutch. */
export function translationOf(question: Question, pair: PiecePair): Node {
  return question.originalLanguage === 'nl' ? pair.fr : pair.nl;
}

/** Where a piece's own words start: after an item's number ("4)", "2."), which pairs items rather than saying anything. */
export function wordsStart(text: string, node: Node): number {
  return node.marker !== undefined && text.startsWith(node.marker, node.start) ? node.start + node.marker.length : node.start;
}
