import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runChecks, type CheckCode, type SeverityFinding } from '../server/src/checks/index.js';
import { parseDocument, walk, type Node, type ParsedDocument } from '../server/src/model/index.js';
import { LineIndex } from '../server/src/model/text.js';

export const ROOT = join(__dirname, '..');
export const SAMPLE_PATH = join(ROOT, 'seeds', '000_797443ed2065d84d.txt');
export const SAMPLE = readFileSync(SAMPLE_PATH, 'utf8');

/** The sample's lines, its French column of cross-references (lines 35-52) in French, as the label fix leaves it. */
function sampleWithFrenchReferences(): string[] {
  const lines = SAMPLE.split('\n');
  for (let i = 34; i < 52; i++) lines[i] = (lines[i] as string).replace('Ook gesteld aan : schriftelijke vraag', 'Aussi posée à : question écrite');
  return lines;
}

/**
 * The sample with a real duplicate: its French column of cross-references in French (as the
 * label fix leaves it), and the Dutch column listing 5-8904 twice, on lines 57 and 58.
 */
export const DUPLICATED = (() => {
  const lines = sampleWithFrenchReferences();
  lines.splice(57, 0, lines[56] as string);
  return lines.join('\n');
})();

/** The sample with its French column in French, and the Dutch column's eighteen references listed twice in it (lines 71-88 repeat 53-70). */
export const LIST_TWICE = (() => {
  const lines = sampleWithFrenchReferences();
  lines.splice(70, 0, ...lines.slice(52, 70));
  return lines.join('\n');
})();

/** Real pages of every layout the Senate publishes (tests/fixtures/real), each beside its expected findings. */
export const REAL_PAGES: readonly { name: string; text: string }[] = readdirSync(join(ROOT, 'tests', 'fixtures', 'real'))
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => ({ name, text: readFileSync(join(ROOT, 'tests', 'fixtures', 'real', name), 'utf8') }));

export function fixture(name: string): string {
  return readFileSync(join(ROOT, 'tests', 'fixtures', name), 'utf8');
}

export function findings(text: string | ParsedDocument, code?: CheckCode): SeverityFinding[] {
  const document = typeof text === 'string' ? parseDocument(text) : text;
  const all = runChecks(document).findings;
  return code ? all.filter((finding) => finding.code === code) : all;
}

/** 1-based line numbers, as an editor shows them. */
export function lineOf(finding: { range: { start: { line: number } } }): number {
  return finding.range.start.line + 1;
}

export function leaves(document: ParsedDocument): Node[] {
  return [...walk(document.root)].filter((node) => node.children.length === 0 && node !== document.root);
}

export function textOf(document: ParsedDocument, node: Node): string {
  return document.text.slice(node.start, node.end);
}

/** The offsets a range covers in a text. */
export function offsetsOf(text: string, range: { start: { line: number; character: number }; end: { line: number; character: number } }): [number, number] {
  const index = new LineIndex(text);
  return [index.offsetAt(range.start), index.offsetAt(range.end)];
}

export function offsetAt(text: string, line: number, character: number): number {
  return new LineIndex(text).offsetAt({ line, character });
}

/**
 * The invariants every parse keeps, whatever the input: leaves tile the text in order, every
 * node's range matches its offsets, and the counterpart relation is symmetric.
 */
export function assertModelInvariants(document: ParsedDocument): void {
  const text = document.text;
  const index = new LineIndex(text);
  let cursor = 0;
  for (const leaf of leaves(document)) {
    if (leaf.start !== cursor) throw new Error(`gap or overlap at offset ${cursor}: next leaf ${leaf.kind} starts at ${leaf.start}`);
    if (leaf.end <= leaf.start) throw new Error(`empty leaf ${leaf.kind} at ${leaf.start}`);
    cursor = leaf.end;
  }
  if (cursor !== text.length) throw new Error(`leaves end at ${cursor}, text at ${text.length}`);
  for (const node of walk(document.root)) {
    const expected = index.rangeOf(node.start, node.end);
    if (JSON.stringify(expected) !== JSON.stringify(node.range)) throw new Error(`range of ${node.kind} at ${node.start} is wrong`);
    for (let i = 1; i < node.children.length; i++) {
      const previous = node.children[i - 1] as Node;
      const child = node.children[i] as Node;
      if (child.start !== previous.end) throw new Error(`children of ${node.kind} do not tile at ${child.start}`);
    }
    if (node.counterpart && node.counterpart.counterpart !== node) throw new Error(`counterpart of ${node.kind} at ${node.start} is not symmetric`);
  }
}

/** Everything observable of a model: every node with its span, range, language and counterpart. */
export function snapshot(document: ParsedDocument): string {
  const ids = new Map<Node, number>();
  let next = 0;
  for (const node of walk(document.root)) ids.set(node, next++);
  const nodes = [...walk(document.root)].map((node) =>
    [
      node.kind,
      node.start,
      node.end,
      JSON.stringify(node.range),
      node.lang,
      node.number,
      node.marker,
      node.field,
      JSON.stringify(node.language),
      node.counterpart === undefined ? 'u' : node.counterpart === null ? 'n' : ids.get(node.counterpart),
    ].join(' '),
  );
  const questions = document.questions.map((question) =>
    [question.number, question.originalLanguage, question.closedWithoutAnswer, question.answerRecordedOn, question.answerPlaceholder?.start, JSON.stringify(question.cutOff)].join(
      ' ',
    ),
  );
  const unrecognized = document.unrecognized.map((node) => ids.get(node)).join(',');
  return [...nodes, ...questions, unrecognized, JSON.stringify(document.layout)].join('\n');
}

/**
 * The sample as question `number`, its two reference columns citing `references` ("Ook gesteld
 * aan" unless a reference says its own label): a question file of a test workspace.
 */
export function questionFile(number: string, references: readonly (string | { label: string; number: string })[]): string {
  const lines = SAMPLE.replaceAll('5-8916', number).split('\n');
  const referenceLines = references.map((reference) =>
    typeof reference === 'string' ? `Ook gesteld aan : schriftelijke vraag ${reference}` : `${reference.label} : schriftelijke vraag ${reference.number}`,
  );
  // Lines 35-70 are the two reference columns (the right one repeats the left): both rebuilt.
  lines.splice(34, 36, ...referenceLines, ...referenceLines);
  return lines.join('\n');
}

/**
 * A workspace of question files that cite each other: 5-100 is also asked as 5-101, 5-102 and
 * 5-999 (held by no file); 5-101 lists 5-100 and 5-102 back; 5-102 lists only 5-101 (so 5-100's
 * reference to it is asymmetric); a second file holds 5-101; 5-200 was re-submitted as 5-300,
 * whose page does not name it.
 */
export const WORKSPACE_FILES: Readonly<Record<string, string>> = {
  'a.parlq': questionFile('5-100', ['5-101', '5-102', '5-999']),
  'b.parlq': questionFile('5-101', ['5-100', '5-102']),
  'c.parlq': questionFile('5-102', ['5-101']),
  'sub/d.parlq': questionFile('5-101', ['5-100']),
  'e.parlq': questionFile('5-200', [{ label: 'Heringediend als', number: '5-300' }]),
  'f.parlq': questionFile('5-300', []),
};
