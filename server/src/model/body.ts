/**
 * The question text and the answer: paragraphs separated by blank lines, French then Dutch with
 * no marker between them, numbered items, and in the answer one block per agency.
 */
import { tableRowCells, type ClassifiedLine } from './lines.js';
import { frenchThenDutchSplit, guessFromEvidence, languageEvidence, POSITION_CONFIDENCE, round2, type Lang, type LanguageGuess } from './language.js';
import type { AgencyBlock, AnswerPart, Node, NodeKind, QuestionPart } from './nodes.js';
import { building, container, leaf } from './tree.js';

export interface Paragraph {
  start: number;
  end: number;
  /** Number of lines: agency headings are one line. */
  lineCount: number;
  /** Language evidence of the paragraph's own words: positive means French. */
  evidence: number;
}

/**
 * Runs of non-blank lines. Lines of white space only (NBSP spacers included) separate paragraphs,
 * and so does a line that starts a numbered item. Pages copied from the web keep one paragraph per
 * line (`eachLine`).
 */
export function paragraphsOf(text: string, lines: readonly ClassifiedLine[], eachLine = false): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let current: { start: number; end: number; lineCount: number } | null = null;
  const close = () => {
    if (current) paragraphs.push({ ...current, evidence: languageEvidence(text, current.start, current.end) });
    current = null;
  };
  for (const line of lines) {
    if (line.cls === 'blank') {
      close();
      continue;
    }
    if (current && (eachLine || itemMarkerAt(text, line.contentStart))) close();
    if (current) {
      current.end = line.contentEnd;
      current.lineCount++;
    } else current = { start: line.contentStart, end: line.contentEnd, lineCount: 1 };
  }
  close();
  return paragraphs;
}

/**
 * The bilingual print copied as a table: each row holds the French cell, " | ", the Dutch cell.
 * Every cell is a paragraph; a row with one cell is placed by its words.
 */
export function tableCells(text: string, lines: readonly ClassifiedLine[]): { left: Paragraph[]; right: Paragraph[] } {
  const left: Paragraph[] = [];
  const right: Paragraph[] = [];
  const paragraph = ([start, end]: [number, number]): Paragraph => ({ start, end, lineCount: 1, evidence: languageEvidence(text, start, end) });
  for (const line of lines) {
    if (line.cls === 'blank') continue;
    const cells = tableRowCells(text, line);
    if (!cells) {
      const only = paragraph([line.contentStart, line.contentEnd]);
      (only.evidence < 0 ? right : left).push(only);
      continue;
    }
    const [french, dutch] = cells;
    if (french) left.push(paragraph(french));
    if (dutch) right.push(paragraph(dutch));
  }
  return { left, right };
}

/** Splits paragraphs into the French run and the Dutch run that follows it. */
export function splitByLanguage(paragraphs: readonly Paragraph[]): { fr: Paragraph[]; nl: Paragraph[] } {
  const cut = frenchThenDutchSplit(paragraphs.map((paragraph) => paragraph.evidence));
  return { fr: paragraphs.slice(0, cut), nl: paragraphs.slice(cut) };
}

/**
 * How sure we are of a paragraph's language: its own words when they agree with its place,
 * otherwise its place alone (an agency name such as "Fedasil" says nothing by itself).
 */
function languageOf(paragraph: Paragraph, lang: Lang): LanguageGuess {
  const own = guessFromEvidence(paragraph.evidence);
  if (own.lang === lang && paragraph.evidence !== 0) return own;
  return { lang, basis: 'position', confidence: Math.max(BY_POSITION_FLOOR, round2(POSITION_CONFIDENCE - own.confidence / 2)) };
}

const ITEM_MARKER = /^(?:([0-9]{1,3}) ?([).])|([a-z]) ?\)|([-–—•]))[ \t\u00a0]/;

interface ItemMarker {
  number: number | null; // null for bullets: numbered by position
  marker: string;
  style: string; // ")" or "." or "a)" or "-"
}

function itemMarkerAt(text: string, offset: number): ItemMarker | null {
  // A marker starts with a digit, a lower-case letter or a dash: most paragraphs start otherwise.
  const first = text.charCodeAt(offset);
  const maybe = (first >= 48 && first <= 57) || (first >= 97 && first <= 122) || first === 45 || first === 0x2013 || first === 0x2014 || first === 0x2022;
  if (!maybe) return null;
  const match = ITEM_MARKER.exec(text.slice(offset, offset + 8));
  if (!match) return null;
  if (match[1] !== undefined) return { number: Number(match[1]), marker: match[1] + (match[2] as string), style: match[2] as string };
  if (match[3] !== undefined) return { number: (match[3] as string).charCodeAt(0) - 96, marker: `${match[3]})`, style: 'a)' };
  return { number: null, marker: match[4] as string, style: '-' };
}

interface Segment {
  start: number;
  end: number;
  marker: ItemMarker | null;
}

/**
 * A paragraph may hold several items run together ("1) … ? 2) … ? 3) …"), or an introduction
 * followed by items ("… suivantes : 1) … 2) …"). Items are cut where the next number in sequence
 * follows the end of a sentence; nothing else is cut, so "article 2)" in running text stays whole.
 */
function segmentsOf(text: string, paragraph: Paragraph): Segment[] {
  const first = itemMarkerAt(text, paragraph.start);
  const whole: Segment[] = [{ start: paragraph.start, end: paragraph.end, marker: first }];
  // Bullets and letters always start a paragraph of their own in the pages seen.
  if (first !== null && (first.number === null || first.style === 'a)')) return whole;
  const body = text.slice(paragraph.start, paragraph.end);
  for (const style of first ? [first.style] : [')', '.']) {
    const cuts: { at: number; number: number }[] = [];
    let expected = typeof first?.number === 'number' ? first.number + 1 : 1;
    let searchFrom = 1;
    for (;;) {
      const at = findMarkerAfterSentence(body, `${expected}${style} `, searchFrom);
      if (at < 0) break;
      cuts.push({ at, number: expected });
      expected++;
      searchFrom = at + 2;
    }
    // An introduction counts as holding items only when at least "1)" and "2)" follow it.
    if (cuts.length === 0 || (!first && cuts.length < 2)) continue;
    const segments: Segment[] = [];
    let segmentStart = paragraph.start;
    let marker = first;
    for (const cut of cuts) {
      segments.push({ start: segmentStart, end: trimEnd(text, segmentStart, paragraph.start + cut.at), marker });
      segmentStart = paragraph.start + cut.at;
      marker = { number: cut.number, marker: `${cut.number}${style}`, style };
    }
    segments.push({ start: segmentStart, end: paragraph.end, marker });
    return segments;
  }
  return whole;
}

function findMarkerAfterSentence(body: string, needle: string, from: number): number {
  for (let at = body.indexOf(needle, from); at >= 0; at = body.indexOf(needle, at + 1)) {
    if (/[?.!:;»"][ \t\u00a0]+$/.test(body.slice(Math.max(0, at - 3), at))) return at;
  }
  return -1;
}

function trimEnd(text: string, start: number, end: number): number {
  let result = end;
  while (result > start && /\s/.test(text[result - 1] as string)) result--;
  return result;
}

function itemNode(kind: NodeKind, segment: Segment, bulletIndex: number, lang: Lang, language: LanguageGuess): Node {
  const marker = segment.marker as ItemMarker;
  return leaf(kind, segment.start, segment.end, { lang, language, number: marker.number ?? bulletIndex, marker: marker.marker });
}

/** A paragraph after an item that is no item itself continues that item. */
function extend(item: Node, end: number): void {
  building(item).end = end;
}

export function buildQuestionPart(text: string, paragraphs: readonly Paragraph[], lang: Lang): QuestionPart | null {
  if (paragraphs.length === 0) return null;
  const intro: Node[] = [];
  const items: Node[] = [];
  for (const paragraph of paragraphs) {
    const language = languageOf(paragraph, lang);
    for (const segment of segmentsOf(text, paragraph)) {
      const last = items[items.length - 1];
      if (segment.marker) items.push(itemNode('questionItem', segment, items.length + 1, lang, language));
      else if (last) extend(last, segment.end);
      else intro.push(leaf('introParagraph', segment.start, segment.end, { lang, language }));
    }
  }
  const node = container('questionPart', [...intro, ...items], { lang });
  return { node, lang, intro, items };
}

// The longest agency name on the sample, "Commissariaat-Generaal voor de Vluchtelingen en de
// Staatlozen (CGVS)", is 68 characters and 8 words; the limits leave room for about twice that.
const AGENCY_HEADING_MAX_LENGTH = 160;
const AGENCY_HEADING_MAX_WORDS = 16;

/** A paragraph's place alone says its language with POSITION_CONFIDENCE, less half what its own words say against it, never below this floor. */
const BY_POSITION_FLOOR = 0.1;

/**
 * An agency heading is one short line that reads as a name, not a sentence: no final punctuation,
 * a capital first, a body after it. "Fedasil", "Office des Étrangers (OE)".
 */
function isAgencyHeading(text: string, paragraph: Paragraph, hasFollowingParagraph: boolean): boolean {
  if (!hasFollowingParagraph || paragraph.lineCount !== 1) return false;
  const length = paragraph.end - paragraph.start;
  if (length < 2 || length > AGENCY_HEADING_MAX_LENGTH) return false;
  if (itemMarkerAt(text, paragraph.start)) return false;
  const content = text.slice(paragraph.start, paragraph.end);
  if (/[.:;?!,…]$/.test(content)) return false;
  if (!/^[\p{Lu}0-9]/u.test(content)) return false;
  return content.split(/\s+/).length <= AGENCY_HEADING_MAX_WORDS;
}

export function buildAnswerPart(text: string, paragraphs: readonly Paragraph[], lang: Lang): AnswerPart | null {
  if (paragraphs.length === 0) return null;
  const opening: Node[] = [];
  const looseItems: Node[] = [];
  const blocks: { heading: Node; paragraphs: Node[]; items: Node[] }[] = [];
  paragraphs.forEach((paragraph, index) => {
    const language = languageOf(paragraph, lang);
    if (isAgencyHeading(text, paragraph, index + 1 < paragraphs.length)) {
      blocks.push({ heading: leaf('agencyHeading', paragraph.start, paragraph.end, { lang, language }), paragraphs: [], items: [] });
      return;
    }
    const block = blocks[blocks.length - 1];
    const items = block ? block.items : looseItems;
    for (const segment of segmentsOf(text, paragraph)) {
      const last = items[items.length - 1];
      if (segment.marker) items.push(itemNode('answerItem', segment, items.length + 1, lang, language));
      else if (last) extend(last, segment.end);
      else if (block) block.paragraphs.push(leaf('agencyParagraph', segment.start, segment.end, { lang, language }));
      else opening.push(leaf('openingParagraph', segment.start, segment.end, { lang, language }));
    }
  });
  const agencyBlocks: AgencyBlock[] = blocks.map((block) => ({
    node: container('agencyBlock', [block.heading, ...block.paragraphs, ...block.items], { lang }),
    heading: block.heading,
    name: text.slice(block.heading.start, block.heading.end),
    paragraphs: block.paragraphs,
    items: block.items,
  }));
  const node = container('answerPart', [...opening, ...looseItems, ...agencyBlocks.map((block) => block.node)], { lang });
  return { node, lang, opening, blocks: agencyBlocks, items: looseItems };
}
