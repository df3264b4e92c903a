/**
 * The user's settings, validated. Each value is checked on its own: a bad one is reported once
 * and replaced by its default, and the good ones around it still apply.
 */
import { z } from 'zod';
import {
  CHECK_CODES,
  DEFAULT_CHECK_OPTIONS,
  DEFAULT_SEVERITIES,
  SEVERITY_SETTINGS,
  type CheckCode,
  type CheckOptions,
  type SeverityOrOff,
  type TermTable,
} from '../checks/index.js';
import { LOCALES, localeOf, msg, type Arg, type Locale, type Msg } from '../l10n/index.js';

export interface Settings {
  severity: Record<CheckCode, SeverityOrOff>;
  hover: { enabled: boolean };
  /** Above this size (in millions of characters, about MB) a document gets its outline only. */
  maxDocumentSizeMB: number;
  typography: { frenchSpace: CheckOptions['frenchSpace'] };
  /** Working days to answer when the timeline prints no deadline. */
  answerDeadlineWorkingDays: number;
  /** The language of the messages: the editor's (`auto`) or one of parlq's. */
  locale: LocaleSetting;
}

export const LOCALE_SETTINGS = ['auto', ...LOCALES] as const;
export type LocaleSetting = (typeof LOCALE_SETTINGS)[number];

export const DEFAULT_SETTINGS: Settings = {
  severity: { ...DEFAULT_SEVERITIES },
  hover: { enabled: true },
  maxDocumentSizeMB: 10,
  typography: { frenchSpace: DEFAULT_CHECK_OPTIONS.frenchSpace },
  answerDeadlineWorkingDays: DEFAULT_CHECK_OPTIONS.answerDeadlineWorkingDays,
  locale: 'auto',
};

/**
 * The keys of the `parlq` section that readSettings reads, and under each object key the keys it
 * reads there (null: any check's code, each validated below; 'value': a value, no keys under it).
 * A new setting is added here and in readSettings, side by side; parlq.config.json is held to it.
 */
export const SETTING_KEYS: Readonly<Record<string, readonly string[] | null | 'value'>> = {
  severity: null,
  hover: ['enabled'],
  maxDocumentSizeMB: 'value',
  typography: ['frenchSpace'],
  answerDeadlineWorkingDays: 'value',
  locale: 'value',
};

export const FRENCH_SPACES = ['any', 'nbsp', 'nnbsp'] as const;
const frenchSpaceSchema = z.enum(FRENCH_SPACES);
const workingDaysSchema = z.number().int().min(1).max(250);

const sizeSchema = z.number().positive().max(1000);

const severitySchema = z.enum(SEVERITY_SETTINGS);
const booleanSchema = z.boolean();
const localeSchema = z.enum(LOCALE_SETTINGS);
const objectSchema = z.record(z.string(), z.unknown());

/** A rejected value: the setting's path under "parlq" ("severity.typography"; "" for the section), what is wrong with it, and the value used instead. */
export interface SettingProblem {
  readonly setting: string;
  readonly problem: Msg;
  readonly fallback: Arg | null;
}

export interface SettingsResult {
  settings: Settings;
  problems: SettingProblem[];
}

/** A rejected value as the editor's user is told of it: the setting, the value and the default used instead. */
export function settingProblemMessage(problem: SettingProblem): Msg {
  const setting = problem.setting ? `parlq.${problem.setting}` : 'parlq';
  return problem.fallback === null
    ? msg('settings.problemNoFallback', { setting, problem: problem.problem })
    : msg('settings.problem', { setting, problem: problem.problem, fallback: problem.fallback });
}

const quotedValue = (value: string) => `"${value}"`;

function show(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

/** Validates the `parlq` configuration section as a client sends it (undefined or null: all defaults). */
export function readSettings(raw: unknown): SettingsResult {
  const settings: Settings = {
    ...DEFAULT_SETTINGS,
    severity: { ...DEFAULT_SETTINGS.severity },
    hover: { ...DEFAULT_SETTINGS.hover },
    typography: { ...DEFAULT_SETTINGS.typography },
  };
  const problems: SettingProblem[] = [];
  const reject = (setting: string, problem: Msg, fallback: Arg | null) => problems.push({ setting, problem, fallback });
  if (raw === undefined || raw === null) return { settings, problems };
  const section = objectSchema.safeParse(raw);
  if (!section.success) {
    reject('', msg('settings.notObject', { value: show(raw) }), msg('settings.defaults'));
    return { settings, problems };
  }

  const severity = section.data['severity'];
  if (severity !== undefined && severity !== null) {
    const severities = objectSchema.safeParse(severity);
    if (!severities.success) {
      reject('severity', msg('settings.notSeverityObject', { value: show(severity) }), msg('settings.defaults'));
    } else {
      for (const [code, value] of Object.entries(severities.data)) {
        if (!(CHECK_CODES as readonly string[]).includes(code)) {
          reject(`severity.${code}`, msg('settings.noSuchCheck', { checks: CHECK_CODES.join(', ') }), null);
          continue;
        }
        const parsed = severitySchema.safeParse(value);
        if (parsed.success) settings.severity[code as CheckCode] = parsed.data;
        else reject(`severity.${code}`, msg('settings.oneOf', { allowed: SEVERITY_SETTINGS.join(', '), value: show(value) }), quotedValue(DEFAULT_SEVERITIES[code as CheckCode]));
      }
    }
  }

  const hover = section.data['hover'];
  if (hover !== undefined && hover !== null) {
    const enabled = objectSchema.safeParse(hover).data?.['enabled'];
    const parsed = booleanSchema.safeParse(enabled);
    if (parsed.success) settings.hover.enabled = parsed.data;
    else if (enabled !== undefined) reject('hover.enabled', msg('settings.boolean', { value: show(enabled) }), 'true');
  }
  const size = section.data['maxDocumentSizeMB'];
  if (size !== undefined && size !== null) {
    const parsed = sizeSchema.safeParse(size);
    if (parsed.success) settings.maxDocumentSizeMB = parsed.data;
    else reject('maxDocumentSizeMB', msg('settings.size', { value: show(size) }), DEFAULT_SETTINGS.maxDocumentSizeMB);
  }
  const typography = section.data['typography'];
  if (typography !== undefined && typography !== null) {
    const frenchSpace = objectSchema.safeParse(typography).data?.['frenchSpace'];
    const parsed = frenchSpaceSchema.safeParse(frenchSpace);
    if (parsed.success) settings.typography.frenchSpace = parsed.data;
    else if (frenchSpace !== undefined)
      reject(
        'typography.frenchSpace',
        msg('settings.oneOf', { allowed: FRENCH_SPACES.join(', '), value: show(frenchSpace) }),
        quotedValue(DEFAULT_SETTINGS.typography.frenchSpace),
      );
  }
  const workingDays = section.data['answerDeadlineWorkingDays'];
  if (workingDays !== undefined && workingDays !== null) {
    const parsed = workingDaysSchema.safeParse(workingDays);
    if (parsed.success) settings.answerDeadlineWorkingDays = parsed.data;
    else reject('answerDeadlineWorkingDays', msg('settings.workingDays', { value: show(workingDays) }), DEFAULT_SETTINGS.answerDeadlineWorkingDays);
  }
  const locale = section.data['locale'];
  if (locale !== undefined && locale !== null) {
    const parsed = localeSchema.safeParse(locale);
    if (parsed.success) settings.locale = parsed.data;
    else reject('locale', msg('settings.oneOf', { allowed: LOCALE_SETTINGS.join(', '), value: show(locale) }), quotedValue(DEFAULT_SETTINGS.locale));
  }
  return { settings, problems };
}

/** The options the checks read, from the settings and today's date. */
export function checkOptionsOf(settings: Settings, today: string, terms: TermTable, locale: Locale = 'en'): CheckOptions {
  return { frenchSpace: settings.typography.frenchSpace, answerDeadlineWorkingDays: settings.answerDeadlineWorkingDays, today, terms, locale };
}

/** The language messages are shown in: the setting's, else the client's (an LSP `initialize` locale, a checker's environment), else English. */
export function effectiveLocale(setting: LocaleSetting, client: string | null | undefined): Locale {
  return setting !== 'auto' ? setting : (localeOf(client) ?? 'en');
}
