/**
 * The language server: LSP requests and notifications mapped onto the language service
 * (service/index.ts), which holds the documents and gives every answer. What stays here is what
 * belongs to the transport: the client's capabilities, when to publish diagnostics, pulling
 * settings, reading workspace files from disk, and turning plain answers into LSP types.
 */
import {
  CodeActionKind,
  DiagnosticSeverity,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  MarkupKind,
  MessageType,
  ShowMessageNotification,
  SymbolKind,
  TextDocumentSyncKind,
  TextDocuments,
  type Connection,
  type Diagnostic,
  type DocumentSymbol,
  type InitializeResult,
  type SymbolInformation,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Severity } from '../checks/index.js';
import type { OutlineKind } from '../features/outline.js';
import { TERMS_FILE, createLanguageService, type DocumentDiagnostics, type LanguageService, type OutlineEntry } from '../service/index.js';
import { SERVER_VERSION } from '../version.js';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { WorkspaceIndexer } from './workspaceIndexer.js';

export { SERVER_VERSION };

const SEVERITIES: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

const SYMBOL_KINDS: Record<OutlineKind, SymbolKind> = {
  question: SymbolKind.Module,
  section: SymbolKind.Namespace,
  language: SymbolKind.Package,
  field: SymbolKind.Property,
  agency: SymbolKind.Class,
  item: SymbolKind.EnumMember,
  paragraph: SymbolKind.String,
  descriptor: SymbolKind.Constant,
  event: SymbolKind.Event,
  reference: SymbolKind.Key,
};

export interface ServerOptions {
  /** For tests only: see LanguageServiceOptions.injectedFailures. */
  injectedFailures?: ReadonlySet<string>;
}

export function startServer(connection: Connection, options: ServerOptions = {}): LanguageService {
  const service = createLanguageService({
    ...(options.injectedFailures ? { injectedFailures: options.injectedFailures } : {}),
    onError: (what, error, uri) =>
      connection.console.error(`parlq: ${what} failed${uri ? ` on ${uri}` : ''}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`),
  });
  const documents = new TextDocuments(TextDocument);
  const indexer = new WorkspaceIndexer(connection, service);
  const client = { pullsConfiguration: false, workspaceFolders: [] as string[], progress: false, hierarchicalSymbols: false, markdown: true, watchesFiles: false };
  const reportedProblems = new Set<string>();

  function publish(uri: string): void {
    const result = service.diagnostics(uri);
    if (result) void connection.sendDiagnostics({ uri, version: result.version, diagnostics: toDiagnostics(result) });
  }

  // Diagnostics go out once the messages already received are handled: a burst of edits is
  // checked once, at its last version, and no work is spent on versions already replaced.
  const scheduled = new Set<string>();
  function schedulePublish(uri: string): void {
    if (scheduled.has(uri)) return;
    scheduled.add(uri);
    setImmediate(() => {
      scheduled.delete(uri);
      if (documents.get(uri)) publish(uri);
    });
  }

  function warnOnce(problems: readonly string[]): void {
    for (const problem of problems) {
      if (reportedProblems.has(problem)) continue;
      reportedProblems.add(problem);
      connection.console.warn(`parlq: ${problem}`);
      // A notification, not window/showMessageRequest: there is nothing to answer, and a client
      // that does not implement the request must not turn a settings typo into an error.
      void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message: `parlq: ${problem}` });
    }
  }

  function applySettings(raw: unknown): void {
    warnOnce(service.configure(raw));
    for (const document of documents.all()) publish(document.uri);
  }

  /** The term file at the first workspace folder's root, read again whenever it changes; no file, no terms. */
  async function loadTerms(): Promise<void> {
    const folder = client.workspaceFolders[0];
    if (!folder?.startsWith('file:')) return;
    const path = join(fileURLToPath(folder), TERMS_FILE);
    let text: string | null = null;
    try {
      text = await readFile(path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') connection.console.warn(`parlq: cannot read ${path}: ${String(error)}`);
    }
    warnOnce(service.configureTerms(text, path));
    for (const document of documents.all()) publish(document.uri);
  }

  async function pullSettings(): Promise<void> {
    try {
      applySettings(await connection.workspace.getConfiguration('parlq'));
    } catch (error) {
      connection.console.error(`parlq: reading settings failed, using defaults: ${String(error)}`);
    }
  }

  connection.onInitialize((params): InitializeResult => {
    const capabilities = params.capabilities;
    client.pullsConfiguration = capabilities.workspace?.configuration === true;
    client.watchesFiles = capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    client.progress = capabilities.window?.workDoneProgress === true;
    client.workspaceFolders = params.workspaceFolders?.map((folder) => folder.uri) ?? (params.rootUri ? [params.rootUri] : []);
    client.hierarchicalSymbols = capabilities.textDocument?.documentSymbol?.hierarchicalDocumentSymbolSupport === true;
    const formats = capabilities.textDocument?.hover?.contentFormat;
    client.markdown = !formats || formats.includes(MarkupKind.Markdown);
    // Settings may also come with the initialization request (editors without workspace/configuration).
    const initial = (params.initializationOptions as { settings?: unknown } | undefined)?.settings;
    if (initial !== undefined) service.configure(initial);
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        documentSymbolProvider: { label: 'parlq' },
        hoverProvider: true,
        foldingRangeProvider: true,
        referencesProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
      },
      serverInfo: { name: 'parlq-language-server', version: SERVER_VERSION },
    };
  });

  connection.onDidChangeWatchedFiles((params) => {
    if (params.changes.some((change) => change.uri.endsWith(`/${TERMS_FILE}`))) void loadTerms();
  });

  connection.onInitialized(() => {
    void indexer.start(client.workspaceFolders, client.progress);
    void loadTerms();
    if (client.watchesFiles) {
      void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: `**/${TERMS_FILE}` }] }).catch(() => undefined);
    }
    if (!client.pullsConfiguration) return;
    void connection.client.register(DidChangeConfigurationNotification.type, { section: 'parlq' }).catch(() => undefined);
    void pullSettings();
  });

  connection.onDidChangeConfiguration((change) => {
    if (client.pullsConfiguration) void pullSettings();
    else applySettings((change.settings as { parlq?: unknown } | null | undefined)?.parlq);
  });

  documents.onDidChangeContent(({ document }) => {
    service.setDocument(document.uri, document.version, document.getText());
    schedulePublish(document.uri);
  });
  documents.onDidClose(({ document }) => {
    const uri = document.uri;
    service.closeDocument(uri);
    void connection.sendDiagnostics({ uri, diagnostics: [] });
    // Its workspace entries go back to the saved file, unless it was opened again meanwhile.
    void indexer.savedText(uri).then((text) => {
      if (text !== undefined && !documents.get(uri)) service.setWorkspaceFile(uri, text);
    });
  });

  connection.onDocumentSymbol(({ textDocument: { uri } }) => {
    const entries = service.outline(uri);
    if (!entries) return null;
    return client.hierarchicalSymbols ? entries.map(toDocumentSymbol) : flatten(entries, uri);
  });

  connection.onHover(({ textDocument: { uri }, position }) => {
    const hover = service.hover(uri, position, client.markdown ? 'markdown' : 'plaintext');
    return hover && { contents: { kind: client.markdown ? MarkupKind.Markdown : MarkupKind.PlainText, value: hover.contents }, range: hover.range };
  });

  connection.onFoldingRanges(({ textDocument: { uri } }) => service.folding(uri)?.map((region) => ({ ...region, kind: 'region' })) ?? null);

  // Quick fixes for the diagnostics the editor sends back; the server never edits on its own.
  connection.onCodeAction(({ textDocument: { uri }, context }) => {
    const ours = context.diagnostics.filter((diagnostic) => diagnostic.source === 'parlq' && typeof diagnostic.code === 'string');
    const plans = service.codeActions(
      uri,
      ours.map((diagnostic) => ({ code: diagnostic.code as string, range: diagnostic.range })),
    );
    return (
      plans?.map((plan) => ({
        title: plan.title,
        kind: CodeActionKind.QuickFix,
        ...(plan.findings.length > 0 ? { diagnostics: plan.findings.map((index) => ours[index] as Diagnostic), isPreferred: plan.preferred } : {}),
        edit: { changes: { [uri]: [...plan.edits] } },
      })) ?? null
    );
  });

  // References: on a question number (in a cross-reference, the number line, a heading), every
  // place in the workspace that cites that question, and with includeDeclaration its own page.
  connection.onReferences(async ({ textDocument: { uri }, position, context }) => {
    if (!service.questionNumberAt(uri, position)) return null;
    await indexer.ready();
    return service.references(uri, position, context.includeDeclaration)?.map((location) => ({ uri: location.uri, range: location.range })) ?? null;
  });

  // parlq/counterpart: where the counterpart of the piece at a position stands (the "Go to
  // Counterpart" command); null when there is none.
  connection.onRequest('parlq/counterpart', ({ textDocument: { uri }, position }: { textDocument: { uri: string }; position: { line: number; character: number } }) => {
    const range = service.counterpart(uri, position);
    return range ? { range } : null;
  });

  documents.listen(connection);
  connection.listen();
  return service;
}

function toDiagnostics(result: DocumentDiagnostics): Diagnostic[] {
  if (result.tooLarge) {
    // One clear word instead of silence or a hang.
    const start = { line: 0, character: 0 };
    return [{ range: { start, end: start }, severity: DiagnosticSeverity.Information, code: 'document-too-large', source: 'parlq', message: result.tooLarge }];
  }
  return result.findings.map((finding) => {
    let diagnostic = asDiagnostic.get(finding);
    if (!diagnostic) {
      diagnostic = {
        range: finding.range,
        severity: SEVERITIES[finding.severity],
        code: finding.code,
        source: 'parlq',
        message: finding.message,
        relatedInformation: finding.related.map((related) => ({ location: { uri: result.uri, range: related.range }, message: related.message })),
      };
      asDiagnostic.set(finding, diagnostic);
    }
    return diagnostic;
  });
}

/** The service gives an unchanged question's findings again after an edit elsewhere (the same objects): so are their diagnostics. */
const asDiagnostic = new WeakMap<DocumentDiagnostics['findings'][number], Diagnostic>();

function toDocumentSymbol(entry: OutlineEntry): DocumentSymbol {
  return {
    name: entry.name,
    ...(entry.detail ? { detail: entry.detail } : {}),
    kind: SYMBOL_KINDS[entry.kind],
    range: entry.range,
    selectionRange: entry.selectionRange,
    children: entry.children.map(toDocumentSymbol),
  };
}

function flatten(entries: readonly OutlineEntry[], uri: string, container?: string): SymbolInformation[] {
  return entries.flatMap((entry) => [
    { name: entry.name, kind: SYMBOL_KINDS[entry.kind], location: { uri, range: entry.range }, ...(container ? { containerName: container } : {}) },
    ...flatten(entry.children, uri, entry.name),
  ]);
}
