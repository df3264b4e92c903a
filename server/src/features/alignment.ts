/**
 * The two columns of the page restored: one row per French/Dutch pair in document order (header
 * fields, descriptors, timeline, references, the question's paragraphs and items, each agency
 * block and its items), section rows as headings, and a piece without its counterpart beside an
 * empty, marked cell. Plain data: the server sends it as `parlq/alignment`; a view or an export
 * draws it.
 */
import type { Lang } from '../model/language.js';
import { FIELD_KEYS, NODE_KINDS } from '../model/names.js';
import type { CrossReference, Node, ParsedDocument, Question } from '../model/nodes.js';
import { pastTheCut } from '../model/question.js';
import { normalizeSpace, type Range } from '../model/text.js';
import { t, type Locale } from '../l10n/index.js';

export interface AlignmentCell {
  readonly text: string;
  readonly range: Range;
}

export interface AlignmentRow {
  /** `section`: a heading (header, descriptors, timeline, references, question, answer); `agency`: an agency block's heading pair; `piece`: a pair of pieces. */
  readonly kind: 'question' | 'section' | 'agency' | 'piece';
  /** What the row is ("answer item 2", "title"), in the reader's language. */
  readonly label: string;
  readonly fr: AlignmentCell | null;
  readonly nl: AlignmentCell | null;
  /** The language whose cell is empty where the page expects a counterpart (the French answer 4 that is not there). */
  readonly missing: Lang | null;
  /** How deep the row sits: 0 question, 1 section, 2 agency block or piece, 3 a block's piece. */
  readonly depth: number;
}

const SECTION_KEYS = {
  descriptors: 'outline.descriptors',
  timeline: 'outline.timeline',
  crossReferences: 'outline.crossReferences',
  questionText: 'outline.question',
  answer: 'outline.answer',
} as const;

const isPiece = (node: Node) => node.kind !== 'trivia' && node.kind !== 'rule' && node.kind !== 'unrecognized';
/** A container's pieces in order, without the kind of child it shows on a row of its own (an agency block's heading). */
const piecesOf = (node: Node | null, shownApart?: Node['kind']) => node?.children.filter((child) => isPiece(child) && child.kind !== shownApart) ?? [];

export function alignment(document: ParsedDocument, locale: Locale = 'en'): AlignmentRow[] {
  const rows: AlignmentRow[] = [];
  const cell = (node: Node | null | undefined): AlignmentCell | null =>
    node ? { text: normalizeSpace(document.text.slice(node.start, node.end)).trim(), range: node.range } : null;
  const label = (node: Node): string => {
    if (node.kind === 'fieldHalf' && node.field) return t(locale, FIELD_KEYS[node.field]);
    if (node.number !== undefined && node.kind === 'questionItem') return t(locale, 'kind.questionItemNumbered', { n: node.number });
    if (node.number !== undefined && node.kind === 'answerItem') return t(locale, 'kind.answerItemNumbered', { n: node.number });
    return t(locale, NODE_KINDS[node.kind].name);
  };
  const pairRow = (kind: AlignmentRow['kind'], fr: Node | null, nl: Node | null, depth: number, name?: string) => {
    const present = fr ?? nl;
    if (!present) return;
    // As the checks read it: a piece past the place where the file stops has its counterpart beyond the cut, unknown, not missing.
    const known = !(current && pastTheCut(current, present));
    const missing: Lang | null = !known ? null : !fr && nl?.counterpart === null ? 'fr' : !nl && fr?.counterpart === null ? 'nl' : null;
    rows.push({ kind, label: name ?? label(present), fr: cell(fr), nl: cell(nl), missing, depth });
  };

  /** The pieces of two counterpart containers, merged in order by their counterpart links. */
  const merge = (frKids: readonly Node[], nlKids: readonly Node[], depth: number) => {
    const done = new Set<Node>();
    let i = 0;
    let j = 0;
    while (i < frKids.length || j < nlKids.length) {
      const a = frKids[i];
      const b = nlKids[j];
      if (a && done.has(a)) {
        i++;
        continue;
      }
      if (b && done.has(b)) {
        j++;
        continue;
      }
      let pair: [Node | null, Node | null];
      if (a && b && a.counterpart === b) pair = [a, b];
      else if (a && !a.counterpart) pair = [a, null];
      else if (b && !b.counterpart) pair = [null, b];
      else if (a) pair = [a, a.counterpart ?? null];
      else pair = [b?.counterpart ?? null, b ?? null];
      for (const node of pair) if (node) done.add(node);
      if (pair[0] === a) i++;
      if (pair[1] === b) j++;
      emit(pair[0], pair[1], depth);
    }
  };

  /**
   * The cross-references level by the number they cite, as the page prints them: a column that
   * copies the other's words (the sample's) has no counterpart links, yet each of its lines
   * stands beside the one citing the same question. Pairs keep both columns' order; a number
   * cited on one side only stands alone where it falls.
   */
  const levelByNumber = (frEntries: readonly CrossReference[], nlEntries: readonly CrossReference[], depth: number) => {
    const waiting = new Map<string, number[]>();
    nlEntries.forEach((entry, index) => waiting.set(entry.number, [...(waiting.get(entry.number) ?? []), index]));
    const partner = new Map<number, number>();
    const taken = new Set<number>();
    let last = -1;
    frEntries.forEach((entry, index) => {
      const queue = waiting.get(entry.number);
      const candidate = queue?.find((at) => at > last && !taken.has(at));
      if (candidate === undefined) return;
      partner.set(index, candidate);
      taken.add(candidate);
      last = candidate;
    });
    let j = 0;
    frEntries.forEach((entry, index) => {
      const match = partner.get(index);
      if (match !== undefined) {
        for (; j < match; j++) if (!taken.has(j)) pairRow('piece', null, (nlEntries[j] as CrossReference).node, depth);
        j = match + 1;
        pairRow('piece', entry.node, (nlEntries[match] as CrossReference).node, depth);
      } else pairRow('piece', entry.node, null, depth);
    });
    for (; j < nlEntries.length; j++) if (!taken.has(j)) pairRow('piece', null, (nlEntries[j] as CrossReference).node, depth);
  };

  const emit = (fr: Node | null, nl: Node | null, depth: number) => {
    const present = (fr ?? nl) as Node;
    if (present.kind === 'agencyBlock') {
      const heading = (node: Node | null) => node?.children.find((child) => child.kind === 'agencyHeading') ?? null;
      pairRow('agency', heading(fr), heading(nl), depth, label(present));
      merge(piecesOf(fr, 'agencyHeading'), piecesOf(nl, 'agencyHeading'), depth + 1);
    } else pairRow('piece', fr, nl, depth);
  };

  /** The question whose rows are being made (pairRow reads where its file stops). */
  let current: Question | undefined;
  for (const question of document.questions) {
    current = question;
    rows.push({
      kind: 'question',
      label: question.number ? t(locale, 'outline.questionNumbered', { number: question.number }) : t(locale, 'outline.question'),
      fr: null,
      nl: null,
      missing: null,
      depth: 0,
    });
    for (const child of question.node.children) {
      if (child.kind === 'field') {
        const halves = child.children.filter((half) => half.kind === 'fieldHalf');
        pairRow('piece', halves.find((half) => half.lang === 'fr') ?? null, halves.find((half) => half.lang === 'nl') ?? null, 1);
        continue;
      }
      const key = SECTION_KEYS[child.kind as keyof typeof SECTION_KEYS];
      if (!key) continue;
      rows.push({ kind: 'section', label: t(locale, key), fr: null, nl: null, missing: null, depth: 1 });
      const parts = child.children.filter(isPiece);
      for (const field of parts.filter((part) => part.kind === 'field')) {
        const halves = field.children.filter((half) => half.kind === 'fieldHalf');
        pairRow('piece', halves.find((half) => half.lang === 'fr') ?? null, halves.find((half) => half.lang === 'nl') ?? null, 2);
      }
      const columns = child.kind === 'crossReferences' ? (question.crossReferences?.columns ?? []) : [];
      if (columns.length === 2) {
        levelByNumber(columns.find((column) => column.lang === 'fr')?.entries ?? [], columns.find((column) => column.lang === 'nl')?.entries ?? [], 2);
        continue;
      }
      const fr = parts.find((part) => part.kind !== 'field' && part.lang === 'fr') ?? null;
      const nl = parts.find((part) => part.kind !== 'field' && part.lang === 'nl') ?? null;
      merge(piecesOf(fr), piecesOf(nl), 2);
    }
  }
  return rows;
}
