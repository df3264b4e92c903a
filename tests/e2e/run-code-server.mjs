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

  rmSync(SHOTS, { recursive: true, force: true });
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

    // 3. UI checks, as a person sees the workbench.
    await uiChecks(browser, url([['openFile', remote(join(workspace, SAMPLE_NAME))]]));
    reportActivation(userData);
  } finally {
    server.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 300));
    if (results.some((result) => !result.ok) || process.env.PARLQ_E2E_KEEP) console.log(`code-server log and run folder kept in ${run}`);
    else rmSync(run, { recursive: true, force: true });
  }
  // 4. A folder of question files that cite each other; 5. the same workbench in French and in Dutch.
  try {
    if (browser) await workspaceChecks(browser);
    if (browser) for (const locale of Object.keys(LOCALE_CHECKS)) await localeChecks(browser, locale);
  } finally {
    if (browser) await browser.close().catch(() => undefined);
  }
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

/** What a French (Dutch) user sees of parlq's own words: a Problems view message, a hover's link, a command title. */
const LOCALE_CHECKS = {
  fr: { name: 'French', problem: 'Pas de réponse 4 en français', line: 'ligne 165', command: 'Aller au pendant (autre langue)' },
  nl: { name: 'Dutch', problem: 'Geen Frans antwoord 4', line: 'regel 165', command: 'Naar de tegenhanger gaan (andere taal)' },
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
