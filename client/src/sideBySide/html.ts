/**
 * The side-by-side view's page: a shell the script fills with the rows. Its content security
 * policy allows the extension's own style sheet and the one script carrying this load's nonce,
 * and nothing else: no remote content, no inline style or script, no network (`default-src
 * 'none'` covers connect-src), no frames, no forms.
 */
import { randomBytes } from 'node:crypto';

export interface ViewPage {
  /** The webview's own source for the extension's files (`webview.cspSource`). */
  readonly cspSource: string;
  readonly scriptUri: string;
  readonly styleUri: string;
  /** VS Code's display language, for the page's own words. */
  readonly lang: string;
  readonly title: string;
  /** A fresh one per load; `newNonce()` makes it. */
  readonly nonce: string;
}

const attribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** 128 random bits, base64: a nonce no page can guess. */
export const newNonce = () => randomBytes(16).toString('base64');

export function contentSecurityPolicy(page: Pick<ViewPage, 'cspSource' | 'nonce'>): string {
  return [
    "default-src 'none'",
    `style-src ${page.cspSource}`,
    `img-src ${page.cspSource}`,
    `font-src ${page.cspSource}`,
    `script-src 'nonce-${page.nonce}'`,
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

export function viewHtml(page: ViewPage): string {
  return `<!DOCTYPE html>
<html lang="${attribute(page.lang)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${attribute(contentSecurityPolicy(page))}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="${attribute(page.styleUri)}">
<title>${attribute(page.title)}</title>
</head>
<body>
<main>
<h1 id="title">${attribute(page.title)}</h1>
<p id="status" role="status"></p>
<div id="alignment" aria-describedby="keyboard-help"></div>
<p id="keyboard-help" class="visually-hidden"></p>
</main>
<script nonce="${attribute(page.nonce)}" src="${attribute(page.scriptUri)}"></script>
</body>
</html>
`;
}
