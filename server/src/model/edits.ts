/** Text edits on a parsed document, as fixes propose them: ranges in the document's own positions. */
import type { ParsedDocument } from './nodes.js';
import type { Range } from './text.js';

export interface TextEdit {
  readonly range: Range;
  readonly newText: string;
}

/** A whole line with its line break; for the last line, the line break before it. */
export function wholeLine(document: ParsedDocument, line: number): Range | null {
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

/** The text of one line, without its line break. */
export function lineText(document: ParsedDocument, line: number): string {
  const index = document.lineIndex;
  const start = index.offsetAt({ line, character: 0 });
  const end = line + 1 < index.lineCount ? index.offsetAt({ line: line + 1, character: 0 }) : document.text.length;
  return document.text.slice(start, end).replace(/[\r\n]+$/, '');
}

/**
 * Deletions merged where they touch or overlap (the last line's deletion takes the line break
 * before it, which the line above may also take), so that together they make one valid edit.
 */
export function mergeDeletions(document: ParsedDocument, edits: readonly TextEdit[]): TextEdit[] {
  const spans = edits.map((edit) => ({ start: document.lineIndex.offsetAt(edit.range.start), end: document.lineIndex.offsetAt(edit.range.end) })).sort((a, b) => a.start - b.start);
  const merged: { start: number; end: number }[] = [];
  for (const span of spans) {
    const last = merged[merged.length - 1];
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  return merged.map((span) => ({ range: document.lineIndex.rangeOf(span.start, span.end), newText: '' }));
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
