import { describe, expect, it } from 'vitest';
import { parseDocument } from '../server/src/model/index.js';
import { hoverAt } from '../server/src/features/hover.js';
import { REAL_PAGES, SAMPLE, assertModelInvariants, findings, fixture, lineOf, offsetAt, textOf } from './helpers.js';

/** These variants are about the page's structure: an answer's timing (tested in fidelity.test.ts) is left out. */
const isStructural = (finding: { code: string }) => finding.code !== 'answer-overdue';

describe('a question asked in French, answered without agency blocks', () => {
  const text = fixture('french-original.parlq');
  const document = parseDocument(text);
  const question = document.questions[0]!;

  it('declares French as the original language', () => {
    expect(question.originalLanguage).toBe('fr');
    expect(question.number).toBe('5-4521');
    assertModelInvariants(document);
  });

  it('reads "1." question items and the answer items outside any agency block', () => {
    expect(question.questionText!.fr!.items.map((item) => item.marker)).toEqual(['1.', '2.', '3.']);
    expect(question.answer!.fr!.blocks).toEqual([]);
    expect(question.answer!.fr!.items.map((item) => item.number)).toEqual([1, 2]);
    expect(question.answer!.nl!.items.map((item) => item.number)).toEqual([1, 2, 3]);
  });

  it('attaches the deadline lines to the sending date, and pairs the columns', () => {
    const [fr, nl] = question.timeline!.columns;
    expect(fr!.entries.map((entry) => [entry.label, entry.deadline, entry.labelLanguage.lang])).toEqual([
      ['Envoi question', '16/2/2012', 'fr'],
      ['Réponse', null, 'fr'],
    ]);
    expect(nl!.entries.map((entry) => [entry.label, entry.deadline])).toEqual([
      ['Verzending vraag', '16/2/2012'],
      ['Antwoord', null],
    ]);
    expect(fr!.entries[0]!.node.range).toEqual({ start: { line: 23, character: 0 }, end: { line: 24, character: 36 } });
    expect(fr!.entries[0]!.node.counterpart).toBe(nl!.entries[0]!.node);
  });

  it('pairs a French and a Dutch reference by number', () => {
    const [fr, nl] = question.crossReferences!.columns;
    expect(fr!.entries[0]).toMatchObject({ label: 'Réintroduite comme', kind: 'question écrite', number: '5-6130' });
    expect(fr!.entries[0]!.node.counterpart).toBe(nl!.entries[0]!.node);
  });

  it('reports the answer that does not address question 3 in French, and nothing else', () => {
    const result = findings(document).filter(isStructural);
    expect(result.map((finding) => [lineOf(finding), finding.code, finding.message])).toEqual([
      [52, 'missing-answer', 'No French answer 3: the French answer does not address question 3 (the Dutch answer does).'],
    ]);
    expect(result[0]!.range).toEqual({ start: { line: 51, character: 0 }, end: { line: 51, character: 31 } });
    expect(result[0]!.related.map(lineOf)).toEqual([42, 62]);
  });
});

describe('a question with no answer', () => {
  const text = fixture('no-answer.parlq');

  it('reports the missing answer on the question heading', () => {
    const missing = findings(text, 'missing-answer');
    expect(missing.map((finding) => [lineOf(finding), finding.message])).toEqual([
      [30, 'Question 6-412 has no answer: no answer heading ("Réponse reçue le … : Antwoord ontvangen op … :") follows it.'],
    ]);
    expect(missing[0]!.range).toEqual({ start: { line: 29, character: 0 }, end: { line: 29, character: 136 } });
  });

  it('says nothing of an answer when the timeline shows the file closed or lapsed', () => {
    for (const [fr, nl] of [
      ['Dossier clôturé', 'Dossier gesloten'],
      ['Fin de la législature', 'Einde zittingsperiode'],
    ]) {
      const closed = text
        .replace('3/3/2015Envoi question\n', `3/3/2015Envoi question\n1/6/2015${fr}\n`)
        .replace('3/3/2015Verzending vraag\n', `3/3/2015Verzending vraag\n1/6/2015${nl}\n`);
      const document = parseDocument(closed);
      expect(document.questions[0]!.closedWithoutAnswer).toBe(true);
      expect(findings(document, 'missing-answer')).toEqual([]);
      expect(findings(document, 'label-language')).toEqual([]);
    }
  });

  it('reads "a)" items with ordinals, so a) pairs with a)', () => {
    const question = parseDocument(text).questions[0]!;
    expect(question.questionText!.fr!.items.map((item) => [item.marker, item.number])).toEqual([
      ['a)', 1],
      ['b)', 2],
    ]);
    expect(question.questionText!.fr!.items[1]!.counterpart).toBe(question.questionText!.nl!.items[1]);
  });

  it('finds which descriptor has no counterpart when the lists differ in length', () => {
    const missing = findings(text, 'missing-counterpart');
    expect(missing.map((finding) => [lineOf(finding), finding.message])).toEqual([
      [21, 'No Dutch counterpart for descriptor "chemin de fer": the two descriptor lists differ in length.'],
    ]);
    const question = parseDocument(text).questions[0]!;
    expect(question.descriptors!.fr).toHaveLength(4);
    expect(textOf(parseDocument(text), question.descriptors!.fr[3]!.counterpart!)).toBe('transportongeval');
  });
});

describe('a page without cross-references or descriptors', () => {
  const text = fixture('french-original.parlq')
    .replace(/impôt sur le revenu\n[\s\S]*?belastingaangifte\n/, '')
    .replace(/Réintroduite comme[^\n]*\nHeringediend als[^\n]*\n________ ________\n/, '');

  it('parses the rest unchanged', () => {
    const document = parseDocument(text);
    const question = document.questions[0]!;
    expect(question.descriptors).toBeNull();
    expect(question.crossReferences).toBeNull();
    expect(question.timeline!.columns).toHaveLength(2);
    expect(question.questionText!.nl!.items).toHaveLength(3);
    expect(document.unrecognized).toEqual([]);
    expect(
      findings(document)
        .filter(isStructural)
        .map((finding) => finding.code),
    ).toEqual(['missing-answer']);
    assertModelInvariants(document);
  });
});

describe('a page in Dutch only', () => {
  const text = fixture('dutch-only.parlq');
  const document = parseDocument(text);

  it('reads every field as Dutch and reports the missing French text once', () => {
    const question = document.questions[0]!;
    expect(question.fields.title!.fr).toBeNull();
    expect(textOf(document, question.fields.title!.nl!)).toBe('Gerechtelijk arrondissement Brussel - Taalkennis');
    expect(question.descriptors!.nl).toHaveLength(2);
    expect(question.timeline!.columns.map((column) => column.lang)).toEqual(['nl']);
    const result = findings(document).filter(isStructural);
    expect(result.map((finding) => [lineOf(finding), finding.code, finding.message])).toEqual([
      [21, 'missing-counterpart', 'Question 5-512 is in Dutch only: the French text is missing throughout (13 pieces).'],
    ]);
    assertModelInvariants(document);
  });
});

describe('items run together in one paragraph, and bullet answers', () => {
  const document = parseDocument(fixture('run-together.parlq'));
  const question = document.questions[0]!;

  it('cuts the introduction and the items apart, with exact ranges', () => {
    const fr = question.questionText!.fr!;
    expect(fr.intro.map((node) => textOf(document, node))).toEqual(["J'aimerais obtenir une réponse aux questions suivantes :"]);
    expect(fr.items.map((node) => textOf(document, node))).toEqual([
      '1) Combien de policiers sont en service ?',
      '2) Combien de départs à la retraite sont prévus ?',
      '3) Comment seront-ils remplacés ?',
    ]);
    expect(fr.items[1]!.range).toEqual({ start: { line: 26, character: 99 }, end: { line: 26, character: 148 } });
    expect(fr.items[2]!.counterpart).toBe(question.questionText!.nl!.items[2]);
    assertModelInvariants(document);
  });

  it('does not take bullets for answers to numbered questions', () => {
    expect(question.answer!.fr!.items.map((item) => item.marker)).toEqual(['-', '-']);
    expect(findings(document)).toEqual([]);
  });
});

describe('line ends and byte-order marks', () => {
  const expected = findings(SAMPLE).map((finding) => [lineOf(finding), finding.range.start.character, finding.code]);

  it('gives the same findings on the same lines with CRLF line ends', () => {
    const crlf = SAMPLE.replace(/\n/g, '\r\n');
    const document = parseDocument(crlf);
    assertModelInvariants(document);
    expect(findings(document).map((finding) => [lineOf(finding), finding.range.start.character, finding.code])).toEqual(expected);
    expect(document.questions[0]!.fields.date!.nl!.range).toEqual({ start: { line: 4, character: 14 }, end: { line: 4, character: 27 } });
  });

  it('gives the same with a lone CR, trailing spaces and a final newline', () => {
    const odd = `${SAMPLE.replace(/\n/g, '  \r')}\n`;
    const document = parseDocument(odd);
    assertModelInvariants(document);
    expect(findings(document).map((finding) => [lineOf(finding), finding.range.start.character, finding.code])).toEqual(expected);
  });

  it('reads a file that starts with a BOM, keeping the BOM in the tree as white space', () => {
    const document = parseDocument(`\uFEFF${SAMPLE}`);
    assertModelInvariants(document);
    expect(document.questions[0]!.fields.banner!.fr!.range.start).toEqual({ line: 0, character: 1 });
    expect(findings(document)).toHaveLength(expected.length);
    expect(document.unrecognized).toEqual([]);
  });
});

describe('a file cut off part-way', () => {
  it('gives the partial model at every cut, never throwing', () => {
    for (let cut = 0; cut <= SAMPLE.length; cut += 37) {
      const document = parseDocument(SAMPLE.slice(0, cut));
      assertModelInvariants(document);
      findings(document);
    }
  });

  it('cut after the French answer: the Dutch answer is reported missing, and SPP still lacks answer 4', () => {
    const cut = SAMPLE.slice(0, SAMPLE.indexOf('Het geachte lid'));
    // The sample's own slips (labels, duplicates, typography) are not what the cut is about.
    const result = findings(cut).filter((finding) => !['label-language', 'duplicate-reference', 'typography', 'answer-overdue'].includes(finding.code));
    expect(result.map((finding) => [lineOf(finding), finding.code, finding.message])).toEqual([
      [103, 'missing-counterpart', 'No Dutch text of the answer.'],
      [133, 'missing-answer', 'No French answer 4: "Service public de programmation (SPP) Intégration Sociale" does not answer question 4.'],
    ]);
  });

  it('cut in the middle of the cross-references: header parsed, no question text yet', () => {
    const cut = SAMPLE.slice(0, SAMPLE.indexOf('5-8905'));
    const document = parseDocument(cut);
    const question = document.questions[0]!;
    expect(question.fields.title!.nl).not.toBeNull();
    expect(question.crossReferences!.columns[0]!.entries).toHaveLength(5);
    expect(question.questionText).toBeNull();
    expect(document.unrecognized.map((node) => textOf(document, node))).toEqual(['Ook gesteld aan : schriftelijke vraag']);
  });
});

describe('a bulletin: several questions in one file', () => {
  const second = fixture('french-original.parlq');
  const text = `${SAMPLE}\n\n${second}`;
  const document = parseDocument(text);

  it('makes each question a top-level node', () => {
    expect(document.questions.map((question) => question.number)).toEqual(['5-8916', '5-4521']);
    expect(document.root.children.filter((node) => node.kind === 'question')).toHaveLength(2);
    expect(document.questions[1]!.node.range.start).toEqual({ line: 180, character: 0 });
    assertModelInvariants(document);
  });

  it('reports each question on its own lines', () => {
    const result = findings(document).filter((finding) => finding.code === 'missing-answer');
    expect(result.map(lineOf)).toEqual([133, 181 + 51]);
    // The sample's French column of cross-references is in Dutch: one label warning, not eighteen duplicates.
    expect(findings(document, 'duplicate-reference')).toHaveLength(0);
    expect(findings(document, 'label-language').map(lineOf)).toEqual([30, 35]);
  });
});

describe('more kinds of cross-reference', () => {
  const text = fixture('french-original.parlq').replace(
    'Réintroduite comme : question écrite 5-6130\nHeringediend als : schriftelijke vraag 5-6130\n',
    [
      'Réintroduite comme : question écrite 5-6130 Heringediend als : schriftelijke vraag 5-6130',
      "Requalification de : demande d'explications 5-980 Geherkwalificeerd als : vraag om uitleg 5-980",
      'Réintroduite comme : question écrite 5-4521 Heringediend als : schriftelijke vraag 5-4521',
      'Réintroduite comme : question écrite 5-6130 Heringediend als : schriftelijke vraag 5-6130',
      '',
    ].join('\n'),
  );
  const document = parseDocument(text);

  it('reads both columns from one line, pairing left with right', () => {
    const [fr, nl] = document.questions[0]!.crossReferences!.columns;
    expect(fr!.entries.map((entry) => entry.number)).toEqual(['5-6130', '5-980', '5-4521', '5-6130']);
    expect(nl!.entries[1]).toMatchObject({ label: 'Geherkwalificeerd als', kind: 'vraag om uitleg' });
    expect(nl!.entries[1]!.node.range).toEqual({ start: { line: 31, character: 50 }, end: { line: 31, character: 95 } });
    expect(fr!.entries[1]!.node.counterpart).toBe(nl!.entries[1]!.node);
  });

  it('reports the question listing itself, and the repeated pair', () => {
    const self = findings(document, 'self-reference');
    expect(self.map((finding) => [lineOf(finding), finding.range.start.character, finding.message])).toEqual([
      [33, 0, 'Question 5-4521 lists itself as a cross-reference ("Réintroduite comme : question écrite 5-4521").'],
      [33, 44, 'Question 5-4521 lists itself as a cross-reference ("Heringediend als : schriftelijke vraag 5-4521").'],
    ]);
    expect(findings(document, 'duplicate-reference').map((finding) => [lineOf(finding), finding.range.start.character])).toEqual([
      [34, 0],
      [34, 44],
    ]);
  });
});

describe('text that went through a wrong encoding', () => {
  const text = fixture('french-original.parlq')
    .replace('aan de minister van Financiën', 'aan de minister van FinanciÃ«n')
    .replace('Question écrite n° 5-4521', 'Question Ã©crite nÂ° 5-4521')
    .replace('déclaration fiscale', 'dÃ©claration fiscale')
    .replace('Personenbelasting', 'PersonenbelastingŽn');
  const document = parseDocument(text);

  it('still recognises the mangled fixed wording', () => {
    expect(document.questions[0]!.number).toBe('5-4521');
    expect(textOf(document, document.questions[0]!.fields.number!.fr!)).toBe('Question Ã©crite nÂ° 5-4521');
  });

  it('reports each damaged word with the likely original', () => {
    expect(findings(document, 'encoding-damage').map((finding) => [lineOf(finding), finding.message])).toEqual([
      [7, 'Wrong encoding: "Ã©crite" looks like UTF-8 text read as Windows-1252; it was probably "écrite".'],
      [7, 'Wrong encoding: "nÂ°" looks like UTF-8 text read as Windows-1252; it was probably "n°".'],
      [15, 'Wrong encoding: "FinanciÃ«n" looks like UTF-8 text read as Windows-1252; it was probably "Financiën".'],
      // Another kind of damage in the same file: the evidence of the code pages decides each word.
      [17, 'Wrong encoding: "PersonenbelastingŽn" looks like Windows-1252 text read as Mac Central European; it was probably "Personenbelastingën".'],
      [20, 'Wrong encoding: "dÃ©claration" looks like UTF-8 text read as Windows-1252; it was probably "déclaration".'],
    ]);
  });
});

describe('text that is no question at all', () => {
  it('is kept, as unrecognized nodes, and gets one sentence saying what it is not', () => {
    const text = 'Notes for the editor\nsecond line\n\nand more\n';
    const document = parseDocument(text);
    expect(document.layout).toEqual({ kind: 'none', lang: null });
    expect(document.questions).toEqual([]);
    expect(document.unrecognized.map((node) => textOf(document, node))).toEqual(['Notes for the editor\nsecond line', 'and more']);
    expect(findings(document).map((finding) => [lineOf(finding), finding.code, finding.severity, finding.message])).toEqual([
      [
        1,
        'not-a-question-page',
        'information',
        'This file is not a Senate question page (it has no question number, question heading or answer heading): nothing in it was checked.',
      ],
    ]);
    assertModelInvariants(document);
  });

  it('parses an empty document to an empty model', () => {
    const document = parseDocument('');
    expect(document.questions).toEqual([]);
    expect(document.root.range).toEqual({ start: { line: 0, character: 0 }, end: { line: 0, character: 0 } });
    expect(findings(document)).toEqual([]);
  });
});

describe('pairing by evidence, not by position alone', () => {
  const withoutLine = (line: number) =>
    SAMPLE.split('\n')
      .filter((_, i) => i !== line - 1)
      .join('\n');

  it('a copy of a cross-reference in the same language is no counterpart: the hover does not call a duplicate a translation', () => {
    const document = parseDocument(SAMPLE);
    const [french, dutch] = document.questions[0]!.crossReferences!.columns;
    expect(french!.entries[0]!.node.counterpart).toBeUndefined();
    expect(dutch!.entries[0]!.node.counterpart).toBeUndefined();
    expect(hoverAt(document, offsetAt(SAMPLE, 52, 5))).toBeNull();
    expect(findings(document, 'missing-counterpart')).toEqual([]);
  });

  it('a timeline entry missing from one column leaves the other pairs in place', () => {
    const result = findings(withoutLine(30), 'missing-counterpart');
    expect(result.map((finding) => [lineOf(finding), finding.message])).toEqual([[31, 'No counterpart in the French column for timeline entry "30/4/2013Verzending vraag".']]);
  });

  it('the header survives a missing number line or a missing title line', () => {
    for (const line of [7, 17]) {
      const document = parseDocument(withoutLine(line));
      expect(document.unrecognized, `line ${line}`).toEqual([]);
      const codes = findings(document).map((finding) => finding.code);
      expect(
        codes.filter((code) => code !== 'duplicate-reference' && code !== 'label-language' && code !== 'typography' && code !== 'answer-overdue'),
        `line ${line}`,
      ).toEqual(['missing-answer']);
    }
    const withoutTitle = parseDocument(withoutLine(17));
    expect(withoutTitle.questions[0]!.fields.title).toBeUndefined();
    expect(withoutTitle.questions[0]!.descriptors!.fr).toHaveLength(5);
  });
});

describe('a question heading missing above the question text', () => {
  it('is one finding over the stretch the layout cannot explain, naming the likely cause', () => {
    const text = SAMPLE.split('\n')
      .filter((_, i) => i !== 71)
      .join('\n');
    const result = findings(text, 'unrecognized-text');
    expect(result.map((finding) => [lineOf(finding), finding.range.end.line + 1, finding.message])).toEqual([
      [
        73,
        97,
        'Text not recognised as part of a question page (12 paragraphs, lines 73-97), from "Ces dernières années, nos entreprises et nos autorités ont…". Is the question heading ("Question n° … du … :") missing above it?',
      ],
    ]);
  });
});

describe('a file that stops cleanly before the answer its timeline records', () => {
  it('says the answer is not in the file, with its date, instead of calling it missing', () => {
    const page = REAL_PAGES.find((candidate) => candidate.name.startsWith('11_'))!.text.replace('7/12/2011Dossier clôturé', '7/12/2011Réponse');
    expect(
      findings(page)
        .filter(isStructural)
        .map((finding) => [lineOf(finding), finding.code, finding.message]),
    ).toEqual([
      [
        32,
        'incomplete-page',
        'The file stops after the question ("…liques sur une question aussi cruciale ?"): the answer (recorded in the timeline on 7 December 2011) is not in the file and was not checked.',
      ],
    ]);
  });

  it('but a question in the middle of a file whose recorded answer is absent is a missing answer, with the date', () => {
    const page = REAL_PAGES.find((candidate) => candidate.name.startsWith('11_'))!.text.replace('7/12/2011Dossier clôturé', '7/12/2011Réponse');
    const result = findings(`${page}\n\n${SAMPLE}`, 'missing-answer');
    expect(result[0]!.message).toBe(
      'Question 5-1707 has no answer although the timeline records an answer on 7 December 2011: no answer heading ("Réponse reçue le … : Antwoord ontvangen op … :") follows it.',
    );
  });
});
