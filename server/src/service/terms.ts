/**
 * The workspace's term file, parlq.terms.json: French/Dutch pairs that must match, terms to avoid
 * with their replacement, and acronyms beyond the built-in table. Validated with zod; each bad
 * entry is named by its path in the file ("pairs[2].nl").
 */
import { z } from 'zod';
import { NO_TERMS, type TermTable } from '../checks/index.js';

export const TERMS_FILE = 'parlq.terms.json';

const term = z.string().trim().min(1, 'must not be empty');
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
export function readTerms(text: string, source = TERMS_FILE): TermsResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return { terms: NO_TERMS, problems: [`${source}: not valid JSON (${(error as Error).message}); its terms are not used.`] };
  }
  const parsed = termsSchema.safeParse(raw);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => {
      const path = issue.path
        .map((key) => (typeof key === 'number' ? `[${key}]` : `.${String(key)}`))
        .join('')
        .replace(/^\./, '');
      return `${source}: ${path || '(top level)'}: ${issue.message}; its terms are not used.`;
    });
    return { terms: NO_TERMS, problems };
  }
  return { terms: { pairs: parsed.data.pairs ?? [], forbidden: parsed.data.forbidden ?? [], acronyms: parsed.data.acronyms ?? [] }, problems: [] };
}
