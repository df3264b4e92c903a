import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LIST_TWICE, SAMPLE } from './helpers.js';
import { startServer, type TestClient } from './lspClient.js';

const URI = 'file:///workspace/5-8916.parlq';
const codes = (published: { diagnostics: { code: string }[] }) => {
  const counts: Record<string, number> = {};
  for (const diagnostic of published.diagnostics) counts[diagnostic.code] = (counts[diagnostic.code] ?? 0) + 1;
  return counts;
};

describe('the language server over stdio, with a client that serves workspace/configuration', () => {
  let client: TestClient;
  let opened: Awaited<ReturnType<TestClient['nextDiagnostics']>>;

  beforeAll(async () => {
    client = await startServer({ configuration: true, settings: {} });
    const diagnostics = client.nextDiagnostics(URI);
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: URI, languageId: 'parlq', version: 1, text: SAMPLE } });
    opened = await diagnostics;
  });
  afterAll(async () => {
    await client.stop();
  });

  it('publishes the sample diagnostics on open, with codes, severities and related information', () => {
    expect(opened.version).toBe(1);
    // The French column's cross-references in Dutch are one warning, not the Dutch column's eighteen duplicates.
    expect(codes(opened)).toEqual({ 'missing-answer': 1, 'label-language': 2, typography: 2, 'answer-overdue': 1 });
    const missing = opened.diagnostics.find((diagnostic) => diagnostic.code === 'missing-answer')!;
    expect(missing.message).toMatch(/^No French answer 4: "Service public de programmation \(SPP\) Intégration Sociale" does not answer question 4/);
    expect(missing.relatedInformation!.map((related) => related.location.range.start.line)).toEqual([83, 178]);
    expect(opened.diagnostics.find((diagnostic) => diagnostic.code === 'label-language')!.severity).toBe(2);
  });

  it('answers documentSymbol with the hierarchy down to both languages’ agencies', async () => {
    type Symbol = { name: string; kind: number; children?: Symbol[]; selectionRange: unknown };
    const symbols = (await client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri: URI } })) as Symbol[];
    expect(symbols.map((symbol) => symbol.name)).toEqual(['Question 5-8916']);
    const answer = symbols[0]!.children!.find((symbol) => symbol.name === 'Answer')!;
    const agencies = answer.children!.map((part) => [part.name, part.children!.filter((child) => child.kind === 5).map((child) => child.name)]);
    expect(agencies[0]![0]).toBe('Français');
    expect(agencies[0]![1]).toContain('Fedasil');
    expect(agencies[1]![0]).toBe('Nederlands');
    expect(agencies[1]![1]).toEqual([
      'Dienst Vreemdelingenzaken (DVZ)',
      'Commissariaat-Generaal voor de Vluchtelingen en de…',
      'Raad voor Vreemdelingenbetwistingen (RVV)',
      'Fedasil',
      'Programmatorische Overheidsdienst (POD) Maatschappelijke…',
    ]);
  });

  it('answers hover with the counterpart text in Markdown', async () => {
    const hover = (await client.connection.sendRequest('textDocument/hover', { textDocument: { uri: URI }, position: { line: 126, character: 12 } })) as {
      contents: { kind: string; value: string };
      range: unknown;
    };
    expect(hover.contents.kind).toBe('markdown');
    // The counterpart's line is a link to it.
    expect(hover.contents.value).toMatch(
      /^\*\*Nederlands\*\* \(Dutch · original\) — answer item 2, \[line 165\]\(file:\/\/\/workspace\/5-8916\.parlq#L165\)\n\n2\\\. De evaluatie en de reacties zijn positief/,
    );
    expect(hover.range).toEqual({ start: { line: 126, character: 0 }, end: { line: 126, character: 297 } });
    const field = (await client.connection.sendRequest('textDocument/hover', { textDocument: { uri: URI }, position: { line: 4, character: 5 } })) as {
      contents: { value: string };
    };
    expect(field.contents.value).toBe('**Nederlands** (Dutch) — date, [line 5](file:///workspace/5-8916.parlq#L5)\n\n30 april 2013');
  });

  it('answers foldingRange and the counterpart request', async () => {
    const folds = (await client.connection.sendRequest('textDocument/foldingRange', { textDocument: { uri: URI } })) as { startLine: number; endLine: number }[];
    expect(folds).toContainEqual({ startLine: 132, endLine: 138, kind: 'region' });
    expect(folds).toHaveLength(27);
    const counterpart = await client.connection.sendRequest('parlq/counterpart', { textDocument: { uri: URI }, position: { line: 126, character: 3 } });
    expect(counterpart).toEqual({ range: { start: { line: 164, character: 0 }, end: { line: 164, character: 209 } } });
  });

  it('offers quick fixes for a duplicate: this one, and all of them at once', async () => {
    // The Dutch column's list printed twice in it: eighteen real duplicates.
    const uri = 'file:///workspace/list-twice.parlq';
    const published = client.nextDiagnostics(uri);
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'parlq', version: 1, text: LIST_TWICE } });
    const duplicates = (await published).diagnostics.filter((diagnostic) => diagnostic.code === 'duplicate-reference');
    expect(duplicates).toHaveLength(18);
    const duplicate = duplicates[0]!;
    expect(duplicate).toMatchObject({ severity: 1, source: 'parlq', range: { start: { line: 70, character: 0 }, end: { line: 70, character: 44 } } });
    expect(duplicate.relatedInformation).toEqual([
      {
        location: { uri, range: { start: { line: 52, character: 0 }, end: { line: 52, character: 44 } } },
        message: 'First listed here: "Ook gesteld aan : schriftelijke vraag 5-8900"',
      },
    ]);
    const actions = (await client.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: duplicate.range,
      context: { diagnostics: [duplicate] },
    })) as { title: string; kind: string; isPreferred?: boolean; edit: { changes: Record<string, { range: unknown; newText: string }[]> } }[];
    expect(actions.map((action) => [action.title, action.kind, action.isPreferred ?? false])).toEqual([
      ['Remove the duplicate cross-reference', 'quickfix', true],
      ['Remove all 18 duplicate cross-references', 'quickfix', false],
    ]);
    expect(actions[0]!.edit.changes[uri]).toEqual([{ range: { start: { line: 70, character: 0 }, end: { line: 71, character: 0 } }, newText: '' }]);
    expect(actions[1]!.edit.changes[uri]).toEqual([{ range: { start: { line: 70, character: 0 }, end: { line: 88, character: 0 } }, newText: '' }]);
    await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  });

  it('offers the French timeline labels for the French column', async () => {
    const label = opened.diagnostics.find((diagnostic) => diagnostic.code === 'label-language')!;
    const actions = (await client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri: URI }, range: label.range, context: { diagnostics: [label] } })) as {
      title: string;
      edit: { changes: Record<string, { newText: string }[]> };
    }[];
    expect(actions.map((action) => [action.title, action.edit.changes[URI]!.map((edit) => edit.newText)])).toEqual([
      ['Use the French labels ("Envoi question" and "Réponse")', ['Envoi question', 'Réponse']],
    ]);
  });

  it('updates the diagnostics after an incremental edit that removes one reference of the Dutch column', async () => {
    const diagnostics = client.nextDiagnostics(URI, (published) => published.version === 2);
    await client.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: URI, version: 2 },
      contentChanges: [{ range: { start: { line: 52, character: 0 }, end: { line: 53, character: 0 } }, text: '' }],
    });
    const published = await diagnostics;
    // The left column's 5-8900 now has no counterpart on the right.
    expect(codes(published)).toEqual({ 'missing-counterpart': 1, 'missing-answer': 1, 'label-language': 2, typography: 2, 'answer-overdue': 1 });
    expect(published.diagnostics.find((diagnostic) => diagnostic.code === 'missing-counterpart')!.range.start.line).toBe(34);
  });

  it('applies a changed setting without a restart, and reports an invalid one once', async () => {
    client.settings.value = { severity: { 'label-language': 'off', 'missing-answer': 'fatal' } };
    const diagnostics = client.nextDiagnostics(URI, (published) => !published.diagnostics.some((diagnostic) => diagnostic.code === 'label-language'));
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    const published = await diagnostics;
    expect(codes(published)).toEqual({ 'missing-counterpart': 1, 'missing-answer': 1, typography: 2, 'answer-overdue': 1 });
    expect(published.diagnostics.find((diagnostic) => diagnostic.code === 'missing-answer')!.severity).toBe(1);
    // The same invalid value again: no second message.
    const again = client.nextDiagnostics(URI);
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await again;
    expect(client.messages).toEqual([
      {
        type: 2,
        message: 'parlq: Setting "parlq.severity.missing-answer" must be one of error, warning, information, hint, off, not "fatal"; using "error".',
      },
    ]);
  });

  it('turns hover off by setting', async () => {
    client.settings.value = { hover: { enabled: false } };
    const diagnostics = client.nextDiagnostics(URI);
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await diagnostics;
    expect(await client.connection.sendRequest('textDocument/hover', { textDocument: { uri: URI }, position: { line: 126, character: 12 } })).toBeNull();
  });

  it('clears the diagnostics of a closed document', async () => {
    const diagnostics = client.nextDiagnostics(URI, (published) => published.diagnostics.length === 0);
    await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri: URI } });
    expect((await diagnostics).diagnostics).toEqual([]);
  });
});

describe('the language server with a client that sends no configuration', () => {
  it('uses the built-in defaults and answers from any byte soup without dying', async () => {
    const client = await startServer({ configuration: false });
    try {
      const uri = 'file:///workspace/soup.parlq';
      const diagnostics = client.nextDiagnostics(uri);
      await client.connection.sendNotification('textDocument/didOpen', {
        textDocument: { uri, languageId: 'parlq', version: 1, text: `${SAMPLE.slice(0, 3000)}\u0000\uD800\r\r\n\u2028Ã©${SAMPLE.slice(9000)}` },
      });
      const published = await diagnostics;
      expect(published.diagnostics.length).toBeGreaterThan(0);
      const symbols = await client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } });
      expect(Array.isArray(symbols)).toBe(true);
      const sample = 'file:///workspace/sample.parlq';
      const sampleDiagnostics = client.nextDiagnostics(sample);
      await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: sample, languageId: 'parlq', version: 1, text: SAMPLE } });
      // The soup kept the sample's number line: two open files hold question 5-8916.
      expect(codes(await sampleDiagnostics)).toEqual({ 'duplicate-question': 1, 'missing-answer': 1, 'label-language': 2, typography: 2, 'answer-overdue': 1 });
    } finally {
      await client.stop();
    }
  });
});

describe('the workspace index behind the server', () => {
  it('indexes the folder with progress and answers references to a question number across files', async () => {
    const { mkdtempSync, writeFileSync, mkdirSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { pathToFileURL } = await import('node:url');
    const folder = mkdtempSync(join(tmpdir(), 'parlq-workspace-'));
    mkdirSync(join(folder, 'sub'));
    writeFileSync(join(folder, 'a.parlq'), SAMPLE);
    writeFileSync(join(folder, 'sub', 'b.parlq'), SAMPLE.replaceAll('5-8916', '5-8917'));
    writeFileSync(join(folder, 'ignored.txt'), SAMPLE);
    const client = await startServer({ configuration: false, workspaceFolder: pathToFileURL(folder).toString() });
    try {
      const uri = pathToFileURL(join(folder, 'a.parlq')).toString();
      const diagnostics = client.nextDiagnostics(uri);
      await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'parlq', version: 1, text: SAMPLE } });
      await diagnostics;
      // On "5-8917" in line 51 (a cross-reference): the other file's own page, and every reference to it.
      const locations = (await client.connection.sendRequest('textDocument/references', {
        textDocument: { uri },
        position: { line: 50, character: 40 },
        context: { includeDeclaration: true },
      })) as { uri: string; range: { start: { line: number } } }[];
      const b = pathToFileURL(join(folder, 'sub', 'b.parlq')).toString();
      expect(locations[0]).toEqual({ uri: b, range: { start: { line: 6, character: 0 }, end: { line: 6, character: 56 } } });
      // b.parlq is question 5-8917 and, as the sample does, lists 5-8917 too (a self-reference).
      expect(
        locations
          .slice(1)
          .map((location) => [location.uri === uri ? 'a' : 'b', location.range.start.line + 1])
          .sort(),
      ).toEqual([
        ['a', 51],
        ['a', 69],
        ['b', 51],
        ['b', 69],
      ]);
      expect(client.progress.some((value) => value.kind === 'begin' && /indexing question files/.test(value.title ?? ''))).toBe(true);
      expect(client.progress.some((value) => value.kind === 'end')).toBe(true);
    } finally {
      await client.stop();
    }
  });
});

describe('a server that meets failures', () => {
  it('loses only the answer that failed: a throwing check, hover and outline', async () => {
    const logs: string[] = [];
    const client = await startServer({ configuration: false, env: { PARLQ_TEST_FAIL: 'check:missing-answer,hover,outline' }, onLog: (message) => logs.push(message) });
    try {
      const uri = 'file:///workspace/failing.parlq';
      const diagnostics = client.nextDiagnostics(uri);
      await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'parlq', version: 1, text: SAMPLE } });
      expect(codes(await diagnostics)).toEqual({ 'label-language': 2, typography: 2, 'answer-overdue': 1 });
      expect(await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 126, character: 12 } })).toBeNull();
      expect(await client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } })).toBeNull();
      const folds = (await client.connection.sendRequest('textDocument/foldingRange', { textDocument: { uri } })) as unknown[];
      expect(folds).toHaveLength(27);
      expect(client.process.exitCode).toBeNull();
      expect(logs.some((line) => /check missing-answer failed on file:\/\/\/workspace\/failing\.parlq: Error: injected failure in check missing-answer/.test(line))).toBe(true);
      expect(logs.some((line) => /parlq: hover failed: Error: injected failure in hover/.test(line))).toBe(true);
    } finally {
      await client.stop();
    }
  });

  it('gives a document above the size limit one information diagnostic and its outline', async () => {
    const client = await startServer({ configuration: false, initializationSettings: { maxDocumentSizeMB: 0.05 } });
    try {
      const uri = 'file:///workspace/large.parlq';
      const text = Array.from({ length: 6 }, () => SAMPLE).join('\n\n');
      const diagnostics = client.nextDiagnostics(uri);
      await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'parlq', version: 1, text } });
      const published = await diagnostics;
      expect(published.diagnostics).toEqual([
        {
          range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
          severity: 3,
          code: 'document-too-large',
          source: 'parlq',
          message: 'This document is 0.1 MB, above the 0.05 MB set in "parlq.maxDocumentSizeMB": checks and hovers are off for it; the outline and folding still work.',
        },
      ]);
      const symbols = (await client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } })) as unknown[];
      expect(symbols).toHaveLength(6);
      expect(await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 126, character: 12 } })).toBeNull();
    } finally {
      await client.stop();
    }
  });
});
