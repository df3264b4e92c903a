/**
 * Text → model. Never throws, whatever the text: a cut-off or mangled file gives the partial
 * model it holds, and whatever is not understood becomes an `unrecognized` node.
 */
import { alignQuestion } from './align.js';
import { parseBulletin } from './bulletin.js';
import { buildAnswerPart, buildQuestionPart, paragraphsOf, splitByLanguage, tableCells, type Paragraph } from './body.js';
import { parseHeader, splitOneLineField } from './header.js';
import { finish, makeQuestion, recordNodes } from './question.js';
import type { Lang } from './language.js';
import { detectLayout, isReadable, type Layout } from './layout.js';
import { ANSWER_HEADING_FR, ANSWER_HEADING_NL, QUESTION_HEADING_FR, QUESTION_HEADING_NL, classifyLines, firstQuestionNumber, type ClassifiedLine } from './lines.js';
import type { BilingualField, Node, ParsedDocument, Question } from './nodes.js';
import { LineIndex } from './text.js';
import { MovedCopier, attachTree, container, finalizeTree, isSyntaxNode, leaf, reattachTree, withoutOverlaps } from './tree.js';

export function parseDocument(text: string): ParsedDocument {
  const lineIndex = new LineIndex(text);
  const lines = classifyLines(text);
  const layout = detectLayout(text, firstQuestionLines(lines));
  if (layout.kind === 'bulletin') {
    const bulletin = parseBulletin(text, lines, layout, lineIndex);
    return assemble(text, lineIndex, bulletin.questions, layout, bulletin.masthead);
  }
  if (!isReadable(layout)) return assemble(text, lineIndex, [], layout);
  return assemble(text, lineIndex, parseQuestions(text, lines, lineIndex, layout), layout);
}

/** The lines a layout is recognised from: those of the first question (up to the second banner). */
export function firstQuestionLines(lines: readonly ClassifiedLine[]): readonly ClassifiedLine[] {
  let banners = 0;
  for (let i = 0; i < lines.length; i++) {
    if ((lines[i] as ClassifiedLine).cls === 'banner' && ++banners === 2) return lines.slice(0, i);
  }
  return lines;
}

/** The questions whose chunks lie in `lines`, each finished (gaps filled, ranges ready). */
function parseQuestions(text: string, lines: readonly ClassifiedLine[], lineIndex: LineIndex, layout: Layout): Question[] {
  const questions: Question[] = [];
  const chunks = questionChunks(lines);
  chunks.forEach((chunk, i) => {
    const lastInFile = i === chunks.length - 1 && (chunk[chunk.length - 1]?.end ?? -1) >= text.length;
    const question = parseQuestion(text, chunk, layout, lastInFile);
    if (!question) return;
    finish(question, text, lineIndex);
    questions.push(question);
  });
  return questions;
}

/** The document around finished questions: the root, the white space and stray text between them. */
function assemble(text: string, lineIndex: LineIndex, questions: Question[], layout: Layout, furniture: readonly Node[] = []): ParsedDocument {
  const children = [...furniture, ...questions.map((question) => question.node)].sort((a, b) => a.start - b.start);
  const root = leaf('document', 0, text.length, { children });
  const unrecognized: Node[] = [];
  finalizeTree(root, text, lineIndex, unrecognized, false);
  for (const node of furniture) attachTree(node, lineIndex);
  for (const question of questions) for (const node of question.unrecognized) unrecognized.push(node);
  unrecognized.sort((a, b) => a.start - b.start);
  return { text, root, questions, unrecognized, lineIndex, layout };
}

/**
 * The model of `text`, an edited version of `previous.text`, re-parsing only the questions the
 * edit touches: in a bulletin of a hundred questions a keystroke re-reads one or two of them. The
 * questions before the edit are kept as they are, those after it are kept and moved. The result
 * is the same as parseDocument(text) (a test compares them on random edits).
 */
export function reparse(previous: ParsedDocument, text: string): ParsedDocument {
  const old = previous.text;
  if (old === text) return previous;
  const questions = previous.questions;
  // Only a file of many banner-led questions is worth re-reading in part; the layout is read from
  // the first question, so an edit there re-reads everything.
  if (questions.length < 3 || previous.layout.kind === 'bulletin') return parseDocument(text);
  const prefix = commonPrefixLength(old, text);
  const suffix = commonSuffixLength(old, text, Math.min(old.length, text.length) - prefix);
  const changeStart = prefix;
  const oldChangeEnd = old.length - suffix;
  const delta = text.length - old.length;

  // A question's territory runs from the start of its first line to the start of the next one's.
  const starts = questions.map((question) => previous.lineIndex.lineStartOf(question.node.start));
  let touchedFirst = -1;
  let touchedLast = -1;
  starts.forEach((start, i) => {
    if (start <= changeStart) touchedFirst = i;
    if (start <= oldChangeEnd) touchedLast = i;
  });
  if (touchedFirst <= 1) return parseDocument(text);
  // One more question before: an edit that breaks a banner merges two questions, as a full parse would.
  const first = Math.max(0, touchedFirst - 1);
  const last = Math.max(touchedLast, first);
  const windowStart = first === 0 ? 0 : (starts[first] as number);
  const windowEnd = last + 1 < questions.length ? (starts[last + 1] as number) + delta : text.length;

  const lineIndex = previous.lineIndex.edited(text, changeStart, oldChangeEnd);
  const before = questions.slice(0, first);
  // Kept as they are, shared by both models: their offsets and ranges do not change.
  for (const question of before) {
    reattachTree(question.node, lineIndex);
    for (const node of recordNodes(question)) reattachTree(node, lineIndex);
  }
  const after = questions.slice(last + 1).map((question) => movedCopy(question, delta, lineIndex));
  const middle = parseQuestions(text, classifyLines(text, windowStart, windowEnd), lineIndex, previous.layout);
  return assemble(text, lineIndex, [...before, ...middle, ...after], previous.layout);
}

/**
 * A question after the edit, moved: a copy of its records and nodes at their new offsets, with
 * the identity of the original (see Question.identity). The original is not touched.
 */
function movedCopy(question: Question, delta: number, lineIndex: LineIndex): Question {
  const copier = new MovedCopier(delta, lineIndex);
  const copy = copyRecord(question, copier) as Question;
  copier.linkCounterparts();
  const cutOff = question.cutOff && { ...question.cutOff, start: question.cutOff.start + delta, end: question.cutOff.end + delta };
  return { ...copy, cutOff, identity: question.identity };
}

/** A deep copy of a question's records in which every node is replaced by its moved copy. */
function copyRecord(value: unknown, copier: MovedCopier): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (isSyntaxNode(value)) return copier.copy(value);
  if (Array.isArray(value)) {
    const copy = new Array<unknown>(value.length);
    for (let i = 0; i < value.length; i++) copy[i] = copyRecord(value[i], copier);
    return copy;
  }
  const copy: Record<string, unknown> = {};
  for (const key in value) copy[key] = copyRecord((value as Record<string, unknown>)[key], copier);
  return copy;
}

const BLOCK = 4096;

/** Length of the common start of a and b; compares blocks natively before characters. */
export function commonPrefixLength(a: string, b: string): number {
  const max = Math.min(a.length, b.length);
  let i = 0;
  while (i + BLOCK <= max && a.slice(i, i + BLOCK) === b.slice(i, i + BLOCK)) i += BLOCK;
  while (i < max && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

/** Length of the common end of a and b, at most `max`. */
export function commonSuffixLength(a: string, b: string, max: number): number {
  let i = 0;
  while (i + BLOCK <= max && a.slice(a.length - i - BLOCK, a.length - i) === b.slice(b.length - i - BLOCK, b.length - i)) i += BLOCK;
  while (i < max && a.charCodeAt(a.length - 1 - i) === b.charCodeAt(b.length - 1 - i)) i++;
  return i;
}

/**
 * A file may hold a whole bulletin: each question starts at its house banner. Text before the
 * first banner is a question too when it has a question's landmarks (a page pasted without its
 * banner); otherwise it is left unrecognized.
 */
export function questionChunks(lines: readonly ClassifiedLine[]): ClassifiedLine[][] {
  const starts: number[] = [];
  lines.forEach((line, index) => {
    if (line.cls === 'banner') starts.push(index);
  });
  const chunks: ClassifiedLine[][] = [];
  const firstStart = starts[0] ?? lines.length;
  const lead = lines.slice(0, firstStart);
  if (lead.some((line) => line.cls === 'number' || line.cls === 'questionHeading' || line.cls === 'answerHeading' || line.cls === 'session')) {
    chunks.push(lead);
  }
  starts.forEach((start, i) => chunks.push(lines.slice(start, starts[i + 1] ?? lines.length)));
  return chunks;
}

function languagesOf(field: BilingualField | null): Set<Lang> {
  const languages = new Set<Lang>();
  if (field?.fr) languages.add('fr');
  if (field?.nl) languages.add('nl');
  return languages;
}

const ORIGINAL_FR = /\(Question pos[^ ]{1,4}e en (n[^ ]{1,4}erlandais|fran[^ ]{1,4}ais)\)/i;
const ORIGINAL_NL = /\(Vraag gesteld in het (Nederlands|Frans)\)/i;

function originalLanguage(content: string): Lang | null {
  const french = ORIGINAL_FR.exec(content);
  if (french) return (french[1] as string).toLowerCase().startsWith('n') ? 'nl' : 'fr';
  const dutch = ORIGINAL_NL.exec(content);
  if (dutch) return (dutch[1] as string).toLowerCase().startsWith('n') ? 'nl' : 'fr';
  return null;
}

function parseQuestion(text: string, lines: ClassifiedLine[], layout: Layout, lastInFile: boolean): Question | null {
  const questionHeadingAt = lines.findIndex((line) => line.cls === 'questionHeading');
  const answerHeadingAt = lines.findIndex((line, i) => line.cls === 'answerHeading' && i > questionHeadingAt);
  const headerEnd = questionHeadingAt >= 0 ? questionHeadingAt : answerHeadingAt >= 0 ? answerHeadingAt : lines.length;
  const questionLine = lines[questionHeadingAt];
  const answerLine = lines[answerHeadingAt];

  const questionHeading = questionLine ? splitOneLineField(text, questionLine, 'questionHeading', QUESTION_HEADING_FR, QUESTION_HEADING_NL) : null;
  const answerHeading = answerLine ? splitOneLineField(text, answerLine, 'answerHeading', ANSWER_HEADING_FR, ANSWER_HEADING_NL) : null;
  const questionLines = questionLine ? lines.slice(questionHeadingAt + 1, answerLine ? answerHeadingAt : lines.length) : [];
  const answerLines = answerLine ? lines.slice(answerHeadingAt + 1) : [];
  const questionParagraphs = byLanguage(text, questionLines, layout);
  const answerParagraphs = byLanguage(text, answerLines, layout);

  // Which languages the page has: its layout says it; failing that the headings; then the text; then both.
  let pageLanguages = layout.lang ? new Set<Lang>([layout.lang]) : languagesOf(questionHeading ?? answerHeading);
  if (pageLanguages.size === 0) {
    for (const lang of ['fr', 'nl'] as const) {
      if (questionParagraphs[lang].length > 0 || answerParagraphs[lang].length > 0) pageLanguages.add(lang);
    }
  }
  if (pageLanguages.size === 0) pageLanguages = new Set(['fr', 'nl']);

  const header = parseHeader(text, lines.slice(0, headerEnd), pageLanguages, layout);
  const questionFr = buildQuestionPart(text, questionParagraphs.fr, 'fr');
  const questionNl = buildQuestionPart(text, questionParagraphs.nl, 'nl');
  const answerFr = buildAnswerPart(text, answerParagraphs.fr, 'fr');
  const answerNl = buildAnswerPart(text, answerParagraphs.nl, 'nl');

  const questionText = questionHeading
    ? { node: container('questionText', withoutOverlaps(present(questionHeading, questionFr, questionNl))), heading: questionHeading, fr: questionFr, nl: questionNl }
    : null;
  const answer = answerHeading
    ? { node: container('answer', withoutOverlaps(present(answerHeading, answerFr, answerNl))), heading: answerHeading, fr: answerFr, nl: answerNl }
    : null;

  const fields = { ...header.fields };
  if (questionHeading) fields.questionHeading = questionHeading;
  if (answerHeading) fields.answerHeading = answerHeading;

  const children = [
    ...Object.values(header.fields).map((field) => field.node),
    ...header.furniture,
    ...present(header.descriptors, header.timeline, header.crossReferences, questionText, answer),
  ];
  if (children.length === 0) return null;

  const question = makeQuestion(
    {
      node: container('question', withoutOverlaps(children)),
      number: header.number ?? (questionLine ? firstQuestionNumber(questionLine.content) : null),
      fields,
      originalLanguage: questionLine ? originalLanguage(questionLine.content) : null,
      descriptors: header.descriptors,
      timeline: header.timeline,
      crossReferences: header.crossReferences,
      questionText,
      answer,
    },
    text,
    lines,
    lastInFile,
  );
  alignQuestion(question, text, layout);
  return question;
}

function present(...items: ({ node: Node } | null | undefined)[]): Node[] {
  return items.flatMap((item) => (item ? [item.node] : []));
}

/**
 * The question text or the answer, split into the French and the Dutch paragraphs: by the cell on
 * a table's row, by the one language of a single-language layout, else where the words switch.
 */
function byLanguage(text: string, lines: readonly ClassifiedLine[], layout: Layout): { fr: Paragraph[]; nl: Paragraph[] } {
  if (layout.kind === 'bilingual-table') {
    const cells = tableCells(text, lines);
    return { fr: cells.left, nl: cells.right };
  }
  const paragraphs = paragraphsOf(text, lines, layout.kind === 'bulletin');
  if (layout.lang === 'fr') return { fr: paragraphs, nl: [] };
  if (layout.lang === 'nl') return { fr: [], nl: paragraphs };
  return splitByLanguage(paragraphs);
}
