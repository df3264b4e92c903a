/**
 * The workspace's term file, parlq.terms.json: French/Dutch pairs that must match, terms to avoid
 * with their replacement, and acronyms beyond the built-in table. Validated with zod; each bad
 * entry is named by its path in the file ("pairs[2].nl").
 */
import { z } from 'zod';
import { NO_TERMS, type TermTable } from '../checks/index.js';
import { readJsonFile } from './jsonFile.js';
import type { Locale } from '../l10n/index.js';

export const TERMS_FILE = 'parlq.terms.json';

// The message is a catalogue key: readJsonFile writes it in the reader's language.
const term = z.string().trim().min(1, 'terms.empty');
const pairSchema = z.object({ fr: term, nl: term }).strict();
const termsSchema = z
  .object({
    pairs: z.array(pairSchema).optional(),
    forbidden: z.array(z.object({ term, use: z.string(), lang: z.enum(['fr', 'nl']).optional() }).strict()).optional(),
    acronyms: z.array(pairSchema).optional(),
  })
  .strict();

export interface TermsResult {
  readonly terms: TermTable;
  /** One sentence per problem, naming the file and the path of the bad entry; empty when the file is good. */
  readonly problems: string[];
}

/** Reads a term file's text; a file that cannot be used gives no terms and says why. */
export function readTerms(text: string, source = TERMS_FILE, locale: Locale = 'en'): TermsResult {
  const read = readJsonFile(text, source, termsSchema, 'terms.unused', locale);
  if (read.value === null) return { terms: NO_TERMS, problems: read.problems };
  return { terms: { pairs: read.value.pairs ?? [], forbidden: read.value.forbidden ?? [], acronyms: read.value.acronyms ?? [] }, problems: [] };
}
