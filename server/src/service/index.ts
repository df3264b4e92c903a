/**
 * The language service: the one front door to parlq's answers. It holds documents by URI and
 * version, parses each version once (and after an edit only where the edit fell), keeps the
 * checks' findings for the questions an edit did not touch, and answers diagnostics, outline,
 * hover, folding, fixes, counterparts and references in plain data (LSP's shapes, no LSP types).
 * The language server maps requests onto it; the checker and the benchmarks use it as it is; the
 * tests drive it in-process.
 *
 * A failure in one answer costs that answer only: it is reported to `onError` and the fallback
 * (no answer) is returned, never thrown at the caller.
 */
import {
  CHECKS,
  checkOf,
  createCheckCache,
  fixesFor,
  runChecks,
  runCrossFileChecks,
  todayIso,
  NO_TERMS,
  type Check,
  type CheckFailure,
  type CheckOptions,
  type FindingRef,
  type SeverityFinding,
  type TermTable,
} from '../checks/index.js';
import { foldingRegions, type FoldingRegion } from '../features/folding.js';
import { alignment, type AlignmentRow } from '../features/alignment.js';
import { hoverAt, plainTextOf } from '../features/hover.js';
import { outline, type OutlineEntry } from '../features/outline.js';
import type { TextEdit } from '../model/edits.js';
import { lineText } from '../model/edits.js';
import { questionNumberAcross } from '../model/lines.js';
import { pieceAt, questionAt } from '../model/lookup.js';
import type { ParsedDocument } from '../model/nodes.js';
import type { Lang } from '../model/language.js';
import { parseDocument, reparse } from '../model/parse.js';
import type { Position, Range } from '../model/text.js';
import { WorkspaceIndex, entriesOf, indexText } from '../workspace/index.js';
import {
  codeLenses,
  completeNumber,
  documentLinks,
  workspaceSymbols,
  type CodeLens,
  type CompletionItem,
  type DocumentLink,
  type WorkspaceSymbol,
} from '../workspace/navigation.js';
import type { WorkspaceView } from '../checks/index.js';
import { DEFAULT_SETTINGS, checkOptionsOf, effectiveLocale, readSettings, settingProblemMessage, type Settings } from './settings.js';
import { render, t, type Locale } from '../l10n/index.js';
import { readTerms } from './terms.js';
import { matchAccepted, type AcceptedEntry } from './accepted.js';
import { fingerprintsOf } from './fingerprints.js';
import { shorten } from '../model/text.js';

export { DEFAULT_SETTINGS, effectiveLocale, readSettings, settingProblemMessage, type Settings } from './settings.js';
export { TERMS_FILE, readTerms } from './terms.js';
export { ACCEPTED_FILE, readAccepted, writeAccepted, withAccepted, type AcceptedEntry } from './accepted.js';
export { CONFIG_FILE, mergedSettings, readConfig, type ConfigFile } from './config.js';
/** An aligned row with the diagnostics on its cells, each told which cell (`lang`) it is on. */
export type AlignedRow = AlignmentRow & {
  readonly diagnostics: readonly { readonly code: string; readonly severity: SeverityFinding['severity']; readonly message: string; readonly lang: Lang }[];
};

export type { FoldingRegion, OutlineEntry, SeverityFinding, CheckFailure, FindingRef, TextEdit, CodeLens, CompletionItem, DocumentLink, WorkspaceSymbol };

export interface LanguageServiceOptions {
  /** The checks to run (all of parlq's by default). */
  checks?: readonly Check[];
  /** Told of every failure the service recovered from: what failed, why, and on which document when a check or the parse failed. */
  onError?(what: string, error: unknown, uri?: string): void;
  /**
   * For tests only: operations ("hover", "outline", "parse", …) and checks ("check:missing-answer")
   * that throw on purpose, to prove that a failure costs one answer.
   */
  injectedFailures?: ReadonlySet<string>;
  /** Today's date as "YYYY-MM-DD", for deadlines (the clock's by default; a test fixes it). */
  today?: () => string;
}

/** What the checks found in one version of a document, or why it was not checked. */
export interface DocumentDiagnostics {
  readonly uri: string;
  readonly version: number;
  readonly findings: readonly SeverityFinding[];
  /** Checks that failed (their findings are missing), or "parse" when the text could not be read. */
  readonly failures: readonly CheckFailure[] | readonly { code: 'parse'; error: unknown }[];
  /** Set when the document is above `maxDocumentSizeMB`: it was not checked, and this says why. */
  readonly tooLarge: string | null;
  /** Findings a reviewer accepted (parlq-accepted.json): not in `findings`. */
  readonly accepted?: readonly { readonly finding: SeverityFinding; readonly entry: AcceptedEntry }[];
  /** Entries of the accepted file for this document that match none of its findings any more. */
  readonly stale?: readonly AcceptedEntry[];
}

export interface Hover {
  /** Markdown, or plain text for a client that cannot show Markdown. */
  readonly contents: string;
  readonly range: Range;
}

/** A fix as a code action: the findings it answers and the edits to the document. */
export interface CodeActionPlan {
  readonly title: string;
  readonly edits: readonly TextEdit[];
  readonly preferred: boolean;
  /** Indexes into the findings the action was asked for; empty for a fix-all action. */
  readonly findings: readonly number[];
}

export interface Location {
  readonly uri: string;
  readonly range: Range;
}

export interface LanguageService {
  /** The settings in force. */
  readonly settings: Settings;
  /** Validates and applies the `parlq` settings section; returns one sentence per rejected value, in the locale then in force. */
  configure(raw: unknown): string[];
  /** The language the client works in (LSP `initialize`'s `locale`, a checker's environment): messages follow it unless `parlq.locale` names one. */
  setClientLocale(tag: string | null): void;
  /** The language of every message the service gives: diagnostics, hovers, outline, fixes. */
  readonly locale: Locale;
  /** Reads the workspace's term file (parlq.terms.json), or forgets it (null); returns one sentence per bad entry. */
  configureTerms(text: string | null, source?: string): string[];
  /** The text of a document at a version (an open editor's, or a file the checker read). */
  setDocument(uri: string, version: number, text: string): void;
  /** Forgets a document; its workspace entries go back to the file's saved text, if given. */
  closeDocument(uri: string, savedText?: string): void;
  /** The model of a document's current version, parsed when first asked for. */
  model(uri: string): ParsedDocument | undefined;
  /** A file of the workspace read from disk: indexed for cross-file answers unless it is open. */
  setWorkspaceFile(uri: string, text: string): void;
  removeWorkspaceFile(uri: string): void;

  diagnostics(uri: string): DocumentDiagnostics | null;
  outline(uri: string): OutlineEntry[] | null;
  hover(uri: string, position: Position, format?: 'markdown' | 'plaintext'): Hover | null;
  folding(uri: string): FoldingRegion[] | null;
  codeActions(uri: string, findings: readonly FindingRef[]): CodeActionPlan[] | null;
  /** Where the counterpart of the piece at a position stands, or null when it has none. */
  counterpart(uri: string, position: Position): Range | null;
  /** The question number written under a position, or null. */
  questionNumberAt(uri: string, position: Position): string | null;
  /** Every place in the workspace that cites the question number at a position (and its own page). */
  references(uri: string, position: Position, includeDeclaration: boolean): Location[] | null;
  /** The accepted findings (parlq-accepted.json) and the folder their files are named from; they leave `diagnostics`. */
  configureAccepted(folder: string | null, entries: readonly AcceptedEntry[]): void;
  /** The entry that accepts one finding of a document, as it is now, with a reviewer's reason; null when no such finding is reported. */
  acceptedEntry(uri: string, code: string, range: Range, reason: string): AcceptedEntry | null;
  /** The workspace folders (their URIs): files are named relative to them in messages. */
  setWorkspaceFolders(folders: readonly string[]): void;
  /** Links on the question numbers of a document: to the file that holds the question, else to its Senate page. */
  documentLinks(uri: string): DocumentLink[] | null;
  /** Where the question whose number is under a position is written, in the workspace. */
  definition(uri: string, position: Position): Location[] | null;
  /** The workspace's questions whose number, title or author hold the query's words. */
  workspaceSymbols(query: string): WorkspaceSymbol[];
  /** The workspace's question numbers after a reference's words ("Ook gesteld aan : "). */
  completion(uri: string, position: Position): { items: CompletionItem[]; incomplete: boolean } | null;
  /** Above each question: its fate and its sibling questions'. */
  codeLenses(uri: string): CodeLens[] | null;
  /** The diagnostics of a file of the workspace that no editor holds, from its saved text. */
  fileDiagnostics(uri: string, text: string): DocumentDiagnostics | null;
  /**
   * The files whose findings across files depend on this one as the index holds it now: those
   * that cite its questions, those that hold the same numbers, and those it cites. Asked before
   * and after a change, the union is what to check again.
   */
  dependents(uri: string): string[];
  /** Every file the index holds, open or not. */
  indexedFiles(): string[];
  /** What the checks across files find in a file, as one string: while it is the same, so are those findings. */
  crossFileSignature(uri: string): string;
  /**
   * The page's two columns aligned, one row per French/Dutch pair, each row with the diagnostics
   * on its cells (where the editor underlines them) and, in a row with a missing piece, those
   * pointing at it: the missing French answer's row carries the missing-answer message.
   */
  alignment(uri: string): AlignedRow[] | null;
  /** The cross-file index, for what the requests above do not cover. */
  readonly workspace: WorkspaceIndex;
}

interface HeldDocument {
  version: number;
  text: string;
  model: ParsedDocument | null;
  /** The last model parsed for this document: what the next version is re-parsed from. */
  previous: ParsedDocument | null;
}

/** A file's path under a folder's address, as people write it ("sub/d.parlq"), or null when it is not under it. */
function nameUnder(uri: string, folder: string): string | null {
  if (!uri.startsWith(folder)) return null;
  try {
    return decodeURIComponent(uri.slice(folder.length));
  } catch {
    return null;
  }
}

export function createLanguageService(options: LanguageServiceOptions = {}): LanguageService {
  const injected = options.injectedFailures ?? new Set<string>();
  const report = options.onError ?? (() => undefined);
  const checks = (options.checks ?? CHECKS).map((check): Check => {
    if (!injected.has(`check:${check.code}`)) return check;
    const fail = (): never => {
      throw new Error(`injected failure in check ${check.code}`);
    };
    return { ...check, question: fail, document: undefined };
  });
  const documents = new Map<string, HeldDocument>();
  const today = options.today ?? todayIso;
  let checkCache = createCheckCache();
  let cachedFor = '';
  /** The check options in force, with a new findings cache whenever they change (a setting, or the day). */
  function checkOptions(): CheckOptions {
    const current = checkOptionsOf(settings, today(), terms, locale());
    const key = JSON.stringify(current);
    if (key !== cachedFor) {
      checkCache = createCheckCache();
      cachedFor = key;
    }
    return current;
  }
  const outlines = new WeakMap<ParsedDocument, { locale: Locale; entries: OutlineEntry[] }>();
  let clientLocale: string | null = null;
  let folders: string[] = [];
  /** A file as a message names it: relative to its workspace folder, else its last path segment. */
  const displayName = (uri: string): string => {
    const folder = folders.find((candidate) => uri.startsWith(candidate));
    return (folder && nameUnder(uri, folder)) ?? nameUnder(uri, uri.slice(0, uri.lastIndexOf('/') + 1)) ?? uri;
  };
  /** The workspace as the checks across files see it, from one document's place in the index. */
  const viewOf = (uri: string): WorkspaceView | undefined => {
    const own = workspace.fileEntries(uri);
    if (!own) return undefined;
    return { uri, own, displayName, questionsNumbered: (number) => workspace.questionsNumbered(number), referencesTo: (number) => workspace.referencesTo(number) };
  };
  const locale = (): Locale => effectiveLocale(settings.locale, clientLocale);
  const workspace = new WorkspaceIndex();
  /** Open documents whose workspace entries are to be read from their model when next asked. */
  const stale = new Set<string>();
  let settings: Settings = DEFAULT_SETTINGS;
  let terms: TermTable = NO_TERMS;
  /** The accepted file's folder (its entries name files relative to it) and its entries. */
  let accepted: { folder: string | null; entries: AcceptedEntry[] } = { folder: null, entries: [] };
  /** A document's path as the accepted file names it, or null when the document is not under its folder. */
  const acceptedName = (uri: string): string | null => (accepted.folder === null ? null : nameUnder(uri, accepted.folder));

  /** One failing answer costs that answer only: report it and give the fallback. */
  function guarded<T>(what: string, fallback: T, work: () => T): T {
    try {
      if (injected.has(what)) throw new Error(`injected failure in ${what}`);
      return work();
    } catch (error) {
      report(what, error);
      return fallback;
    }
  }

  function modelOf(held: HeldDocument): ParsedDocument {
    if (held.model) return held.model;
    if (injected.has('parse')) throw new Error('injected failure in parse');
    let model: ParsedDocument;
    try {
      model = held.previous ? reparse(held.previous, held.text) : parseDocument(held.text);
    } catch (error) {
      if (!held.previous) throw error;
      report('incremental parse, parsing whole', error);
      model = parseDocument(held.text);
    }
    held.model = model;
    held.previous = model;
    return model;
  }

  const isLarge = (held: HeldDocument) => held.text.length > settings.maxDocumentSizeMB * 1e6;
  const largeMessage = (held: HeldDocument) => t(locale(), 'service.tooLarge', { size: held.text.length / 1e6, limit: settings.maxDocumentSizeMB });

  /** The model of a document, or null (with the failure reported) when it has none. */
  function withModel<T>(what: string, uri: string, fallback: T, work: (model: ParsedDocument, held: HeldDocument) => T, skipLarge = false): T {
    const held = documents.get(uri);
    if (!held || (skipLarge && isLarge(held))) return fallback;
    return guarded(what, fallback, () => work(modelOf(held), held));
  }

  function offsetOf(model: ParsedDocument, position: Position): number {
    return model.lineIndex.offsetAt(position);
  }

  const service: LanguageService = {
    get settings() {
      return settings;
    },
    workspace,

    get locale() {
      return locale();
    },

    configure(raw) {
      const result = readSettings(raw);
      settings = result.settings;
      return result.problems.map((problem) => render(locale(), settingProblemMessage(problem)));
    },

    setClientLocale(tag) {
      clientLocale = tag;
    },

    configureTerms(text, source) {
      if (text === null) {
        terms = NO_TERMS;
        return [];
      }
      const result = readTerms(text, source, locale());
      terms = result.terms;
      return result.problems;
    },

    setDocument(uri, version, text) {
      const held = documents.get(uri);
      if (held && held.version === version && held.text === text) return;
      documents.set(uri, { version, text, model: null, previous: held?.model ?? held?.previous ?? null });
      stale.add(uri);
    },

    closeDocument(uri, savedText) {
      const held = documents.get(uri);
      documents.delete(uri);
      // Closed with the text the index read last: its entries are the saved file's already.
      if (savedText !== undefined && held?.text === savedText && !stale.has(uri) && workspace.fileEntries(uri)) return;
      stale.delete(uri);
      if (savedText === undefined) workspace.delete(uri);
      else guarded('indexing', undefined, () => workspace.set(uri, indexText(uri, savedText)));
    },

    model(uri) {
      return withModel('parse', uri, undefined, (model) => model);
    },

    setWorkspaceFile(uri, text) {
      if (documents.has(uri)) return; // the editor's text wins over the saved one
      guarded('indexing', undefined, () => workspace.set(uri, indexText(uri, text)));
    },

    removeWorkspaceFile(uri) {
      if (!documents.has(uri)) workspace.delete(uri);
    },

    diagnostics(uri) {
      const held = documents.get(uri);
      if (!held) return null;
      if (isLarge(held)) return { uri, version: held.version, findings: [], failures: [], tooLarge: largeMessage(held) };
      let model: ParsedDocument;
      try {
        model = modelOf(held);
      } catch (error) {
        report('parse', error, uri);
        return { uri, version: held.version, findings: [], failures: [{ code: 'parse', error }], tooLarge: null };
      }
      // The document's own entries in the index are brought up to date first: the checks across files read them.
      refreshOpenEntries();
      const view = viewOf(uri);
      const options = view ? { ...checkOptions(), workspace: view } : checkOptions();
      const { findings, failures } = runChecks(model, settings.severity, checks, checkCache, options);
      for (const failure of failures) report(`check ${failure.code}`, failure.error, uri);
      const file = acceptedName(uri);
      if (file === null || !accepted.entries.some((entry) => entry.file === file)) return { uri, version: held.version, findings, failures, tooLarge: null };
      // Fingerprints are made only for a document the accepted file names.
      const fingerprints = fingerprintsOf(model, findings);
      const matched = matchAccepted(
        accepted.entries,
        file,
        findings.map((finding, i) => ({ code: finding.code, fingerprint: fingerprints[i] as string, finding })),
      );
      return {
        uri,
        version: held.version,
        findings: matched.kept.map((kept) => kept.finding),
        failures,
        tooLarge: null,
        accepted: matched.accepted.map(({ finding, entry }) => ({ finding: finding.finding, entry })),
        stale: matched.stale,
      };
    },

    configureAccepted(folder, entries) {
      accepted = { folder: folder === null ? null : folder.endsWith('/') ? folder : `${folder}/`, entries: [...entries] };
    },

    acceptedEntry(uri, code, range, reason) {
      const file = acceptedName(uri);
      if (file === null) return null;
      return withModel('accept', uri, null, (model) => {
        const same = (a: Range, b: Range) =>
          a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
        // Every finding, accepted ones too: a fingerprint's occurrence number counts them all.
        const all = runChecks(model, settings.severity, checks, checkCache, checkOptions()).findings;
        const index = all.findIndex((finding) => finding.code === code && same(finding.range, range));
        if (index < 0) return null;
        const fingerprint = fingerprintsOf(model, all)[index] as string;
        const start = model.lineIndex.offsetAt(range.start);
        const question = questionAt(model, start);
        return {
          file,
          code: (all[index] as SeverityFinding).code,
          question: question?.number ?? null,
          fingerprint,
          reason: reason.trim(),
          text: shorten(model.text.slice(start, model.lineIndex.offsetAt(range.end)), 80),
        };
      });
    },

    outline(uri) {
      return withModel('outline', uri, null, (model) => {
        const current = locale();
        let held = outlines.get(model);
        if (held?.locale !== current) outlines.set(model, (held = { locale: current, entries: outline(model, current) }));
        return held.entries;
      });
    },

    hover(uri, position, format = 'markdown') {
      if (!settings.hover.enabled) return null;
      return withModel(
        'hover',
        uri,
        null,
        (model) => {
          const hover = hoverAt(model, offsetOf(model, position), settings.answerDeadlineWorkingDays, format === 'markdown' ? uri : undefined, locale());
          if (!hover) return null;
          return { contents: format === 'markdown' ? hover.contents : plainTextOf(hover.contents), range: hover.range };
        },
        true,
      );
    },

    folding(uri) {
      return withModel('folding', uri, null, (model) => foldingRegions(model));
    },

    codeActions(uri, asked) {
      return withModel(
        'code actions',
        uri,
        null,
        (model) => {
          const options = checkOptions();
          const actions: CodeActionPlan[] = [];
          asked.forEach((finding, index) => {
            for (const fix of fixesFor(model, finding, checks, options)) actions.push({ ...fix, title: render(options.locale, fix.title), findings: [index] });
          });
          // One action for all of a check's findings at once, offered beside any one of them.
          for (const code of new Set(asked.map((finding) => finding.code))) {
            const check = checkOf(code, checks);
            if (!check?.fixAll) continue;
            const all = runChecks(model, { [check.code]: check.defaultSeverity }, [check], checkCache, options).findings;
            const fix = all.length > 1 ? check.fixAll(model, all) : null;
            if (fix) actions.push({ ...fix, title: render(options.locale, fix.title), findings: [] });
          }
          return actions;
        },
        true,
      );
    },

    counterpart(uri, position) {
      return withModel('counterpart', uri, null, (model) => pieceAt(model, offsetOf(model, position))?.counterpart?.range ?? null);
    },

    questionNumberAt(uri, position) {
      return withModel('references', uri, null, (model) => {
        if (position.line < 0 || position.line >= model.lineIndex.lineCount) return null;
        return questionNumberAcross(lineText(model, position.line), position.character);
      });
    },

    alignment(uri) {
      return withModel('alignment', uri, null, (model) => {
        const rows = alignment(model, locale());
        const findings = service.diagnostics(uri)?.findings ?? [];
        const at = (position: Position) => model.lineIndex.offsetAt(position);
        const inside = (offset: number, cell: { range: Range }) => offset >= at(cell.range.start) && offset < at(cell.range.end);
        // Where the editor underlines each finding, by offset, sorted: a cell finds its own by binary search (a 1 MB bulletin has 6,600 rows and 600 findings).
        const underlined = findings.map((finding, index) => ({ index, offset: at(finding.range.start) })).sort((a, b) => a.offset - b.offset || a.index - b.index);
        const firstFrom = (offset: number) => {
          let low = 0;
          let high = underlined.length;
          while (low < high) {
            const middle = (low + high) >> 1;
            if ((underlined[middle] as { offset: number }).offset < offset) low = middle + 1;
            else high = middle;
          }
          return low;
        };
        const on = (cell: { range: Range } | null) => (cell ? underlined.slice(firstFrom(at(cell.range.start)), firstFrom(at(cell.range.end))).map((entry) => entry.index) : []);
        return rows.map((row) => {
          const placed = new Map<number, Lang>();
          for (const index of on(row.fr)) placed.set(index, 'fr');
          for (const index of on(row.nl)) placed.set(index, 'nl');
          // The gap's row also carries the findings that point at its piece (the missing answer's message).
          const present = row.missing ? (row.fr ? 'fr' : 'nl') : null;
          const cell = present ? row[present] : null;
          if (present && cell) {
            findings.forEach((finding, index) => {
              if (!placed.has(index) && finding.related.some((related) => !related.uri && inside(at(related.range.start), cell))) placed.set(index, present);
            });
          }
          const diagnostics = [...placed]
            .sort(([a], [b]) => a - b)
            .map(([index, lang]) => {
              const finding = findings[index] as SeverityFinding;
              return { code: finding.code, severity: finding.severity, message: finding.message, lang };
            });
          return { ...row, diagnostics };
        });
      });
    },

    setWorkspaceFolders(uris) {
      folders = uris.map((folder) => (folder.endsWith('/') ? folder : `${folder}/`));
    },

    documentLinks(uri) {
      return withModel('document links', uri, null, (model) => {
        refreshOpenEntries();
        return documentLinks(model, uri, workspace, locale());
      });
    },

    definition(uri, position) {
      const number = service.questionNumberAt(uri, position);
      if (!number) return null;
      return guarded('definition', null, () => {
        refreshOpenEntries();
        return workspace.questionsNumbered(number).map((question) => ({ uri: question.uri, range: question.range }));
      });
    },

    workspaceSymbols(query) {
      return guarded('workspace symbols', [], () => {
        refreshOpenEntries();
        return workspaceSymbols(workspace, query, locale());
      });
    },

    completion(uri, position) {
      return withModel('completion', uri, null, (model) => {
        refreshOpenEntries();
        return completeNumber(model, position, workspace, locale());
      });
    },

    codeLenses(uri) {
      return withModel('code lens', uri, null, (model) => {
        refreshOpenEntries();
        return codeLenses(model, workspace, settings.answerDeadlineWorkingDays, locale());
      });
    },

    fileDiagnostics(uri, text) {
      if (documents.has(uri)) return service.diagnostics(uri);
      documents.set(uri, { version: 0, text, model: null, previous: null });
      // Its entries are the index's already (read from this text by the indexer), unless it is not indexed yet.
      if (!workspace.fileEntries(uri)) guarded('indexing', undefined, () => workspace.set(uri, indexText(uri, text)));
      try {
        return service.diagnostics(uri);
      } finally {
        // The file stays in the index, from the text just read; its model is not kept.
        documents.delete(uri);
        stale.delete(uri);
      }
    },

    dependents(uri) {
      refreshOpenEntries();
      const entries = workspace.fileEntries(uri);
      if (!entries) return [];
      const found = new Set<string>();
      for (const question of entries.questions) {
        for (const reference of workspace.referencesTo(question.number)) found.add(reference.uri);
        for (const other of workspace.questionsNumbered(question.number)) found.add(other.uri);
      }
      for (const reference of entries.references) for (const held of workspace.questionsNumbered(reference.number)) found.add(held.uri);
      found.delete(uri);
      return [...found].sort();
    },

    crossFileSignature(uri) {
      return guarded('checks across files', '', () => {
        refreshOpenEntries();
        const view = viewOf(uri);
        if (!view) return '';
        const { findings } = runCrossFileChecks(view, settings.severity, checks, { ...checkOptions(), workspace: view });
        return JSON.stringify(findings.map((finding) => [finding.code, finding.range, finding.message]));
      });
    },

    indexedFiles() {
      refreshOpenEntries();
      return [...workspace.entries()].map(([uri]) => uri).sort();
    },

    references(uri, position, includeDeclaration) {
      const number = service.questionNumberAt(uri, position);
      if (!number) return null;
      return guarded('references', null, () => {
        refreshOpenEntries();
        const locations: Location[] = workspace.referencesTo(number).map((reference) => ({ uri: reference.uri, range: reference.range }));
        if (includeDeclaration) for (const question of workspace.questionsNumbered(number)) locations.unshift({ uri: question.uri, range: question.range });
        return locations;
      });
    },
  };

  /** Open documents' entries, read from their latest models when a cross-file answer needs them, not on every keystroke. */
  function refreshOpenEntries(): void {
    for (const uri of stale) {
      const held = documents.get(uri);
      if (held && !isLarge(held)) guarded('indexing', undefined, () => workspace.set(uri, entriesOf(uri, modelOf(held))));
    }
    stale.clear();
  }

  return service;
}
