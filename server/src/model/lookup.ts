/** From a position to the piece under it and its counterpart: what hover and later features ask. */
import type { Node, ParsedDocument, Question } from './nodes.js';
import type { Range } from './text.js';

/** The child containing offset, by binary search: children are ordered and tile their parent. */
function childAt(node: Node, offset: number): Node | undefined {
  const children = node.children;
  let low = 0;
  let high = children.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const child = children[mid] as Node;
    if (offset < child.start) high = mid - 1;
    else if (offset >= child.end) low = mid + 1;
    else {
      // A cursor just past the last character of a piece, on the white space after it, still points at it.
      const previous = children[mid - 1];
      return child.kind === 'trivia' && previous && previous.end === offset ? previous : child;
    }
  }
  // A cursor just past the last character of a piece still points at it.
  const before = children[low - 1];
  return before && before.end === offset ? before : undefined;
}

export interface PieceAt {
  /** The deepest node at the offset that pairs with another language (counterpart may be null). */
  piece: Node;
  counterpart: Node | null;
  /** Nodes from the root down to the piece. */
  path: Node[];
  question: Question | null;
}

/** The question whose text holds an offset (questions are in text order and apart), or undefined. */
export function questionAt(document: ParsedDocument, offset: number): Question | undefined {
  const questions = document.questions;
  let low = 0;
  let high = questions.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const question = questions[middle] as Question;
    if (offset < question.node.start) high = middle - 1;
    else if (offset >= question.node.end) low = middle + 1;
    else return question;
  }
  return undefined;
}

/** The nodes from the root down to the deepest one at the offset. */
export function pathAt(document: ParsedDocument, offset: number): Node[] {
  const path: Node[] = [];
  for (let node: Node | undefined = document.root; node; node = childAt(node, offset)) path.push(node);
  return path;
}

export function pieceAt(document: ParsedDocument, offset: number, path: readonly Node[] = pathAt(document, offset)): PieceAt | null {
  let piece: Node | null = null;
  for (const node of path) if (node.counterpart !== undefined) piece = node;
  if (!piece) return null;
  const questionNode = path[1];
  const question = document.questions.find((candidate) => candidate.node === questionNode) ?? null;
  return { piece, counterpart: piece.counterpart ?? null, path: path.slice(0, path.indexOf(piece) + 1), question };
}

/** The piece a finding's range lies in (the first node down the tree that `accept` takes) and the range's offsets: what a check's fix reads its finding back from. */
export function pieceUnder(document: ParsedDocument, range: Range, accept: (node: Node) => boolean): { piece: Node; start: number; end: number } | null {
  const start = document.lineIndex.offsetAt(range.start);
  const end = document.lineIndex.offsetAt(range.end);
  const piece = pathAt(document, start).find(accept);
  return piece && piece.end >= end ? { piece, start, end } : null;
}
