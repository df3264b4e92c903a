/** The registry of checks, running them with the user's severities, and their fixes. */
import { render, type EN, type Locale, type Msg } from '../l10n/index.js';
import { isReadable } from '../model/layout.js';
import type { ParsedDocument, Question } from '../model/nodes.js';
import { duplicateReference } from './duplicateReference.js';
import { encodingDamage } from './encodingDamage.js';
import { labelLanguage } from './labelLanguage.js';
import { missingAnswer } from './missingAnswer.js';
import { missingCounterpart } from './missingCounterpart.js';
import { selfReference } from './selfReference.js';
import {
  DEFAULT_CHECK_OPTIONS,
  type Check,
  type CheckCode,
  type CheckOptions,
  type DocumentFinding,
  type Finding,
  type FindingRef,
  type Fix,
  type NodeFinding,
  type Severity,
  type SeverityOrOff,
  type WorkspaceView,
} from './types.js';
import { unrecognizedText } from './unrecognizedText.js';
import { incompletePage } from './incompletePage.js';
import { notAQuestionPage } from './notAQuestionPage.js';
import { numberMismatch } from './numberMismatch.js';
import { numbering } from './numbering.js';
import { typography } from './typography.js';
import { answerOverdue } from './answerOverdue.js';
import { untranslated } from './untranslated.js';
import { lengthRatio } from './lengthRatio.js';
import { acronymPair } from './acronymPair.js';
import { terminology } from './terminology.js';
import { duplicateQuestion } from './duplicateQuestion.js';
import { asymmetricReference } from './asymmetricReference.js';
import { danglingReference } from './danglingReference.js';

export * from './types.js';

/** Every check, in the order their settings and documentation list them. Adding a check is adding it here. */
export const CHECKS: readonly Check[] = [
  duplicateReference,
  selfReference,
  missingAnswer,
  missingCounterpart,
  labelLanguage,
  encodingDamage,
  unrecognizedText,
  incompletePage,
  notAQuestionPage,
  numberMismatch,
  numbering,
  typography,
  answerOverdue,
  untranslated,
  lengthRatio,
  acronymPair,
  terminology,
  duplicateQuestion,
  asymmetricReference,
  danglingReference,
];

export const DEFAULT_SEVERITIES: Readonly<Record<CheckCode, SeverityOrOff>> = Object.fromEntries(CHECKS.map((check) => [check.code, check.defaultSeverity])) as Record<
  CheckCode,
  SeverityOrOff
>;

export interface SeverityFinding extends Finding {
  readonly severity: Severity;
}

export interface CheckFailure {
  readonly code: CheckCode;
  readonly error: unknown;
}

/** A question check's finding with its offsets counted from the start of its question. */
interface KeptFinding {
  readonly code: CheckCode;
  readonly start: number;
  readonly end: number;
  readonly message: NodeFinding['message'];
  readonly related: readonly { start: number; end: number; message: Msg }[];
}

/**
 * Findings kept per question (by its identity, see Question.identity), for as long as the
 * question lives: an edit re-parses only the questions it touches, so the others' findings are
 * reused, at their question's new place. A cache serves one set of check options: new options
 * (a setting changed, another day) need a new cache.
 */
export type CheckCache = WeakMap<object, Map<CheckCode, KeptFindings>>;

/**
 * A question check's findings, relative to the question, and the last place they were reported
 * at. A question's text is the same as long as its identity lives, so where it starts at the same
 * line and column its findings stand at the same positions: the reported ones are given again
 * (the edit was elsewhere, on another line or a later one) instead of being placed anew.
 */
interface KeptFindings {
  readonly kept: readonly KeptFinding[];
  reportedAt: { readonly line: number; readonly character: number; readonly severity: Severity; readonly findings: readonly SeverityFinding[] } | null;
}

export function createCheckCache(): CheckCache {
  return new WeakMap();
}

function kept(finding: NodeFinding, base: number): KeptFinding {
  return {
    code: finding.code,
    start: (finding.span?.[0] ?? finding.node.start) - base,
    end: (finding.span?.[1] ?? finding.node.end) - base,
    message: finding.message,
    related: finding.related.map(([node, message]) => ({ start: node.start - base, end: node.end - base, message })),
  };
}

function reported(document: ParsedDocument, finding: KeptFinding, base: number, severity: Severity, locale: Locale): SeverityFinding {
  const index = document.lineIndex;
  const related = finding.related.map((item) => ({ range: index.rangeOf(base + item.start, base + item.end), message: render(locale, item.message) }));
  const range = index.rangeOf(base + finding.start, base + finding.end);
  const message = typeof finding.message === 'function' ? finding.message([range, ...related.map((item) => item.range)].map((place) => place.start.line + 1)) : finding.message;
  return { code: finding.code, severity, range, message: render(locale, message), related };
}

function questionFindings(document: ParsedDocument, check: Check, question: Question, cache: CheckCache | undefined, options: CheckOptions): KeptFindings {
  let perCheck = cache?.get(question.identity);
  let found = perCheck?.get(check.code);
  if (!found) {
    const base = question.node.start;
    found = { kept: (check.question?.(document, question, options) ?? []).map((finding) => kept(finding, base)), reportedAt: null };
    if (cache) {
      if (!perCheck) cache.set(question.identity, (perCheck = new Map()));
      perCheck.set(check.code, found);
    }
  }
  return found;
}

/** A question check's findings at the question's place in this document. */
function reportedFindings(document: ParsedDocument, found: KeptFindings, base: number, severity: Severity, locale: Locale): readonly SeverityFinding[] {
  if (found.kept.length === 0) return [];
  const { line, character } = document.lineIndex.positionAt(base);
  const last = found.reportedAt;
  if (last && last.line === line && last.character === character && last.severity === severity) return last.findings;
  const findings = found.kept.map((finding) => reported(document, finding, base, severity, locale));
  found.reportedAt = { line, character, severity, findings };
  return findings;
}

/** A whole-document finding as it is reported: its words in the reader's language. */
function reportedDocumentFinding(finding: DocumentFinding, severity: Severity, locale: Locale): SeverityFinding {
  return {
    code: finding.code,
    severity,
    range: finding.range,
    message: render(locale, finding.message),
    related: finding.related.map((item) => ({ range: item.range, message: render(locale, item.message), ...(item.uri ? { uri: item.uri } : {}) })),
  };
}

/**
 * Runs every check that is not off. A check that throws costs its own findings only: the
 * failure is returned for the caller to report, and the other checks still report.
 */
export function runChecks(
  document: ParsedDocument,
  severities: Partial<Record<CheckCode, SeverityOrOff>> = {},
  checks: readonly Check[] = CHECKS,
  cache?: CheckCache,
  options: CheckOptions = DEFAULT_CHECK_OPTIONS,
): { findings: SeverityFinding[]; failures: CheckFailure[] } {
  const findings: SeverityFinding[] = [];
  const failures: CheckFailure[] = [];
  // A file that is no question page gets one sentence saying so, not a list of what it is not.
  const foreign = !isReadable(document.layout);
  for (const check of checks) {
    const severity = severities[check.code] ?? check.defaultSeverity;
    if (severity === 'off') continue;
    if (foreign && check.code !== 'not-a-question-page') continue;
    try {
      const own = check.document?.(document, options) ?? [];
      const across = check.crossFile && options.workspace ? check.crossFile(options.workspace, options) : [];
      for (const finding of own.length === 0 ? across : across.length === 0 ? own : [...own, ...across]) findings.push(reportedDocumentFinding(finding, severity, options.locale));
      if (check.question) {
        for (const question of document.questions) {
          const base = question.node.start;
          for (const finding of reportedFindings(document, questionFindings(document, check, question, cache, options), base, severity, options.locale)) findings.push(finding);
        }
      }
    } catch (error) {
      failures.push({ code: check.code, error });
    }
  }
  findings.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  return { findings, failures };
}

/**
 * The checks across files on one file as the workspace index holds it, without its text: what the
 * checker runs once every file is indexed.
 */
export function runCrossFileChecks(
  workspace: WorkspaceView,
  severities: Partial<Record<CheckCode, SeverityOrOff>> = {},
  checks: readonly Check[] = CHECKS,
  options: CheckOptions = DEFAULT_CHECK_OPTIONS,
): { findings: SeverityFinding[]; failures: CheckFailure[] } {
  const findings: SeverityFinding[] = [];
  const failures: CheckFailure[] = [];
  for (const check of checks) {
    const severity = severities[check.code] ?? check.defaultSeverity;
    if (severity === 'off' || !check.crossFile) continue;
    try {
      for (const finding of check.crossFile(workspace, options)) findings.push(reportedDocumentFinding(finding, severity, options.locale));
    } catch (error) {
      failures.push({ code: check.code, error });
    }
  }
  findings.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  return { findings, failures };
}

/** One sentence on a check, for the settings UI, the README and the checker's help. */
export function checkDescription(code: CheckCode, locale: Locale = 'en'): string {
  return render(locale, { key: `check.${code}` satisfies keyof typeof EN });
}

/** The check that reports `code`, if parlq has one. */
export function checkOf(code: string, checks: readonly Check[] = CHECKS): Check | undefined {
  return checks.find((check) => check.code === code);
}

/** The fixes its check offers for one finding as the editor sends it back. */
export function fixesFor(document: ParsedDocument, finding: FindingRef, checks: readonly Check[] = CHECKS, options: CheckOptions = DEFAULT_CHECK_OPTIONS): Fix[] {
  return checkOf(finding.code, checks)?.fixes?.(document, finding, options) ?? [];
}
