/**
 * The side-by-side view's script, in the webview: draws the rows the extension sends as real
 * tables, one a question (French | Dutch, its sections as header rows; a bulletin holds a hundred,
 * and the browser lays out only those in sight), keeps the row under the editor's cursor marked
 * and in sight, and tells the extension which piece to reveal on a click or Enter. It builds
 * the page with DOM calls and textContent only: the text of a question never becomes markup.
 *
 * Keyboard: one stop in the tab order (a roving tabindex). ↑ ↓ move between rows, Home End
 * PageUp PageDown jump, → ← move from a row into its French then its Dutch cell and back, Enter
 * or Space reveals the piece in the editor.
 */
import type { AlignedRow, FromView, Lang, RowDiagnostic, ToView, ViewState, ViewStrings } from '../src/sideBySide/protocol.js';

interface VsCodeApi {
  postMessage(message: FromView): void;
  getState(): ViewState | undefined;
  setState(state: ViewState): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
const container = document.getElementById('alignment') as HTMLElement;
const title = document.getElementById('title') as HTMLHeadingElement;
const status = document.getElementById('status') as HTMLElement;
const help = document.getElementById('keyboard-help') as HTMLElement;
const SVG = 'http://www.w3.org/2000/svg';
const PAGE = 10;

let state: ViewState | undefined = vscode.getState();
let rows: readonly AlignedRow[] = [];
let current: number | null = null;
let firstDraw = true;
/** What each drawn row shows (everything but its ranges), and the words it was drawn with. */
let drawnKeys: string[] = [];
/** The element drawn for each row: a question's section, or a table row. */
let drawn: HTMLElement[] = [];
let drawnStrings = '';
const lookOf = (row: AlignedRow) => JSON.stringify([row.kind, row.label, row.depth, row.missing, row.fr?.text, row.nl?.text, row.diagnostics]);

const saveState = (change: Partial<ViewState>) => {
  if (!state && !change.uri) return;
  state = { ...(state as ViewState), ...change };
  vscode.setState(state);
};

/** The severity's icon (drawn, not a font: the webview has no access to VS Code's codicons). */
function icon(severity: RowDiagnostic['severity']): SVGSVGElement {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', '0 0 16 16');
  svg.setAttribute('aria-hidden', 'true');
  svg.classList.add('icon');
  const shape = (name: string, attributes: Record<string, string>) => {
    const element = document.createElementNS(SVG, name);
    for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, value);
    svg.append(element);
  };
  if (severity === 'error') {
    shape('circle', { cx: '8', cy: '8', r: '6.5', fill: 'none', stroke: 'currentColor', 'stroke-width': '1.5' });
    shape('path', { d: 'M5.5 5.5l5 5m0-5l-5 5', stroke: 'currentColor', 'stroke-width': '1.5', 'stroke-linecap': 'round' });
  } else if (severity === 'warning') {
    shape('path', { d: 'M8 1.8L15 14.2H1z', fill: 'none', stroke: 'currentColor', 'stroke-width': '1.4', 'stroke-linejoin': 'round' });
    shape('path', { d: 'M8 6v4.2M8 12v.3', stroke: 'currentColor', 'stroke-width': '1.6', 'stroke-linecap': 'round' });
  } else {
    shape('circle', { cx: '8', cy: '8', r: '6.5', fill: 'none', stroke: 'currentColor', 'stroke-width': '1.5' });
    shape('path', { d: 'M8 7.2v4.3M8 4.6v.3', stroke: 'currentColor', 'stroke-width': '1.6', 'stroke-linecap': 'round' });
  }
  return svg;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function diagnosticList(diagnostics: readonly RowDiagnostic[], strings: ViewStrings): HTMLUListElement | null {
  if (diagnostics.length === 0) return null;
  const list = element('ul', 'diagnostics');
  for (const diagnostic of diagnostics) {
    const item = element('li', `diagnostic ${diagnostic.severity}`);
    item.append(icon(diagnostic.severity), element('span', 'visually-hidden', `${strings.severity[diagnostic.severity]} `));
    const message = element('span', 'message', `${diagnostic.message} `);
    message.append(element('span', 'code', diagnostic.code));
    item.append(message);
    list.append(item);
  }
  return list;
}

const SEVERITY_ORDER: readonly RowDiagnostic['severity'][] = ['error', 'warning', 'information', 'hint'];

function cellElement(row: AlignedRow, lang: Lang, strings: ViewStrings): HTMLTableCellElement {
  const cell = element('td');
  cell.lang = lang;
  cell.dataset.lang = lang;
  cell.tabIndex = -1;
  // Each diagnostic once, in its cell; in a row with a missing piece, in the empty cell, where the gap is.
  const diagnostics = row.diagnostics.filter((diagnostic) => (row.missing ? row.missing === lang : diagnostic.lang === lang));
  const content = row[lang];
  if (content) {
    cell.append(element('span', 'label', row.label), element('span', 'text', content.text));
  } else if (row.missing === lang) {
    // Coloured as its worst diagnostic; a gap no check reports (one switched off) is only outlined.
    const worst = SEVERITY_ORDER.find((severity) => diagnostics.some((diagnostic) => diagnostic.severity === severity));
    cell.classList.add('missing');
    if (worst) cell.classList.add(worst);
    cell.append(element('span', 'label', strings.missing[lang]));
  } else cell.classList.add('absent');
  const list = diagnosticList(diagnostics, strings);
  if (list) cell.append(list);
  return cell;
}

function rowElement(row: AlignedRow, index: number, strings: ViewStrings): HTMLTableRowElement {
  const tr = element('tr', `${row.kind} depth-${Math.min(row.depth, 3)}`);
  tr.dataset.index = String(index);
  // (A question's row is its section's heading, drawn by questionSection.)
  if (row.kind === 'section') {
    const heading = element('th', undefined, row.label);
    heading.colSpan = 2;
    heading.scope = 'colgroup';
    tr.append(heading);
    return tr;
  }
  tr.tabIndex = -1;
  tr.append(cellElement(row, 'fr', strings), cellElement(row, 'nl', strings));
  return tr;
}

/** A question's own table, named by its heading: French | Dutch. */
function questionSection(row: AlignedRow | null, index: number): { section: HTMLElement; body: HTMLTableSectionElement } {
  const section = element('section', 'question');
  const table = element('table');
  if (row) {
    section.dataset.index = String(index);
    const heading = element('h2', undefined, row.label);
    heading.id = `question-${index}`;
    table.setAttribute('aria-labelledby', heading.id);
    section.append(heading);
  }
  const head = element('thead');
  const columns = element('tr');
  for (const [lang, name] of [
    ['fr', 'Français'],
    ['nl', 'Nederlands'],
  ] as const) {
    const header = element('th', undefined, name);
    header.scope = 'col';
    header.lang = lang;
    columns.append(header);
  }
  head.append(columns);
  const body = element('tbody');
  table.append(head, body);
  section.append(table);
  return { section, body };
}

/** Every row drawn anew: a section and table per question, the other rows in the table of theirs. */
function drawAll(strings: ViewStrings) {
  drawn = [];
  const sections: HTMLElement[] = [];
  let body: HTMLTableSectionElement | null = null;
  rows.forEach((row, index) => {
    if (row.kind === 'question' || !body) {
      const made = questionSection(row.kind === 'question' ? row : null, index);
      sections.push(made.section);
      body = made.body;
      if (row.kind === 'question') {
        drawn[index] = made.section;
        return;
      }
    }
    const tr = rowElement(row, index, strings);
    body.append(tr);
    drawn[index] = tr;
  });
  container.replaceChildren(...sections);
}

const focusableRows = () => Array.from(container.querySelectorAll<HTMLTableRowElement>('tr[tabindex]'));
const rowOf = (node: EventTarget | null) => (node instanceof Element ? node.closest<HTMLTableRowElement>('tbody tr[tabindex]') : null);
const indexOf = (tr: HTMLTableRowElement) => Number(tr.dataset.index);
/** The language of the cell an event or the focus is on; null on a row. */
const langOf = (node: EventTarget | null): Lang | null => (node instanceof HTMLTableCellElement ? ((node.dataset.lang as Lang | undefined) ?? null) : null);

/** The one element of the table in the tab order: the focused row or cell, else the current row, else the first. */
function setTabStop(target: HTMLElement | null) {
  for (const node of container.querySelectorAll<HTMLElement>('[tabindex="0"]')) node.tabIndex = -1;
  const stop = target ?? container.querySelector<HTMLElement>('tr.current[tabindex]') ?? focusableRows()[0] ?? null;
  if (stop) stop.tabIndex = 0;
}

function markCurrent(index: number | null, scroll: boolean) {
  current = index;
  for (const node of container.querySelectorAll('tr.current')) {
    node.classList.remove('current');
    node.removeAttribute('aria-current');
  }
  if (index === null) return;
  const tr = drawn[index];
  if (!(tr instanceof HTMLTableRowElement)) return;
  tr.classList.add('current');
  tr.setAttribute('aria-current', 'location');
  if (!container.contains(document.activeElement)) setTabStop(tr);
  if (scroll) tr.scrollIntoView({ block: 'nearest' });
}

function draw(message: Extract<ToView, { type: 'rows' }>) {
  const { strings } = message;
  saveState({ uri: message.uri });
  title.textContent = message.title;
  help.textContent = strings.keyboardHelp;
  const present = new Set((message.rows ?? []).flatMap((row) => [row.fr ? 'fr' : null, row.nl ? 'nl' : null]).filter((lang): lang is Lang => lang !== null));
  const only = present.size === 1 ? ([...present][0] as Lang) : null;
  status.textContent =
    message.rows === null
      ? strings.unavailable
      : message.rows.length === 0
        ? strings.empty
        : [only ? strings.singleLanguage[only] : '', message.documentOpen ? '' : strings.closed].filter(Boolean).join(' ');
  // What the reader had: the scroll position, the focused row or cell.
  const scrollY = firstDraw ? (state?.scrollY ?? 0) : window.scrollY;
  const active = document.activeElement;
  const focusedRow = rowOf(active);
  const focused = focusedRow ? { index: indexOf(focusedRow), lang: langOf(active) } : firstDraw ? state?.focused : undefined;
  rows = message.rows ?? [];
  // After a keystroke most rows look the same (only their ranges moved): redraw the ones that changed.
  const keys = rows.map(lookOf);
  const stringsKey = JSON.stringify(strings);
  const changed = keys.flatMap((key, index) => (key === drawnKeys[index] ? [] : [index]));
  const sameShape = stringsKey === drawnStrings && keys.length === drawnKeys.length;
  if (sameShape && changed.every((index) => rows[index]?.kind !== 'question')) {
    for (const index of changed) {
      const tr = rowElement(rows[index] as AlignedRow, index, strings);
      drawn[index]?.replaceWith(tr);
      drawn[index] = tr;
    }
  } else drawAll(strings);
  drawnKeys = keys;
  drawnStrings = stringsKey;
  markCurrent(current, false);
  let stop: HTMLElement | null = null;
  if (focused) {
    const tr = drawn[focused.index];
    stop = tr?.hasAttribute('tabindex') ? ((focused.lang ? tr.querySelector<HTMLElement>(`td[data-lang="${focused.lang}"]`) : tr) ?? null) : null;
  }
  setTabStop(stop);
  if (stop && focusedRow) stop.focus({ preventScroll: true });
  window.scrollTo(0, scrollY);
  firstDraw = false;
}

function reveal(tr: HTMLTableRowElement, lang: Lang | null) {
  const row = rows[indexOf(tr)];
  if (!row) return;
  vscode.postMessage({ type: 'reveal', index: indexOf(tr), lang: lang ?? (row.fr ? 'fr' : 'nl') });
}

function move(from: HTMLTableRowElement, lang: Lang | null, by: number | 'first' | 'last') {
  const all = focusableRows();
  const at = all.indexOf(from);
  const target = by === 'first' ? all[0] : by === 'last' ? all[all.length - 1] : all[Math.max(0, Math.min(all.length - 1, at + by))];
  if (!target) return;
  const focus = (lang ? target.querySelector<HTMLElement>(`td[data-lang="${lang}"]`) : null) ?? target;
  setTabStop(focus);
  focus.focus();
}

container.addEventListener('keydown', (event) => {
  const tr = rowOf(event.target);
  if (!tr) return;
  const lang = langOf(event.target);
  const focusCell = (target: HTMLElement | null) => {
    if (!target) return;
    setTabStop(target);
    target.focus();
  };
  const actions: Record<string, () => void> = {
    ArrowDown: () => move(tr, lang, 1),
    ArrowUp: () => move(tr, lang, -1),
    PageDown: () => move(tr, lang, PAGE),
    PageUp: () => move(tr, lang, -PAGE),
    Home: () => move(tr, lang, 'first'),
    End: () => move(tr, lang, 'last'),
    ArrowRight: () => focusCell(lang === 'nl' ? null : tr.querySelector<HTMLElement>(`td[data-lang="${lang === null ? 'fr' : 'nl'}"]`)),
    ArrowLeft: () => focusCell(lang === 'nl' ? tr.querySelector<HTMLElement>('td[data-lang="fr"]') : tr),
    Enter: () => reveal(tr, lang),
    ' ': () => reveal(tr, lang),
  };
  const action = actions[event.key];
  if (!action || event.altKey || event.metaKey) return;
  event.preventDefault();
  action();
});

container.addEventListener('click', (event) => {
  const tr = rowOf(event.target);
  if (!tr) return;
  // A reader selecting words to copy is not asking to move the editor.
  if (!(window.getSelection()?.isCollapsed ?? true)) return;
  const cell = event.target instanceof Element ? event.target.closest<HTMLTableCellElement>('td[data-lang]') : null;
  reveal(tr, (cell?.dataset.lang as Lang | undefined) ?? null);
});

container.addEventListener('focusin', (event) => {
  const tr = rowOf(event.target);
  if (!tr || !(event.target instanceof HTMLElement)) return;
  setTabStop(event.target);
  saveState({ focused: { index: indexOf(tr), lang: langOf(event.target) } });
});

let scrollTimer: ReturnType<typeof setTimeout> | undefined;
window.addEventListener('scroll', () => {
  clearTimeout(scrollTimer);
  scrollTimer = setTimeout(() => saveState({ scrollY: window.scrollY }), 100);
});

window.addEventListener('message', (event: MessageEvent<ToView>) => {
  const message = event.data;
  if (message.type === 'rows') draw(message);
  else if (message.type === 'current') markCurrent(message.index, true);
});

vscode.postMessage({ type: 'ready' });
