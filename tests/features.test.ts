import { describe, expect, it } from 'vitest';
import { foldingRegions } from '../server/src/features/folding.js';
import { escapeMarkdown, hoverAt } from '../server/src/features/hover.js';
import { outline, type OutlineEntry } from '../server/src/features/outline.js';
import { parseDocument } from '../server/src/model/index.js';
import { SAMPLE, fixture, offsetAt } from './helpers.js';

const sample = parseDocument(SAMPLE);
const hover = (line: number, character: number) => hoverAt(sample, offsetAt(SAMPLE, line - 1, character));

function find(entries: readonly OutlineEntry[], path: string[]): OutlineEntry {
  let current: OutlineEntry | undefined;
  let level = entries;
  for (const name of path) {
    current = level.find((entry) => entry.name === name);
    if (!current) throw new Error(`no outline entry "${name}" among ${level.map((entry) => entry.name).join(', ')}`);
    level = current.children;
  }
  return current as OutlineEntry;
}

function count(entries: readonly OutlineEntry[]): number {
  return entries.reduce((sum, entry) => sum + 1 + count(entry.children), 0);
}

function contained(parent: OutlineEntry): void {
  const inside = (inner: OutlineEntry['range'], outer: OutlineEntry['range']) =>
    (inner.start.line > outer.start.line || (inner.start.line === outer.start.line && inner.start.character >= outer.start.character)) &&
    (inner.end.line < outer.end.line || (inner.end.line === outer.end.line && inner.end.character <= outer.end.character));
  expect(inside(parent.selectionRange, parent.range), `${parent.name} selection`).toBe(true);
  for (const child of parent.children) {
    expect(inside(child.range, parent.range), `${child.name} inside ${parent.name}`).toBe(true);
    contained(child);
  }
}

describe('outline of the sample', () => {
  const entries = outline(sample);

  it('has one question with its sections in page order', () => {
    expect(entries.map((entry) => entry.name)).toEqual(['Question 5-8916']);
    expect(entries[0]!.detail).toBe('Federale overheidsdiensten - Communicatie met burgers - Gebruik van sociale media · bilingual printer version');
    expect(entries[0]!.children.map((entry) => entry.name)).toEqual(['Header', 'Descriptors', 'Timeline', 'Cross-references', 'Question', 'Answer']);
    // 1 question, 6 sections, 7 fields, 2+10 descriptors, 2+4 timeline, 2 reference columns, 2+12 question, 2+39 answer
    expect(count(entries)).toBe(89);
    // A column of cross-references is one row with its count: the answer is not pushed out of sight.
    const references = find(entries, ['Question 5-8916', 'Cross-references']);
    expect(references.children.map((entry) => [entry.name, entry.detail, entry.children.length])).toEqual([
      ['Français', '18 cross-references', 0],
      ['Nederlands', '18 cross-references', 0],
    ]);
    contained(entries[0]!);
  });

  it('lists the agencies of both languages under the answer', () => {
    expect(
      find(entries, ['Question 5-8916', 'Answer', 'Français'])
        .children.filter((entry) => entry.kind === 'agency')
        .map((entry) => entry.name),
    ).toEqual([
      'Office des Étrangers (OE)',
      'Commissariat-Général aux Réfugiés et aux Apatrides (CGRA)',
      'Conseil du contentieux des Étrangers (CCE)',
      'Fedasil',
      'Service public de programmation (SPP) Intégration Sociale',
    ]);
    const dutch = find(entries, ['Question 5-8916', 'Answer', 'Nederlands']);
    expect(dutch.detail).toBe('original');
    expect(dutch.children.filter((entry) => entry.kind === 'agency').map((entry) => entry.name)).toContain('Dienst Vreemdelingenzaken (DVZ)');
    const fedasil = find(entries, ['Question 5-8916', 'Answer', 'Nederlands', 'Fedasil']);
    expect(fedasil.selectionRange).toEqual({ start: { line: 160, character: 0 }, end: { line: 160, character: 7 } });
    // The question's selection is its first line, the house banner: what sticky scroll pins.
    expect(outline(sample)[0]!.selectionRange.start).toEqual({ line: 0, character: 0 });
    expect(fedasil.children.map((entry) => entry.name)[0]).toBe('1. Fedasil maakt gebruik van Facebook. Later dit jaar zal…');
  });

  it('names question items by their text', () => {
    const items = find(entries, ['Question 5-8916', 'Question', 'Nederlands']).children.filter((entry) => entry.kind === 'item');
    expect(items.map((entry) => entry.name)[3]).toBe("4) Zijn er bij de FOD's die onder uw bevoegdheid vallen,…");
  });

  it('gives every question of a bulletin its own entry', () => {
    const bulletin = parseDocument(`${SAMPLE}\n\n${fixture('french-original.parlq')}\n\n${fixture('no-answer.parlq')}`);
    expect(outline(bulletin).map((entry) => [entry.name, entry.range.start.line])).toEqual([
      ['Question 5-8916', 0],
      ['Question 5-4521', 180],
      ['Question 6-412', 244],
    ]);
  });
});

describe('hover on the sample', () => {
  it('shows the Dutch half of a one-line field and the French half back', () => {
    expect(hover(5, 3)).toEqual({
      contents: '**Nederlands** (Dutch) — date, line 5\n\n30 april 2013',
      range: { start: { line: 4, character: 0 }, end: { line: 4, character: 13 } },
    });
    expect(hover(5, 20)!.contents).toBe('**Français** (French) — date, line 5\n\n30 avril 2013');
  });

  it('shows the Dutch Fedasil answer 2 over the French one, labelled as the original', () => {
    const result = hover(127, 10)!;
    expect(result.contents).toMatch(/^\*\*Nederlands\*\* \(Dutch · original\) — answer item 2, line 165\n\n2\\\. De evaluatie en de reacties zijn positief\\\./);
    expect(result.range).toEqual({ start: { line: 126, character: 0 }, end: { line: 126, character: 297 } });
  });

  it('labels the French side as the translation of a question asked in Dutch', () => {
    expect(hover(98, 5)!.contents).toMatch(/^\*\*Français\*\* \(French · translation\) — question item 4, line 84/);
  });

  it('leaves a missing counterpart to its diagnostic', () => {
    // The missing-answer diagnostic says it, in the same hover: nothing is said twice.
    expect(hover(179, 3)).toBeNull();
  });

  it('shows the counterpart agency over an agency heading', () => {
    expect(hover(105, 2)!.contents).toBe('**Nederlands** (Dutch · original) — agency, line 143\n\nDienst Vreemdelingenzaken \\(DVZ\\)');
  });

  it('shows nothing over a rule or a blank line', () => {
    expect(hover(2, 3)).toBeNull();
    expect(hover(8, 0)).toBeNull();
  });

  it('escapes the text so that it shows as written', () => {
    expect(escapeMarkdown('*1* [a](b) <x> _y_')).toBe('\\*1\\* \\[a\\]\\(b\\) \\<x\\> \\_y\\_');
  });
});

describe('folding of the sample', () => {
  it('folds the sections, the language parts and the agency blocks; a page of one question is not folded whole', () => {
    const regions = foldingRegions(sample);
    const has = (startLine: number, endLine: number) => regions.some((region) => region.startLine === startLine && region.endLine === endLine);
    // Folding the one question would fold the page into its first line: Fold All would hide everything.
    expect(has(0, 178)).toBe(false);
    // In a file of several questions each one folds.
    const two = parseDocument(`${SAMPLE}\n\n${SAMPLE}`);
    expect(
      foldingRegions(two)
        .filter((region) => region.startLine === 0 || region.startLine === 180)
        .map((region) => region.endLine),
    ).toContain(178);
    expect(has(34, 69)).toBe(true); // cross-references
    expect(has(34, 51)).toBe(true); // their French column
    expect(has(100, 178)).toBe(true); // the answer
    expect(has(132, 138)).toBe(true); // SPP Intégration Sociale
    expect(has(170, 178)).toBe(true); // POD Maatschappelijke Integratie
    expect(regions.every((region) => region.endLine > region.startLine)).toBe(true);
    expect(regions).toHaveLength(27);
  });
});
