/** What the extension's manifest says in each language that comes from the catalogue: the severity settings' descriptions. */
import { CHECK_CODES } from '../checks/index.js';
import { t, type Locale } from '../l10n/index.js';

/** The `setting.severity.<code>` entries of package.nls(.<locale>).json. */
export function severityNls(locale: Locale): Record<string, string> {
  return Object.fromEntries(CHECK_CODES.map((code) => [`setting.severity.${code}`, t(locale, 'settings.severityDescription', { code, description: t(locale, `check.${code}`) })]));
}
