/** Building syntax nodes, and the pass that makes the tree lossless. */
import type { Node, NodeKind } from './nodes.js';
import { CELL_BORDER, isBlankChar, type LineIndex, type Range } from './text.js';

const NO_RANGE: Range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

/**
 * A node whose LSP range is computed when first read: most nodes (white space above all) are
 * never asked for theirs, and making a range object for each would double the parser's garbage.
 */
class SyntaxNode implements Node {
  children: Node[] = [];
  lineIndex: LineIndex | null = null;
  private cachedRange: Range | null = null;
  // Every optional field exists on every node from the start, so that all nodes share one shape:
  // code that walks the tree then stays fast instead of meeting dozens of object layouts.
  lang: Node['lang'] = undefined;
  language: Node['language'] = undefined;
  counterpart: Node['counterpart'] = undefined;
  field: Node['field'] = undefined;
  number: Node['number'] = undefined;
  marker: Node['marker'] = undefined;
  constructor(
    public kind: NodeKind,
    public start: number,
    public end: number,
  ) {}

  get range(): Range {
    if (this.cachedRange) return this.cachedRange;
    if (!this.lineIndex) return NO_RANGE;
    this.cachedRange = this.lineIndex.rangeOf(this.start, this.end);
    return this.cachedRange;
  }

  /** Points the node at the line index of its text; forgets a range computed from an older one. */
  attach(lineIndex: LineIndex): void {
    this.lineIndex = lineIndex;
    this.cachedRange = null;
  }

  /**
   * Points the node at a new index of a text whose lines up to this node did not change: its
   * range stays right, and the older index (and the older text it holds) can be let go.
   */
  reattach(lineIndex: LineIndex): void {
    this.lineIndex = lineIndex;
  }
}

/**
 * Points the nodes of a subtree that finalizeTree did not reach (a record's node replaced in the
 * tree by its children) at the line index of its text. Nodes already attached to it, and what
 * lies under them, are left as they are: this runs on every parse, over whole questions.
 */
export function attachTree(root: Node, lineIndex: LineIndex): void {
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop() as SyntaxNode;
    if (node.lineIndex === lineIndex) continue;
    node.attach(lineIndex);
    for (const child of node.children) stack.push(child);
  }
}

/** Points a finished, unmoved subtree at a new line index (see SyntaxNode.reattach). */
export function reattachTree(root: Node, lineIndex: LineIndex): void {
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop() as Node;
    // Already done (a record's node reached again under the question's tree): so is all under it.
    if ((node as SyntaxNode).lineIndex === lineIndex) continue;
    (node as SyntaxNode).reattach(lineIndex);
    for (const child of node.children) stack.push(child);
  }
}

/**
 * The parser's hold on a node it is still building: the one way to change a node, used only in
 * model/ before the model is returned.
 */
export type NodeUnderConstruction = { -readonly [K in keyof Node]: Node[K] } & { children: Node[] };

/** A record the parser is still filling in (a question, a timeline event). */
export type UnderConstruction<T> = { -readonly [K in keyof T]: T[K] };

export function building(node: Node): NodeUnderConstruction {
  return node as NodeUnderConstruction;
}

export function isSyntaxNode(value: object): value is Node {
  return value instanceof SyntaxNode;
}

export function leaf(kind: NodeKind, start: number, end: number, extra: Partial<Node> = {}): Node {
  const node = new SyntaxNode(kind, start, end);
  return Object.assign(node, extra);
}

/** A node spanning its children, from the first one's start to the last one's end. */
export function container(kind: NodeKind, children: Node[], extra: Partial<Node> = {}): Node {
  const sorted = [...children].sort((a, b) => a.start - b.start);
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  if (!first || !last) throw new Error(`container ${kind} needs children`);
  let end = last.end;
  for (const child of sorted) if (child.end > end) end = child.end;
  const node = new SyntaxNode(kind, first.start, end);
  Object.assign(node, extra);
  node.children = sorted;
  return node;
}

/**
 * Fills every gap between a node's children with `trivia` (white space) or `unrecognized`
 * (anything else, one node per run of non-blank lines) and points every node at the line index
 * that gives its LSP range. After this pass the leaves tile the text: the invariant the whole
 * model rests on. With `deep` false only the root's own gaps are filled (its children are
 * finished subtrees).
 */
export function finalizeTree(root: Node, text: string, lineIndex: LineIndex, unrecognized: Node[], deep = true): void {
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop() as Node;
    (node as SyntaxNode).attach(lineIndex);
    if (node.children.length === 0 && node !== root) continue;
    if (!deep && node !== root) continue;
    const filled: Node[] = [];
    let cursor = node.start;
    for (const child of node.children) {
      if (child.start > cursor) fillGap(text, cursor, child.start, filled, unrecognized);
      filled.push(child);
      cursor = Math.max(cursor, child.end);
    }
    if (node.end > cursor) fillGap(text, cursor, node.end, filled, unrecognized);
    building(node).children = filled;
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
    // The table copy's cell borders ("|", "||||||||") are layout, like white space.
    if (text.charCodeAt(contentStart) === CELL_BORDER) {
      let end = contentStart;
      while (end < to && (text.charCodeAt(end) === CELL_BORDER || isBlankChar(text.charCodeAt(end)))) end++;
      out.push(leaf('trivia', contentStart, end));
      position = end;
      continue;
    }
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

/**
 * Copies of finished nodes moved by `delta` characters and pointed at a new line index: what an
 * edit before a question makes of its nodes. The originals are left as they were (the previous
 * model stays whole for whoever still reads it). `copies` maps each original to its copy, so a
 * node reached twice (a record node over nodes of the tree, a counterpart) is copied once.
 */
export class MovedCopier {
  readonly copies = new Map<Node, Node>();
  constructor(
    private readonly delta: number,
    private readonly lineIndex: LineIndex,
  ) {}

  /** The copy of a node: made with its subtree when first asked for. */
  copy(original: Node): Node {
    return this.copies.get(original) ?? this.copyTree(original);
  }

  /** Copies a subtree not copied yet; a tree holds each node once, so no node is looked up on the way down. */
  private copyTree(original: Node): Node {
    const node = new SyntaxNode(original.kind, original.start + this.delta, original.end + this.delta);
    node.lang = original.lang;
    node.language = original.language;
    node.field = original.field;
    node.number = original.number;
    node.marker = original.marker;
    node.lineIndex = this.lineIndex;
    this.copies.set(original, node);
    const children = original.children;
    if (children.length > 0) {
      const copied = new Array<Node>(children.length);
      for (let i = 0; i < children.length; i++) copied[i] = this.copyTree(children[i] as Node);
      node.children = copied;
    }
    return node;
  }

  /** Points each copy's counterpart at the copy of the original's: run once every node is copied. */
  linkCounterparts(): void {
    for (const [original, node] of this.copies) {
      const counterpart = original.counterpart;
      (node as SyntaxNode).counterpart = counterpart ? this.copy(counterpart) : counterpart;
    }
  }
}

/**
 * Children that may overlap, made a tiling: a container that overlaps a sibling is replaced in
 * the tree by its children (its record keeps it). The header's two-line fields span the lines
 * between their halves, a table's French and Dutch cells alternate row by row, two references on
 * one line put each column's entries on alternate lines: on such pages the language containers
 * interleave.
 */
export function withoutOverlaps(children: Node[]): Node[] {
  // In rounds, each a sort and one sweep, so that a page of many interleaved pieces stays linear
  // (up to the sort): a round flattens every container caught overlapping and drops every leaf
  // that lies over an earlier one (which cannot happen in a parse, but must not loop if it does).
  const inOrder = (a: Node, b: Node) => a.start - b.start || b.end - a.end;
  let nodes = [...children].sort(inOrder);
  // Most containers' children are in order and apart: say so without allocating anything.
  let apart = true;
  for (let i = 1; i < nodes.length && apart; i++) apart = (nodes[i] as Node).start >= (nodes[i - 1] as Node).end;
  if (apart) return nodes;
  for (;;) {
    const flatten = new Set<Node>();
    const drop = new Set<Node>();
    let reach: Node | null = null;
    for (const node of nodes) {
      if (reach && node.start < reach.end) {
        if (reach.kind === 'field' || reach.children.length > 0) flatten.add(reach);
        else if (node.children.length > 0) flatten.add(node);
        else drop.add(node);
      }
      if (!drop.has(node) && (!reach || node.end > reach.end)) reach = node;
    }
    if (flatten.size === 0 && drop.size === 0) return nodes;
    nodes = nodes.flatMap((node) => (drop.has(node) ? [] : flatten.has(node) ? node.children : [node])).sort(inOrder);
  }
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
