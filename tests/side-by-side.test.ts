/**
 * The side-by-side view's own logic, as plain functions on the sample's real alignment: which row
 * the editor's cursor is in, where a click goes, the page shell and its content security policy,
 * the contributions that open it, and a style that takes every colour from the theme. The view
 * itself, drawn in a real VS Code, is checked by the code-server e2e (tests/e2e/run-code-server.mjs).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, newNonce, viewHtml } from '../client/src/sideBySide/html.js';
import type { AlignedRow } from '../client/src/sideBySide/protocol.js';
import { revealTarget, rowAt } from '../client/src/sideBySide/rows.js';
import { createLanguageService } from '../server/src/service/index.js';
import { ROOT, SAMPLE } from './helpers.js';

function sampleRows(): AlignedRow[] {
  const service = createLanguageService({ today: () => '2026-12-01' });
  service.setDocument('file:///q.parlq', 1, SAMPLE);
  // The wire format is the service's rows as JSON: what the client receives.
  return JSON.parse(JSON.stringify(service.alignment('file:///q.parlq'))) as AlignedRow[];
}

const lines = SAMPLE.split('\n');
const lineOf = (text: string) => lines.findIndex((line) => line.startsWith(text));

describe("the view's rows and the editor's cursor", () => {
  const rows = sampleRows();

  it('finds the row of the piece under the cursor, both languages of a pair on one row', () => {
    const french = lineOf('2. Les évaluations et les réactions sont positives');
    const dutch = lineOf('2. De evaluatie en de reacties zijn positief');
    expect([french + 1, dutch + 1]).toEqual([127, 165]);
    const row = rowAt(rows, { line: dutch, character: 10 });
    expect(row).not.toBeNull();
    expect(rowAt(rows, { line: french, character: 0 })).toBe(row);
    expect(rows[row!]!.nl!.text).toMatch(/^2\. De evaluatie en de reacties zijn positief/);
    expect(rows[row!]!.label).toBe('answer item 2');
  });

  it("holds a piece's end (a cursor after its last character) and no blank line between pieces", () => {
    for (const [index, row] of rows.entries()) {
      for (const cell of [row.fr, row.nl]) {
        if (!cell) continue;
        expect(rowAt(rows, cell.range.start), `${row.label} start`).toBe(index);
        expect(rowAt(rows, cell.range.end), `${row.label} end`).toBe(index);
      }
    }
    const blank = lines.findIndex((line, index) => line.trim() === '' && index > lineOf('2. De evaluatie'));
    expect(rowAt(rows, { line: blank, character: 0 })).toBeNull();
    expect(rowAt(rows, { line: lines.length + 10, character: 0 })).toBeNull();
    expect(rowAt([], { line: 0, character: 0 })).toBeNull();
  });

  it('prefers the narrowest of the pieces that hold the cursor', () => {
    const cell = (startLine: number, endLine: number, endCharacter: number) => ({
      text: 'x',
      range: { start: { line: startLine, character: 0 }, end: { line: endLine, character: endCharacter } },
    });
    const row = (fr: ReturnType<typeof cell>): AlignedRow => ({ kind: 'piece', label: 'x', fr, nl: null, missing: null, depth: 2, diagnostics: [] });
    expect(rowAt([row(cell(0, 9, 0)), row(cell(3, 4, 2)), row(cell(3, 4, 1))], { line: 4, character: 0 })).toBe(2);
  });

  it('sends a click on the empty French answer 4 to its Dutch counterpart, and a click on a piece to that piece', () => {
    const missing = rows.find((candidate) => candidate.missing === 'fr')!;
    expect(revealTarget(missing, 'fr')).toBe(missing.nl);
    const pair = rows.find((candidate) => candidate.fr && candidate.nl)!;
    expect(revealTarget(pair, 'fr')).toBe(pair.fr);
    expect(revealTarget(pair, 'nl')).toBe(pair.nl);
    expect(revealTarget({ ...pair, fr: null, nl: null }, 'nl')).toBeNull();
  });
});

describe("the view's page", () => {
  const page = {
    cspSource: 'https://file+.vscode-resource.vscode-cdn.net',
    scriptUri: 'https://file+.vscode-resource.vscode-cdn.net/ext/dist/webview/main.js',
    styleUri: 'https://file+.vscode-resource.vscode-cdn.net/ext/dist/webview/style.css',
    lang: 'fr',
    title: 'q<b>"&.parlq',
    nonce: newNonce(),
  };

  it('is valid HTML by html-validate, the title escaped and its heading', async () => {
    const html = viewHtml(page);
    const report = await new HtmlValidate({ extends: ['html-validate:recommended'] }).validateString(html);
    expect(report.results.flatMap((result) => result.messages.map((message) => `${message.ruleId}: ${message.message}`))).toEqual([]);
    expect(html).toContain('<title>q&lt;b&gt;&quot;&amp;.parlq</title>');
    expect(html).toContain('<h1 id="title">q&lt;b&gt;&quot;&amp;.parlq</h1>');
    // The script draws a table per question (French | Dutch) into this container.
    expect(html).toContain('<div id="alignment" aria-describedby="keyboard-help"></div>');
    expect(html).toContain('<html lang="fr">');
  });

  it("allows the extension's style sheet and the one script with this load's nonce, and nothing else", () => {
    const html = viewHtml(page);
    const policy = contentSecurityPolicy(page);
    const directives = new Map(policy.split(/;\s*/).map((directive) => [directive.split(' ')[0], directive.split(' ').slice(1)]));
    expect(directives.get('default-src')).toEqual(["'none'"]);
    expect(directives.get('script-src')).toEqual([`'nonce-${page.nonce}'`]);
    expect(directives.get('style-src')).toEqual([page.cspSource]);
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|\*|https?:\/\/(?!file\+\.vscode-resource)/);
    const scripts = [...html.matchAll(/<script\b([^>]*)>/g)].map((match) => match[1]);
    expect(scripts).toEqual([` nonce="${page.nonce}" src="${page.scriptUri}"`]);
    expect(html).not.toMatch(/\sstyle=|<style|\son[a-z]+=/);
    // A nonce is 128 random bits, new for every load.
    expect(Buffer.from(page.nonce, 'base64')).toHaveLength(16);
    expect(new Set(Array.from({ length: 50 }, newNonce)).size).toBe(50);
  });
});

describe("the view's contributions and files", () => {
  const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
    activationEvents: string[];
    contributes: { commands: { command: string; icon?: string }[]; menus: Record<string, { command: string; when?: string }[]> };
  };

  it('opens from the command palette, the editor title, the editor and explorer context menus, for parlq files only', () => {
    expect(manifest.contributes.commands.find((command) => command.command === 'parlq.openSideBySide')?.icon).toBe('$(open-preview)');
    for (const menu of ['commandPalette', 'editor/title', 'editor/context', 'explorer/context']) {
      const entry = manifest.contributes.menus[menu]?.find((item) => item.command === 'parlq.openSideBySide');
      expect(entry?.when, menu).toMatch(/(editorLangId|resourceLangId) == parlq/);
    }
    // The serializer restores a view after a restart only if VS Code activates the extension for it.
    expect(manifest.activationEvents).toContain('onWebviewPanel:parlq.sideBySide');
    expect(readFileSync(join(ROOT, '.vscodeignore'), 'utf8')).toContain('!dist/webview/**');
  });

  it('ships a script without eval or network calls, and a style whose every colour is a theme variable', () => {
    const script = join(ROOT, 'dist', 'webview', 'main.js');
    const style = join(ROOT, 'dist', 'webview', 'style.css');
    expect(existsSync(script) && existsSync(style), 'npm run build writes dist/webview/').toBe(true);
    const code = readFileSync(script, 'utf8');
    expect(code).not.toMatch(
      /\beval\(|new Function|innerHTML|outerHTML|insertAdjacentHTML|document\.write|fetch\(|XMLHttpRequest|WebSocket|https?:\/\/(?!www\.w3\.org\/2000\/svg)/,
    );
    const css = readFileSync(join(ROOT, 'client', 'webview', 'style.css'), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
    const colours = [...css.matchAll(/(?:^|[;{\s])((?:background|color|border[a-z-]*|outline[a-z-]*|box-shadow)):\s*([^;}]+)/g)].map((match) => `${match[1]}: ${match[2]!.trim()}`);
    expect(colours.length).toBeGreaterThan(20);
    const fixed = colours.filter((declaration) => /#[0-9a-f]{3,8}\b|rgba?\(|hsla?\(|\b(?:white|black|red|gray|grey)\b/i.test(declaration));
    expect(fixed).toEqual([]);
    expect(css).toMatch(/font-family: var\(--vscode-editor-font-family\)/);
    expect(css).not.toMatch(/url\(|@import/);
  });
});
