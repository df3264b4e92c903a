/** What a check reports, in model terms: no LSP types, so the CLI and any tool can use it. */
import type { ParsedDocument } from '../model/nodes.js';
import type { Range } from '../model/text.js';

export type Severity = 'error' | 'warning' | 'information' | 'hint';
export type SeverityOrOff = Severity | 'off';

export interface RelatedLocation {
  range: Range;
  message: string;
}

export interface Finding {
  code: CheckCode;
  range: Range;
  message: string;
  related: RelatedLocation[];
}

export const CHECK_CODES = [
  'duplicate-reference',
  'self-reference',
  'missing-answer',
  'missing-counterpart',
  'label-language',
  'encoding-damage',
  'unrecognized-text',
] as const;

export type CheckCode = (typeof CHECK_CODES)[number];

export interface Check {
  code: CheckCode;
  /** Errors block publication; the rest are for an editor's attention. */
  defaultSeverity: Severity;
  /** One sentence for the settings UI and the README. */
  description: string;
  run(document: ParsedDocument): Finding[];
}
