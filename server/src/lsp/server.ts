/**
 * The language server: LSP requests and notifications mapped onto the language service
 * (service/index.ts), which holds the documents and gives every answer. What stays here is what
 * belongs to the transport: the client's capabilities, when to publish diagnostics, pulling
 * settings, reading workspace files from disk, and turning plain answers into LSP types.
 */
import {
  CodeActionKind,
  CompletionItemKind,
  DiagnosticSeverity,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  DocumentDiagnosticReportKind,
  FileChangeType,
  MarkupKind,
  MessageType,
  ShowMessageNotification,
  SymbolKind,
  TextDocumentSyncKind,
  TextDocuments,
  type CodeAction,
  type Connection,
  type Diagnostic,
  type DocumentSymbol,
  type InitializeResult,
  type SymbolInformation,
  type WorkspaceDocumentDiagnosticReport,
} from 'vscode-languageserver/node';
import { createHash } from 'node:crypto';
import { stat } from 'node:fs/promises';
import { globMatcher } from '../workspace/files.js';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Severity } from '../checks/index.js';
import type { OutlineKind } from '../features/outline.js';
import {
  ACCEPTED_FILE,
  CONFIG_FILE,
  TERMS_FILE,
  createLanguageService,
  mergedSettings,
  readAccepted,
  readConfig,
  withAccepted,
  writeAccepted,
  type AcceptedEntry,
  type ConfigFile,
  type DocumentDiagnostics,
  type LanguageService,
  type OutlineEntry,
} from '../service/index.js';
import type { Range } from '../model/text.js';
import { SERVER_VERSION } from '../version.js';
import { readFile, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { WorkspaceIndexer } from './workspaceIndexer.js';
import { t, type Locale } from '../l10n/index.js';

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
  const client = {
    pullsConfiguration: false,
    workspaceFolders: [] as string[],
    progress: false,
    hierarchicalSymbols: false,
    markdown: true,
    watchesFiles: false,
    /** The client runs "Accept this finding…" itself (it asks for the reason): VS Code's does. */
    acceptCommand: false,
    /** The client pulls diagnostics (LSP 3.17): then the server publishes none, and asks for a refresh when they change. */
    pullsDiagnostics: false,
    refreshesDiagnostics: false,
  };
  /** Grows whenever something a file's diagnostics depend on changes (a setting, a side file, another file): what a held workspace pull waits for. */
  let generation = 0;
  /** Grows when a setting, a side file or the language changes: every file's report is made anew then. */
  let configGeneration = 0;
  const generationWaiters: (() => void)[] = [];
  function changed(): void {
    generation++;
    for (const wake of generationWaiters.splice(0)) wake();
  }
  /** Resolves once the folder scan began (files.exclude read first) and ended: cross-file answers wait for it. */
  let scanStarted: () => void = () => undefined;
  const scanning = new Promise<void>((resolve) => (scanStarted = resolve));
  const whenIndexed = () => scanning.then(() => indexer.ready());
  /** The files.exclude patterns of each workspace folder, as the client's settings give them. */
  const excludes = new Map<string, (relativePath: string) => boolean>();
  const reportedProblems = new Set<string>();

  function publish(uri: string): void {
    if (client.pullsDiagnostics) return; // the client asks for them
    const result = service.diagnostics(uri);
    if (result) void connection.sendDiagnostics({ uri, version: result.version, diagnostics: toDiagnostics(result, service.locale) });
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

  /** What the client last sent (only what its user set, for VS Code), laid over parlq.config.json's settings. */
  let clientSettings: unknown = undefined;
  let fileConfig: ConfigFile | null = null;

  function applySettings(raw: unknown): void {
    clientSettings = raw;
    warnOnce(service.configure(mergedSettings(fileConfig?.settings ?? null, raw)));
    republishAll();
  }

  /** Every open document's diagnostics again (push), or a refresh for a client that pulls them. */
  function republishAll(): void {
    configGeneration++;
    recheck(null);
  }

  /**
   * The open documents checked again, all of them (null) or those named (the files that depend on
   * one that changed): published again, or for a client that pulls them, a refresh. Naming none
   * still wakes a held workspace pull.
   */
  function recheck(uris: Iterable<string> | null): void {
    changed();
    const named = uris === null ? null : new Set(uris);
    if (named?.size === 0) return;
    if (client.pullsDiagnostics) {
      if (client.refreshesDiagnostics) void connection.languages.diagnostics.refresh().catch(() => undefined);
      return;
    }
    if (named === null) for (const document of documents.all()) publish(document.uri);
    else for (const uri of named) if (documents.get(uri)) schedulePublish(uri);
  }

  /** A file at the first workspace folder's root, or null when the folder is not on disk. */
  function rootFile(name: string): string | null {
    const folder = client.workspaceFolders[0];
    return folder?.startsWith('file:') ? join(fileURLToPath(folder), name) : null;
  }

  /** A side file's text, or null when there is none; a file that cannot be read is said so. */
  async function readSideFile(path: string | null): Promise<string | null> {
    if (path === null) return null;
    try {
      return await readFile(path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') connection.console.warn(`parlq: cannot read ${path}: ${String(error)}`);
      return null;
    }
  }

  /** parlq.config.json at the first workspace folder's root: the checker's settings, under the editor's own. */
  async function loadConfig(): Promise<void> {
    const path = rootFile(CONFIG_FILE);
    const text = await readSideFile(path);
    fileConfig = null;
    if (text !== null) {
      const result = readConfig(text, path ?? CONFIG_FILE, service.locale);
      // A configuration that is wrong is not used, here as in the checker: the problems say why.
      if (result.config) fileConfig = result.config;
      else warnOnce([...result.problems, t(service.locale, 'server.configUnused', { file: path ?? CONFIG_FILE })]);
    }
    warnOnce(service.configure(mergedSettings(fileConfig?.settings ?? null, clientSettings)));
    await loadTerms();
  }

  /** The term file the configuration names, else parlq.terms.json at the first workspace folder's root; no file, no terms. */
  async function loadTerms(): Promise<void> {
    const configPath = rootFile(CONFIG_FILE);
    const path = fileConfig?.termsFile && configPath ? resolve(dirname(configPath), fileConfig.termsFile) : rootFile(TERMS_FILE);
    const text = await readSideFile(path);
    warnOnce(service.configureTerms(text, path ?? undefined));
    republishAll();
  }

  /** parlq-accepted.json at the first workspace folder's root: findings a reviewer accepted leave the Problems view. */
  async function loadAccepted(): Promise<void> {
    const path = rootFile(ACCEPTED_FILE);
    const text = await readSideFile(path);
    let entries: AcceptedEntry[] = [];
    if (text !== null) {
      const result = readAccepted(text, path ?? ACCEPTED_FILE, service.locale);
      warnOnce(result.problems);
      entries = result.entries;
    }
    service.configureAccepted(client.workspaceFolders[0] ?? null, entries);
    republishAll();
  }

  /** Records a reviewer's acceptance of one finding in parlq-accepted.json (the user's own act, through "Accept this finding…"). */
  async function acceptFinding(uri: string, code: string, range: Range, reason: string): Promise<{ file: string } | { error: string }> {
    const path = rootFile(ACCEPTED_FILE);
    const say = service.locale;
    if (path === null) return { error: t(say, 'server.acceptNoFolder', { file: ACCEPTED_FILE }) };
    if (reason.trim() === '') return { error: t(say, 'server.acceptNoReason') };
    const entry = service.acceptedEntry(uri, code, range, reason);
    if (!entry) return { error: t(say, 'server.acceptGone') };
    const text = await readSideFile(path);
    const existing = text === null ? { entries: [], problems: [] } : readAccepted(text, path, say);
    if (existing.problems.length > 0) return { error: t(say, 'server.acceptedBroken', { file: path, problems: existing.problems.join(' ') }) };
    await writeFile(path, writeAccepted(withAccepted(existing.entries, entry)), 'utf8');
    await loadAccepted();
    return { file: path };
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
    service.setWorkspaceFolders(client.workspaceFolders);
    client.pullsDiagnostics = capabilities.textDocument?.diagnostic !== undefined;
    client.refreshesDiagnostics = capabilities.workspace?.diagnostics?.refreshSupport === true;
    client.hierarchicalSymbols = capabilities.textDocument?.documentSymbol?.hierarchicalDocumentSymbolSupport === true;
    const formats = capabilities.textDocument?.hover?.contentFormat;
    client.markdown = !formats || formats.includes(MarkupKind.Markdown);
    // Settings may also come with the initialization request (editors without workspace/configuration).
    const initialization = params.initializationOptions as { settings?: unknown; commands?: unknown } | undefined;
    client.acceptCommand = Array.isArray(initialization?.commands) && initialization.commands.includes(ACCEPT_COMMAND);
    // The editor's language (LSP 3.16); "parlq.locale" may name another.
    service.setClientLocale(params.locale ?? null);
    const initial = initialization?.settings;
    if (initial !== undefined) {
      clientSettings = initial;
      service.configure(initial);
    }
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        documentSymbolProvider: { label: 'parlq' },
        hoverProvider: true,
        foldingRangeProvider: true,
        referencesProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
        definitionProvider: true,
        documentLinkProvider: { resolveProvider: false },
        workspaceSymbolProvider: true,
        completionProvider: { triggerCharacters: [' ', ':', '-'] },
        codeLensProvider: { resolveProvider: false },
        executeCommandProvider: { commands: [CHECK_ALL_COMMAND] },
        // Pull diagnostics (LSP 3.17) for a client that asks: a file's findings depend on other files, and the whole folder can be asked for.
        ...(client.pullsDiagnostics ? { diagnosticProvider: { identifier: 'parlq', interFileDependencies: true, workspaceDiagnostics: true } } : {}),
      },
      serverInfo: { name: 'parlq-language-server', version: SERVER_VERSION },
    };
  });

  connection.onDidChangeWatchedFiles((params) => {
    const sideFile = (name: string) => params.changes.some((change) => change.uri.endsWith(`/${name}`));
    if (sideFile(CONFIG_FILE)) void loadConfig();
    else if (sideFile(TERMS_FILE) || (fileConfig?.termsFile && params.changes.some((change) => !change.uri.endsWith('.parlq')))) void loadTerms();
    if (sideFile(ACCEPTED_FILE)) void loadAccepted();
    void questionFilesChanged(params.changes.filter((change) => change.uri.endsWith('.parlq') && !isExcluded(change.uri)));
  });

  /** Whether files.exclude leaves a file out of the workspace. */
  function isExcluded(uri: string): boolean {
    for (const [folder, excluded] of excludes) {
      const base = folder.endsWith('/') ? folder : `${folder}/`;
      if (uri.startsWith(base)) return excluded(decodeURIComponent(uri.slice(base.length)));
    }
    return false;
  }

  /** Question files changed on disk: the index follows, and the files that depend on them are checked again. */
  async function questionFilesChanged(changes: readonly { uri: string; type: number }[]): Promise<void> {
    const affected: string[] = [];
    for (const change of changes) {
      if (documents.get(change.uri)) continue; // the editor's text wins over the saved one
      affected.push(...service.dependents(change.uri));
      if (change.type === FileChangeType.Deleted) service.removeWorkspaceFile(change.uri);
      else {
        const text = await indexer.savedText(change.uri);
        if (text === undefined) service.removeWorkspaceFile(change.uri);
        else service.setWorkspaceFile(change.uri, text);
      }
      affected.push(...service.dependents(change.uri));
    }
    if (changes.length > 0) recheck(affected);
  }

  /** files.exclude of each folder, for a client that serves workspace/configuration. */
  async function readExcludes(): Promise<void> {
    if (!client.pullsConfiguration) return;
    for (const folder of client.workspaceFolders) {
      try {
        const [patterns] = (await connection.workspace.getConfiguration([{ scopeUri: folder, section: 'files.exclude' }])) as [Record<string, unknown> | null];
        const on = Object.entries(patterns ?? {})
          .filter(([, value]) => value === true)
          .map(([pattern]) => pattern);
        excludes.set(folder, globMatcher(on));
      } catch {
        excludes.delete(folder);
      }
    }
  }

  connection.onInitialized(() => {
    void readExcludes()
      .then(() => {
        const done = indexer.start(client.workspaceFolders, client.progress, (folder) => excludes.get(folder) ?? (() => false));
        scanStarted();
        return done;
      })
      .then(() => republishAll());
    void loadConfig();
    void loadAccepted();
    if (client.watchesFiles) {
      const watchers = [TERMS_FILE, CONFIG_FILE, ACCEPTED_FILE, '*.parlq'].map((name) => ({ globPattern: `**/${name}` }));
      void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers }).catch(() => undefined);
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
    const before = service.dependents(document.uri);
    service.setDocument(document.uri, document.version, document.getText());
    schedulePublish(document.uri);
    scheduleDependents(document.uri, before);
  });

  // The files that depend on an edited one are checked again once the burst of edits is over.
  const dependentTimers = new Map<string, { timer: NodeJS.Timeout; before: Set<string> }>();
  function scheduleDependents(uri: string, before: readonly string[]): void {
    const pending = dependentTimers.get(uri);
    if (pending) clearTimeout(pending.timer);
    const union = new Set([...(pending?.before ?? []), ...before]);
    dependentTimers.set(uri, {
      before: union,
      timer: setTimeout(() => {
        dependentTimers.delete(uri);
        const after = service.dependents(uri);
        const all = new Set([...union, ...after]);
        all.delete(uri);
        if (all.size > 0) recheck(all);
      }, 300),
    });
  }
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
    if (!plans) return null;
    const actions: CodeAction[] = plans.map((plan) => ({
      title: plan.title,
      kind: CodeActionKind.QuickFix,
      ...(plan.findings.length > 0 ? { diagnostics: plan.findings.map((index) => ours[index] as Diagnostic), isPreferred: plan.preferred } : {}),
      edit: { changes: { [uri]: [...plan.edits] } },
    }));
    // "Accept this finding…": the client asks the reviewer why, then sends parlq/acceptFinding.
    // Only for a client that says it has the command (VS Code's), and a finding it may record.
    if (client.acceptCommand && rootFile(ACCEPTED_FILE) !== null) {
      for (const diagnostic of ours) {
        if (diagnostic.code === 'not-a-question-page') continue;
        actions.push({
          title: t(service.locale, 'server.acceptTitle', { code: String(diagnostic.code) }),
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          command: {
            title: t(service.locale, 'server.acceptCommand'),
            command: ACCEPT_COMMAND,
            arguments: [{ uri, code: diagnostic.code, range: diagnostic.range, message: diagnostic.message }],
          },
        });
      }
    }
    return actions;
  });

  // References: on a question number (in a cross-reference, the number line, a heading), every
  // place in the workspace that cites that question, and with includeDeclaration its own page.
  connection.onReferences(async ({ textDocument: { uri }, position, context }) => {
    if (!service.questionNumberAt(uri, position)) return null;
    await whenIndexed();
    return service.references(uri, position, context.includeDeclaration)?.map((location) => ({ uri: location.uri, range: location.range })) ?? null;
  });

  connection.onDefinition(async ({ textDocument: { uri }, position }) => {
    if (!service.questionNumberAt(uri, position)) return null;
    await whenIndexed();
    return service.definition(uri, position)?.map((location) => ({ uri: location.uri, range: location.range })) ?? null;
  });

  connection.onDocumentLinks(({ textDocument: { uri } }) => service.documentLinks(uri)?.map((link) => ({ range: link.range, target: link.target, tooltip: link.tooltip })) ?? null);

  connection.onWorkspaceSymbol(async ({ query }) => {
    await whenIndexed();
    return service
      .workspaceSymbols(query)
      .map((symbol): SymbolInformation => ({ name: symbol.name, kind: SymbolKind.Module, location: { uri: symbol.uri, range: symbol.range }, containerName: symbol.detail }));
  });

  connection.onCompletion(({ textDocument: { uri }, position }) => {
    const found = service.completion(uri, position);
    if (!found) return null;
    return {
      isIncomplete: found.incomplete,
      items: found.items.map((item, i) => ({
        label: item.label,
        kind: CompletionItemKind.Reference,
        detail: item.detail,
        documentation: item.documentation,
        sortText: String(i).padStart(5, '0'),
        textEdit: { range: item.range, newText: item.label },
      })),
    };
  });

  connection.onCodeLens(({ textDocument: { uri } }) => service.codeLenses(uri)?.map((lens) => ({ range: lens.range, command: { title: lens.title, command: '' } })) ?? null);

  // "Check all question files": every file of the workspace published, for a client that does not pull; a refresh for one that does.
  connection.onExecuteCommand(async ({ command }) => {
    if (command !== CHECK_ALL_COMMAND) return null;
    await whenIndexed();
    if (client.pullsDiagnostics) {
      republishAll();
      return { files: service.indexedFiles().length };
    }
    const files = service.indexedFiles();
    const progress = client.progress ? await connection.window.createWorkDoneProgress().catch(() => null) : null;
    progress?.begin(t(service.locale, 'server.checkingAll'), 0, undefined, false);
    let done = 0;
    for (const uri of files) {
      if (documents.get(uri)) publish(uri);
      else {
        const text = await indexer.savedText(uri);
        const result = text === undefined ? null : service.fileDiagnostics(uri, text);
        if (result) void connection.sendDiagnostics({ uri, diagnostics: toDiagnostics(result, service.locale) });
      }
      if (++done % 50 === 0) {
        progress?.report(Math.round((done / files.length) * 100), t(service.locale, 'server.indexed', { done, total: files.length }));
        await new Promise((resolve) => setImmediate(resolve));
      }
    }
    progress?.done();
    return { files: files.length };
  });

  // Pull diagnostics: an open document's, with a result id so that the same ones are not sent twice.
  connection.languages.diagnostics.on(({ textDocument: { uri }, previousResultId }) => {
    const result = service.diagnostics(uri);
    const items = result ? toDiagnostics(result, service.locale) : [];
    const resultId = resultIdOf(items);
    return previousResultId === resultId ? { kind: DocumentDiagnosticReportKind.Unchanged, resultId } : { kind: DocumentDiagnosticReportKind.Full, resultId, items };
  });

  /** What a file's pulled report was made from: its bytes on disk (size and time), the generation, and the result id sent. */
  const pulled = new Map<string, { key: string; resultId: string }>();
  let answeredGeneration = -1;

  // The whole folder, for the Problems view: the files no editor holds, from disk; held open (a long poll) until something changes.
  connection.languages.diagnostics.onWorkspace(async ({ previousResultIds }, token, _workDone, resultProgress) => {
    await whenIndexed();
    if (answeredGeneration === generation && previousResultIds.length > 0) {
      await new Promise<void>((resolve) => {
        generationWaiters.push(resolve);
        token.onCancellationRequested(() => resolve());
      });
      if (token.isCancellationRequested) return { items: [] };
    }
    answeredGeneration = generation;
    const previous = new Map(previousResultIds.map((entry) => [entry.uri, entry.value]));
    const items: WorkspaceDocumentDiagnosticReport[] = [];
    const batch: WorkspaceDocumentDiagnosticReport[] = [];
    const flush = () => {
      if (batch.length === 0) return;
      if (resultProgress) resultProgress.report({ items: batch.splice(0) });
      else items.push(...batch.splice(0));
    };
    let count = 0;
    for (const uri of service.indexedFiles()) {
      if (token.isCancellationRequested) break;
      if (documents.get(uri) || !uri.startsWith('file:')) continue;
      let key: string;
      try {
        const info = await stat(fileURLToPath(uri));
        // The bytes, the settings, and what the other files make of this one: the same three, the same report.
        key = `${info.size}:${info.mtimeMs}:${configGeneration}:${service.crossFileSignature(uri)}`;
      } catch {
        continue;
      }
      const known = pulled.get(uri);
      if (known && known.key === key && previous.get(uri) === known.resultId) {
        batch.push({ kind: DocumentDiagnosticReportKind.Unchanged, uri, version: null, resultId: known.resultId });
      } else {
        const text = await indexer.savedText(uri);
        const result = text === undefined ? null : service.fileDiagnostics(uri, text);
        const diagnostics = result ? toDiagnostics(result, service.locale) : [];
        const resultId = resultIdOf(diagnostics);
        pulled.set(uri, { key, resultId });
        batch.push(
          previous.get(uri) === resultId
            ? { kind: DocumentDiagnosticReportKind.Unchanged, uri, version: null, resultId }
            : { kind: DocumentDiagnosticReportKind.Full, uri, version: null, resultId, items: diagnostics },
        );
      }
      if (++count % 50 === 0) {
        flush();
        await new Promise((resolve) => setImmediate(resolve)); // let other requests in
      }
    }
    flush();
    return { items };
  });

  // parlq/acceptFinding: records a finding as accepted, with the reviewer's reason (see acceptFinding).
  connection.onRequest('parlq/acceptFinding', (params: { uri: string; code: string; range: Range; reason: string }) =>
    acceptFinding(params.uri, params.code, params.range, params.reason).catch((error: unknown) => ({ error: t(service.locale, 'server.acceptFailed', { reason: String(error) }) })),
  );

  // parlq/alignment: the page's two columns, one row per pair (the side-by-side view, an export).
  connection.onRequest('parlq/alignment', ({ textDocument: { uri } }: { textDocument: { uri: string } }) => {
    const rows = service.alignment(uri);
    return rows ? { rows } : null;
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

/** The client's command that asks for a reason and sends parlq/acceptFinding. */
export const ACCEPT_COMMAND = 'parlq.acceptFinding';
/** The server's command that checks every question file of the workspace (for clients that do not pull diagnostics). */
export const CHECK_ALL_COMMAND = 'parlq.checkAllFiles';

/** A report's identity: the same diagnostics, the same id, so that a client holding them is told "unchanged". */
function resultIdOf(diagnostics: readonly Diagnostic[]): string {
  return createHash('sha1').update(JSON.stringify(diagnostics)).digest('base64url').slice(0, 16);
}

function toDiagnostics(result: DocumentDiagnostics, locale: Locale): Diagnostic[] {
  if (result.tooLarge) {
    // One clear word instead of silence or a hang.
    const start = { line: 0, character: 0 };
    return [{ range: { start, end: start }, severity: DiagnosticSeverity.Information, code: 'document-too-large', source: 'parlq', message: result.tooLarge }];
  }
  const stale: Diagnostic[] = (result.stale ?? []).map((entry) => ({
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: DiagnosticSeverity.Information,
    code: 'stale-accepted',
    source: 'parlq',
    message: t(locale, 'service.staleAccepted', { file: ACCEPTED_FILE, code: entry.code, question: entry.question ?? '?', text: entry.text }),
  }));
  const findings = result.findings.map((finding) => {
    let diagnostic = asDiagnostic.get(finding);
    if (!diagnostic) {
      diagnostic = {
        range: finding.range,
        severity: SEVERITIES[finding.severity],
        code: finding.code,
        source: 'parlq',
        message: finding.message,
        relatedInformation: finding.related.map((related) => ({ location: { uri: related.uri ?? result.uri, range: related.range }, message: related.message })),
      };
      asDiagnostic.set(finding, diagnostic);
    }
    return diagnostic;
  });
  return stale.length > 0 ? [...stale, ...findings] : findings;
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
