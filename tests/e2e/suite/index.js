/**
 * Integration tests against the VS Code API, run inside the editor's extension host.
 * `run()` is the entry point @vscode/test-electron (and any runner of the same contract) calls.
 */
const assert = require('node:assert/strict');
const path = require('node:path');
const vscode = require('vscode');

const tests = [];
const test = (name, body) => tests.push({ name, body });

async function waitFor(what, probe, timeoutMs = 20000) {
  const start = Date.now();
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function workspaceFile() {
  const folder = process.env.PARLQ_E2E_WORKSPACE ?? vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
  return vscode.Uri.file(path.join(folder, 'question-5-8916.parlq'));
}

let document;

test('opens the sample as a parlq document and activates the extension', async () => {
  document = await vscode.workspace.openTextDocument(workspaceFile());
  await vscode.window.showTextDocument(document);
  assert.equal(document.languageId, 'parlq');
  const extension = vscode.extensions.all.find((candidate) => candidate.packageJSON.name === 'parlq');
  assert.ok(extension, 'the parlq extension is installed');
  await waitFor('activation', () => extension.isActive);
});

test('shows the 18 duplicate references and the missing French answer 4', async () => {
  const diagnostics = await waitFor('diagnostics', () => {
    const list = vscode.languages.getDiagnostics(document.uri);
    return list.length > 0 ? list : undefined;
  });
  const duplicates = diagnostics.filter((diagnostic) => diagnostic.code === 'duplicate-reference');
  assert.equal(duplicates.length, 18);
  assert.deepEqual(duplicates.map((diagnostic) => diagnostic.range.start.line + 1), Array.from({ length: 18 }, (_, i) => 53 + i));
  assert.equal(duplicates[0].relatedInformation[0].location.range.start.line, 34);
  const missing = diagnostics.filter((diagnostic) => diagnostic.code === 'missing-answer');
  assert.equal(missing.length, 1);
  assert.match(missing[0].message, /Intégration Sociale" does not answer question 4 in the French answer/);
});

test('hovering the French Fedasil answer 2 shows the Dutch answer 2', async () => {
  const hovers = await vscode.commands.executeCommand('vscode.executeHoverProvider', document.uri, new vscode.Position(126, 10));
  const text = hovers.flatMap((hover) => hover.contents.map((content) => (typeof content === 'string' ? content : content.value))).join('\n');
  assert.match(text, /De evaluatie en de reacties zijn positief/);
});

test('outlines both languages’ agencies', async () => {
  const symbols = await vscode.commands.executeCommand('vscode.executeDocumentSymbolProvider', document.uri);
  const answer = symbols[0].children.find((symbol) => symbol.name === 'Answer');
  const names = answer.children.flatMap((part) => part.children.map((child) => child.name));
  assert.ok(names.includes('Office des Étrangers (OE)'));
  assert.ok(names.includes('Dienst Vreemdelingenzaken (DVZ)'));
});

async function run() {
  const failures = [];
  for (const { name, body } of tests) {
    try {
      await body();
      console.log(`  ✓ ${name}`);
    } catch (error) {
      failures.push(name);
      console.log(`  ✗ ${name}\n    ${error instanceof Error ? error.stack : String(error)}`);
    }
  }
  console.log(`${tests.length - failures.length} passed, ${failures.length} failed`);
  if (failures.length > 0) throw new Error(`${failures.length} integration test(s) failed: ${failures.join('; ')}`);
}

module.exports = { run };
