// Indexes a folder of question files in this process and prints the figures as JSON:
// run as a child of bench.mjs so that the peak memory measured is the index's alone.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

const require = createRequire(import.meta.url);
const { WorkspaceIndex, indexText } = require('../out/server/src/workspace/index.js');
const [folder, number] = process.argv.slice(2);

function files(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? files(join(dir, entry.name)) : entry.name.endsWith('.parlq') ? [join(dir, entry.name)] : [],
  );
}

const start = performance.now();
const index = new WorkspaceIndex();
const paths = files(folder);
for (const path of paths) index.set(path, indexText(path, readFileSync(path, 'utf8')));
const indexMs = performance.now() - start;

const queryStart = performance.now();
const matches = index.filesReferencing(number);
const queryMs = performance.now() - queryStart;
const { files: fileCount, questions, references } = index.counts();
process.stdout.write(JSON.stringify({ files: fileCount, indexMs, queryMs, matches: matches.length, questions, references, peakRssMb: process.resourceUsage().maxRSS / 1024 }));
