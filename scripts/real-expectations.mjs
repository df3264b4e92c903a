#!/usr/bin/env node
/**
 * Writes tests/fixtures/real/NAME.expected for a real page that has none: the page's layout and
 * the findings the checker gives today, each under a "why:" line to be written by a reviewer who
 * has read the page. Existing files are left alone; the test fails until every "why:" is filled.
 * Usage: node scripts/real-expectations.mjs (after npm run build).
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runChecks } from '../out/server/src/checks/index.js';
import { parseDocument } from '../out/server/src/model/index.js';

const folder = join(new URL('..', import.meta.url).pathname, 'tests', 'fixtures', 'real');
for (const name of readdirSync(folder)
  .filter((file) => file.endsWith('.txt'))
  .sort()) {
  const target = join(folder, name.replace(/\.txt$/, '.expected'));
  if (existsSync(target)) continue;
  const document = parseDocument(readFileSync(join(folder, name), 'utf8'));
  const lines = [`# ${name}`, `layout: ${document.layout.kind}${document.layout.lang ? ` ${document.layout.lang}` : ''}`, '# page: ', ''];
  for (const finding of runChecks(document).findings) {
    lines.push(`${finding.range.start.line + 1}:${finding.range.start.character + 1} ${finding.severity} ${finding.code} ${finding.message}`, '  why: ');
  }
  writeFileSync(target, `${lines.join('\n')}\n`);
  console.log(`wrote ${target}`);
}
