/**
 * Pairs every French piece with its Dutch counterpart: field halves, descriptor i, timeline entry
 * i, a reference with the same number, intro paragraph i, item n, agency block i and item n in it.
 * A piece left without a partner gets `counterpart = null`, which the missing-counterpart check reads.
 */
import { referenceKindClass, timelineLabelClass } from './labels.js';
import { CONFIDENT } from './language.js';
import { isSingleLanguage, type Layout } from './layout.js';
import type { AgencyBlock, BilingualField, CrossReference, Node, Question, TimelineEvent } from './nodes.js';
import { foldForMatching } from './text.js';
import { building } from './tree.js';

function pair(a: Node, b: Node): void {
  building(a).counterpart = b;
  building(b).counterpart = a;
}

function unpaired(nodes: readonly Node[]): void {
  for (const node of nodes) building(node).counterpart = null;
}

function pairField(field: BilingualField): void {
  if (field.fr && field.nl) pair(field.fr, field.nl);
  else unpaired([field.fr, field.nl].filter((node): node is Node => node !== null));
}

function pairByIndex(a: readonly Node[], b: readonly Node[]): void {
  unpaired(a);
  unpaired(b);
  for (let i = 0; i < Math.min(a.length, b.length); i++) pair(a[i] as Node, b[i] as Node);
}

/** Items pair by their number: French item 4 with Dutch item 4, wherever they stand. */
function pairByNumber(a: readonly Node[], b: readonly Node[]): void {
  unpaired(a);
  unpaired(b);
  const byNumber = new Map<number, Node>();
  for (const node of b) if (node.number !== undefined && !byNumber.has(node.number)) byNumber.set(node.number, node);
  for (const node of a) {
    const partner = node.number === undefined ? undefined : byNumber.get(node.number);
    if (partner && partner.counterpart === null) pair(node, partner);
  }
}

/**
 * Order-preserving alignment of two lists of unequal length: the pairing that maximises the
 * summed similarity, each list keeping its order (as the page keeps it). Equal lengths pair by
 * index, as do lists too long for the quadratic table.
 */
/** Above this many cells (500 × 500 pieces) the quadratic table costs more than the pairing is worth: pair by index. */
const ALIGNMENT_TABLE_LIMIT = 250_000;

export function alignLists<T>(a: readonly T[], b: readonly T[], similarity: (x: T, y: T) => number): [number, number][] {
  const pairs: [number, number][] = [];
  if (a.length === b.length || a.length * b.length > ALIGNMENT_TABLE_LIMIT) {
    for (let i = 0; i < Math.min(a.length, b.length); i++) pairs.push([i, i]);
    return pairs;
  }
  const width = b.length + 1;
  const score = new Float64Array((a.length + 1) * width);
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      const match = similarity(a[i] as T, b[j] as T) + (score[(i + 1) * width + j + 1] as number);
      score[i * width + j] = Math.max(match, score[(i + 1) * width + j] as number, score[i * width + j + 1] as number);
    }
  }
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const here = score[i * width + j] as number;
    const match = similarity(a[i] as T, b[j] as T) + (score[(i + 1) * width + j + 1] as number);
    if (match >= here - 1e-9) {
      pairs.push([i, j]);
      i++;
      j++;
    } else if ((score[(i + 1) * width + j] as number) >= here - 1e-9) i++;
    else j++;
  }
  return pairs;
}

function trigrams(text: string): Set<string> {
  const padded = ` ${foldForMatching(text)} `;
  const grams = new Set<string>();
  for (let i = 0; i + 3 <= padded.length && i < 300; i++) grams.add(padded.slice(i, i + 3));
  return grams;
}

/** Dice coefficient of letter trigrams: "ministère" and "ministerie" are close, "bewustmaking" and "sensibilisation" are not. */
export function textSimilarity(a: string, b: string): number {
  const x = trigrams(a);
  const y = trigrams(b);
  let shared = 0;
  for (const gram of x) if (y.has(gram)) shared++;
  return x.size + y.size === 0 ? 0 : (2 * shared) / (x.size + y.size);
}

/**
 * What makes two pieces of an aligned pair likely, in the units of textSimilarity (0 to 1). Any
 * pair is worth PAIRED, so that the alignment pairs as many pieces as it can; among agency blocks,
 * the same shape (items or one paragraph) and the same item count weigh less than a shared name
 * ("Fedasil" = "Fedasil" is 1). On the sample these pair all five blocks as the page does.
 */
const PAIRED = 0.1;
const SAME_SHAPE = 0.3;
const SAME_COUNT = 0.2;
/** Timeline entries: the same date decides; the same event breaks ties between entries of one date. */
const SAME_DATE = 1;
const SAME_EVENT = 0.5;

/** Agency names are translated (OE / DVZ), but proper names ("Fedasil") and the block's shape (one paragraph, or items) carry over. */
function agencySimilarity(a: AgencyBlock, b: AgencyBlock): number {
  const sameShape = a.items.length > 0 === b.items.length > 0 ? SAME_SHAPE : 0;
  const sameCount = a.items.length === b.items.length ? SAME_COUNT : 0;
  return PAIRED + sameShape + sameCount + textSimilarity(a.name, b.name);
}

function pairPair<T extends { node: Node }>(fr: T | null | undefined, nl: T | null | undefined): void {
  if (fr && nl) pair(fr.node, nl.node);
  else unpaired([fr?.node, nl?.node].filter((node): node is Node => node !== undefined));
}

export function alignQuestion(question: Question, text: string, layout: Layout): void {
  // A single-language layout is in one language by design: nothing in it expects a counterpart.
  if (isSingleLanguage(layout)) return;
  for (const field of Object.values(question.fields)) if (field) pairField(field);

  if (question.descriptors) {
    const { fr, nl } = question.descriptors;
    unpaired(fr);
    unpaired(nl);
    const slice = (node: Node) => text.slice(node.start, node.end);
    for (const [i, j] of alignLists(fr, nl, (a, b) => PAIRED + textSimilarity(slice(a), slice(b)))) pair(fr[i] as Node, nl[j] as Node);
  }

  // A list printed once (one column) is not a translation of anything: its entries expect no counterpart.
  // Two columns pair entry by entry in order, by their dates and labels, so that an entry missing
  // from one column leaves its own partner alone rather than shifting every pair after it.
  if (question.timeline && question.timeline.columns.length === 2) {
    const [left, right] = question.timeline.columns;
    const leftEntries = left?.entries ?? [];
    const rightEntries = right?.entries ?? [];
    unpaired([...leftEntries, ...rightEntries].map((entry) => entry.node));
    const similarity = (a: TimelineEvent, b: TimelineEvent) =>
      PAIRED + (a.date === b.date ? SAME_DATE : 0) + (timelineLabelClass(a.label) === timelineLabelClass(b.label) ? SAME_EVENT : 0);
    for (const [i, j] of alignLists(leftEntries, rightEntries, similarity)) pair((leftEntries[i] as TimelineEvent).node, (rightEntries[j] as TimelineEvent).node);
  }

  if (question.crossReferences && question.crossReferences.columns.length === 2) {
    const [left, right] = question.crossReferences.columns;
    const leftEntries = left?.entries ?? [];
    const rightEntries = right?.entries ?? [];
    unpaired([...leftEntries, ...rightEntries].map((entry) => entry.node));
    // By number and kind, each right-hand entry taken once, in order: a map of queues keeps it linear.
    const waiting = new Map<string, { entries: CrossReference[]; next: number }>();
    for (const candidate of rightEntries) {
      const key = `${candidate.number}|${referenceKindClass(candidate.kind)}`;
      const queue = waiting.get(key);
      if (queue) queue.entries.push(candidate);
      else waiting.set(key, { entries: [candidate], next: 0 });
    }
    for (const reference of leftEntries) {
      const queue = waiting.get(`${reference.number}|${referenceKindClass(reference.kind)}`);
      const partner = queue?.entries[queue.next];
      if (!queue || !partner) continue;
      queue.next++;
      // The same words in both columns are a copy, not a translation (duplicate-reference
      // reports it): neither is the other's counterpart, and neither lacks one.
      const mine = reference.labelLanguage;
      const theirs = partner.labelLanguage;
      if (mine.lang === theirs.lang && mine.confidence >= CONFIDENT && theirs.confidence >= CONFIDENT) {
        building(reference.node).counterpart = undefined;
        building(partner.node).counterpart = undefined;
      } else pair(reference.node, partner.node);
    }
  }

  if (question.questionText) {
    const { fr, nl } = question.questionText;
    pairPair(fr, nl);
    pairByIndex(fr?.intro ?? [], nl?.intro ?? []);
    pairByNumber(fr?.items ?? [], nl?.items ?? []);
  }

  if (question.answer) {
    const { fr, nl } = question.answer;
    pairPair(fr, nl);
    pairByIndex(fr?.opening ?? [], nl?.opening ?? []);
    pairByNumber(fr?.items ?? [], nl?.items ?? []);
    const frBlocks = fr?.blocks ?? [];
    const nlBlocks = nl?.blocks ?? [];
    for (const block of [...frBlocks, ...nlBlocks]) {
      unpaired([block.node, block.heading, ...block.paragraphs, ...block.items]);
    }
    for (const [i, j] of alignLists(frBlocks, nlBlocks, agencySimilarity)) {
      const a = frBlocks[i] as AgencyBlock;
      const b = nlBlocks[j] as AgencyBlock;
      pair(a.node, b.node);
      pair(a.heading, b.heading);
      pairByIndex(a.paragraphs, b.paragraphs);
      pairByNumber(a.items, b.items);
    }
  }
}
