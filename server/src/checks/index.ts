/** The registry of checks, and running them with the user's severities. */
import type { ParsedDocument } from '../model/nodes.js';
import { duplicateReference } from './duplicateReference.js';
import { encodingDamage } from './encodingDamage.js';
import { labelLanguage } from './labelLanguage.js';
import { missingAnswer } from './missingAnswer.js';
import { missingCounterpart } from './missingCounterpart.js';
import { selfReference } from './selfReference.js';
import type { Check, CheckCode, Finding, Severity, SeverityOrOff } from './types.js';
import { unrecognizedText } from './unrecognizedText.js';

export * from './types.js';

export const CHECKS: readonly Check[] = [
  duplicateReference,
  selfReference,
  missingAnswer,
  missingCounterpart,
  labelLanguage,
  encodingDamage,
  unrecognizedText,
];

export const DEFAULT_SEVERITIES: Readonly<Record<CheckCode, Severity>> = Object.fromEntries(
  CHECKS.map((check) => [check.code, check.defaultSeverity]),
) as Record<CheckCode, Severity>;

export interface SeverityFinding extends Finding {
  severity: Severity;
}

export interface CheckFailure {
  code: CheckCode;
  error: unknown;
}

/**
 * Runs every check that is not off. A check that throws costs its own findings only: the
 * failure is returned for the caller to log, and the other checks still report.
 */
export function runChecks(
  document: ParsedDocument,
  severities: Partial<Record<CheckCode, SeverityOrOff>> = {},
  checks: readonly Check[] = CHECKS,
): { findings: SeverityFinding[]; failures: CheckFailure[] } {
  const findings: SeverityFinding[] = [];
  const failures: CheckFailure[] = [];
  for (const check of checks) {
    const severity = severities[check.code] ?? check.defaultSeverity;
    if (severity === 'off') continue;
    try {
      for (const finding of check.run(document)) findings.push({ ...finding, severity });
    } catch (error) {
      failures.push({ code: check.code, error });
    }
  }
  findings.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  return { findings, failures };
}
