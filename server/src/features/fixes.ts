/**
 * Quick fixes: edits proposed for a finding, applied only when the user picks them. Each one
 * touches only the text its finding is about (a property test holds them to it).
 */
import { findDamage } from '../model/encoding.js';
import { translateReferenceKind, translateReferenceLabel, translateTimelineLabel } from '../model/labels.js';
import { CONFIDENT, LANGUAGE_NAMES } from '../model/language.js';
import { classify } from '../model/lines.js';
import type { Column, CrossReference, ParsedDocument, Question } from '../model/nodes.js';
import { referenceKey } from '../checks/duplicateReference.js';
import type { Range } from '../model/text.js';

export interface TextEdit {
  range: Range;
  newText: string;
}

export interface Fix {
  title: string;
  edits: TextEdit[];
  /** The fix to apply when the user asks for "the" fix. */
  preferred: boolean;
}

/** A whole line with its line break; for the last line, the line break before it. */
function wholeLine(document: ParsedDocument, line: number): Range | null {
  const index = document.lineIndex;
  if (line < 0 || line >= index.lineCount) return null;
  const text = document.text;
  let start = index.offsetAt({ line, character: 0 });
  let end = line + 1 < index.lineCount ? index.offsetAt({ line: line + 1, character: 0 }) : text.length;
  if (line + 1 >= index.lineCount && start > 0) {
    start -= text[start - 1] === '\n' && text[start - 2] === '\r' ? 2 : 1;
    end = text.length;
  }
  return index.rangeOf(start, end);
}

function lineText(document: ParsedDocument, line: number): string {
  const index = document.lineIndex;
  const start = index.offsetAt({ line, character: 0 });
  const end = line + 1 < index.lineCount ? index.offsetAt({ line: line + 1, character: 0 }) : document.text.length;
  return document.text.slice(start, end).replace(/[\r\n]+$/, '');
}

/**
 * The fixes for one diagnostic (its code and range, as the editor sends them back). A diagnostic
 * that no longer matches the text (the document changed since) gets no fix rather than a wrong one.
 */
export function fixesFor(document: ParsedDocument, diagnostic: { code: string; range: Range }): Fix[] {
  const { range } = diagnostic;
  switch (diagnostic.code) {
    case 'duplicate-reference': {
      if (range.start.line !== range.end.line) return [];
      const line = lineText(document, range.start.line);
      // Both columns' references on one line: remove only this one, not its neighbour.
      if (classify(line.trim()) !== 'reference') return [];
      const alone = line.trim().length === range.end.character - range.start.character;
      const lines = wholeLine(document, range.start.line);
      const remove: Fix = { title: 'Remove the duplicate cross-reference', edits: [{ range: alone && lines ? lines : range, newText: '' }], preferred: true };
      return [remove, ...relabelDuplicate(document, range)];
    }
    case 'encoding-damage': {
      const start = document.lineIndex.offsetAt(range.start);
      const end = document.lineIndex.offsetAt(range.end);
      // The same reading of the whole text as the check's: the document's own evidence decides the kind of damage.
      const repaired = findDamage(document.text).find((damage) => damage.start === start && damage.end === end)?.repair?.repaired;
      return repaired ? [{ title: `Replace with "${repaired}"`, edits: [{ range, newText: repaired }], preferred: true }] : [];
    }
    case 'label-language':
      return [...timelineLabelFixes(document, range), ...referenceLabelFixes(document, range)];
    default:
      return [];
  }
}

/**
 * Deletions merged where they touch or overlap (the last line's deletion takes the line break
 * before it, which the line above may also take), so that together they make one valid edit.
 */
export function mergeDeletions(document: ParsedDocument, edits: readonly TextEdit[]): TextEdit[] {
  const spans = edits
    .map((edit) => ({ start: document.lineIndex.offsetAt(edit.range.start), end: document.lineIndex.offsetAt(edit.range.end) }))
    .sort((a, b) => a.start - b.start);
  const merged: { start: number; end: number }[] = [];
  for (const span of spans) {
    const last = merged[merged.length - 1];
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  return merged.map((span) => ({ range: document.lineIndex.rangeOf(span.start, span.end), newText: '' }));
}

/**
 * Timeline labels in the other language than their column, replaced by the column's wording
 * where the page's wording is known ("Verzending vraag" → "Envoi question"). The diagnostic
 * covers one entry or a whole column; only the label part of each entry changes.
 */
function timelineLabelFixes(document: ParsedDocument, range: Range): Fix[] {
  const start = document.lineIndex.offsetAt(range.start);
  const end = document.lineIndex.offsetAt(range.end);
  const edits: TextEdit[] = [];
  let columnLanguage = '';
  for (const question of document.questions) {
    for (const column of question.timeline?.columns ?? []) {
      for (const event of column.entries) {
        if (event.node.start < start || event.node.end > end) continue;
        if (event.labelLanguage.lang === column.lang) continue;
        const replacement = translateTimelineLabel(event.label, column.lang);
        const at = document.text.indexOf(event.label, event.node.start);
        if (!replacement || at < 0 || at + event.label.length > event.node.end) continue;
        edits.push({ range: document.lineIndex.rangeOf(at, at + event.label.length), newText: replacement });
        columnLanguage = LANGUAGE_NAMES[column.lang].en;
      }
    }
  }
  if (edits.length === 0) return [];
  const title = edits.length === 1 ? `Use the ${columnLanguage} label "${edits[0]?.newText}"` : `Use the ${columnLanguage} labels (${edits.map((edit) => `"${edit.newText}"`).join(', ')})`;
  return [{ title, edits, preferred: true }];
}

interface PlacedReference {
  reference: CrossReference;
  column: Column<CrossReference>;
  question: Question;
}

function placedReferences(document: ParsedDocument): PlacedReference[] {
  return document.questions.flatMap((question) =>
    (question.crossReferences?.columns ?? []).flatMap((column) => column.entries.map((reference) => ({ reference, column, question }))),
  );
}

/**
 * A reference printed with the other language's label and kind, rewritten in its column's
 * language ("Ook gesteld aan : schriftelijke vraag 5-8900" → "Aussi posée à : question écrite
 * 5-8900"). Null when a wording is unknown or the reference is already in its column's language.
 */
function relabelEdits(document: ParsedDocument, { reference, column }: PlacedReference): TextEdit[] | null {
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

function relabelTitle(column: Column<CrossReference>, count: number, where = ''): string {
  const language = LANGUAGE_NAMES[column.lang].en;
  return count === 1 ? `Use the ${language} label${where}` : `Use the ${language} labels for the ${language} column's ${count} cross-references`;
}

/** Cross-reference labels in the other language than their column, in the column's wording. */
function referenceLabelFixes(document: ParsedDocument, range: Range): Fix[] {
  const start = document.lineIndex.offsetAt(range.start);
  const end = document.lineIndex.offsetAt(range.end);
  const edits: TextEdit[] = [];
  let column: Column<CrossReference> | null = null;
  let count = 0;
  for (const placed of placedReferences(document)) {
    if (placed.reference.node.start < start || placed.reference.node.end > end) continue;
    const relabel = relabelEdits(document, placed);
    if (!relabel) continue;
    edits.push(...relabel);
    column = placed.column;
    count++;
  }
  return column ? [{ title: relabelTitle(column, count), edits, preferred: true }] : [];
}

/**
 * A list printed twice in one language (the French column's copy in Dutch, as on most bilingual
 * prints): beside removing the copy, the first one can take its column's labels, after which the
 * two are no longer duplicates but counterparts.
 */
function relabelDuplicate(document: ParsedDocument, range: Range): Fix[] {
  const start = document.lineIndex.offsetAt(range.start);
  const placed = placedReferences(document);
  const duplicate = placed.find((candidate) => candidate.reference.node.start === start);
  if (!duplicate) return [];
  const fixes: Fix[] = [];
  // The copy the duplicate's finding names: the first with the same key in the same question.
  const key = (item: PlacedReference) => referenceKey(item.reference);
  const first = placed.find((candidate) => candidate.question === duplicate.question && key(candidate) === key(duplicate) && candidate !== duplicate);
  for (const target of [first, duplicate]) {
    if (!target) continue;
    const edits = relabelEdits(document, target);
    if (!edits) continue;
    const line = target.reference.node.range.start.line + 1;
    fixes.push({ title: relabelTitle(target.column, 1, ` on the ${LANGUAGE_NAMES[target.column.lang].en} column's copy (line ${line})`), edits, preferred: false });
  }
  return fixes;
}

/** Applies edits that do not overlap, as an editor does. */
export function applyEdits(document: ParsedDocument, edits: readonly TextEdit[]): string {
  const resolved = edits
    .map((edit) => ({ start: document.lineIndex.offsetAt(edit.range.start), end: document.lineIndex.offsetAt(edit.range.end), text: edit.newText }))
    .sort((a, b) => b.start - a.start);
  let text = document.text;
  for (const edit of resolved) text = text.slice(0, edit.start) + edit.text + text.slice(edit.end);
  return text;
}
