/** The registry of checks, and running them with the user's severities. */
import { isReadable } from '../model/layout.js';
import type { ParsedDocument, Question } from '../model/nodes.js';
import { duplicateReference } from './duplicateReference.js';
import { encodingDamage } from './encodingDamage.js';
import { labelLanguage } from './labelLanguage.js';
import { missingAnswer } from './missingAnswer.js';
import { missingCounterpart } from './missingCounterpart.js';
import { selfReference } from './selfReference.js';
import type { Check, CheckCode, Finding, Severity, SeverityOrOff } from './types.js';
import { unrecognizedText } from './unrecognizedText.js';
import { incompletePage } from './incompletePage.js';
import { notAQuestionPage } from './notAQuestionPage.js';

export * from './types.js';

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
];

export const DEFAULT_SEVERITIES: Readonly<Record<CheckCode, Severity>> = Object.fromEntries(
  CHECKS.map((check) => [check.code, check.defaultSeverity]),
) as Record<CheckCode, Severity>;

export interface SeverityFinding extends Finding {
  readonly severity: Severity;
}

export interface CheckFailure {
  code: CheckCode;
  error: unknown;
}

/**
 * Findings kept per question, for as long as the question object lives: an edit re-parses only
 * the questions it touches (see reparse), so the others' findings are reused as they are.
 */
export type CheckCache = WeakMap<Question, Map<CheckCode, readonly Finding[]>>;

export function createCheckCache(): CheckCache {
  return new WeakMap();
}

class WithSeverity implements SeverityFinding {
  constructor(
    private readonly finding: Finding,
    readonly severity: Severity,
  ) {}
  get code(): CheckCode {
    return this.finding.code;
  }
  get range() {
    return this.finding.range;
  }
  get message(): string {
    return this.finding.message;
  }
  get related() {
    return this.finding.related;
  }
  toJSON(): object {
    return { code: this.code, severity: this.severity, range: this.range, message: this.message, related: this.related.map((item) => ({ range: item.range, message: item.message })) };
  }
}

/**
 * Runs every check that is not off. A check that throws costs its own findings only: the
 * failure is returned for the caller to log, and the other checks still report.
 */
export function runChecks(
  document: ParsedDocument,
  severities: Partial<Record<CheckCode, SeverityOrOff>> = {},
  checks: readonly Check[] = CHECKS,
  cache?: CheckCache,
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
      if (check.document) for (const finding of check.document(document)) findings.push(new WithSeverity(finding, severity));
      if (check.question) {
        for (const question of document.questions) {
          let perCheck = cache?.get(question);
          let found = perCheck?.get(check.code);
          if (!found) {
            found = check.question(document, question);
            if (cache) {
              if (!perCheck) cache.set(question, (perCheck = new Map()));
              perCheck.set(check.code, found);
            }
          }
          for (const finding of found) findings.push(new WithSeverity(finding, severity));
        }
      }
    } catch (error) {
      failures.push({ code: check.code, error });
    }
  }
  // Sort by start offset through the ranges, read once each.
  const keyed = findings.map((finding) => ({ finding, line: finding.range.start.line, character: finding.range.start.character }));
  keyed.sort((a, b) => a.line - b.line || a.character - b.character);
  return { findings: keyed.map((entry) => entry.finding), failures };
}
