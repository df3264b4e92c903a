/** What each line of a question file is, from its own text alone; the zones decide what it means. */
import { CELL_BORDER, LineBreaks, trimSpan, type Line } from './text.js';

export type LineClass =
  | 'blank'
  | 'rule'
  | 'columnRule'
  | 'banner'
  | 'session'
  | 'date'
  | 'number'
  | 'questionHeading'
  | 'answerHeading'
  | 'timelineEvent'
  | 'deadline'
  | 'reference'
  /** "Chronologie": the web view's heading over the timeline. */
  | 'timelineHeading'
  /** "Version à imprimer bilingue …": the web view's links to its printer versions. */
  | 'navigation'
  /** Bulletin landmarks: "Question nº 3-3448 de Mme … du 30 septembre 2005 (N.) :", "Réponse : …". */
  | 'bulletinQuestion'
  | 'bulletinAnswer'
  /** "(Fr.): Question posée en français - (N.): Question posée en néerlandais" */
  | 'legend'
  /** "Questions et Réponses", "Bulletin 2-51", "SESSION DE 2001-2002": a bulletin's masthead. */
  | 'masthead'
  /** "Vragen waarop niet werd geantwoord …": a bulletin's section title. */
  | 'bulletinSection'
  /** "Bulletin nr : B003 - …", "Datum indiening…": the Chamber's QRVA view. */
  | 'chamber'
  | 'text';

/** A classified line; a run of blank lines is one `blank` entry spanning the run. */
export interface ClassifiedLine extends Line {
  cls: LineClass;
  /** Trimmed content: offsets and text. */
  contentStart: number;
  contentEnd: number;
  content: string;
  /** The references on a `reference` line, found while classifying it. */
  references?: ReferenceMatch[];
}

// Accented capitals and "°" arrive mangled by a wrong encoding often enough ("SÃ‰NAT", "nÂ°") that
// the fixed wording is matched with a short wildcard in their place. Every quantifier is bounded
// and no two overlap, so no pattern can backtrack more than a few steps.
const RULE = /^_{3,}$/;
// The table copy of the bilingual print separates its cells with " | ".
const COLUMN_RULE = /^_{3,}[ \t\u00a0|]+_{3,}$/;
/** A question number, legislature and number ("5-8900"): the one pattern every line kind below builds on. */
const NUMBER = '[0-9]{1,2}-[0-9]{1,6}';
export const BANNER_FR = /^S[^ ]{1,4}NAT DE BELGIQUE/i;
export const BANNER_NL = /BELGISCHE SENAAT/i;
export const SESSION_FR = /^Session (?:de )?[0-9]{4}-[0-9]{4}/i;
export const SESSION_NL = /Zitting [0-9]{4}-[0-9]{4}/i;
// The single-language printer version prefixes the number line and the question heading with the
// house: "SÉNAT Question écrite n° 5-1707", "SENAAT Schriftelijke vraag nr. 4-178".
export const HOUSE_PREFIX_FR = /^S[^ ]{1,4}NAT (?=Question)/i;
export const HOUSE_PREFIX_NL = /^SENAAT (?=Schriftelijke)/i;
export const NUMBER_FR = new RegExp(String.raw`^(?:S[^ ]{1,4}NAT )?Question [^ ]{1,8}crite n[^ 0-9]{0,3} ?${NUMBER}`, 'i');
export const NUMBER_NL = new RegExp(String.raw`(?:SENAAT )?Schriftelijke vraag nr\.? ?${NUMBER}`, 'i');
export const QUESTION_HEADING_FR = new RegExp(String.raw`^(?:S[^ ]{1,4}NAT )?Question (?:[^ ]{1,8}crite )?n[^ 0-9]{0,3} ?${NUMBER}`, 'i');
export const QUESTION_HEADING_NL = new RegExp(String.raw`(?:SENAAT )?(?:Schriftelijke v|V)raag nr\.? ?${NUMBER}`, 'i');
const DUTCH_HEADING_WITH_DATE = new RegExp(String.raw`^Vraag nr\.? ?${NUMBER} d\.d\.`, 'i');
/** What makes a number line a question heading: the date it was asked, or the language it was asked in. */
const HEADING_TAIL = /(?: du [0-9]{1,2}| d\.d\. [0-9]{1,2}|\((?:Question pos|Vraag gesteld))/i;
export const ANSWER_HEADING_FR = /^R[^ ]{1,4}ponse re[^ ]{1,4}ue le /i;
export const ANSWER_HEADING_NL = /Antwoord ontvangen op /i;
/** "30 avril 2013", "1er mars 2012"; the month is checked against the month names apart. */
export const LONG_DATE = /[0-9]{1,2}(?:er)? [^ 0-9]{3,14} [0-9]{4}/g;
const DATE_LINE = /^[0-9]{1,2}(?:er)? [^ 0-9]{3,14} [0-9]{4}(?:[ \t\u00a0|]+[0-9]{1,2} [^ 0-9]{3,14} [0-9]{4})?$/;
export const TIMELINE_EVENT = /^([0-9]{1,2}\/[0-9]{1,2}\/[0-9]{4}) ?(\S.*)$/;
// A stray space before the bracket occurs on real pages: "(Einde van de antwoordtermijn: 6/5/2010 )".
export const DEADLINE = /^\(([^():]{5,60}?) ?: ?([0-9]{1,2}\/[0-9]{1,2}\/[0-9]{4}) ?\)$/;
/** The web view puts the deadline on the line of the first event: "10/11/2008Envoi question (Fin du délai de réponse: 11/12/2008)". */
export const TRAILING_DEADLINE = /[ \t\u00a0]*\(([^():]{5,60}?) ?: ?([0-9]{1,2}\/[0-9]{1,2}\/[0-9]{4}) ?\)$/;
const TIMELINE_HEADING = /^(?:Chronologie|Chronology)$/i;
const NAVIGATION = /^(?:Version [^ ]{1,3} imprimer (?:bilingue|unilingue)|Tweetalige printerversie|Eentalige printerversie)/i;
/** "Question nº 1764 de Mme de Bethune du 7 décembre 2001 (N.) :" and its Dutch form; old numbers have no legislature. */
export const BULLETIN_QUESTION_FR = /^Question n[^ 0-9]{0,3} ?((?:[0-9]{1,2}-)?[0-9]{1,6}) (?:de|d['’]) .{1,160}? du [0-9]{1,2}(?:er)? [^ 0-9]{3,14} [0-9]{4} ?\((N|Fr)\.\) ?:?/i;
export const BULLETIN_QUESTION_NL = /^Vraag nr\.? ?((?:[0-9]{1,2}-)?[0-9]{1,6}) van .{1,160}? d\.d\. [0-9]{1,2} [^ 0-9]{3,14} [0-9]{4} ?\((N|Fr)\.\) ?:?/i;
export const BULLETIN_ANSWER = /^(?:R[^ ]{1,4}ponse|Antwoord) ?:/i;
const LEGEND = /^\((?:Fr|N)\.\) ?: ?(?:Question pos|Vraag gesteld)/i;
const MASTHEAD = /^(?:Questions et R[^ ]{1,4}ponses|Vragen en Antwoorden|Bulletin [0-9]{1,2}-[0-9]{1,4})$/i;
const BULLETIN_SECTION =
  /^(?:Questions pos[^ ]{1,4}es par les S[^ ]{1,4}nateurs|Questions auxquelles il n|Vragen gesteld door de Senatoren|Vragen waarop niet (?:werd )?geantwoord)/i;
/** The first letters (lower case) of the Chamber's keys: a line that starts otherwise is not tested. */
const CHAMBER_INITIALS = new Set([...'abdlpst'].map((letter) => letter.charCodeAt(0)));
/** The key of a key/value line of the Chamber's QRVA view, Dutch or French. */
const CHAMBER =
  /^(?:Bulletin n(?:r|[^ 0-9]{1,3}) ?: ?B[0-9]{3}|(?:Auteur|Departement|D[^ ]{1,4}partement|Sub-departement|Sous-d[^ ]{1,4}partement|Titel|Titre|Taal|Langue)(?: ?\||[ \t]{1,8}\S)|Datum indiening|Date de d[^ ]{1,4}p[^ ]{1,4}t|Publicatie vraag|Publication question|Publicatiedatum|Date de publication|Status vraag|Statut question|Termijndatum|Date de d[^ ]{1,4}lai)/i;
export const QUESTION_NUMBER = new RegExp(NUMBER);
const QUESTION_NUMBERS = new RegExp(NUMBER, 'g');

/** The question number ("5-8900") written across `character` of a line, if any. */
export function questionNumberAcross(line: string, character: number): string | null {
  for (const match of line.matchAll(QUESTION_NUMBERS)) {
    if (character >= match.index && character <= match.index + match[0].length) return match[0];
  }
  return null;
}

/** The first question number ("5-8916") in a line, or null. */
export function firstQuestionNumber(content: string): string | null {
  return QUESTION_NUMBER.exec(content)?.[0] ?? null;
}

/**
 * A line's content without its white space and, in the table copy of the bilingual print, without
 * the table's decoration: the "|" that ends a row's cells and the "||||||||" of an empty row.
 * A "|" between two cells stays: it is where the Dutch cell starts.
 */
export function trimCell(text: string, from: number, to: number): [number, number] {
  let [start, end] = trimSpan(text, from, to);
  while (end > start && text.charCodeAt(end - 1) === CELL_BORDER) [start, end] = trimSpan(text, start, end - 1);
  while (start < end && text.charCodeAt(start) === CELL_BORDER) [start, end] = trimSpan(text, start + 1, end);
  return [start, end];
}

const CELL_SEPARATOR = ' | ';

/**
 * A table row's two cells, French then Dutch, trimmed (an empty cell is null); null when the line
 * holds one cell only.
 */
export function tableRowCells(text: string, line: ClassifiedLine): [[number, number] | null, [number, number] | null] | null {
  const at = line.content.indexOf(CELL_SEPARATOR);
  if (at < 0) return null;
  const cell = (from: number, to: number): [number, number] | null => {
    const span = trimCell(text, from, to);
    return span[1] > span[0] ? span : null;
  };
  return [cell(line.contentStart, line.contentStart + at), cell(line.contentStart + at + CELL_SEPARATOR.length, line.contentEnd)];
}

/** Splits and classifies in one pass: this runs over every line of every document, on every change. */
export function classifyLines(text: string, from = 0, to = text.length): ClassifiedLine[] {
  const lines: ClassifiedLine[] = [];
  const length = to;
  const breaks = new LineBreaks(text);
  let start = from;
  for (;;) {
    const end = Math.min(breaks.endOf(start), length);
    const next = end >= length ? length : breaks.after(end);
    const [contentStart, contentEnd] = trimCell(text, start, end);
    const previous = lines[lines.length - 1];
    if (contentEnd === contentStart && previous?.cls === 'blank') {
      // A run of blank lines is one entry: all the parser asks of it is that it separates.
      previous.end = end;
      previous.next = next;
    } else {
      const content = contentEnd > contentStart ? text.slice(contentStart, contentEnd) : '';
      const cls = classify(content);
      const references = cls === 'reference' ? (parseReferenceLine(content) ?? []) : undefined;
      const line: ClassifiedLine = { start, end, next, index: lines.length, contentStart, contentEnd, content, cls, references };
      lines.push(line);
    }
    if (end >= length) break;
    start = next;
  }
  return lines;
}

/** The longest fixed line seen (a bilingual question heading) is 160 characters; the limit leaves room for more than twice that. */
const HEADING_MAX_LENGTH = 400;

const DIGIT_0 = 48;
const DIGIT_9 = 57;

/**
 * Dispatches on the first character, so that a paragraph of running text meets one or two
 * patterns instead of every one.
 */
export function classify(content: string): LineClass {
  if (content.length === 0) return 'blank';
  const first = content.charCodeAt(0);
  if (first === 95 /* _ */) {
    if (RULE.test(content)) return 'rule';
    if (COLUMN_RULE.test(content)) return 'columnRule';
    return 'text';
  }
  // A heading line is short; testing long paragraphs against every pattern would waste time.
  if (content.length > HEADING_MAX_LENGTH) return 'text';
  switch (first) {
    case 83 /* S */:
    case 115 /* s */:
      if (BANNER_FR.test(content)) return 'banner';
      if (SESSION_FR.test(content)) return 'session';
      if (NUMBER_FR.test(content) || /^(?:SENAAT )?Schriftelijke vraag nr/i.test(content)) return HEADING_TAIL.test(content) ? 'questionHeading' : 'number';
      break;
    case 66 /* B */:
    case 98 /* b */:
      if (/^BELGISCHE SENAAT$/i.test(content)) return 'banner';
      if (MASTHEAD.test(content)) return 'masthead';
      break;
    case 90 /* Z */:
    case 122 /* z */:
      if (/^Zitting [0-9]{4}-[0-9]{4}$/i.test(content)) return 'session';
      break;
    case 81 /* Q */:
    case 113 /* q */:
      if (NUMBER_FR.test(content)) return HEADING_TAIL.test(content) ? 'questionHeading' : 'number';
      if (BULLETIN_QUESTION_FR.test(content)) return 'bulletinQuestion';
      if (QUESTION_HEADING_FR.test(content)) return 'questionHeading';
      if (MASTHEAD.test(content)) return 'masthead';
      if (BULLETIN_SECTION.test(content)) return 'bulletinSection';
      break;
    case 86 /* V */:
    case 118 /* v */:
      if (DUTCH_HEADING_WITH_DATE.test(content)) return 'questionHeading';
      if (BULLETIN_QUESTION_NL.test(content)) return 'bulletinQuestion';
      if (NAVIGATION.test(content)) return 'navigation';
      if (MASTHEAD.test(content)) return 'masthead';
      if (BULLETIN_SECTION.test(content)) return 'bulletinSection';
      break;
    case 82 /* R */:
    case 114 /* r */:
      if (ANSWER_HEADING_FR.test(content)) return 'answerHeading';
      if (BULLETIN_ANSWER.test(content)) return 'bulletinAnswer';
      break;
    case 65 /* A */:
    case 97 /* a */:
      if (/^Antwoord ontvangen op /i.test(content)) return 'answerHeading';
      if (BULLETIN_ANSWER.test(content)) return 'bulletinAnswer';
      break;
    case 67 /* C */:
    case 99 /* c */:
      if (TIMELINE_HEADING.test(content)) return 'timelineHeading';
      break;
    case 84 /* T */:
    case 116 /* t */:
      if (NAVIGATION.test(content)) return 'navigation';
      break;
    case 40 /* ( */:
      if (DEADLINE.test(content)) return 'deadline';
      if (LEGEND.test(content)) return 'legend';
      break;
    default:
      if (first >= DIGIT_0 && first <= DIGIT_9) {
        if (DATE_LINE.test(content)) return 'date';
        if (TIMELINE_EVENT.test(content)) return 'timelineEvent';
      }
  }
  if (parseReferenceLine(content) !== null) return 'reference';
  if (CHAMBER_INITIALS.has(first | 0x20) && CHAMBER.test(content)) return 'chamber';
  return 'text';
}

export interface ReferenceMatch {
  /** Offsets inside the line's content. */
  start: number;
  end: number;
  label: string;
  kind: string;
  number: string;
}

const REFERENCE_NUMBER = new RegExp(String.raw`${NUMBER}(?=[ \t\u00a0]|$)`, 'g');

/**
 * "Ook gesteld aan : schriftelijke vraag 5-8900", possibly twice on one line (both columns).
 * Each reference is "label : kind number"; null when the line is anything else.
 */
export function parseReferenceLine(content: string): ReferenceMatch[] | null {
  // Cheap refusals first: a reference line has a colon and a number with a dash.
  if (content.indexOf(':') < 0 || content.indexOf('-') < 0) return null;
  const references: ReferenceMatch[] = [];
  let segmentStart = 0;
  REFERENCE_NUMBER.lastIndex = 0;
  for (let match = REFERENCE_NUMBER.exec(content); match; match = REFERENCE_NUMBER.exec(content)) {
    // In the table copy the second column's reference follows a "|".
    const raw = content.slice(segmentStart, match.index);
    const segment = raw.indexOf('|') < 0 ? raw : raw.replace(/^[ \t\u00a0]*\|/, (bar) => ' '.repeat(bar.length));
    const colon = segment.indexOf(':');
    if (colon < 0) return null;
    const label = segment.slice(0, colon).trim();
    const kind = segment.slice(colon + 1).trim();
    // A label is a few words, a kind at most a few: longer text is a sentence that happens to hold a number.
    if (label.length === 0 || label.length > 60 || kind.length > 40 || /[.?!;]/.test(label)) return null;
    const leading = segment.length - segment.trimStart().length;
    references.push({ start: segmentStart + leading, end: match.index + match[0].length, label, kind, number: match[0] });
    segmentStart = match.index + match[0].length;
  }
  if (references.length === 0 || content.slice(segmentStart).trim().length > 0) return null;
  return references;
}
