/** Hover: the counterpart-language text of the piece under the cursor. */
import { answerTiming, ordinal, timelineDate } from '../model/deadlines.js';
import { LANGUAGE_NAMES, otherLang } from '../model/language.js';
import { describeLayout } from '../model/layout.js';
import { pathAt, pieceAt } from '../model/lookup.js';
import { FIELD_NAMES, NODE_KINDS } from '../model/names.js';
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

function pieceName(node: Node): string {
  if (node.kind === 'fieldHalf' && node.field) return FIELD_NAMES[node.field];
  const name = NODE_KINDS[node.kind].name;
  return node.number !== undefined && (node.kind === 'questionItem' || node.kind === 'answerItem') ? `${name} ${node.number}` : name;
}

function isQuestionOrAnswer(path: readonly Node[]): boolean {
  return path.some((node) => node.kind === 'questionText' || node.kind === 'answer');
}

/**
 * Over the question number or heading: what the question is, in which layout the page is, and what
 * the timeline says of its answer.
 */
function questionHover(document: ParsedDocument, path: readonly Node[]): HoverResult | null {
  const field = path.find((node) => node.kind === 'field' && (node.field === 'number' || node.field === 'questionHeading'));
  const question = document.questions.find((candidate) => candidate.node === path[1]);
  if (!field || !question) return null;
  const facts = [describeLayout(document.layout)];
  if (question.originalLanguage) facts.push(`asked in ${LANGUAGE_NAMES[question.originalLanguage].en}`);
  if (question.answerRecordedOn) facts.push(`answer recorded on ${question.answerRecordedOn}`);
  else if (question.closedWithoutAnswer) facts.push('closed without an answer');
  const title = question.number ? `Question ${question.number}` : 'Question';
  return { contents: `**${escapeMarkdown(title)}** — ${escapeMarkdown(facts.join('; '))}`, range: field.range };
}

/** On the timeline: when the answer was due and on which working day it came. */
function timingHover(document: ParsedDocument, path: readonly Node[], deadlineWorkingDays: number): HoverResult | null {
  const timeline = path.find((node) => node.kind === 'timeline');
  const question = document.questions.find((candidate) => candidate.node === path[1]);
  if (!timeline || !question) return null;
  const timing = answerTiming(question, deadlineWorkingDays);
  if (!timing) return null;
  const due = timing.deadlinePrinted ? 'as the timeline prints it' : `${deadlineWorkingDays} working days after sending on ${timing.sent.date}`;
  let answered = 'no answer recorded';
  if (timing.answer && timing.answeredOnWorkingDay !== null) {
    answered = `answered on ${timing.answer.date}, the ${ordinal(timing.answeredOnWorkingDay)} working day after sending${timing.answeredOn && timing.answeredOn > timing.deadline ? ' (late)' : ''}`;
  }
  return { contents: `**Deadline** ${escapeMarkdown(`${timelineDate(timing.deadline)} (${due}); ${answered}.`)}`, range: timeline.range };
}

/** The hover at an offset; with the document's URI, the counterpart's line is a link to it. */
export function hoverAt(document: ParsedDocument, offset: number, deadlineWorkingDays = 20, uri?: string): HoverResult | null {
  // One walk down the tree serves every answer.
  const path = pathAt(document, offset);
  const parts = [questionHover(document, path), timingHover(document, path, deadlineWorkingDays), pieceHover(document, offset, path, uri)].filter(
    (part): part is HoverResult => part !== null,
  );
  if (parts.length === 0) return null;
  return { contents: parts.map((part) => part.contents).join('\n\n---\n\n'), range: (parts[parts.length - 1] as HoverResult).range };
}

function pieceHover(document: ParsedDocument, offset: number, pathToOffset: readonly Node[], uri?: string): HoverResult | null {
  const found = pieceAt(document, offset, pathToOffset);
  const pieceLang = found?.piece.lang;
  if (!found || !pieceLang) return null;
  const { piece, counterpart, path, question } = found;
  // A missing counterpart is a diagnostic's to say (missing-counterpart, missing-answer), and the
  // editor shows it in this same hover: saying it twice is noise.
  if (!counterpart) return null;
  const counterpartLang = counterpart.lang ?? otherLang(pieceLang);
  let status = '';
  if (question?.originalLanguage && isQuestionOrAnswer(path)) status = question.originalLanguage === counterpartLang ? ' · original' : ' · translation';
  const raw = normalizeSpace(document.text.slice(counterpart.start, counterpart.end));
  const shown = raw.length > MAX_HOVER_TEXT ? `${raw.slice(0, MAX_HOVER_TEXT)}…` : raw;
  const line = counterpart.range.start.line + 1;
  const language = LANGUAGE_NAMES[counterpartLang];
  // With the document's address, "line 165" is a link that goes there (the #L fragment editors open at).
  const where = uri ? `[line ${line}](${uri.replace(/\(/g, '%28').replace(/\)/g, '%29')}#L${line})` : `line ${line}`;
  return {
    contents: `**${language.own}** (${language.en}${status}) — ${pieceName(counterpart)}, ${where}\n\n${escapeMarkdown(shown)}`,
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
