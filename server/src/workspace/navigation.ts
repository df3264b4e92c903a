/**
 * Navigation across question files, in plain data: document links on question numbers, the
 * definition of a number, workspace symbols, completion of a number after a reference's words,
 * and the code lens above each question. Pure: the model of the open document and the index.
 */
import { answerTiming } from '../model/deadlines.js';
import { isClosingLabel, referenceRelation } from '../model/labels.js';
import type { Lang } from '../model/language.js';
import { allCrossReferences, type ParsedDocument, type Question } from '../model/nodes.js';
import { foldForMatching, type Position, type Range } from '../model/text.js';
import { t, type Locale } from '../l10n/index.js';
import type { QuestionLocation, WorkspaceIndex } from './index.js';

export interface DocumentLink {
  readonly range: Range;
  readonly target: string;
  readonly tooltip: string;
}

/**
 * The Senate's page of a question, in a language: "5-8916" is question 8916 of the fifth
 * legislature. The server never fetches it; a link is the user's to open.
 */
export function senateUrl(number: string, lang: Lang): string | null {
  const match = /^(\d{1,2})-(\d{1,5})$/.exec(number);
  return match ? `https://www.senate.be/www/?MIval=Vragen/SchriftelijkeVraag&LEG=${match[1]}&NR=${match[2]}&LANG=${lang}` : null;
}

/** A file's address opened at a line, as editors read a #L fragment. */
export function atLine(uri: string, range: Range): string {
  return `${uri}#L${range.start.line + 1}`;
}

/** The range of `number` written inside [start, end) of the text, the last occurrence (a reference ends with its number). */
function numberRange(document: ParsedDocument, start: number, end: number, number: string): Range | null {
  const at = document.text.lastIndexOf(number, end - number.length);
  return at >= start ? document.lineIndex.rangeOf(at, at + number.length) : null;
}

/**
 * Links on every question number of a cross-reference (to the file of the workspace that holds
 * that question, else to its Senate page in the column's language) and on the question's own
 * number line (its Senate page, in each half's language).
 */
export function documentLinks(document: ParsedDocument, uri: string, index: WorkspaceIndex, locale: Locale): DocumentLink[] {
  const links: DocumentLink[] = [];
  for (const question of document.questions) {
    for (const column of question.crossReferences?.columns ?? []) {
      for (const reference of column.entries) {
        const range = numberRange(document, reference.node.start, reference.node.end, reference.number);
        if (!range) continue;
        const file = index.questionsNumbered(reference.number).find((place) => place.uri !== uri) ?? index.questionsNumbered(reference.number)[0];
        if (file) links.push({ range, target: atLine(file.uri, file.range), tooltip: t(locale, 'links.file', { number: reference.number }) });
        else {
          const url = senateUrl(reference.number, column.lang);
          if (url) links.push({ range, target: url, tooltip: t(locale, 'links.senate', { number: reference.number, lang: column.lang }) });
        }
      }
    }
    const number = question.number;
    const field = question.fields.number;
    if (!number || !field) continue;
    for (const lang of ['fr', 'nl'] as const) {
      const half = field[lang];
      const url = senateUrl(number, lang);
      const range = half ? numberRange(document, half.start, half.end, number) : null;
      if (range && url) links.push({ range, target: url, tooltip: t(locale, 'links.senate', { number, lang }) });
    }
  }
  return links.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}

export interface WorkspaceSymbol {
  readonly name: string;
  readonly detail: string;
  readonly uri: string;
  readonly range: Range;
}

const SYMBOL_LIMIT = 500;

/** What a query is matched against, folded once a question (a folder of 10,000 is searched on every keystroke). */
const haystacks = new WeakMap<QuestionLocation, string>();
function haystackOf(question: QuestionLocation): string {
  let found = haystacks.get(question);
  if (found === undefined) haystacks.set(question, (found = foldForMatching(`${question.number} ${question.title.fr ?? ''} ${question.title.nl ?? ''} ${question.author ?? ''}`)));
  return found;
}

/** The question's title in the reader's language when the page has it, else the other's. */
function titleOf(question: QuestionLocation, locale: Locale): string {
  const first: Lang = locale === 'nl' ? 'nl' : 'fr';
  return question.title[first] ?? question.title[first === 'fr' ? 'nl' : 'fr'] ?? '';
}

/**
 * The questions whose number, title (either language) or author hold every word of the query,
 * case and accents aside: a number's match first, then by number.
 */
export function workspaceSymbols(index: WorkspaceIndex, query: string, locale: Locale): WorkspaceSymbol[] {
  const words = foldForMatching(query).split(/\s+/).filter(Boolean);
  const found: { symbol: WorkspaceSymbol; number: readonly number[]; byNumber: boolean }[] = [];
  for (const [, entries] of index.entries()) {
    for (const question of entries.questions) {
      const haystack = haystackOf(question);
      if (!words.every((word) => haystack.includes(word))) continue;
      const title = titleOf(question, locale);
      found.push({
        symbol: { name: title ? `${question.number} ${title}` : question.number, detail: question.author ?? '', uri: question.uri, range: question.range },
        number: question.number.split('-').map(Number),
        byNumber: words.length > 0 && words.every((word) => question.number.includes(word)),
      });
    }
  }
  found.sort((a, b) => {
    if (a.byNumber !== b.byNumber) return a.byNumber ? -1 : 1;
    return (a.number[0] ?? 0) - (b.number[0] ?? 0) || (a.number[1] ?? 0) - (b.number[1] ?? 0) || a.symbol.uri.localeCompare(b.symbol.uri);
  });
  return found.slice(0, SYMBOL_LIMIT).map((entry) => entry.symbol);
}

export interface CompletionItem {
  readonly label: string;
  readonly detail: string;
  readonly documentation: string;
  /** The characters the item replaces: the number typed so far. */
  readonly range: Range;
}

/** The words after which a question number comes: "vraag", "question écrite", "Ook gesteld aan :", "Aussi posée à :" and the other relations. */
const BEFORE_NUMBER =
  /(?:\bvraag|\bquestion(?: écrite)?|\bschriftelijke vraag|\bvraag om uitleg|\bdemande d'explications|\bOok gesteld aan ?:?|\bAussi posée à ?:?|\bHeringediend als ?:?|\bHerindiening van ?:?|\bRéintroduite comme ?:?|\bRéintroduction de ?:?|\bn°|\bnr\.)\s+([0-9-]*)$/i;
const COMPLETION_LIMIT = 100;

/** The workspace's question numbers that begin with what is typed after a reference's words, with their titles. */
export function completeNumber(document: ParsedDocument, position: Position, index: WorkspaceIndex, locale: Locale): { items: CompletionItem[]; incomplete: boolean } | null {
  if (position.line < 0 || position.line >= document.lineIndex.lineCount) return null;
  const lineStart = document.lineIndex.offsetAt({ line: position.line, character: 0 });
  const offset = document.lineIndex.offsetAt(position);
  const before = document.text.slice(lineStart, offset);
  const match = BEFORE_NUMBER.exec(before);
  if (!match) return null;
  const typed = match[1] ?? '';
  const range = { start: { line: position.line, character: position.character - typed.length }, end: position };
  const items: CompletionItem[] = [];
  let total = 0;
  const seen = new Set<string>();
  for (const [, entries] of index.entries()) {
    for (const question of entries.questions) {
      if (!question.number.startsWith(typed) || seen.has(question.number)) continue;
      seen.add(question.number);
      total++;
      if (items.length < COMPLETION_LIMIT)
        items.push({
          label: question.number,
          detail: titleOf(question, locale),
          documentation: [question.author, statusWords(question, locale)].filter(Boolean).join(' · '),
          range,
        });
    }
  }
  items.sort((a, b) => a.label.localeCompare(b.label, 'en', { numeric: true }));
  return { items, incomplete: total > items.length };
}

function statusWords(question: QuestionLocation, locale: Locale): string {
  const status = question.status;
  if (status.kind === 'answered') return status.on ? t(locale, 'lens.answeredOn', { date: status.on }) : t(locale, 'lens.answered');
  return t(locale, status.kind === 'closed' ? 'lens.closed' : 'lens.open');
}

export interface CodeLens {
  readonly range: Range;
  readonly title: string;
}

/** What the page says of its own fate: answered on a day in N working days, closed, lapsed with the legislature, or open. */
function fate(question: Question, deadlineWorkingDays: number, locale: Locale): string {
  const timing = answerTiming(question, deadlineWorkingDays);
  if (question.answerRecordedOn || question.answer) {
    if (timing?.answeredOn && timing.answeredOnWorkingDay !== null)
      return t(locale, 'lens.answeredIn', { date: timing.answeredOn, days: timing.answeredOnWorkingDay, late: timing.answeredOn > timing.deadline ? 'late' : 'in-time' });
    return t(locale, 'lens.answered');
  }
  if (question.closedWithoutAnswer) {
    const lapsed = (question.timeline?.columns ?? []).some((column) =>
      column.entries.some((event) => isClosingLabel(event.label) && /legislature|zittingsperiode/.test(foldForMatching(event.label))),
    );
    return t(locale, lapsed ? 'lens.lapsed' : 'lens.closed');
  }
  return t(locale, 'lens.open');
}

/** Above each question: its fate, and how many of the questions it was also asked as are answered, open, or not in the workspace. */
export function codeLenses(document: ParsedDocument, index: WorkspaceIndex, deadlineWorkingDays: number, locale: Locale): CodeLens[] {
  return document.questions.map((question) => {
    const anchor = question.fields.banner ?? question.fields.number ?? question.fields.questionHeading;
    const line = (anchor?.node ?? question.node).range.start.line;
    const siblings = [
      ...new Set(
        allCrossReferences(question)
          .filter((reference) => referenceRelation(reference.label) === 'also-asked')
          .map((reference) => reference.number),
      ),
    ].filter((number) => number !== question.number);
    const counts = { answered: 0, open: 0, absent: 0 };
    for (const number of siblings) {
      const held = index.questionsNumbered(number)[0];
      if (!held) counts.absent++;
      else if (held.status.kind === 'answered') counts.answered++;
      else counts.open++;
    }
    const parts = [fate(question, deadlineWorkingDays, locale)];
    if (siblings.length > 0) parts.push(t(locale, 'lens.siblings', { count: siblings.length, ...counts }));
    return { range: { start: { line, character: 0 }, end: { line, character: 0 } }, title: parts.join(' · ') };
  });
}
