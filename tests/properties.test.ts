/**
 * Property tests: the model's and the checks' promises on mutated pages and on pages built from
 * parts. `npm test` runs a few hundred cases; `npm run fuzz` runs the same properties at scale.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { builtBulletin, mutatedText } from './generators.js';
import { ROOT } from './helpers.js';
import { checkEverything } from './invariants.js';

const RUNS = Number(process.env.PARLQ_PROPERTY_RUNS ?? 150);

describe('properties', () => {
  it('hold on mutations of the sample and the fixtures', () => {
    fc.assert(
      fc.property(mutatedText, ({ base, text }) => checkEverything(text, base)),
      { numRuns: RUNS, seed: Number(process.env.PARLQ_PROPERTY_SEED ?? 20261130) },
    );
  });

  it('hold on question files built from parts', () => {
    fc.assert(
      fc.property(builtBulletin, (text) => checkEverything(text)),
      { numRuns: RUNS, seed: Number(process.env.PARLQ_PROPERTY_SEED ?? 20261130) },
    );
  });

  it('hold on every failing case the fuzzer ever kept', () => {
    const folder = join(ROOT, 'tests', 'fixtures', 'fuzz');
    for (const name of readdirSync(folder).filter((file) => file.endsWith('.txt'))) checkEverything(readFileSync(join(folder, name), 'utf8'));
  });
});
