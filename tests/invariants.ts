/** Every promise the model, the checks and the features make, checked on one text. Throws on the first broken one. */
import { runChecks } from '../server/src/checks/index.js';
import { foldingRegions } from '../server/src/features/folding.js';
import { hoverAt } from '../server/src/features/hover.js';
import { outline, type OutlineEntry } from '../server/src/features/outline.js';
import { parseDocument, reparse, type ParsedDocument, type Range } from '../server/src/model/index.js';
import { lineStarts } from '../server/src/model/text.js';
import { assertModelInvariants, snapshot } from './helpers.js';

const startsOf = new WeakMap<ParsedDocument, number[]>();

function inside(document: ParsedDocument, range: Range, what: string): void {
  let starts = startsOf.get(document);
  if (!starts) startsOf.set(document, (starts = lineStarts(document.text)));
  for (const position of [range.start, range.end]) {
    const lineStart = starts[position.line];
    if (lineStart === undefined) throw new Error(`${what}: line ${position.line} past the end`);
    const lineEnd = position.line + 1 < starts.length ? (starts[position.line + 1] as number) : document.text.length;
    if (position.character < 0 || lineStart + position.character > lineEnd) throw new Error(`${what}: character ${position.character} past line ${position.line}`);
  }
  const before = range.start.line < range.end.line || (range.start.line === range.end.line && range.start.character <= range.end.character);
  if (!before) throw new Error(`${what}: range ends before it starts`);
}

function notAfter(a: Range['start'], b: Range['start']): boolean {
  return a.line < b.line || (a.line === b.line && a.character <= b.character);
}

function contains(outer: Range, inner: Range): boolean {
  return notAfter(outer.start, inner.start) && notAfter(inner.end, outer.end);
}

/** What VS Code's DocumentSymbol demands (selection inside range) and what an outline reader expects (nesting, order). */
function checkOutline(document: ParsedDocument, entries: readonly OutlineEntry[], parent?: OutlineEntry): void {
  entries.forEach((entry, i) => {
    inside(document, entry.range, `outline entry ${entry.name}`);
    inside(document, entry.selectionRange, `selection of ${entry.name}`);
    if (!contains(entry.range, entry.selectionRange)) throw new Error(`outline entry ${entry.name}: selectionRange outside its range`);
    if (parent && !contains(parent.range, entry.range)) throw new Error(`outline entry ${entry.name}: outside its parent ${parent.name}`);
    const previous = entries[i - 1];
    if (previous && !notAfter(previous.range.start, entry.range.start)) throw new Error(`outline entry ${entry.name}: before its previous sibling ${previous.name}`);
    checkOutline(document, entry.children, entry);
  });
}

export function checkEverything(text: string, base?: string): void {
  const document = parseDocument(text);
  assertModelInvariants(document);
  if (snapshot(parseDocument(text)) !== snapshot(document)) throw new Error('parsing is not deterministic');
  const { findings, failures } = runChecks(document);
  if (failures.length > 0) throw new Error(`check ${failures[0]?.code} threw: ${String(failures[0]?.error)}`);
  for (const finding of findings) {
    inside(document, finding.range, `${finding.code} diagnostic`);
    for (const related of finding.related) inside(document, related.range, `${finding.code} related location`);
    if (finding.message.length === 0) throw new Error(`${finding.code}: empty message`);
  }
  checkOutline(document, outline(document));
  const lineCount = lineStarts(text).length;
  for (const region of foldingRegions(document)) {
    if (region.startLine >= region.endLine || region.endLine >= lineCount) throw new Error(`bad folding region ${region.startLine}-${region.endLine}`);
  }
  for (let i = 0; i <= 16; i++) {
    const hover = hoverAt(document, Math.floor((text.length * i) / 16));
    if (hover) inside(document, hover.range, 'hover');
  }
  if (base !== undefined && snapshot(reparse(parseDocument(base), text)) !== snapshot(document)) throw new Error('re-parsing after the edit differs from a full parse');
}
