/**
 * The Bulletin of Questions and Answers: a masthead ("Questions et Réponses", the house, the
 * bulletin's number, the session), then section titles, minister headings and questions, each
 * "Question nº 3-3448 de Mme … du 30 septembre 2005 (N.) :", a title line, the text, and
 * "Réponse : …" with the answer on the same line. One language throughout; numbers of older
 * legislatures carry no legislature ("Question nº 1764").
 */
import { buildAnswerPart, buildQuestionPart, paragraphsOf } from './body.js';
import type { Lang } from './language.js';
import type { Layout } from './layout.js';
import { BULLETIN_ANSWER, BULLETIN_QUESTION_FR, BULLETIN_QUESTION_NL, type ClassifiedLine } from './lines.js';
import type { BilingualField, FieldName, Node, Question } from './nodes.js';
import { finish, makeQuestion } from './question.js';
import type { LineIndex } from './text.js';
import { container, leaf } from './tree.js';

/** Section titles over the questions that were not answered in time: none of them expects an answer. */
const UNANSWERED_SECTION = /niet (?:werd )?geantwoord|pas [^ ]{1,3}t[^ ]{1,3} r[^ ]{1,4}pondu|auxquelles il n/i;
const MASTHEAD_CLASSES = new Set(['masthead', 'banner', 'session', 'legend', 'bulletinSection', 'blank']);
// A minister heading is a name, not a sentence: short, and without a sentence's last mark.
const SENTENCE_END = /[.?!:;]$/;
const MAX_HEADING_LENGTH = 250;

export function parseBulletin(text: string, lines: readonly ClassifiedLine[], layout: Layout, lineIndex: LineIndex): { questions: Question[]; masthead: Node[] } {
  const lang: Lang = layout.lang ?? 'fr';
  const questionAt: number[] = [];
  lines.forEach((line, i) => {
    if (line.cls === 'bulletinQuestion') questionAt.push(i);
  });
  const chunkStarts = questionAt.map((at, k) => headingsBefore(lines, at, k === 0 ? 0 : (questionAt[k - 1] as number) + 2));
  let bodyFrom = chunkStarts[0] ?? lines.length;
  if (questionAt.length === 0) {
    // A page of a bulletin without its questions' headings: the masthead's lines, then text.
    bodyFrom = 0;
    while (bodyFrom < lines.length && MASTHEAD_CLASSES.has((lines[bodyFrom] as ClassifiedLine).cls)) bodyFrom++;
  }
  const masthead = paragraphNodes(text, lines.slice(0, bodyFrom), 'masthead');

  const chunks: { lines: readonly ClassifiedLine[]; questionLine: number }[] = [];
  if (questionAt.length === 0 && bodyFrom < lines.length) chunks.push({ lines: lines.slice(bodyFrom), questionLine: -1 });
  chunkStarts.forEach((start, k) => {
    const end = chunkStarts[k + 1] ?? lines.length;
    chunks.push({ lines: lines.slice(start, end), questionLine: (questionAt[k] as number) - start });
  });

  let unanswered = false;
  for (const line of lines.slice(0, bodyFrom)) if (line.cls === 'bulletinSection') unanswered = UNANSWERED_SECTION.test(line.content);
  const questions: Question[] = [];
  chunks.forEach((chunk, k) => {
    for (const line of chunk.lines.slice(0, Math.max(0, chunk.questionLine))) {
      if (line.cls === 'bulletinSection') unanswered = UNANSWERED_SECTION.test(line.content);
    }
    const lastInFile = k === chunks.length - 1;
    const question = parseBulletinQuestion(text, chunk.lines, chunk.questionLine, lang, unanswered, lastInFile);
    if (!question) return;
    finish(question, text, lineIndex);
    questions.push(question);
  });
  return { questions, masthead };
}

/**
 * Where the chunk of the question at line `at` starts: at the minister heading and section title
 * printed right above it, if any (at most two paragraphs, never reaching back past `floor`).
 */
function headingsBefore(lines: readonly ClassifiedLine[], at: number, floor: number): number {
  let start = at;
  for (let taken = 0; taken < 2; taken++) {
    let end = start - 1;
    while (end >= floor && (lines[end] as ClassifiedLine).cls === 'blank') end--;
    if (end < floor) break;
    let first = end;
    while (first - 1 >= floor && (lines[first - 1] as ClassifiedLine).cls !== 'blank') first--;
    const paragraph = lines.slice(first, end + 1);
    const length = paragraph.reduce((sum, line) => sum + line.content.length, 0);
    const isHeading =
      paragraph.every((line) => line.cls === 'bulletinSection') ||
      (paragraph.length <= 3 && length <= MAX_HEADING_LENGTH && paragraph.every((line) => line.cls === 'text') && !SENTENCE_END.test((lines[end] as ClassifiedLine).content));
    if (!isHeading) break;
    start = first;
  }
  return start;
}

/** One leaf per paragraph. */
function paragraphNodes(text: string, lines: readonly ClassifiedLine[], kind: 'masthead' | 'ministerHeading'): Node[] {
  return paragraphsOf(text, lines).map((paragraph) => leaf(kind, paragraph.start, paragraph.end));
}

function singleField(field: FieldName, lang: Lang, start: number, end: number): BilingualField {
  const half = leaf('fieldHalf', start, end, { field, lang, language: { lang, basis: 'position', confidence: 1 } });
  return { node: container('field', [half], { field }), fr: lang === 'fr' ? half : null, nl: lang === 'nl' ? half : null };
}

function parseBulletinQuestion(text: string, lines: readonly ClassifiedLine[], questionLine: number, lang: Lang, unanswered: boolean, lastInFile: boolean): Question | null {
  const fields: Partial<Record<FieldName, BilingualField>> = {};
  const furniture: Node[] = [];
  let number: string | null = null;
  let originalLanguage: Lang | null = null;
  let bodyFrom = 0;
  let headingField: BilingualField | null = null;

  if (questionLine >= 0) {
    const above = lines.slice(0, questionLine);
    const sections = above.filter((line) => line.cls === 'bulletinSection' || line.cls === 'legend');
    for (const line of sections) furniture.push(leaf('masthead', line.contentStart, line.contentEnd));
    const ministers = paragraphNodes(
      text,
      above.filter((line) => !sections.includes(line)),
      'ministerHeading',
    );
    const minister = ministers[ministers.length - 1];
    for (const node of ministers) if (node !== minister) furniture.push(node);
    if (minister) fields.addressee = singleField('addressee', lang, minister.start, minister.end);

    const line = lines[questionLine] as ClassifiedLine;
    const match = BULLETIN_QUESTION_FR.exec(line.content) ?? BULLETIN_QUESTION_NL.exec(line.content);
    number = match?.[1] ?? null;
    originalLanguage = match?.[2] === undefined ? null : match[2].toLowerCase() === 'n' ? 'nl' : 'fr';
    headingField = singleField('questionHeading', lang, line.contentStart, line.contentEnd);
    fields.questionHeading = headingField;
    // The title: the lines right under the heading, up to the first blank line.
    let titleEnd = questionLine + 1;
    while (titleEnd < lines.length && (lines[titleEnd] as ClassifiedLine).cls === 'text') titleEnd++;
    const titleLines = lines.slice(questionLine + 1, titleEnd);
    const firstTitle = titleLines[0];
    const lastTitle = titleLines[titleLines.length - 1];
    if (firstTitle && lastTitle) fields.title = singleField('title', lang, firstTitle.contentStart, lastTitle.contentEnd);
    bodyFrom = titleEnd;
  }

  const answerAt = lines.findIndex((line, i) => i >= bodyFrom && line.cls === 'bulletinAnswer');
  const questionPart = buildQuestionPart(text, paragraphsOf(text, lines.slice(bodyFrom, answerAt >= 0 ? answerAt : lines.length), true), lang);
  const questionText =
    headingField || questionPart
      ? {
          node: container('questionText', [
            ...(headingField ? [headingField.node] : []),
            ...(fields.title ? [fields.title.node] : []),
            ...(questionPart ? [questionPart.node] : []),
          ]),
          heading: headingField,
          fr: lang === 'fr' ? questionPart : null,
          nl: lang === 'nl' ? questionPart : null,
        }
      : null;

  let answer: Question['answer'] = null;
  const answerLine = lines[answerAt];
  if (answerLine) {
    // "Réponse : 1. Il n'y avait …": the heading is the label, the answer starts on its line.
    const label = BULLETIN_ANSWER.exec(answerLine.content)?.[0] ?? '';
    const labelEnd = answerLine.contentStart + label.length;
    const heading = singleField('answerHeading', lang, answerLine.contentStart, labelEnd);
    fields.answerHeading = heading;
    let firstStart = labelEnd;
    while (firstStart < answerLine.contentEnd && /\s/.test(text[firstStart] as string)) firstStart++;
    const answerLines: ClassifiedLine[] = [];
    if (firstStart < answerLine.contentEnd) answerLines.push({ ...answerLine, contentStart: firstStart, content: text.slice(firstStart, answerLine.contentEnd) });
    answerLines.push(...lines.slice(answerAt + 1));
    const part = buildAnswerPart(text, paragraphsOf(text, answerLines, true), lang);
    answer = {
      node: container('answer', [heading.node, ...(part ? [part.node] : [])]),
      heading,
      fr: lang === 'fr' ? part : null,
      nl: lang === 'nl' ? part : null,
    };
  }

  // The heading, the title and the answer's label stand inside the question text and the answer.
  const inside = new Set([fields.questionHeading, fields.answerHeading, questionText ? fields.title : undefined]);
  const children = [
    ...Object.values(fields)
      .filter((field) => !inside.has(field))
      .map((field) => field.node),
    ...furniture,
  ];
  if (questionText) children.push(questionText.node);
  if (answer) children.push(answer.node);
  if (children.length === 0) return null;
  const question = makeQuestion(
    { node: container('question', children), number, fields, originalLanguage, descriptors: null, timeline: null, crossReferences: null, questionText, answer },
    text,
    lines,
    lastInFile,
    // The section over it lists the questions not answered in time.
    unanswered,
  );
  return question;
}
