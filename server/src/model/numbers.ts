/**
 * The figures of a text, written the same way whatever the language wrote them: a date in any
 * of its shapes and either language's month names, a question or document number, a range, an
 * amount or percentage with French or Dutch separators, a time. Two versions of one text that say
 * the same figures give the same set; small numbers written as words count only as matches (a
 * "deux" may stand for a "2" across, but "les deux" has no figure of its own to demand).
 */

const MONTHS: Readonly<Record<string, number>> = {
  janvier: 1,
  février: 2,
  fevrier: 2,
  mars: 3,
  avril: 4,
  mai: 5,
  juin: 6,
  juillet: 7,
  août: 8,
  aout: 8,
  septembre: 9,
  octobre: 10,
  novembre: 11,
  décembre: 12,
  decembre: 12,
  januari: 1,
  februari: 2,
  maart: 3,
  april: 4,
  mei: 5,
  juni: 6,
  juli: 7,
  augustus: 8,
  september: 9,
  oktober: 10,
  november: 11,
  december: 12,
};

/** Numbers up to twenty and the round tens, and the first ordinals, in both languages. */
const NUMBER_WORDS: Readonly<Record<string, number>> = {
  un: 1, une: 1, premier: 1, première: 1, deux: 2, deuxième: 2, second: 2, seconde: 2, trois: 3, troisième: 3, quatre: 4, quatrième: 4,
  cinq: 5, cinquième: 5, six: 6, sixième: 6, sept: 7, septième: 7, huit: 8, huitième: 8, neuf: 9, neuvième: 9, dix: 10, dixième: 10,
  onze: 11, douze: 12, treize: 13, quatorze: 14, quinze: 15, seize: 16, 'dix-sept': 17, 'dix-huit': 18, 'dix-neuf': 19, vingt: 20,
  trente: 30, quarante: 40, cinquante: 50, soixante: 60, 'soixante-dix': 70, septante: 70, 'quatre-vingt': 80, 'quatre-vingts': 80,
  'quatre-vingt-dix': 90, nonante: 90, cent: 100,
  een: 1, één: 1, eerste: 1, twee: 2, tweede: 2, drie: 3, derde: 3, vier: 4, vierde: 4, vijf: 5, vijfde: 5, zes: 6, zesde: 6,
  zeven: 7, zevende: 7, acht: 8, achtste: 8, negen: 9, negende: 9, tien: 10, tiende: 10, elf: 11, twaalf: 12, dertien: 13,
  veertien: 14, vijftien: 15, zestien: 16, zeventien: 17, achttien: 18, negentien: 19, twintig: 20, dertig: 30, veertig: 40,
  vijftig: 50, zestig: 60, zeventig: 70, tachtig: 80, negentig: 90, honderd: 100,
}; // prettier-ignore

const SPACE = '[ \\t\\u00a0\\u202f]';

/**
 * One pass, longest shape first: a date written out ("1er mai 2013", "30 april"), a date in
 * figures ("30/4/2013"), a time ("14h30", "14.30 uur"), a question or document number ("5-8900",
 * "5-1234/1"), a range of years ("2012-2013"), then a plain number with its separators. A figure
 * glued to a letter ("B003", "art3") is a code, the same in both versions, and is left out.
 */
const SHAPES = [
  // A day and a word: the word is looked up in MONTHS after the match (an alternation of 28 names at every figure is slow).
  `(?<day>\\d{1,2})(?:er|re|e|ste|de)?${SPACE}+(?<month>\\p{L}{3,9})(?![\\p{L}])(?:${SPACE}+(?<year>\\d{4}))?`,
  `(?<d>\\d{1,2})[/.](?<m>\\d{1,2})[/.](?<y>\\d{4})`,
  `(?<hour>\\d{1,2})(?:[h:](?<minute>\\d{2})|\\.(?<minute2>\\d{2})(?=${SPACE}*u(?:ur)?(?![\\p{L}])))`,
  `(?<reference>\\d{1,2}-\\d{1,6}(?:/\\d{1,4})?)`,
  `(?<from>\\d{4})-(?<to>\\d{4})`,
  `(?<number>\\d{1,3}(?:(?:${SPACE}|\\.)\\d{3})+(?:,\\d+)?|\\d+(?:[.,]\\d+)?)`,
];
/** Tried only where a run of digits starts (every shape starts with one): most of a text is never looked at twice. */
const FIGURE = new RegExp(`(?:${SHAPES.map((shape) => `(?:${shape})`).join('|')})(?!\\d)`, 'yiu');
/** What may follow the digits of a longer figure: a space, a separator, an ordinal's letters, "h" of a time. */
const HAS_DIGIT = /\d/;
const EXTENDS = new Set([' ', '\t', '\u00a0', '\u202f', '.', ',', '/', ':', '-', 'h', 'e', 'r', 's', 'd']);
const LETTER = /\p{L}/u;

const WORD = new RegExp(
  `(?<![\\p{L}-])(?:${Object.keys(NUMBER_WORDS)
    .sort((a, b) => b.length - a.length)
    .join('|')})(?![\\p{L}-])`,
  'giu',
);

export interface Figure {
  /** The figure as both languages would agree on it: "2013-04-30", "--05-01", "5-8900", "1234.5", "14:30". */
  readonly value: string;
  readonly start: number;
  readonly end: number;
}

const pad = (value: number) => String(value).padStart(2, '0');

function dateValue(day: number, month: number, year: string | undefined): string | null {
  if (day < 1 || day > 31 || month < 1 || month > 12) return null;
  return `${year ?? '-'}-${pad(month)}-${pad(day)}`;
}

/** "1 234,5", "1.234,5", "1234.5" → "1234.5"; "5.000" → "5000". */
function plainNumber(written: string): string {
  let digits = written.replace(/[ \t\u00a0\u202f]/g, '');
  // A dot before exactly three digits groups thousands; any other dot, or a comma, marks decimals.
  if (/\.\d{3}(?:[.,]|$)/.test(digits) && !/\.\d{1,2}$|\.\d{4,}/.test(digits)) digits = digits.replace(/\./g, '');
  digits = digits.replace(',', '.');
  const value = Number(digits);
  return Number.isFinite(value) ? String(value) : written;
}

/** What joins the parts of a date, a time, a reference, a range or a number: each longer shape has a digit after it. */
const SEPARATOR_CODES = new Set(['.', ',', '/', ':', '-', 'h'].map((char) => char.charCodeAt(0)));
/** The white space a figure's parts may be apart by (SPACE). */
const isSpaceCode = (code: number) => code === 32 || code === 9 || code === 0xa0 || code === 0x202f;

/** Whether a month's name, in either language, is the word at `at`: as the day-and-month shape reads it, three to nine letters. */
function monthNameAt(text: string, at: number): boolean {
  let end = at;
  while (end - at <= 9 && end < text.length && LETTER.test(text[end] as string)) end++;
  return end - at >= 3 && end - at <= 9 && MONTHS[text.slice(at, end).toLowerCase()] !== undefined;
}

/** The figures a text writes in digits, in order, each with its span. */
export function figuresIn(text: string, from = 0, to = text.length): Figure[] {
  const figures: Figure[] = [];
  // Most pieces hold no figure: a native search says so without a loop over their characters.
  if (!HAS_DIGIT.test(text.slice(from, to))) return figures;
  let next = from;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code < 48 || code > 57) continue;
    let runEnd = i + 1;
    while (runEnd < to && text.charCodeAt(runEnd) >= 48 && text.charCodeAt(runEnd) <= 57) runEnd++;
    const run = text.slice(i, runEnd);
    if (i < next) {
      i = runEnd - 1;
      continue;
    }
    // A figure glued to a letter is a code ("B003"), the same in both versions.
    if (i > from && LETTER.test(text[i - 1] as string)) {
      i = runEnd - 1;
      continue;
    }
    // A run that nothing can extend (no space, separator, ordinal or month after it) is a plain number: no pattern needed.
    if (runEnd >= to || !EXTENDS.has(text[runEnd] as string)) {
      figures.push({ value: String(Number(run)), start: i, end: runEnd });
      next = runEnd;
      i = runEnd - 1;
      continue;
    }
    // Digits and a separator with no digit after it ("1. ", "2), " "12:"): a plain number, as every
    // longer shape wants a digit there. Said without the pattern, which would make a match for each.
    if (SEPARATOR_CODES.has(text.charCodeAt(runEnd))) {
      const following = text.charCodeAt(runEnd + 1);
      if (!(following >= 48 && following <= 57)) {
        figures.push({ value: String(Number(run)), start: i, end: runEnd });
        next = runEnd;
        i = runEnd - 1;
        continue;
      }
    }
    // Digits, white space, then no digit: a plain number, unless a day before a month's name ("30 avril").
    if (isSpaceCode(text.charCodeAt(runEnd))) {
      let after = runEnd + 1;
      while (isSpaceCode(text.charCodeAt(after))) after++;
      const following = text.charCodeAt(after);
      if (!(following >= 48 && following <= 57) && !(runEnd - i <= 2 && monthNameAt(text, after))) {
        figures.push({ value: String(Number(run)), start: i, end: runEnd });
        next = runEnd;
        i = runEnd - 1;
        continue;
      }
    }
    FIGURE.lastIndex = i;
    const match = FIGURE.exec(text);
    if (!match || match.index + match[0].length > to) {
      i = runEnd - 1;
      continue;
    }
    const groups = match.groups ?? {};
    const start = i;
    const end = i + match[0].length;
    let values: string[] = [];
    if (groups.month !== undefined) {
      const month = MONTHS[groups.month.toLowerCase()];
      if (month === undefined) {
        // "5 personnes": no date, the figure is the day's digits alone.
        const digits = (groups.day as string).length;
        figures.push({ value: String(Number(groups.day)), start: i, end: i + digits });
        next = i + digits;
        i = next - 1;
        continue;
      }
      const date = dateValue(Number(groups.day), month, groups.year);
      values = date ? [date] : [];
    } else if (groups.y !== undefined) {
      const date = dateValue(Number(groups.d), Number(groups.m), groups.y);
      values = date ? [date] : [plainNumber(groups.d ?? ''), plainNumber(groups.m ?? ''), groups.y];
    } else if (groups.hour !== undefined) {
      values = [`${Number(groups.hour)}:${groups.minute ?? groups.minute2}`];
    } else if (groups.reference !== undefined) {
      values = [groups.reference];
    } else if (groups.from !== undefined) {
      // A range is its two ends: "2012-2013" says what "2012 à 2013" says.
      values = [String(Number(groups.from)), String(Number(groups.to))];
    } else if (groups.number !== undefined) {
      values = [plainNumber(groups.number)];
    }
    for (const value of values) figures.push({ value, start, end });
    next = end;
    i = end - 1;
  }
  return figures;
}

/** The small numbers a text writes as words ("trois", "drie", "premier"), as figures. */
export function numberWordsIn(text: string, from = 0, to = text.length): Figure[] {
  const words: Figure[] = [];
  for (const match of text.slice(from, to).matchAll(WORD)) {
    const value = NUMBER_WORDS[match[0].toLowerCase()];
    if (value !== undefined) words.push({ value: String(value), start: from + match.index, end: from + match.index + match[0].length });
  }
  return words;
}

/** Whether a figure is said on the other side: the same value, a word for it, or the same day and month where one side leaves out the year. */
function saidIn(figure: Figure, other: ReadonlySet<string>): boolean {
  if (other.has(figure.value)) return true;
  const date = /^(\d{4}|-)-(\d{2}-\d{2})$/.exec(figure.value);
  if (!date) return false;
  if (date[1] === '-') return [...other].some((value) => value.endsWith(`-${date[2]}`) && /^\d{4}-/.test(value));
  return other.has(`--${date[2]}`);
}

export interface FigureDifference {
  /** Figures written in digits in the first text that the second does not say. */
  readonly onlyInFirst: readonly Figure[];
  readonly onlyInSecond: readonly Figure[];
}

/** The figures two versions of one text do not share. */
export function figureDifference(first: { text: string; start: number; end: number }, second: { text: string; start: number; end: number }): FigureDifference {
  const figuresA = figuresIn(first.text, first.start, first.end);
  const figuresB = figuresIn(second.text, second.start, second.end);
  if (figuresA.length === 0 && figuresB.length === 0) return { onlyInFirst: [], onlyInSecond: [] };
  const valuesA = new Set(figuresA.map((figure) => figure.value));
  const valuesB = new Set(figuresB.map((figure) => figure.value));
  if (figuresA.every((figure) => valuesB.has(figure.value)) && figuresB.every((figure) => valuesA.has(figure.value))) return { onlyInFirst: [], onlyInSecond: [] };
  // Only where the figures differ are the words heard: "trois" may be the "3" across.
  for (const word of numberWordsIn(first.text, first.start, first.end)) valuesA.add(word.value);
  for (const word of numberWordsIn(second.text, second.start, second.end)) valuesB.add(word.value);
  return {
    onlyInFirst: figuresA.filter((figure) => !saidIn(figure, valuesB)),
    onlyInSecond: figuresB.filter((figure) => !saidIn(figure, valuesA)),
  };
}
