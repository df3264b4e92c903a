#!/usr/bin/env node
/**
 * The extension in a real VS Code, offline: code-server 4.100.3 (VS Code 1.100.3) installed by
 * setup-code-server.sh, driven by Playwright in Debian's Chromium.
 *
 * 1. Installs the packaged .vsix (what users install) into a fresh extensions folder.
 * 2. Runs the integration suite (tests/e2e/suite) in code-server's extension host, against the
 *    installed extension.
 * 3. UI checks as a person sees them: the language mode in the status bar, the Problems view, the
 *    Outline view with both languages' agencies, a hover over French Fedasil answer 2. Screenshots
 *    go to out/e2e/; with --update-screenshots also to docs/screenshots/.
 *
 * Exits 1 on any failure. Ends with the line "e2e: N passed, N failed".
 */
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(fileURLToPath(import.meta.url), '..', '..', '..');
const E2E = process.env.PARLQ_E2E_PREFIX ?? join(ROOT, '.vscode-e2e');
const CODE_SERVER = join(E2E, 'node_modules', '.bin', 'code-server');
const SHOTS = join(ROOT, 'out', 'e2e');
const UPDATE_SCREENSHOTS = process.argv.includes('--update-screenshots');
const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const VSIX = join(ROOT, `${manifest.name}-${manifest.version}.vsix`);
const SAMPLE_NAME = 'question-5-8916.parlq';
/** One group of checks only (suite, ui, side-by-side, workspace, locales), to work on it; all when unset. */
const ONLY = process.env.PARLQ_E2E_ONLY;
const runs = (group) => !ONLY || ONLY === group;

const results = [];
const started = Date.now();
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;

function record(name, ok, detail = '') {
  results.push({ name, ok });
  console.log(`${ok ? '✓' : '✗'} ${name}${detail ? `: ${detail}` : ''}`);
}

let currentPage = null;

async function check(name, body) {
  try {
    const detail = await body();
    record(name, true, typeof detail === 'string' ? detail : '');
  } catch (error) {
    record(name, false, error instanceof Error ? error.message : String(error));
    // What the workbench showed when the check failed, to see why.
    const shot = join(SHOTS, `failed-${results.length}.png`);
    if (currentPage)
      await currentPage.screenshot({ path: shot }).then(
        () => console.log(`  screenshot of the failure: ${shot}`),
        () => undefined,
      );
  }
}

function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolvePort(port));
    });
  });
}

async function waitUntil(what, probe, timeoutMs) {
  const start = Date.now();
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() - start > timeoutMs) throw new Error(`timed out after ${timeoutMs / 1000} s waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** A fresh code-server run: its folders, the sample in a workspace, quiet settings, a free port, the arguments every call takes. */
async function newRun(prefix) {
  const run = mkdtempSync(join(tmpdir(), prefix));
  const userData = join(run, 'user-data');
  const extensions = join(run, 'extensions');
  const workspace = join(run, 'workspace');
  mkdirSync(join(userData, 'User'), { recursive: true });
  mkdirSync(workspace);
  copyFileSync(join(ROOT, 'seeds', '000_797443ed2065d84d.txt'), join(workspace, SAMPLE_NAME));
  writeFileSync(
    join(userData, 'User', 'settings.json'),
    JSON.stringify({
      'workbench.startupEditor': 'none',
      'workbench.tips.enabled': false,
      'telemetry.telemetryLevel': 'off',
      'update.mode': 'none',
      'extensions.autoCheckUpdates': false,
      'extensions.autoUpdate': false,
      'security.workspace.trust.enabled': false,
      'outline.collapseItems': 'alwaysExpand',
      'editor.hover.delay': 100,
      'editor.minimap.enabled': false,
      'window.restoreWindows': 'none',
      'files.hotExit': 'off',
      'workbench.tree.enableStickyScroll': false,
    }),
  );
  const port = await freePort();
  writeFileSync(join(run, 'config.yaml'), `bind-addr: 127.0.0.1:${port}\nauth: none\ncert: false\n`);
  const env = { ...process.env, XDG_CONFIG_HOME: join(run, 'xdg'), XDG_DATA_HOME: join(run, 'xdg'), EXTENSIONS_GALLERY: '{}' };
  const common = ['--config', join(run, 'config.yaml'), '--user-data-dir', userData, '--extensions-dir', extensions];
  return { run, userData, extensions, workspace, port, env, common };
}

/** code-server on a run's folders (with more arguments, as --locale), and a page that opens the sample in it. */
async function serveSample(browser, { run, workspace, port, env, common }, extra = []) {
  const log = openSync(join(run, 'code-server.log'), 'w');
  const server = spawn(
    CODE_SERVER,
    [...common, '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`, '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', ...extra],
    {
      env,
      stdio: ['ignore', log, log],
    },
  );
  const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
  currentPage = page;
  await waitUntil('code-server', async () => (await fetch(`http://127.0.0.1:${port}/healthz`).catch(() => null))?.ok, 60_000);
  const file = `vscode-remote://127.0.0.1:${port}${join(workspace, SAMPLE_NAME)}`;
  await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify([['openFile', file]]))}`);
  return { server, page };
}

async function main() {
  if (!existsSync(CODE_SERVER)) throw new Error(`code-server is not installed in ${E2E}: run tests/e2e/setup-code-server.sh first`);
  if (!existsSync(VSIX)) throw new Error(`${VSIX} is missing: run npm run package first`);
  const require = createRequire(join(E2E, 'package.json'));
  const { chromium } = require('playwright-core');

  // One group alone keeps the other groups' screenshots of an earlier run.
  if (!ONLY) rmSync(SHOTS, { recursive: true, force: true });
  mkdirSync(SHOTS, { recursive: true });
  const { run, userData, extensions, workspace, port, env, common } = await newRun('parlq-e2e-');

  // 1. Install the .vsix, as a user would.
  const install = spawnSync(CODE_SERVER, [...common, '--install-extension', VSIX], { env, encoding: 'utf8' });
  const installed = readdirSync(extensions, { withFileTypes: true }).find((entry) => entry.isDirectory() && entry.name.startsWith(`${manifest.publisher}.${manifest.name}-`));
  record('the .vsix installs into code-server', install.status === 0 && installed !== undefined, install.status === 0 ? installed?.name : install.stderr.trim());
  if (!installed) return;
  const extensionPath = join(extensions, installed.name);

  const log = openSync(join(run, 'code-server.log'), 'w');
  const server = spawn(
    CODE_SERVER,
    [...common, '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`, '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust'],
    { env, stdio: ['ignore', log, log] },
  );
  let browser;
  try {
    await waitUntil('code-server', async () => (await fetch(`http://127.0.0.1:${port}/healthz`).catch(() => null))?.ok, 60_000);
    console.log(`code-server 4.100.3 up on 127.0.0.1:${port} after ${elapsed()}`);
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
      headless: true,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-dev-shm-usage',
      ],
    });
    const remote = (path) => `vscode-remote://127.0.0.1:${port}${path}`;
    const url = (payload) => `http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;

    // 2. The integration suite, in the extension host, against the installed extension.
    if (runs('suite')) await integrationSuite(browser, url, remote, extensionPath);
    // 3. UI checks, as a person sees the workbench.
    if (runs('ui')) await uiChecks(browser, url([['openFile', remote(join(workspace, SAMPLE_NAME))]]));
    reportActivation(userData);
  } finally {
    server.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 300));
    if (results.some((result) => !result.ok) || process.env.PARLQ_E2E_KEEP) console.log(`code-server log and run folder kept in ${run}`);
    else rmSync(run, { recursive: true, force: true });
  }
  // 4. The side-by-side view; 5. a folder of question files that cite each other; 6. the same workbench in French and in Dutch.
  try {
    if (browser && runs('side-by-side')) await sideBySideChecks(browser);
    if (browser && runs('workspace')) await workspaceChecks(browser);
    if (browser && runs('locales')) for (const locale of Object.keys(LOCALE_CHECKS)) await localeChecks(browser, locale);
  } finally {
    if (browser) await browser.close().catch(() => undefined);
  }
}

/** The integration suite (tests/e2e/suite) in code-server's extension host; its lines become results. */
async function integrationSuite(browser, url, remote, extensionPath) {
  const suitePage = await browser.newPage();
  const suiteLines = [];
  suitePage.on('console', (message) => {
    const text = message.text();
    const at = text.indexOf('parlq-e2e: ');
    if (at >= 0) {
      const line = text.slice(at + 'parlq-e2e: '.length);
      suiteLines.push(line);
      console.log(`  [suite] ${line}`);
    }
  });
  const exit = new Promise((resolveExit) => suitePage.exposeFunction('codeAutomationExit', (code) => resolveExit(code)));
  await suitePage.goto(
    url([
      ['extensionDevelopmentPath', remote(extensionPath)],
      ['extensionTestsPath', remote(join(ROOT, 'tests', 'e2e', 'suite', 'index.js'))],
    ]),
  );
  const code = await Promise.race([exit, new Promise((_, reject) => setTimeout(() => reject(new Error('the suite did not finish in 180 s')), 180_000))]);
  for (const line of suiteLines) {
    const match = /^([✓✗]) (.*)$/.exec(line.split('\n')[0]);
    if (match) results.push({ name: `suite: ${match[2]}`, ok: match[1] === '✓' });
  }
  if (code !== 0 && !suiteLines.some((line) => line.startsWith('✗'))) record('the integration suite ran', false, `exit code ${code}`);
  await suitePage.close();
  console.log(`suite finished with exit code ${code} after ${elapsed()}`);
}

/** The sample as question `number`, its reference columns citing `references` (as the tests' questionFile does). */
function questionFile(number, references) {
  const lines = readFileSync(join(ROOT, 'seeds', '000_797443ed2065d84d.txt'), 'utf8')
    .replaceAll('5-8916', number)
    .split('\n');
  const referenceLines = references.map((reference) => `Ook gesteld aan : schriftelijke vraag ${reference}`);
  lines.splice(34, 36, ...referenceLines, ...referenceLines);
  return lines.join('\n');
}

/**
 * The workspace as one collection: beside the sample, question 5-8900 (which the sample cites and
 * which cites it back) and a second file holding 5-8900. Only the sample is opened.
 */
async function workspaceChecks(browser) {
  const { run, extensions, workspace, port, env, common } = await newRun('parlq-e2e-workspace-');
  writeFileSync(join(workspace, 'question-5-8900.parlq'), questionFile('5-8900', ['5-8916']));
  writeFileSync(join(workspace, 'question-5-8900-copy.parlq'), questionFile('5-8900', ['5-8916']));
  const install = spawnSync(CODE_SERVER, [...common, '--install-extension', VSIX], { env, encoding: 'utf8' });
  if (install.status !== 0 || !existsSync(extensions)) {
    record('workspace: the .vsix installs', false, install.stderr.trim());
    return;
  }
  let server;
  let page;
  try {
    ({ server, page } = await serveSample(browser, { run, workspace, port, env, common }));
    await page.locator('.view-line', { hasText: 'SÉNAT DE BELGIQUE' }).first().waitFor({ timeout: 60_000 });
    await check('workspace: the Problems view lists the problem of a file that was never opened', async () => {
      await page.keyboard.press('Control+Shift+M');
      const row = page.locator('.markers-panel .monaco-list-row', { hasText: 'Question 5-8900 is also in question-5-8900' });
      await row.first().waitFor({ timeout: 30_000 });
      const header = page.locator('.markers-panel .monaco-list-row', { hasText: 'question-5-8900-copy.parlq' });
      await header.first().waitFor({ timeout: 10_000 });
      const openTabs = await page.locator('.tabs-container .tab').allInnerTexts();
      if (openTabs.some((tab) => tab.includes('5-8900'))) throw new Error(`a 5-8900 file is open: ${openTabs.join(', ')}`);
      await page.screenshot({ path: join(SHOTS, 'workspace-problems.png') });
      return `"${(await row.first().innerText()).split('\n')[0]}" in question-5-8900-copy.parlq, never opened (tabs: ${openTabs.map((tab) => tab.split('\n')[0]).join(', ')})`;
    });
    await check('workspace: Ctrl+T finds a question by its number and opens its file', async () => {
      await page.locator('.monaco-editor .view-lines').first().click();
      await page.keyboard.press('Control+T');
      const input = page.locator('.quick-input-widget input');
      await input.waitFor({ timeout: 10_000 });
      await input.fill('#5-8900');
      const row = page.locator('.quick-input-list .monaco-list-row', { hasText: '5-8900' });
      await row.first().waitFor({ timeout: 15_000 });
      const rows = await page.locator('.quick-input-list .monaco-list-row').allInnerTexts();
      await page.screenshot({ path: join(SHOTS, 'workspace-symbols.png') });
      await page.keyboard.press('Enter');
      await page.locator('.tabs-container .tab.active', { hasText: 'question-5-8900' }).first().waitFor({ timeout: 10_000 });
      return `${rows.length} rows, first "${rows[0]?.replace(/\s+/g, ' ').slice(0, 80)}"; the file opened`;
    });
    await check('workspace: a document link on a cited number opens the cited file', async () => {
      await page.locator('.tabs-container .tab', { hasText: SAMPLE_NAME }).first().click();
      await goToLine(page, 35);
      const line = page.locator('.view-line', { hasText: 'schriftelijke vraag 5-8900' }).first();
      await line.waitFor({ timeout: 10_000 });
      const number = line.locator('span', { hasText: '5-8900' }).last();
      const box = await number.boundingBox();
      await page.keyboard.down('Control');
      await page.mouse.move(box.x + box.width - 8, box.y + box.height / 2);
      await page.waitForTimeout(400);
      await page.mouse.click(box.x + box.width - 8, box.y + box.height / 2);
      await page.keyboard.up('Control');
      const tab = page.locator('.tabs-container .tab.active', { hasText: 'question-5-8900' });
      await tab.first().waitFor({ timeout: 10_000 });
      return `Ctrl+click on 5-8900 opened ${(await tab.first().innerText()).split('\n')[0]}`;
    });
  } finally {
    await page?.close().catch(() => undefined);
    server?.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 300));
    if (results.some((result) => !result.ok) || process.env.PARLQ_E2E_KEEP) console.log(`code-server (workspace) log and run folder kept in ${run}`);
    else rmSync(run, { recursive: true, force: true });
  }
}

/**
 * The rows the server's parlq/alignment request gives for the sample, asked over LSP of the
 * built server, as any other client would ask: what the side-by-side view must show.
 */
async function alignmentOverLsp(uri) {
  const require = createRequire(join(ROOT, 'package.json'));
  const { StreamMessageReader, StreamMessageWriter, createMessageConnection } = require('vscode-jsonrpc/node');
  const child = spawn(process.execPath, [join(ROOT, 'bin', 'parlq-language-server.js'), '--stdio'], { stdio: 'pipe' });
  const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  connection.onRequest('workspace/configuration', (params) => params.items.map(() => null));
  connection.onRequest('client/registerCapability', () => null);
  connection.onRequest('window/workDoneProgress/create', () => null);
  connection.listen();
  try {
    await connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {}, locale: 'en' });
    connection.sendNotification('initialized', {});
    const text = readFileSync(join(ROOT, 'seeds', '000_797443ed2065d84d.txt'), 'utf8');
    connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'parlq', version: 1, text } });
    const answer = await connection.sendRequest('parlq/alignment', { textDocument: { uri } });
    return answer.rows;
  } finally {
    connection.dispose();
    child.kill();
  }
}

/**
 * parlq: Open Side by Side on the sample, as a reader uses it: the view beside the editor, its
 * rows against the server's alignment, the missing French answer 4 of SPP Intégration Sociale,
 * a click and Enter moving the editor, the cursor moving the view's mark, an edit shown without
 * losing the scroll, the view restored after a reload; in a dark and a light theme.
 */
async function sideBySideChecks(browser) {
  const { run, extensions, userData, workspace, port, env, common } = await newRun('parlq-e2e-side-');
  const install = spawnSync(CODE_SERVER, [...common, '--install-extension', VSIX], { env, encoding: 'utf8' });
  if (install.status !== 0 || !existsSync(extensions)) {
    record('side by side: the .vsix installs', false, install.stderr.trim());
    return;
  }
  const rows = await alignmentOverLsp(`file://${join(workspace, SAMPLE_NAME)}`);
  const refused = [];
  let server;
  let page;
  try {
    ({ server, page } = await serveSample(browser, { run, workspace, port, env, common }));
    page.on('console', (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text())) refused.push(message.text());
    });
    const view = page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
    // What the view drew for each row of the alignment: a question's section (its heading and table), or a table row.
    const bodyRows = view.locator('#alignment [data-index]');
    const selection = page.locator('[id="status.editor.selection"]');
    const lineOf = (row, lang) => row[lang].range.start.line + 1;
    await page.locator('.view-line', { hasText: 'SÉNAT DE BELGIQUE' }).first().waitFor({ timeout: 60_000 });
    await check('side by side: the command opens the view beside the editor, one drawn row per row of parlq/alignment, a table per question', async () => {
      const button = page.locator('.editor-actions .action-label[aria-label*="Open Side by Side"]');
      await button.first().waitFor({ timeout: 30_000 });
      await runCommand(page, 'parlq: Open Side by Side');
      await waitUntil("the view's rows", async () => (await bodyRows.count()) === rows.length, 30_000);
      const groups = await page.locator('.editor-group-container').count();
      if (groups < 2) throw new Error(`the view did not open beside the editor (${groups} editor group)`);
      const headers = await view.locator('#alignment thead th').allInnerTexts();
      if (headers.join('|') !== 'Français|Nederlands') throw new Error(`column headers: ${headers.join('|')}`);
      const pieces = rows.filter((row) => row.kind === 'piece' || row.kind === 'agency').length;
      const focusable = await view.locator('#alignment tbody tr[tabindex]').count();
      if (focusable !== pieces) throw new Error(`${focusable} focusable rows for ${pieces} pieces`);
      const questions = rows.filter((row) => row.kind === 'question');
      const tables = await view.locator('#alignment section.question > table[aria-labelledby]').count();
      const headings = await view.locator('#alignment section.question > h2').allInnerTexts();
      if (tables !== questions.length || headings.join('|') !== questions.map((row) => row.label).join('|')) throw new Error(`${tables} tables, headings ${headings.join('|')}`);
      return `${rows.length} rows (${pieces} pairs, ${rows.length - pieces} headings) = parlq/alignment; ${tables} table named "${headings.join('|')}"; the editor title has the button; ${groups} editor groups`;
    });
    await check('side by side: the missing French answer 4 of SPP Intégration Sociale is an empty marked cell carrying its diagnostic', async () => {
      const index = rows.findIndex((row) => row.missing === 'fr');
      if (index < 0 || rows.filter((row) => row.missing).length !== 1) throw new Error('the alignment does not have exactly one missing cell');
      const missing = view.locator('#alignment td.missing');
      if ((await missing.count()) !== 1) throw new Error(`${await missing.count()} cells marked missing`);
      const row = view.locator(`#alignment tr[data-index="${index}"]`);
      const french = await row.locator('td[lang="fr"]').innerText();
      const dutch = await row.locator('td[lang="nl"]').innerText();
      if (!(await row.locator('td[lang="fr"]').evaluate((cell) => cell.classList.contains('missing')))) throw new Error('the French cell of the row is not the marked one');
      if (!/No French text/.test(french) || !/No French answer 4/.test(french)) throw new Error(`the empty cell says "${french}"`);
      if (!dutch.includes(rows[index].nl.text.slice(0, 40))) throw new Error(`the Dutch cell says "${dutch.slice(0, 80)}"`);
      const agency = rows
        .slice(0, index)
        .reverse()
        .find((candidate) => candidate.kind === 'agency');
      if (!/Intégration sociale|Maatschappelijke Integratie/i.test(`${agency?.fr?.text} ${agency?.nl?.text}`)) throw new Error(`the row is under ${agency?.fr?.text}`);
      const tree = await view.locator('#alignment').ariaSnapshot();
      for (const wanted of ['columnheader "Français"', 'columnheader "Nederlands"', 'cell "No French text'])
        if (!tree.includes(wanted)) throw new Error(`the accessibility tree lacks ${wanted}`);
      return `row ${index}: "${french.replace(/\s+/g, ' ').slice(0, 90)}…" beside "${dutch.replace(/\s+/g, ' ').slice(0, 50)}…" (under ${agency.fr.text}); the accessibility tree has the column headers and the cell`;
    });
    /** axe-core's rules (WCAG 2.1 A and AA, best practices) over the view's page, as it is now: its failures, its count of rules passed. */
    const axe = async () => {
      const frame = await waitUntil(
        'the view frame',
        async () => {
          for (const candidate of page.frames()) if (await candidate.$('#alignment').catch(() => null)) return candidate;
          return null;
        },
        10_000,
      );
      // Evaluated through the debugging protocol, which the page's content security policy does not govern.
      await frame.evaluate(readFileSync(createRequire(join(ROOT, 'package.json')).resolve('axe-core/axe.min.js'), 'utf8'));
      const result = await frame.evaluate(async () => {
        const outcome = await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } });
        return {
          passes: outcome.passes.length,
          violations: outcome.violations.map(
            (violation) =>
              `${violation.id} (${violation.impact}, ${violation.nodes.length}×: ${violation.nodes[0]?.target.join(' ')} ${violation.nodes[0]?.failureSummary?.split('\n')[1] ?? ''})`,
          ),
        };
      });
      if (result.violations.length > 0) throw new Error(result.violations.join('; '));
      return result.passes;
    };
    await check(
      'side by side: axe-core finds no accessibility violation in the view (WCAG 2.1 A and AA, best practices)',
      async () => `${await axe()} rules passed, none violated`,
    );
    let dutchAnswer2;
    await check('side by side: clicking the Dutch Fedasil answer 2 moves the editor to line 165', async () => {
      dutchAnswer2 = rows.findIndex((row) => row.nl?.text.startsWith('2. De evaluatie en de reacties zijn positief'));
      if (dutchAnswer2 < 0 || lineOf(rows[dutchAnswer2], 'nl') !== 165) throw new Error(`the alignment puts it at ${dutchAnswer2}`);
      await view.locator(`#alignment tr[data-index="${dutchAnswer2}"] td[lang="nl"] .text`).click();
      await waitUntil('the cursor on line 165', async () => /Ln 165,/.test((await selection.textContent().catch(() => '')) ?? ''), 10_000);
      return `${(await selection.textContent()).trim()}`;
    });
    await check("side by side: moving the editor's cursor marks and shows its row", async () => {
      const current = view.locator('#alignment tr.current');
      await waitUntil('the clicked row marked', async () => (await current.getAttribute('data-index').catch(() => null)) === String(dutchAnswer2), 10_000);
      const frenchAnswer2 = rows.findIndex((row) => row.fr && lineOf(row, 'fr') === 127);
      await goToLine(page, 127);
      await waitUntil('the French answer 2 marked', async () => (await current.getAttribute('data-index').catch(() => null)) === String(frenchAnswer2), 10_000);
      const title = rows.findIndex((row) => row.fr && row.kind === 'piece' && row.depth === 1);
      await goToLine(page, lineOf(rows[title], 'fr'));
      await waitUntil(`row ${title} marked`, async () => (await current.getAttribute('data-index').catch(() => null)) === String(title), 10_000);
      const visible = await current.evaluate((row) => {
        const box = row.getBoundingClientRect();
        return box.top >= 0 && box.bottom <= window.innerHeight;
      });
      if (!visible) throw new Error('the marked row is out of sight');
      if ((await current.getAttribute('aria-current')) !== 'location') throw new Error('the marked row has no aria-current');
      return `line 127 → row ${frenchAnswer2} (the same row as the Dutch answer 2's, ${frenchAnswer2 === dutchAnswer2 ? 'one pair' : 'not one pair!'}); line ${lineOf(rows[title], 'fr')} → row ${title} (${rows[title].label}), in sight`;
    });
    await check('side by side: by keyboard, ↓ then Enter on a row moves the editor to its piece; → → Enter to the Dutch one, ← Enter to the French', async () => {
      const start = rows.findIndex((row) => row.kind === 'piece' && row.depth === 1);
      const next = rows.findIndex((row, index) => index > start && (row.kind === 'piece' || row.kind === 'agency'));
      await view.locator(`#alignment tr[data-index="${start}"]`).focus();
      await page.keyboard.press('ArrowDown');
      const focused = await view.locator('#alignment tr:focus').getAttribute('data-index');
      if (focused !== String(next)) throw new Error(`focus on row ${focused}, not ${next}`);
      await page.keyboard.press('Enter');
      const line = lineOf(rows[next], rows[next].fr ? 'fr' : 'nl');
      await waitUntil(`the cursor on line ${line}`, async () => new RegExp(`Ln ${line},`).test((await selection.textContent().catch(() => '')) ?? ''), 10_000);
      const first = (await selection.textContent()).trim();
      await view.locator(`#alignment tr[data-index="${dutchAnswer2}"]`).focus();
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
      if ((await view.locator('#alignment td:focus').getAttribute('lang')) !== 'nl') throw new Error('→ → did not reach the Dutch cell');
      await page.keyboard.press('Enter');
      await waitUntil('the cursor on line 165', async () => /Ln 165,/.test((await selection.textContent().catch(() => '')) ?? ''), 10_000);
      await view.locator(`#alignment tr[data-index="${dutchAnswer2}"] td[lang="nl"]`).focus();
      await page.keyboard.press('ArrowLeft');
      await page.keyboard.press('Enter');
      await waitUntil('the cursor on line 127', async () => /Ln 127,/.test((await selection.textContent().catch(() => '')) ?? ''), 10_000);
      return `row ${start} focused, ↓ → row ${next} (${rows[next].label}), Enter → ${first}; on answer 2, → → Enter → Ln 165, ← Enter → Ln 127`;
    });
    await check('side by side: an edit shows in the view without losing its scroll position', async () => {
      await view.locator(`#alignment tr[data-index="${dutchAnswer2}"] td[lang="nl"] .text`).click();
      await waitUntil('the cursor on line 165', async () => /Ln 165,/.test((await selection.textContent().catch(() => '')) ?? ''), 10_000);
      // After "2. ", so that the piece stays Dutch answer 2.
      await page.keyboard.press('Home');
      for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
      const scrollBefore = await view.locator('body').evaluate(() => window.scrollY);
      await page.keyboard.type('Herzien: ');
      const cell = view.locator(`#alignment tr[data-index="${dutchAnswer2}"] td[lang="nl"] .text`);
      await waitUntil('the edit in the view', async () => ((await cell.innerText().catch(() => '')) ?? '').startsWith('2. Herzien: De evaluatie'), 10_000);
      const scrollAfter = await view.locator('body').evaluate(() => window.scrollY);
      for (let i = 0; i < 3; i++) await page.keyboard.press('Control+Z');
      await waitUntil('the edit undone in the view', async () => !((await cell.innerText().catch(() => '')) ?? '').includes('Herzien'), 10_000);
      if (scrollBefore === 0 || Math.abs(scrollAfter - scrollBefore) > 2) throw new Error(`scrollY ${scrollBefore} → ${scrollAfter}`);
      return `typed on line 165, the cell changed; the view stayed at scrollY ${scrollBefore} (${scrollAfter} after)`;
    });
    const background = () => view.locator('body').evaluate((body) => getComputedStyle(body).backgroundColor);
    const themed = (kind) =>
      waitUntil(
        `a ${kind} theme in the view`,
        async () =>
          (
            (await view
              .locator('body')
              .getAttribute('class')
              .catch(() => '')) ?? ''
          ).includes(`vscode-${kind}`),
        30_000,
      );
    let light;
    await check("side by side: in the light theme, from the theme's colours and the editor's font", async () => {
      await page.keyboard.press('Escape');
      // The cursor on the Dutch answer 4 of POD MI: its row, with the empty French cell, marked.
      await goToLine(page, 179);
      await themed('light');
      await waitUntil('the row of line 179 marked', async () => (await view.locator('#alignment tr.current td.missing').count()) === 1, 10_000);
      await page.waitForTimeout(500);
      light = await background();
      await page.screenshot({ path: join(SHOTS, 'side-by-side-light.png') });
      const font = await view
        .locator('#alignment td .text')
        .first()
        .evaluate((text) => getComputedStyle(text).fontFamily);
      const editorFont = await page
        .locator('.monaco-editor .view-lines')
        .first()
        .evaluate((lines) => getComputedStyle(lines).fontFamily);
      if (font.replace(/\s/g, '') !== editorFont.replace(/\s/g, '')) throw new Error(`the pieces in ${font}, the editor in ${editorFont}`);
      return `background ${light}; the pieces in the editor's font (${font})`;
    });
    /**
     * The window reloaded with `theme` set (the workbench as it was left, no file to open in the
     * address, as after a restart): the view restored with its rows, the cursor on the Dutch answer
     * 4 of POD MI marking its row, and a screenshot.
     */
    const reloadInTheme = async (theme, kind, shot) => {
      const file = join(userData, 'User', 'settings.json');
      writeFileSync(file, JSON.stringify({ ...JSON.parse(readFileSync(file, 'utf8')), 'workbench.colorTheme': theme }));
      await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}`);
      await page.locator('.tabs-container .tab', { hasText: SAMPLE_NAME }).first().waitFor({ timeout: 60_000 });
      await waitUntil("the restored view's rows", async () => (await bodyRows.count().catch(() => 0)) === rows.length, 30_000);
      await themed(kind);
      await goToLine(page, 179);
      await waitUntil('the row of line 179 marked', async () => (await view.locator('#alignment tr.current td.missing').count()) === 1, 10_000);
      await page.waitForTimeout(500);
      await page.screenshot({ path: join(SHOTS, shot) });
    };
    await check('side by side: after the window reloads (here in a dark theme), the view comes back with its rows', async () => {
      await reloadInTheme('Default Dark Modern', 'dark', 'side-by-side-dark.png');
      const dark = await background();
      if (dark === light) throw new Error(`the same background in both themes: ${dark}`);
      return `${rows.length} rows after the reload; background ${light} (light) → ${dark} (dark); axe-core: ${await axe()} rules passed, none violated`;
    });
    await check('side by side: in a high-contrast theme, axe-core finds no violation either', async () => {
      await reloadInTheme('Default High Contrast', 'high-contrast', 'side-by-side-high-contrast.png');
      const outline = await view
        .locator('#alignment tr.current td')
        .first()
        .evaluate((cell) => getComputedStyle(cell).outlineStyle);
      return `axe-core: ${await axe()} rules passed, none violated; the marked row outlined (${outline})`;
    });
    await check('side by side: the content security policy refused nothing', async () => {
      if (refused.length > 0) throw new Error(refused.join(' | ').slice(0, 400));
      return 'no "Refused to…" message in the console';
    });
  } finally {
    await page?.close().catch(() => undefined);
    server?.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 300));
    if (results.some((result) => !result.ok) || process.env.PARLQ_E2E_KEEP) console.log(`code-server (side by side) log and run folder kept in ${run}`);
    else rmSync(run, { recursive: true, force: true });
  }
}

/** What a French (Dutch) user sees of parlq's own words: a Problems view message, a hover's link, a command title. */
const LOCALE_CHECKS = {
  fr: {
    name: 'French',
    problem: 'Pas de réponse 4 en français',
    line: 'ligne 165',
    command: 'Aller au pendant (autre langue)',
    sideBySide: { command: 'parlq: Ouvrir côte à côte', tab: 'Côte à côte : question-5-8916.parlq', missing: 'Pas de texte français' },
  },
  nl: {
    name: 'Dutch',
    problem: 'Geen Frans antwoord 4',
    line: 'regel 165',
    command: 'Naar de tegenhanger gaan (andere taal)',
    sideBySide: { command: 'parlq: Naast elkaar openen', tab: 'Naast elkaar: question-5-8916.parlq', missing: 'Geen Franse tekst' },
  },
};

/**
 * code-server started with --locale fr (nl). VS Code takes a display language only from an
 * installed language pack, and Microsoft's packs come from the Marketplace, which cannot be
 * reached here: a stub pack (the language declared, no translations of VS Code's own words) is
 * installed beside the extension, so VS Code runs in that language with its own menus in English,
 * and what is checked is parlq's words: package.nls.<locale>.json, its l10n bundle, the server's.
 */
async function localeChecks(browser, locale) {
  const facts = LOCALE_CHECKS[locale];
  console.log(
    `code-server with --locale ${locale}: VS Code's own words stay English (a stub language pack: Microsoft's come from the Marketplace, offline here); parlq's are ${facts.name}`,
  );
  const { run, userData, extensions, workspace, port, env, common } = await newRun(`parlq-e2e-${locale}-`);
  const install = spawnSync(CODE_SERVER, [...common, '--install-extension', VSIX], { env, encoding: 'utf8' });
  if (install.status !== 0) {
    record(`${facts.name}: the .vsix installs`, false, install.stderr.trim());
    return;
  }
  // The stub language pack, and the index of packs code-server reads its translations from.
  const pack = join(extensions, `parlq-e2e.stub-language-pack-${locale}-0.0.1`);
  mkdirSync(join(pack, 'translations'), { recursive: true });
  writeFileSync(join(pack, 'translations', 'main.i18n.json'), JSON.stringify({ version: '1.0.0', contents: {} }));
  writeFileSync(
    join(pack, 'package.json'),
    JSON.stringify({
      name: `stub-language-pack-${locale}`,
      publisher: 'parlq-e2e',
      version: '0.0.1',
      engines: { vscode: '^1.90.0' },
      categories: ['Language Packs'],
      contributes: { localizations: [{ languageId: locale, languageName: facts.name, translations: [{ id: 'vscode', path: './translations/main.i18n.json' }] }] },
    }),
  );
  writeFileSync(
    join(userData, 'languagepacks.json'),
    JSON.stringify({
      [locale]: {
        hash: `stub-${locale}`,
        extensions: [{ extensionIdentifier: { id: `parlq-e2e.stub-language-pack-${locale}` }, version: '0.0.1' }],
        translations: { vscode: join(pack, 'translations', 'main.i18n.json') },
        label: facts.name,
      },
    }),
  );
  let server;
  let page;
  try {
    ({ server, page } = await serveSample(browser, { run, workspace, port, env, common }, ['--locale', locale]));
    await check(`${facts.name}: the Problems view shows parlq's messages in ${facts.name}`, async () => {
      await page.locator('.view-line', { hasText: 'SÉNAT DE BELGIQUE' }).first().waitFor({ timeout: 60_000 });
      const problems = page.locator('[id="status.problems"]');
      await waitUntil('the problem counts', async () => /4/.test((await problems.getAttribute('aria-label').catch(() => null)) ?? ''), 30_000);
      await page.keyboard.press('Control+Shift+M');
      const row = page.locator('.markers-panel .monaco-list-row', { hasText: facts.problem });
      await row.first().waitFor({ timeout: 15_000 });
      await page.screenshot({ path: join(SHOTS, `problems-${locale}.png`) });
      return `"${(await row.first().innerText()).split('\n')[0].slice(0, 100)}…"`;
    });
    await check(`${facts.name}: the hover links the counterpart's "${facts.line}"`, async () => {
      await goToLine(page, 127);
      const line = page.locator('.view-line', { hasText: 'Les évaluations et les réactions sont positives' }).first();
      await line.waitFor({ timeout: 15_000 });
      const hover = page.locator('.monaco-hover .hover-contents', { hasText: 'De evaluatie en de reacties zijn positief' });
      // The code lens above the page may still move the lines as the hover is asked for: move in again until it shows.
      for (let attempt = 0; attempt < 3; attempt++) {
        await page.mouse.move(5, 500);
        await page.waitForTimeout(300);
        const box = await line.boundingBox();
        await page.mouse.move(box.x + 80 + attempt * 40, box.y + 8);
        if (
          await hover
            .first()
            .waitFor({ timeout: 5_000 })
            .then(
              () => true,
              () => false,
            )
        )
          break;
      }
      await hover.first().waitFor({ timeout: 5_000 });
      if ((await hover.first().locator('a', { hasText: facts.line }).count()) === 0) throw new Error(`no "${facts.line}" link: ${await hover.first().innerText()}`);
      await page.screenshot({ path: join(SHOTS, `hover-${locale}.png`) });
      await page.mouse.move(5, 500);
      return (await hover.first().innerText()).split('\n')[0];
    });
    await check(`${facts.name}: the command palette shows parlq's commands in ${facts.name}`, async () => {
      await page.keyboard.press('Escape');
      for (let attempt = 0; attempt < 3; attempt++) {
        await page.keyboard.press('F1');
        if (
          await page
            .locator('.quick-input-widget input')
            .isVisible()
            .catch(() => false)
        )
          break;
        await page.waitForTimeout(500);
      }
      await page.locator('.quick-input-widget input').fill('>parlq');
      const row = page.locator('.quick-input-list .monaco-list-row', { hasText: facts.command });
      await row.first().waitFor({ timeout: 10_000 });
      await page.screenshot({ path: join(SHOTS, `commands-${locale}.png`) });
      const titles = await page.locator('.quick-input-list .monaco-list-row .label-name').allInnerTexts();
      await page.keyboard.press('Escape');
      return titles.map((title) => title.replace(/\s+/g, ' ').trim()).join(' | ');
    });
    await check(`${facts.name}: the side-by-side view speaks ${facts.name}`, async () => {
      await page.locator('.monaco-editor .view-lines').first().click();
      await runCommand(page, facts.sideBySide.command);
      await page.locator('.tabs-container .tab', { hasText: facts.sideBySide.tab }).first().waitFor({ timeout: 15_000 });
      const view = page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
      const missing = view.locator('#alignment td.missing');
      await missing.first().waitFor({ timeout: 15_000 });
      const text = (await missing.first().innerText()).replace(/\s+/g, ' ');
      if (!text.startsWith(facts.sideBySide.missing) || !text.includes(facts.problem)) throw new Error(`the empty cell says "${text.slice(0, 120)}"`);
      await page.screenshot({ path: join(SHOTS, `side-by-side-${locale}.png`) });
      return `tab "${facts.sideBySide.tab}"; the empty cell: "${text.slice(0, 90)}…"`;
    });
  } finally {
    await page?.close().catch(() => undefined);
    server?.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 300));
    if (results.some((result) => !result.ok) || process.env.PARLQ_E2E_KEEP) console.log(`code-server (${locale}) log and run folder kept in ${run}`);
    else rmSync(run, { recursive: true, force: true });
  }
}

async function uiChecks(browser, pageUrl) {
  const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
  currentPage = page;
  await page.goto(pageUrl);
  await check('the workbench opens the sample', async () => {
    await page.locator('.monaco-editor .view-lines').first().waitFor({ timeout: 60_000 });
    await page.locator('.view-line', { hasText: 'SÉNAT DE BELGIQUE' }).first().waitFor({ timeout: 30_000 });
    return `after ${elapsed()}`;
  });
  await check('the status bar shows the parlq language mode', async () => {
    const mode = page.locator('[id="status.editor.mode"]');
    await waitUntil('the language mode', async () => /Parliamentary question/.test((await mode.textContent().catch(() => '')) ?? ''), 30_000);
    return (await mode.textContent()).trim();
  });
  await check('the status bar counts 1 error and 4 warnings', async () => {
    const problems = page.locator('[id="status.problems"]');
    const label = await waitUntil(
      'the problem counts',
      async () => {
        const text = (await problems.getAttribute('aria-label').catch(() => null)) ?? '';
        return /Warnings?: 4/.test(text) ? text : null;
      },
      30_000,
    );
    if (!/Errors?: 1\b/.test(label) || !/Warnings?: 4/.test(label)) throw new Error(`status bar says "${label}"`);
    return label;
  });
  await check('the Outline view lists the agencies of both languages', async () => {
    // Give the outline the sidebar's height, as a reader would, by folding the file list away.
    await page.locator('.pane-header', { hasText: 'Workspace' }).first().click();
    await runCommand(page, 'Explorer: Focus on Outline View');
    const names = page.locator('.outline-pane .monaco-list-row .label-name');
    await waitUntil('outline rows', async () => (await names.count()) > 5, 15_000);
    // The tree is virtual: scroll through it, as a reader would, noting the rows that come into view.
    const wanted = ['Office des Étrangers (OE)', 'Fedasil', 'Dienst Vreemdelingenzaken (DVZ)', 'Raad voor Vreemdelingenbetwistingen (RVV)'];
    const seen = new Set();
    const pane = await page.locator('.outline-pane').first().boundingBox();
    await page.mouse.move(pane.x + pane.width / 2, pane.y + pane.height / 2);
    for (let step = 0; step < 60 && !wanted.every((name) => seen.has(name)); step++) {
      for (const name of await names.allTextContents()) seen.add(name);
      await page.mouse.wheel(0, 300);
      await page.waitForTimeout(100);
    }
    const missing = wanted.filter((name) => !seen.has(name));
    if (missing.length > 0) throw new Error(`not in the Outline view: ${missing.join(', ')} (saw ${seen.size} names)`);
    await page.screenshot({ path: join(SHOTS, 'outline.png') });
    return `${seen.size} distinct names, among them ${wanted.join(', ')}`;
  });
  await check('hovering French Fedasil answer 2 shows the Dutch answer 2', async () => {
    await goToLine(page, 127);
    const line = page.locator('.view-line', { hasText: 'Les évaluations et les réactions sont positives' }).first();
    await line.waitFor({ timeout: 15_000 });
    await page.waitForTimeout(500); // the outline follows the cursor to the French Fedasil block
    const box = await line.boundingBox();
    await page.mouse.move(box.x + 80, box.y + box.height / 2);
    const hover = page.locator('.monaco-hover .hover-contents', { hasText: 'De evaluatie en de reacties zijn positief' });
    await hover.first().waitFor({ timeout: 15_000 });
    await page.screenshot({ path: join(SHOTS, 'hover.png') });
    // The counterpart's line is a link, not words to look for.
    const link = hover.first().locator('a', { hasText: 'line 165' });
    if ((await link.count()) === 0) throw new Error(`no "line 165" link in the hover: ${await hover.first().innerHTML()}`);
    return `${(await hover.first().innerText()).split('\n')[0]}; "line 165" is a link`;
  });
  await check('Ctrl+Alt+O goes to the counterpart, and the editor context menu offers it', async () => {
    await page.mouse.move(5, 500);
    await page.keyboard.press('Escape');
    const selection = page.locator('[id="status.editor.selection"]');
    const before = (await selection.textContent()) ?? '';
    if (!/Ln 127,/.test(before)) throw new Error(`the cursor is not on line 127 but at "${before}"`);
    await page.keyboard.press('Control+Alt+O');
    await waitUntil('the cursor on line 165', async () => /Ln 165,/.test((await selection.textContent()) ?? ''), 10_000);
    const line = page.locator('.view-line', { hasText: 'De evaluatie en de reacties zijn positief' }).first();
    const box = await line.boundingBox();
    await page.mouse.click(box.x + 40, box.y + box.height / 2, { button: 'right' });
    const entry = page.locator('.monaco-menu .action-label', { hasText: 'Go to Counterpart (other language)' });
    await entry.first().waitFor({ timeout: 10_000 });
    await page.keyboard.press('Escape');
    return `${before.trim()} → ${(await selection.textContent()).trim()}; the context menu has "Go to Counterpart (other language)"`;
  });
  await check("the language status item counts the page's problems", async () => {
    const status = page.locator('[id="status.languageStatus"]');
    await status.first().hover();
    const item = page.locator('.monaco-hover', { hasText: 'parlq: 1 error, 4 warnings' });
    await item.first().waitFor({ timeout: 10_000 });
    await page.mouse.move(5, 500);
    return 'parlq: 1 error, 4 warnings';
  });
  await check('the Problems view tells the one story of the cross-references and the missing answer', async () => {
    await page.mouse.move(5, 500);
    await page.keyboard.press('Control+Shift+M');
    const rows = page.locator('.markers-panel .monaco-list-row');
    await waitUntil('problem rows', async () => (await rows.count()) > 0, 15_000);
    const text = (await page.locator('.markers-panel').innerText()).replace(/\s+/g, ' ');
    if (!/The French column of the cross-references has Dutch labels/.test(text)) throw new Error(`Problems view shows: ${text.slice(0, 300)}`);
    if (/Duplicate cross-reference/.test(text)) throw new Error('the Problems view still calls the Dutch column a duplicate');
    await page.locator('.markers-panel .monaco-list-row', { hasText: 'No French answer 4' }).first().waitFor({ timeout: 10_000 });
    await page.screenshot({ path: join(SHOTS, 'problems.png') });
    return `${await rows.count()} rows rendered, no duplicate`;
  });
  await page.close();
}

/** The extension's own log line, written when its server answered the initialize request. */
function reportActivation(userData) {
  const logs = join(userData, 'logs');
  const times = [];
  if (!existsSync(logs)) return;
  for (const session of readdirSync(logs)) {
    for (const host of readdirSync(join(logs, session)).filter((name) => name.startsWith('exthost'))) {
      const file = join(logs, session, host, 'parlq.parlq', 'parlq Language Server.log');
      if (!existsSync(file)) continue;
      for (const match of readFileSync(file, 'utf8').matchAll(/ready (\d+) ms after activation began/g)) times.push(Number(match[1]));
    }
  }
  console.log(`activation (activate() called → language server initialized), per window: ${times.length > 0 ? times.map((ms) => `${ms} ms`).join(', ') : 'not logged'}`);
}

/** The editor's cursor to a line, as a person does it: Ctrl+G and the number. */
async function goToLine(page, line) {
  await page.locator('.monaco-editor .view-lines').first().click();
  await page.keyboard.press('Control+G');
  await page.keyboard.type(String(line));
  await page.keyboard.press('Enter');
}

async function runCommand(page, title) {
  for (let attempt = 0; attempt < 3; attempt++) {
    await page.keyboard.press('F1');
    const input = page.locator('.quick-input-widget input');
    if (await input.isVisible().catch(() => false)) {
      await input.fill(`>${title}`);
      await page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first().waitFor({ timeout: 10_000 });
      await page.keyboard.press('Enter');
      return;
    }
    await new Promise((r) => setTimeout(r, 500)); // the workbench may not have focus yet
  }
  throw new Error(`could not run "${title}" from the command palette`);
}

main()
  .catch((error) => record('the e2e run', false, error instanceof Error ? error.message : String(error)))
  .finally(() => {
    if (UPDATE_SCREENSHOTS && results.every((result) => result.ok)) {
      mkdirSync(join(ROOT, 'docs', 'screenshots'), { recursive: true });
      for (const name of readdirSync(SHOTS).filter((file) => file.endsWith('.png'))) copyFileSync(join(SHOTS, name), join(ROOT, 'docs', 'screenshots', name));
      console.log('screenshots copied to docs/screenshots/');
    }
    const failed = results.filter((result) => !result.ok).length;
    console.log(`e2e took ${elapsed()}; screenshots in ${SHOTS}`);
    console.log(`e2e: ${results.length - failed} passed, ${failed} failed`);
    process.exit(failed === 0 && results.length > 0 ? 0 : 1);
  });
