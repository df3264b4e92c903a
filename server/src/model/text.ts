/**
 * Plain text plumbing shared by the parser and everything that reports positions.
 * Positions follow LSP: 0-based lines, columns in UTF-16 code units (JavaScript string
 * indices), and only CR, LF and CRLF end a line (U+2028 does not, as in LSP).
 */

export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

export interface Line {
  /** Offset of the first character of the line. */
  start: number;
  /** Offset just past the last character before the line terminator. */
  end: number;
  /** Offset of the next line (past the terminator). */
  next: number;
  /** 0-based line number. */
  index: number;
}

/** Offsets where lines start: 0, and after every CR, LF and CRLF. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  // Found by the native search, not a loop over every character: this runs over whole documents.
  const breaks = new LineBreaks(text);
  for (let end = breaks.endOf(0); end < text.length; end = breaks.endOf(end)) {
    end = breaks.after(end);
    starts.push(end);
  }
  return starts;
}

/**
 * Where the lines of a text end, found by the native search for each kind of line end (most
 * texts have no CR at all, and are searched for one once). Asked in increasing order of offset.
 */
export class LineBreaks {
  private lf: number;
  private cr: number;
  constructor(private readonly text: string) {
    this.lf = text.indexOf('\n');
    this.cr = text.indexOf('\r');
  }

  /** The offset of the first CR or LF at or after `start`, or the text's length when none follows. */
  endOf(start: number): number {
    if (this.lf >= 0 && this.lf < start) this.lf = this.text.indexOf('\n', start);
    if (this.cr >= 0 && this.cr < start) this.cr = this.text.indexOf('\r', start);
    const lf = this.lf < 0 ? this.text.length : this.lf;
    const cr = this.cr < 0 ? this.text.length : this.cr;
    return lf < cr ? lf : cr;
  }

  /** The offset past the line end at `end` (a CRLF is one line end). */
  after(end: number): number {
    return this.text.charCodeAt(end) === 13 && this.text.charCodeAt(end + 1) === 10 ? end + 2 : end + 1;
  }
}

/** Maps offsets to positions and back, by binary search over line starts. */
export class LineIndex {
  private readonly starts: number[];
  constructor(
    readonly text: string,
    /** The line starts when already known (see edited); computed otherwise. */
    starts?: number[],
  ) {
    this.starts = starts ?? lineStarts(text);
  }

  /**
   * The index of `text`, made from this one's by an edit that replaced [changeStart, oldChangeEnd)
   * of the old text: lines before the edit are kept, lines after it are moved, only the edited
   * stretch is scanned.
   */
  edited(text: string, changeStart: number, oldChangeEnd: number): LineIndex {
    const delta = text.length - this.text.length;
    // From the start of the line before the one the edit begins in: a CR just before the edit may
    // join an inserted LF into one line end.
    const firstLine = Math.max(0, this.positionAt(Math.max(0, changeStart - 1)).line);
    const starts = this.starts.slice(0, firstLine + 1);
    const scanEnd = Math.min(text.length, oldChangeEnd + delta + 1);
    for (let i = starts[firstLine] as number; i < scanEnd; i++) {
      const code = text.charCodeAt(i);
      if (code === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        starts.push(i + 1);
      } else if (code === 10) starts.push(i + 1);
    }
    let last = starts[starts.length - 1] as number;
    for (const start of this.starts) {
      if (start > oldChangeEnd + 1 && start + delta > last) {
        starts.push(start + delta);
        last = start + delta;
      }
    }
    return new LineIndex(text, starts);
  }

  get lineCount(): number {
    return this.starts.length;
  }

  positionAt(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((this.starts[mid] as number) <= clamped) low = mid;
      else high = mid - 1;
    }
    return { line: low, character: clamped - (this.starts[low] as number) };
  }

  /** Offset of the start of the line that holds `offset`. */
  lineStartOf(offset: number): number {
    return this.starts[this.positionAt(offset).line] as number;
  }

  offsetAt(position: Position): number {
    if (position.line < 0) return 0;
    if (position.line >= this.starts.length) return this.text.length;
    const lineStart = this.starts[position.line] as number;
    const nextStart = position.line + 1 < this.starts.length ? (this.starts[position.line + 1] as number) : this.text.length;
    return Math.max(lineStart, Math.min(lineStart + position.character, nextStart));
  }

  rangeOf(start: number, end: number): Range {
    return { start: this.positionAt(start), end: this.positionAt(end) };
  }
}

/** "|": the cell border of a page copied as a table. */
export const CELL_BORDER = 124;

/** White space as an editor sees it on a page pasted from the web: NBSP, BOM and zero-width marks included. */
export function isBlankChar(code: number): boolean {
  return (
    code === 32 ||
    code === 9 ||
    code === 10 ||
    code === 13 ||
    code === 11 ||
    code === 12 ||
    code === 0xa0 ||
    code === 0xfeff ||
    code === 0x200b ||
    code === 0x202f ||
    code === 0x2007 ||
    code === 0x3000 ||
    (code >= 0x2000 && code <= 0x200a)
  );
}

/** Offsets of the first and past-last non-blank characters of text[from, to); from === to when blank. */
export function trimSpan(text: string, from: number, to: number): [number, number] {
  let start = from;
  let end = to;
  while (start < end && isBlankChar(text.charCodeAt(start))) start++;
  while (end > start && isBlankChar(text.charCodeAt(end - 1))) end--;
  return [start, end];
}

// The same characters as isBlankChar, as a regular expression class.
const BLANK_RUN = /[ \t\n\r\v\f\u00a0\ufeff\u200b\u202f\u2007\u3000\u2000-\u200a]+/g;

/** Collapses white space and trims, for comparing and displaying text. */
export function normalizeSpace(text: string): string {
  return text.replace(BLANK_RUN, ' ').trim();
}

/**
 * A function of a string, remembered: labels, kinds and names repeat on every line of a list and
 * in every question of a bulletin. Bounded, so that a document of ever-new strings cannot grow it
 * without end (it starts afresh when full).
 */
export function memoized<T>(compute: (key: string) => T, limit: number): (key: string) => T {
  const cache = new Map<string, T>();
  return (key) => {
    let value = cache.get(key);
    if (value === undefined) {
      value = compute(key);
      if (cache.size >= limit) cache.clear();
      cache.set(key, value);
    }
    return value;
  };
}

/** Lower case without diacritics, typographic apostrophes made straight: for matching, never for display. */
export const foldForMatching: (text: string) => string = memoized(fold, 20_000);

function fold(text: string): string {
  return normalizeSpace(text)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .toLowerCase();
}

/** Shortens text for a label: at most max characters, cut at a word boundary with an ellipsis. */
export function shorten(text: string, max: number): string {
  // Only the head of a long paragraph can show: normalise that much, not the whole of it.
  const head = text.length > max * 3 ? text.slice(0, max * 3) : text;
  const flat = normalizeSpace(head);
  if (head !== text && flat.length <= max) return `${flat}…`;
  if (flat.length <= max) return flat;
  const cut = flat.lastIndexOf(' ', max - 1);
  return `${flat.slice(0, cut > max / 2 ? cut : max - 1)}…`;
}

/** Whether two spans of a text say the same words, any run of blanks counting as one space (as normalizeSpace reads them); stops at the first difference, copying nothing. */
export function sameWords(text: string, aStart: number, aEnd: number, bStart: number, bEnd: number): boolean {
  const skipBlanks = (from: number, to: number) => {
    while (from < to && isBlankChar(text.charCodeAt(from))) from++;
    return from;
  };
  let a = skipBlanks(aStart, aEnd);
  let b = skipBlanks(bStart, bEnd);
  while (a < aEnd && b < bEnd) {
    const codeA = text.charCodeAt(a);
    const codeB = text.charCodeAt(b);
    if (isBlankChar(codeA) && isBlankChar(codeB)) {
      a = skipBlanks(a, aEnd);
      b = skipBlanks(b, bEnd);
      continue;
    }
    if (codeA !== codeB) return false;
    a++;
    b++;
  }
  return skipBlanks(a, aEnd) === aEnd && skipBlanks(b, bEnd) === bEnd;
}
