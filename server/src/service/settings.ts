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

export interface Settings {
  severity: Record<CheckCode, SeverityOrOff>;
  hover: { enabled: boolean };
  /** Above this size (in millions of characters, about MB) a document gets its outline only. */
  maxDocumentSizeMB: number;
  typography: { frenchSpace: CheckOptions['frenchSpace'] };
  /** Working days to answer when the timeline prints no deadline. */
  answerDeadlineWorkingDays: number;
}

export const DEFAULT_SETTINGS: Settings = {
  severity: { ...DEFAULT_SEVERITIES },
  hover: { enabled: true },
  maxDocumentSizeMB: 10,
  typography: { frenchSpace: DEFAULT_CHECK_OPTIONS.frenchSpace },
  answerDeadlineWorkingDays: DEFAULT_CHECK_OPTIONS.answerDeadlineWorkingDays,
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
};

export const FRENCH_SPACES = ['any', 'nbsp', 'nnbsp'] as const;
const frenchSpaceSchema = z.enum(FRENCH_SPACES);
const workingDaysSchema = z.number().int().min(1).max(250);

const sizeSchema = z.number().positive().max(1000);

const severitySchema = z.enum(SEVERITY_SETTINGS);
const booleanSchema = z.boolean();
const objectSchema = z.record(z.string(), z.unknown());

export interface SettingsResult {
  settings: Settings;
  /** One sentence per rejected value, naming the setting, the value and the default used instead. */
  problems: string[];
}

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
  const problems: string[] = [];
  if (raw === undefined || raw === null) return { settings, problems };
  const section = objectSchema.safeParse(raw);
  if (!section.success) {
    problems.push(`Setting "parlq" must be an object, not ${show(raw)}; using the defaults.`);
    return { settings, problems };
  }

  const severity = section.data['severity'];
  if (severity !== undefined && severity !== null) {
    const severities = objectSchema.safeParse(severity);
    if (!severities.success) {
      problems.push(`Setting "parlq.severity" must be an object of check → severity, not ${show(severity)}; using the defaults.`);
    } else {
      for (const [code, value] of Object.entries(severities.data)) {
        if (!(CHECK_CODES as readonly string[]).includes(code)) {
          problems.push(`Setting "parlq.severity.${code}" names no check; the checks are ${CHECK_CODES.join(', ')}.`);
          continue;
        }
        const parsed = severitySchema.safeParse(value);
        if (parsed.success) settings.severity[code as CheckCode] = parsed.data;
        else
          problems.push(
            `Setting "parlq.severity.${code}" has the invalid value ${show(value)}; it must be one of ${SEVERITY_SETTINGS.join(', ')}. Using "${DEFAULT_SEVERITIES[code as CheckCode]}".`,
          );
      }
    }
  }

  const hover = section.data['hover'];
  if (hover !== undefined && hover !== null) {
    const enabled = objectSchema.safeParse(hover).data?.['enabled'];
    const parsed = booleanSchema.safeParse(enabled);
    if (parsed.success) settings.hover.enabled = parsed.data;
    else if (enabled !== undefined) problems.push(`Setting "parlq.hover.enabled" must be true or false, not ${show(enabled)}; using true.`);
  }
  const size = section.data['maxDocumentSizeMB'];
  if (size !== undefined && size !== null) {
    const parsed = sizeSchema.safeParse(size);
    if (parsed.success) settings.maxDocumentSizeMB = parsed.data;
    else problems.push(`Setting "parlq.maxDocumentSizeMB" must be a number above 0 and at most 1000, not ${show(size)}; using ${DEFAULT_SETTINGS.maxDocumentSizeMB}.`);
  }
  const typography = section.data['typography'];
  if (typography !== undefined && typography !== null) {
    const frenchSpace = objectSchema.safeParse(typography).data?.['frenchSpace'];
    const parsed = frenchSpaceSchema.safeParse(frenchSpace);
    if (parsed.success) settings.typography.frenchSpace = parsed.data;
    else if (frenchSpace !== undefined)
      problems.push(
        `Setting "parlq.typography.frenchSpace" must be one of ${FRENCH_SPACES.join(', ')}, not ${show(frenchSpace)}; using "${DEFAULT_SETTINGS.typography.frenchSpace}".`,
      );
  }
  const workingDays = section.data['answerDeadlineWorkingDays'];
  if (workingDays !== undefined && workingDays !== null) {
    const parsed = workingDaysSchema.safeParse(workingDays);
    if (parsed.success) settings.answerDeadlineWorkingDays = parsed.data;
    else
      problems.push(
        `Setting "parlq.answerDeadlineWorkingDays" must be a whole number from 1 to 250, not ${show(workingDays)}; using ${DEFAULT_SETTINGS.answerDeadlineWorkingDays}.`,
      );
  }
  return { settings, problems };
}

/** The options the checks read, from the settings and today's date. */
export function checkOptionsOf(settings: Settings, today: string, terms: TermTable): CheckOptions {
  return { frenchSpace: settings.typography.frenchSpace, answerDeadlineWorkingDays: settings.answerDeadlineWorkingDays, today, terms };
}
