/**
 * What is published works without the repository: the package is packed as npm would publish it,
 * installed into an empty folder from the tarball (its dependencies from the registry), and its
 * two commands run there: the checker on the sample, and the language server over a short LSP
 * exchange.
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { StreamMessageReader, StreamMessageWriter, createMessageConnection } from 'vscode-jsonrpc/node';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, SAMPLE } from './helpers.js';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
let installed = '';

describe('the packed package, installed as people install it', () => {
  beforeAll(() => {
    const packs = mkdtempSync(join(tmpdir(), 'parlq-pack-'));
    // The build is there already (npm test builds first): pack it as it is.
    const pack = spawnSync(npm, ['pack', '--ignore-scripts', '--pack-destination', packs], { cwd: ROOT, encoding: 'utf8' });
    if (pack.status !== 0) throw new Error(`npm pack failed: ${pack.stderr}`);
    const tarball = join(packs, readdirSync(packs).find((name) => name.endsWith('.tgz')) as string);
    installed = mkdtempSync(join(tmpdir(), 'parlq-installed-'));
    writeFileSync(join(installed, 'package.json'), JSON.stringify({ name: 'a-clerks-folder', version: '1.0.0', private: true }));
    const install = spawnSync(npm, ['install', '--no-audit', '--no-fund', '--prefer-offline', tarball], { cwd: installed, encoding: 'utf8' });
    if (install.status !== 0) throw new Error(`npm install of the tarball failed: ${install.stderr}`);
    cpSync(join(ROOT, 'seeds', '000_797443ed2065d84d.txt'), join(installed, 'sample.parlq'));
  }, 300_000);

  it('runs parlq check on the sample', () => {
    const result = spawnSync(join(installed, 'node_modules', '.bin', 'parlq'), ['check', '--format', 'json', 'sample.parlq'], { cwd: installed, encoding: 'utf8' });
    expect(result.status, result.stderr).toBe(1);
    expect(JSON.parse(result.stdout).summary).toEqual({ files: 1, error: 1, warning: 4, information: 1, hint: 0, accepted: 0 });
    // The JSON Schema of that output is in the package too.
    expect(readdirSync(join(installed, 'node_modules', 'parlq', 'schemas'))).toContain('parlq-report.schema.json');
  });

  it('runs parlq-language-server --stdio through initialize, didOpen, publishDiagnostics and shutdown', async () => {
    const child = spawn(join(installed, 'node_modules', '.bin', 'parlq-language-server'), ['--stdio'], { cwd: installed, stdio: 'pipe' });
    const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
    const uri = pathToFileURL(join(installed, 'sample.parlq')).toString();
    const diagnostics = new Promise<{ diagnostics: { code: string }[] }>((resolve) => connection.onNotification('textDocument/publishDiagnostics', resolve));
    connection.onRequest('workspace/configuration', () => [null]);
    connection.onRequest('client/registerCapability', () => null);
    connection.listen();
    try {
      const initialized = (await connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {} })) as { serverInfo: { name: string } };
      expect(initialized.serverInfo.name).toBe('parlq-language-server');
      await connection.sendNotification('initialized', {});
      await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'parlq', version: 1, text: SAMPLE } });
      const published = await diagnostics;
      expect(published.diagnostics.filter((diagnostic) => diagnostic.code === 'label-language')).toHaveLength(2);
      await connection.sendRequest('shutdown');
      await connection.sendNotification('exit');
      await new Promise((resolve) => (child.exitCode !== null ? resolve(null) : child.once('exit', resolve)));
      expect(child.exitCode).toBe(0);
    } finally {
      connection.dispose();
      child.kill();
    }
  });
});
