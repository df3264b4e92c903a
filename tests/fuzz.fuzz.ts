/**
 * One shard of `npm run fuzz`: the property tests' invariants on PARLQ_FUZZ_RUNS generated cases.
 * A failing case is shrunk by fast-check and kept in tests/fixtures/fuzz/ as a regression input.
 * Writes its figures to out/fuzz-shard-N.json for the runner to add up.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import fc from 'fast-check';
import { it } from 'vitest';
import { builtBulletin, mutatedText } from './generators.js';
import { ROOT } from './helpers.js';
import { checkEverything } from './invariants.js';

const runs = Number(process.env.PARLQ_FUZZ_RUNS ?? 1000);
const shard = Number(process.env.PARLQ_FUZZ_SHARD ?? 0);
const seed = Number(process.env.PARLQ_FUZZ_SEED ?? Date.now()) + shard * 7919;

it(`fuzz shard ${shard}: ${runs} cases`, () => {
  const cases = fc.oneof(
    mutatedText,
    builtBulletin.map((text) => ({ base: undefined as string | undefined, text, name: 'built from parts' })),
  );
  let executed = 0;
  let slowest = { ms: 0, name: '', size: 0 };
  const result = fc.check(
    fc.property(cases, ({ base, text, name }) => {
      executed++;
      const start = performance.now();
      checkEverything(text, base);
      const ms = performance.now() - start;
      if (ms > slowest.ms) slowest = { ms, name, size: text.length };
    }),
    { numRuns: runs, seed },
  );
  const failures: { file: string; error: string }[] = [];
  if (result.failed && result.counterexample) {
    const [{ text }] = result.counterexample as [{ text: string }];
    const folder = join(ROOT, 'tests', 'fixtures', 'fuzz');
    mkdirSync(folder, { recursive: true });
    const file = join(folder, `${createHash('sha1').update(text).digest('hex').slice(0, 12)}.txt`);
    writeFileSync(file, text);
    failures.push({ file, error: String(result.errorInstance) });
  }
  mkdirSync(join(ROOT, 'out'), { recursive: true });
  writeFileSync(
    join(ROOT, 'out', `fuzz-shard-${shard}.json`),
    JSON.stringify({
      shard,
      seed,
      planned: runs,
      executed,
      passed: result.failed ? result.numRuns - 1 : result.numRuns,
      failed: result.failed ? 1 : 0,
      shrinks: result.numShrinks,
      slowest,
      failures,
    }),
  );
});
