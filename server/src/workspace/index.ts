/**
 * The workspace index: where each question is written (question number → file and range) and
 * where each cross-reference stands (referenced number → file, range, referring question). Cross-
 * file features ask it; it keeps only these small records, never the files' models.
 */
import { parseHeader } from '../model/header.js';
import { classifyLines, firstQuestionNumber } from '../model/lines.js';
import { type BilingualField, type Column, type CrossReference, type ParsedDocument, type TimelineEvent } from '../model/nodes.js';
import { isAnswerLabel, isClosingLabel, isClosingReferenceLabel, referenceRelation, type ReferenceRelation } from '../model/labels.js';
import { isoOf } from '../model/deadlines.js';
import { normalizeSpace } from '../model/text.js';
import type { Lang } from '../model/language.js';
import { detectLayout, isReadable, type Layout } from '../model/layout.js';
import { firstQuestionLines, parseDocument, questionChunks } from '../model/parse.js';
import { LineIndex, type Range } from '../model/text.js';

/** Where a question's file says it stands: answered (on the date the timeline records), closed or lapsed without an answer, or open. */
export type QuestionStatus = { readonly kind: 'answered'; readonly on: string | null } | { readonly kind: 'closed' } | { readonly kind: 'open' };

export interface QuestionLocation {
  uri: string;
  number: string;
  range: Range;
  /** The page's layout: the Senate publishes one question as a web view per language, a printer version per language and a bilingual one. */
  layout: Layout;
  /** The title in each language the page prints it in, white space collapsed. */
  title: Partial<Record<Lang, string>>;
  author: string | null;
  status: QuestionStatus;
}

export interface ReferenceLocation {
  uri: string;
  /** The number referred to ("5-8900"). */
  number: string;
  /** The question whose page holds the reference, when it has a number. */
  from: string | null;
  /** What the label says of the two questions ("Ook gesteld aan": also asked), null for an unknown label. */
  relation: ReferenceRelation | null;
  /** The column's language ("fr" for "Aussi posée à"): a link to the Senate's page opens that language's. */
  lang: Lang;
  range: Range;
}

export interface FileEntries {
  questions: QuestionLocation[];
  references: ReferenceLocation[];
}

interface HeaderFacts {
  readonly title?: BilingualField | undefined;
  readonly author?: BilingualField | undefined;
  readonly timeline: readonly Column<TimelineEvent>[];
  readonly references: readonly Column<CrossReference>[];
}

function fieldText(text: string, field: BilingualField | undefined): Partial<Record<Lang, string>> {
  const found: Partial<Record<Lang, string>> = {};
  for (const lang of ['fr', 'nl'] as const) {
    const half = field?.[lang];
    if (half) found[lang] = normalizeSpace(text.slice(half.start, half.end)).trim();
  }
  return found;
}

/** What the header says of a question: title, author, and its fate as the timeline and the references tell it. */
function facts(text: string, header: HeaderFacts, hasAnswer: boolean): Pick<QuestionLocation, 'title' | 'author' | 'status'> {
  const events = header.timeline.flatMap((column) => column.entries);
  const answer = events.find((event) => isAnswerLabel(event.label));
  const closed =
    events.some((event) => isClosingLabel(event.label)) || header.references.some((column) => column.entries.some((reference) => isClosingReferenceLabel(reference.label)));
  // "de Martine Taelman (Open Vld)", "van Bart Laeremans (Vlaams Belang)": the name without the page's "de" / "van".
  const author = Object.fromEntries(Object.entries(fieldText(text, header.author)).map(([lang, name]) => [lang, name.replace(/^(?:de|van|d')\s+/, '')])) as Partial<
    Record<Lang, string>
  >;
  const status: QuestionStatus = answer || hasAnswer ? { kind: 'answered', on: answer ? isoOf(answer.date) : null } : closed ? { kind: 'closed' } : { kind: 'open' };
  return { title: fieldText(text, header.title), author: author.fr ?? author.nl ?? null, status };
}

/** A file's cross-references as the index keeps them; `rangeOf` places a reference (a model's nodes know their range already). */
function referencesOf(uri: string, from: string | null, columns: readonly Column<CrossReference>[], rangeOf: (reference: CrossReference) => Range): ReferenceLocation[] {
  const found: ReferenceLocation[] = [];
  for (const column of columns) {
    for (const reference of column.entries) {
      found.push({ uri, number: reference.number, from, relation: referenceRelation(reference.label), lang: column.lang, range: rangeOf(reference) });
    }
  }
  return found;
}

const factsByQuestion = new WeakMap<object, Pick<QuestionLocation, 'title' | 'author' | 'status'>>();

/** What one parsed file contributes to the index. */
export function entriesOf(uri: string, document: ParsedDocument): FileEntries {
  const questions: QuestionLocation[] = [];
  const references: ReferenceLocation[] = [];
  for (const question of document.questions) {
    const header = {
      title: question.fields.title,
      author: question.fields.author,
      timeline: question.timeline?.columns ?? [],
      references: question.crossReferences?.columns ?? [],
    };
    if (question.number) {
      const anchor = question.fields.number ?? question.fields.questionHeading ?? null;
      // A question's text is the same while its identity lives (Question.identity): what it says of itself is read once.
      let known = factsByQuestion.get(question.identity);
      if (!known) factsByQuestion.set(question.identity, (known = facts(document.text, header, question.answer !== null)));
      questions.push({ uri, number: question.number, range: (anchor?.node ?? question.node).range, layout: document.layout, ...known });
    }
    // Every cross-reference of a question stands in one of its columns (allCrossReferences reads them there).
    for (const reference of referencesOf(uri, question.number, header.references, (entry) => entry.node.range)) references.push(reference);
  }
  return { questions, references };
}

/**
 * The same entries straight from text, reading only what the index needs: the header of each
 * question (number line, cross-references), not the question text and answer, which are most of
 * a file and most of the parsing time.
 */
export function indexText(uri: string, text: string): FileEntries {
  const lines = classifyLines(text);
  const lineIndex = new LineIndex(text);
  const questions: QuestionLocation[] = [];
  const references: ReferenceLocation[] = [];
  const layout = detectLayout(text, firstQuestionLines(lines));
  // A bulletin's questions carry no cross-references and some no legislature: read them whole.
  if (layout.kind === 'bulletin') return entriesOf(uri, parseDocument(text));
  if (!isReadable(layout)) return { questions, references };
  const languages = new Set(layout.lang ? [layout.lang] : (['fr', 'nl'] as const));
  for (const chunk of questionChunks(lines)) {
    const headingAt = chunk.findIndex((line) => line.cls === 'questionHeading' || line.cls === 'answerHeading');
    const header = parseHeader(text, headingAt >= 0 ? chunk.slice(0, headingAt) : chunk, languages, layout);
    const heading = headingAt >= 0 ? chunk[headingAt] : undefined;
    const number = header.number ?? (heading ? firstQuestionNumber(heading.content) : null);
    const anchor = header.fields.number?.node ?? (heading ? { start: heading.contentStart, end: heading.contentEnd } : null);
    const columns = header.crossReferences?.columns ?? [];
    const hasAnswer = chunk.some((line) => line.cls === 'answerHeading');
    const known = { title: header.fields.title, author: header.fields.author, timeline: header.timeline?.columns ?? [], references: columns };
    if (number && anchor) questions.push({ uri, number, range: lineIndex.rangeOf(anchor.start, anchor.end), layout, ...facts(text, known, hasAnswer) });
    for (const reference of referencesOf(uri, number, columns, (entry) => lineIndex.rangeOf(entry.node.start, entry.node.end))) references.push(reference);
  }
  return { questions, references };
}

export class WorkspaceIndex {
  private readonly files = new Map<string, FileEntries>();
  private readonly questionsByNumber = new Map<string, QuestionLocation[]>();
  private readonly referencesByNumber = new Map<string, ReferenceLocation[]>();

  get fileCount(): number {
    return this.files.size;
  }

  /** How many records the index holds. */
  counts(): { files: number; questions: number; references: number } {
    let questions = 0;
    let references = 0;
    for (const entries of this.files.values()) {
      questions += entries.questions.length;
      references += entries.references.length;
    }
    return { files: this.files.size, questions, references };
  }

  /** Replaces everything known of one file. */
  set(uri: string, entries: FileEntries): void {
    this.delete(uri);
    this.files.set(uri, entries);
    // Kept in the files' order, whatever order they were read in: the first holder of a number is the same for every answer.
    for (const question of entries.questions) {
      push(this.questionsByNumber, question.number, question);
      const list = this.questionsByNumber.get(question.number) as QuestionLocation[];
      if (list.length > 1) list.sort((a, b) => (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : 0));
    }
    for (const reference of entries.references) push(this.referencesByNumber, reference.number, reference);
  }

  delete(uri: string): void {
    const old = this.files.get(uri);
    if (!old) return;
    this.files.delete(uri);
    for (const question of old.questions) remove(this.questionsByNumber, question.number, question);
    for (const reference of old.references) remove(this.referencesByNumber, reference.number, reference);
  }

  /** Where question `number` is written (more than one place is itself a defect worth showing). */
  questionsNumbered(number: string): readonly QuestionLocation[] {
    return this.questionsByNumber.get(number) ?? [];
  }

  /** Every cross-reference to question `number`, in every file. */
  referencesTo(number: string): readonly ReferenceLocation[] {
    return this.referencesByNumber.get(number) ?? [];
  }

  /** Every file's entries, for a search over all questions. */
  entries(): IterableIterator<[string, FileEntries]> {
    return this.files.entries();
  }

  /** What one file holds, if it is indexed. */
  fileEntries(uri: string): FileEntries | undefined {
    return this.files.get(uri);
  }

  /** The files that refer to question `number`, each once, sorted. */
  filesReferencing(number: string): string[] {
    return [...new Set(this.referencesTo(number).map((reference) => reference.uri))].sort();
  }
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function remove<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (!list) return;
  const at = list.indexOf(value);
  if (at >= 0) list.splice(at, 1);
  if (list.length === 0) map.delete(key);
}
