/** The workspace over a real LSP connection: pull diagnostics for files never opened, links, definition, symbols, completion, code lens, "Check all". */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WORKSPACE_FILES, questionFile } from './helpers.js';
import { startServer, type TestClient } from './lspClient.js';

interface Report {
  kind: 'full' | 'unchanged';
  uri: string;
  resultId: string;
  items?: { code: string; message: string; relatedInformation?: { location: { uri: string } }[] }[];
}

/** The fixture workspace on disk, plus a folder files.exclude leaves out. */
function folderOnDisk(): { folder: string; uri: (name: string) => string } {
  const folder = mkdtempSync(join(tmpdir(), 'parlq-ws-'));
  for (const [name, text] of Object.entries({ ...WORKSPACE_FILES, 'archive/old.parlq': questionFile('5-100', []) })) {
    mkdirSync(dirname(join(folder, name)), { recursive: true });
    writeFileSync(join(folder, name), text);
  }
  return { folder, uri: (name) => pathToFileURL(join(folder, name)).toString() };
}

describe('a client that pulls diagnostics, on a folder of question files', () => {
  let client: TestClient;
  let disk: ReturnType<typeof folderOnDisk>;

  beforeAll(async () => {
    disk = folderOnDisk();
    client = await startServer({
      configuration: true,
      settings: {},
      pullDiagnostics: true,
      workspaceFolder: pathToFileURL(disk.folder).toString(),
      sections: { 'files.exclude': { '**/archive/**': true, '**/.git': true } },
    });
  });
  afterAll(async () => {
    await client.stop();
  });

  it('lists the problems of files never opened, leaves out what files.exclude names, and sends again only what changed', async () => {
    const first = (await client.connection.sendRequest('workspace/diagnostic', { previousResultIds: [] })) as { items: Report[] };
    const byName = new Map(first.items.map((report) => [report.uri.slice(pathToFileURL(disk.folder).toString().length + 1), report]));
    expect([...byName.keys()].sort()).toEqual(['a.parlq', 'b.parlq', 'c.parlq', 'e.parlq', 'f.parlq', 'sub/d.parlq']);
    const codes = (name: string) => (byName.get(name)!.items ?? []).map((item) => item.code).filter((code) => code.includes('-question') || code.includes('-reference'));
    expect(codes('a.parlq')).toEqual(['asymmetric-reference']);
    expect(codes('b.parlq')).toEqual(['duplicate-question']);
    expect(codes('sub/d.parlq')).toEqual(['duplicate-question']);
    expect(byName.get('b.parlq')!.items!.find((item) => item.code === 'duplicate-question')!.relatedInformation![0]!.location.uri).toBe(disk.uri('sub/d.parlq'));
    // With the result ids, a second pull is held until something changes; then only a.parlq's report is new.
    const previousResultIds = first.items.map((report) => ({ uri: report.uri, value: report.resultId }));
    const second = client.connection.sendRequest('workspace/diagnostic', { previousResultIds }) as Promise<{ items: Report[] }>;
    let settled = false;
    void second.then(() => (settled = true));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(settled).toBe(false);
    writeFileSync(join(disk.folder, 'c.parlq'), questionFile('5-102', ['5-101', '5-100']));
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: disk.uri('c.parlq'), type: 2 }] });
    const reports = (await second).items;
    expect(reports.filter((report) => report.kind === 'full').map((report) => report.uri)).toEqual([disk.uri('a.parlq'), disk.uri('c.parlq')]);
    expect(reports.find((report) => report.uri === disk.uri('a.parlq'))!.items!.map((item) => item.code)).not.toContain('asymmetric-reference');
    expect(reports.filter((report) => report.kind === 'unchanged')).toHaveLength(4);
    expect(client.refreshes.count).toBeGreaterThan(0);
  });

  it('answers textDocument/diagnostic for an open file, "unchanged" when given the same result id', async () => {
    const uri = disk.uri('b.parlq');
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'parlq', version: 1, text: WORKSPACE_FILES['b.parlq'] } });
    const full = (await client.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } })) as Report;
    expect(full.kind).toBe('full');
    expect(full.items!.map((item) => item.code)).toContain('duplicate-question');
    const again = (await client.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri }, previousResultId: full.resultId })) as Report;
    expect(again).toEqual({ kind: 'unchanged', resultId: full.resultId });
  });

  it('links, goes to definition, finds symbols, completes numbers and shows code lenses', async () => {
    const uri = disk.uri('a.parlq');
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'parlq', version: 1, text: WORKSPACE_FILES['a.parlq'] } });
    const links = (await client.connection.sendRequest('textDocument/documentLink', { textDocument: { uri } })) as { range: { start: { line: number } }; target: string }[];
    expect(links.find((link) => link.range.start.line === 34)!.target).toBe(`${disk.uri('b.parlq')}#L7`);
    expect(links.find((link) => link.range.start.line === 36)!.target).toMatch(/^https:\/\/www\.senate\.be\/.*NR=999&LANG=fr$/);
    const line = WORKSPACE_FILES['a.parlq']!.split('\n')[35]!;
    const definition = (await client.connection.sendRequest('textDocument/definition', {
      textDocument: { uri },
      position: { line: 35, character: line.indexOf('5-102') + 1 },
    })) as { uri: string }[];
    expect(definition.map((location) => location.uri)).toEqual([disk.uri('c.parlq')]);
    const symbols = (await client.connection.sendRequest('workspace/symbol', { query: '5-300' })) as { name: string; location: { uri: string } }[];
    expect(symbols.map((symbol) => [symbol.name.split(' ')[0], symbol.location.uri])).toEqual([['5-300', disk.uri('f.parlq')]]);
    await client.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: { start: { line: 35, character: 0 }, end: { line: 35, character: line.length } }, text: 'Ook gesteld aan : schriftelijke vraag 5-2' }],
    });
    const completion = (await client.connection.sendRequest('textDocument/completion', { textDocument: { uri }, position: { line: 35, character: 41 } })) as {
      items: { label: string; detail: string }[];
    };
    expect(completion.items.map((item) => item.label)).toEqual(['5-200']);
    const lenses = (await client.connection.sendRequest('textDocument/codeLens', { textDocument: { uri } })) as { command: { title: string } }[];
    // The edit made one column cite "5-2", held by no file: four numbers now, two of them not in the workspace.
    expect(lenses.map((lens) => lens.command.title)).toEqual([
      'Answered on 4 June 2013, in 22 working days (late) · Also asked as 4 other questions: 2 answered, 0 not answered, 2 not in the workspace',
    ]);
  });
});

describe('a client that does not pull diagnostics', () => {
  it('gets every file of the folder published by "Check all question files", and an open file re-checked when a file it cites changes', async () => {
    const disk = folderOnDisk();
    const client = await startServer({ configuration: false, workspaceFolder: pathToFileURL(disk.folder).toString() });
    try {
      const published = new Map<string, string[]>();
      const waiting = ['b.parlq', 'sub/d.parlq', 'f.parlq', 'archive/old.parlq'].map((name) => client.nextDiagnostics(disk.uri(name)));
      const result = await client.connection.sendRequest('workspace/executeCommand', { command: 'parlq.checkAllFiles', arguments: [] });
      // Without files.exclude from the client, the archive is a folder like any other.
      expect(result).toEqual({ files: 7 });
      for (const report of await Promise.all(waiting))
        published.set(
          report.uri,
          report.diagnostics.map((diagnostic) => diagnostic.code),
        );
      expect(published.get(disk.uri('b.parlq'))).toContain('duplicate-question');
      expect(published.get(disk.uri('archive/old.parlq'))).toContain('duplicate-question');
      // Open a.parlq and c.parlq; c gains its back-reference in the editor; a is published again without the asymmetry.
      const a = disk.uri('a.parlq');
      const c = disk.uri('c.parlq');
      const opened = client.nextDiagnostics(a);
      await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: a, languageId: 'parlq', version: 1, text: WORKSPACE_FILES['a.parlq'] } });
      expect((await opened).diagnostics.map((diagnostic) => diagnostic.code)).toContain('asymmetric-reference');
      const cOpened = client.nextDiagnostics(c);
      await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: c, languageId: 'parlq', version: 1, text: WORKSPACE_FILES['c.parlq'] } });
      await cOpened;
      const again = client.nextDiagnostics(a, (report) => !report.diagnostics.some((diagnostic) => diagnostic.code === 'asymmetric-reference'));
      await client.connection.sendNotification('textDocument/didChange', {
        textDocument: { uri: c, version: 2 },
        contentChanges: [{ text: questionFile('5-102', ['5-101', '5-100']) }],
      });
      expect((await again).diagnostics.map((diagnostic) => diagnostic.code)).not.toContain('asymmetric-reference');
    } finally {
      await client.stop();
    }
  });
});
