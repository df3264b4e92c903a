/**
 * parlq-accepted.json: findings a reviewer accepted ("as in the original", "the minister's own
 * wording"), each under its fingerprint (fingerprints.ts), so that it stays accepted while the file
 * is edited elsewhere. Accepted findings leave the editor and the checker's failures; an entry
 * that no longer matches a finding of its file is stale, and said so. The file is plain JSON,
 * sorted, one entry a few lines: two reviewers' additions merge in version control.
 */
import { z } from 'zod';
import { CHECK_CODES, type CheckCode } from '../checks/index.js';
import { readJsonFile } from './jsonFile.js';
import type { Locale } from '../l10n/index.js';

export const ACCEPTED_FILE = 'parlq-accepted.json';

const entrySchema = z
  .object({
    file: z.string().min(1).describe("The question file, relative to this file's folder, with forward slashes."),
    code: z.enum(CHECK_CODES),
    question: z.string().nullable().describe('The number of the question the finding is in.'),
    fingerprint: z.string().regex(/^[0-9a-f]{16}(-[0-9]+)?$/),
    // A catalogue key: readJsonFile writes it in the reader's language.
    reason: z.string().trim().min(1, 'accepted.noReason'),
    text: z.string().describe('The words the finding concerns, for whoever reads this file.'),
  })
  .strict();

export const acceptedFileSchema = z.object({ version: z.literal(1), accepted: z.array(entrySchema) }).strict();

export type AcceptedEntry = z.infer<typeof entrySchema>;

export interface AcceptedResult {
  readonly entries: AcceptedEntry[];
  /** One sentence per bad entry, by its path ("accepted[2].reason: …"). */
  readonly problems: string[];
}

export function readAccepted(text: string, source = ACCEPTED_FILE, locale: Locale = 'en'): AcceptedResult {
  const read = readJsonFile(text, source, acceptedFileSchema, null, locale);
  return read.value === null ? { entries: [], problems: read.problems } : { entries: read.value.accepted, problems: [] };
}

const order = (a: AcceptedEntry, b: AcceptedEntry) => a.file.localeCompare(b.file, 'en') || a.code.localeCompare(b.code, 'en') || a.fingerprint.localeCompare(b.fingerprint, 'en');

/** The file's text: entries sorted by file, check and fingerprint, keys in one order, a final newline. */
export function writeAccepted(entries: readonly AcceptedEntry[]): string {
  const sorted = [...entries].sort(order).map((entry) => ({
    file: entry.file,
    code: entry.code,
    question: entry.question,
    fingerprint: entry.fingerprint,
    reason: entry.reason,
    text: entry.text,
  }));
  return `${JSON.stringify({ version: 1, accepted: sorted }, null, 2)}\n`;
}

/** An entry for a finding, replacing any entry of the same file and fingerprint. */
export function withAccepted(entries: readonly AcceptedEntry[], entry: AcceptedEntry): AcceptedEntry[] {
  return [...entries.filter((other) => other.file !== entry.file || other.fingerprint !== entry.fingerprint), entry];
}

/** Which of one file's findings are accepted, and which of its entries match none (stale). */
export function matchAccepted<T extends { code: CheckCode; fingerprint: string }>(
  entries: readonly AcceptedEntry[],
  file: string,
  findings: readonly T[],
): { kept: T[]; accepted: { finding: T; entry: AcceptedEntry }[]; stale: AcceptedEntry[] } {
  const mine = new Map(entries.filter((entry) => entry.file === file).map((entry) => [entry.fingerprint, entry]));
  const kept: T[] = [];
  const accepted: { finding: T; entry: AcceptedEntry }[] = [];
  const used = new Set<AcceptedEntry>();
  for (const finding of findings) {
    const entry = mine.get(finding.fingerprint);
    if (entry && entry.code === finding.code) {
      accepted.push({ finding, entry });
      used.add(entry);
    } else kept.push(finding);
  }
  return { kept, accepted, stale: [...mine.values()].filter((entry) => !used.has(entry)) };
}
