/**
 * The editor gives the pipeline's verdict: over a real LSP connection, the server reads the
 * workspace's parlq.config.json (under the client's own settings) and parlq-accepted.json, and
 * records a finding a reviewer accepts.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readAccepted } from '../server/src/service/accepted.js';
import { SAMPLE } from './helpers.js';
import { startServer, type PublishedDiagnostics } from './lspClient.js';

const count = (published: PublishedDiagnostics, code: string) => published.diagnostics.filter((diagnostic) => diagnostic.code === code).length;

async function openSample(folder: string, options: Parameters<typeof startServer>[0]) {
  const client = await startServer({ ...options, workspaceFolder: pathToFileURL(folder).toString() });
  const uri = pathToFileURL(join(folder, 'q.parlq')).toString();
  writeFileSync(join(folder, 'q.parlq'), SAMPLE);
  // The side files are read after initialization: wait for the diagnostics that follow them.
  const diagnostics = client.nextDiagnostics(uri);
  await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'parlq', version: 1, text: SAMPLE } });
  return { client, uri, first: await diagnostics };
}

/** The diagnostics once the server has settled (side files read, settings pulled): the last of a quiet spell. */
async function settled(client: Awaited<ReturnType<typeof startServer>>, uri: string, predicate: (published: PublishedDiagnostics) => boolean) {
  return client.nextDiagnostics(uri, predicate);
}

describe('the workspace configuration in the editor', () => {
  it("applies parlq.config.json at the workspace root, and the client's own settings over it", async () => {
    const folder = mkdtempSync(join(tmpdir(), 'parlq-gate-'));
    writeFileSync(join(folder, 'parlq.config.json'), JSON.stringify({ severity: { 'label-language': 'off', typography: 'hint' } }));
    const { client, uri } = await openSample(folder, { configuration: true, settings: { severity: { typography: 'error' } } });
    try {
      // Settings and the file arrive in either order: the state both give.
      const typographyErrors = (candidate: PublishedDiagnostics) =>
        candidate.diagnostics.filter((diagnostic) => diagnostic.code === 'typography' && diagnostic.severity === 1).length;
      const published = await settled(client, uri, (candidate) => count(candidate, 'label-language') === 0 && typographyErrors(candidate) === 2);
      expect(count(published, 'label-language')).toBe(0);
      // The client's setting wins where it is set; the file's holds elsewhere.
      expect(published.diagnostics.filter((diagnostic) => diagnostic.code === 'typography').map((diagnostic) => diagnostic.severity)).toEqual([1, 1]);
      expect(count(published, 'missing-answer')).toBe(1);
    } finally {
      await client.stop();
    }
  });

  it('says what is wrong with a bad parlq.config.json and does not use it', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'parlq-gate-'));
    writeFileSync(join(folder, 'parlq.config.json'), JSON.stringify({ severity: { 'label-language': 'off', typography: 'loud' } }));
    const { client, uri } = await openSample(folder, { configuration: false });
    try {
      const published = await settled(client, uri, (candidate) => count(candidate, 'label-language') > 0);
      expect(count(published, 'label-language')).toBe(2);
      await expect
        .poll(() => client.messages.map((message) => message.message).join('\n'))
        .toContain('"severity.typography" must be one of error, warning, information, hint, off, not "loud"');
      expect(client.messages.map((message) => message.message).join('\n')).toContain('not used until it is mended');
    } finally {
      await client.stop();
    }
  });
});

/** The code actions the server offers for one of its diagnostics. */
async function codeActionsFor(client: Awaited<ReturnType<typeof startServer>>, uri: string, diagnostic: PublishedDiagnostics['diagnostics'][number]) {
  return (await client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: diagnostic.range, context: { diagnostics: [diagnostic] } })) as {
    title: string;
    command?: { command: string; arguments: unknown[] };
  }[];
}

describe('accepted findings in the editor', () => {
  it('offers "Accept this finding…", records the reviewer\'s reason, and the finding leaves the diagnostics', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'parlq-gate-'));
    const { client, uri, first } = await openSample(folder, { configuration: false, commands: ['parlq.acceptFinding'] });
    try {
      const typography = first.diagnostics.find((diagnostic) => diagnostic.code === 'typography')!;
      const actions = await codeActionsFor(client, uri, typography);
      const accept = actions.find((action) => action.command?.command === 'parlq.acceptFinding')!;
      expect(accept.title).toBe('Accept this finding (typography)…');
      const next = client.nextDiagnostics(uri, (published) => count(published, 'typography') === 1);
      const result = await client.connection.sendRequest('parlq/acceptFinding', { uri, code: 'typography', range: typography.range, reason: 'As in the original.' });
      expect(result).toEqual({ file: join(folder, 'parlq-accepted.json') });
      const after = await next;
      expect(after.diagnostics.some((diagnostic) => diagnostic.code === 'typography' && diagnostic.range.start.line === typography.range.start.line)).toBe(false);
      const recorded = readAccepted(readFileSync(join(folder, 'parlq-accepted.json'), 'utf8'));
      expect(recorded.problems).toEqual([]);
      expect(recorded.entries).toMatchObject([{ file: 'q.parlq', code: 'typography', question: '5-8916', reason: 'As in the original.' }]);
      // No reason, no record.
      expect(await client.connection.sendRequest('parlq/acceptFinding', { uri, code: 'typography', range: typography.range, reason: ' ' })).toMatchObject({
        error: expect.stringContaining('reason'),
      });
    } finally {
      await client.stop();
    }
  });

  it('does not offer the command to a client that has not said it runs it', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'parlq-gate-'));
    const { client, uri, first } = await openSample(folder, { configuration: false });
    try {
      const actions = await codeActionsFor(
        client,
        uri,
        first.diagnostics.find((diagnostic) => diagnostic.code === 'typography')!,
      );
      expect(actions.some((action) => action.command !== undefined)).toBe(false);
    } finally {
      await client.stop();
    }
  });

  it('reads parlq-accepted.json at the root, and says when an entry is stale', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'parlq-gate-'));
    writeFileSync(
      join(folder, 'parlq-accepted.json'),
      JSON.stringify({
        version: 1,
        accepted: [{ file: 'q.parlq', code: 'typography', question: '5-8916', fingerprint: '0123456789abcdef', reason: 'Gone since.', text: 'old words' }],
      }),
    );
    const { client, uri } = await openSample(folder, { configuration: false });
    try {
      const published = await settled(client, uri, (candidate) => count(candidate, 'stale-accepted') === 1);
      const stale = published.diagnostics.find((diagnostic) => diagnostic.code === 'stale-accepted')!;
      expect(stale.message).toBe('parlq-accepted.json accepts a typography finding that is no longer here (question 5-8916, "old words"): remove the entry.');
      expect(stale.severity).toBe(3);
    } finally {
      await client.stop();
    }
  });
});
