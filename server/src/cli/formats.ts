/**
 * The checker's output formats, each written from one Report: `text` (one line a finding, for
 * grep and editors' problem matchers), `stylish` (grouped per file, for people at a terminal),
 * `json` (the versioned shape of report.ts), `sarif` (SARIF 2.1.0, for code-scanning dashboards)
 * and `github` (workflow commands, for annotations on a pull request).
 */
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { SEVERITY_LEVELS, checkDescription, type Severity } from '../checks/index.js';
import { t, type Locale } from '../l10n/index.js';
import { FINGERPRINT_VERSION } from '../service/fingerprints.js';
import { countsOf, jsonReportOf, locationOf, summaryOf, type Report, type ReportedFinding } from './report.js';

export const FORMATS = ['stylish', 'text', 'json', 'sarif', 'github'] as const;
export type Format = (typeof FORMATS)[number];

export interface FormatOptions {
  /** ANSI colours (stylish only): when stdout is a terminal and NO_COLOR is unset. */
  readonly color: boolean;
  /** Errors only (`--quiet`). */
  readonly quiet: boolean;
  /** The folder relative paths are read from (SARIF's %SRCROOT%). */
  readonly cwd: string;
  /** The language of the messages and of what the formats say around them. */
  readonly locale: Locale;
}

const shown = (finding: ReportedFinding, options: FormatOptions) => !options.quiet || finding.severity === 'error';

/** One line a finding: `file:line:col severity code message`. */
export function textFormat(report: Report, options: FormatOptions): string[] {
  const lines: string[] = [];
  for (const file of report.files) {
    for (const finding of file.findings) {
      if (!shown(finding, options)) continue;
      lines.push(`${file.file}:${finding.range.start.line + 1}:${finding.range.start.character + 1} ${finding.severity} ${finding.code} ${finding.message}`);
    }
  }
  return lines;
}

const ANSI = { reset: '\u001b[0m', bold: '\u001b[1m', dim: '\u001b[2m', underline: '\u001b[4m', red: '\u001b[31m', yellow: '\u001b[33m', blue: '\u001b[34m', green: '\u001b[32m' };
const SEVERITY_COLOURS: Record<Severity, string> = { error: ANSI.red, warning: ANSI.yellow, information: ANSI.blue, hint: ANSI.dim };

/** Grouped per file, each finding with what it points at (the counterpart, the first occurrence) under it, and a summary. */
export function stylishFormat(report: Report, options: FormatOptions): string[] {
  const paint = (style: string, text: string) => (options.color ? `${style}${text}${ANSI.reset}` : text);
  const lines: string[] = [];
  for (const file of report.files) {
    const findings = file.findings.filter((finding) => shown(finding, options));
    if (findings.length === 0 && file.failures.length === 0) continue;
    lines.push(paint(ANSI.underline, file.file));
    const places = findings.map((finding) => `${finding.range.start.line + 1}:${finding.range.start.character + 1}`);
    const width = Math.max(0, ...places.map((place) => place.length));
    const severityWidth = Math.max(...SEVERITY_LEVELS.map((level) => t(options.locale, `cli.severity.${level}`).length));
    findings.forEach((finding, i) => {
      const severity = t(options.locale, `cli.severity.${finding.severity}`).padEnd(severityWidth);
      lines.push(`  ${(places[i] as string).padEnd(width)}  ${paint(SEVERITY_COLOURS[finding.severity], severity)} ${finding.message}  ${paint(ANSI.dim, finding.code)}`);
      for (const related of finding.related) {
        const where = `${related.uri ? `${relative(options.cwd, fileURLToPath(related.uri))}:` : ''}${related.range.start.line + 1}:${related.range.start.character + 1}`;
        lines.push(`  ${' '.repeat(width)}  ${paint(ANSI.dim, `↳ ${where} ${related.message}`)}`);
      }
    });
    for (const failure of file.failures)
      lines.push(`  ${paint(ANSI.red, t(options.locale, 'cli.notFullyChecked'))}: ${t(options.locale, 'cli.failedBecause', { what: failure.what, reason: failure.message })}`);
    lines.push('');
  }
  const counts = countsOf(report);
  const problems = counts.error + counts.warning + counts.information + counts.hint;
  const mark = counts.error > 0 ? paint(ANSI.red + ANSI.bold, '✖') : paint(ANSI.green + ANSI.bold, '✔');
  lines.push(`${mark} ${t(options.locale, 'cli.problems', { count: problems, summary: summaryOf(counts, options.locale) })}`);
  return lines;
}

export function jsonFormat(report: Report, options: FormatOptions): string[] {
  const json = jsonReportOf(report);
  if (options.quiet) for (const file of json.files) file.findings = file.findings.filter((finding) => finding.severity === 'error');
  return [JSON.stringify(json, null, 2)];
}

/** SARIF levels: "note" is the least a result can say and still be a finding. */
const SARIF_LEVELS: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

/**
 * Where a file is, for SARIF: a URI reference relative to %SRCROOT% (the working folder) when the
 * file is under it, else the file's own absolute URI.
 */
function artifactLocation(file: string, cwd: string): { uri: string; uriBaseId?: string } {
  if (file === '-') return { uri: 'stdin' };
  const relativePath = relative(cwd, resolve(cwd, file));
  if (isAbsolute(relativePath) || relativePath.startsWith('..')) return { uri: pathToFileURL(resolve(cwd, file)).toString() };
  return { uri: relativePath.split(sep).map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' };
}

function sarifRegion(finding: { range: ReportedFinding['range'] }) {
  const location = locationOf(finding.range);
  return { startLine: location.line, startColumn: location.column, endLine: location.endLine, endColumn: location.endColumn };
}

/** SARIF 2.1.0: one rule per check, results with locations, related locations and stable fingerprints. */
export function sarifFormat(report: Report, options: FormatOptions): string[] {
  const ruleIndex = new Map(report.checks.map((check, index) => [check.code, index]));
  const rules = report.checks.map((check) => ({
    id: check.code,
    shortDescription: { text: checkDescription(check.code, options.locale) },
    fullDescription: { text: checkDescription(check.code, options.locale) },
    help: { text: t(options.locale, 'cli.sarifHelp', { description: checkDescription(check.code, options.locale), code: check.code }) },
    defaultConfiguration: check.defaultSeverity === 'off' ? { enabled: false, level: 'note' } : { level: SARIF_LEVELS[check.defaultSeverity] },
    properties: { tags: ['parliamentary-text'] },
  }));
  const results = report.files.flatMap((file) =>
    file.findings
      .filter((finding) => shown(finding, options))
      .map((finding) => {
        const physical = (range: ReportedFinding['range'], uri?: string) => ({
          artifactLocation: artifactLocation(uri ? fileURLToPath(uri) : file.file, options.cwd),
          region: sarifRegion({ range }),
        });
        return {
          ruleId: finding.code,
          ruleIndex: ruleIndex.get(finding.code) ?? -1,
          level: SARIF_LEVELS[finding.severity],
          message: { text: finding.message },
          locations: [{ physicalLocation: physical(finding.range) }],
          ...(finding.related.length > 0
            ? { relatedLocations: finding.related.map((related, id) => ({ id, physicalLocation: physical(related.range, related.uri), message: { text: related.message } })) }
            : {}),
          partialFingerprints: { [FINGERPRINT_VERSION]: finding.fingerprint },
          properties: { severity: finding.severity },
        };
      }),
  );
  const failures = report.files.flatMap((file) => file.failures.map((failure) => ({ file: file.file, ...failure })));
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'parlq',
            version: report.version,
            semanticVersion: report.version,
            rules,
          },
        },
        invocations: [
          {
            executionSuccessful: failures.length === 0,
            toolExecutionNotifications: failures.map((failure) => ({
              level: 'error',
              message: { text: t(options.locale, 'cli.sarifFailure', { what: failure.what, file: failure.file, reason: failure.message }) },
            })),
          },
        ],
        // The language of the results' messages (SARIF's run.language, "en-US" when absent).
        language: options.locale,
        originalUriBaseIds: { '%SRCROOT%': { uri: pathToFileURL(options.cwd.endsWith('/') ? options.cwd : `${options.cwd}/`).toString() } },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return [JSON.stringify(sarif, null, 2)];
}

/** The runner shows this many annotations of each kind per step; the rest are summed up in one line. */
export const GITHUB_ANNOTATION_CAP = 10;

/** A workflow command's message: "%", CR and LF escaped, as the runner reads them. */
export function escapeGithubData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A workflow command's property value: also ":" and ",", which end a property. */
export function escapeGithubProperty(text: string): string {
  return escapeGithubData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

const GITHUB_COMMANDS: Record<Severity, 'error' | 'warning' | 'notice'> = { error: 'error', warning: 'warning', information: 'notice', hint: 'notice' };

/** GitHub Actions workflow commands: one annotation a finding, at most ten of each kind, then how many more. */
export function githubFormat(report: Report, options: FormatOptions): string[] {
  const lines: string[] = [];
  const shownCount = { error: 0, warning: 0, notice: 0 };
  const hidden = { error: 0, warning: 0, notice: 0 };
  for (const file of report.files) {
    for (const finding of file.findings) {
      if (!shown(finding, options)) continue;
      const command = GITHUB_COMMANDS[finding.severity];
      if (shownCount[command] >= GITHUB_ANNOTATION_CAP) {
        hidden[command]++;
        continue;
      }
      shownCount[command]++;
      const at = locationOf(finding.range);
      const properties = [
        `file=${escapeGithubProperty(file.file)}`,
        `line=${at.line}`,
        `endLine=${at.endLine}`,
        `col=${at.column}`,
        `endColumn=${at.endColumn}`,
        `title=${escapeGithubProperty(`parlq ${finding.code}`)}`,
      ];
      lines.push(`::${command} ${properties.join(',')}::${escapeGithubData(finding.message)}`);
    }
  }
  const more = (['error', 'warning', 'notice'] as const).filter((kind) => hidden[kind] > 0).map((kind) => t(options.locale, 'cli.githubMoreKind', { count: hidden[kind], kind }));
  if (more.length > 0) lines.push(`parlq: ${t(options.locale, 'cli.githubMore', { more, cap: GITHUB_ANNOTATION_CAP })}`);
  lines.push(`parlq: ${summaryOf(countsOf(report), options.locale)}`);
  return lines;
}

export const FORMATTERS: Record<Format, (report: Report, options: FormatOptions) => string[]> = {
  stylish: stylishFormat,
  text: textFormat,
  json: jsonFormat,
  sarif: sarifFormat,
  github: githubFormat,
};
