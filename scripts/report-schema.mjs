#!/usr/bin/env node
// Writes schemas/parlq-report.schema.json, the JSON Schema of `parlq check --format json`, from
// the zod schema the checker's report is made to (server/src/cli/report.ts). Run after a build;
// a test fails while the file and the schema differ.
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { reportJsonSchema } = require('../out/server/src/cli/report.js');
// Written as Prettier writes it, so that the lint's format check passes on the file as generated.
const target = new URL('../schemas/parlq-report.schema.json', import.meta.url);
const prettier = await import('prettier');
const options = (await prettier.resolveConfig(target)) ?? {};
writeFileSync(target, await prettier.format(JSON.stringify(reportJsonSchema(), null, 2), { ...options, parser: 'json' }));
