/**
 * What one run of `parlq check` found, file by file: the one value every output format is written
 * from, and the versioned JSON shape (`--format json`) with its zod schema. The JSON Schema
 * published in the package (schemas/parlq-report.schema.json) is generated from that schema.
 */
import { t, type Locale } from '../l10n/index.js';
import { z } from 'zod';
import { CHECK_CODES, SEVERITY_LEVELS, type Check, type Severity, type SeverityFinding } from '../checks/index.js';
import type { Layout } from '../model/layout.js';
import type { Range } from '../model/text.js';

/** The findings of one file, each with its fingerprint, and what could not be checked in it. */
export interface CheckedFile {
  /** The path as the user gave it, or as found in a folder they gave ("-" for standard input). */
  readonly file: string;
  readonly layout: Layout;
  readonly findings: readonly ReportedFinding[];
  /** Findings a reviewer accepted (parlq-accepted.json), kept out of the failures. */
  readonly accepted: readonly ReportedFinding[];
  /** Checks (or the reading of the file) that failed: the file was not fully checked. */
  readonly failures: readonly { readonly what: string; readonly message: string }[];
}

export interface ReportedFinding extends SeverityFinding {
  readonly fingerprint: string;
  /** The reviewer's reason, for an accepted finding. */
  readonly reason?: string;
}

export interface Report {
  readonly files: readonly CheckedFile[];
  readonly checks: readonly Check[];
  readonly version: string;
}

export type Counts = Record<Severity, number> & { files: number; accepted: number };

export function countsOf(report: Report): Counts {
  const counts: Counts = { files: report.files.length, error: 0, warning: 0, information: 0, hint: 0, accepted: 0 };
  for (const file of report.files) {
    for (const finding of file.findings) counts[finding.severity]++;
    counts.accepted += file.accepted.length;
  }
  return counts;
}

/** "1 file checked: 19 errors, 4 warnings, 1 information, 0 hints": the summary every format ends with. */
export function summaryOf(counts: Counts, locale: Locale = 'en'): string {
  const values = { files: counts.files, errors: counts.error, warnings: counts.warning, information: counts.information, hints: counts.hint, accepted: counts.accepted };
  return t(locale, counts.accepted > 0 ? 'cli.summaryAccepted' : 'cli.summary', values);
}

// The JSON report, version 1. Positions are given twice: as LSP has them (0-based lines, UTF-16
// columns, end exclusive) and as people count them (1-based lines and columns, end inclusive of
// its last character's column + 1, as SARIF does).
const positionSchema = z.object({ line: z.number().int().min(0), character: z.number().int().min(0) }).strict();
const rangeSchema = z.object({ start: positionSchema, end: positionSchema }).strict().describe('LSP range: 0-based lines, UTF-16 columns, end exclusive.');
const locationSchema = z
  .object({ line: z.number().int().min(1), column: z.number().int().min(1), endLine: z.number().int().min(1), endColumn: z.number().int().min(1) })
  .strict()
  .describe('1-based lines and UTF-16 columns; endColumn is the column just past the last character.');
const findingSchema = z
  .object({
    code: z.enum(CHECK_CODES).describe('The check that reports it (a stable code).'),
    severity: z.enum(SEVERITY_LEVELS),
    message: z.string(),
    range: rangeSchema,
    location: locationSchema,
    related: z
      .array(
        z
          .object({
            message: z.string(),
            range: rangeSchema,
            location: locationSchema,
            file: z.string().optional().describe('The other file the place is in (a question two files hold), as an address; absent when it is in this file.'),
          })
          .strict(),
      )
      .describe('The counterpart, the first occurrence, or whatever else the message points at.'),
    fingerprint: z.string().describe('Stays the same while the file is edited elsewhere: the check, the question number and the text concerned.'),
    reason: z.string().optional().describe('Why a reviewer accepted it (accepted findings only).'),
  })
  .strict();

export const JSON_REPORT_VERSION = 1;

export const jsonReportSchema = z
  .object({
    version: z.literal(JSON_REPORT_VERSION).describe('The version of this shape; a change that could break a reader gets a new one.'),
    tool: z.object({ name: z.literal('parlq'), version: z.string() }).strict(),
    files: z.array(
      z
        .object({
          file: z.string().describe('The path as given on the command line, or found in a folder given there; "-" is standard input.'),
          layout: z.object({ kind: z.string(), lang: z.enum(['fr', 'nl']).nullable() }).strict(),
          findings: z.array(findingSchema),
          accepted: z.array(findingSchema).describe('Findings a reviewer accepted in parlq-accepted.json: not counted.'),
          failures: z.array(z.object({ what: z.string(), message: z.string() }).strict()).describe('What could not be checked in the file (an internal error).'),
        })
        .strict(),
    ),
    summary: z
      .object({
        files: z.number().int().min(0),
        error: z.number().int().min(0),
        warning: z.number().int().min(0),
        information: z.number().int().min(0),
        hint: z.number().int().min(0),
        accepted: z.number().int().min(0),
      })
      .strict(),
  })
  .strict()
  .describe('The findings of one run of parlq check (--format json).');

export type JsonReport = z.infer<typeof jsonReportSchema>;

/** LSP's range as people count: 1-based lines and columns. */
export function locationOf(range: Range): z.infer<typeof locationSchema> {
  return { line: range.start.line + 1, column: range.start.character + 1, endLine: range.end.line + 1, endColumn: range.end.character + 1 };
}

function jsonFinding(finding: ReportedFinding): z.infer<typeof findingSchema> {
  return {
    code: finding.code,
    severity: finding.severity,
    message: finding.message,
    range: finding.range,
    location: locationOf(finding.range),
    related: finding.related.map((related) => ({
      message: related.message,
      range: related.range,
      location: locationOf(related.range),
      ...(related.uri ? { file: related.uri } : {}),
    })),
    fingerprint: finding.fingerprint,
    ...(finding.reason !== undefined ? { reason: finding.reason } : {}),
  };
}

export function jsonReportOf(report: Report): JsonReport {
  const counts = countsOf(report);
  return {
    version: JSON_REPORT_VERSION,
    tool: { name: 'parlq', version: report.version },
    files: report.files.map((file) => ({
      file: file.file,
      layout: { kind: file.layout.kind, lang: file.layout.lang },
      findings: file.findings.map(jsonFinding),
      accepted: file.accepted.map(jsonFinding),
      failures: file.failures.map((failure) => ({ what: failure.what, message: failure.message })),
    })),
    summary: { files: counts.files, error: counts.error, warning: counts.warning, information: counts.information, hint: counts.hint, accepted: counts.accepted },
  };
}

/** The JSON Schema of the report (draft 2020-12), as published in schemas/parlq-report.schema.json. */
export function reportJsonSchema(): Record<string, unknown> {
  return { title: 'parlq check report', ...z.toJSONSchema(jsonReportSchema, { target: 'draft-2020-12' }) };
}
