/**
 * `parlq check FILE…`: the same checks as the editor, for a publication pipeline. The verdict is
 * the editor's: the same settings (parlq.config.json), the same term file, the same accepted
 * exceptions (parlq-accepted.json). Exit 0 with no errors, 1 with errors (or more warnings than
 * --max-warnings), 2 on bad usage, an unreadable path or a bad configuration, 3 when a check or
 * the reading of a file failed inside parlq (the file was not fully checked).
 */
import { readFileSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { Worker } from 'node:worker_threads';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { createTwoFilesPatch } from 'diff';
import { CHECKS, CHECK_CODES, SEVERITY_SETTINGS, checkDescription, type Check, type CheckCode, type SeverityOrOff } from '../checks/index.js';
import { LOCALES, localeOf, t, type Locale } from '../l10n/index.js';
import { applyEdits } from '../model/edits.js';
import { isReadable } from '../model/layout.js';
import { ACCEPTED_FILE, matchAccepted, readAccepted, type AcceptedEntry } from '../service/accepted.js';
import { CONFIG_FILE, mergedSettings, readConfig, type ConfigFile } from '../service/config.js';
import { fingerprintsOf } from '../service/fingerprints.js';
import { TERMS_FILE, createLanguageService, type CodeActionPlan, type LanguageService, type TextEdit } from '../service/index.js';
import type { ParsedDocument } from '../model/nodes.js';
import { SERVER_VERSION } from '../version.js';
import { CHECKED_FILES, questionFilesIn } from '../workspace/files.js';
import { indexText, type FileEntries } from '../workspace/index.js';
import { NearestFile, readQuestionFile, replaceFile } from './files.js';
import { FORMATS, FORMATTERS, type Format } from './formats.js';
import { alignmentHtml } from './export.js';
import { countsOf, summaryOf, type CheckedFile, type ReportedFinding } from './report.js';

/**
 * The checks whose fixes --fix applies, each repair mechanical and losing no words, in the order
 * they are applied, the file checked again after each: labels first, so that the later fixes
 * (a duplicate's removal above all) are decided on the relabelled text.
 */
export const SAFE_FIX_CHECKS: readonly CheckCode[] = ['label-language', 'encoding-damage', 'duplicate-reference', 'typography'];

export const EXIT = { clean: 0, errors: 1, usage: 2, internal: 3 } as const;

/** The help, in the reader's language, with the lists it names made from the code. */
function usage(locale: Locale): string {
  const checks = CHECKS.map((check) => `  ${check.code.padEnd(22)}${check.defaultSeverity.padEnd(13)}${checkDescription(check.code, locale)}`).join('\n');
  return t(locale, 'cli.usage', {
    config: CONFIG_FILE,
    terms: TERMS_FILE,
    accepted: ACCEPTED_FILE,
    formats: FORMATS.join(', '),
    levels: SEVERITY_SETTINGS.join(', '),
    fixes: SAFE_FIX_CHECKS.join(', '),
    checks,
  });
}

/**
 * The language of the checker's messages: --locale, else the environment's as POSIX orders it
 * (LC_ALL, then LC_MESSAGES, then LANG; the first that is set decides), else English.
 */
export function environmentLocale(env: Readonly<Record<string, string | undefined>>): Locale {
  const tag = [env['LC_ALL'], env['LC_MESSAGES'], env['LANG']].find((value) => value !== undefined && value !== '');
  return localeOf(tag) ?? 'en';
}

class UsageError extends Error {}

/** What a run was asked for: the same in the main thread and in each worker. */
export interface CheckerOptions {
  files: string[];
  severities: Partial<Record<CheckCode, SeverityOrOff>>;
  format: Format;
  quiet: boolean;
  config: string | null;
  terms: string | null;
  maxWarnings: number | null;
  showAccepted: boolean;
  fix: 'no' | 'write' | 'dry-run';
  /** Worker threads for a large folder (--jobs; all cores by default). */
  jobs: number;
  /** The language of the messages (--locale, else the environment's). */
  locale: Locale;
  /** Whether --locale named it: then it wins over a configuration's "locale". */
  localeGiven: boolean;
}

/** Where the run writes, and what it knows of the terminal. */
export interface Console {
  out(line: string): void;
  err(line: string): void;
  /** stdout is a terminal: stylish by default, in colour unless NO_COLOR is set. */
  readonly interactive?: boolean;
  readonly env?: Readonly<Record<string, string | undefined>>;
  readonly cwd?: string;
  /** A progress line on a terminal's stderr (null clears it); absent when stderr is not one. */
  readonly progress?: (line: string | null) => void;
}

function parseArguments(args: string[], interactive: boolean, locale: Locale): CheckerOptions {
  let parsed: ReturnType<typeof parseCheckArguments>;
  try {
    parsed = parseCheckArguments(args);
  } catch (error) {
    // node:util's messages name the option; they become this command's usage errors.
    throw new UsageError((error as Error).message.replace(/\. To specify a positional argument.*$/s, ''));
  }
  const { values, positionals } = parsed;
  const options: CheckerOptions = {
    files: positionals,
    severities: {},
    format: interactive ? 'stylish' : 'text',
    quiet: values.quiet ?? false,
    config: values.config ?? null,
    terms: values.terms ?? null,
    maxWarnings: null,
    showAccepted: values['show-accepted'] ?? false,
    fix: values['fix-dry-run'] ? 'dry-run' : values.fix ? 'write' : 'no',
    jobs: availableParallelism(),
    locale,
    localeGiven: false,
  };
  if (values.locale !== undefined) {
    const chosen = localeOf(values.locale);
    if (!chosen || !(LOCALES as readonly string[]).includes(values.locale.toLowerCase().split(/[-_]/)[0] ?? '')) {
      throw new UsageError(t(locale, 'cli.badLocale', { locales: LOCALES.join(', '), value: values.locale }));
    }
    options.locale = chosen;
    options.localeGiven = true;
  }
  const say = options.locale;
  if (values.fix && values['fix-dry-run']) throw new UsageError(t(say, 'cli.fixConflict'));
  for (const value of values.severity ?? []) {
    const [code, level] = value.split('=');
    if (!(CHECK_CODES as readonly string[]).includes(code ?? '') || !(SEVERITY_SETTINGS as readonly string[]).includes(level ?? '')) {
      throw new UsageError(t(say, 'cli.badSeverity', { codes: CHECK_CODES.join(', '), levels: SEVERITY_SETTINGS.join(', '), value }));
    }
    options.severities[code as CheckCode] = level as SeverityOrOff;
  }
  if (values.format !== undefined) {
    if (!(FORMATS as readonly string[]).includes(values.format)) throw new UsageError(t(say, 'cli.badFormat', { formats: FORMATS.join(', '), value: values.format }));
    options.format = values.format as Format;
  }
  if (values['max-warnings'] !== undefined) {
    const count = values['max-warnings'];
    if (!/^\d+$/.test(count)) throw new UsageError(t(say, 'cli.badMaxWarnings', { value: count }));
    options.maxWarnings = Number(count);
  }
  if (values.jobs !== undefined) {
    if (!/^[1-9]\d*$/.test(values.jobs)) throw new UsageError(t(say, 'cli.badJobs', { value: values.jobs }));
    options.jobs = Number(values.jobs);
  }
  if (options.files.length === 0) throw new UsageError(t(say, 'cli.noFile'));
  if (options.fix !== 'no' && options.files.includes('-')) throw new UsageError(t(say, 'cli.fixStdin'));
  return options;
}

/** `--format json` and `--format=json` alike; "-" is a file (standard input). */
function parseCheckArguments(args: string[]) {
  return parseArgs({
    args,
    allowPositionals: true,
    strict: true,
    options: {
      severity: { type: 'string', multiple: true },
      format: { type: 'string' },
      quiet: { type: 'boolean' },
      config: { type: 'string' },
      terms: { type: 'string' },
      'max-warnings': { type: 'string' },
      'show-accepted': { type: 'boolean' },
      fix: { type: 'boolean' },
      'fix-dry-run': { type: 'boolean' },
      jobs: { type: 'string' },
      locale: { type: 'string' },
    },
  });
}

/** A named file is checked whatever its name; a folder is searched for question files. */
function expand(path: string): string[] {
  return path !== '-' && statSync(path).isDirectory() ? questionFilesIn(path, CHECKED_FILES) : [path];
}

function cannotRead(locale: Locale, path: string, error: unknown, missing: 'cli.noSuchFile' | 'cli.noSuchFileOrFolder'): string {
  return t(locale, 'cli.cannotRead', { path, reason: (error as NodeJS.ErrnoException).code === 'ENOENT' ? t(locale, missing) : (error as Error).message });
}

/** A run stopped by a file it cannot use (a configuration, a term file, an accepted file): exit 2 with its problems. */
class BadFile extends Error {
  constructor(readonly problems: readonly string[]) {
    super(problems.join('\n'));
  }
}

/** Reads the side files of each checked file (configuration, terms, accepted findings) and configures the service to match. */
class Setup {
  private readonly configs = new NearestFile(CONFIG_FILE);
  private readonly termFiles = new NearestFile(TERMS_FILE);
  private readonly acceptedFiles = new NearestFile(ACCEPTED_FILE);
  private readonly readConfigs = new Map<string, ConfigFile>();
  private readonly readAcceptedFiles = new Map<string, AcceptedEntry[]>();
  /** The configuration and term file the service holds now; null before the first file. */
  private current: { config: string | null; terms: string | null } | null = null;

  constructor(
    private readonly service: LanguageService,
    private readonly options: CheckerOptions,
  ) {}

  /** A side file read and parsed once a run; one that cannot be used stops the run (BadFile). */
  private readOnce<T>(cache: Map<string, T>, path: string, parse: (text: string, path: string) => { value: T | null; problems: readonly string[] }): T {
    const known = cache.get(path);
    if (known !== undefined) return known;
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch (error) {
      throw new BadFile([cannotRead(this.options.locale, path, error, 'cli.noSuchFile')]);
    }
    const result = parse(text, path);
    if (result.value === null || result.problems.length > 0) throw new BadFile(result.problems);
    cache.set(path, result.value);
    return result.value;
  }

  private config(path: string | null): ConfigFile | null {
    if (path === null) return null;
    return this.readOnce(this.readConfigs, path, (text, source) => {
      const result = readConfig(text, source, this.options.locale);
      return { value: result.config, problems: result.problems };
    });
  }

  /** Configures the service for one file: its configuration and term file. */
  prepare(file: string): void {
    const configPath = this.options.config ?? this.configs.for(file);
    const config = this.config(configPath);
    const termsPath = this.options.terms ?? (config?.termsFile && configPath ? resolve(dirname(configPath), config.termsFile) : this.termFiles.for(file));
    if (!this.current || this.current.config !== configPath) {
      // The flags win over the file: --severity is what the person at the terminal asked for now.
      const flags = { severity: this.options.severities, maxDocumentSizeMB: 1000, ...(this.options.localeGiven ? { locale: this.options.locale } : {}) };
      const problems = this.service.configure(mergedSettings(config?.settings ?? null, flags));
      if (problems.length > 0) throw new BadFile(problems.map((problem) => `${configPath ?? 'settings'}: ${problem}`));
    }
    if (!this.current || this.current.terms !== termsPath) {
      let problems: string[];
      try {
        problems = this.service.configureTerms(termsPath === null ? null : readFileSync(termsPath, 'utf8'), termsPath ?? undefined);
      } catch (error) {
        problems = [cannotRead(this.options.locale, termsPath as string, error, 'cli.noSuchFile')];
      }
      // A term file that cannot be used stops the run: checking without it would pass what it forbids.
      if (problems.length > 0) throw new BadFile(problems);
    }
    this.current = { config: configPath, terms: termsPath };
  }

  /** The accepted findings that apply to a file: the nearest accepted file's entries, and the file's path as they name it. */
  accepted(file: string): { path: string | null; entries: AcceptedEntry[]; name: string } {
    const path = file === '-' ? null : this.acceptedFiles.for(file);
    if (path === null) return { path, entries: [], name: file };
    const entries = this.readOnce(this.readAcceptedFiles, path, (text, source) => {
      const result = readAccepted(text, source, this.options.locale);
      return { value: result.problems.length > 0 ? null : result.entries, problems: result.problems };
    });
    return { path, entries, name: relative(dirname(path), resolve(file)).split(sep).join('/') };
  }
}

/** What checking one file gave: its report entry (none when it could not be read), what to print, and how it went. */
export interface FileResult {
  readonly checked: CheckedFile | null;
  readonly stale: readonly { readonly accepted: string; readonly entry: AcceptedEntry }[];
  /** Lines for stdout (the diff of --fix-dry-run) and for stderr, in the order they were made. */
  readonly out: readonly string[];
  readonly err: readonly string[];
  readonly usageProblem: boolean;
  readonly internalError: boolean;
  readonly rewritten: boolean;
  /** A configuration, term or accepted file that cannot be used: the run stops with these problems. */
  readonly badFile: readonly string[] | null;
}

/** Checks files one by one with the settings each one's side files give: the same in this thread or in a worker. */
export class FileChecker {
  private readonly service: LanguageService;
  private readonly setup: Setup;
  /** Whether the files were indexed first: then each file is checked across files too, and stays in the index. */
  private readonly indexed: boolean;
  constructor(
    private readonly options: CheckerOptions,
    checks: readonly Check[] = CHECKS,
    index: WorkspaceEntries = [],
  ) {
    this.service = createLanguageService({ checks });
    this.service.setClientLocale(options.locale);
    this.indexed = index.length > 0;
    if (this.indexed) {
      this.service.setWorkspaceFolders([pathToFileURL(`${process.cwd()}${sep}`).toString()]);
      for (const [uri, entries] of index) this.service.workspace.set(uri, entries);
    }
    this.setup = new Setup(this.service, options);
  }

  check(file: string): FileResult {
    const out: string[] = [];
    const err: string[] = [];
    const result = { out, err, usageProblem: false, internalError: false, rewritten: false, badFile: null, stale: [], checked: null };
    try {
      return this.checkFile(file, result);
    } catch (error) {
      if (error instanceof BadFile) return { ...result, badFile: error.problems };
      // Whatever went wrong inside parlq costs this file only, and says so.
      err.push(`parlq: ${t(this.options.locale, 'cli.internalError', { file, reason: error instanceof Error ? error.message : String(error) })}`);
      return { ...result, internalError: true };
    }
  }

  private checkFile(file: string, result: FileResult & { out: string[]; err: string[] }): FileResult {
    const { out, err } = result;
    const { service, setup, options } = this;
    let read: ReturnType<typeof readQuestionFile>;
    try {
      read = readQuestionFile(file);
    } catch (error) {
      err.push(`parlq: ${cannotRead(options.locale, file, error, 'cli.noSuchFile')}`);
      return { ...result, usageProblem: true };
    }
    setup.prepare(file);
    let text = read.text;
    let rewritten = false;
    let internalError = false;
    if (options.fix !== 'no') {
      const fixed = fixedText(service, file, read.text);
      if (fixed.text !== read.text) {
        const what = [...fixed.applied].map(([code, count]) => t(options.locale, 'cli.fixCount', { count, code }));
        if (options.fix === 'dry-run') {
          out.push(
            createTwoFilesPatch(file, file, read.text, fixed.text, '', '', { context: 3 })
              .replace(/^Index: .*\n=+\n/, '')
              .trimEnd(),
          );
          err.push(`parlq: ${t(options.locale, 'cli.wouldFix', { file, what })}`);
        } else if (replaceFile(file, read.raw, fixed.text, read.bom)) {
          err.push(`parlq: ${t(options.locale, 'cli.fixed', { file, what })}`);
          rewritten = true;
          text = fixed.text;
        } else {
          err.push(`parlq: ${t(options.locale, 'cli.changedMeanwhile', { file })}`);
          internalError = true;
        }
      }
    }
    const outcome = checkText(service, setup, file, text, options.locale, this.indexed);
    if (!outcome) {
      err.push(`parlq: ${t(options.locale, 'cli.internalReadError', { file })}`);
      return { ...result, internalError: true, rewritten };
    }
    for (const failure of outcome.checked.failures) err.push(`parlq: ${t(options.locale, 'cli.checkFailed', { what: failure.what, file, reason: failure.message })}`);
    const acceptedPath = setup.accepted(file).path ?? ACCEPTED_FILE;
    return {
      ...result,
      checked: outcome.checked,
      stale: outcome.stale.map((entry) => ({ accepted: acceptedPath, entry })),
      internalError: internalError || outcome.internalError,
      rewritten,
    };
  }
}

interface FileOutcome {
  checked: CheckedFile;
  stale: AcceptedEntry[];
  internalError: boolean;
}

/** Checks one text: findings with fingerprints, accepted ones set apart. */
function checkText(service: LanguageService, setup: Setup, file: string, text: string, locale: Locale, keepIndexed: boolean): FileOutcome | null {
  const uri = uriOfFile(file);
  service.setDocument(uri, 1, text);
  const result = service.diagnostics(uri);
  const document = service.model(uri);
  // In an indexed run the file stays in the index, for the files after it.
  service.closeDocument(uri, keepIndexed ? text : undefined);
  if (!result || !document) return null;
  const fingerprints = fingerprintsOf(document, result.findings);
  const findings: ReportedFinding[] = result.findings.map((finding, i) => ({ ...finding, fingerprint: fingerprints[i] as string }));
  const { entries, name } = setup.accepted(file);
  const { kept, accepted, stale } = matchAccepted(entries, name, findings);
  const failures = result.failures.map((failure) => ({
    what: failure.code === 'parse' ? t(locale, 'cli.readingFile') : t(locale, 'cli.check', { code: failure.code }),
    message: failure.error instanceof Error ? failure.error.message : String(failure.error),
  }));
  return {
    checked: { file, layout: document.layout, findings: kept, accepted: accepted.map(({ finding, entry }) => ({ ...finding, reason: entry.reason })), failures },
    stale,
    internalError: failures.length > 0,
  };
}

/**
 * The safe fixes applied round after round, one check a round in SAFE_FIX_CHECKS's order and the
 * findings checked again after each (a fix may make another finding go, or show a new one), until
 * none is left: the text --fix writes.
 */
export function fixedText(service: LanguageService, file: string, text: string): { text: string; applied: Map<CheckCode, number> } {
  const uri = pathToFileURL(resolve(file)).toString();
  const applied = new Map<CheckCode, number>();
  let current = text;
  for (let round = 1; round <= 20; round++) {
    service.setDocument(uri, round, current);
    const document = service.model(uri);
    const all = service.diagnostics(uri)?.findings ?? [];
    if (!document) break;
    let edits: TextEdit[] = [];
    for (const code of SAFE_FIX_CHECKS) {
      const findings = all.filter((finding) => finding.code === code);
      if (findings.length === 0) continue;
      const separate = separateFixes(document, service.codeActions(uri, findings) ?? []);
      if (separate.edits.length === 0) continue;
      edits = separate.edits;
      applied.set(code, (applied.get(code) ?? 0) + separate.fixes);
      break;
    }
    if (edits.length === 0) break;
    current = applyEdits(document, edits);
  }
  service.closeDocument(uri);
  return { text: current, applied };
}

/** The preferred fix of each finding, leaving out any that touches another's characters (or inserts where another does): those wait a round. */
function separateFixes(document: ParsedDocument, plans: readonly CodeActionPlan[]): { edits: TextEdit[]; fixes: number } {
  const taken: { start: number; end: number }[] = [];
  const edits: TextEdit[] = [];
  let fixes = 0;
  for (const plan of plans) {
    if (!plan.preferred || plan.findings.length !== 1) continue;
    const spans = plan.edits.map((edit) => ({ start: document.lineIndex.offsetAt(edit.range.start), end: document.lineIndex.offsetAt(edit.range.end) }));
    const clash = spans.some((span) => taken.some((other) => (span.start < other.end && other.start < span.end) || span.start === other.start));
    if (clash) continue;
    taken.push(...spans);
    edits.push(...plan.edits);
    fixes++;
  }
  return { edits, fixes };
}

export async function main(argv: string[], console: Console, checks: readonly Check[] = CHECKS): Promise<number> {
  const { out, err } = console;
  const [command, ...rest] = argv;
  const env = console.env ?? {};
  // The help and the usage errors come before --locale is read: --locale on the help's line counts too.
  const localeFlag = rest.find((arg, i) => arg.startsWith('--locale=') || rest[i - 1] === '--locale');
  const said = localeOf(localeFlag?.replace(/^--locale=/, '')) ?? environmentLocale(env);
  if (command === undefined || command === '-h' || command === '--help' || command === 'help' || rest.includes('-h') || rest.includes('--help')) {
    (command === undefined ? err : out)(usage(said));
    return command === undefined ? EXIT.usage : EXIT.clean;
  }
  if (command === '-v' || command === '--version') {
    out(`parlq ${SERVER_VERSION}`);
    return EXIT.clean;
  }
  if (command === 'export') return exportCommand(rest, console, said);
  if (command !== 'check') {
    err(`parlq: ${t(said, 'cli.unknownCommand', { command })}\n\n${usage(said)}`);
    return EXIT.usage;
  }
  let options: CheckerOptions;
  try {
    options = parseArguments(rest, console.interactive ?? false, environmentLocale(env));
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    err(`parlq: ${error.message}\n\n${usage(said)}`);
    return EXIT.usage;
  }
  const files: CheckedFile[] = [];
  const stale: { accepted: string; entry: AcceptedEntry }[] = [];
  let usageProblem = false;
  let internalError = false;
  let changedFiles = 0;
  const paths: string[] = [];
  for (const argument of options.files) {
    try {
      const found = expand(argument);
      if (found.length === 0) err(`parlq: ${t(options.locale, 'cli.emptyFolder', { folder: argument })}`);
      paths.push(...found);
    } catch (error) {
      err(`parlq: ${cannotRead(options.locale, argument, error, 'cli.noSuchFileOrFolder')}`);
      usageProblem = true;
    }
  }
  // A large folder is checked on every core (results in the order of the files all the same); a
  // few files, a fix, standard input or checks of a test's own are checked here.
  const parallel = options.jobs > 1 && paths.length >= PARALLEL_FROM && options.fix === 'no' && !paths.includes('-') && checks === CHECKS;
  const index = indexFiles(paths);
  const results = parallel ? await checkInWorkers(paths, options, index, console.progress) : checkHere(paths, options, checks, index, console.progress);
  for (const result of results) {
    if (result.badFile) {
      for (const problem of result.badFile) err(`parlq: ${problem}`);
      return EXIT.usage;
    }
    for (const line of result.out) out(line);
    for (const line of result.err) err(line);
    if (result.checked) files.push(result.checked);
    stale.push(...result.stale);
    usageProblem ||= result.usageProblem;
    internalError ||= result.internalError;
    if (result.rewritten) changedFiles++;
  }

  const report = { files, checks, version: SERVER_VERSION };
  const unread = files.filter((file) => !isReadable(file.layout)).map((file) => file.file);
  const say = options.locale;
  const formatOptions = { color: (console.interactive ?? false) && env['NO_COLOR'] === undefined, quiet: options.quiet, cwd: console.cwd ?? process.cwd(), locale: say };
  for (const line of FORMATTERS[options.format](report, formatOptions)) out(line);
  const counts = countsOf(report);
  if (options.showAccepted) {
    for (const file of files)
      for (const finding of file.accepted)
        err(
          `parlq: ${t(say, 'cli.accepted', { place: `${file.file}:${finding.range.start.line + 1}:${finding.range.start.character + 1}`, code: finding.code, reason: finding.reason ?? '', message: finding.message })}`,
        );
  }
  for (const { accepted, entry } of stale) {
    err(`parlq: ${t(say, 'cli.stale', { accepted, file: entry.file, code: entry.code, question: entry.question ?? '?', text: entry.text })}`);
  }
  // The stylish and github formats end with the summary; the others keep stdout for the machine.
  if (options.format !== 'stylish' && options.format !== 'github') err(`parlq: ${summaryOf(counts, say)}`);
  if (options.fix === 'write' && changedFiles > 0) err(`parlq: ${t(say, 'cli.rewritten', { count: changedFiles })}`);
  if (unread.length > 0) err(`parlq: ${t(say, 'cli.notQuestionPages', { count: unread.length, files: unread.join(', ') })}`);
  const tooManyWarnings = options.maxWarnings !== null && counts.warning > options.maxWarnings;
  if (tooManyWarnings) err(`parlq: ${t(say, 'cli.tooManyWarnings', { count: counts.warning, max: options.maxWarnings ?? 0 })}`);
  if (internalError) return EXIT.internal;
  if (usageProblem) return EXIT.usage;
  return counts.error > 0 || tooManyWarnings ? EXIT.errors : EXIT.clean;
}

/** A checked file's address, as the index and the service name it. */
function uriOfFile(file: string): string {
  return file === '-' ? 'stdin:' : pathToFileURL(resolve(file)).toString();
}

/** Each file's entries in the workspace index, as a worker is handed them. */
export type WorkspaceEntries = readonly (readonly [string, FileEntries])[];

/**
 * The files of a run read once for the index that the checks across files read (a question
 * two files hold, a missing back-reference): only for a run of two files or more. A file that
 * cannot be read is left to the check itself to report.
 */
function indexFiles(paths: readonly string[]): WorkspaceEntries {
  if (paths.length < 2 || paths.includes('-')) return [];
  const entries: [string, FileEntries][] = [];
  for (const path of paths) {
    try {
      const uri = uriOfFile(path);
      entries.push([uri, indexText(uri, readQuestionFile(path).text)]);
    } catch {
      // unreadable: its own check says so
    }
  }
  return entries;
}

/** `parlq export --format html FILE`: the page's two columns aligned, on standard output. */
function exportCommand(args: string[], console: Console, said: Locale): number {
  let parsed;
  try {
    parsed = parseArgs({ args, allowPositionals: true, strict: true, options: { format: { type: 'string' }, locale: { type: 'string' } } });
  } catch (error) {
    console.err(`parlq: ${(error as Error).message}\n\n${usage(said)}`);
    return EXIT.usage;
  }
  const locale = localeOf(parsed.values.locale) ?? said;
  const [file, ...more] = parsed.positionals;
  if ((parsed.values.format ?? 'html') !== 'html' || !file || more.length > 0 || file === '-') {
    console.err(`parlq: ${t(locale, 'cli.exportUsage', { value: JSON.stringify(args.join(' ')) })}\n\n${usage(locale)}`);
    return EXIT.usage;
  }
  let text: string;
  try {
    text = readQuestionFile(file).text;
  } catch (error) {
    console.err(`parlq: ${cannotRead(locale, file, error, 'cli.noSuchFile')}`);
    return EXIT.usage;
  }
  const service = createLanguageService();
  service.setClientLocale(locale);
  const uri = uriOfFile(file);
  service.setDocument(uri, 1, text);
  const rows = service.alignment(uri);
  if (!rows) {
    console.err(`parlq: ${t(locale, 'cli.internalReadError', { file })}`);
    return EXIT.internal;
  }
  console.out(alignmentHtml(rows, basename(file), locale));
  return EXIT.clean;
}

/** Runs the command line in this process: what `bin/parlq.js` calls. */
export async function run(): Promise<void> {
  // A reader that stops early (| head) is no error of the run's.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
  // stdout is written in large pieces: a folder's report is hundreds of thousands of lines, and a
  // write a line would cost more than checking the files.
  let pending: string[] = [];
  let pendingLength = 0;
  const flush = () => {
    if (pending.length === 0) return;
    process.stdout.write(`${pending.join('\n')}\n`);
    pending = [];
    pendingLength = 0;
  };
  process.exitCode = await main(process.argv.slice(2), {
    out: (line) => {
      pending.push(line);
      pendingLength += line.length;
      if (pendingLength > 1 << 16) flush();
    },
    err: (line) => process.stderr.write(`${line}\n`),
    interactive: process.stdout.isTTY === true,
    // A progress line rewritten in place, on a terminal only: a log file gets no carriage returns.
    ...(process.stderr.isTTY ? { progress: (line: string | null) => process.stderr.write(line === null ? '\r\u001b[K' : `\r${line}`) } : {}),
    env: process.env,
    cwd: process.cwd(),
  });
  flush();
}

/** From this many files on, a run with more than one job checks them in worker threads. */
export const PARALLEL_FROM = 64;

/** The files' results in order, checked in this thread; a bad side file stops the run at once. */
function checkHere(paths: readonly string[], options: CheckerOptions, checks: readonly Check[], index: WorkspaceEntries, progress?: (line: string | null) => void): FileResult[] {
  const checker = new FileChecker(options, checks, index);
  const results: FileResult[] = [];
  for (const [index, path] of paths.entries()) {
    const result = checker.check(path);
    results.push(result);
    if (result.badFile) break;
    if (progress && paths.length >= PROGRESS_FROM && index % 50 === 0) progress(`parlq: ${t(options.locale, 'cli.progress', { done: index, total: paths.length })}`);
  }
  progress?.(null);
  return results;
}

/** Shows progress only for a run long enough to want it. */
const PROGRESS_FROM = 200;
/** Files handed to a worker at a time: enough to keep messages few, few enough to keep every worker busy to the end. */
const BATCH = 32;

/** The files' results in order, checked by `options.jobs` worker threads, each with its own language service. */
async function checkInWorkers(paths: readonly string[], options: CheckerOptions, index: WorkspaceEntries, progress?: (line: string | null) => void): Promise<FileResult[]> {
  const results = new Array<FileResult | undefined>(paths.length);
  const workerFile = join(__dirname, 'worker.js');
  let next = 0;
  let done = 0;
  let stopped = false;
  const workers = Array.from({ length: Math.min(options.jobs, Math.ceil(paths.length / BATCH)) }, () => new Worker(workerFile, { workerData: { options, index } }));
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolveWorker, rejectWorker) => {
            const give = () => {
              if (stopped || next >= paths.length) {
                resolveWorker();
                return;
              }
              const start = next;
              next = Math.min(paths.length, next + BATCH);
              worker.postMessage({ start, paths: paths.slice(start, next) });
            };
            worker.on('message', (message: { start: number; results: FileResult[] }) => {
              message.results.forEach((result, i) => {
                results[message.start + i] = result;
                if (result.badFile) stopped = true;
              });
              done += message.results.length;
              if (progress && paths.length >= PROGRESS_FROM) progress(`parlq: ${t(options.locale, 'cli.progress', { done, total: paths.length })}`);
              give();
            });
            worker.on('error', rejectWorker);
            worker.on('exit', (code: number) => {
              if (code !== 0) rejectWorker(new Error(`a worker stopped with status ${code}`));
            });
            give();
          }),
      ),
    );
  } finally {
    progress?.(null);
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  // A bad side file stops the run: the results before it, then it.
  const firstBad = results.findIndex((result) => result?.badFile);
  return (firstBad >= 0 ? results.slice(0, firstBad + 1) : results).filter((result): result is FileResult => result !== undefined);
}
