/** Building syntax nodes, and the pass that makes the tree lossless. */
import type { Node, NodeKind } from './nodes.js';
import { isBlankChar, type LineIndex } from './text.js';

const NO_RANGE = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

export function leaf(kind: NodeKind, start: number, end: number, extra: Partial<Node> = {}): Node {
  return { kind, start, end, range: NO_RANGE, children: [], ...extra };
}

/** A node spanning its children, from the first one's start to the last one's end. */
export function container(kind: NodeKind, children: Node[], extra: Partial<Node> = {}): Node {
  const sorted = [...children].sort((a, b) => a.start - b.start);
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  if (!first || !last) throw new Error(`container ${kind} needs children`);
  let end = last.end;
  for (const child of sorted) if (child.end > end) end = child.end;
  return { kind, start: first.start, end, range: NO_RANGE, children: sorted, ...extra };
}

/**
 * Fills every gap between a node's children with `trivia` (white space) or `unrecognized`
 * (anything else, one node per run of non-blank lines) and gives every node its LSP range.
 * After this pass the leaves tile the text: the invariant the whole model rests on.
 */
export function finalizeTree(root: Node, text: string, lineIndex: LineIndex, unrecognized: Node[]): void {
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop() as Node;
    node.range = lineIndex.rangeOf(node.start, node.end);
    if (node.children.length === 0 && node !== root) continue;
    const filled: Node[] = [];
    let cursor = node.start;
    for (const child of node.children) {
      if (child.start > cursor) fillGap(text, cursor, child.start, filled, unrecognized);
      filled.push(child);
      cursor = Math.max(cursor, child.end);
    }
    if (node.end > cursor) fillGap(text, cursor, node.end, filled, unrecognized);
    node.children = filled;
    for (let i = filled.length - 1; i >= 0; i--) stack.push(filled[i] as Node);
  }
  unrecognized.sort((a, b) => a.start - b.start);
}

function fillGap(text: string, from: number, to: number, out: Node[], unrecognized: Node[]): void {
  let position = from;
  while (position < to) {
    let contentStart = position;
    while (contentStart < to && isBlankChar(text.charCodeAt(contentStart))) contentStart++;
    if (contentStart > position) out.push(leaf('trivia', position, contentStart));
    if (contentStart >= to) return;
    const contentEnd = endOfParagraph(text, contentStart, to);
    const node = leaf('unrecognized', contentStart, contentEnd);
    out.push(node);
    unrecognized.push(node);
    position = contentEnd;
  }
}

/** End (trimmed) of the run of non-blank lines that starts at `from`. */
function endOfParagraph(text: string, from: number, to: number): number {
  let lastContent = from;
  let lineHasContent = true;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code === 10 || code === 13) {
      if (!lineHasContent) return lastContent;
      lineHasContent = false;
      continue;
    }
    if (!isBlankChar(code)) {
      lineHasContent = true;
      lastContent = i + 1;
    }
  }
  return lastContent;
}

/** Walks every node, parents before children. */
export function* walk(node: Node): Generator<Node> {
  const stack: Node[] = [node];
  while (stack.length > 0) {
    const current = stack.pop() as Node;
    yield current;
    for (let i = current.children.length - 1; i >= 0; i--) stack.push(current.children[i] as Node);
  }
}
