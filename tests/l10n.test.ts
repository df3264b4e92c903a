/**
 * The users' languages: every message in English, French and Dutch, with the same placeholders,
 * rendered with the locale's dates, numbers and lists, and the sample's findings, hovers, outline
 * and fixes in each language.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CHECK_CODES, DEFAULT_CHECK_OPTIONS, checkDescription, fixesFor, runChecks } from '../server/src/checks/index.js';
import { hoverAt } from '../server/src/features/hover.js';
import { outline, type OutlineEntry } from '../server/src/features/outline.js';
import { CATALOGUES, EN, LOCALES, localeOf, render, t, type Locale, type MessageKey } from '../server/src/l10n/index.js';
import { MessageSyntaxError, formatParts, parseMessage, placeholdersOf, type Arg, type Part } from '../server/src/l10n/format.js';
import { parseDocument } from '../server/src/model/index.js';
import { severityNls } from '../server/src/service/manifest.js';
import { effectiveLocale } from '../server/src/service/settings.js';
import { DUPLICATED, LIST_TWICE, REAL_PAGES, ROOT, SAMPLE } from './helpers.js';

const KEYS = Object.keys(EN) as MessageKey[];
const json = (path: string) => JSON.parse(readFileSync(join(ROOT, path), 'utf8')) as Record<string, string>;

/** Values for every placeholder of a message: a number for a count, an ISO date, a list, the first case of a select. */
function sampleArgs(parts: readonly Part[], into: Record<string, Arg> = {}): Record<string, Arg> {
  for (const part of parts) {
    if (part.kind === 'arg') into[part.name] = part.type === 'number' ? 3 : part.type === 'date' ? '2013-06-04' : part.type === 'list' ? ['α', 'β'] : `‹${part.name}›`;
    else if (part.kind === 'choice') {
      into[part.name] = part.type === 'select' ? ([...part.cases.keys()][0] as string) : 2;
      for (const body of part.cases.values()) sampleArgs(body, into);
    }
  }
  return into;
}

describe('the message catalogue', () => {
  it('has every key in every language, and no other', () => {
    for (const locale of LOCALES) expect(Object.keys(CATALOGUES[locale]).sort(), locale).toEqual([...KEYS].sort());
    expect(KEYS.length).toBeGreaterThan(250);
  });

  it('parses every message, and gives each the same placeholders, used the same way, in every language', () => {
    for (const key of KEYS) {
      const english = placeholdersOf(parseMessage(EN[key]));
      for (const locale of LOCALES) {
        const parts = parseMessage(CATALOGUES[locale][key]);
        expect(Object.fromEntries(placeholdersOf(parts)), `${locale} ${key}`).toEqual(Object.fromEntries(english));
      }
    }
  });

  it('renders every message in every language with no placeholder left, every value shown, and no English left in French or Dutch', () => {
    let compared = 0;
    for (const key of KEYS) {
      const args = sampleArgs(parseMessage(EN[key]));
      for (const locale of LOCALES) {
        const missing: string[] = [];
        const text = render(locale, { key, args }, missing);
        expect(missing, `${locale} ${key}`).toEqual([]);
        expect(text, `${locale} ${key}`).not.toMatch(/[{}]/);
        for (const [name, value] of Object.entries(args)) if (typeof value === 'string' && value.startsWith('‹')) expect(text, `${locale} ${key} shows ${name}`).toContain(value);
      }
      // A translation that is the English word for word is a translation forgotten, unless it is
      // only names, codes and placeholders ("parlq", "Question {number}" is French too).
      const english = render('en', { key, args });
      if (/[a-z]{4,} [a-z]{3,} [a-z]{3,}/.test(english)) {
        compared++;
        for (const locale of ['fr', 'nl'] as const) expect(render(locale, { key, args }), `${locale} ${key}`).not.toBe(english);
      }
    }
    expect(compared).toBeGreaterThan(80);
  });

  it('formats dates, numbers, lists, plurals and ordinals as each language does', () => {
    const late = (locale: Locale) => t(locale, 'overdue.late', { answered: '2013-06-04', late: 2, deadline: '31 mei', nth: 22, sent: '2013-04-30' }).split(';')[0];
    expect(late('en')).toBe('Answered late: on 4 June 2013, 2 working days after the deadline of 31 mei');
    expect(late('fr')).toBe('Réponse tardive : le 4 juin 2013, 2 jours ouvrables après le délai du 31 mei ');
    expect(late('nl')).toBe('Laat beantwoord: op 4 juni 2013, 2 werkdagen na de termijn van 31 mei');
    expect(t('fr', 'overdue.late', { answered: '2013-06-04', late: 2, deadline: 'x', nth: 22, sent: '2013-04-30' })).toContain(
      "le 22e jour ouvrable après l'envoi du 30 avril 2013.",
    );
    expect(t('nl', 'overdue.late', { answered: '2013-06-04', late: 2, deadline: 'x', nth: 22, sent: '2013-04-30' })).toContain('de 22e werkdag na de verzending op 30 april 2013.');
    expect(t('en', 'overdue.none', { overdue: 1, deadline: 'x' })).toBe('No answer, 1 working day after the deadline of x.');
    expect(t('fr', 'overdue.none', { overdue: 1, deadline: 'x' })).toBe('Pas de réponse, 1 jour ouvrable après le délai du x.');
    expect(t('fr', 'outline.answers', { count: 0 })).toBe('0 réponse'); // French counts zero as one
    expect(t('nl', 'outline.answers', { count: 0 })).toBe('0 antwoorden');
    expect(t('en', 'cli.rewritten', { count: 1234 })).toBe('1,234 files rewritten');
    expect(t('fr', 'cli.rewritten', { count: 1234 })).toBe('1\u202f234 fichiers réécrits');
    expect(t('nl', 'cli.rewritten', { count: 1234 })).toBe('1.234 bestanden herschreven');
    expect(t('fr', 'hover.answered', { date: '2013-05-01', nth: 1 })).toBe("réponse le 1 mai 2013, le 1er jour ouvrable après l'envoi");
    expect(t('en', 'hover.answered', { date: '2013-05-01', nth: 23 })).toBe('answered on 1 May 2013, the 23rd working day after sending');
    const labels = ['Envoi question', 'Réponse', 'Fin de la législature'].map((text) => ({ key: 'quoted', args: { text } }));
    expect(t('fr', 'labels.fixMany', { lang: 'fr', labels })).toBe('Utiliser les libellés français (« Envoi question », « Réponse » et « Fin de la législature »)');
    expect(t('nl', 'labels.fixMany', { lang: 'nl', labels })).toBe('De Nederlandse labels gebruiken ("Envoi question", "Réponse" en "Fin de la législature")');
    expect(t('fr', 'length.shorter', { other: 'nl', line: 5, short: 1200, long: 2400, ratio: 1.1456 })).toContain('1\u202f200 caractères contre 2\u202f400');
    expect(t('fr', 'length.shorter', { other: 'nl', line: 5, short: 1, long: 2, ratio: 1.1456 })).toContain('1,15 caractères néerlandais');
  });

  it('never throws, whatever the values, and tells which placeholder had none', () => {
    const value: fc.Arbitrary<Arg> = fc.oneof(fc.string(), fc.double(), fc.integer(), fc.array(fc.string(), { maxLength: 3 }), fc.constant({ key: 'no-such-key' }));
    fc.assert(
      fc.property(
        fc.constantFrom(...KEYS),
        fc.constantFrom(...LOCALES),
        fc.dictionary(fc.constantFrom('n', 'lang', 'count', 'date', 'text', 'other', 'x'), value),
        (key, locale, args) => {
          expect(typeof render(locale, { key, args })).toBe('string');
        },
      ),
      { numRuns: 2000 },
    );
    const missing: string[] = [];
    expect(render('fr', { key: 'duplicate.message', args: { reference: 'x' } }, missing)).toBe('Renvoi en double « x » : déjà cité à la ligne {line}.');
    expect(missing).toEqual(['line']);
    expect(render('nl', { key: 'no-such-key' })).toBe('no-such-key');
    // A malformed message is refused by the parser; the renderer then gives English rather than nothing.
    expect(() => parseMessage('Oops {n, plural, one {#}')).toThrow(MessageSyntaxError);
    expect(() => parseMessage('{n, plural, one {#}}')).toThrow(/no "other" case/);
    expect(formatParts(parseMessage('{n, select, a {A} other {B}}'), { n: 'zz' }, { tag: 'fr-BE', render: () => '' })).toBe('B');
  });

  it('reads the language of a tag, a POSIX locale or a setting', () => {
    expect(['fr', 'fr-BE', 'FR_be.UTF-8', 'nl', 'nl-BE', 'nl_NL@euro', 'en-US', 'de', 'C', '', null].map(localeOf)).toEqual([
      'fr',
      'fr',
      'fr',
      'nl',
      'nl',
      'nl',
      'en',
      null,
      null,
      null,
      null,
    ]);
    expect(effectiveLocale('auto', 'nl-BE')).toBe('nl');
    expect(effectiveLocale('auto', 'de-DE')).toBe('en');
    expect(effectiveLocale('fr', 'nl-BE')).toBe('fr');
  });
});

describe('the sample and the real pages in each language', () => {
  const pages = [SAMPLE, DUPLICATED, LIST_TWICE, ...REAL_PAGES.map((page) => page.text)];

  it('hold no brace of their own, so that a brace in a message is a placeholder left unfilled', () => {
    for (const text of pages) expect(text).not.toMatch(/[{}]/);
  });

  it('give the same findings at the same places in every language, each message and related message filled and in that language', () => {
    const codesSeen = new Set<string>();
    let findings = 0;
    for (const text of pages) {
      const document = parseDocument(text);
      const english = runChecks(document, {}, undefined, undefined, { ...DEFAULT_CHECK_OPTIONS, today: '2026-12-01' }).findings;
      findings += english.length;
      for (const locale of ['fr', 'nl'] as const) {
        const translated = runChecks(document, {}, undefined, undefined, { ...DEFAULT_CHECK_OPTIONS, today: '2026-12-01', locale }).findings;
        expect(translated.map((finding) => [finding.code, finding.range])).toEqual(english.map((finding) => [finding.code, finding.range]));
        translated.forEach((finding, i) => {
          const original = english[i]!;
          expect(finding.message).not.toMatch(/[{}]/);
          expect(finding.message, `${locale} ${finding.code}`).not.toBe(original.message);
          finding.related.forEach((related, j) => {
            expect(related.message).not.toMatch(/[{}]/);
            expect(related.message).not.toBe(original.related[j]!.message);
          });
          codesSeen.add(finding.code);
        });
      }
    }
    expect(findings).toBeGreaterThan(100);
    // The corpus reaches half the checks; the catalogue test above renders every message of the rest.
    expect(codesSeen.size).toBeGreaterThanOrEqual(8);
  });

  it('say the sample in French and in Dutch, decisive words first', () => {
    const document = parseDocument(SAMPLE);
    const say = (locale: Locale) => runChecks(document, {}, undefined, undefined, { ...DEFAULT_CHECK_OPTIONS, locale }).findings.map((finding) => finding.message);
    expect(say('fr')).toContain(
      'Pas de réponse 4 en français : « Service public de programmation (SPP) Intégration Sociale » ne répond pas à la question 4 (son pendant néerlandais « Programmatorische Overheidsdienst (POD) Maatschappelijke Integratie » y répond).',
    );
    expect(say('nl')).toContain(
      'Geen Frans antwoord 4: "Service public de programmation (SPP) Intégration Sociale" beantwoordt vraag 4 niet (de Nederlandse tegenhanger "Programmatorische Overheidsdienst (POD) Maatschappelijke Integratie" wel).',
    );
    expect(say('fr')).toContain('La colonne française des renvois porte des libellés néerlandais (« Ook gesteld aan », 18 entrées) ; le libellé français est « Aussi posée à ».');
    expect(say('nl')).toContain('De Franse kolom van de verwijzingen heeft Nederlandse labels ("Ook gesteld aan", 18 vermeldingen); het Franse label is "Aussi posée à".');
  });

  it('give the hover, the outline and the fixes in the chosen language', () => {
    const document = parseDocument(SAMPLE);
    const offset = document.lineIndex.offsetAt({ line: 126, character: 12 });
    expect(hoverAt(document, offset, 20, 'file:///q.parlq', 'fr')!.contents).toMatch(
      /^\*\*Nederlands\*\* \(néerlandais · original\) — réponse 2, \[ligne 165\]\(file:\/\/\/q\.parlq#L165\)/,
    );
    expect(hoverAt(document, offset, 20, undefined, 'nl')!.contents).toMatch(/^\*\*Nederlands\*\* \(Nederlands · origineel\) — antwoord 2, regel 165/);
    const names = (entries: readonly OutlineEntry[]): string[] => entries.flatMap((entry) => [entry.name, ...names(entry.children)]);
    expect(names(outline(document, 'fr'))).toEqual(expect.arrayContaining(['Question 5-8916', 'En-tête', 'Chronologie', 'Renvois', 'Réponse', 'Titre']));
    expect(names(outline(document, 'nl'))).toEqual(expect.arrayContaining(['Vraag 5-8916', 'Kop', 'Tijdlijn', 'Verwijzingen', 'Antwoord', 'Titel']));
    const label = runChecks(document).findings.find((finding) => finding.code === 'label-language')!;
    const [fix] = fixesFor(document, label, undefined, { ...DEFAULT_CHECK_OPTIONS, locale: 'nl' });
    expect(render('nl', fix!.title)).toBe('De Franse labels gebruiken ("Envoi question" en "Réponse")');
    expect(render('fr', fix!.title)).toBe('Utiliser les libellés français (« Envoi question » et « Réponse »)');
  });
});

describe('the extension manifest and the client in each language', () => {
  const manifest = readFileSync(join(ROOT, 'package.json'), 'utf8');
  const nls = { en: json('package.nls.json'), fr: json('package.nls.fr.json'), nl: json('package.nls.nl.json') };

  it('names in package.json only keys that package.nls.json, .fr and .nl all hold, and holds no other', () => {
    const used = new Set([...manifest.matchAll(/"%([^%"]+)%"/g)].map((match) => match[1] as string));
    expect(used.size).toBeGreaterThan(30);
    for (const locale of LOCALES) expect(Object.keys(nls[locale]).sort(), locale).toEqual([...used].sort());
    for (const locale of ['fr', 'nl'] as const) for (const key of used) if (key !== 'configuration.title') expect(nls[locale][key], `${locale} ${key}`).not.toBe(nls.en[key]);
  });

  it("writes the severity settings' descriptions from the catalogue, in each language", () => {
    for (const locale of LOCALES) expect(Object.fromEntries(Object.entries(nls[locale]).filter(([key]) => key.startsWith('setting.severity.')))).toEqual(severityNls(locale));
    expect(nls.fr['setting.severity.missing-answer']).toBe(`Gravité de la vérification \`missing-answer\` : ${checkDescription('missing-answer', 'fr')} \`off\` la désactive.`);
    expect(Object.keys(severityNls('nl'))).toHaveLength(CHECK_CODES.length);
  });

  it('translates every string the client passes to vscode.l10n.t, with the same placeholders', () => {
    const source = readdirSync(join(ROOT, 'client', 'src'), { recursive: true, encoding: 'utf8' })
      .filter((name) => name.endsWith('.ts'))
      .map((name) => readFileSync(join(ROOT, 'client', 'src', name), 'utf8'))
      .join('\n');
    const strings = [...source.matchAll(/l10n\.t\(\s*'((?:[^'\\]|\\.)*)'/g)].map((match) => (match[1] as string).replace(/\\'/g, "'"));
    expect(strings.length).toBeGreaterThanOrEqual(14);
    const placeholders = (text: string) => [...text.matchAll(/\{\d+\}/g)].map((match) => match[0]).sort();
    for (const locale of ['fr', 'nl'] as const) {
      const bundle = json(`l10n/bundle.l10n.${locale}.json`);
      expect(Object.keys(bundle).sort(), locale).toEqual([...new Set(strings)].sort());
      for (const text of strings) {
        expect(bundle[text], `${locale}: ${text}`).toBeDefined();
        expect(placeholders(bundle[text]!), `${locale}: ${text}`).toEqual(placeholders(text));
      }
    }
  });
});
