/**
 * Integration tests against the VS Code API, run inside the editor's extension host by either
 * runner: @vscode/test-electron (run-test-electron.js) or code-server (run-code-server.mjs).
 * `run()` is the entry point both call; it rejects when a test fails.
 */
const assert = require('node:assert/strict');
const path = require('node:path');
const vscode = require('vscode');

const SAMPLE_NAME = 'question-5-8916.parlq';
const tests = [];
const test = (name, body) => tests.push({ name, body });
const log = (line) => console.log(`parlq-e2e: ${line}`);

async function waitFor(what, probe, timeoutMs = 20000) {
  const start = Date.now();
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() - start > timeoutMs) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

function sampleUri() {
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  if (folder) return vscode.Uri.joinPath(folder, SAMPLE_NAME);
  return vscode.Uri.file(path.join(process.env.PARLQ_E2E_WORKSPACE, SAMPLE_NAME));
}

const diagnosticsOf = (uri) => vscode.languages.getDiagnostics(uri);
const byCode = (diagnostics, code) => diagnostics.filter((diagnostic) => diagnostic.code === code);
const lines1 = (diagnostics) => diagnostics.map((diagnostic) => diagnostic.range.start.line + 1);
let document;
let editor;

test('the sample opens in the parlq language and activates the extension', async () => {
  const extension = vscode.extensions.all.find((candidate) => candidate.packageJSON.name === 'parlq' && candidate.packageJSON.publisher === 'parlq');
  assert.ok(extension, 'the parlq extension is installed');
  assert.equal(extension.isActive, false, 'the extension waits for a parlq document before activating');
  const started = Date.now();
  document = await vscode.workspace.openTextDocument(sampleUri());
  editor = await vscode.window.showTextDocument(document);
  assert.equal(document.languageId, 'parlq');
  await waitFor('activation', () => extension.isActive);
  const activated = Date.now();
  await waitFor('the first diagnostics', () => diagnosticsOf(document.uri).length > 0);
  log(`activation ${activated - started} ms after opening; first diagnostics after ${Date.now() - started} ms`);
});

test('a pasted page with no .parlq name is recognised by its banner', async () => {
  const untitled = await vscode.workspace.openTextDocument({ content: document.getText().slice(0, 400) });
  assert.equal(untitled.languageId, 'parlq');
});

test('the French column’s cross-references in Dutch are one story: one label warning with the French labels as its fix, no duplicates', async () => {
  const diagnostics = diagnosticsOf(document.uri);
  assert.equal(byCode(diagnostics, 'duplicate-reference').length, 0);
  const labels = byCode(diagnostics, 'label-language');
  assert.deepEqual(lines1(labels), [30, 35]);
  assert.match(labels[1].message, /^The French column of the cross-references has Dutch labels \("Ook gesteld aan", 18 entries\); the French label is "Aussi posée à"\.$/);
  assert.equal(labels[1].severity, vscode.DiagnosticSeverity.Warning);
  const actions = await vscode.commands.executeCommand('vscode.executeCodeActionProvider', document.uri, labels[1].range);
  const titles = actions.map((action) => action.title);
  assert.ok(
    titles.some((title) => /^Use the French label/.test(title)),
    `the relabelling fix is offered: ${titles.join('; ')}`,
  );
  assert.ok(!titles.some((title) => /Remove all/.test(title)), 'no fix removes a language’s list');
});

test('diagnostics hold the missing French answer 4 of SPP Intégration Sociale', async () => {
  const missing = byCode(diagnosticsOf(document.uri), 'missing-answer');
  assert.equal(missing.length, 1);
  assert.equal(missing[0].range.start.line, 132);
  assert.match(missing[0].message, /^No French answer 4: "Service public de programmation \(SPP\) Intégration Sociale" does not answer question 4/);
  assert.deepEqual(
    missing[0].relatedInformation.map((related) => related.location.range.start.line),
    [83, 178],
  );
});

test('the outline has both languages’ agencies', async () => {
  const symbols = await vscode.commands.executeCommand('vscode.executeDocumentSymbolProvider', document.uri);
  assert.equal(symbols[0].name, 'Question 5-8916');
  const answer = symbols[0].children.find((symbol) => symbol.name === 'Answer');
  const parts = Object.fromEntries(answer.children.map((part) => [part.name, part.children.filter((child) => child.kind === vscode.SymbolKind.Class).map((child) => child.name)]));
  assert.deepEqual(Object.keys(parts), ['Français', 'Nederlands']);
  assert.deepEqual(parts['Français'].slice(0, 1), ['Office des Étrangers (OE)']);
  assert.deepEqual(parts['Nederlands'][0], 'Dienst Vreemdelingenzaken (DVZ)');
  assert.ok(parts['Français'].includes('Fedasil') && parts['Nederlands'].includes('Fedasil'));
});

test('hovering the French Fedasil answer 2 shows the Dutch answer 2', async () => {
  const hovers = await vscode.commands.executeCommand('vscode.executeHoverProvider', document.uri, new vscode.Position(126, 10));
  const text = hovers.flatMap((hover) => hover.contents.map((content) => (typeof content === 'string' ? content : content.value))).join('\n');
  assert.match(text, /^\*\*Nederlands\*\* \(Dutch · original\) — answer item 2, \[line 165\]\([^)]*#L165\)/);
  assert.match(text, /De evaluatie en de reacties zijn positief/);
});

test('folding ranges exist: the SPP block folds', async () => {
  editor.selection = new vscode.Selection(132, 0, 132, 0);
  await vscode.commands.executeCommand('editor.fold', { selectionLines: [132], levels: 1 });
  await waitFor('the fold', () => !editor.visibleRanges.some((range) => range.contains(new vscode.Position(134, 0))), 5000);
  await vscode.commands.executeCommand('editor.unfoldAll');
});

test('an edit that removes a Dutch reference updates the diagnostics', async () => {
  const edit = new vscode.WorkspaceEdit();
  edit.delete(document.uri, new vscode.Range(52, 0, 53, 0));
  assert.ok(await vscode.workspace.applyEdit(edit));
  const missing = await waitFor('the French 5-8900 without its counterpart', () => {
    const found = byCode(diagnosticsOf(document.uri), 'missing-counterpart');
    return found.length === 1 ? found : undefined;
  });
  assert.equal(missing[0].range.start.line, 34);
  await vscode.commands.executeCommand('workbench.action.files.revert');
  await waitFor('no missing counterpart again', () => byCode(diagnosticsOf(document.uri), 'missing-counterpart').length === 0);
});

test('a severity set to off takes effect without a reload, and back', async () => {
  const configuration = vscode.workspace.getConfiguration('parlq');
  await configuration.update('severity.label-language', 'off', vscode.ConfigurationTarget.Global);
  try {
    await waitFor('no label diagnostics', () => byCode(diagnosticsOf(document.uri), 'label-language').length === 0);
    assert.equal(byCode(diagnosticsOf(document.uri), 'missing-answer').length, 1);
  } finally {
    await configuration.update('severity.label-language', undefined, vscode.ConfigurationTarget.Global);
  }
  await waitFor('the label warnings back', () => byCode(diagnosticsOf(document.uri), 'label-language').length === 2);
});

test('Go to Counterpart jumps from French Fedasil answer 2 to the Dutch one', async () => {
  await vscode.window.showTextDocument(document);
  editor = vscode.window.activeTextEditor;
  editor.selection = new vscode.Selection(126, 5, 126, 5);
  await vscode.commands.executeCommand('parlq.goToCounterpart');
  await waitFor('the cursor on line 165', () => editor.selection.active.line === 164, 5000);
});

test('parlq: Open Side by Side opens one webview beside the sample, and a second call reveals it', async () => {
  await vscode.window.showTextDocument(document);
  const views = () =>
    vscode.window.tabGroups.all.flatMap((group) =>
      group.tabs.filter((tab) => tab.input instanceof vscode.TabInputWebview && tab.input.viewType.endsWith('parlq.sideBySide')).map((tab) => ({ tab, group })),
    );
  await vscode.commands.executeCommand('parlq.openSideBySide');
  const [opened] = await waitFor('the side-by-side tab', () => (views().length === 1 ? views() : null));
  assert.match(opened.tab.label, /question-5-8916\.parlq/);
  assert.notEqual(opened.group.viewColumn, vscode.window.visibleTextEditors.find((shown) => shown.document === document)?.viewColumn, 'beside the editor, not over it');
  await vscode.window.showTextDocument(document);
  await vscode.commands.executeCommand('parlq.openSideBySide', document.uri);
  assert.equal(views().length, 1, 'the same view, not a second one');
  await vscode.window.tabGroups.close(views().map(({ tab }) => tab));
  await waitFor('the view closed', () => views().length === 0);
});

// Real pages in the other layouts the Senate publishes, pasted into untitled editors: each is
// recognised by its first line and gets its true findings only (tests/fixtures/real/*.expected).
function realPage(name) {
  return require('node:fs').readFileSync(path.join(__dirname, '..', '..', 'fixtures', 'real', name), 'utf8');
}

/** Closes an untitled page without saving, so that the editor does not restore it in a later window (and its problems with it). */
async function discard(page) {
  await vscode.window.showTextDocument(page);
  await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
}

test('a Dutch single-language printer page: its layout in the outline, no counterpart demanded', async () => {
  const page = await vscode.workspace.openTextDocument({ content: realPage('18_sv5-10335_nl_print.txt') });
  assert.equal(page.languageId, 'parlq');
  await vscode.window.showTextDocument(page);
  const diagnostics = await waitFor('the page’s diagnostics', () => (diagnosticsOf(page.uri).length > 0 ? diagnosticsOf(page.uri) : null));
  assert.deepEqual(
    diagnostics.map((diagnostic) => [diagnostic.range.start.line + 1, diagnostic.code]),
    [
      [9, 'encoding-damage'],
      [19, 'answer-overdue'],
      [39, 'incomplete-page'],
    ],
  );
  assert.ok(
    diagnostics.every((diagnostic) => diagnostic.severity === (diagnostic.code === 'answer-overdue' ? vscode.DiagnosticSeverity.Information : vscode.DiagnosticSeverity.Warning)),
  );
  const symbols = await vscode.commands.executeCommand('vscode.executeDocumentSymbolProvider', page.uri);
  assert.equal(symbols[0].name, 'Question 5-10335');
  assert.match(symbols[0].detail, /single-language printer version, Dutch$/);
  const fixes = await vscode.commands.executeCommand('vscode.executeCodeActionProvider', page.uri, diagnostics[0].range);
  assert.ok(
    fixes.some((action) => action.title === 'Replace with "Cécile"'),
    'the repair of "CÚcile" is offered',
  );
  await discard(page);
});

test('a bulletin opens as parlq, with its question under its minister and no false error', async () => {
  const page = await vscode.workspace.openTextDocument({ content: realPage('32_sb3-53_fr_bulletin.txt') });
  assert.equal(page.languageId, 'parlq');
  await vscode.window.showTextDocument(page);
  const diagnostics = await waitFor('the bulletin’s diagnostics', () => (diagnosticsOf(page.uri).length > 0 ? diagnosticsOf(page.uri) : null));
  assert.deepEqual(
    diagnostics.map((diagnostic) => diagnostic.code),
    ['incomplete-page'],
  );
  const symbols = await vscode.commands.executeCommand('vscode.executeDocumentSymbolProvider', page.uri);
  assert.deepEqual(
    symbols.map((symbol) => symbol.name),
    ['Question 3-3448'],
  );
  await discard(page);
  await vscode.window.showTextDocument(document);
});

test('a killed language server is restarted by the client, and answers again', async () => {
  const { execFileSync } = require('node:child_process');
  // The server runs beside this extension host, from the installed extension's dist/server.js.
  const servers = () => {
    try {
      return execFileSync('pgrep', ['-f', 'dist/server.js'], { encoding: 'utf8' }).split('\n').filter(Boolean).map(Number);
    } catch {
      return [];
    }
  };
  const before = servers();
  assert.ok(before.length > 0, 'a parlq language server process is running');
  for (const pid of before) process.kill(pid, 'SIGKILL');
  await waitFor('a new server process', () => {
    const now = servers();
    return now.length > 0 && now.every((pid) => !before.includes(pid));
  });
  await waitFor('hover answered by the new server', async () => {
    const hovers = await vscode.commands.executeCommand('vscode.executeHoverProvider', document.uri, new vscode.Position(126, 10));
    return hovers.some((hover) => hover.contents.some((content) => /De evaluatie/.test(typeof content === 'string' ? content : content.value)));
  });
  await waitFor('the diagnostics republished', () => byCode(diagnosticsOf(document.uri), 'label-language').length === 2);
});

async function run() {
  const failures = [];
  for (const { name, body } of tests) {
    try {
      await body();
      log(`✓ ${name}`);
    } catch (error) {
      failures.push(name);
      log(`✗ ${name}\n    ${error instanceof Error ? (error.stack ?? error.message).replace(/\n/g, '\n    ') : String(error)}`);
    }
  }
  log(`suite: ${tests.length - failures.length} passed, ${failures.length} failed`);
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  if (failures.length > 0) throw new Error(`${failures.length} integration test(s) failed: ${failures.join('; ')}`);
}

module.exports = { run };
