/**
 * `parlq export --format html FILE`: the page's two columns aligned (the side-by-side view's
 * rows) as one self-contained HTML file, for a reviewer without VS Code or a publication
 * preview. No script, no external resource: the style is inline, the text escaped.
 */
import { t, type Locale } from '../l10n/index.js';
import type { AlignedRow } from '../service/index.js';

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const STYLE = `
body { font: 15px/1.45 system-ui, sans-serif; margin: 2rem; color: #1f1f1f; background: #fff; }
table { border-collapse: collapse; width: 100%; table-layout: fixed; }
caption { text-align: left; font-size: 1.3rem; font-weight: 600; padding-bottom: 0.8rem; }
th, td { vertical-align: top; padding: 0.35rem 0.6rem; border-bottom: 1px solid #e0e0e0; text-align: left; }
thead th { border-bottom: 2px solid #888; }
tr.question th { font-size: 1.15rem; padding-top: 1.2rem; }
tr.section th { background: #f3f3f3; padding-top: 0.8rem; }
tr.agency td { font-weight: 600; }
td.missing { background: #fdecea; }
.label { display: block; color: #666; font-size: 0.8rem; }
.diagnostic { display: block; font-size: 0.85rem; margin-top: 0.3rem; }
.error { color: #b3261e; } .warning { color: #8a5a00; } .information, .hint { color: #1f5fa8; }
@media (prefers-color-scheme: dark) {
  body { color: #e6e6e6; background: #1e1e1e; } th, td { border-color: #3a3a3a; } tr.section th { background: #2a2a2a; }
  td.missing { background: #4a2320; } .label { color: #aaa; } .error { color: #f28b82; } .warning { color: #fdd663; } .information, .hint { color: #8ab4f8; }
}
`;

/** The aligned rows as one HTML document; `title` names the page (the file, the question). */
export function alignmentHtml(rows: readonly AlignedRow[], title: string, locale: Locale): string {
  const body: string[] = [];
  for (const row of rows) {
    if (row.kind === 'question' || row.kind === 'section') {
      body.push(`<tr class="${row.kind}"><th colspan="2" scope="colgroup">${escape(row.label)}</th></tr>`);
      continue;
    }
    const cell = (lang: 'fr' | 'nl') => {
      const content = row[lang];
      // Each diagnostic once, under its cell; in a row with a missing piece, in the empty cell, where the gap is.
      const notes = row.diagnostics
        .filter((diagnostic) => (row.missing ? row.missing === lang : diagnostic.lang === lang))
        .map((diagnostic) => `<span class="diagnostic ${escape(diagnostic.severity)}">${escape(diagnostic.message)} <code>${escape(diagnostic.code)}</code></span>`)
        .join('');
      if (!content) {
        const missing = row.missing === lang;
        return `<td lang="${lang}"${missing ? ' class="missing"' : ''}>${missing ? `<span class="label">${escape(t(locale, 'export.missing'))}</span>${notes}` : ''}</td>`;
      }
      return `<td lang="${lang}"><span class="label">${escape(row.label)}</span>${escape(content.text)}${notes}</td>`;
    };
    body.push(`<tr${row.kind === 'agency' ? ' class="agency"' : ''}>${cell('fr')}${cell('nl')}</tr>`);
  }
  return `<!DOCTYPE html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<table>
<caption>${escape(title)}</caption>
<thead><tr><th scope="col" lang="fr">Français</th><th scope="col" lang="nl">Nederlands</th></tr></thead>
<tbody>
${body.join('\n')}
</tbody>
</table>
</body>
</html>
`;
}
