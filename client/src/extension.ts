/**
 * The VS Code client: starts the bundled language server and adds a few commands. Everything
 * the user sees about the document comes from the server; this file only wires it in.
 */
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';

let client: LanguageClient | undefined;

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
  };
  client = new LanguageClient('parlq', 'parlq Language Server', serverOptions, clientOptions);

  context.subscriptions.push(
    outputChannel,
    vscode.commands.registerCommand('parlq.restartServer', async () => {
      await client?.restart();
    }),
    vscode.commands.registerCommand('parlq.showOutput', () => outputChannel.show(true)),
    vscode.commands.registerTextEditorCommand('parlq.goToCounterpart', async (editor) => {
      if (!client) return;
      const result = await client.sendRequest<{ range: { start: { line: number; character: number }; end: { line: number; character: number } } } | null>('parlq/counterpart', {
        textDocument: { uri: editor.document.uri.toString() },
        position: editor.selection.active,
      });
      if (!result) {
        void vscode.window.showInformationMessage('parlq: no counterpart in the other language here.');
        return;
      }
      const target = client.protocol2CodeConverter.asRange(result.range);
      editor.selection = new vscode.Selection(target.start, target.start);
      editor.revealRange(target, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    }),
  );
  await client.start();
  outputChannel.info(`parlq language server ready ${Date.now() - activationStarted} ms after activation began`);
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
