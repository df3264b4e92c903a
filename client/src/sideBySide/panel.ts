/**
 * parlq: Open Side by Side. A webview beside the editor showing the page's two columns aligned,
 * drawn from the server's `parlq/alignment` answer (any LSP client can ask the same), refreshed
 * after edits and diagnostics (debounced), following the editor's cursor, moving the editor on a
 * click or Enter, and restored by a serializer when VS Code restarts.
 */
import * as vscode from 'vscode';
import { State, type LanguageClient } from 'vscode-languageclient/node';
import { newNonce, viewHtml } from './html.js';
import type { AlignedRow, FromView, Lang, ToView, ViewState, ViewStrings } from './protocol.js';
import { revealTarget, rowAt } from './rows.js';

export const VIEW_TYPE = 'parlq.sideBySide';
export const OPEN_COMMAND = 'parlq.openSideBySide';
/** After the last keystroke, how long the view waits before asking for new rows. */
const REFRESH_DELAY_MS = 300;

const fileName = (uri: vscode.Uri) => uri.path.slice(uri.path.lastIndexOf('/') + 1) || uri.toString();

function viewStrings(): ViewStrings {
  return {
    missing: { fr: vscode.l10n.t('No French text'), nl: vscode.l10n.t('No Dutch text') },
    // Read before the message by a screen reader (the icon is not): the punctuation is the language's.
    severity: { error: vscode.l10n.t('Error:'), warning: vscode.l10n.t('Warning:'), information: vscode.l10n.t('Information:'), hint: vscode.l10n.t('Hint:') },
    empty: vscode.l10n.t('No question was found in this file.'),
    singleLanguage: {
      fr: vscode.l10n.t('This page is in French only (a single-language layout): the Dutch column stays empty.'),
      nl: vscode.l10n.t('This page is in Dutch only (a single-language layout): the French column stays empty.'),
    },
    unavailable: vscode.l10n.t('The language server could not align this file; “parlq: Show Server Output” tells why.'),
    closed: vscode.l10n.t('The file is closed: these rows are as it was last seen. Click a piece to open it again.'),
    keyboardHelp: vscode.l10n.t('The arrow keys move between rows and into their French and Dutch cells; Enter shows the piece in the editor.'),
  };
}

/** One view: a document's panel, its last rows, its pending refresh. */
class SideBySideView {
  private rows: readonly AlignedRow[] | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private inFlight = false;
  private again = false;
  private current: number | null = null;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    readonly uri: vscode.Uri,
    readonly panel: vscode.WebviewPanel,
    extensionUri: vscode.Uri,
    private readonly client: LanguageClient,
    onDispose: () => void,
  ) {
    const media = vscode.Uri.joinPath(extensionUri, 'dist', 'webview');
    panel.webview.options = { enableScripts: true, enableCommandUris: false, localResourceRoots: [media] };
    panel.iconPath = vscode.Uri.joinPath(extensionUri, 'docs', 'icon.png');
    panel.title = vscode.l10n.t('Side by Side: {0}', fileName(uri));
    panel.webview.html = viewHtml({
      cspSource: panel.webview.cspSource,
      scriptUri: panel.webview.asWebviewUri(vscode.Uri.joinPath(media, 'main.js')).toString(),
      styleUri: panel.webview.asWebviewUri(vscode.Uri.joinPath(media, 'style.css')).toString(),
      lang: vscode.env.language,
      title: fileName(uri),
      nonce: newNonce(),
    });
    this.disposables.push(
      panel.webview.onDidReceiveMessage((message: FromView) => this.receive(message)),
      panel.onDidDispose(() => {
        clearTimeout(this.timer);
        for (const disposable of this.disposables) disposable.dispose();
        onDispose();
      }),
    );
  }

  private get document(): vscode.TextDocument | undefined {
    return vscode.workspace.textDocuments.find((document) => document.uri.toString() === this.uri.toString());
  }

  /** A refresh after the edits and diagnostics of the next REFRESH_DELAY_MS. */
  schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.refresh(), REFRESH_DELAY_MS);
  }

  /** Asks the server for the rows and draws them; one request at a time, the last change always drawn. */
  async refresh(): Promise<void> {
    clearTimeout(this.timer);
    // A hidden view's page is unloaded; it asks again ('ready') when shown.
    if (!this.panel.visible) return;
    if (this.inFlight) {
      this.again = true;
      return;
    }
    this.inFlight = true;
    try {
      const open = this.document !== undefined;
      if (open) {
        const client = this.client;
        this.rows = await client
          .sendRequest<{ rows: AlignedRow[] } | null>('parlq/alignment', { textDocument: { uri: this.uri.toString() } })
          .then((result) => result?.rows ?? null)
          .catch((error: unknown) => {
            client.outputChannel.appendLine(`side by side: the alignment of ${this.uri.toString()} failed: ${String(error)}`);
            return null;
          });
      }
      this.post({ type: 'rows', uri: this.uri.toString(), title: fileName(this.uri), rows: this.rows, strings: viewStrings(), documentOpen: open });
      this.current = null;
      const editor = this.editor();
      if (editor) this.follow(editor);
    } finally {
      this.inFlight = false;
      if (this.again) {
        this.again = false;
        void this.refresh();
      }
    }
  }

  /** The editor's cursor moved: mark its row. */
  follow(editor: vscode.TextEditor): void {
    if (!this.rows) return;
    const index = rowAt(this.rows, editor.selection.active);
    if (index === this.current) return;
    this.current = index;
    this.post({ type: 'current', index });
  }

  private editor(): vscode.TextEditor | undefined {
    const active = vscode.window.activeTextEditor;
    if (active?.document.uri.toString() === this.uri.toString()) return active;
    return vscode.window.visibleTextEditors.find((editor) => editor.document.uri.toString() === this.uri.toString());
  }

  private post(message: ToView): void {
    void this.panel.webview.postMessage(message);
  }

  private receive(message: FromView): void {
    if (message.type === 'ready') void this.refresh();
    else if (message.type === 'reveal') void this.reveal(message.index, message.lang);
  }

  /** The editor to the row's piece in `lang` (its counterpart when that cell is empty), the cursor at its start. */
  private async reveal(index: number, lang: Lang): Promise<void> {
    const row = this.rows?.[index];
    const target = row ? revealTarget(row, lang) : null;
    if (!target) return;
    const start = new vscode.Position(target.range.start.line, target.range.start.character);
    const range = new vscode.Range(start, new vscode.Position(target.range.end.line, target.range.end.character));
    const shown = this.editor();
    const viewColumn = shown?.viewColumn ?? (this.panel.viewColumn === vscode.ViewColumn.One ? vscode.ViewColumn.Beside : vscode.ViewColumn.One);
    try {
      const document = shown?.document ?? (await vscode.workspace.openTextDocument(this.uri));
      const editor = await vscode.window.showTextDocument(document, { viewColumn, preserveFocus: false });
      editor.selection = new vscode.Selection(start, start);
      editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
      // The key that asked (Enter) can still be on its way through the view and take the focus
      // back (seen in code-server): if the view is still the active one, give the editor the focus again.
      setTimeout(() => {
        if (this.panel.active) void vscode.window.showTextDocument(editor.document, { viewColumn: editor.viewColumn, preserveFocus: false });
      }, 150);
    } catch (error) {
      void vscode.window.showWarningMessage(vscode.l10n.t('parlq: {0} could not be opened: {1}', fileName(this.uri), String(error)));
    }
  }
}

/** The command, the serializer and the listeners that keep every open view current. */
export function registerSideBySide(context: vscode.ExtensionContext, client: LanguageClient): vscode.Disposable {
  const views = new Map<string, SideBySideView>();
  const viewOf = (uri: vscode.Uri) => views.get(uri.toString());
  const track = (uri: vscode.Uri, panel: vscode.WebviewPanel) => {
    const view = new SideBySideView(uri, panel, context.extensionUri, client, () => views.delete(uri.toString()));
    views.set(uri.toString(), view);
    return view;
  };

  return vscode.Disposable.from(
    vscode.commands.registerCommand(OPEN_COMMAND, async (resource?: vscode.Uri) => {
      const uri = resource instanceof vscode.Uri ? resource : vscode.window.activeTextEditor?.document.uri;
      if (!uri) {
        void vscode.window.showInformationMessage(vscode.l10n.t('parlq: open a question file first; the side-by-side view shows the file of the active editor.'));
        return;
      }
      const existing = viewOf(uri);
      if (existing) {
        existing.panel.reveal(undefined, true);
        return;
      }
      // The server aligns the documents it holds: a file chosen in the explorer is opened (not shown) first.
      await vscode.workspace.openTextDocument(uri);
      const panel = vscode.window.createWebviewPanel(VIEW_TYPE, fileName(uri), { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, { enableFindWidget: true });
      track(uri, panel);
    }),
    vscode.window.registerWebviewPanelSerializer(VIEW_TYPE, {
      async deserializeWebviewPanel(panel, state: ViewState | undefined) {
        if (!state?.uri) {
          panel.dispose();
          return;
        }
        const uri = vscode.Uri.parse(state.uri);
        await Promise.resolve(vscode.workspace.openTextDocument(uri)).catch(() => undefined);
        track(uri, panel);
      },
    }),
    vscode.workspace.onDidChangeTextDocument((event) => viewOf(event.document.uri)?.schedule()),
    vscode.workspace.onDidCloseTextDocument((document) => viewOf(document.uri)?.schedule()),
    vscode.workspace.onDidOpenTextDocument((document) => viewOf(document.uri)?.schedule()),
    vscode.languages.onDidChangeDiagnostics((event) => {
      for (const uri of event.uris) viewOf(uri)?.schedule();
    }),
    vscode.window.onDidChangeTextEditorSelection((event) => viewOf(event.textEditor.document.uri)?.follow(event.textEditor)),
    // After the server (re)starts, every view asks again.
    client.onDidChangeState((change) => {
      if (change.newState === State.Running) views.forEach((view) => view.schedule());
    }),
    { dispose: () => views.forEach((view) => view.panel.dispose()) },
  );
}
