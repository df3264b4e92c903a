#!/usr/bin/env node
/**
 * `npm run bench`: every figure of the performance work, measured in one run, each beside the
 * floor it is judged against. Prints a table and writes it to BENCHMARKS.md.
 */
import { spawn, spawnSync } from 'node:child_process';
import { availableParallelism, cpus, tmpdir } from 'node:os';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { ROOT, SAMPLE, bulletin, markdownOf, workspaceFile } from './generate.mjs';
import { viewTable } from './view.mjs';

const require = createRequire(import.meta.url);
const { createLanguageService } = require('../out/server/src/service/index.js');
const { ProgressType, StreamMessageReader, StreamMessageWriter, createMessageConnection } = require('vscode-jsonrpc/node');

/** A new language service holding one document: what the checker does for each file. */
function serviceWith(text) {
  const service = createLanguageService();
  service.configure({ maxDocumentSizeMB: 1000 });
  service.setDocument('bench:/document.parlq', 1, text);
  return service;
}
/** Parse and every check, from text, through the language service. */
const analyse = (text) => serviceWith(text).diagnostics('bench:/document.parlq');
/** Parse and outline, from text, through the language service. */
const outlineOf = (text) => serviceWith(text).outline('bench:/document.parlq');

const quick = process.argv.includes('--quick');
const WORKSPACE_FILES = quick ? 1000 : 10_000;
const out = [];
const say = (line = '') => {
  console.log(line);
  out.push(line);
};

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}
function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}
/** Median time of `runs` calls after a warm-up, in ms. */
function timeIt(work, runs) {
  // Start each series from a collected heap (node --expose-gc), so that one input's garbage is not
  // billed to the next.
  globalThis.gc?.();
  for (let i = 0; i < 3; i++) work();
  const times = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    work();
    times.push(performance.now() - start);
  }
  return median(times);
}
const ms = (value) => (value < 1 ? value.toFixed(3) : value < 10 ? value.toFixed(2) : value.toFixed(1));
const mbps = (bytes, millis) => (bytes / 1e6 / (millis / 1000)).toFixed(1);

/** The floor: split into lines as LSP does, one simple regular expression over each line. */
function floor(text) {
  let count = 0;
  for (const line of text.split(/\r\n|\r|\n/)) if (/\b[0-9]{1,2}-[0-9]{1,6}\b/.test(line)) count++;
  return count;
}

const BULLETIN = bulletin(100);

function analysisTable() {
  say('## 1. Full analysis against the line-split floor');
  say('');
  say(
    'Full analysis = parse (with language detection and FR/NL alignment) + every check, through the language service (what the checker does per file). Floor = `text.split(/\\r\\n|\\r|\\n/)` and one',
  );
  say('unanchored regular expression (`/\\b[0-9]{1,2}-[0-9]{1,6}\\b/`, the question numbers) tested on every line. Medians.');
  say('');
  say('| input | size | analysis | MB/s | floor | floor MB/s | analysis / floor |');
  say('|---|---:|---:|---:|---:|---:|---:|');
  for (const [name, text, runs] of [
    ['sample (1 question)', SAMPLE, 200],
    ['bulletin (100 questions)', BULLETIN, 20],
  ]) {
    const analysis = timeIt(() => analyse(text), runs);
    const base = timeIt(() => floor(text), runs * 5);
    say(
      `| ${name} | ${(text.length / 1024).toFixed(0)} KB | ${ms(analysis)} ms | ${mbps(text.length, analysis)} | ${ms(base)} ms | ${mbps(text.length, base)} | ${(analysis / base).toFixed(1)}× |`,
    );
  }
  say('');
}

function peerTable() {
  say('## 3. Outline against the Markdown language service');
  say('');
  const { createLanguageService, githubSlugifier } = require('vscode-markdown-languageservice');
  const { TextDocument } = require('vscode-languageserver-textdocument');
  const MarkdownIt = require('markdown-it');
  const { URI } = require('vscode-uri');
  const md = new MarkdownIt({ html: true });
  const parser = {
    slugifier: githubSlugifier,
    async tokenize(document) {
      return md.parse(document.getText(), {});
    },
  };
  const noEvent = () => ({ dispose() {} });
  const workspace = {
    workspaceFolders: [],
    onDidChangeMarkdownDocument: noEvent,
    onDidCreateMarkdownDocument: noEvent,
    onDidDeleteMarkdownDocument: noEvent,
    async getAllMarkdownDocuments() {
      return [];
    },
    hasMarkdownDocument: () => false,
    async openMarkdownDocument() {
      return undefined;
    },
    async stat() {
      return undefined;
    },
    async readDirectory() {
      return [];
    },
  };
  const logger = { level: 0, log() {} };
  const service = createLanguageService({ workspace, parser, logger });
  const markdown = markdownOf(BULLETIN, outlineOf);
  const token = { isCancellationRequested: false, onCancellationRequested: noEvent };
  return (async () => {
    // Each run gets a new document version, so neither side can answer from a cache: text → symbols.
    let version = 0;
    const peerTimes = [];
    let peerCount = 0;
    for (let i = 0; i < 23; i++) {
      // A new URI too: the service caches per document and learns of changes only from workspace events.
      const document = TextDocument.create(URI.file(`/bulletin-${i}.md`).toString(), 'markdown', ++version, markdown);
      const start = performance.now();
      const symbols = await service.getDocumentSymbols(document, {}, token);
      if (i >= 3) peerTimes.push(performance.now() - start);
      peerCount = countSymbols(symbols);
    }
    let ourCount = 0;
    const ours = timeIt(() => {
      ourCount = countSymbols(outlineOf(BULLETIN));
    }, 20);
    const peer = median(peerTimes);
    say('Both sides start from text: parlq parses the bulletin and builds its outline; the Markdown service tokenizes a Markdown');
    say(
      `rendering of the same text (one heading per section: ${markdown.split('\n').filter((line) => line.startsWith('#')).length} headings) with markdown-it and builds its symbols. Medians of 20.`,
    );
    say('');
    say('| | symbols | time | parlq / peer |');
    say('|---|---:|---:|---:|');
    say(`| parlq outline | ${ourCount} | ${ms(ours)} ms | ${(ours / peer).toFixed(2)} |`);
    say(`| vscode-markdown-languageservice | ${peerCount} | ${ms(peer)} ms | |`);
    say('');
  })();
}

function countSymbols(symbols) {
  return symbols.reduce((sum, symbol) => sum + 1 + countSymbols(symbol.children ?? []), 0);
}

async function serverTable() {
  say('## 2. The server over stdio, on the 1 MB bulletin');
  say('');
  const child = spawn(process.execPath, [join(ROOT, 'bin', 'parlq-language-server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const waiting = new Map();
  connection.onNotification('textDocument/publishDiagnostics', (params) => {
    const resolve = waiting.get(params.version);
    if (resolve) {
      waiting.delete(params.version);
      resolve(params);
    }
  });
  connection.onRequest('workspace/configuration', () => [null]);
  connection.onRequest('client/registerCapability', () => null);
  connection.listen();
  await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: null,
    capabilities: { textDocument: { documentSymbol: { hierarchicalDocumentSymbolSupport: true } } },
  });
  connection.sendNotification('initialized', {});
  const uri = 'file:///bench/bulletin.parlq';
  const published = (version) => new Promise((resolve) => waiting.set(version, resolve));

  let start = performance.now();
  let diagnostics = published(1);
  connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'parlq', version: 1, text: BULLETIN } });
  const opened = await diagnostics;
  const openTime = performance.now() - start;

  const editTimes = [];
  for (let version = 2; version < 2 + 21; version++) {
    // A real one-character edit each time, in the middle of the bulletin: an "x" typed, then taken out again.
    const at = { line: 5000, character: 0 };
    start = performance.now();
    diagnostics = published(version);
    connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version },
      contentChanges: [version % 2 === 0 ? { range: { start: at, end: at }, text: 'x' } : { range: { start: at, end: { line: 5000, character: 1 } }, text: '' }],
    });
    await diagnostics;
    editTimes.push(performance.now() - start);
  }

  const lineCount = BULLETIN.split('\n').length;
  const hoverTimes = [];
  for (let i = 0; i < 300; i++) {
    const position = { line: Math.floor((i * 7919) % lineCount), character: (i * 13) % 40 };
    start = performance.now();
    await connection.sendRequest('textDocument/hover', { textDocument: { uri }, position });
    hoverTimes.push(performance.now() - start);
  }
  const symbolTimes = [];
  for (let i = 0; i < 30; i++) {
    start = performance.now();
    await connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } });
    symbolTimes.push(performance.now() - start);
  }
  // The side-by-side view's request: the rows with their diagnostics, as the view asks for them
  // after an edit (the findings are then those already computed for publishing) and at rest.
  const alignmentTimes = [];
  let alignmentRows = 0;
  let alignmentBytes = 0;
  for (let i = 0; i < 30; i++) {
    start = performance.now();
    const answer = await connection.sendRequest('parlq/alignment', { textDocument: { uri } });
    alignmentTimes.push(performance.now() - start);
    alignmentRows = answer.rows.length;
    alignmentBytes = JSON.stringify(answer).length;
  }
  // Floors: a request the server answers at once (hover on a document it does not hold), and
  // the same full-text change serialised to JSON and parsed back.
  const trivialTimes = [];
  for (let i = 0; i < 300; i++) {
    start = performance.now();
    await connection.sendRequest('textDocument/hover', { textDocument: { uri: 'file:///bench/none.parlq' }, position: { line: 0, character: 0 } });
    trivialTimes.push(performance.now() - start);
  }
  const message = { jsonrpc: '2.0', method: 'textDocument/didChange', params: { textDocument: { uri, version: 99 }, contentChanges: [{ text: BULLETIN }] } };
  const transport = timeIt(() => JSON.parse(JSON.stringify(message)), 20);
  await connection.sendRequest('shutdown');
  connection.sendNotification('exit');
  connection.dispose();

  const trivial = median(trivialTimes);
  say(`${opened.diagnostics.length} diagnostics on the bulletin. Transport floors: the full-text change as JSON, serialised and parsed: ${ms(transport)} ms;`);
  say(`a trivial request's round trip: p50 ${ms(trivial)} ms, p99 ${ms(percentile(trivialTimes, 99))} ms.`);
  say('');
  say('| measure | time | floor | ratio |');
  say('|---|---:|---:|---:|');
  say(`| didOpen → publishDiagnostics | ${ms(openTime)} ms | ${ms(transport)} ms (JSON) | ${(openTime / transport).toFixed(1)}× |`);
  say(
    `| one-character edit → publishDiagnostics, median of ${editTimes.length} | ${ms(median(editTimes))} ms | ${ms(transport)} ms (JSON) | ${(median(editTimes) / transport).toFixed(1)}× |`,
  );
  say(`| hover p50 (${hoverTimes.length} positions) | ${ms(median(hoverTimes))} ms | ${ms(trivial)} ms (trivial request) | ${(median(hoverTimes) / trivial).toFixed(1)}× |`);
  say(`| hover p99 | ${ms(percentile(hoverTimes, 99))} ms | ${ms(trivial)} ms (trivial request, p50) | ${(percentile(hoverTimes, 99) / trivial).toFixed(1)}× |`);
  say(
    `| hover p99 against the trivial request's p99 | ${ms(percentile(hoverTimes, 99))} ms | ${ms(percentile(trivialTimes, 99))} ms (trivial request, p99) | ${(percentile(hoverTimes, 99) / percentile(trivialTimes, 99)).toFixed(1)}× |`,
  );
  say(`| documentSymbol p50 (${symbolTimes.length} requests) | ${ms(median(symbolTimes))} ms | | |`);
  say(`| documentSymbol p99 | ${ms(percentile(symbolTimes, 99))} ms | | |`);
  say(
    `| parlq/alignment p50 (${alignmentTimes.length} requests; ${alignmentRows} rows, ${(alignmentBytes / 1e6).toFixed(2)} MB of JSON) | ${ms(median(alignmentTimes))} ms | ${ms(median(symbolTimes))} ms (documentSymbol p50) | ${(median(alignmentTimes) / median(symbolTimes)).toFixed(1)}× |`,
  );
  say(`| parlq/alignment p99 | ${ms(percentile(alignmentTimes, 99))} ms | | |`);
  say('');
}

async function workspaceTable() {
  say(`## 4. A workspace of ${WORKSPACE_FILES.toLocaleString('en')} question files`);
  say('');
  const folder = mkdtempSync(join(tmpdir(), 'parlq-bench-workspace-'));
  let bytes = 0;
  try {
    for (let i = 0; i < WORKSPACE_FILES; i++) {
      const dir = join(folder, String(Math.floor(i / 1000)));
      if (i % 1000 === 0) mkdirSync(dir);
      const text = workspaceFile(i);
      bytes += Buffer.byteLength(text);
      writeFileSync(join(dir, `5-${10000 + i}.parlq`), text);
    }
    // A fresh process, so that its peak memory is the index's alone.
    const result = spawnSync(process.execPath, [join(ROOT, 'bench', 'index-workspace.mjs'), folder, '5-8900'], { encoding: 'utf8' });
    if (result.status !== 0) throw new Error(result.stderr);
    const figures = JSON.parse(result.stdout);
    say(`${figures.files} files, ${(bytes / 1e6).toFixed(0)} MB, indexed cold in a new process: every file read and its headers parsed.`);
    say('');
    say('| measure | value |');
    say('|---|---:|');
    say(`| index the folder (read + parse), 1 thread | ${(figures.indexMs / 1000).toFixed(2)} s (${(figures.files / (figures.indexMs / 1000)).toFixed(0)} files/s) |`);
    say(`| peak RSS of that process | ${figures.peakRssMb.toFixed(0)} MB |`);
    say(`| entries held | ${figures.questions} questions, ${figures.references} cross-references |`);
    say(`| query: files that reference 5-8900 | ${figures.queryMs.toFixed(3)} ms (${figures.matches} files) |`);
    say('');
    // The publication pipeline's run over the same folder: one worker thread, then one a core.
    const checkWith = (jobs) => {
      const start = performance.now();
      const run = spawnSync(process.execPath, [join(ROOT, 'bin', 'parlq.js'), 'check', '--jobs', String(jobs), '--quiet', '--format', 'text', folder], {
        encoding: 'utf8',
        maxBuffer: 1 << 30,
      });
      if (run.status !== 1) throw new Error(`parlq check --jobs ${jobs} exited ${run.status}: ${run.stderr.slice(-500)}`);
      return { ms: performance.now() - start, summary: run.stderr.trim().split('\n').at(-1) };
    };
    const jobs = availableParallelism();
    const single = checkWith(1);
    const all = checkWith(jobs);
    say(`\`parlq check\` over the folder (every check, text output), a new process each: ${all.summary.replace(/^parlq: /, '')}.`);
    say('');
    say('| measure | time | files/s |');
    say('|---|---:|---:|');
    say(`| 1 worker thread | ${(single.ms / 1000).toFixed(2)} s | ${(WORKSPACE_FILES / (single.ms / 1000)).toFixed(0)} |`);
    say(`| ${jobs} worker threads (one a core) | ${(all.ms / 1000).toFixed(2)} s | ${(WORKSPACE_FILES / (all.ms / 1000)).toFixed(0)} |`);
    say(`| ratio, 1 / ${jobs} | ${(single.ms / all.ms).toFixed(2)}× | |`);
    say('');
    await workspaceServerTable(folder);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** The server on the folder, as VS Code drives it: index, the whole folder's diagnostics pulled, a change, Ctrl+T, an open file. */
async function workspaceServerTable(folder) {
  const child = spawn(process.execPath, [join(ROOT, 'bin', 'parlq-language-server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  connection.onRequest('workspace/configuration', (params) => params.items.map(() => null));
  connection.onRequest('client/registerCapability', () => null);
  connection.onRequest('window/workDoneProgress/create', () => null);
  connection.onRequest('workspace/diagnostic/refresh', () => null);
  connection.listen();
  const folderUri = `file://${folder}`;
  const start = performance.now();
  await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: null,
    workspaceFolders: [{ uri: folderUri, name: 'bench' }],
    capabilities: { workspace: { configuration: true, diagnostics: { refreshSupport: true } }, textDocument: { diagnostic: {} } },
  });
  connection.sendNotification('initialized', {});
  // As VS Code asks: with a partial-result token, so that the reports stream in batches.
  const streamed = [];
  connection.onProgress(new ProgressType(), 'bench-partial', (partial) => streamed.push(...partial.items));
  const firstAnswer = await connection.sendRequest('workspace/diagnostic', { previousResultIds: [], partialResultToken: 'bench-partial' });
  const firstMs = performance.now() - start;
  const first = { items: [...streamed, ...firstAnswer.items] };
  const full = first.items.filter((report) => report.kind === 'full');
  const findings = full.reduce((sum, report) => sum + report.items.length, 0);
  const crossFile = full.reduce((sum, report) => sum + report.items.filter((item) => /-question|asymmetric|dangling/.test(item.code)).length, 0);
  const memory = () => Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;
  const peakAfterFirst = memory();
  // One file changes on disk: the held pull answers with the reports that changed, the rest "unchanged".
  const previousResultIds = first.items.map((report) => ({ uri: report.uri, value: report.resultId }));
  const changedFile = join(folder, '0', '5-10000.parlq');
  writeFileSync(changedFile, workspaceFile(0).replace('Ook gesteld aan : schriftelijke vraag 5-8900', 'Ook gesteld aan : schriftelijke vraag 5-10001'));
  const held = connection.sendRequest('workspace/diagnostic', { previousResultIds });
  const changeStart = performance.now();
  connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: `file://${changedFile}`, type: 2 }] });
  const second = await held;
  const secondMs = performance.now() - changeStart;
  const symbolTimes = [];
  for (const query of ['5-10500', 'médias sociaux', 'Taelman 5-1099']) {
    const symbolStart = performance.now();
    await connection.sendRequest('workspace/symbol', { query });
    symbolTimes.push(performance.now() - symbolStart);
  }
  const openStart = performance.now();
  connection.sendNotification('textDocument/didOpen', { textDocument: { uri: `file://${changedFile}`, languageId: 'parlq', version: 1, text: readFileSync(changedFile, 'utf8') } });
  await connection.sendRequest('textDocument/diagnostic', { textDocument: { uri: `file://${changedFile}` } });
  const openMs = performance.now() - openStart;
  const peak = memory();
  await connection.sendRequest('shutdown');
  connection.sendNotification('exit');
  say(`The language server over stdio on the same folder, with a client that pulls diagnostics (as VS Code does):`);
  say('');
  say('| measure | value |');
  say('|---|---:|');
  say(
    `| initialize → the whole folder's diagnostics (index + every file checked, workspace/diagnostic) | ${(firstMs / 1000).toFixed(2)} s (${full.length} files, ${findings} findings, ${crossFile} across files) |`,
  );
  say(
    `| one file changed on disk → the held pull answered | ${ms(secondMs)} ms (${second.items.filter((report) => report.kind === 'full').length} reports new, ${second.items.filter((report) => report.kind === 'unchanged').length} unchanged) |`,
  );
  say(`| workspace/symbol (Ctrl+T), 3 queries | ${symbolTimes.map(ms).join(' ms, ')} ms |`);
  say(`| open a file → its pulled diagnostics | ${ms(openMs)} ms |`);
  say(`| peak RSS of the server | ${peakAfterFirst.toFixed(0)} MB after the first pull, ${peak.toFixed(0)} MB at the end |`);
  say('');
}

/** Pathological inputs, at 1×, 2× and 4×: the time must grow linearly, and stay well under a second at 1×. */
function linearTable() {
  say('## 5. Pathological inputs: linear time');
  say('');
  say('Full analysis (parse + every check) of each input at 1×, 2× and 4× its size; linear growth means ratios near 2 and 4.');
  say('');
  say('| input (1×) | 1× | 2× | 4× | 2× / 1× | 4× / 1× |');
  say('|---|---:|---:|---:|---:|---:|');
  const head = SAMPLE.slice(0, SAMPLE.indexOf('Ook gesteld aan'));
  const questionStart = SAMPLE.slice(0, SAMPLE.indexOf('1) Les SPF'));
  const flat = SAMPLE.replace(/\n/g, ' ');
  const inputs = [
    ['one 2 MB line', (k) => flat.repeat(Math.ceil((2e6 * k) / flat.length)).slice(0, 2e6 * k)],
    ['1,000,000 blank lines', (k) => '\n'.repeat(1e6 * k)],
    ['100,000 numbered items', (k) => questionStart + Array.from({ length: 1e5 * k }, (_, i) => `${i + 1}) Combien de SPF recourent aux médias sociaux ?`).join('\n\n')],
    ['50,000 reference lines', (k) => `${head}${Array.from({ length: 5e4 * k }, (_, i) => `Ook gesteld aan : schriftelijke vraag 5-${i % 9000}`).join('\n')}\n________ ________\n`],
    ["2,000,000 '_' with one space", (k) => `${'_'.repeat(1e6 * k)} ${'_'.repeat(1e6 * k)}`],
    ['the sample 200 times', (k) => Array.from({ length: 200 * k }, () => SAMPLE).join('\n\n')],
  ];
  for (const [name, make] of inputs) {
    const times = [1, 2, 4].map((k) => {
      const text = make(k);
      return timeIt(() => analyse(text), k === 4 ? 3 : 5);
    });
    say(`| ${name} | ${ms(times[0])} ms | ${ms(times[1])} ms | ${ms(times[2])} ms | ${(times[1] / times[0]).toFixed(2)} | ${(times[2] / times[0]).toFixed(2)} |`);
  }
  say('');
}

/** The side-by-side view's page drawing the bulletin's rows, in a browser where one is installed. */
async function sideBySideTable() {
  say('## 2b. The side-by-side view in a browser');
  say('');
  const rows = JSON.parse(JSON.stringify(serviceWith(BULLETIN).alignment('bench:/document.parlq')));
  for (const line of await viewTable(ROOT, rows, { median, ms })) say(line);
  say('');
}

async function main() {
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  say('# Benchmarks');
  say('');
  say(`Run by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}: Node ${process.version}, ${cpus().length} × ${cpu.trim()}.`);
  say('Inputs are made in the run from the sample: a bulletin of 100 renumbered questions with varied agencies');
  say(`(${(BULLETIN.length / 1e6).toFixed(2)} MB), and ${WORKSPACE_FILES.toLocaleString('en')} question files. Ratios compare figures measured in this same run.`);
  say('');
  analysisTable();
  await serverTable();
  await sideBySideTable();
  await peerTable();
  await workspaceTable();
  linearTable();
  if (!quick) writeFileSync(join(ROOT, 'BENCHMARKS.md'), `${out.join('\n')}\n`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
