/**
 * The VS Code client: starts the bundled language server and adds a few commands. Everything
 * the user sees about the document comes from the server; this file only wires it in.
 */
import * as vscode from 'vscode';
import { LanguageClient, State, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { registerSideBySide } from './sideBySide/panel.js';

let client: LanguageClient | undefined;

/**
 * The language status item (the {} beside the language mode): whether the server runs, and the
 * active page's problems at a glance, with the Problems view one click away.
 */
function statusItem(languageClient: LanguageClient): vscode.Disposable {
  const item = vscode.languages.createLanguageStatusItem('parlq.status', { language: 'parlq' });
  item.name = 'parlq';
  item.command = { title: vscode.l10n.t('Show Problems'), command: 'workbench.actions.view.problems' };
  let running = false;
  const update = () => {
    const document = vscode.window.activeTextEditor?.document;
    const counts = { errors: 0, warnings: 0, other: 0 };
    if (document?.languageId === 'parlq') {
      for (const diagnostic of vscode.languages.getDiagnostics(document.uri)) {
        if (diagnostic.source !== 'parlq') continue;
        if (diagnostic.severity === vscode.DiagnosticSeverity.Error) counts.errors++;
        else if (diagnostic.severity === vscode.DiagnosticSeverity.Warning) counts.warnings++;
        else counts.other++;
      }
    }
    item.busy = !running;
    item.severity =
      counts.errors > 0 ? vscode.LanguageStatusSeverity.Error : counts.warnings > 0 ? vscode.LanguageStatusSeverity.Warning : vscode.LanguageStatusSeverity.Information;
    // vscode.l10n has no plural rules: one string for one, one for any other count.
    const errors = counts.errors === 1 ? vscode.l10n.t('1 error') : vscode.l10n.t('{0} errors', counts.errors);
    const warnings = counts.warnings === 1 ? vscode.l10n.t('1 warning') : vscode.l10n.t('{0} warnings', counts.warnings);
    item.text = running ? vscode.l10n.t('parlq: {0}, {1}', errors, warnings) : vscode.l10n.t('parlq: starting');
    item.detail = running ? vscode.l10n.t('{0} information and hints; the language server is running', counts.other) : vscode.l10n.t('the language server is starting');
  };
  const subscriptions = [
    item,
    vscode.languages.onDidChangeDiagnostics(update),
    vscode.window.onDidChangeActiveTextEditor(update),
    languageClient.onDidChangeState((change) => {
      running = change.newState === State.Running;
      update();
    }),
  ];
  update();
  return vscode.Disposable.from(...subscriptions);
}

/** The command behind the server's "Accept this finding…" quick fix. */
const ACCEPT_COMMAND = 'parlq.acceptFinding';

/**
 * The "parlq" settings the user set (in any scope), nested as the server reads them: not VS Code's
 * defaults, which would hide the workspace's parlq.config.json.
 */
function userSetSettings(context: vscode.ExtensionContext, scopeUri: string | undefined): Record<string, unknown> {
  const properties = (context.extension.packageJSON as { contributes?: { configuration?: { properties?: Record<string, unknown> } } }).contributes?.configuration?.properties ?? {};
  const configuration = vscode.workspace.getConfiguration(undefined, scopeUri ? vscode.Uri.parse(scopeUri) : undefined);
  const settings: Record<string, unknown> = {};
  for (const key of Object.keys(properties)) {
    const inspected = configuration.inspect(key);
    const value =
      inspected?.workspaceFolderLanguageValue ??
      inspected?.workspaceLanguageValue ??
      inspected?.globalLanguageValue ??
      inspected?.workspaceFolderValue ??
      inspected?.workspaceValue ??
      inspected?.globalValue;
    if (value === undefined) continue;
    // "parlq.severity.typography" → { severity: { typography: value } }
    const path = key.split('.').slice(1);
    let node = settings;
    for (const part of path.slice(0, -1)) node = (node[part] ??= {}) as Record<string, unknown>;
    node[path[path.length - 1] as string] = value;
  }
  return settings;
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const activationStarted = Date.now();
  const serverModule = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6011'] } },
  };
  const outputChannel = vscode.window.createOutputChannel('parlq Language Server', { log: true });
  const clientOptions: LanguageClientOptions = {
    // Files, unsaved pages and virtual workspaces; not the diff and output views.
    documentSelector: ['file', 'untitled', 'vscode-vfs'].map((scheme) => ({ scheme, language: 'parlq' })),
    outputChannel,
    // The server offers "Accept this finding…" only to a client that runs the command (it asks for the reason).
    initializationOptions: { commands: [ACCEPT_COMMAND] },
    // Diagnostics are pulled (the server says so): on every change and save of an open file, and
    // for the whole folder, so that the Problems view lists the files no editor holds.
    diagnosticPullOptions: { onChange: true, onSave: true },
    middleware: {
      workspace: {
        // Only the settings the user set: the server lays them over parlq.config.json, whose
        // values must not be hidden by VS Code's defaults.
        configuration: (params, token, next) => {
          if (!params.items.every((item) => item.section === 'parlq')) return next(params, token);
          return params.items.map((item) => userSetSettings(context, item.scopeUri));
        },
      },
    },
  };
  client = new LanguageClient('parlq', 'parlq Language Server', serverOptions, clientOptions);

  context.subscriptions.push(
    outputChannel,
    vscode.commands.registerCommand('parlq.restartServer', async () => {
      await client?.restart();
    }),
    vscode.commands.registerCommand('parlq.showOutput', () => outputChannel.show(true)),
    vscode.commands.registerCommand(ACCEPT_COMMAND, async (finding: { uri: string; code: string; range: unknown; message: string }) => {
      if (!client) return;
      const reason = await vscode.window.showInputBox({
        title: vscode.l10n.t('Accept this {0} finding', finding.code),
        prompt: vscode.l10n.t('Why may this be published as it is? "{0}"', finding.message.slice(0, 120)),
        placeHolder: vscode.l10n.t('As in the original'),
        validateInput: (value) => (value.trim() === '' ? vscode.l10n.t('A reason is needed: it is kept in parlq-accepted.json for the next reviewer.') : null),
      });
      if (reason === undefined) return;
      const result = await client.sendRequest<{ file: string } | { error: string }>('parlq/acceptFinding', { uri: finding.uri, code: finding.code, range: finding.range, reason });
      if ('error' in result) void vscode.window.showWarningMessage(`parlq: ${result.error}`);
      else void vscode.window.setStatusBarMessage(vscode.l10n.t('parlq: accepted, recorded in {0}', vscode.workspace.asRelativePath(result.file)), 5000);
    }),
    vscode.commands.registerTextEditorCommand('parlq.goToCounterpart', async (editor) => {
      if (!client) return;
      const result = await client.sendRequest<{ range: { start: { line: number; character: number }; end: { line: number; character: number } } } | null>('parlq/counterpart', {
        textDocument: { uri: editor.document.uri.toString() },
        position: editor.selection.active,
      });
      if (!result) {
        // A passing word in the status bar, not a pop-up to dismiss: nothing went wrong.
        vscode.window.setStatusBarMessage(`$(info) ${vscode.l10n.t('parlq: no counterpart in the other language here')}`, 4000);
        return;
      }
      const target = client.protocol2CodeConverter.asRange(result.range);
      editor.selection = new vscode.Selection(target.start, target.start);
      editor.revealRange(target, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    }),
  );
  context.subscriptions.push(statusItem(client), registerSideBySide(context, client));
  await client.start();
  outputChannel.info(`parlq language server ready ${Date.now() - activationStarted} ms after activation began`);
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
