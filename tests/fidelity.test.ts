/**
 * The bilingual fidelity checks: what the two versions say, piece by piece. Each fires on the
 * sample with one defect put in, and stays silent on the sample as it is.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addWorkingDays, belgianHolidays, easterSunday, workingDaysBetween } from '../server/src/model/deadlines.js';
import { applyEdits } from '../server/src/model/edits.js';
import { figureDifference, figuresIn } from '../server/src/model/numbers.js';
import { parseDocument } from '../server/src/model/index.js';
import { piecePairs } from '../server/src/model/pairs.js';
import { createLanguageService } from '../server/src/service/index.js';
import { SAMPLE, findings, lineOf } from './helpers.js';

const values = (text: string) => figuresIn(text).map((figure) => figure.value);
const differ = (a: string, b: string) => {
  const difference = figureDifference({ text: a, start: 0, end: a.length }, { text: b, start: 0, end: b.length });
  return [difference.onlyInFirst.map((figure) => figure.value), difference.onlyInSecond.map((figure) => figure.value)];
};

/** The sample with one line's text replaced (1-based line, exact old text). */
function edited(line: number, from: string, to: string): string {
  const lines = SAMPLE.split('\n');
  const old = lines[line - 1]!;
  if (!old.includes(from)) throw new Error(`line ${line} does not hold "${from}"`);
  lines[line - 1] = old.replace(from, to);
  return lines.join('\n');
}

describe('figures, as both languages agree on them', () => {
  it('reads separators, percentages, amounts, ranges, references, dates and times', () => {
    expect(values('1 234,5 et 1\u00a0234,5 ou 1.234,5 soit 1234.5')).toEqual(['1234.5', '1234.5', '1234.5', '1234.5']);
    expect(values('12 % 12% 12 procent € 5.000 5 000 EUR')).toEqual(['12', '12', '12', '5000', '5000']);
    expect(values('de 2012-2013, vraag 5-8900 en stuk 5-1234/1')).toEqual(['2012', '2013', '5-8900', '5-1234/1']);
    expect(values('le 30 avril 2013, le 30/4/2013, op 30 april 2013, le 1er mai, op 1 mei')).toEqual(['2013-04-30', '2013-04-30', '2013-04-30', '--05-01', '--05-01']);
    expect(values('à 14h30, om 14.30 uur')).toEqual(['14:30', '14:30']);
    expect(values('B003, art3, Covid-19, 2e et 3de')).toEqual(['19', '2', '3']);
  });

  it('matches the same figures however written, and names what is on one side only', () => {
    expect(differ('Le 1er mai, trois personnes, 12 %.', 'Op 1 mei 2013, 3 personen, 12 procent.')).toEqual([[], []]);
    expect(differ('de 2012 à 2013', 'van 2012-2013')).toEqual([[], []]);
    expect(differ('12,5 millions d’euros', '12,6 miljoen euro')).toEqual([['12.5'], ['12.6']]);
    // A word stands for a figure across; it is never demanded on its own ("les deux pays" / "beide landen").
    expect(differ('les deux pays', 'beide landen')).toEqual([[], []]);
  });
});

describe('number-mismatch', () => {
  it('is silent on the sample as it is', () => {
    expect(findings(SAMPLE, 'number-mismatch')).toEqual([]);
  });

  it('fires on one figure changed in the Dutch answer, on the translation, pointing at the counterpart', () => {
    const text = edited(175, 'juni 2013', 'juni 2014');
    const found = findings(text, 'number-mismatch');
    expect(found.map((finding) => [lineOf(finding), finding.message])).toEqual([
      [137, 'Figures differ from the Dutch (line 175): only in the French: "2013"; only in the Dutch: "2014".'],
    ]);
    expect(found[0]!.related.map((related) => [lineOf(related), related.message])).toEqual([[175, 'The Dutch counterpart']]);
  });

  it('fires on a date off by a day in a header field', () => {
    const found = findings(edited(5, '30 april 2013', '29 april 2013'), 'number-mismatch');
    expect(found.map((finding) => [lineOf(finding), finding.message])).toEqual([
      [5, 'Figures differ from the Dutch (line 5): only in the French: "30 avril 2013"; only in the Dutch: "29 april 2013".'],
    ]);
  });

  it('(property) a number changed on one side is reported at its pair; the same number on both sides is not', () => {
    const document = parseDocument(SAMPLE);
    const prose = new Set(['introParagraph', 'questionItem', 'openingParagraph', 'agencyParagraph', 'answerItem']);
    const pairs = piecePairs(document.questions[0]!).filter((pair) => prose.has(pair.fr.kind));
    expect(pairs.length).toBeGreaterThan(10);
    /** The sample with `french` written at the end of the pair's French piece and `dutch` at the end of its Dutch one. */
    const withFigures = (pair: (typeof pairs)[number], french: string, dutch: string) => {
      const inserts = [
        { at: pair.fr.end, text: ` (${french})` },
        { at: pair.nl.end, text: ` (${dutch})` },
      ].sort((a, b) => b.at - a.at);
      return inserts.reduce((text, insert) => text.slice(0, insert.at) + insert.text + text.slice(insert.at), SAMPLE);
    };
    const where = (text: string) => findings(text, 'number-mismatch').flatMap((finding) => [lineOf(finding), ...finding.related.map(lineOf)]);
    fc.assert(
      fc.property(fc.nat(pairs.length - 1), fc.integer({ min: 1, max: 99_999 }), fc.integer({ min: 1, max: 99_999 }), (which, figure, changed) => {
        fc.pre(figure !== changed);
        const pair = pairs[which]!;
        expect(where(withFigures(pair, String(figure), String(figure)))).toEqual([]);
        const lines = where(withFigures(pair, String(figure), String(changed)));
        expect(lines.sort((a, b) => a - b)).toEqual([pair.fr.range.start.line + 1, pair.nl.range.start.line + 1].sort((a, b) => a - b));
      }),
      { numRuns: 60 },
    );
  });
});

describe('numbering', () => {
  const numbering = (text: string) => findings(text, 'numbering').map((finding) => [lineOf(finding), finding.message, finding.related.map(lineOf)]);

  it('is silent on the sample, whose answers skip no number and repeat none', () => {
    expect(numbering(SAMPLE)).toEqual([]);
  });

  it('reports a question item renumbered: the skip, then the repeat', () => {
    expect(numbering(edited(96, '3)', '4)'))).toEqual([
      [96, 'Numbering skips number 3: "4)" follows "2)" (line 94) in the Dutch question.', [94]],
      [98, 'Number repeated: "4)" follows "4)" (line 96) in the Dutch question.', [96]],
    ]);
  });

  it('reports a repeat in an agency’s answer, but not a gap (that is an item left unanswered: missing-answer’s)', () => {
    expect(numbering(edited(167, '3.', '2.'))).toEqual([[167, 'Number repeated: "2." follows "2." (line 165) in the Dutch answer.', [165]]]);
    expect(numbering(edited(169, '4.', '5.'))).toEqual([]);
  });

  it('reports a question list that does not start at 1', () => {
    expect(numbering(edited(78, '1)', 'a)'))).toEqual([[80, 'Numbering starts at "2)" in the French question: the item before it has no number, or is missing.', []]]);
  });
});

describe('typography', () => {
  const slips = (text: string) => findings(text, 'typography').map((finding) => [lineOf(finding), finding.range.start.character, finding.range.end.character, finding.message]);
  /** The text after applying the preferred fix of the typography finding on a line. */
  const fixed = (text: string, line: number, options: Parameters<typeof createLanguageService>[0] = {}, settings: unknown = undefined) => {
    const service = createLanguageService(options);
    service.configure(settings);
    service.setDocument('memory:/t.parlq', 1, text);
    const finding = service.diagnostics('memory:/t.parlq')!.findings.find((candidate) => candidate.code === 'typography' && lineOf(candidate) === line)!;
    const [action] = service.codeActions('memory:/t.parlq', [finding])!;
    return { title: action!.title, text: applyEdits(service.model('memory:/t.parlq')!, action!.edits) };
  };

  it('finds the two slips the sample really has: a Dutch space before "?", a French colon without one', () => {
    expect(slips(SAMPLE)).toEqual([
      [98, 273, 275, 'Space before "?": Dutch puts none there.'],
      [127, 70, 71, 'Missing space before ":": French puts a space there.'],
    ]);
  });

  it('repairs each exactly: one character in, one character out, nothing else', () => {
    const dutch = fixed(SAMPLE, 98);
    expect(dutch.title).toBe('Remove the space before "?"');
    expect(dutch.text).toBe(edited(98, 'aandacht ?', 'aandacht?'));
    const french = fixed(SAMPLE, 127);
    expect(french.title).toBe('Insert a space before ":"');
    expect(french.text).toBe(edited(127, 'sont:', 'sont\u00a0:'));
  });

  it('asks for the house’s no-break space when set, and accepts any space by default', () => {
    const text = edited(127, 'sont:', 'sont :');
    expect(slips(text).filter(([line]) => line === 127)).toEqual([]);
    const service = createLanguageService();
    expect(service.configure({ typography: { frenchSpace: 'nnbsp' } })).toEqual([]);
    service.setDocument('memory:/t.parlq', 1, text);
    const messages = service.diagnostics('memory:/t.parlq')!.findings.filter((finding) => finding.code === 'typography' && lineOf(finding) === 127);
    expect(messages.map((finding) => finding.message)).toEqual(['The space before ":" is not a narrow no-break space, as parlq.typography.frenchSpace asks.']);
    expect(fixed(text, 127, {}, { typography: { frenchSpace: 'nnbsp' } }).text).toBe(edited(127, 'sont:', 'sont\u202f:'));
  });

  it('finds a doubled word and a double space, and mends them; grammatical repeats are fine', () => {
    const doubled = edited(165, 'De evaluatie en de reacties', 'De evaluatie en de de reacties');
    expect(slips(doubled).filter(([line]) => line === 165)).toEqual([[165, 19, 24, 'Doubled word: "de de".']]);
    expect(fixed(doubled, 165).text).toBe(SAMPLE);
    const spaced = edited(165, 'De evaluatie en', 'De evaluatie  en');
    expect(slips(spaced).filter(([line]) => line === 165)).toEqual([[165, 15, 17, 'Double space.']]);
    expect(fixed(spaced, 165).text).toBe(SAMPLE);
    expect(slips(edited(127, 'Les évaluations', 'Vous vous souvenez. Les évaluations')).filter(([line]) => line === 127)).toHaveLength(1);
  });

  it('finds a bracket or guillemet left open across the paragraphs of one language, and not an enumerator’s', () => {
    const open = edited(125, 'Fedasil utilise Facebook.', 'Fedasil utilise Facebook (depuis 2012.');
    expect(
      slips(open)
        .filter(([line]) => line === 125)
        .map(([, , , message]) => message),
    ).toEqual(['Unpaired "(": no ")" closes it.']);
    expect(slips(edited(125, 'Fedasil utilise Facebook.', 'Fedasil utilise : a) Facebook.')).filter(([line]) => line === 125)).toEqual([]);
  });
});

describe('deadlines', () => {
  it('computes Easter and the ten Belgian public holidays', () => {
    expect(['2013', '2019', '2024', '2025'].map((year) => easterSunday(Number(year)))).toEqual(['2013-03-31', '2019-04-21', '2024-03-31', '2025-04-20']);
    expect([...belgianHolidays(2013)].sort()).toEqual([
      '2013-01-01',
      '2013-04-01',
      '2013-05-01',
      '2013-05-09',
      '2013-05-20',
      '2013-07-21',
      '2013-08-15',
      '2013-11-01',
      '2013-11-11',
      '2013-12-25',
    ]);
    // Sent on Tuesday 30 April 2013: 1 May, Ascension (9 May) and Whit Monday (20 May) are not working days.
    expect(addWorkingDays('2013-04-30', 20)).toBe('2013-05-31');
    expect(workingDaysBetween('2013-04-30', '2013-06-04')).toBe(22);
  });

  const overdue = (text: string, today = '2026-12-01', settings: unknown = undefined) => {
    const service = createLanguageService({ today: () => today });
    service.configure(settings);
    service.setDocument('memory:/t.parlq', 1, text);
    return service
      .diagnostics('memory:/t.parlq')!
      .findings.filter((finding) => finding.code === 'answer-overdue')
      .map((finding) => [lineOf(finding), finding.severity, finding.message]);
  };

  it('finds the sample answered on the 22nd working day, after the 20 a minister has by default', () => {
    expect(overdue(SAMPLE)).toEqual([
      [
        31,
        'information',
        'Answered late: on 4 June 2013, 2 working days after the deadline of 31 May 2013 (20 working days after sending, parlq.answerDeadlineWorkingDays); the 22nd working day after sending on 30 April 2013.',
      ],
    ]);
    expect(overdue(SAMPLE, '2026-12-01', { answerDeadlineWorkingDays: 22 })).toEqual([]);
  });

  it('uses the deadline the timeline prints, and judges an unanswered question against today', () => {
    const printed = SAMPLE.replace('30/4/2013Verzending vraag\n', '30/4/2013Verzending vraag\n(Einde van de antwoordtermijn: 7/6/2013)\n');
    expect(overdue(printed)).toEqual([]);
    const unanswered = SAMPLE.slice(0, SAMPLE.indexOf('Réponse reçue le')).replace(/\n[^\n]*Antwoord\n/g, '\n');
    expect(overdue(unanswered, '2013-05-31')).toEqual([]);
    expect(overdue(unanswered, '2013-06-04')).toEqual([
      [30, 'information', 'No answer, 2 working days after the deadline of 31 May 2013 (20 working days after sending, parlq.answerDeadlineWorkingDays).'],
    ]);
  });

  it('shows the deadline and the working day of the answer on the timeline’s hover', () => {
    const service = createLanguageService();
    service.setDocument('memory:/t.parlq', 1, SAMPLE);
    expect(service.hover('memory:/t.parlq', { line: 30, character: 3 }, 'plaintext')!.contents.split('\n')[0]).toBe(
      'Deadline 31 May 2013 (20 working days after sending on 30 April 2013); answered on 4 June 2013, the 22nd working day after sending (late).',
    );
  });
});

describe('untranslated', () => {
  const untranslatedIn = (text: string) => findings(text, 'untranslated').map((finding) => [lineOf(finding), finding.message, finding.related.map(lineOf)]);
  const lines = SAMPLE.split('\n');

  it('is silent on the sample', () => {
    expect(untranslatedIn(SAMPLE)).toEqual([]);
  });

  it('finds a French paragraph pasted into the Dutch answer', () => {
    const pasted = [...lines.slice(0, 166), lines[126], '', ...lines.slice(166)].join('\n');
    expect(untranslatedIn(pasted)).toEqual([[167, 'Written in French, in the Dutch text: "2. Les évaluations et les réactions sont positives. Les…".', []]]);
  });

  it('finds a Dutch item left as the French one, the same sentence on both sides, and not names printed alike', () => {
    const copied = edited(127, lines[126]!, lines[164]!);
    expect(untranslatedIn(copied)).toEqual([[127, 'Written in Dutch, in the French text: "2. De evaluatie en de reacties zijn positief. Voordelen…".', [165]]]);
    /** The sample with the first Fedasil answer item written as `text` in both languages. */
    const both = (text: string) => SAMPLE.replace(lines[124]!, text).replace(lines[162]!, text);
    expect(untranslatedIn(both('1. Fedasil est sur Facebook.'))).toEqual([
      [125, 'Same text as its Dutch counterpart (line 163): "1. Fedasil est sur Facebook." was not translated.', [163]],
    ]);
    const sameName = both('1. Fedasil (Facebook, Twitter).');
    expect(untranslatedIn(sameName)).toEqual([]);
  });
});

describe('length-ratio', () => {
  it('is silent on the sample, whose pairs all lie within 1.74 deviations of its own ratio', () => {
    expect(findings(SAMPLE, 'length-ratio')).toEqual([]);
  });

  it('points at a Dutch answer item that lost its second sentence', () => {
    const line = SAMPLE.split('\n')[164]!;
    const shortened = SAMPLE.replace(line, line.slice(0, line.indexOf(' Voordelen zijn')));
    const found = findings(shortened, 'length-ratio');
    expect(found.map((finding) => [lineOf(finding), finding.severity, finding.related.map(lineOf)])).toEqual([[165, 'hint', [127]]]);
    expect(found[0]!.message).toMatch(
      /^Much shorter than its French counterpart \(line 127\): 45 characters against 297, where this question's texts run 0\.\d\d Dutch characters to one French; a sentence may be missing\.$/,
    );
  });
});

describe('acronym-pair', () => {
  it('is silent on the sample, whose SPF, SPP and CGRA all have their FOD, POD and CGVS', () => {
    expect(findings(SAMPLE, 'acronym-pair')).toEqual([]);
  });

  it('finds an acronym whose counterpart is missing, and accepts it written out', () => {
    const dropped = edited(153, 'Het CGVS plaatst', 'Het plaatst');
    expect(findings(dropped, 'acronym-pair').map((finding) => [lineOf(finding), finding.severity, finding.message])).toEqual([
      [153, 'hint', 'No "CGVS" here where the French text (line 115) has "CGRA".'],
    ]);
    expect(findings(edited(153, 'Het CGVS plaatst', 'Het Commissariaat-generaal voor de Vluchtelingen plaatst'), 'acronym-pair')).toEqual([]);
  });
});

describe('terminology', () => {
  const withTerms = (text: string, terms: unknown) => {
    const service = createLanguageService();
    const problems = service.configureTerms(JSON.stringify(terms));
    service.setDocument('memory:/t.parlq', 1, text);
    const found = service.diagnostics('memory:/t.parlq')!.findings.filter((finding) => finding.code === 'terminology');
    return { service, problems, found };
  };

  it('says nothing without a term file, and nothing on the sample with terms it follows', () => {
    expect(findings(SAMPLE, 'terminology')).toEqual([]);
    expect(withTerms(SAMPLE, { pairs: [{ fr: 'SPF Intérieur', nl: 'FOD IBZ' }] }).found).toEqual([]);
  });

  it('finds a listed French term whose Dutch counterpart lacks its pair', () => {
    const { problems, found } = withTerms(SAMPLE, { pairs: [{ fr: 'SPF Intérieur', nl: 'FOD Binnenlandse Zaken' }] });
    expect(problems).toEqual([]);
    expect(found.map((finding) => [lineOf(finding), finding.severity, finding.message, finding.related.map(lineOf)])).toEqual([
      [151, 'warning', 'No "FOD Binnenlandse Zaken" here where the French text (line 113) has "SPF Intérieur" (parlq.terms.json).', [113]],
    ]);
  });

  it('finds a term to avoid and replaces exactly it', () => {
    const { service, found } = withTerms(SAMPLE, { forbidden: [{ term: 'Facebook-pagina', use: 'Facebookpagina', lang: 'nl' }] });
    expect(found.map((finding) => [lineOf(finding), finding.range.start.character, finding.range.end.character, finding.message])).toEqual([
      [149, 100, 115, '"Facebook-pagina" is to be avoided: use "Facebookpagina" (parlq.terms.json).'],
      [151, 6, 21, '"Facebook-pagina" is to be avoided: use "Facebookpagina" (parlq.terms.json).'],
    ]);
    const [fix] = service.codeActions('memory:/t.parlq', [found[1]!])!;
    expect(fix!.title).toBe('Replace with "Facebookpagina"');
    expect(applyEdits(service.model('memory:/t.parlq')!, fix!.edits)).toBe(edited(151, 'Facebook-pagina', 'Facebookpagina'));
  });

  it('reports a bad term file by the path of each bad entry, and uses none of it', () => {
    const service = createLanguageService();
    expect(service.configureTerms(JSON.stringify({ pairs: [{ fr: 'SPF', nl: '' }], forbidden: [{ term: 'x' }], extra: 1 }), 'folder/parlq.terms.json')).toEqual([
      'folder/parlq.terms.json: pairs[0].nl: must not be empty; its terms are not used.',
      'folder/parlq.terms.json: forbidden[0].use: Invalid input: expected string, received undefined; its terms are not used.',
      'folder/parlq.terms.json: (top level): Unrecognized key: "extra"; its terms are not used.',
    ]);
    expect(service.configureTerms('{ not json', 'folder/parlq.terms.json')[0]).toMatch(/^folder\/parlq\.terms\.json: not valid JSON \(/);
  });

  it('extends the acronym table', () => {
    const text = edited(151, 'van de FOD IBZ', 'van de FOD IBZ (BZ)');
    expect(
      withTerms(text, { acronyms: [{ fr: 'SPFI', nl: 'BZ' }] })
        .service.diagnostics('memory:/t.parlq')!
        .findings.filter((finding) => finding.code === 'acronym-pair')
        .map((finding) => finding.message),
    ).toEqual(['No "SPFI" here where the Dutch text (line 151) has "BZ".']);
  });
});
