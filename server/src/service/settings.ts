/**
 * The user's settings, validated. Each value is checked on its own: a bad one is reported once
 * and replaced by its default, and the good ones around it still apply.
 */
import { z } from 'zod';
import { CHECK_CODES, DEFAULT_SEVERITIES, SEVERITY_SETTINGS, type CheckCode, type SeverityOrOff } from '../checks/index.js';

export interface Settings {
  severity: Record<CheckCode, SeverityOrOff>;
  hover: { enabled: boolean };
  /** Above this size (in millions of characters, about MB) a document gets its outline only. */
  maxDocumentSizeMB: number;
}

export const DEFAULT_SETTINGS: Settings = {
  severity: { ...DEFAULT_SEVERITIES },
  hover: { enabled: true },
  maxDocumentSizeMB: 10,
};

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
  const settings: Settings = { severity: { ...DEFAULT_SETTINGS.severity }, hover: { ...DEFAULT_SETTINGS.hover }, maxDocumentSizeMB: DEFAULT_SETTINGS.maxDocumentSizeMB };
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
  return { settings, problems };
}
