/**
 * Reading a side file (a term file, an accepted-findings file): JSON, then a zod schema, and each
 * problem named by the file and the path of the bad entry in it ("pairs[2].nl").
 */
import { z } from 'zod';
import { CATALOGUES, t, type Locale, type MessageKey } from '../l10n/index.js';

export type JsonFileResult<T> = { readonly value: T; readonly problems: readonly [] } | { readonly value: null; readonly problems: string[] };

/** An issue's path as people write it: `accepted[0].reason`. */
function pathOf(path: readonly PropertyKey[]): string {
  return path
    .map((key) => (typeof key === 'number' ? `[${key}]` : `.${String(key)}`))
    .join('')
    .replace(/^\./, '');
}

/** zod's own messages in each of parlq's languages. */
const ZOD_LOCALES = { en: z.locales.en, fr: z.locales.fr, nl: z.locales.nl } as const;

/**
 * Parses `text` as JSON of `schema`; `consequence` (a catalogue key: "its terms are not used")
 * ends each problem's sentence. A schema's own message may be a catalogue key; zod's messages
 * come in the locale's words too.
 */
export function readJsonFile<T>(text: string, source: string, schema: z.ZodType<T>, consequence: MessageKey | null = null, locale: Locale = 'en'): JsonFileResult<T> {
  const tail = consequence ? t(locale, consequence) : null;
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    const reason = (error as Error).message;
    return { value: null, problems: [tail ? t(locale, 'jsonFile.notJson', { source, reason, consequence: tail }) : t(locale, 'jsonFile.notJsonPlain', { source, reason })] };
  }
  const parsed = schema.safeParse(raw, { error: ZOD_LOCALES[locale]().localeError });
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => {
      const path = pathOf(issue.path) || t(locale, 'jsonFile.topLevel');
      const problem = issue.message in CATALOGUES.en ? t(locale, issue.message as MessageKey) : issue.message;
      return tail ? t(locale, 'jsonFile.issue', { source, path, problem, consequence: tail }) : t(locale, 'jsonFile.issuePlain', { source, path, problem });
    });
    return { value: null, problems };
  }
  return { value: parsed.data, problems: [] };
}
