/**
 * Which of the Senate's layouts a file is in, recognised from the landmarks its lines carry. The
 * same question is published several ways, and what a check may expect (two languages or one, a
 * banner, rules between the zones) depends on the way:
 * - `bilingual-print`: the bilingual printer version as plain lines (French and Dutch halves on
 *   one line, then the French text and the Dutch text one after the other);
 * - `bilingual-table`: the same page copied as a table (cells separated by " | ");
 * - `print`: the single-language printer version ("SÉNAT Question écrite n° …", rules between zones);
 * - `web`: the single-language web view (links to the printer versions, a "Chronologie" heading,
 *   no rules);
 * - `bulletin`: the Bulletin of Questions and Answers (many questions under minister headings);
 * - `chamber`: a written question of the Chamber of Representatives (QRVA), another institution's
 *   layout, recognised so as to say that it is not read;
 * - `none`: not a question page at all.
 */
import type { ClassifiedLine } from './lines.js';
import { HOUSE_PREFIX_FR, HOUSE_PREFIX_NL, NUMBER_FR, NUMBER_NL, QUESTION_HEADING_FR, QUESTION_HEADING_NL } from './lines.js';
import { languageEvidence, type Lang } from './language.js';
import { msg, type MessageKey, type Msg } from '../l10n/index.js';

export type LayoutKind = 'bilingual-print' | 'bilingual-table' | 'print' | 'web' | 'bulletin' | 'chamber' | 'none';

export interface Layout {
  kind: LayoutKind;
  /** The one language of a single-language layout; null for the bilingual ones (and `none`). */
  lang: Lang | null;
}

export const LAYOUT_NAMES: Record<LayoutKind, MessageKey> = {
  'bilingual-print': 'layout.bilingual-print',
  'bilingual-table': 'layout.bilingual-table',
  print: 'layout.print',
  web: 'layout.web',
  bulletin: 'layout.bulletin',
  chamber: 'layout.chamber',
  none: 'layout.none',
};

/** "single-language printer version (French)": the layout as a clerk would name it. */
export function describeLayout(layout: Layout): Msg {
  const name = msg(LAYOUT_NAMES[layout.kind]);
  return layout.lang ? msg('layout.inLanguage', { layout: name, lang: layout.lang }) : name;
}

/** Whether parlq reads this layout's questions at all: not for a page that is none, or another institution's. */
export function isReadable(layout: Layout): boolean {
  return layout.kind !== 'none' && layout.kind !== 'chamber';
}

export function isSingleLanguage(layout: Layout): boolean {
  return layout.lang !== null;
}

/** Lines past this many say nothing more about the layout: every landmark stands near the top. */
const LOOK_AHEAD = 400;

export function detectLayout(text: string, lines: readonly ClassifiedLine[]): Layout {
  let banner: ClassifiedLine | null = null;
  let number: ClassifiedLine | null = null;
  let heading: ClassifiedLine | null = null;
  let answerHeading = false;
  let rules = 0;
  let tableRows = 0;
  let webLandmarks = 0;
  let bulletinLandmarks = 0;
  let chamberLandmarks = 0;
  const limit = Math.min(lines.length, LOOK_AHEAD);
  for (let i = 0; i < limit; i++) {
    const line = lines[i] as ClassifiedLine;
    // The table copy shows in its fixed rows (banner, session, date, number, rules) ending in "|";
    // a table inside an answer says nothing of the page's layout.
    if (TABLE_LANDMARKS.has(line.cls) && line.contentEnd < line.end && endsWithCellBorder(text, line)) tableRows++;
    switch (line.cls) {
      case 'banner':
        banner ??= line;
        break;
      case 'number':
        number ??= line;
        break;
      case 'questionHeading':
        heading ??= line;
        break;
      case 'answerHeading':
        answerHeading = true;
        break;
      case 'rule':
      case 'columnRule':
        rules++;
        break;
      case 'navigation':
      case 'timelineHeading':
        webLandmarks++;
        break;
      case 'bulletinQuestion':
      case 'legend':
      case 'masthead':
      case 'bulletinSection':
        bulletinLandmarks++;
        break;
      case 'chamber':
        chamberLandmarks++;
        break;
      default:
        break;
    }
  }
  const senate = number !== null || heading !== null;
  if (chamberLandmarks >= 2 && !senate) return { kind: 'chamber', lang: chamberLanguage(lines) };
  if (bulletinLandmarks > 0 && !senate) return { kind: 'bulletin', lang: bulletinLanguage(text, lines) };
  if (!senate && !answerHeading && banner === null) return { kind: 'none', lang: null };
  if (tableRows >= 2) return { kind: 'bilingual-table', lang: null };

  const numberLine = number ?? heading;
  const languages = numberLine ? languagesOfNumberLine(numberLine.content) : new Set<Lang>();
  const single = languages.size === 1 ? ([...languages][0] as Lang) : null;
  // The single-language printer version names the house before the number; the bilingual one does not.
  if (single !== null && numberLine && (HOUSE_PREFIX_FR.test(numberLine.content) || HOUSE_PREFIX_NL.test(numberLine.content))) return { kind: 'print', lang: single };
  if (single !== null && (webLandmarks > 0 || (banner === null && rules === 0))) return { kind: 'web', lang: single };
  return { kind: 'bilingual-print', lang: null };
}

const TABLE_LANDMARKS = new Set<ClassifiedLine['cls']>(['banner', 'session', 'date', 'number', 'rule', 'columnRule']);

function endsWithCellBorder(text: string, line: ClassifiedLine): boolean {
  for (let i = line.end - 1; i >= line.contentEnd; i--) {
    const code = text.charCodeAt(i);
    if (code === 124 /* | */) return true;
    if (code !== 32 && code !== 9) return false;
  }
  return false;
}

function languagesOfNumberLine(content: string): Set<Lang> {
  const languages = new Set<Lang>();
  if (NUMBER_FR.test(content) || QUESTION_HEADING_FR.test(content)) languages.add('fr');
  const dutch = NUMBER_NL.exec(content) ?? QUESTION_HEADING_NL.exec(content);
  if (dutch) languages.add('nl');
  return languages;
}

/** A bulletin is printed in one language: its fixed wording says which, else its words. */
function bulletinLanguage(text: string, lines: readonly ClassifiedLine[]): Lang {
  let evidence = 0;
  for (const line of lines.slice(0, LOOK_AHEAD)) {
    if (line.cls === 'bulletinQuestion' || line.cls === 'legend' || line.cls === 'masthead' || line.cls === 'bulletinSection') {
      // "Bulletin 2-51" is the same in both languages and counts for neither.
      if (/^(?:Questions?|\(Fr\.\) ?: ?Question)/i.test(line.content)) evidence += 10;
      else if (/^(?:Vragen|Vraag|\(N\.\) ?: ?Vraag)/i.test(line.content)) evidence -= 10;
    }
  }
  if (evidence === 0) evidence = languageEvidence(text, 0, Math.min(text.length, 4000));
  return evidence >= 0 ? 'fr' : 'nl';
}

function chamberLanguage(lines: readonly ClassifiedLine[]): Lang {
  return lines.some((line) => /^(?:Datum indiening|Status vraag|Bulletin nr)/i.test(line.content)) ? 'nl' : 'fr';
}
