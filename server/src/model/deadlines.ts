import { isAnswerLabel, isSendingLabel } from './labels.js';
import type { Question, TimelineEvent } from './nodes.js';

/**
 * Dates of the timeline and the answer deadline: days as "YYYY-MM-DD", working days without
 * weekends and Belgian public holidays (Easter computed, not tabled).
 */

/** "4/6/2013" → "2013-06-04"; null for anything that is not a real date. */
export function isoOf(date: string): string | null {
  const match = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(date.trim());
  if (!match) return null;
  const [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const utc = new Date(Date.UTC(year, month - 1, day));
  if (utc.getUTCFullYear() !== year || utc.getUTCMonth() !== month - 1 || utc.getUTCDate() !== day) return null;
  return utc.toISOString().slice(0, 10);
}

/** "2013-06-04" → "4/6/2013", as the timeline writes dates. */
export function timelineDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  return `${day}/${month}/${year}`;
}

const DAY = 86_400_000;

/** Days since 1970-01-01: dates are counted as whole numbers, so walking a month allocates nothing. */
function dayNumber(iso: string): number {
  return Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / DAY;
}

function isoOfDay(day: number): string {
  return new Date(day * DAY).toISOString().slice(0, 10);
}

function isoAfter(iso: string, days: number): string {
  return isoOfDay(dayNumber(iso) + days);
}

/** Easter Sunday of a year (the Gregorian computus, as Meeus gives it). */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Each year's holidays, as dates and as day numbers, computed once. */
const holidayCache = new Map<number, { readonly dates: ReadonlySet<string>; readonly days: ReadonlySet<number> }>();

function holidaysOf(year: number): { readonly dates: ReadonlySet<string>; readonly days: ReadonlySet<number> } {
  let holidays = holidayCache.get(year);
  if (!holidays) {
    const easter = easterSunday(year);
    const fixed = ['01-01', '05-01', '07-21', '08-15', '11-01', '11-11', '12-25'].map((day) => `${year}-${day}`);
    // Easter Monday, Ascension (39 days after Easter) and Whit Monday (50 days after).
    const dates = new Set([...fixed, isoAfter(easter, 1), isoAfter(easter, 39), isoAfter(easter, 50)]);
    holidayCache.set(year, (holidays = { dates, days: new Set([...dates].map(dayNumber)) }));
  }
  return holidays;
}

/** The ten legal public holidays of Belgium in a year. */
export function belgianHolidays(year: number): ReadonlySet<string> {
  return holidaysOf(year).dates;
}

function isWorkingDayNumber(day: number): boolean {
  // 1970-01-01 was a Thursday: day 0 → weekday 4.
  const weekday = (((day + 4) % 7) + 7) % 7;
  if (weekday === 0 || weekday === 6) return false;
  return !holidaysAround(day).has(day);
}

// The year last asked for, and its first and last days: consecutive days mostly share a year.
let cachedYear = { first: 1, last: 0, holidays: new Set<number>() as ReadonlySet<number> };

function holidaysAround(day: number): ReadonlySet<number> {
  if (day < cachedYear.first || day > cachedYear.last) {
    const year = new Date(day * DAY).getUTCFullYear();
    cachedYear = { first: Date.UTC(year, 0, 1) / DAY, last: Date.UTC(year, 11, 31) / DAY, holidays: holidaysOf(year).days };
  }
  return cachedYear.holidays;
}

export function isWorkingDay(iso: string): boolean {
  return isWorkingDayNumber(dayNumber(iso));
}

/** The day on which `count` working days after `from` have passed (the count starts the day after). */
export function addWorkingDays(from: string, count: number): string {
  let day = dayNumber(from);
  for (let left = count; left > 0;) {
    day++;
    if (isWorkingDayNumber(day)) left--;
  }
  return isoOfDay(day);
}

/** How many working days lie after `from` up to and including `to` (0 when `to` is not after `from`). */
export function workingDaysBetween(from: string, to: string): number {
  const last = dayNumber(to);
  let count = 0;
  // Bounded: a timeline's dates lie within a few years of each other; a wrong year is not walked for ever.
  for (let day = dayNumber(from) + 1, steps = 0; day <= last && steps < 3700; day++, steps++) if (isWorkingDayNumber(day)) count++;
  return count;
}

/** When a question was sent, when its answer was due, and when (on which working day) it came. */
export interface AnswerTiming {
  readonly sent: TimelineEvent;
  readonly sentOn: string;
  readonly deadline: string;
  /** The deadline as the timeline prints it; false when counted (`workingDays` after sending). */
  readonly deadlinePrinted: boolean;
  readonly answer: TimelineEvent | null;
  readonly answeredOn: string | null;
  /** The working day after sending on which the answer came (the 22nd…). */
  readonly answeredOnWorkingDay: number | null;
}

/** What the timeline says of the answer's timing, or null when it records no sending date. */
export function answerTiming(question: Question, workingDays: number): AnswerTiming | null {
  const events = question.timeline?.columns.flatMap((column) => column.entries) ?? [];
  const sent = events.find((event) => isSendingLabel(event.label) && isoOf(event.date));
  if (!sent) return null;
  const sentOn = isoOf(sent.date) as string;
  const printed = events.map((event) => (event.deadline ? isoOf(event.deadline) : null)).find((date) => date !== null) ?? null;
  const deadline = printed ?? addWorkingDays(sentOn, workingDays);
  const answer = events.find((event) => isAnswerLabel(event.label) && isoOf(event.date)) ?? null;
  const answeredOn = answer ? isoOf(answer.date) : null;
  return {
    sent,
    sentOn,
    deadline,
    deadlinePrinted: printed !== null,
    answer,
    answeredOn,
    answeredOnWorkingDay: answeredOn ? workingDaysBetween(sentOn, answeredOn) : null,
  };
}

/** "1st", "2nd", "22nd". */
export function ordinal(count: number): string {
  const tens = count % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][count % 10] ?? 'th');
  return `${count}${suffix}`;
}
