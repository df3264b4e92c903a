#!/usr/bin/env node
/**
 * Runs the extension's integration suite (tests/e2e/suite) in a real VS Code through
 * @vscode/test-electron. It needs a VS Code build: VSCODE_EXECUTABLE_PATH names one already
 * installed; otherwise @vscode/test-electron downloads one, which needs the internet. Where
 * neither is possible the run says that it skipped and why, and exits 0.
 */
const { cpSync, mkdtempSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');
const { downloadAndUnzipVSCode, runTests } = require('@vscode/test-electron');

const root = join(__dirname, '..', '..');
const DOWNLOAD_TIMEOUT_MS = 60_000;

function withTimeout(promise, ms, what) {
  return Promise.race([promise, new Promise((_, reject) => setTimeout(() => reject(new Error(`${what} took more than ${ms / 1000} s`)), ms).unref())]);
}

async function main() {
  let vscodeExecutablePath = process.env.VSCODE_EXECUTABLE_PATH;
  if (!vscodeExecutablePath) {
    try {
      vscodeExecutablePath = await withTimeout(downloadAndUnzipVSCode('stable'), DOWNLOAD_TIMEOUT_MS, 'downloading VS Code');
    } catch (error) {
      console.log(`test:vscode SKIPPED: no VS Code build could be had (${error instanceof Error ? error.message : String(error)}).`);
      console.log('Set VSCODE_EXECUTABLE_PATH to an installed VS Code to run this suite, or use `npm run test:e2e` (code-server) where that exists.');
      return 0;
    }
  }
  const workspace = mkdtempSync(join(tmpdir(), 'parlq-vscode-'));
  cpSync(join(root, 'seeds', '000_797443ed2065d84d.txt'), join(workspace, 'question-5-8916.parlq'));
  await runTests({
    vscodeExecutablePath,
    extensionDevelopmentPath: root,
    extensionTestsPath: join(__dirname, 'suite', 'index.js'),
    launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust'],
    extensionTestsEnv: { PARLQ_E2E_WORKSPACE: workspace },
  });
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(`test:vscode FAILED: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exit(1);
  },
);
