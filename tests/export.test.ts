/** parlq export --format html: the aligned rows as one self-contained HTML page that an HTML validator accepts. */
import { HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { main } from '../server/src/cli/main.js';
import { alignment } from '../server/src/features/alignment.js';
import { parseDocument } from '../server/src/model/index.js';
import { ROOT, SAMPLE } from './helpers.js';

async function exportHtml(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const status = await main(['export', ...args], { out: (line) => out.push(line), err: (line) => err.push(line), env: {}, cwd: ROOT });
  return { status, html: out.join('\n'), stderr: err.join('\n') };
}

describe('parlq export --format html', () => {
  it('writes the same rows as the alignment, valid by html-validate, with no script or external resource', async () => {
    const { status, html } = await exportHtml('--format', 'html', 'seeds/000_797443ed2065d84d.txt');
    expect(status).toBe(0);
    const report = await new HtmlValidate({ extends: ['html-validate:recommended'] }).validateString(html);
    expect(report.results.flatMap((result) => result.messages.map((message) => `${message.ruleId}: ${message.message}`))).toEqual([]);
    expect(report.valid).toBe(true);
    const body = html.slice(html.indexOf('<tbody>'), html.indexOf('</tbody>'));
    expect(body.match(/<tr/g)).toHaveLength(alignment(parseDocument(SAMPLE)).length);
    expect(html).not.toMatch(/<script|\bsrc=|\bhref=|url\(|@import/);
    // The missing French answer 4: an empty, marked French cell carrying the diagnostic, beside the Dutch item.
    const missing = /<tr><td lang="fr" class="missing">(.*?)<\/td><td lang="nl">(.*?)<\/td><\/tr>/.exec(body)!;
    expect(missing[1]).toContain('No French answer 4: ');
    expect(missing[2]).toContain('4. Er zijn geen gevallen van misbruik bekend.');
    // Once in the gap's row (in the empty cell, not again beside it), once where the editor underlines it: the French agency heading.
    expect(missing[2]).not.toContain('No French answer 4');
    expect(body.split('No French answer 4: ')).toHaveLength(3);
    expect(body).toMatch(/Service public de programmation \(SPP\) Intégration Sociale<span class="diagnostic error">No French answer 4: /);
    expect(body).toContain('2. Les évaluations et les réactions sont positives.');
  });

  it('speaks the chosen language, and refuses another format or no file', async () => {
    const french = await exportHtml('--format', 'html', '--locale', 'fr', 'seeds/000_797443ed2065d84d.txt');
    expect(french.html).toContain('<html lang="fr">');
    expect(french.html).toContain('<span class="label">manquant</span>');
    expect(french.html).toContain('Pas de réponse 4 en français');
    expect((await exportHtml('--format', 'pdf', 'seeds/000_797443ed2065d84d.txt')).status).toBe(2);
    expect((await exportHtml('--format', 'html')).stderr).toMatch(/^parlq: export takes --format html and one question file/);
    expect((await exportHtml('--format', 'html', 'no/such.parlq')).stderr).toMatch(/cannot read no\/such\.parlq: no such file/);
  });
});
