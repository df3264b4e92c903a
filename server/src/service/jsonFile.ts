/**
 * Reading a side file (a term file, an accepted-findings file): JSON, then a zod schema, and each
 * problem named by the file and the path of the bad entry in it ("pairs[2].nl").
 */
import type { z } from 'zod';

export type JsonFileResult<T> = { readonly value: T; readonly problems: readonly [] } | { readonly value: null; readonly problems: string[] };

/** An issue's path as people write it: `accepted[0].reason`. */
function pathOf(path: readonly PropertyKey[]): string {
  return path
    .map((key) => (typeof key === 'number' ? `[${key}]` : `.${String(key)}`))
    .join('')
    .replace(/^\./, '');
}

/** Parses `text` as JSON of `schema`; `consequence` ends each problem's sentence ("its terms are not used"). */
export function readJsonFile<T>(text: string, source: string, schema: z.ZodType<T>, consequence = ''): JsonFileResult<T> {
  const tail = consequence ? `; ${consequence}.` : '';
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return { value: null, problems: [`${source}: not valid JSON (${(error as Error).message})${tail || '.'}`] };
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) return { value: null, problems: parsed.error.issues.map((issue) => `${source}: ${pathOf(issue.path) || '(top level)'}: ${issue.message}${tail}`) };
  return { value: parsed.data, problems: [] };
}
