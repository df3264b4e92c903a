/**
 * parlq.config.json: the `parlq.*` settings of VS Code, in a file at a folder's root, so that the
 * editor and the publication pipeline give the same verdict. The values are validated by the same
 * code as the editor's settings (readSettings); a file is stricter than a settings UI, though: a
 * key that means nothing (a typo) is a problem too, named by its path, and one problem makes the
 * whole file unusable (a pipeline that guessed would publish what the house meant to stop).
 */
import { SETTING_KEYS, readSettings } from './settings.js';
import { t, render, msg, type Locale } from '../l10n/index.js';

export const CONFIG_FILE = 'parlq.config.json';

export interface ConfigFile {
  /** The settings section, as a client would send it; merged under the editor's own settings. */
  readonly settings: Record<string, unknown>;
  /** The term file it names (relative to the configuration's folder), or null. */
  readonly termsFile: string | null;
}

export interface ConfigResult {
  readonly config: ConfigFile | null;
  /** One sentence per problem, each naming the file and the key's path. */
  readonly problems: string[];
}

/** The keys a configuration may hold: the settings', its JSON Schema's and the term file's. */
const KNOWN_KEYS: Readonly<Record<string, readonly string[] | null | 'value'>> = { $schema: 'value', ...SETTING_KEYS, termsFile: 'value' };

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Reads a configuration's text; `source` names it in the problems, written in `locale`. */
export function readConfig(text: string, source = CONFIG_FILE, locale: Locale = 'en'): ConfigResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return { config: null, problems: [t(locale, 'config.notJson', { source, reason: (error as Error).message })] };
  }
  if (!isObject(raw)) return { config: null, problems: [t(locale, 'config.notObject', { source })] };
  const problems: string[] = [];
  for (const [key, value] of Object.entries(raw)) {
    const known = KNOWN_KEYS[key];
    if (known === undefined) {
      problems.push(
        t(locale, 'config.unknownKey', {
          source,
          key,
          keys: Object.keys(KNOWN_KEYS)
            .filter((name) => name !== '$schema')
            .join(', '),
        }),
      );
      continue;
    }
    if (Array.isArray(known) && isObject(value)) {
      for (const inner of Object.keys(value)) if (!known.includes(inner)) problems.push(t(locale, 'config.unknownSubKey', { source, key, inner, keys: known.join(', ') }));
    }
  }
  const termsFile = raw['termsFile'];
  if (termsFile !== undefined && (typeof termsFile !== 'string' || termsFile.trim() === ''))
    problems.push(t(locale, 'config.termsFile', { source, value: JSON.stringify(termsFile) ?? String(termsFile) }));
  const settings = Object.fromEntries(Object.entries(raw).filter(([key]) => key !== '$schema' && key !== 'termsFile'));
  // The editor is told the default it falls back to; a file that is wrong is not used at all, so no default is named.
  for (const problem of readSettings(settings).problems) problems.push(render(locale, msg('settings.inFile', { source, setting: problem.setting, problem: problem.problem })));
  if (problems.length > 0) return { config: null, problems };
  return { config: { settings, termsFile: typeof termsFile === 'string' ? termsFile : null }, problems };
}

/** The settings a client sends, laid over a configuration's: the client's win where it sets them. */
export function mergedSettings(config: Record<string, unknown> | null, client: unknown): unknown {
  if (!config) return client;
  if (!isObject(client)) return config;
  const merged: Record<string, unknown> = { ...config };
  for (const [key, value] of Object.entries(client)) {
    if (value === undefined || value === null) continue;
    const under = merged[key];
    merged[key] = isObject(under) && isObject(value) ? { ...under, ...value } : value;
  }
  return merged;
}
