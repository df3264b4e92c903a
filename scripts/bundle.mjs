// Bundles the extension client and the language server into dist/ (one file each), so that the
// packaged extension needs no node_modules. `vscode` is provided by the editor at run time.
import { build } from 'esbuild';

// White space and syntax are minified; names are kept so that stack traces in the output channel stay readable.
const common = { bundle: true, platform: 'node', format: 'cjs', target: 'node20', sourcemap: true, minifyWhitespace: true, minifySyntax: true, logLevel: 'warning' };

await Promise.all([
  build({ ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] }),
  build({ ...common, entryPoints: ['server/src/lsp/main.ts'], outfile: 'dist/server.js' }),
  // The side-by-side view's page: a browser script and its style sheet, loaded by the webview from dist/webview/.
  build({ ...common, entryPoints: ['client/webview/main.ts'], outfile: 'dist/webview/main.js', platform: 'browser', format: 'iife', target: 'es2022', sourcemap: false }),
  build({ ...common, entryPoints: ['client/webview/style.css'], outfile: 'dist/webview/style.css', platform: 'browser', sourcemap: false }),
]);
