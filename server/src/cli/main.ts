/**
 * `parlq check FILE…`: the same checks as the editor, for a publication pipeline.
 * Prints `file:line:col severity code message`; exit 0 with no errors, 1 with errors, 2 when it
 * could not check (bad usage, an unreadable file, a check that failed), 3 when a file was not a
 * question page it can read (so nothing in it was checked) and nothing else went wrong.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { CHECKS, CHECK_CODES, SEVERITY_SETTINGS, type Check, type CheckCode, type SeverityOrOff } from '../checks/index.js';
import { isReadable } from '../model/layout.js';
import { TERMS_FILE, createLanguageService } from '../service/index.js';
import { SERVER_VERSION } from '../version.js';
import { CHECKED_FILES, questionFilesIn } from '../workspace/files.js';

const USAGE = `Usage: parlq check [options] FILE|FOLDER...

Checks bilingual parliamentary question files and prints one line per problem:
  file:line:column severity code message

A folder is searched for *.parlq and *.txt files.

Options:
  --severity CODE=LEVEL   change one check's severity (${SEVERITY_SETTINGS.join(', ')});
                          may be repeated
  --format text|json      output format (default text); --format=json also works
  --quiet                 print errors only
  --terms FILE            the term file to check against (default: the nearest
                          parlq.terms.json above each checked file)
  -h, --help              show this help
  -v, --version           show the version

Exit status: 0 no errors; 1 errors found; 2 could not check (bad usage, an unreadable
file, an internal error in a check); 3 no errors, but a file is not a question page
parlq reads, so nothing in it was checked.

Checks (code, default severity):
${CHECKS.map((check) => `  ${check.code.padEnd(22)}${check.defaultSeverity.padEnd(13)}${check.description}`).join('\n')}
`;

class UsageError extends Error {}

interface Options {
  files: string[];
  severities: Partial<Record<CheckCode, SeverityOrOff>>;
  format: 'text' | 'json';
  quiet: boolean;
  terms: string | null;
}

function parseArguments(args: string[]): Options {
  let parsed: ReturnType<typeof parseCheckArguments>;
  try {
    parsed = parseCheckArguments(args);
  } catch (error) {
    // node:util's messages name the option; they become this command's usage errors.
    throw new UsageError((error as Error).message.replace(/\. To specify a positional argument.*$/s, ''));
  }
  const { values, positionals } = parsed;
  const options: Options = { files: positionals, severities: {}, format: 'text', quiet: values.quiet ?? false, terms: values.terms ?? null };
  for (const value of values.severity ?? []) {
    const [code, level] = value.split('=');
    if (!(CHECK_CODES as readonly string[]).includes(code ?? '') || !(SEVERITY_SETTINGS as readonly string[]).includes(level ?? '')) {
      throw new UsageError(`--severity takes CODE=LEVEL with CODE one of ${CHECK_CODES.join(', ')} and LEVEL one of ${SEVERITY_SETTINGS.join(', ')}; got "${value}"`);
    }
    options.severities[code as CheckCode] = level as SeverityOrOff;
  }
  if (values.format !== undefined) {
    if (values.format !== 'text' && values.format !== 'json') throw new UsageError(`--format takes text or json; got "${values.format}"`);
    options.format = values.format;
  }
  if (options.files.length === 0) throw new UsageError('no file to check');
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
      terms: { type: 'string' },
    },
  });
}

/** A named file is checked whatever its name; a folder is searched for question files. */
function expand(path: string): string[] {
  return path !== '-' && statSync(path).isDirectory() ? questionFilesIn(path, CHECKED_FILES) : [path];
}

/** The nearest parlq.terms.json in a file's folder or above it, as linters find their configuration; null when there is none. */
function termsFileFor(file: string, cache: Map<string, string | null>): string | null {
  let folder = dirname(resolve(file === '-' ? '.' : file));
  const seen: string[] = [];
  for (;;) {
    const known = cache.get(folder);
    if (known !== undefined) {
      for (const path of seen) cache.set(path, known);
      return known;
    }
    seen.push(folder);
    const candidate = join(folder, TERMS_FILE);
    if (existsSync(candidate)) {
      for (const path of seen) cache.set(path, candidate);
      return candidate;
    }
    const parent = dirname(folder);
    if (parent === folder) {
      for (const path of seen) cache.set(path, null);
      return null;
    }
    folder = parent;
  }
}

/** Reads a file as an editor would: UTF-8, its byte-order mark dropped (editors hide it too). */
function readText(path: string): string {
  const text = readFileSync(path === '-' ? 0 : path, 'utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function cannotRead(path: string, error: unknown, missing: string): string {
  return `parlq: cannot read ${path}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? missing : (error as Error).message}`;
}

export function main(argv: string[], out: (line: string) => void, err: (line: string) => void, checks: readonly Check[] = CHECKS): number {
  const [command, ...rest] = argv;
  if (command === undefined || command === '-h' || command === '--help' || command === 'help') {
    (command === undefined ? err : out)(USAGE);
    return command === undefined ? 2 : 0;
  }
  if (command === '-v' || command === '--version') {
    out(`parlq ${SERVER_VERSION}`);
    return 0;
  }
  if (command !== 'check') {
    err(`parlq: unknown command "${command}"\n\n${USAGE}`);
    return 2;
  }
  let options: Options;
  try {
    options = parseArguments(rest);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    err(`parlq: ${error.message}\n\n${USAGE}`);
    return 2;
  }
  let status = 0;
  const unread: string[] = [];
  const counts = { files: 0, error: 0, warning: 0, information: 0, hint: 0 };
  const json: unknown[] = [];
  const service = createLanguageService({ checks });
  service.configure({ severity: options.severities, maxDocumentSizeMB: 1000 });
  const termFiles = new Map<string, string | null>();
  let currentTerms: string | null = null;
  for (const argument of options.files) {
    let files: string[];
    try {
      files = expand(argument);
    } catch (error) {
      err(cannotRead(argument, error, 'no such file or folder'));
      status = 2;
      continue;
    }
    if (files.length === 0) err(`parlq: ${argument}: no .parlq or .txt files in this folder`);
    for (const file of files) {
      let text: string;
      try {
        text = readText(file);
      } catch (error) {
        err(cannotRead(file, error, 'no such file'));
        status = 2;
        continue;
      }
      const termsFile = options.terms ?? termsFileFor(file === '-' ? '.' : file, termFiles);
      if (termsFile !== currentTerms) {
        let problems: string[];
        try {
          problems = service.configureTerms(termsFile === null ? null : readFileSync(termsFile, 'utf8'), termsFile ?? undefined);
        } catch (error) {
          problems = [cannotRead(termsFile as string, error, 'no such file').replace(/^parlq: /, '')];
        }
        if (problems.length > 0) {
          // A term file that cannot be used stops the run: checking without it would pass what it forbids.
          for (const problem of problems) err(`parlq: ${problem}`);
          return 2;
        }
        currentTerms = termsFile;
      }
      counts.files++;
      const uri = file === '-' ? 'stdin:' : pathToFileURL(resolve(file)).toString();
      service.setDocument(uri, 1, text);
      const result = service.diagnostics(uri);
      const document = service.model(uri);
      service.closeDocument(uri);
      if (!result || !document) {
        err(`parlq: internal error reading ${file}; the file was not checked`);
        status = 2;
        continue;
      }
      const { findings, failures } = result;
      for (const failure of failures) {
        const what = failure.code === 'parse' ? 'reading the file' : `check ${failure.code}`;
        err(`parlq: internal error in ${what} on ${file}: ${String(failure.error)}; the file was not fully checked`);
        status = 2;
      }
      if (!isReadable(document.layout)) unread.push(file);
      for (const finding of findings) {
        counts[finding.severity]++;
        if (finding.severity === 'error' && status === 0) status = 1;
        if (options.quiet && finding.severity !== 'error') continue;
        if (options.format === 'json') {
          json.push({
            file,
            layout: document.layout,
            code: finding.code,
            severity: finding.severity,
            range: finding.range,
            message: finding.message,
            related: finding.related.map((related) => ({ range: related.range, message: related.message })),
          });
        } else {
          out(`${file}:${finding.range.start.line + 1}:${finding.range.start.character + 1} ${finding.severity} ${finding.code} ${finding.message}`);
        }
      }
    }
  }
  if (options.format === 'json') out(JSON.stringify(json, null, 2));
  err(
    `parlq: ${counts.files} file${counts.files === 1 ? '' : 's'} checked: ${counts.error} errors, ${counts.warning} warnings, ${counts.information} information, ${counts.hint} hints`,
  );
  if (unread.length > 0) {
    err(
      `parlq: ${unread.length} file${unread.length === 1 ? ' is' : 's are'} not a question page parlq reads, so nothing in ${unread.length === 1 ? 'it' : 'them'} was checked: ${unread.join(', ')}`,
    );
    if (status === 0) status = 3;
  }
  return status;
}

/** Runs the command line in this process: what `bin/parlq.js` calls. */
export function run(): void {
  process.exitCode = main(
    process.argv.slice(2),
    (line) => process.stdout.write(`${line}\n`),
    (line) => process.stderr.write(`${line}\n`),
  );
}
