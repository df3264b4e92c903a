#!/usr/bin/env node
// Writes schemas/parlq-report.schema.json, the JSON Schema of `parlq check --format json`, from
// the zod schema the checker's report is made to (server/src/cli/report.ts). Run after a build;
// a test fails while the file and the schema differ.
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { reportJsonSchema } = require('../out/server/src/cli/report.js');
writeFileSync(new URL('../schemas/parlq-report.schema.json', import.meta.url), `${JSON.stringify(reportJsonSchema(), null, 2)}\n`);
