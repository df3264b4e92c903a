/** The extension's manifest, grammar and layering stay true to the code. */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as oniguruma from 'vscode-oniguruma';
import { INITIAL, Registry, parseRawGrammar } from 'vscode-textmate';
import { CHECKS, CHECK_CODES, SEVERITY_SETTINGS } from '../server/src/checks/index.js';
import { REAL_PAGES, ROOT, SAMPLE } from './helpers.js';

const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));

describe('package.json contributions', () => {
  it('contributes one severity setting per check, with the check’s default', () => {
    const properties = manifest.contributes.configuration.properties as Record<string, { default: unknown; enum?: string[]; markdownDescription?: string }>;
    for (const check of CHECKS) {
      const setting = properties[`parlq.severity.${check.code}`];
      expect(setting, check.code).toBeDefined();
      expect(setting!.default).toBe(check.defaultSeverity);
      expect(setting!.enum).toEqual([...SEVERITY_SETTINGS]);
      expect(setting!.markdownDescription).toBe(`%setting.severity.${check.code}%`);
    }
    const severityKeys = Object.keys(properties).filter((key) => key.startsWith('parlq.severity.'));
    expect(severityKeys).toEqual(CHECKS.map((check) => `parlq.severity.${check.code}`));
    expect(severityKeys).toHaveLength(CHECKS.length);
    expect(properties['parlq.hover.enabled']!.default).toBe(true);
  });

  it('knows the same checks in the registry, the code list and the README table, in one order', () => {
    expect(CHECKS.map((check) => check.code)).toEqual([...CHECK_CODES]);
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const table = readme.slice(readme.indexOf('## Checks'), readme.indexOf('\n## ', readme.indexOf('## Checks') + 1));
    const rows = [...table.matchAll(/^\| `([a-z-]+)` \| ([a-z]+) \|/gm)].map((row) => [row[1], row[2]]);
    expect(rows).toEqual(CHECKS.map((check) => [check.code, check.defaultSeverity]));
  });

  it('recognises a pasted Senate page by its first line', () => {
    const language = manifest.contributes.languages[0];
    expect(language.id).toBe('parlq');
    expect(language.extensions).toEqual(['.parlq']);
    expect(new RegExp(language.firstLine).test(SAMPLE.split('\n')[0]!)).toBe(true);
    expect(new RegExp(language.firstLine).test('Session 2012-2013')).toBe(false);
    // Every layout's first line, from the real pages.
    for (const page of REAL_PAGES.filter((candidate) => !/_qrva|fragment/.test(candidate.name))) {
      expect(new RegExp(language.firstLine).test(page.text.split('\n')[0]!), page.name).toBe(true);
    }
    // A parlq document, or a side-by-side view to restore after a restart: nothing else wakes the extension.
    expect(manifest.activationEvents).toEqual(['onLanguage:parlq', 'onWebviewPanel:parlq.sideBySide']);
  });

  it('exposes the server and the checker as commands', () => {
    expect(manifest.bin).toEqual({ parlq: './bin/parlq.js', 'parlq-language-server': './bin/parlq-language-server.js' });
  });

  it('keeps 5-8916 one word for double-click and word navigation', () => {
    const configuration = JSON.parse(readFileSync(join(ROOT, 'language-configuration.json'), 'utf8'));
    const word = new RegExp(configuration.wordPattern, 'g');
    expect('vraag 5-8916 d.d.'.match(word)).toEqual(['vraag', '5-8916', 'd', 'd']);
    expect('Commissariat-Général aux'.match(word)).toEqual(['Commissariat-Général', 'aux']);
    expect(configuration.autoClosingPairs).toContainEqual({ open: '«', close: '»' });
  });

  it('keeps prose quiet: French no-break spaces unboxed, parentheses matched but not painted', () => {
    const configuration = JSON.parse(readFileSync(join(ROOT, 'language-configuration.json'), 'utf8'));
    expect(configuration.colorizedBracketPairs).toEqual([]);
    expect(configuration.brackets).toContainEqual(['(', ')']);
    expect(manifest.contributes.configurationDefaults['[parlq]']['editor.unicodeHighlight.allowedCharacters']).toEqual({ '\u00a0': true, '\u202f': true });
  });

  it('puts Go to Counterpart on a key and in the editor context menu, for parlq files only', () => {
    expect(manifest.contributes.keybindings).toContainEqual({
      command: 'parlq.goToCounterpart',
      key: 'ctrl+alt+o',
      mac: 'cmd+alt+o',
      when: 'editorTextFocus && editorLangId == parlq',
    });
    expect(manifest.contributes.menus['editor/context']).toContainEqual({ command: 'parlq.goToCounterpart', when: 'editorLangId == parlq', group: 'navigation@90' });
  });
});

describe('layering, as the linter states it (eslint.config.mjs)', () => {
  // The rules are proved on imports that break them, placed where they would break them; the
  // tree itself is held to them by `npm run lint` in CI.
  const cases: [string, string, RegExp | null][] = [
    ['server/src/model/probe.ts', "import { startServer } from '../lsp/server.js';", /model may not import/],
    ['server/src/l10n/probe.ts', "import { parseDocument } from '../model/parse.js';", /l10n may not import/],
    ['server/src/model/probe.ts', "import { msg } from '../l10n/index.js';", null],
    ['server/src/model/probe.ts', "import type { Connection } from 'vscode-languageserver/node';", /Only lsp\/ and the client speak LSP/],
    ['server/src/checks/probe.ts', "import { missingAnswer } from './missingAnswer.js';", /A check imports no other check/],
    ['server/src/checks/probe.ts', "import type { Check } from './types.js';", null],
    ['server/src/features/probe.ts', "import { CHECKS } from '../checks/index.js';", /features may not import/],
    ['server/src/cli/probe.ts', "import { SERVER_VERSION } from '../lsp/server.js';", /cli may not import/],
    ['server/src/service/probe.ts', "import { startServer } from '../lsp/server.js';", /service may not import/],
    ['server/src/service/probe.ts', "import { CHECKS } from '../checks/index.js';", null],
    ['client/src/probe.ts', "import { CHECKS } from '../../server/src/checks/index.js';", /through LSP only/],
  ];
  it.each(cases)('%s: %s', async (file, source, expected) => {
    const { ESLint } = await import('eslint');
    const eslint = new ESLint({
      cwd: ROOT,
      overrideConfig: { languageOptions: { parserOptions: { projectService: false } }, rules: { '@typescript-eslint/no-floating-promises': 'off' } },
      overrideConfigFile: join(ROOT, 'eslint.config.mjs'),
    });
    const [result] = await eslint.lintText(`${source}\nexport const used = 1;\n`, { filePath: join(ROOT, file) });
    const layering = (result?.messages ?? []).filter((message) => message.ruleId === 'no-restricted-imports').map((message) => message.message);
    if (expected) expect(layering.join('\n')).toMatch(expected);
    else expect(layering).toEqual([]);
  });
});

describe('the checker', () => {
  it('loads no part of the language server to check a file', () => {
    const probe = `require(${JSON.stringify(join(ROOT, 'out', 'server', 'src', 'cli', 'main.js'))}); console.log(Object.keys(require.cache).filter((path) => /[\\/]lsp[\\/]|vscode-languageserver/.test(path)).length)`;
    const result = spawnSync(process.execPath, ['-e', probe], { encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.stdout.trim()).toBe('0');
  });
});

describe('the TextMate grammar on the sample', async () => {
  const wasm = readFileSync(join(ROOT, 'node_modules', 'vscode-oniguruma', 'release', 'onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const registry = new Registry({
    onigLib: Promise.resolve({ createOnigScanner: (patterns) => new oniguruma.OnigScanner(patterns), createOnigString: (text) => new oniguruma.OnigString(text) }),
    loadGrammar: async () => parseRawGrammar(readFileSync(join(ROOT, 'syntaxes', 'parlq.tmLanguage.json'), 'utf8'), 'parlq.tmLanguage.json'),
  });
  const grammar = (await registry.loadGrammar('text.parlq'))!;
  const lines = SAMPLE.split('\n');
  let state = INITIAL;
  const tokens = lines.map((line) => {
    const result = grammar.tokenizeLine(line, state);
    state = result.ruleStack;
    return result.tokens.map((token) => ({ text: line.slice(token.startIndex, token.endIndex), scopes: token.scopes }));
  });
  /** The scopes of the first token on 1-based line n whose text is `text`. */
  const scopesOf = (n: number, text: string) => tokens[n - 1]!.find((token) => token.text === text)?.scopes ?? [];

  it('gives each construct a standard scope that every theme colours', () => {
    expect(scopesOf(1, 'SÉNAT DE BELGIQUE')).toContain('markup.heading.banner.parlq');
    expect(scopesOf(2, '________________')).toContain('comment.rule.parlq');
    expect(scopesOf(3, '2012-2013')).toContain('constant.numeric.session.parlq');
    expect(scopesOf(5, '30 avril 2013 30 april 2013')).toContain('constant.numeric.date.parlq');
    expect(scopesOf(7, '5-8916')).toContain('constant.numeric.question-number.parlq');
    expect(scopesOf(9, 'Martine Taelman')).toContain('entity.name.function.author.parlq');
    expect(scopesOf(30, '30/4/2013')).toContain('constant.numeric.date.parlq');
    expect(scopesOf(30, 'Verzending vraag')).toContain('keyword.other.event.parlq');
    expect(scopesOf(35, 'Ook gesteld aan')).toContain('keyword.other.reference.parlq');
    expect(scopesOf(35, '5-8900')).toContain('constant.numeric.question-number.parlq');
    expect(scopesOf(72, '(Question posée en néerlandais)')).toContain('constant.language.original-language.parlq');
    expect(scopesOf(72, '30 april 2013')).toContain('constant.numeric.date.parlq');
    expect(scopesOf(78, '1)')).toContain('constant.numeric.item.parlq');
    expect(scopesOf(101, 'Réponse')).toContain('entity.name.section.parlq');
    expect(scopesOf(111, '1.')).toContain('constant.numeric.item.parlq');
    expect(scopesOf(123, 'Fedasil')).toContain('entity.name.section.agency.parlq');
    expect(scopesOf(105, 'Office des Étrangers (OE)')).toContain('entity.name.section.agency.parlq');
  });

  it('colours the landmarks of the other layouts', async () => {
    const scopesIn = (text: string) => {
      let lineState = INITIAL;
      return text.split('\n').map((line) => {
        const result = grammar.tokenizeLine(line, lineState);
        lineState = result.ruleStack;
        return result.tokens.map((token) => ({ text: line.slice(token.startIndex, token.endIndex), scopes: token.scopes }));
      });
    };
    const page = (prefix: string) => REAL_PAGES.find((candidate) => candidate.name.startsWith(prefix))!.text;
    const web = scopesIn(page('01_'));
    expect(web[0]!.flatMap((token) => token.scopes)).toContain('comment.line.navigation.parlq');
    expect(web[17]!.find((token) => token.text === 'Chronologie')!.scopes).toContain('markup.heading.section.parlq');
    const print = scopesIn(page('11_'));
    expect(print[0]!.find((token) => token.text === 'SÉNAT DE BELGIQUE')!.scopes).toContain('markup.heading.banner.parlq');
    expect(print[6]!.find((token) => token.text === '5-1707')!.scopes).toContain('markup.heading.number.parlq');
    expect(print[23]!.find((token) => token.text === '(Question posée en néerlandais)')!.scopes).toContain('constant.language.original-language.parlq');
    const bulletin = scopesIn(page('32_'));
    expect(bulletin[0]!.find((token) => token.text === 'Questions et Réponses')!.scopes).toContain('markup.heading.section.parlq');
    expect(bulletin[16]!.find((token) => token.text === '(N.)')!.scopes).toContain('constant.language.original-language.parlq');
    expect(bulletin[21]!.find((token) => token.text === 'Réponse')!.scopes).toContain('markup.heading.answer.parlq');
  });

  it('does not take a sentence for an agency heading', () => {
    expect(tokens[102]!.some((token) => token.scopes.includes('entity.name.section.agency.parlq'))).toBe(false);
    expect(tokens[74 - 1]!.some((token) => token.scopes.includes('entity.name.section.agency.parlq'))).toBe(false);
  });
});

describe('the extension page', () => {
  it('has an icon, a 128 × 128 PNG, for the extension and for .parlq files, and packs it', () => {
    const icon = readFileSync(join(ROOT, manifest.icon));
    expect(icon.subarray(1, 4).toString()).toBe('PNG');
    expect([icon.readUInt32BE(16), icon.readUInt32BE(20)]).toEqual([128, 128]);
    expect(manifest.contributes.languages[0].icon).toEqual({ light: `./${manifest.icon}`, dark: `./${manifest.icon}` });
    expect(readFileSync(join(ROOT, '.vscodeignore'), 'utf8').split('\n')).toContain(`!${manifest.icon}`);
  });
});
