#!/usr/bin/env node
// Built by `npm install` (prepare) or `npm run build`.
require('../out/server/src/lsp/main.js');
