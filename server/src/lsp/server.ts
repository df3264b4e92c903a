/**
 * The language server: maps the model, checks and features to LSP. Holds no logic of its own
 * beyond caching one model per document version and keeping one failure from taking the process.
 */
import {
  DiagnosticSeverity,
  DidChangeConfigurationNotification,
  CodeActionKind,
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
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CHECKS, createCheckCache, runChecks, type Check, type Severity } from '../checks/index.js';
import { fixesFor, mergeDeletions } from '../features/fixes.js';
import { foldingRegions } from '../features/folding.js';
import { hoverAt } from '../features/hover.js';
import { outline, type OutlineEntry, type OutlineKind } from '../features/outline.js';
import { QUESTION_NUMBER } from '../model/lines.js';
import { pieceAt } from '../model/lookup.js';
import { parseDocument, reparse } from '../model/parse.js';
import type { ParsedDocument } from '../model/nodes.js';
import { DEFAULT_SETTINGS, readSettings, type Settings } from './settings.js';
import { WorkspaceIndexer } from './workspaceIndexer.js';
import { SERVER_VERSION } from '../version.js';

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
  /**
   * For tests only: names of request handlers ("hover", "outline", …) and of checks
   * ("check:missing-answer") that throw on purpose, to prove that a failure costs one answer.
   */
  injectedFailures?: ReadonlySet<string>;
}

function largeDocumentMessage(length: number, limitMB: number): string {
  return `This document is ${(length / 1e6).toFixed(1)} MB, above the ${limitMB} MB set in "parlq.maxDocumentSizeMB": checks and hovers are off for it; the outline and folding still work.`;
}

export function startServer(connection: Connection, options: ServerOptions = {}): void {
  const injected = options.injectedFailures ?? new Set<string>();
  const checks = CHECKS.map((check): Check => {
    if (!injected.has(`check:${check.code}`)) return check;
    const fail = (): never => {
      throw new Error(`injected failure in check ${check.code}`);
    };
    return { ...check, question: fail, document: undefined };
  });
  const documents = new TextDocuments(TextDocument);
  const models = new Map<string, { version: number; model: ParsedDocument }>();
  let settings: Settings = DEFAULT_SETTINGS;
  let pullsConfiguration = false;
  let workspaceFolders: string[] = [];
  let serverProgress = false;
  const indexer = new WorkspaceIndexer(connection);
  let hierarchicalSymbols = false;
  let markdownHover = true;
  const reportedProblems = new Set<string>();
  const checkCache = createCheckCache();
  const outlines = new WeakMap<ParsedDocument, DocumentSymbol[] | SymbolInformation[]>();

  /** One failing request or check costs that answer only, never the process: log it and go on. */
  function guarded<T>(what: string, fallback: T, work: () => T): T {
    try {
      if (injected.has(what)) throw new Error(`injected failure in ${what}`);
      return work();
    } catch (error) {
      connection.console.error(`parlq: ${what} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      return fallback;
    }
  }

  /** The model of a document version: parsed once, and after an edit only where the edit fell. */
  function modelOf(document: TextDocument): ParsedDocument {
    const cached = models.get(document.uri);
    if (cached && cached.version === document.version) return cached.model;
    const text = document.getText();
    let model: ParsedDocument;
    try {
      model = cached ? reparse(cached.model, text) : parseDocument(text);
    } catch (error) {
      connection.console.error(`parlq: incremental parse failed, parsing ${document.uri} whole: ${String(error)}`);
      model = parseDocument(text);
    }
    models.set(document.uri, { version: document.version, model });
    return model;
  }

  // Validation runs once the messages already received are handled: a burst of edits is checked
  // once, at its last version, and no work is spent on versions already replaced.
  const scheduled = new Set<string>();
  function scheduleValidation(uri: string): void {
    if (scheduled.has(uri)) return;
    scheduled.add(uri);
    setImmediate(() => {
      scheduled.delete(uri);
      const document = documents.get(uri);
      if (document) validate(document);
    });
  }

  const isLarge = (document: TextDocument) => document.getText().length > settings.maxDocumentSizeMB * 1e6;

  function validate(document: TextDocument): void {
    if (isLarge(document)) {
      // One clear word instead of silence or a hang; no checks, no index entries for it.
      void connection.sendDiagnostics({
        uri: document.uri,
        version: document.version,
        diagnostics: [
          {
            range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
            severity: DiagnosticSeverity.Information,
            code: 'document-too-large',
            source: 'parlq',
            message: largeDocumentMessage(document.getText().length, settings.maxDocumentSizeMB),
          },
        ],
      });
      return;
    }
    guarded('indexing', undefined, () => indexer.updateOpen(document.uri, modelOf(document)));
    const diagnostics = guarded<Diagnostic[]>('checking', [], () => {
      const { findings, failures } = runChecks(modelOf(document), settings.severity, checks, checkCache);
      for (const failure of failures) {
        const error = failure.error;
        connection.console.error(`parlq: check ${failure.code} failed on ${document.uri}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      }
      return findings.map((finding) => ({
        range: finding.range,
        severity: SEVERITIES[finding.severity],
        code: finding.code,
        source: 'parlq',
        message: finding.message,
        relatedInformation: finding.related.map((related) => ({ location: { uri: document.uri, range: related.range }, message: related.message })),
      }));
    });
    void connection.sendDiagnostics({ uri: document.uri, version: document.version, diagnostics });
  }

  function applySettings(raw: unknown): void {
    const result = readSettings(raw);
    settings = result.settings;
    for (const problem of result.problems) {
      if (reportedProblems.has(problem)) continue;
      reportedProblems.add(problem);
      connection.console.warn(`parlq: ${problem}`);
      // A notification, not window/showMessageRequest: there is nothing to answer, and a client
      // that does not implement the request must not turn a settings typo into an error.
      void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message: `parlq: ${problem}` });
    }
    for (const document of documents.all()) validate(document);
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
    pullsConfiguration = capabilities.workspace?.configuration === true;
    serverProgress = capabilities.window?.workDoneProgress === true;
    workspaceFolders = params.workspaceFolders?.map((folder) => folder.uri) ?? (params.rootUri ? [params.rootUri] : []);
    hierarchicalSymbols = capabilities.textDocument?.documentSymbol?.hierarchicalDocumentSymbolSupport === true;
    const formats = capabilities.textDocument?.hover?.contentFormat;
    markdownHover = !formats || formats.includes(MarkupKind.Markdown);
    // Settings may also come with the initialization request (editors without workspace/configuration).
    const initial = (params.initializationOptions as { settings?: unknown } | undefined)?.settings;
    if (initial !== undefined) settings = readSettings(initial).settings;
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

  connection.onInitialized(() => {
    void indexer.start(workspaceFolders, serverProgress);
    if (!pullsConfiguration) return;
    void connection.client.register(DidChangeConfigurationNotification.type, { section: 'parlq' }).catch(() => undefined);
    void pullSettings();
  });

  connection.onDidChangeConfiguration((change) => {
    if (pullsConfiguration) void pullSettings();
    else applySettings((change.settings as { parlq?: unknown } | null | undefined)?.parlq);
  });

  documents.onDidChangeContent((event) => scheduleValidation(event.document.uri));
  documents.onDidClose((event) => {
    models.delete(event.document.uri);
    void indexer.close(event.document.uri);
    void connection.sendDiagnostics({ uri: event.document.uri, diagnostics: [] });
  });

  connection.onDocumentSymbol((params) => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return null;
    return guarded<DocumentSymbol[] | SymbolInformation[] | null>('outline', null, () => {
      const model = modelOf(document);
      let symbols = outlines.get(model);
      if (!symbols) {
        const entries = outline(model);
        symbols = hierarchicalSymbols ? entries.map(toDocumentSymbol) : flatten(entries, document.uri);
        outlines.set(model, symbols);
      }
      return symbols;
    });
  });

  connection.onHover((params) => {
    if (!settings.hover.enabled) return null;
    const document = documents.get(params.textDocument.uri);
    if (!document || isLarge(document)) return null;
    return guarded('hover', null, () => {
      const hover = hoverAt(modelOf(document), document.offsetAt(params.position));
      if (!hover) return null;
      return markdownHover
        ? { contents: { kind: MarkupKind.Markdown, value: hover.contents }, range: hover.range }
        : { contents: { kind: MarkupKind.PlainText, value: hover.contents.replace(/\*\*/g, '').replace(/\\(.)/g, '$1') }, range: hover.range };
    });
  });

  connection.onFoldingRanges((params) => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return null;
    return guarded('folding', null, () => foldingRegions(modelOf(document)).map((region) => ({ ...region, kind: 'region' })));
  });

  // Quick fixes for the diagnostics the editor sends back; the server never edits on its own.
  connection.onCodeAction((params) => {
    const document = documents.get(params.textDocument.uri);
    if (!document || isLarge(document)) return null;
    return guarded('code actions', null, () => {
      const model = modelOf(document);
      const actions: CodeAction[] = [];
      for (const diagnostic of params.context.diagnostics) {
        if (diagnostic.source !== 'parlq' || typeof diagnostic.code !== 'string') continue;
        for (const fix of fixesFor(model, { code: diagnostic.code, range: diagnostic.range })) {
          actions.push({ title: fix.title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], isPreferred: fix.preferred, edit: { changes: { [document.uri]: fix.edits } } });
        }
      }
      // One action for every duplicate at once: the sample's right column is eighteen of them.
      const duplicates = runChecks(model, { ...settings.severity, 'duplicate-reference': 'error' }, checks.filter((check) => check.code === 'duplicate-reference'), checkCache).findings;
      if (duplicates.length > 1 && params.context.diagnostics.some((diagnostic) => diagnostic.code === 'duplicate-reference')) {
        const edits = mergeDeletions(model, duplicates.flatMap((finding) => fixesFor(model, { code: finding.code, range: finding.range })[0]?.edits ?? []));
        actions.push({ title: `Remove all ${duplicates.length} duplicate cross-references`, kind: CodeActionKind.QuickFix, edit: { changes: { [document.uri]: edits } } });
      }
      return actions;
    });
  });

  // References: on a question number (in a cross-reference, the number line, a heading), every
  // place in the workspace that cites that question, and with includeDeclaration its own page.
  connection.onReferences(async (params) => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return null;
    const number = guarded('references', null, () => questionNumberAt(document, params.position));
    if (!number) return null;
    const index = await indexer.current();
    const locations = index.referencesTo(number).map((reference) => ({ uri: reference.uri, range: reference.range }));
    if (params.context.includeDeclaration) {
      for (const question of index.questionsNumbered(number)) locations.unshift({ uri: question.uri, range: question.range });
    }
    return locations;
  });

  // parlq/counterpart: where the counterpart of the piece at a position stands (the "Go to
  // Counterpart" command); null when there is none.
  connection.onRequest('parlq/counterpart', (params: { textDocument: { uri: string }; position: { line: number; character: number } }) => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return null;
    return guarded('counterpart', null, () => {
      const counterpart = pieceAt(modelOf(document), document.offsetAt(params.position))?.counterpart;
      return counterpart ? { range: counterpart.range } : null;
    });
  });

  documents.listen(connection);
  connection.listen();
}

/** The question number ("5-8900") under the cursor, if any. */
function questionNumberAt(document: TextDocument, position: { line: number; character: number }): string | null {
  const line = document.getText({ start: { line: position.line, character: 0 }, end: { line: position.line + 1, character: 0 } });
  for (const match of line.matchAll(new RegExp(QUESTION_NUMBER.source, 'g'))) {
    if (position.character >= match.index && position.character <= match.index + match[0].length) return match[0];
  }
  return null;
}

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
