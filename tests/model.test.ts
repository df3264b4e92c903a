import { describe, expect, it } from 'vitest';
import { parseDocument, pieceAt, walk } from '../server/src/model/index.js';
import { frenchThenDutchSplit, guessLanguage } from '../server/src/model/language.js';
import { lineStarts } from '../server/src/model/text.js';
import { SAMPLE, assertModelInvariants, offsetAt, textOf } from './helpers.js';

const sample = parseDocument(SAMPLE);
const question = sample.questions[0]!;

describe('the sample, question 5-8916', () => {
  it('is one question with its number and declared original language', () => {
    expect(sample.questions).toHaveLength(1);
    expect(question.number).toBe('5-8916');
    expect(question.originalLanguage).toBe('nl');
    expect(sample.unrecognized).toEqual([]);
    assertModelInvariants(sample);
  });

  it('splits the one-line bilingual fields into halves with exact ranges', () => {
    const date = question.fields.date!;
    expect(textOf(sample, date.fr!)).toBe('30 avril 2013');
    expect(date.fr!.range).toEqual({ start: { line: 4, character: 0 }, end: { line: 4, character: 13 } });
    expect(textOf(sample, date.nl!)).toBe('30 april 2013');
    expect(date.nl!.range).toEqual({ start: { line: 4, character: 14 }, end: { line: 4, character: 27 } });
    expect(textOf(sample, question.fields.number!.nl!)).toBe('Schriftelijke vraag nr. 5-8916');
    expect(textOf(sample, question.fields.session!.fr!)).toBe('Session 2012-2013');
    expect(textOf(sample, question.fields.answerHeading!.fr!)).toBe('Réponse reçue le 4 juin 2013 :');
    expect(textOf(sample, question.fields.answerHeading!.nl!)).toBe('Antwoord ontvangen op 4 juni 2013 :');
    expect(textOf(sample, question.fields.questionHeading!.nl!)).toBe('Vraag nr. 5-8916 d.d. 30 april 2013 : (Vraag gesteld in het Nederlands)');
  });

  it('finds where the French title ends and the Dutch one starts, with no delimiter between them', () => {
    const title = question.fields.title!;
    expect(textOf(sample, title.fr!)).toBe('Services publics fédéraux - Communication avec les citoyens - Recours aux médias sociaux');
    expect(textOf(sample, title.nl!)).toBe('Federale overheidsdiensten - Communicatie met burgers - Gebruik van sociale media');
    expect(title.nl!.range).toEqual({ start: { line: 16, character: 89 }, end: { line: 16, character: 170 } });
  });

  it('reads author and addressee lines as French and Dutch halves', () => {
    expect(textOf(sample, question.fields.author!.fr!)).toBe('de Martine Taelman (Open Vld)');
    expect(textOf(sample, question.fields.author!.nl!)).toBe('van Martine Taelman (Open Vld)');
    expect(textOf(sample, question.fields.addressee!.nl!)).toMatch(/^aan de staatssecretaris voor Asiel/);
  });

  it('pairs descriptor i of the French list with descriptor i of the Dutch list', () => {
    const { fr, nl } = question.descriptors!;
    expect(fr.map((node) => textOf(sample, node))).toEqual([
      'ministère',
      'communauté virtuelle',
      'sensibilisation du public',
      'relation administration-administré',
      'médias sociaux',
    ]);
    expect(nl.map((node) => textOf(sample, node))).toEqual([
      'ministerie',
      'virtuele gemeenschap',
      'bewustmaking van de burgers',
      'betrekking tussen overheid en burger',
      'sociale media',
    ]);
    fr.forEach((node, i) => expect(node.counterpart).toBe(nl[i]));
  });

  it('reads the timeline and the cross-references as two columns, left one French', () => {
    const timeline = question.timeline!;
    expect(timeline.columns.map((column) => [column.lang, column.entries.length])).toEqual([
      ['fr', 2],
      ['nl', 2],
    ]);
    expect(timeline.columns[0]!.entries[0]).toMatchObject({ date: '30/4/2013', label: 'Verzending vraag' });
    expect(timeline.columns[0]!.entries[0]!.labelLanguage).toEqual({ lang: 'nl', confidence: 1, basis: 'label' });
    const references = question.crossReferences!;
    expect(references.columns.map((column) => [column.lang, column.entries.length])).toEqual([
      ['fr', 18],
      ['nl', 18],
    ]);
    expect(references.columns[1]!.entries[17]).toMatchObject({ label: 'Ook gesteld aan', kind: 'schriftelijke vraag', number: '5-8918' });
    expect(references.columns[1]!.entries[17]!.node.range.start.line).toBe(69);
  });

  it('splits the question into a French and a Dutch part with intro paragraphs and numbered items', () => {
    const { fr, nl } = question.questionText!;
    expect(fr!.intro).toHaveLength(2);
    expect(nl!.intro).toHaveLength(2);
    expect(fr!.items.map((item) => [item.number, item.marker, item.range.start.line])).toEqual([
      [1, '1)', 77],
      [2, '2)', 79],
      [3, '3)', 81],
      [4, '4)', 83],
    ]);
    expect(nl!.items.map((item) => item.range.start.line)).toEqual([91, 93, 95, 97]);
    expect(fr!.items[3]!.counterpart).toBe(nl!.items[3]);
    expect(fr!.intro[1]!.counterpart).toBe(nl!.intro[1]);
  });

  it('finds the switch from the French answer to the Dutch one from the text alone', () => {
    const { fr, nl } = question.answer!;
    expect(fr!.opening.map((node) => node.range.start.line)).toEqual([102]);
    expect(nl!.opening.map((node) => node.range.start.line)).toEqual([140]);
    expect(fr!.blocks.map((block) => block.name)).toEqual([
      'Office des Étrangers (OE)',
      'Commissariat-Général aux Réfugiés et aux Apatrides (CGRA)',
      'Conseil du contentieux des Étrangers (CCE)',
      'Fedasil',
      'Service public de programmation (SPP) Intégration Sociale',
    ]);
    expect(nl!.blocks.map((block) => block.name)).toEqual([
      'Dienst Vreemdelingenzaken (DVZ)',
      'Commissariaat-Generaal voor de Vluchtelingen en de Staatlozen (CGVS)',
      'Raad voor Vreemdelingenbetwistingen (RVV)',
      'Fedasil',
      'Programmatorische Overheidsdienst (POD) Maatschappelijke Integratie',
    ]);
    expect(fr!.blocks.map((block) => block.items.length)).toEqual([0, 4, 0, 4, 3]);
    expect(nl!.blocks.map((block) => block.items.length)).toEqual([0, 4, 0, 4, 4]);
    expect(fr!.blocks[0]!.paragraphs).toHaveLength(1);
  });

  it('pairs agency blocks, their headings and their items, and marks the missing French answer 4', () => {
    const frBlocks = question.answer!.fr!.blocks;
    const nlBlocks = question.answer!.nl!.blocks;
    frBlocks.forEach((block, i) => {
      expect(block.node.counterpart).toBe(nlBlocks[i]!.node);
      expect(block.heading.counterpart).toBe(nlBlocks[i]!.heading);
    });
    expect(frBlocks[3]!.items[1]!.counterpart).toBe(nlBlocks[3]!.items[1]);
    expect(nlBlocks[4]!.items[3]!.counterpart).toBeNull();
  });

  it('says how sure it is of each paragraph language, and on what basis', () => {
    const fedasil = question.answer!.fr!.blocks[3]!.heading;
    expect(fedasil.language).toEqual({ lang: 'fr', basis: 'position', confidence: 0.6 });
    const item = question.answer!.nl!.blocks[3]!.items[1]!;
    expect(item.language!.basis).toBe('text');
    expect(item.language!.lang).toBe('nl');
    expect(item.language!.confidence).toBeGreaterThan(0.8);
  });

  it('looks up the piece under a position and its counterpart', () => {
    const found = pieceAt(sample, offsetAt(SAMPLE, 126, 10))!; // French Fedasil answer 2
    expect(found.piece.kind).toBe('answerItem');
    expect(found.piece.number).toBe(2);
    expect(textOf(sample, found.counterpart!)).toMatch(/^2\. De evaluatie en de reacties zijn positief/);
    expect(pieceAt(sample, offsetAt(SAMPLE, 1, 3))).toBeNull(); // a rule pairs with nothing
    const endOfLine = pieceAt(sample, offsetAt(SAMPLE, 4, 13))!; // just past "30 avril 2013"
    expect(textOf(sample, endOfLine.counterpart!)).toBe('30 april 2013');
  });
});

describe('language detection', () => {
  it('tells French from Dutch by function words and letter patterns', () => {
    expect(guessLanguage("L'Office des Étrangers n'utilise pas les médias sociaux.").lang).toBe('fr');
    expect(guessLanguage('De Dienst Vreemdelingenzaken maakt geen gebruik van sociale media.').lang).toBe('nl');
    expect(guessLanguage('Fedasil').confidence).toBe(0);
  });

  it('cuts a run of paragraphs where French turns into Dutch', () => {
    expect(frenchThenDutchSplit([3, 2, 0, 4, -5, 0, -2])).toBe(4);
    expect(frenchThenDutchSplit([-1, -2])).toBe(0);
    expect(frenchThenDutchSplit([1, 2])).toBe(2);
  });
});

describe('line splitting', () => {
  it('ends lines at LF, CRLF and a lone CR, as LSP does, and not at U+2028', () => {
    const text = 'a\nb\r\nc\rd\u2028e';
    expect(lineStarts(text)).toEqual([0, 2, 5, 7]);
  });
});

describe('every node of the sample', () => {
  it('has a kind a reader recognises, and the pieces that pair carry a language', () => {
    for (const node of walk(sample.root)) {
      if (node.counterpart !== undefined) expect(node.lang, `${node.kind} at ${node.start}`).toBeDefined();
    }
  });
});
