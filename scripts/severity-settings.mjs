#!/usr/bin/env node
/**
 * Writes the `parlq.severity.<code>` settings of package.json from the checks' registry, and
 * their descriptions in package.nls.json, package.nls.fr.json and package.nls.nl.json from the
 * message catalogue (run after `npm run build` when a check is added or its description
 * changes); the other settings follow them, in their order. tests/package.test.ts fails while
 * they disagree.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..');
const require = createRequire(import.meta.url);
const { CHECKS, SEVERITY_SETTINGS } = require('../out/server/src/checks/index.js');
const { severityNls } = require('../out/server/src/service/manifest.js');
const path = join(ROOT, 'package.json');
const manifest = JSON.parse(readFileSync(path, 'utf8'));
const configuration = manifest.contributes.configuration;
const others = Object.entries(configuration.properties).filter(([key]) => !key.startsWith('parlq.severity.'));
const properties = {};
CHECKS.forEach((check, index) => {
  properties[`parlq.severity.${check.code}`] = {
    type: 'string',
    enum: [...SEVERITY_SETTINGS],
    default: check.defaultSeverity,
    order: index + 1,
    markdownDescription: `%setting.severity.${check.code}%`,
  };
});
others.forEach(([key, value], index) => {
  properties[key] = { ...value, order: CHECKS.length + index + 1 };
});
configuration.properties = properties;
// Spaces that cannot be seen (the [parlq] defaults name U+00A0 and U+202F) are written as escapes.
writeFileSync(
  path,
  `${JSON.stringify(manifest, null, 2)
    .replace(/\u00a0/g, '\\u00a0')
    .replace(/\u202f/g, '\\u202f')}\n`,
);
for (const [file, locale] of [
  ['package.nls.json', 'en'],
  ['package.nls.fr.json', 'fr'],
  ['package.nls.nl.json', 'nl'],
]) {
  const nlsPath = join(ROOT, file);
  const current = JSON.parse(readFileSync(nlsPath, 'utf8'));
  const kept = Object.fromEntries(Object.entries(current).filter(([key]) => !key.startsWith('setting.severity.')));
  writeFileSync(nlsPath, `${JSON.stringify({ ...kept, ...severityNls(locale) }, null, 2)}\n`);
}
console.log(`package.json: ${CHECKS.length} severity settings, ${others.length} others; package.nls*.json: their descriptions in en, fr, nl`);
