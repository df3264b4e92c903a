#!/usr/bin/env node
/**
 * `npm run fuzz [-- CASES]`: runs the property invariants on CASES generated inputs (default
 * 100,000), split over one vitest process per core, and prints how many ran, how many failed and
 * the slowest case. A failing case is shrunk and kept in tests/fixtures/fuzz/.
 */
import { spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = new URL('..', import.meta.url).pathname;
const total = Number(process.argv[2] ?? 100_000);
const shards = Math.max(1, Math.min(availableParallelism(), 4));
const seed = Number(process.env.PARLQ_FUZZ_SEED ?? Date.now() % 1_000_000_007);
const started = Date.now();
console.log(`fuzz: ${total} cases over ${shards} processes, seed ${seed}`);

const runs = Array.from({ length: shards }, (_, shard) => {
  rmSync(join(ROOT, 'out', `fuzz-shard-${shard}.json`), { force: true });
  const count = Math.floor(total / shards) + (shard < total % shards ? 1 : 0);
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(ROOT, 'node_modules', 'vitest', 'vitest.mjs'), 'run', '-c', 'vitest.fuzz.config.mts', '--reporter=dot'], {
      cwd: ROOT,
      env: { ...process.env, PARLQ_FUZZ_RUNS: String(count), PARLQ_FUZZ_SHARD: String(shard), PARLQ_FUZZ_SEED: String(seed) },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    child.on('exit', () => {
      try {
        resolve(JSON.parse(readFileSync(join(ROOT, 'out', `fuzz-shard-${shard}.json`), 'utf8')));
      } catch {
        resolve({ shard, executed: 0, passed: 0, failed: 1, slowest: { ms: 0 }, failures: [{ file: '', error: 'the shard did not finish' }] });
      }
    });
  });
});

const results = await Promise.all(runs);
const passed = results.reduce((sum, result) => sum + result.passed, 0);
const failed = results.reduce((sum, result) => sum + result.failed, 0);
const slowest = results.map((result) => result.slowest).sort((a, b) => b.ms - a.ms)[0];
console.log(`fuzz: ${results.reduce((sum, result) => sum + result.executed, 0)} property evaluations (shrinking included) in ${((Date.now() - started) / 1000).toFixed(0)} s`);
console.log(`fuzz: slowest case ${slowest.ms.toFixed(1)} ms on ${slowest.size} characters (${slowest.name})`);
for (const result of results) for (const failure of result.failures) console.log(`fuzz: FAILED, shrunk case kept in ${failure.file}: ${failure.error}`);
console.log(`fuzz: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
