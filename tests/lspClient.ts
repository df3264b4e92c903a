/** A minimal LSP client over the built server's stdio, for tests. */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { join } from 'node:path';
import { StreamMessageReader, StreamMessageWriter, createMessageConnection, type MessageConnection } from 'vscode-jsonrpc/node';
import { ROOT } from './helpers.js';

export interface PublishedDiagnostics {
  uri: string;
  version?: number;
  diagnostics: {
    range: { start: { line: number; character: number }; end: { line: number; character: number } };
    severity: number;
    code: string;
    source: string;
    message: string;
    relatedInformation?: { location: { uri: string; range: { start: { line: number } } }; message: string }[];
  }[];
}

export interface TestClient {
  connection: MessageConnection;
  process: ChildProcessWithoutNullStreams;
  /** Settings the client answers workspace/configuration with; change it, then notify. */
  settings: { value: unknown };
  messages: { type: number; message: string }[];
  /** How many workspace/diagnostic/refresh requests the server sent. */
  refreshes: { count: number };
  /** Work-done progress values the server reported. */
  progress: { kind: string; title?: string; message?: string }[];
  /** Resolves with the next diagnostics published for uri that satisfy the predicate. */
  nextDiagnostics(uri: string, predicate?: (published: PublishedDiagnostics) => boolean): Promise<PublishedDiagnostics>;
  stop(): Promise<void>;
}

export async function startServer(options: {
  configuration: boolean;
  settings?: unknown;
  workspaceFolder?: string;
  /** Sent as initializationOptions.settings, for clients without workspace/configuration. */
  initializationSettings?: unknown;
  /** Sent as initializationOptions.commands: the client-side commands the client runs (VS Code's "parlq.acceptFinding"). */
  commands?: string[];
  env?: Record<string, string>;
  /** The client's display language, as LSP 3.16's initialize sends it ("fr", "nl-BE"). */
  locale?: string;
  /** The client pulls diagnostics (LSP 3.17 textDocument/diagnostic, workspace/diagnostic with refresh). */
  pullDiagnostics?: boolean;
  /** workspace/configuration answers for other sections than parlq's ("files.exclude"). */
  sections?: Record<string, unknown>;
  onLog?: (message: string) => void;
}): Promise<TestClient> {
  const child = spawn(process.execPath, [join(ROOT, 'bin', 'parlq-language-server.js'), '--stdio'], { stdio: 'pipe', env: { ...process.env, ...options.env } });
  const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const settings = { value: options.settings };
  const refreshes = { count: 0 };
  const messages: { type: number; message: string }[] = [];
  const progress: { kind: string; title?: string; message?: string }[] = [];
  const waiters: { uri: string; predicate: (published: PublishedDiagnostics) => boolean; resolve: (published: PublishedDiagnostics) => void }[] = [];

  connection.onRequest('workspace/configuration', (params: { items: { section?: string }[] }) =>
    params.items.map((item) => (item.section && options.sections && item.section in options.sections ? options.sections[item.section] : (settings.value ?? null))),
  );
  connection.onRequest('workspace/diagnostic/refresh', () => {
    refreshes.count++;
    return null;
  });
  connection.onRequest('client/registerCapability', () => null);
  connection.onRequest('window/workDoneProgress/create', () => null);
  connection.onNotification('$/progress', (params: { value: { kind: string; title?: string; message?: string } }) => {
    progress.push(params.value);
  });
  connection.onNotification('window/showMessage', (params: { type: number; message: string }) => {
    messages.push(params);
  });
  connection.onNotification('window/logMessage', (params: { message: string }) => options.onLog?.(params.message));
  connection.onNotification('textDocument/publishDiagnostics', (published: PublishedDiagnostics) => {
    const index = waiters.findIndex((waiter) => waiter.uri === published.uri && waiter.predicate(published));
    if (index >= 0) waiters.splice(index, 1)[0]!.resolve(published);
  });
  connection.listen();

  await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: null,
    ...(options.locale ? { locale: options.locale } : {}),
    initializationOptions: {
      ...(options.initializationSettings !== undefined ? { settings: options.initializationSettings } : {}),
      ...(options.commands ? { commands: options.commands } : {}),
    },
    workspaceFolders: options.workspaceFolder ? [{ uri: options.workspaceFolder, name: 'workspace' }] : null,
    capabilities: {
      window: { workDoneProgress: true },
      workspace: {
        configuration: options.configuration,
        didChangeConfiguration: { dynamicRegistration: true },
        ...(options.pullDiagnostics ? { diagnostics: { refreshSupport: true } } : {}),
      },
      textDocument: {
        documentSymbol: { hierarchicalDocumentSymbolSupport: true },
        hover: { contentFormat: ['markdown', 'plaintext'] },
        publishDiagnostics: { relatedInformation: true },
        ...(options.pullDiagnostics ? { diagnostic: { relatedDocumentSupport: false } } : {}),
      },
    },
  });
  await connection.sendNotification('initialized', {});

  return {
    connection,
    process: child,
    settings,
    refreshes,
    messages,
    progress,
    nextDiagnostics(uri, predicate = () => true) {
      return new Promise((resolve) => waiters.push({ uri, predicate, resolve }));
    },
    async stop() {
      await connection.sendRequest('shutdown');
      await connection.sendNotification('exit');
      connection.dispose();
      await new Promise((resolve) => (child.exitCode !== null ? resolve(null) : child.once('exit', resolve)));
    },
  };
}
