/** Every promise the model, the checks and the features make, checked on one text. Throws on the first broken one. */
import { DEFAULT_CHECK_OPTIONS, runChecks } from '../server/src/checks/index.js';
import { foldingRegions } from '../server/src/features/folding.js';
import { hoverAt } from '../server/src/features/hover.js';
import { alignment } from '../server/src/features/alignment.js';
import { outline, type OutlineEntry } from '../server/src/features/outline.js';
import { parseDocument, reparse, type ParsedDocument, type Range } from '../server/src/model/index.js';
import { lineStarts } from '../server/src/model/text.js';
import { assertModelInvariants, snapshot } from './helpers.js';
import { fixedText } from '../server/src/cli/main.js';
import { jsonReportOf, jsonReportSchema } from '../server/src/cli/report.js';
import { CHECKS } from '../server/src/checks/index.js';
import { fingerprintsOf } from '../server/src/service/fingerprints.js';
import { createLanguageService } from '../server/src/service/index.js';
import { rowAt } from '../client/src/sideBySide/rows.js';

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
  // In French and in Dutch: the same findings at the same places, no placeholder left unfilled
  // (a brace the text does not hold), and an outline an editor accepts.
  for (const locale of ['fr', 'nl'] as const) {
    const translated = runChecks(document, {}, CHECKS, undefined, { ...DEFAULT_CHECK_OPTIONS, locale }).findings;
    if (translated.length !== findings.length) throw new Error(`${locale}: ${translated.length} findings, ${findings.length} in English`);
    translated.forEach((finding, i) => {
      if (finding.code !== findings[i]?.code) throw new Error(`${locale}: finding ${i} is ${finding.code}, ${findings[i]?.code} in English`);
      for (const message of [finding.message, ...finding.related.map((related) => related.message)]) {
        if (message.length === 0) throw new Error(`${locale} ${finding.code}: empty message`);
        if (/[{}]/.test(message) && !/[{}]/.test(text)) throw new Error(`${locale} ${finding.code}: a placeholder left in "${message}"`);
      }
    });
    checkOutline(document, outline(document, locale));
  }
  // Fingerprints: one a finding, each different, the same on a second reading.
  const fingerprints = fingerprintsOf(document, findings);
  if (new Set(fingerprints).size !== findings.length) throw new Error('two findings share a fingerprint');
  if (fingerprintsOf(parseDocument(text), runChecks(parseDocument(text)).findings).join() !== fingerprints.join()) throw new Error('fingerprints differ between two readings');
  // The checker's JSON report of this text is one its published schema accepts.
  const report = {
    files: [
      { file: 'x.parlq', layout: document.layout, findings: findings.map((finding, i) => ({ ...finding, fingerprint: fingerprints[i] as string })), accepted: [], failures: [] },
    ],
    checks: CHECKS,
    version: '0',
  };
  const json = jsonReportSchema.safeParse(jsonReportOf(report));
  if (!json.success) throw new Error(`the JSON report breaks its schema: ${json.error.message}`);
  // --fix ends, and fixing what it wrote changes nothing.
  const service = createLanguageService();
  const fixed = fixedText(service, '/fuzz/x.parlq', text).text;
  if (fixedText(service, '/fuzz/x.parlq', fixed).text !== fixed) throw new Error('--fix is not idempotent: a second run changes the text again');
  checkOutline(document, outline(document));
  for (const row of alignment(document)) for (const cell of [row.fr, row.nl]) if (cell) inside(document, cell.range, 'alignment cell');
  // The side-by-side view: each diagnostic on a cell that is there; the editor's cursor at any piece's start finds a row holding it.
  service.setDocument('file:///fuzz/aligned.parlq', 1, text);
  const aligned = service.alignment('file:///fuzz/aligned.parlq') ?? [];
  for (const row of aligned) {
    for (const diagnostic of row.diagnostics)
      if (!row[diagnostic.lang]) throw new Error(`alignment: a ${diagnostic.code} diagnostic on the empty ${diagnostic.lang} cell of ${row.label}`);
    for (const cell of [row.fr, row.nl]) {
      if (!cell) continue;
      const found = rowAt(aligned, cell.range.start);
      const holder = found === null ? undefined : aligned[found];
      if (!holder || ![holder.fr, holder.nl].some((other) => other && contains(other.range, { start: cell.range.start, end: cell.range.start })))
        throw new Error(`side by side: the cursor at ${cell.range.start.line}:${cell.range.start.character} finds no row holding it`);
    }
  }
  service.closeDocument('file:///fuzz/aligned.parlq');
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
