// Lint: typescript-eslint's recommended type-aware rules, and the layering stated as import rules.
//
// The messages (l10n/) stand below everything and import nothing of parlq's. Text flows one way: model → checks | features | workspace → service → lsp | cli, and the client
// talks to the server only through LSP. Each layer below may not import a layer above it, nothing
// but lsp/ and the client may load LSP or VS Code, and a check imports no other check (what
// checks share lives in the model).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** An import rule forbidding the given module patterns, each with the reason an editor sees. */
function forbid(...groups) {
  return {
    'no-restricted-imports': ['error', { patterns: groups.map(([group, message]) => ({ group, message })) }],
  };
}

const LSP = [['vscode', 'vscode-*'], 'Only lsp/ and the client speak LSP or VS Code; the layers below return plain data.'];
const UP = (layer, ...above) => [
  above.map((name) => `**/${name}/**`),
  `${layer} may not import ${above.join(', ')}: text flows model → checks | features | workspace → service → lsp | cli.`,
];

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', '.vscode-e2e/**', 'tests/e2e/**', 'bench/**', 'scripts/**', '**/*.js', '**/*.mjs', '**/*.mts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'always'],
    },
  },
  { files: ['server/src/l10n/**/*.ts'], rules: forbid(LSP, UP('l10n', 'model', 'checks', 'features', 'workspace', 'service', 'lsp', 'cli')) },
  { files: ['server/src/model/**/*.ts'], rules: forbid(LSP, UP('model', 'checks', 'features', 'workspace', 'service', 'lsp', 'cli')) },
  {
    files: ['server/src/checks/**/*.ts'],
    ignores: ['server/src/checks/index.ts'],
    rules: forbid(LSP, UP('checks', 'features', 'workspace', 'service', 'lsp', 'cli'), [
      ['./*', '!./types.js'],
      'A check imports no other check: what checks share lives in the model.',
    ]),
  },
  { files: ['server/src/checks/index.ts'], rules: forbid(LSP, UP('checks', 'features', 'workspace', 'service', 'lsp', 'cli')) },
  { files: ['server/src/features/**/*.ts'], rules: forbid(LSP, UP('features', 'checks', 'workspace', 'service', 'lsp', 'cli')) },
  { files: ['server/src/workspace/**/*.ts'], rules: forbid(LSP, UP('workspace', 'checks', 'features', 'service', 'lsp', 'cli')) },
  { files: ['server/src/service/**/*.ts'], rules: forbid(LSP, UP('service', 'lsp', 'cli')) },
  { files: ['server/src/cli/**/*.ts'], rules: forbid(LSP, UP('cli', 'lsp')) },
  { files: ['server/src/version.ts'], rules: forbid(LSP, UP('version', 'model', 'checks', 'features', 'workspace', 'service', 'lsp', 'cli')) },
  { files: ['client/src/**/*.ts'], rules: forbid([['**/server/**'], 'The client reaches the server through LSP only: it starts the bundled server, it does not import it.']) },
  { files: ['tests/**/*.ts'], rules: { '@typescript-eslint/no-non-null-assertion': 'off' } },
);
