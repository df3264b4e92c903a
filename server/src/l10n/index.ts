/**
 * The users' languages: English, French and Dutch. Code below the service builds messages as
 * data (a key and its values, see `msg`); they become text in the locale of whoever reads them:
 * the editor's, the checker's, a setting's. Nothing here knows of LSP or of the parser.
 */
import { EN, type MessageKey } from './en.js';
import { FR } from './fr.js';
import { NL } from './nl.js';
import { formatParts, parseMessage, type Arg, type Msg, type Part } from './format.js';

export type { Arg, Msg, MessageKey };
export { EN };

export const LOCALES = ['en', 'fr', 'nl'] as const;
export type Locale = (typeof LOCALES)[number];

export const CATALOGUES: Readonly<Record<Locale, Readonly<Record<MessageKey, string>>>> = { en: EN, fr: FR, nl: NL };

/**
 * The tags Intl formats with: Belgian French and Dutch; British English, whose dates ("1 May
 * 2013") and numbers ("1,234.5") read right to a European reader of English.
 */
const INTL_TAGS: Readonly<Record<Locale, string>> = { en: 'en-GB', fr: 'fr-BE', nl: 'nl-BE' };

/** A message as data, rendered later in the reader's locale. */
export function msg(key: MessageKey, args?: Readonly<Record<string, Arg>>): Msg {
  return args ? { key, args } : { key };
}

/** Text inside the locale's quotation marks, as a value of another message. */
export function quoted(text: string): Msg {
  return { key: 'quoted', args: { text } };
}

/** The catalogue language of a BCP 47 tag or POSIX locale ("fr-BE", "nl_BE.UTF-8", "FR"); null for any other language. */
export function localeOf(tag: string | null | undefined): Locale | null {
  if (!tag) return null;
  const language = tag
    .trim()
    .toLowerCase()
    .split(/[-_.@]/)[0];
  return (LOCALES as readonly string[]).includes(language ?? '') ? (language as Locale) : null;
}

const parsed = new Map<string, readonly Part[] | null>();

function partsOf(template: string): readonly Part[] | null {
  let parts = parsed.get(template);
  if (parts === undefined) {
    try {
      parts = parseMessage(template);
    } catch {
      parts = null;
    }
    parsed.set(template, parts);
  }
  return parts;
}

/**
 * A message's text in a locale. A key the catalogue does not hold is shown as the key; a message
 * that does not parse falls back to English: a wrong translation costs its wording, never the
 * finding. `missing` is told of every placeholder left without a value.
 */
export function render(locale: Locale, message: Msg | string, missing?: string[]): string {
  if (typeof message === 'string') return message;
  const key = message.key as MessageKey;
  const catalogue = CATALOGUES[locale] ?? EN;
  const template = catalogue[key] ?? EN[key];
  if (template === undefined) return message.key;
  const parts = partsOf(template) ?? (locale !== 'en' ? partsOf(EN[key]) : null);
  if (!parts) return template;
  const context = { tag: INTL_TAGS[locale] ?? INTL_TAGS.en, render: (inner: Msg) => render(locale, inner, missing), ...(missing ? { missing } : {}) };
  return formatParts(parts, message.args ?? {}, context);
}

/** A message by key, rendered at once. */
export function t(locale: Locale, key: MessageKey, args?: Readonly<Record<string, Arg>>): string {
  return render(locale, msg(key, args));
}

/** A language's name in a locale's words ("néerlandais" in French). */
export function languageName(locale: Locale, lang: 'fr' | 'nl'): string {
  return t(locale, 'lang.name', { lang });
}
