/** What the checks and their fixes need to know of cross-references, beyond the records. */
import { msg, type Msg } from '../l10n/index.js';
import { labelInOtherLanguage, translateReferenceKind, translateReferenceLabel } from './labels.js';
import { CONFIDENT, type Lang } from './language.js';
import type { Column, CrossReference, ParsedDocument, Question } from './nodes.js';
import type { TextEdit } from './edits.js';
import { foldForMatching } from './text.js';

/** Two references are the same when label, kind and number are: same words, so same language. */
export function referenceKey(reference: CrossReference): string {
  return `${foldForMatching(reference.label)}|${foldForMatching(reference.kind)}|${reference.number}`;
}

/** A reference as a clerk reads it: "Ook gesteld aan : schriftelijke vraag 5-8900". */
export function referenceText(reference: CrossReference): string {
  return `${reference.label} : ${reference.kind} ${reference.number}`;
}

/**
 * The references a question lists again, each with the one it repeats: the same label, kind and
 * number. Not a repeat: the other column's entry where one of the two columns carries its labels
 * in the wrong language (the French column printed with Dutch labels, as on most bilingual
 * prints). That is the entry's counterpart, mislabelled: one defect, label-language's, whose fix
 * relabels the column; calling it a duplicate would have "remove all" delete a language's list.
 * One answer for duplicate-reference, which reports the repeats, and missing-counterpart, which
 * does not report them again (a repeat has no counterpart of its own).
 */
export function repeatedReferences(question: Question): Map<CrossReference, CrossReference> {
  const repeats = new Map<CrossReference, CrossReference>();
  const first = new Map<string, { reference: CrossReference; column: Column<CrossReference> }>();
  for (const column of question.crossReferences?.columns ?? []) {
    for (const reference of column.entries) {
      const key = referenceKey(reference);
      const earlier = first.get(key);
      if (!earlier) first.set(key, { reference, column });
      else if (earlier.column === column || (!labelInOtherLanguage(earlier.reference, earlier.column) && !labelInOtherLanguage(reference, column)))
        repeats.set(reference, earlier.reference);
    }
  }
  return repeats;
}

export interface PlacedReference {
  readonly reference: CrossReference;
  readonly column: Column<CrossReference>;
  readonly question: Question;
}

/** Every cross-reference of the document with its column and question, in document order. */
export function placedReferences(document: ParsedDocument): PlacedReference[] {
  return document.questions.flatMap((question) =>
    (question.crossReferences?.columns ?? []).flatMap((column) => column.entries.map((reference) => ({ reference, column, question }))),
  );
}

/**
 * A reference printed with the other language's label and kind, rewritten in its column's
 * language ("Ook gesteld aan : schriftelijke vraag 5-8900" → "Aussi posée à : question écrite
 * 5-8900"). Null when a wording is unknown or the reference is already in its column's language.
 */
export function relabelEdits(document: ParsedDocument, { reference, column }: PlacedReference): TextEdit[] | null {
  if (reference.labelLanguage.lang === column.lang || reference.labelLanguage.confidence < CONFIDENT) return null;
  const label = translateReferenceLabel(reference.label, column.lang);
  const kind = reference.kind ? translateReferenceKind(reference.kind, column.lang) : '';
  if (!label || kind === null) return null;
  const text = document.text;
  const labelAt = text.indexOf(reference.label, reference.node.start);
  const kindAt = reference.kind ? text.indexOf(reference.kind, labelAt + reference.label.length) : -1;
  if (labelAt < 0 || labelAt + reference.label.length > reference.node.end) return null;
  const edits: TextEdit[] = [{ range: document.lineIndex.rangeOf(labelAt, labelAt + reference.label.length), newText: label }];
  if (reference.kind && kind) {
    if (kindAt < 0 || kindAt + reference.kind.length > reference.node.end) return null;
    edits.push({ range: document.lineIndex.rangeOf(kindAt, kindAt + reference.kind.length), newText: kind });
  }
  return edits;
}

/** The title of a fix that rewrites references in their column's language. */
export function relabelTitle(lang: Lang, count: number): Msg {
  return count === 1 ? msg('labels.relabelOne', { lang }) : msg('labels.relabelMany', { lang, count });
}
