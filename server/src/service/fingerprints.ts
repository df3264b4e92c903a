/**
 * A finding's fingerprint: what stays the same while the file is edited elsewhere. It is made of
 * the check's code, the number of the question the finding is in, and the text it concerns (its
 * white space made single), never of its line: a dashboard does not see a new alert when a line
 * is added above an old one, and an accepted exception stays accepted. Findings alike in all three
 * (the same duplicate listed twice) are told apart by their order in the file.
 */
import type { SeverityFinding } from '../checks/index.js';
import { questionAt } from '../model/lookup.js';
import type { ParsedDocument } from '../model/nodes.js';
import { normalizeSpace } from '../model/text.js';

/** The version of the fingerprint's recipe, part of its name wherever it is stored (SARIF, the accepted file). */
export const FINGERPRINT_VERSION = 'parlq/v1';

/**
 * A 64-bit hash as sixteen hexadecimal digits: two 32-bit FNV-1a hashes from different offset
 * bases and multipliers (FNV's prime and MurmurHash's). Short, the same on every run and machine, and
 * no dependency; not for secrets.
 */
export function hash64(text: string): string {
  let first = 0x811c9dc5;
  let second = 0x050c5d1f;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    first = Math.imul(first ^ code, 0x01000193);
    second = Math.imul(second ^ code, 0x5bd1e995);
  }
  return (first >>> 0).toString(16).padStart(8, '0') + (second >>> 0).toString(16).padStart(8, '0');
}

/** The fingerprint of each finding, in the order given (the findings of one document, in text order). */
export function fingerprintsOf(document: ParsedDocument, findings: readonly SeverityFinding[]): string[] {
  const seen = new Map<string, number>();
  const index = document.lineIndex;
  return findings.map((finding) => {
    const start = index.offsetAt(finding.range.start);
    const end = index.offsetAt(finding.range.end);
    const question = questionAt(document, start);
    const base = hash64(`${finding.code}\u0000${question?.number ?? ''}\u0000${normalizeSpace(document.text.slice(start, end))}`);
    const occurrence = seen.get(base) ?? 0;
    seen.set(base, occurrence + 1);
    return occurrence === 0 ? base : `${base}-${occurrence + 1}`;
  });
}
