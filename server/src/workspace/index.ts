/**
 * The workspace index: where each question is written (question number → file and range) and
 * where each cross-reference stands (referenced number → file, range, referring question). Cross-
 * file features ask it; it keeps only these small records, never the files' models.
 */
import { parseHeader } from '../model/header.js';
import { classifyLines, firstQuestionNumber } from '../model/lines.js';
import { allCrossReferences, type ParsedDocument } from '../model/nodes.js';
import { detectLayout, isReadable } from '../model/layout.js';
import { firstQuestionLines, parseDocument, questionChunks } from '../model/parse.js';
import { LineIndex, type Range } from '../model/text.js';

export interface QuestionLocation {
  uri: string;
  number: string;
  range: Range;
}

export interface ReferenceLocation {
  uri: string;
  /** The number referred to ("5-8900"). */
  number: string;
  /** The question whose page holds the reference, when it has a number. */
  from: string | null;
  range: Range;
}

export interface FileEntries {
  questions: QuestionLocation[];
  references: ReferenceLocation[];
}

/** What one parsed file contributes to the index. */
export function entriesOf(uri: string, document: ParsedDocument): FileEntries {
  const questions: QuestionLocation[] = [];
  const references: ReferenceLocation[] = [];
  for (const question of document.questions) {
    if (question.number) {
      const anchor = question.fields.number ?? question.fields.questionHeading ?? null;
      questions.push({ uri, number: question.number, range: (anchor?.node ?? question.node).range });
    }
    for (const reference of allCrossReferences(question)) {
      references.push({ uri, number: reference.number, from: question.number, range: reference.node.range });
    }
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
    if (number && anchor) questions.push({ uri, number, range: lineIndex.rangeOf(anchor.start, anchor.end) });
    for (const column of header.crossReferences?.columns ?? []) {
      for (const reference of column.entries) {
        references.push({ uri, number: reference.number, from: number, range: lineIndex.rangeOf(reference.node.start, reference.node.end) });
      }
    }
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
    for (const question of entries.questions) push(this.questionsByNumber, question.number, question);
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
