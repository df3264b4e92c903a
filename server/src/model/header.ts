/**
 * The header of a question: banner, session, date, number, author, addressee, title,
 * descriptors, timeline and cross-references, everything above the question heading.
 */
import {
  BANNER_FR,
  BANNER_NL,
  DEADLINE,
  LONG_DATE,
  NUMBER_FR,
  NUMBER_NL,
  SESSION_FR,
  SESSION_NL,
  TIMELINE_EVENT,
  TRAILING_DEADLINE,
  firstQuestionNumber,
  tableRowCells,
  trimCell,
  parseReferenceLine,
  type ClassifiedLine,
} from './lines.js';
import { frenchThenDutchSplit, languageEvidence, POSITION_CONFIDENCE, round2, wordEvidence, type Lang, type LanguageGuess } from './language.js';
import { monthLanguage, referenceLabelLanguage, timelineLabelLanguage } from './labels.js';
import type { BilingualField, Column, CrossReference, FieldName, Node, TimelineEvent } from './nodes.js';
import { building, container, leaf, withoutOverlaps, type UnderConstruction } from './tree.js';
import type { Layout } from './layout.js';

function half(field: FieldName, lang: Lang, start: number, end: number, basis: LanguageGuess['basis'] = 'position', confidence = 1): Node {
  return leaf('fieldHalf', start, end, { field, lang, language: { lang, basis, confidence } });
}

function makeField(field: FieldName, fr: Node | null, nl: Node | null): BilingualField {
  const halves = [fr, nl].filter((node): node is Node => node !== null);
  return { node: container('field', halves, { field }), fr, nl };
}

/**
 * A one-line bilingual field: the French half from the start of the line, the Dutch half from
 * where `dutchStart` matches. Either half may be missing on a single-language page.
 */
export function splitOneLineField(text: string, line: ClassifiedLine, field: FieldName, frenchStart: RegExp, dutchStart: RegExp): BilingualField {
  const content = line.content;
  const frenchAtStart = frenchStart.test(content);
  const dutchMatch = dutchStart.exec(content);
  const dutchAt = dutchMatch && (dutchMatch.index > 0 || !frenchAtStart) ? dutchMatch.index : -1;
  let fr: Node | null = null;
  let nl: Node | null = null;
  if (dutchAt < 0) {
    fr = half(field, 'fr', line.contentStart, line.contentEnd);
  } else {
    if (dutchAt > 0) {
      const [start, end] = trimCell(text, line.contentStart, line.contentStart + dutchAt);
      fr = half(field, 'fr', start, end);
    }
    nl = half(field, 'nl', line.contentStart + dutchAt, line.contentEnd);
  }
  return makeField(field, fr, nl);
}

/** "30 avril 2013 30 april 2013": the month names tell which half is which. */
function splitDateLine(line: ClassifiedLine): BilingualField {
  const halves: Node[] = [];
  LONG_DATE.lastIndex = 0;
  for (let match = LONG_DATE.exec(line.content); match; match = LONG_DATE.exec(line.content)) {
    const month = match[0].split(' ')[1] ?? '';
    const lang = monthLanguage(month) ?? (halves.length === 0 ? 'fr' : 'nl');
    const start = line.contentStart + match.index;
    halves.push(half('date', lang, start, start + match[0].length, 'label'));
  }
  const fr = halves.find((node) => node.lang === 'fr') ?? null;
  const nl = halves.find((node) => node.lang === 'nl' && node !== fr) ?? null;
  return makeField('date', fr, nl);
}

const PEOPLE_PATTERNS: { slot: 'authorFr' | 'authorNl' | 'addresseeFr' | 'addresseeNl'; pattern: RegExp }[] = [
  { slot: 'authorNl', pattern: /^van /i },
  { slot: 'addresseeNl', pattern: /^aan /i },
  { slot: 'authorFr', pattern: /^(de |d['’]|du )/i },
  { slot: 'addresseeFr', pattern: /^(à |a |au |aux )/i },
];
const PEOPLE_ORDER = ['authorFr', 'authorNl', 'addresseeFr', 'addresseeNl'] as const;

// Weights of the cuts below, in points of word evidence (a function word is 2). A title cut that
// leaves one more " - " part on one side costs more than one function word (the two titles have as
// many parts on the sample and on every bilingual real page); a Dutch title starting with a
// capital earns less than one function word. Two descriptor lists of unequal length cost 1.5 per
// line of difference, so that one clear word can move the cut by a line but no further.
const TITLE_PART_MISMATCH = 3;
const TITLE_CAPITAL_START = 1.5;
const DESCRIPTOR_UNEVEN_LISTS = 1.5;
/** A title cut by word evidence is right on every page seen, but it is a cut by evidence: not certain. */
const TITLE_CUT_CONFIDENCE = 0.9;

/**
 * The title line holds the French title and the Dutch title with nothing between them. Each title
 * is " - "-separated parts, usually as many in both, so the cut is a word boundary that leaves as
 * many parts on each side, French words before it and Dutch words after it.
 */
function splitTitle(text: string, line: ClassifiedLine, singleLanguage: Lang | null): BilingualField {
  if (singleLanguage !== null) {
    const only = half('title', singleLanguage, line.contentStart, line.contentEnd);
    return makeField('title', singleLanguage === 'fr' ? only : null, singleLanguage === 'nl' ? only : null);
  }
  // The table copy puts each title in its own cell.
  const cells = tableRowCells(text, line);
  if (cells) {
    const [french, dutch] = cells;
    return makeField('title', french ? half('title', 'fr', french[0], french[1]) : null, dutch ? half('title', 'nl', dutch[0], dutch[1]) : null);
  }
  const words: { start: number; end: number; separator: boolean; evidence: number; capital: boolean }[] = [];
  const wordPattern = /\S+/g;
  for (let match = wordPattern.exec(line.content); match; match = wordPattern.exec(line.content)) {
    const word = match[0];
    const separator = word === '-' || word === '–' || word === '—';
    let evidence = 0;
    if (!separator) for (const part of word.split(/[^A-Za-zÀ-ÖØ-öø-ÿŒœ]+/)) if (part) evidence += wordEvidence(part);
    words.push({ start: match.index, end: match.index + word.length, separator, evidence, capital: /^\p{Lu}/u.test(word) });
  }
  const totalSeparators = words.filter((word) => word.separator).length;
  let best = -Infinity;
  let bestCut = -1;
  let separatorsBefore = 0;
  let frenchSoFar = 0;
  const totalEvidence = words.reduce((sum, word) => sum + word.evidence, 0);
  for (let cut = 1; cut < words.length; cut++) {
    const previous = words[cut - 1];
    const next = words[cut];
    if (!previous || !next) continue;
    if (previous.separator) separatorsBefore++;
    frenchSoFar += previous.evidence;
    if (previous.separator || next.separator) continue;
    const partsBefore = separatorsBefore + 1;
    const partsAfter = totalSeparators - separatorsBefore + 1;
    const score = frenchSoFar - (totalEvidence - frenchSoFar) - TITLE_PART_MISMATCH * Math.abs(partsBefore - partsAfter) + (next.capital ? TITLE_CAPITAL_START : 0);
    if (score > best) {
      best = score;
      bestCut = cut;
    }
  }
  const cutWord = words[bestCut];
  if (!cutWord) {
    const only = half('title', 'fr', line.contentStart, line.contentEnd);
    return makeField('title', only, null);
  }
  const lastFrench = words[bestCut - 1] as (typeof words)[number];
  const fr = half('title', 'fr', line.contentStart, line.contentStart + lastFrench.end, 'text', TITLE_CUT_CONFIDENCE);
  const nl = half('title', 'nl', line.contentStart + cutWord.start, line.contentEnd, 'text', TITLE_CUT_CONFIDENCE);
  return makeField('title', fr, nl);
}

export interface HeaderResult {
  fields: Partial<Record<FieldName, BilingualField>>;
  descriptors: { node: Node; fr: Node[]; nl: Node[] } | null;
  timeline: { node: Node; columns: Column<TimelineEvent>[] } | null;
  crossReferences: { node: Node; columns: Column<CrossReference>[] } | null;
  /** What the layout prints around the fields: rules, the web view's links and "Chronologie". */
  furniture: Node[];
  number: string | null;
}

type HeaderState = 'top' | 'people' | 'title' | 'descriptors' | 'columns';

/**
 * Walks the header lines once. The rules between the zones move the walk from one zone to the
 * next; lines with a fixed shape (session, date, timeline, references) are recognised wherever
 * they stand, so a missing zone does not derail the rest.
 */
export function parseHeader(text: string, lines: readonly ClassifiedLine[], pageLanguages: Set<Lang>, layout: Layout): HeaderResult {
  const singleLanguage = pageLanguages.size === 1 ? ([...pageLanguages][0] as Lang) : null;
  // Author and addressee: one line each per language.
  const peopleLines = singleLanguage ? 2 : 4;
  const fields: HeaderResult['fields'] = {};
  const furniture: Node[] = [];
  const people: ClassifiedLine[] = [];
  const descriptorLines: ClassifiedLine[] = [];
  const timelineLines: ClassifiedLine[] = [];
  const referenceLines: ClassifiedLine[] = [];
  let state: HeaderState = 'top';
  let number: string | null = null;

  for (const line of lines) {
    // In the table copy every rule spans both columns: none of them announces the two-column zone.
    const cls = line.cls === 'columnRule' && layout.kind === 'bilingual-table' ? 'rule' : line.cls;
    switch (cls) {
      case 'blank':
        continue;
      case 'rule':
        furniture.push(leaf('rule', line.contentStart, line.contentEnd));
        if (state === 'people') state = 'title';
        // The rule after the title zone leads to the descriptors, even when the title line is missing.
        else if (state === 'title') state = 'descriptors';
        continue;
      case 'columnRule':
        furniture.push(leaf('rule', line.contentStart, line.contentEnd));
        state = 'columns';
        continue;
      case 'navigation':
        furniture.push(leaf('navigation', line.contentStart, line.contentEnd));
        continue;
      case 'timelineHeading':
        furniture.push(leaf('timelineHeading', line.contentStart, line.contentEnd));
        state = 'columns';
        continue;
      case 'banner':
        if (!fields.banner) fields.banner = splitOneLineField(text, line, 'banner', BANNER_FR, BANNER_NL);
        continue;
      case 'session':
        if (!fields.session) fields.session = splitOneLineField(text, line, 'session', SESSION_FR, SESSION_NL);
        continue;
      case 'date':
        if (!fields.date && state === 'top') {
          fields.date = splitDateLine(line);
          continue;
        }
        break;
      case 'number':
        if (!fields.number) {
          fields.number = splitOneLineField(text, line, 'number', NUMBER_FR, NUMBER_NL);
          number = firstQuestionNumber(line.content);
          state = 'people';
          continue;
        }
        break;
      case 'timelineEvent':
      case 'deadline':
        if (state === 'columns' || state === 'descriptors') {
          timelineLines.push(line);
          state = 'columns';
          continue;
        }
        break;
      case 'reference':
        if (state === 'columns' || state === 'descriptors') {
          referenceLines.push(line);
          state = 'columns';
          continue;
        }
        break;
      default:
        break;
    }
    // Free text: its meaning depends on the zone. An author or addressee line where the number
    // line should have led to it (a page whose number line is missing) still opens the people.
    if (state === 'top' && isPeopleLine(line)) state = 'people';
    if (state === 'people' && people.length >= peopleLines && (singleLanguage !== null || !isPeopleLine(line))) {
      // A layout without rules (the web view) goes straight from the addressee to the title.
      state = 'title';
    }
    if (state === 'people') people.push(line);
    else if (state === 'title' && !fields.title) {
      fields.title = splitTitle(text, line, singleLanguage);
      if (!layoutHasRules(layout)) state = 'descriptors';
    } else if (state === 'descriptors') descriptorLines.push(line);
    // Anything else is left out of the tree and becomes an `unrecognized` node.
  }

  Object.assign(fields, parsePeople(people, singleLanguage));
  return {
    fields,
    furniture,
    number,
    descriptors: parseDescriptors(text, descriptorLines, singleLanguage),
    timeline: parseTimeline(timelineLines, singleLanguage),
    crossReferences: parseCrossReferences(referenceLines, singleLanguage),
  };
}

function layoutHasRules(layout: Layout): boolean {
  return layout.kind !== 'web';
}

function isPeopleLine(line: ClassifiedLine): boolean {
  return PEOPLE_PATTERNS.some(({ pattern }) => pattern.test(line.content));
}

function parsePeople(lines: readonly ClassifiedLine[], singleLanguage: Lang | null): Partial<Record<FieldName, BilingualField>> {
  const result: Partial<Record<FieldName, BilingualField>> = {};
  const pieceOf = (line: ClassifiedLine | undefined, field: FieldName, lang: Lang): Node | null => (line ? half(field, lang, line.contentStart, line.contentEnd) : null);
  if (singleLanguage) {
    // One language: the author line is first and the addressee second, whatever their first word
    // (the Dutch printer version writes the author with the French "de").
    const addressee = lines.find((line) => /^(?:à|a|au|aux|aan) /i.test(line.content)) ?? lines[1];
    const author = lines.find((line) => line !== addressee);
    const only = (line: ClassifiedLine | undefined, field: FieldName) => {
      const piece = pieceOf(line, field, singleLanguage);
      return piece ? makeField(field, singleLanguage === 'fr' ? piece : null, singleLanguage === 'nl' ? piece : null) : null;
    };
    const authorField = only(author, 'author');
    const addresseeField = only(addressee, 'addressee');
    if (authorField) result.author = authorField;
    if (addresseeField) result.addressee = addresseeField;
    return result;
  }
  const slots: Partial<Record<(typeof PEOPLE_ORDER)[number], ClassifiedLine>> = {};
  const unplaced: ClassifiedLine[] = [];
  for (const line of lines) {
    const slot = PEOPLE_PATTERNS.find(({ slot, pattern }) => !slots[slot] && pattern.test(line.content))?.slot;
    if (slot) slots[slot] = line;
    else unplaced.push(line);
  }
  // Lines whose first word is mangled or unusual take the first free slot in page order.
  for (const line of unplaced) {
    const slot = PEOPLE_ORDER.find((candidate) => !slots[candidate]);
    if (slot) slots[slot] = line;
  }
  if (slots.authorFr || slots.authorNl) result.author = makeField('author', pieceOf(slots.authorFr, 'author', 'fr'), pieceOf(slots.authorNl, 'author', 'nl'));
  if (slots.addresseeFr || slots.addresseeNl)
    result.addressee = makeField('addressee', pieceOf(slots.addresseeFr, 'addressee', 'fr'), pieceOf(slots.addresseeNl, 'addressee', 'nl'));
  return result;
}

/**
 * Descriptors: the French list then the Dutch list, normally of the same length. The cut is at the
 * middle unless the words say clearly otherwise (lists of different lengths).
 */
function parseDescriptors(text: string, lines: readonly ClassifiedLine[], singleLanguage: Lang | null): HeaderResult['descriptors'] {
  if (lines.length === 0) return null;
  const evidence = lines.map((line) => languageEvidence(text, line.contentStart, line.contentEnd));
  let cut: number;
  if (singleLanguage !== null) {
    cut = singleLanguage === 'fr' ? lines.length : 0;
  } else {
    let best = -Infinity;
    cut = 0;
    const total = evidence.reduce((sum, value) => sum + value, 0);
    let before = 0;
    for (let k = 0; k <= lines.length; k++) {
      if (k > 0) before += evidence[k - 1] as number;
      const score = before - (total - before) - DESCRIPTOR_UNEVEN_LISTS * Math.abs(2 * k - lines.length);
      // On a tie the longer French list wins: words with no evidence ("accident de transport") stay on the left.
      if (score >= best) {
        best = score;
        cut = k;
      }
    }
  }
  const descriptor = (line: ClassifiedLine, index: number, lang: Lang): Node => {
    const own = evidence[index] as number;
    const agrees = lang === 'fr' ? own > 0 : own < 0;
    return leaf('descriptor', line.contentStart, line.contentEnd, {
      lang,
      language: { lang, basis: agrees ? 'text' : 'position', confidence: agrees ? Math.min(1, round2(POSITION_CONFIDENCE + Math.abs(own) / 10)) : POSITION_CONFIDENCE },
    });
  };
  const fr = lines.slice(0, cut).map((line, i) => descriptor(line, i, 'fr'));
  const nl = lines.slice(cut).map((line, i) => descriptor(line, cut + i, 'nl'));
  const lists = [fr, nl]
    .map((list, i) => (list.length > 0 ? container('descriptorList', list, { lang: i === 0 ? 'fr' : 'nl' }) : null))
    .filter((node): node is Node => node !== null);
  return { node: container('descriptors', lists), fr, nl };
}

function parseTimeline(lines: readonly ClassifiedLine[], singleLanguage: Lang | null): HeaderResult['timeline'] {
  const events: UnderConstruction<TimelineEvent>[] = [];
  for (const line of lines) {
    const deadline = line.cls === 'deadline' ? DEADLINE.exec(line.content) : null;
    const last = events[events.length - 1];
    if (deadline && last) {
      // "(Einde van de antwoordtermijn: …)" belongs to the sending date above it.
      last.deadline = deadline[2] ?? null;
      last.node = leaf('timelineEvent', last.node.start, line.contentEnd);
      continue;
    }
    const match = TIMELINE_EVENT.exec(line.content);
    const date = match?.[1] ?? deadline?.[2] ?? '';
    let label = match?.[2]?.trim() ?? deadline?.[1] ?? line.content;
    // The web view prints the deadline on the sending date's line.
    const trailing = match ? TRAILING_DEADLINE.exec(label) : null;
    if (trailing && trailing.index > 0) label = label.slice(0, trailing.index);
    events.push({
      node: leaf('timelineEvent', line.contentStart, line.contentEnd),
      date,
      label,
      labelLanguage: timelineLabelLanguage(label),
      deadline: trailing?.[2] ?? null,
    });
  }
  if (events.length === 0) return null;
  const cut = columnCut(
    events.map((event) => event.date),
    events.map((event) => event.labelLanguage),
    singleLanguage,
  );
  const columns = makeColumns(events, cut, singleLanguage, 'timelineColumn');
  return { node: container('timeline', withoutOverlaps(columns.map((column) => column.node))), columns };
}

function parseCrossReferences(lines: readonly ClassifiedLine[], singleLanguage: Lang | null): HeaderResult['crossReferences'] {
  const references: CrossReference[] = [];
  let twoPerLine = lines.length > 0;
  for (const line of lines) {
    const matches = line.references ?? parseReferenceLine(line.content) ?? [];
    if (matches.length !== 2) twoPerLine = false;
    for (const match of matches) {
      references.push({
        node: leaf('crossReference', line.contentStart + match.start, line.contentStart + match.end),
        label: match.label,
        kind: match.kind,
        number: match.number,
        labelLanguage: referenceLabelLanguage(match.label, match.kind),
      });
    }
  }
  if (references.length === 0) return null;
  let columns: Column<CrossReference>[];
  if (twoPerLine && singleLanguage === null) {
    // Both columns on one line: the left reference of every line is the French column's.
    const left = references.filter((_, i) => i % 2 === 0);
    const right = references.filter((_, i) => i % 2 === 1);
    columns = [makeColumn(left, 'fr', 'referenceColumn'), makeColumn(right, 'nl', 'referenceColumn')];
  } else {
    const cut = columnCut(
      references.map((reference) => reference.number),
      references.map((reference) => reference.labelLanguage),
      singleLanguage,
    );
    columns = makeColumns(references, cut, singleLanguage, 'referenceColumn');
  }
  return { node: container('crossReferences', withoutOverlaps(columns.map((column) => column.node))), columns };
}

/**
 * Where the page's right (Dutch) column starts in a list printed as two columns one after the
 * other. First, a switch of label language; failing that (both columns in one language, as in
 * the sample), the cut that the most keys (dates, numbers) stand on both sides of: the right
 * column repeats the left one. null means one column.
 */
function columnCut(keys: readonly string[], labels: readonly LanguageGuess[], singleLanguage: Lang | null): number | null {
  if (singleLanguage !== null || keys.length < 2) return null;
  const evidence = labels.map((guess) => (guess.lang === 'fr' ? 1 : -1) * guess.confidence);
  const switchAt = frenchThenDutchSplit(evidence);
  if (switchAt > 0 && switchAt < keys.length) return switchAt;
  // A key stands on both sides of cut k when its first place is before k and its last at or after
  // k: one sweep over a difference array counts that for every k at once.
  const first = new Map<string, number>();
  const last = new Map<string, number>();
  keys.forEach((key, i) => {
    if (!first.has(key)) first.set(key, i);
    last.set(key, i);
  });
  const delta = new Int32Array(keys.length + 2);
  for (const [key, start] of first) {
    const end = last.get(key) as number;
    if (end > start) {
      delta[start + 1] = (delta[start + 1] as number) + 1;
      delta[end + 1] = (delta[end + 1] as number) - 1;
    }
  }
  let best = 0;
  let bestCut: number | null = null;
  let shared = 0;
  for (let k = 1; k < keys.length; k++) {
    shared += delta[k] as number;
    const closerToMiddle = bestCut !== null && Math.abs(2 * k - keys.length) < Math.abs(2 * bestCut - keys.length);
    if (shared > best || (shared === best && shared > 0 && closerToMiddle)) {
      best = shared;
      bestCut = k;
    }
  }
  // Two columns only when the right one repeats at least half of the shorter side.
  if (bestCut === null || best * 2 < Math.min(bestCut, keys.length - bestCut)) return null;
  return bestCut;
}

function makeColumns<T extends { node: Node; labelLanguage: LanguageGuess }>(
  entries: T[],
  cut: number | null,
  singleLanguage: Lang | null,
  kind: 'timelineColumn' | 'referenceColumn',
): Column<T>[] {
  if (cut === null) {
    // One column: on a single-language page it is that language's; otherwise its labels say.
    const frenchLabels = entries.filter((entry) => entry.labelLanguage.lang === 'fr').length;
    const lang: Lang = singleLanguage ?? (frenchLabels * 2 >= entries.length ? 'fr' : 'nl');
    return [makeColumn(entries, lang, kind)];
  }
  return [makeColumn(entries.slice(0, cut), 'fr', kind), makeColumn(entries.slice(cut), 'nl', kind)];
}

const BY_COLUMN: Record<Lang, LanguageGuess> = {
  fr: Object.freeze({ lang: 'fr', confidence: 1, basis: 'position' }),
  nl: Object.freeze({ lang: 'nl', confidence: 1, basis: 'position' }),
};

function makeColumn<T extends { node: Node }>(entries: T[], lang: Lang, kind: 'timelineColumn' | 'referenceColumn'): Column<T> {
  for (const entry of entries) {
    building(entry.node).lang = lang;
    building(entry.node).language = BY_COLUMN[lang];
  }
  return {
    node: container(
      kind,
      entries.map((entry) => entry.node),
      { lang },
    ),
    lang,
    entries,
  };
}
