/** Hover: the counterpart-language text of the piece under the cursor. */
import { answerTiming, isoOf } from '../model/deadlines.js';
import { LANGUAGE_NAMES, otherLang } from '../model/language.js';
import { describeLayout } from '../model/layout.js';
import { pathAt, pieceAt } from '../model/lookup.js';
import { FIELD_KEYS, NODE_KINDS } from '../model/names.js';
import { languageName, render, t, type Locale } from '../l10n/index.js';
import type { Node, ParsedDocument } from '../model/nodes.js';
import { normalizeSpace, type Range } from '../model/text.js';

export interface HoverResult {
  /** Markdown. */
  contents: string;
  range: Range;
}

/** Long counterparts (a whole answer) are cut: a hover is a glance, the outline is for reading. */
const MAX_HOVER_TEXT = 1500;

/** Text shown as plain Markdown text, never as markup: a clerk's "*" or "#" stays what it is. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!<>|~]/g, (char) => `\\${char}`);
}

function pieceName(node: Node, locale: Locale): string {
  if (node.kind === 'fieldHalf' && node.field) return t(locale, FIELD_KEYS[node.field]);
  if (node.number !== undefined && node.kind === 'questionItem') return t(locale, 'kind.questionItemNumbered', { n: node.number });
  if (node.number !== undefined && node.kind === 'answerItem') return t(locale, 'kind.answerItemNumbered', { n: node.number });
  return t(locale, NODE_KINDS[node.kind].name);
}

function isQuestionOrAnswer(path: readonly Node[]): boolean {
  return path.some((node) => node.kind === 'questionText' || node.kind === 'answer');
}

/**
 * Over the question number or heading: what the question is, in which layout the page is, and what
 * the timeline says of its answer.
 */
function questionHover(document: ParsedDocument, path: readonly Node[], locale: Locale): HoverResult | null {
  const field = path.find((node) => node.kind === 'field' && (node.field === 'number' || node.field === 'questionHeading'));
  const question = document.questions.find((candidate) => candidate.node === path[1]);
  if (!field || !question) return null;
  const facts = [render(locale, describeLayout(document.layout))];
  if (question.originalLanguage) facts.push(t(locale, 'hover.askedIn', { lang: question.originalLanguage }));
  if (question.answerRecordedOn) facts.push(t(locale, 'hover.answerRecorded', { date: isoOf(question.answerRecordedOn) ?? question.answerRecordedOn }));
  else if (question.closedWithoutAnswer) facts.push(t(locale, 'hover.closed'));
  const title = question.number ? t(locale, 'hover.question', { number: question.number }) : t(locale, 'hover.questionUnnumbered');
  return { contents: `**${escapeMarkdown(title)}** — ${escapeMarkdown(facts.join('; '))}`, range: field.range };
}

/** On the timeline: when the answer was due and on which working day it came. */
function timingHover(document: ParsedDocument, path: readonly Node[], deadlineWorkingDays: number, locale: Locale): HoverResult | null {
  const timeline = path.find((node) => node.kind === 'timeline');
  const question = document.questions.find((candidate) => candidate.node === path[1]);
  if (!timeline || !question) return null;
  const timing = answerTiming(question, deadlineWorkingDays);
  if (!timing) return null;
  const due = timing.deadlinePrinted ? t(locale, 'hover.duePrinted') : t(locale, 'hover.dueComputed', { days: deadlineWorkingDays, sent: timing.sentOn });
  let answered = t(locale, 'hover.noAnswer');
  if (timing.answer && timing.answeredOn && timing.answeredOnWorkingDay !== null) {
    const late = timing.answeredOn > timing.deadline;
    answered = t(locale, late ? 'hover.answeredLate' : 'hover.answered', { date: timing.answeredOn, nth: timing.answeredOnWorkingDay });
  }
  const text = t(locale, 'hover.timing', { deadline: timing.deadline, due, answered });
  return { contents: `**${t(locale, 'hover.deadline')}** ${escapeMarkdown(text)}`, range: timeline.range };
}

/** The hover at an offset; with the document's URI, the counterpart's line is a link to it. */
export function hoverAt(document: ParsedDocument, offset: number, deadlineWorkingDays = 20, uri?: string, locale: Locale = 'en'): HoverResult | null {
  // One walk down the tree serves every answer.
  const path = pathAt(document, offset);
  const parts = [questionHover(document, path, locale), timingHover(document, path, deadlineWorkingDays, locale), pieceHover(document, offset, path, locale, uri)].filter(
    (part): part is HoverResult => part !== null,
  );
  if (parts.length === 0) return null;
  return { contents: parts.map((part) => part.contents).join('\n\n---\n\n'), range: (parts[parts.length - 1] as HoverResult).range };
}

function pieceHover(document: ParsedDocument, offset: number, pathToOffset: readonly Node[], locale: Locale, uri?: string): HoverResult | null {
  const found = pieceAt(document, offset, pathToOffset);
  const pieceLang = found?.piece.lang;
  if (!found || !pieceLang) return null;
  const { piece, counterpart, path, question } = found;
  // A missing counterpart is a diagnostic's to say (missing-counterpart, missing-answer), and the
  // editor shows it in this same hover: saying it twice is noise.
  if (!counterpart) return null;
  const counterpartLang = counterpart.lang ?? otherLang(pieceLang);
  let status = '';
  if (question?.originalLanguage && isQuestionOrAnswer(path)) status = ` · ${t(locale, question.originalLanguage === counterpartLang ? 'hover.original' : 'hover.translation')}`;
  const raw = normalizeSpace(document.text.slice(counterpart.start, counterpart.end));
  const shown = raw.length > MAX_HOVER_TEXT ? `${raw.slice(0, MAX_HOVER_TEXT)}…` : raw;
  const line = counterpart.range.start.line + 1;
  // With the document's address, "line 165" is a link that goes there (the #L fragment editors open at).
  // The catalogue's words are shown as they are: they hold no markup.
  const lineWords = t(locale, 'hover.line', { line });
  const where = uri ? `[${lineWords}](${uri.replace(/\(/g, '%28').replace(/\)/g, '%29')}#L${line})` : lineWords;
  return {
    contents: `**${LANGUAGE_NAMES[counterpartLang].own}** (${languageName(locale, counterpartLang)}${status}) — ${pieceName(counterpart, locale)}, ${where}\n\n${escapeMarkdown(shown)}`,
    range: piece.range,
  };
}

/** A hover's Markdown as plain text, for a client that cannot show Markdown: no bold, no escapes. */
export function plainTextOf(markdown: string): string {
  return markdown
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\*\*/g, '')
    .replace(/\\(.)/g, '$1');
}
