/**
 * The side-by-side view's page in a real browser (Debian's Chromium, driven by the playwright-core
 * that tests/e2e/setup-code-server.sh installs): how long it takes to draw the bulletin's rows,
 * and to redraw them after a keystroke changed one row, against redrawing every row.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const ORIGIN = 'http://parlq-bench.invalid';

/** Returns the table's lines, or the one line saying why it was skipped. */
export async function viewTable(root, rows, { median, ms }) {
  const e2e = process.env.PARLQ_E2E_PREFIX ?? join(root, '.vscode-e2e');
  const chromium = process.env.CHROMIUM ?? '/usr/bin/chromium';
  if (!existsSync(join(e2e, 'node_modules', 'playwright-core')) || !existsSync(chromium))
    return [`Skipped: no browser (playwright-core in ${e2e} and ${chromium}, which tests/e2e/setup-code-server.sh installs).`];
  const { chromium: launcher } = createRequire(join(e2e, 'package.json'))('playwright-core');
  const { viewHtml } = createRequire(import.meta.url)(join(root, 'out', 'client', 'src', 'sideBySide', 'html.js'));
  const files = { '/main.js': 'dist/webview/main.js', '/style.css': 'dist/webview/style.css' };
  const browser = await launcher.launch({ executablePath: chromium, headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
  try {
    const page = await browser.newPage({ viewport: { width: 800, height: 1000 } });
    // The real page shell and its content security policy, served from one origin that never reaches a network.
    await page.route(`${ORIGIN}/**`, (route) => {
      const path = new URL(route.request().url()).pathname;
      if (path === '/')
        return route.fulfill({
          contentType: 'text/html',
          body: viewHtml({ cspSource: ORIGIN, scriptUri: `${ORIGIN}/main.js`, styleUri: `${ORIGIN}/style.css`, lang: 'en', title: 'bulletin', nonce: 'bench' }),
        });
      const file = files[path];
      return file
        ? route.fulfill({ contentType: path.endsWith('.js') ? 'text/javascript' : 'text/css', body: readFileSync(join(root, file), 'utf8') })
        : route.fulfill({ status: 404 });
    });
    // What VS Code gives a webview: acquireVsCodeApi, here without a host.
    await page.addInitScript(() => {
      window.acquireVsCodeApi = () => ({ postMessage() {}, getState: () => undefined, setState() {} });
    });
    await page.goto(`${ORIGIN}/`);
    await page.evaluate((data) => {
      window.benchRows = data;
    }, rows);
    const strings = {
      missing: { fr: 'No French text', nl: 'No Dutch text' },
      severity: { error: 'Error:', warning: 'Warning:', information: 'Information:', hint: 'Hint:' },
      empty: '',
      unavailable: '',
      closed: '',
      keyboardHelp: '',
      singleLanguage: { fr: '', nl: '' },
    };
    /** One message handled and laid out: the rows as given, or with row `changed` retyped, or with other words (which redraws every row). */
    const draw = (variant) =>
      page.evaluate(
        ({ variant, strings }) => {
          const rows = window.benchRows.map((row, index) => (variant.changed === index && row.fr ? { ...row, fr: { ...row.fr, text: `${row.fr.text} (${variant.round})` } } : row));
          const words = variant.words ? { ...strings, empty: `${variant.round}` } : strings;
          const start = performance.now();
          window.dispatchEvent(new MessageEvent('message', { data: { type: 'rows', uri: 'bench:/bulletin.parlq', title: 'bulletin', rows, strings: words, documentOpen: true } }));
          void document.body.offsetHeight; // style and layout, as the next frame would need them
          return performance.now() - start;
        },
        { variant, strings },
      );
    const first = await draw({});
    const changed = Math.floor(rows.length / 2);
    const one = [];
    const all = [];
    for (let round = 1; round <= 11; round++) {
      one.push(await draw({ changed, round }));
      all.push(await draw({ changed, round, words: true }));
    }
    const drawn = await page.evaluate(() => document.querySelectorAll('#alignment [data-index]').length);
    return [
      `The page in Chromium (${(await browser.version()).split('.')[0]}), its real shell and content security policy, ${drawn} rows of the bulletin:`,
      '',
      '| measure | time | against | ratio |',
      '|---|---:|---:|---:|',
      `| first draw (message handled, style and layout) | ${ms(first)} ms | | |`,
      `| a keystroke's redraw (one row changed), median of ${one.length} | ${ms(median(one))} ms | ${ms(median(all))} ms (every row redrawn) | ${(median(one) / median(all)).toFixed(2)}× |`,
    ];
  } finally {
    await browser.close();
  }
}
