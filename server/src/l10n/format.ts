/**
 * Messages in a subset of ICU MessageFormat, the syntax translation tools and translators know:
 *
 *   {name}                              a value as it is (a string, a number without grouping: a
 *                                       line or question number), a nested message, or a list
 *   {name, number}                      a count, grouped as the locale groups: "1 234"
 *   {name, number, ::.00}               with exactly two decimals: "1,14" in French
 *   {name, date}                        an ISO date ("2013-05-15") as the locale writes it
 *   {name, list}                        a list joined as the locale joins one: "a, b et c"
 *   {name, plural, one {…} other {…}}   the locale's plural rules; "#" is the count; "=0 {…}" too
 *   {name, selectordinal, …}            ordinal rules: "1st", "2nd", "23rd"
 *   {name, select, fr {…} other {…}}    a case per value (a language code, a kind)
 *
 * Unlike full ICU there is no apostrophe quoting (French text is full of apostrophes) and no
 * literal braces. Formatting never throws: a value that is missing is shown as "{name}" and told
 * to the caller's `missing` list, so a test can prove that every placeholder is filled.
 */

export type Arg = string | number | Msg | readonly (string | number | Msg)[];

/** A message as data: a key of the catalogue and its values, rendered in a locale when shown. */
export interface Msg {
  readonly key: string;
  readonly args?: Readonly<Record<string, Arg>>;
}

export type Part =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'pound' }
  | { readonly kind: 'arg'; readonly name: string; readonly type: 'none' | 'number' | 'date' | 'list'; readonly style: string }
  | {
      readonly kind: 'choice';
      readonly name: string;
      readonly type: 'plural' | 'selectordinal' | 'select';
      readonly cases: ReadonlyMap<string, readonly Part[]>;
    };

export class MessageSyntaxError extends Error {}

/** Parses a message; throws MessageSyntaxError on a malformed one (the catalogue's test parses every message). */
export function parseMessage(source: string): readonly Part[] {
  let at = 0;
  const fail = (what: string): never => {
    throw new MessageSyntaxError(`${what} at character ${at} of "${source}"`);
  };
  const spaces = () => {
    while (at < source.length && /\s/.test(source[at] as string)) at++;
  };
  const word = () => {
    spaces();
    const start = at;
    while (at < source.length && /[^\s,{}]/.test(source[at] as string)) at++;
    if (at === start) fail('a name is expected');
    return source.slice(start, at);
  };
  const parts = (inChoice: boolean, poundCounts: boolean): Part[] => {
    const found: Part[] = [];
    let text = '';
    const flush = () => {
      if (text) found.push({ kind: 'text', text });
      text = '';
    };
    while (at < source.length) {
      const char = source[at] as string;
      if (char === '}') {
        if (!inChoice) fail('an unmatched "}"');
        break;
      }
      if (char === '#' && poundCounts) {
        flush();
        found.push({ kind: 'pound' });
        at++;
        continue;
      }
      if (char !== '{') {
        text += char;
        at++;
        continue;
      }
      flush();
      at++;
      found.push(placeholder());
    }
    flush();
    return found;
  };
  const placeholder = (): Part => {
    const name = word();
    spaces();
    if (source[at] === '}') {
      at++;
      return { kind: 'arg', name, type: 'none', style: '' };
    }
    if (source[at] !== ',') fail('"," or "}" is expected');
    at++;
    const type = word();
    spaces();
    if (type === 'number' || type === 'date' || type === 'list') {
      let style = '';
      if (source[at] === ',') {
        at++;
        style = word();
        spaces();
      }
      if (source[at] !== '}') fail('"}" is expected');
      at++;
      return { kind: 'arg', name, type, style };
    }
    if (type !== 'plural' && type !== 'selectordinal' && type !== 'select') return fail(`unknown type "${type}"`);
    if (source[at] !== ',') fail('"," is expected');
    at++;
    const cases = new Map<string, readonly Part[]>();
    for (;;) {
      spaces();
      if (source[at] === '}') {
        at++;
        break;
      }
      const key = word();
      spaces();
      if (source[at] !== '{') fail(`"{" is expected after "${key}"`);
      at++;
      const body = parts(true, type !== 'select');
      if (source[at] !== '}') fail('"}" is expected');
      at++;
      if (cases.has(key)) fail(`the case "${key}" twice`);
      cases.set(key, body);
    }
    if (!cases.has('other')) fail(`no "other" case in {${name}, ${type}}`);
    return { kind: 'choice', name, type, cases };
  };
  const result = parts(false, false);
  if (at < source.length) fail('an unmatched "}"');
  return result;
}

/** The placeholders of a parsed message, each with how it is used: the same in every language, or a test fails. */
export function placeholdersOf(parts: readonly Part[], into = new Map<string, string>()): Map<string, string> {
  for (const part of parts) {
    if (part.kind === 'arg') into.set(part.name, part.type === 'number' ? 'number' : part.type === 'date' ? 'date' : part.type === 'list' ? 'list' : 'value');
    else if (part.kind === 'choice') {
      into.set(part.name, part.type === 'select' ? 'select' : 'number');
      for (const body of part.cases.values()) placeholdersOf(body, into);
    }
  }
  return into;
}

interface Formatters {
  readonly number: Intl.NumberFormat;
  readonly fixed: Map<number, Intl.NumberFormat>;
  readonly date: Intl.DateTimeFormat;
  readonly list: Intl.ListFormat;
  readonly disjunction: Intl.ListFormat;
  readonly plural: Intl.PluralRules;
  readonly ordinal: Intl.PluralRules;
}

const formatters = new Map<string, Formatters>();

function formattersFor(tag: string): Formatters {
  let found = formatters.get(tag);
  if (!found) {
    found = {
      number: new Intl.NumberFormat(tag),
      fixed: new Map(),
      date: new Intl.DateTimeFormat(tag, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
      list: new Intl.ListFormat(tag, { type: 'conjunction' }),
      disjunction: new Intl.ListFormat(tag, { type: 'disjunction' }),
      plural: new Intl.PluralRules(tag),
      ordinal: new Intl.PluralRules(tag, { type: 'ordinal' }),
    };
    formatters.set(tag, found);
  }
  return found;
}

export interface FormatContext {
  /** The BCP 47 tag Intl formats with ("fr-BE"). */
  readonly tag: string;
  /** A nested message's text in the same locale. */
  readonly render: (message: Msg) => string;
  /** Told of each placeholder that had no value. */
  readonly missing?: string[];
}

const isMsg = (value: unknown): value is Msg => typeof value === 'object' && value !== null && !Array.isArray(value) && typeof (value as Msg).key === 'string';

function plain(value: string | number | Msg, context: FormatContext): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  return context.render(value);
}

function dateOf(value: string, context: FormatContext): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return value;
  const time = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return Number.isNaN(time) ? value : formattersFor(context.tag).date.format(time);
}

function numberOf(value: number, style: string, context: FormatContext): string {
  const f = formattersFor(context.tag);
  const fixed = /^::\.(0+)$/.exec(style);
  if (!fixed) return f.number.format(value);
  const digits = (fixed[1] as string).length;
  let format = f.fixed.get(digits);
  if (!format) f.fixed.set(digits, (format = new Intl.NumberFormat(context.tag, { minimumFractionDigits: digits, maximumFractionDigits: digits })));
  return format.format(value);
}

export function formatParts(parts: readonly Part[], args: Readonly<Record<string, Arg>>, context: FormatContext, count?: number): string {
  let out = '';
  for (const part of parts) {
    if (part.kind === 'text') {
      out += part.text;
      continue;
    }
    if (part.kind === 'pound') {
      out += count === undefined ? '#' : formattersFor(context.tag).number.format(count);
      continue;
    }
    const value = args[part.name];
    if (value === undefined) {
      context.missing?.push(part.name);
      out += `{${part.name}}`;
      continue;
    }
    if (part.kind === 'arg') {
      if (Array.isArray(value) || part.type === 'list') {
        const items = (Array.isArray(value) ? value : [value]) as readonly (string | number | Msg)[];
        const list = part.style === 'or' ? formattersFor(context.tag).disjunction : formattersFor(context.tag).list;
        out += list.format(items.map((item) => plain(item, context)));
      } else if (part.type === 'number' && typeof value === 'number') out += numberOf(value, part.style, context);
      else if (part.type === 'date' && typeof value === 'string') out += dateOf(value, context);
      else out += plain(value as string | number | Msg, context);
      continue;
    }
    if (part.type === 'select') {
      const key = typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';
      out += formatParts(part.cases.get(key) ?? (part.cases.get('other') as readonly Part[]), args, context, count);
      continue;
    }
    const number = typeof value === 'number' ? value : Number(isMsg(value) ? NaN : value);
    const exact = part.cases.get(`=${number}`);
    const rules = part.type === 'plural' ? formattersFor(context.tag).plural : formattersFor(context.tag).ordinal;
    const body = exact ?? part.cases.get(Number.isFinite(number) ? rules.select(number) : 'other') ?? (part.cases.get('other') as readonly Part[]);
    out += formatParts(body, args, context, number);
  }
  return out;
}
