/**
 * Inputs for property and fuzz tests: mutations of the real sample and of the fixtures (what an
 * editor holds half the time), and question files built from parts (what a collection holds).
 */
import fc from 'fast-check';
import { REAL_PAGES, SAMPLE, fixture } from './helpers.js';

export const BASES: readonly string[] = [
  ...REAL_PAGES.map((page) => page.text),
  SAMPLE,
  fixture('french-original.parlq'),
  fixture('no-answer.parlq'),
  fixture('dutch-only.parlq'),
  fixture('run-together.parlq'),
  `${SAMPLE}\n\n${fixture('french-original.parlq')}\n\n${SAMPLE}`,
];

/** Characters that pasted or re-encoded pages carry. */
const ODD = ['\u0000', '\uFEFF', '\uD800', '\uDC00', '\u2028', '\u00A0', '\r', '\r\n', '\n', '\t', '�', 'Ã©', 'Ž', '_', ':', '1) ', '5-8900', '«', '»', ' '];

type Mutation = (text: string) => string;

function lineRange(text: string, at: number, count: number): [number, number] {
  const start = text.lastIndexOf('\n', Math.max(0, at - 1)) + 1;
  let end = start;
  for (let i = 0; i < count && end < text.length; i++) {
    const next = text.indexOf('\n', end);
    end = next < 0 ? text.length : next + 1;
  }
  return [start, end];
}

/** UTF-8 bytes read as Latin-1: "é" becomes "Ã©". */
function mojibake(text: string): string {
  return Buffer.from(text, 'utf8').toString('latin1');
}

const mutation: fc.Arbitrary<{ name: string; apply: Mutation }> = fc.oneof(
  fc.nat().map((at) => ({ name: `truncate@${at}`, apply: (text: string) => text.slice(0, at % (text.length + 1)) })),
  fc.tuple(fc.nat(), fc.integer({ min: 1, max: 30 })).map(([at, count]) => ({
    name: `delete ${count} lines@${at}`,
    apply: (text: string) => {
      const [start, end] = lineRange(text, at % (text.length + 1), count);
      return text.slice(0, start) + text.slice(end);
    },
  })),
  fc.tuple(fc.nat(), fc.integer({ min: 1, max: 30 })).map(([at, count]) => ({
    name: `duplicate ${count} lines@${at}`,
    apply: (text: string) => {
      const [start, end] = lineRange(text, at % (text.length + 1), count);
      return text.slice(0, end) + text.slice(start, end) + text.slice(end);
    },
  })),
  fc.tuple(fc.nat(), fc.integer({ min: 2, max: 40 }), fc.nat()).map(([at, count, seed]) => ({
    name: `shuffle ${count} lines@${at}`,
    apply: (text: string) => {
      const [start, end] = lineRange(text, at % (text.length + 1), count);
      const lines = text.slice(start, end).split('\n');
      let state = seed;
      for (let i = lines.length - 1; i > 0; i--) {
        state = (state * 1103515245 + 12345) % 2147483648;
        const j = state % (i + 1);
        [lines[i], lines[j]] = [lines[j] as string, lines[i] as string];
      }
      return text.slice(0, start) + lines.join('\n') + text.slice(end);
    },
  })),
  fc.tuple(fc.nat(), fc.constantFrom(...ODD), fc.integer({ min: 1, max: 5 })).map(([at, odd, times]) => ({
    name: `insert ${JSON.stringify(odd)}×${times}@${at}`,
    apply: (text: string) => {
      const where = at % (text.length + 1);
      return text.slice(0, where) + odd.repeat(times) + text.slice(where);
    },
  })),
  fc.constant({ name: 'CRLF', apply: (text: string) => text.replace(/\n/g, '\r\n') }),
  fc.constant({ name: 'lone CR', apply: (text: string) => text.replace(/\n/g, '\r') }),
  fc.constant({ name: 'BOM', apply: (text: string) => `\uFEFF${text}` }),
  fc.constant({ name: 'NBSP for spaces', apply: (text: string) => text.replace(/ /g, '\u00A0') }),
  fc.constant({ name: 'U+2028 for LF', apply: (text: string) => text.replace(/\n/g, '\u2028') }),
  fc.tuple(fc.nat(), fc.integer({ min: 1, max: 3000 })).map(([at, length]) => ({
    name: `mojibake ${length}@${at}`,
    apply: (text: string) => {
      const start = at % (text.length + 1);
      return text.slice(0, start) + mojibake(text.slice(start, start + length)) + text.slice(start + length);
    },
  })),
);

/** A base text with one to four mutations; the name says what was done, for a failing case. */
export const mutatedText: fc.Arbitrary<{ base: string; text: string; name: string }> = fc
  .tuple(fc.integer({ min: 0, max: BASES.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: 4 }))
  .map(([index, mutations]) => {
    const base = BASES[index] as string;
    let text = base;
    for (const step of mutations) text = step.apply(text);
    return { base, text, name: `base ${index}: ${mutations.map((step) => step.name).join(', ')}` };
  });

const word = fc.constantFrom('de', 'la', 'het', 'van', 'Fedasil', 'médias', 'sociale', 'vraag', 'réponse', 'SPF', 'FOD', 'pour', 'voor', 'Twitter', 'à', 'een');
const sentence = fc.array(word, { minLength: 1, maxLength: 18 }).map((words) => `${words.join(' ')}.`);
const number = fc.tuple(fc.integer({ min: 3, max: 7 }), fc.integer({ min: 1, max: 9999 })).map(([legislature, n]) => `${legislature}-${n}`);
const markerStyle = fc.constantFrom('1)', '1.', 'a)', '-');

function marker(style: string, n: number): string {
  if (style === '1)') return `${n})`;
  if (style === '1.') return `${n}.`;
  if (style === 'a)') return `${String.fromCharCode(96 + Math.min(n, 26))})`;
  return '-';
}

const items = fc.tuple(markerStyle, fc.array(sentence, { maxLength: 6 })).map(([style, texts]) => texts.map((text, i) => `${marker(style, i + 1)} ${text}`));

const agencyBlock = fc.tuple(
  fc.constantFrom('Fedasil', 'Office des Étrangers (OE)', 'Dienst Vreemdelingenzaken (DVZ)', 'Service public fédéral Finances', 'Raad voor Vreemdelingenbetwistingen (RVV)'),
  fc.oneof(
    sentence.map((text) => [text]),
    items,
  ),
);

const part = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { freq: 4 });

/** A question file assembled from parts, any of which may be missing, in the page's order. */
export const builtQuestion: fc.Arbitrary<string> = fc
  .record({
    banner: part(fc.constant('SÉNAT DE BELGIQUE BELGISCHE SENAAT')),
    session: part(fc.constant('Session 2012-2013 Zitting 2012-2013')),
    date: part(fc.constantFrom('30 avril 2013 30 april 2013', '1er mars 2012 1 maart 2012', '14 december 2010')),
    number: part(number.map((n) => `Question écrite n° ${n} Schriftelijke vraag nr. ${n}`)),
    people: part(fc.constant(['de Martine Taelman (Open Vld)', 'van Martine Taelman (Open Vld)', 'au ministre des Finances', 'aan de minister van Financiën'])),
    title: part(fc.constantFrom('Police - Effectifs Politie - Personeelsbestand', 'Impôt - Déclaration Belasting - Aangifte')),
    descriptors: part(fc.tuple(fc.array(word, { maxLength: 5 }), fc.array(word, { maxLength: 5 }))),
    timeline: part(
      fc.array(fc.constantFrom('30/4/2013Verzending vraag', '4/6/2013 Antwoord', '12/1/2012Envoi question', '(Fin du délai de réponse: 16/2/2012)', '1/6/2015Dossier clôturé'), {
        maxLength: 6,
      }),
    ),
    references: part(
      fc.array(fc.tuple(fc.constantFrom('Ook gesteld aan', 'Réintroduite comme', 'Heringediend als'), fc.constantFrom('schriftelijke vraag', 'question écrite'), number), {
        maxLength: 8,
      }),
    ),
    heading: part(fc.tuple(number, fc.constantFrom('néerlandais', 'français'))),
    questionFr: part(fc.tuple(fc.array(sentence, { maxLength: 2 }), items)),
    questionNl: part(fc.tuple(fc.array(sentence, { maxLength: 2 }), items)),
    answer: part(fc.tuple(fc.array(agencyBlock, { maxLength: 4 }), fc.array(agencyBlock, { maxLength: 4 }))),
  })
  .map((page) => {
    const blocks: string[] = [];
    const rule = '________________';
    if (page.banner) blocks.push(page.banner, rule);
    if (page.session) blocks.push(page.session, rule);
    if (page.date) blocks.push(page.date, rule);
    if (page.number) blocks.push(page.number, '');
    if (page.people) blocks.push(page.people.join('\n\n'), rule);
    if (page.title) blocks.push(page.title, rule);
    if (page.descriptors) blocks.push([...page.descriptors[0], ...page.descriptors[1]].join('\n'));
    if (page.timeline) blocks.push('________ ________', page.timeline.join('\n'));
    if (page.references) blocks.push('________ ________', page.references.map(([label, kind, n]) => `${label} : ${kind} ${n}`).join('\n'), '________ ________');
    if (page.heading) {
      const [n, language] = page.heading;
      const dutch = language === 'néerlandais' ? 'Nederlands' : 'Frans';
      blocks.push(`Question n° ${n} du 30 avril 2013 : (Question posée en ${language}) Vraag nr. ${n} d.d. 30 april 2013 : (Vraag gesteld in het ${dutch})`, '');
    }
    for (const question of [page.questionFr, page.questionNl]) if (question) blocks.push([...question[0], ...question[1]].join('\n\n'), '');
    if (page.answer) {
      blocks.push('Réponse reçue le 4 juin 2013 : Antwoord ontvangen op 4 juni 2013 :', '');
      for (const side of page.answer) for (const [name, body] of side) blocks.push(name, '', body.join('\n\n'), '');
    }
    return blocks.join('\n');
  });

/** A bulletin of one to three built questions. */
export const builtBulletin: fc.Arbitrary<string> = fc.array(builtQuestion, { minLength: 1, maxLength: 3 }).map((questions) => questions.join('\n\n'));
