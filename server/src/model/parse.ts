/**
 * Text → model. Never throws, whatever the text: a cut-off or mangled file gives the partial
 * model it holds, and whatever is not understood becomes an `unrecognized` node.
 */
import { alignQuestion } from './align.js';
import { buildAnswerPart, buildQuestionPart, paragraphsOf, splitByLanguage } from './body.js';
import { parseHeader, splitOneLineField } from './header.js';
import { isAnswerLabel, isClosingLabel } from './labels.js';
import type { Lang } from './language.js';
import {
  ANSWER_HEADING_FR,
  ANSWER_HEADING_NL,
  QUESTION_HEADING_FR,
  QUESTION_HEADING_NL,
  classifyLines,
  firstQuestionNumber,
  type ClassifiedLine,
} from './lines.js';
import type { BilingualField, Node, ParsedDocument, Question } from './nodes.js';
import { LineIndex } from './text.js';
import { container, finalizeTree, leaf, reattachTree, shiftTree } from './tree.js';

export function parseDocument(text: string): ParsedDocument {
  const lineIndex = new LineIndex(text);
  return assemble(text, lineIndex, parseQuestions(text, 0, text.length, lineIndex));
}

/** The questions whose chunks lie in text[from, to), each finished (gaps filled, ranges ready). */
function parseQuestions(text: string, from: number, to: number, lineIndex: LineIndex): Question[] {
  const questions: Question[] = [];
  for (const chunk of questionChunks(classifyLines(text, from, to))) {
    const question = parseQuestion(text, chunk);
    if (!question) continue;
    finalizeTree(question.node, text, lineIndex, question.unrecognized);
    questions.push(question);
  }
  return questions;
}

/** The document around finished questions: the root, the white space and stray text between them. */
function assemble(text: string, lineIndex: LineIndex, questions: Question[]): ParsedDocument {
  const root = leaf('document', 0, text.length, { children: questions.map((question) => question.node) });
  const unrecognized: Node[] = [];
  finalizeTree(root, text, lineIndex, unrecognized, false);
  for (const question of questions) for (const node of question.unrecognized) unrecognized.push(node);
  unrecognized.sort((a, b) => a.start - b.start);
  return { text, root, questions, unrecognized, lineIndex };
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
  if (questions.length < 3) return parseDocument(text);
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
  // One more question before: an edit that breaks a banner merges two questions, as a full parse would.
  const first = Math.max(0, touchedFirst - 1);
  const last = Math.max(touchedLast, first);
  const windowStart = first === 0 ? 0 : (starts[first] as number);
  const windowEnd = last + 1 < questions.length ? (starts[last + 1] as number) + delta : text.length;

  const lineIndex = previous.lineIndex.edited(text, changeStart, oldChangeEnd);
  const before = questions.slice(0, first);
  const after = questions.slice(last + 1);
  for (const question of before) reattachTree(question.node, lineIndex);
  for (const question of after) shiftTree(question.node, delta, lineIndex);
  const middle = parseQuestions(text, windowStart, windowEnd, lineIndex);
  return assemble(text, lineIndex, [...before, ...middle, ...after]);
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

function parseQuestion(text: string, lines: ClassifiedLine[]): Question | null {
  const questionHeadingAt = lines.findIndex((line) => line.cls === 'questionHeading');
  const answerHeadingAt = lines.findIndex((line, i) => line.cls === 'answerHeading' && i > questionHeadingAt);
  const headerEnd = questionHeadingAt >= 0 ? questionHeadingAt : answerHeadingAt >= 0 ? answerHeadingAt : lines.length;
  const questionLine = lines[questionHeadingAt];
  const answerLine = lines[answerHeadingAt];

  const questionHeading = questionLine ? splitOneLineField(text, questionLine, 'questionHeading', QUESTION_HEADING_FR, QUESTION_HEADING_NL) : null;
  const answerHeading = answerLine ? splitOneLineField(text, answerLine, 'answerHeading', ANSWER_HEADING_FR, ANSWER_HEADING_NL) : null;
  const questionParagraphs = splitByLanguage(
    questionLine ? paragraphsOf(text, lines.slice(questionHeadingAt + 1, answerLine ? answerHeadingAt : lines.length)) : [],
  );
  const answerParagraphs = splitByLanguage(answerLine ? paragraphsOf(text, lines.slice(answerHeadingAt + 1)) : []);

  // Which languages the page has: the headings say it; failing them, the text; failing that, both.
  let pageLanguages = languagesOf(questionHeading ?? answerHeading);
  if (pageLanguages.size === 0) {
    for (const lang of ['fr', 'nl'] as const) {
      if (questionParagraphs[lang].length > 0 || answerParagraphs[lang].length > 0) pageLanguages.add(lang);
    }
  }
  if (pageLanguages.size === 0) pageLanguages = new Set(['fr', 'nl']);

  const header = parseHeader(text, lines.slice(0, headerEnd), pageLanguages);
  const questionFr = buildQuestionPart(text, questionParagraphs.fr, 'fr');
  const questionNl = buildQuestionPart(text, questionParagraphs.nl, 'nl');
  const answerFr = buildAnswerPart(text, answerParagraphs.fr, 'fr');
  const answerNl = buildAnswerPart(text, answerParagraphs.nl, 'nl');

  const present = (...items: ({ node: Node } | null | undefined)[]): Node[] =>
    items.flatMap((item) => (item ? [item.node] : []));

  const questionText = questionHeading
    ? { node: container('questionText', present(questionHeading, questionFr, questionNl)), heading: questionHeading, fr: questionFr, nl: questionNl }
    : null;
  const answer = answerHeading
    ? { node: container('answer', present(answerHeading, answerFr, answerNl)), heading: answerHeading, fr: answerFr, nl: answerNl }
    : null;

  const fields = { ...header.fields };
  if (questionHeading) fields.questionHeading = questionHeading;
  if (answerHeading) fields.answerHeading = answerHeading;

  const children = [
    ...Object.values(header.fields).map((field) => field.node),
    ...header.rules,
    ...present(header.descriptors, header.timeline, header.crossReferences, questionText, answer),
  ];
  if (children.length === 0) return null;

  const timelineLabels = header.timeline?.columns.flatMap((column) => column.entries.map((entry) => entry.label)) ?? [];
  const question: Question = {
    node: container('question', withoutOverlaps(children)),
    number: header.number ?? (questionLine ? firstQuestionNumber(questionLine.content) : null),
    fields,
    originalLanguage: questionLine ? originalLanguage(questionLine.content) : null,
    descriptors: header.descriptors,
    timeline: header.timeline,
    crossReferences: header.crossReferences,
    questionText,
    answer,
    closedWithoutAnswer: !answer && timelineLabels.some(isClosingLabel) && !timelineLabels.some(isAnswerLabel),
    unrecognized: [],
  };
  alignQuestion(question, text);
  return question;
}

/**
 * The header's two-line fields (author, addressee) span the lines between their halves; on a page
 * whose lines come in an unusual order they could overlap another node. Such a field is
 * replaced in the tree by its halves, so the tree stays a tiling; the field record keeps its halves.
 */
function withoutOverlaps(children: Node[]): Node[] {
  const sorted = [...children].sort((a, b) => a.start - b.start || b.end - a.end);
  for (let i = 1; i < sorted.length; i++) {
    const previous = sorted[i - 1] as Node;
    const current = sorted[i] as Node;
    if (current.start < previous.end) {
      const culprit = previous.kind === 'field' || previous.children.length > 0 ? previous : current;
      if (culprit.children.length === 0) {
        sorted.splice(i, 1); // two leaves over the same text cannot happen; keep the first if it ever does
      } else {
        sorted.splice(sorted.indexOf(culprit), 1, ...culprit.children);
      }
      return withoutOverlaps(sorted);
    }
  }
  return sorted;
}


