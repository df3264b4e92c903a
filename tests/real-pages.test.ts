/**
 * Real pages of every layout the Senate publishes, each beside its expected findings
 * (tests/fixtures/real/NAME.expected): the layout, then every finding as the checker prints it,
 * each with the reason a clerk would agree with it. A finding that appears or disappears, or a
 * finding without its reason, fails here.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runChecks } from '../server/src/checks/index.js';
import { outline } from '../server/src/features/outline.js';
import { parseDocument } from '../server/src/model/index.js';
import { REAL_PAGES, ROOT, assertModelInvariants } from './helpers.js';

interface Expected {
  layout: string;
  findings: string[];
  reasons: string[];
}

function readExpected(name: string): Expected {
  const path = join(ROOT, 'tests', 'fixtures', 'real', name.replace(/\.txt$/, '.expected'));
  if (!existsSync(path)) throw new Error(`${name} has no .expected file beside it (node scripts/real-expectations.mjs writes one to fill in)`);
  const lines = readFileSync(path, 'utf8').split('\n');
  const expected: Expected = { layout: '', findings: [], reasons: [] };
  for (const [i, line] of lines.entries()) {
    if (line.startsWith('layout: ')) expected.layout = line.slice('layout: '.length);
    else if (/^\d+:\d+ /.test(line)) {
      expected.findings.push(line);
      const reason = /^ {2}why: (.*)$/.exec(lines[i + 1] ?? '')?.[1]?.trim() ?? '';
      expected.reasons.push(reason);
    }
  }
  return expected;
}

describe('real pages', () => {
  it('holds every layout of the corpus', () => {
    const layouts = new Set(REAL_PAGES.map((page) => parseDocument(page.text).layout.kind));
    expect([...layouts].sort()).toEqual(['bilingual-print', 'bilingual-table', 'bulletin', 'chamber', 'print', 'web']);
  });

  for (const page of REAL_PAGES) {
    it(`${page.name}: the layout and exactly the expected findings, each with its reason`, () => {
      const document = parseDocument(page.text);
      const expected = readExpected(page.name);
      expect(`${document.layout.kind}${document.layout.lang ? ` ${document.layout.lang}` : ''}`).toBe(expected.layout);
      const actual = runChecks(document).findings.map(
        (finding) => `${finding.range.start.line + 1}:${finding.range.start.character + 1} ${finding.severity} ${finding.code} ${finding.message}`,
      );
      expect(actual).toEqual(expected.findings);
      for (const [i, reason] of expected.reasons.entries()) expect(reason.length, `reason for ${expected.findings[i]}`).toBeGreaterThan(20);
      // Text outside the layout is at most one stray paragraph (site navigation), never the page's own parts.
      expect(actual.filter((line) => line.includes(' unrecognized-text ')).length).toBeLessThanOrEqual(1);
      assertModelInvariants(document);
      expect(outline(document).length).toBe(document.questions.length);
    });
  }
});

describe('each layout read into its parts', () => {
  const read = (prefix: string) => {
    const page = REAL_PAGES.find((candidate) => candidate.name.startsWith(prefix))!;
    const document = parseDocument(page.text);
    const text = (node: { start: number; end: number } | null | undefined) => (node ? page.text.slice(node.start, node.end) : null);
    return { document, question: document.questions[0]!, text };
  };

  it('the French web view: fields by their order and first words, the deadline on the first event, the fate of the question', () => {
    const { document, question, text } = read('01_');
    expect(document.layout).toEqual({ kind: 'web', lang: 'fr' });
    expect(text(question.fields.title!.fr)).toBe("Prisons - Langue des détenus - Pays d'origine");
    expect(text(question.fields.author!.fr)).toBe('de Martine Taelman (Open Vld) du 10 novembre 2008');
    expect(text(question.fields.addressee!.fr)).toMatch(/^au vice-premier ministre/);
    expect(question.fields.title!.nl).toBeNull();
    expect(question.descriptors!.fr).toHaveLength(6);
    const events = question.timeline!.columns[0]!.entries;
    expect(events.map((event) => [event.date, event.label, event.deadline])).toEqual([
      ['10/11/2008', 'Envoi question', '11/12/2008'],
      ['5/1/2009', 'Dossier clôturé', null],
    ]);
    expect(question.closedWithoutAnswer).toBe(true);
    expect(question.crossReferences!.columns[0]!.entries.map((reference) => [reference.label, reference.number, reference.labelLanguage.lang])).toEqual([
      ['Réintroduite comme', '4-2569', 'fr'],
    ]);
    expect(question.questionText!.fr!.items.map((item) => item.number)).toEqual([1, 2, 3]);
    // One language by design: nothing in it expects a counterpart.
    expect(question.fields.title!.fr!.counterpart).toBeUndefined();
  });

  it('the Dutch printer version: the French "de" before the author, an empty cross-reference zone', () => {
    const { document, question, text } = read('15_');
    expect(document.layout).toEqual({ kind: 'print', lang: 'nl' });
    expect(text(question.fields.author!.nl)).toBe('de Anne-Marie Lizin (PS)');
    expect(text(question.fields.addressee!.nl)).toMatch(/^aan de minister van Economie/);
    expect(question.crossReferences).toBeNull();
    expect(question.originalLanguage).toBe('fr');
    expect(question.answerRecordedOn).toBe('13/2/2008');
    expect(question.answer!.nl!.opening).toHaveLength(1);
  });

  it('the bilingual print copied as a table: each cell its column', () => {
    const { document, question, text } = read('27_');
    expect(document.layout).toEqual({ kind: 'bilingual-table', lang: null });
    expect(text(question.fields.title!.fr)).toMatch(/^Centrales nucléaires étrangères .* Suivi$/);
    expect(text(question.fields.title!.nl)).toMatch(/^Buitenlandse kerncentrales .* Opvolging$/);
    expect(text(question.fields.date!.nl)).toBe('17 november 2011');
    expect(text(question.fields.questionHeading!.nl)).toBe('Vraag nr. 5-3740 d.d. 17 november 2011 : (Vraag gesteld in het Nederlands)');
    expect(question.crossReferences!.columns.map((column) => [column.lang, column.entries.map((reference) => reference.label)])).toEqual([
      ['fr', ['Réintroduite comme']],
      ['nl', ['Réintroduite comme']],
    ]);
    expect(question.descriptors!.fr).toHaveLength(1);
    expect(question.descriptors!.nl).toHaveLength(1);
    expect(question.questionText!.fr!.items.map((item) => item.number)).toEqual([1, 2]);
    expect(document.unrecognized).toEqual([]);
  });

  it('the bilingual print: "Rappel" is a label of neither language', () => {
    const { question } = read('24_');
    const [french, dutch] = question.timeline!.columns;
    expect(french!.entries.map((event) => event.label)).toEqual(['Verzending vraag', 'Rappel', 'Rappel', 'Antwoord']);
    expect(dutch!.entries).toHaveLength(4);
    expect(french!.entries[1]!.labelLanguage.confidence).toBe(0);
  });

  it('the bulletin: an old number, the minister as addressee, the title, "Réponse :" with the answer on its line', () => {
    const { document, question, text } = read('29_');
    expect(document.layout).toEqual({ kind: 'bulletin', lang: 'fr' });
    expect(question.number).toBe('1764');
    expect(question.originalLanguage).toBe('nl');
    expect(text(question.fields.addressee!.fr)).toMatch(/^Ministre des Télécommunications/);
    expect(text(question.fields.title!.fr)).toBe("Droits de l'enfant.  Attention portée à cette question dans la politique menée en 2001.");
    expect(text(question.answer!.heading!.fr)).toBe('Réponse :');
    expect(question.answer!.fr!.items.map((item) => [item.number, text(item)!.slice(0, 20)])).toEqual([
      [1, "1. Il n'y avait pas "],
      [2, '2. Un grand nombre d'],
    ]);
    expect(document.root.children.filter((node) => node.kind === 'masthead').map((node) => text(node))).toEqual([
      'Questions et Réponses',
      'Sénat de Belgique',
      'Bulletin 2-51',
      'SESSION DE 2001-2002',
      'Questions posées par les Sénateurs et réponses données par les Ministres',
      '(Fr.): Question posée en français - (N.): Question posée en néerlandais',
    ]);
  });

  it("the bulletin's list of questions not answered in time expects no answer", () => {
    for (const prefix of ['30_', '31_', '33_']) {
      const { question } = read(prefix);
      expect(question.answer, prefix).toBeNull();
      expect(question.closedWithoutAnswer, prefix).toBe(true);
    }
  });
});
