/**
 * What a parsed question says of itself once its parts are read: whether an answer is to be
 * expected, whether the file stops part-way through it, and the last pass over its tree.
 */
import { isAnswerLabel, isClosingLabel, isClosingReferenceLabel } from './labels.js';
import type { Lang } from './language.js';
import type { ClassifiedLine } from './lines.js';
import { allCrossReferences, type CutOff, type Node, type Question, type TimelineEvent } from './nodes.js';
import type { LineIndex } from './text.js';
import { attachTree, finalizeTree, type UnderConstruction } from './tree.js';

/** What a parser knows of a question; the rest is read from it here. */
export type QuestionParts = Pick<Question, 'node' | 'number' | 'fields' | 'originalLanguage' | 'descriptors' | 'timeline' | 'crossReferences' | 'questionText' | 'answer'>;

/** The question record: its parts, its status, and where the file stops in it if it is the last. */
export function makeQuestion(parts: QuestionParts, text: string, lines: readonly ClassifiedLine[], lastInFile: boolean, listedAsUnanswered = false): Question {
  // Written out rather than spread, so that every question has the one object shape.
  const question: UnderConstruction<Question> = {
    node: parts.node,
    number: parts.number,
    fields: parts.fields,
    originalLanguage: parts.originalLanguage,
    descriptors: parts.descriptors,
    timeline: parts.timeline,
    crossReferences: parts.crossReferences,
    questionText: parts.questionText,
    answer: parts.answer,
    closedWithoutAnswer: false,
    answerRecordedOn: null,
    answerPlaceholder: null,
    cutOff: null,
    unrecognized: [],
    identity: {},
  };
  readStatus(question, text);
  // A bulletin's section of questions not answered in time: none of them has an answer.
  if (listedAsUnanswered && !question.answer) question.closedWithoutAnswer = true;
  if (lastInFile) question.cutOff = cutOffOf(lines, question);
  return question;
}

export function finish(question: Question, text: string, lineIndex: LineIndex): void {
  // The question's own list, filled here, before the question is handed out.
  finalizeTree(question.node, text, lineIndex, question.unrecognized as Node[]);
  // A record whose node was replaced in the tree by its children (see withoutOverlaps) still answers for its range.
  for (const node of recordNodes(question)) attachTree(node, lineIndex);
}

/**
 * The nodes the question's records name, containers first. On a page whose pieces come in an
 * unusual order, withoutOverlaps may have replaced any of them in the tree by its children; they
 * must still answer for their ranges and move with the question.
 */
export function recordNodes(question: Question): Node[] {
  const nodes: Node[] = [];
  for (const field of Object.values(question.fields)) if (field) nodes.push(field.node);
  for (const section of [question.descriptors, question.timeline, question.crossReferences, question.questionText, question.answer]) if (section) nodes.push(section.node);
  for (const list of [question.timeline?.columns, question.crossReferences?.columns]) for (const column of list ?? []) nodes.push(column.node);
  for (const part of [question.questionText?.fr, question.questionText?.nl, question.answer?.fr, question.answer?.nl]) if (part) nodes.push(part.node);
  for (const part of [question.answer?.fr, question.answer?.nl]) for (const block of part?.blocks ?? []) nodes.push(block.node);
  return nodes;
}

const PLACEHOLDER = /^(?:Texte pas encore disponible|Tekst nog niet beschikbaar)\.?$/i;

/** What the timeline and the references say of the question's fate, and whether the answer is a placeholder. */
export function readStatus(question: UnderConstruction<Question>, text: string): void {
  let answered: TimelineEvent | null = null;
  let closed = false;
  for (const column of question.timeline?.columns ?? []) {
    for (const event of column.entries) {
      if (!answered && isAnswerLabel(event.label)) answered = event;
      else if (!closed && isClosingLabel(event.label)) closed = true;
    }
  }
  question.answerRecordedOn = answered ? answered.date : null;
  const answer = question.answer;
  if (!answer && !answered && !closed) closed = allCrossReferences(question).some((reference) => isClosingReferenceLabel(reference.label));
  question.closedWithoutAnswer = !answer && closed && !answered;
  // The site's placeholder is the answer's only paragraph.
  if (answer) {
    const pieces = [...(answer.fr?.node.children ?? []), ...(answer.nl?.node.children ?? [])];
    if (pieces.length > 0 && pieces.length <= 2 && pieces.every((piece) => PLACEHOLDER.test(text.slice(piece.start, piece.end).trim()))) {
      question.answerPlaceholder = pieces[0] as Node;
    }
  }
}

// A paragraph that ends on one of these ends a sentence (or a heading, a list's colon, a quotation).
const SENTENCE_END = /[.?!:;)\]»"”’'…*]$/;

/**
 * Whether a piece lies where the file stops part-way, or after: its counterpart may be beyond
 * the cut, unknown rather than missing. In a cut question text or answer, everything of that
 * section; cut in the header, all but the fields whose halves end before the cut.
 */
export function pastTheCut(question: Question, node: Node): boolean {
  const cut = question.cutOff;
  if (!cut) return false;
  const section = cut.section === 'question' ? question.questionText?.node : cut.section === 'answer' ? question.answer?.node : undefined;
  return section ? node.end > section.start : !(node.kind === 'fieldHalf' && node.end < cut.start);
}

/**
 * Whether the file stops part-way through this question, its last: on a line of running text that
 * ends mid-sentence, on a heading with nothing under it, or before the question text at all.
 */
export function cutOffOf(lines: readonly ClassifiedLine[], question: Question): CutOff | null {
  let last: ClassifiedLine | undefined;
  for (let i = lines.length - 1; i >= 0 && !last; i--) if ((lines[i] as ClassifiedLine).cls !== 'blank') last = lines[i];
  if (!last) return null;
  const at = { start: last.contentStart, end: last.contentEnd };
  const midSentence = endsMidSentence(last);
  if (!question.questionText) {
    if (!question.number && !question.answer) return null; // too little of a question to expect more of it
    if (question.answer) return midSentence ? { section: 'answer', lang: langAt(question.answer, last.contentEnd), midSentence, ...at } : null;
    return { section: 'header', lang: null, midSentence: true, ...at };
  }
  if (last.cls === 'questionHeading') return { section: 'question', lang: null, midSentence: true, ...at };
  if (last.cls === 'answerHeading') return { section: 'answer', lang: null, midSentence: true, ...at };
  if (question.answer && last.contentStart >= question.answer.node.start) {
    return midSentence ? { section: 'answer', lang: langAt(question.answer, last.contentEnd), midSentence, ...at } : null;
  }
  // Stopping cleanly after the question is a cut too when the timeline records an answer the file lacks.
  if (!midSentence && !(question.answerRecordedOn && !question.answer)) return null;
  return { section: 'question', lang: langAt(question.questionText, last.contentEnd), midSentence, ...at };
}

function endsMidSentence(line: ClassifiedLine): boolean {
  return (line.cls === 'text' || line.cls === 'bulletinAnswer') && !SENTENCE_END.test(line.content);
}

function langAt(section: { fr: { node: Node } | null; nl: { node: Node } | null }, offset: number): Lang | null {
  if (section.nl && offset > section.nl.node.start) return 'nl';
  if (section.fr && offset > section.fr.node.start) return 'fr';
  return null;
}
