import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fixesFor } from '../server/src/checks/index.js';
import { render } from '../server/src/l10n/index.js';
import { applyEdits, mergeDeletions } from '../server/src/model/edits.js';
import { parseDocument } from '../server/src/model/index.js';
import { mutatedText } from './generators.js';
import { DUPLICATED, REAL_PAGES, SAMPLE, findings, fixture } from './helpers.js';
import { checkEverything } from './invariants.js';

const count = (text: string, code: string) => findings(text).filter((finding) => finding.code === code).length;

describe('quick fixes', () => {
  const sample = parseDocument(SAMPLE);

  it('remove a duplicate reference line, line break included', () => {
    const document = parseDocument(DUPLICATED);
    const duplicate = findings(document, 'duplicate-reference')[0]!;
    const [fix] = fixesFor(document, duplicate);
    expect(fix).toEqual({
      title: { key: 'duplicate.fix' },
      edits: [{ range: { start: { line: 57, character: 0 }, end: { line: 58, character: 0 } }, newText: '' }],
      preferred: true,
    });
    const fixed = applyEdits(document, fix!.edits);
    expect(fixed.split('\n')).toHaveLength(DUPLICATED.split('\n').length - 1);
    expect(count(fixed, 'duplicate-reference')).toBe(0);
  });

  it('remove all duplicates at once, in one edit where they stand together', () => {
    const lines = DUPLICATED.split('\n');
    lines.splice(58, 0, lines[57] as string); // 5-8904 three times: lines 57, 58 and 59
    const document = parseDocument(lines.join('\n'));
    const edits = mergeDeletions(
      document,
      findings(document, 'duplicate-reference').flatMap((finding) => fixesFor(document, finding)[0]!.edits),
    );
    expect(edits).toEqual([{ range: { start: { line: 57, character: 0 }, end: { line: 59, character: 0 } }, newText: '' }]);
    expect(applyEdits(document, edits)).toBe([...lines.slice(0, 57), ...lines.slice(59)].join('\n'));
  });

  it('take the line break before a duplicate on the last line', () => {
    // The page cut after its cross-references, the Dutch column listing 5-8918 again on the file's last line.
    const head = DUPLICATED.slice(0, DUPLICATED.indexOf('________ ________\nQuestion n°'));
    const document = parseDocument(`${head}Ook gesteld aan : schriftelijke vraag 5-8918`);
    const duplicate = findings(document, 'duplicate-reference').at(-1)!;
    const fixed = applyEdits(document, fixesFor(document, duplicate)[0]!.edits);
    expect(fixed.endsWith('Ook gesteld aan : schriftelijke vraag 5-8918')).toBe(true);
  });

  it('remove only its own half when both columns share a line', () => {
    const text = fixture('french-original.parlq').replace(
      'Réintroduite comme : question écrite 5-6130\nHeringediend als : schriftelijke vraag 5-6130\n',
      'Réintroduite comme : question écrite 5-6130 Heringediend als : schriftelijke vraag 5-6130\nRéintroduite comme : question écrite 5-6130 Heringediend als : schriftelijke vraag 5-6130\n',
    );
    const document = parseDocument(text);
    const duplicate = findings(document, 'duplicate-reference')[0]!;
    const [fix] = fixesFor(document, duplicate);
    expect(fix!.edits[0]!.range).toEqual(duplicate.range);
  });

  it('repair a word that went through a wrong encoding', () => {
    const document = parseDocument(fixture('french-original.parlq').replace('Financiën', 'FinanciÃ«n'));
    const damage = findings(document, 'encoding-damage')[0]!;
    const [fix] = fixesFor(document, damage);
    expect(render('en', fix!.title)).toBe('Replace with "Financiën"');
    expect(applyEdits(document, fix!.edits)).toBe(fixture('french-original.parlq'));
  });

  it('repair each kind of damage on the real pages that show it', () => {
    for (const [name, word, repaired] of [
      ['10_', 'BelgiŽ', 'België'],
      ['07_', 'Eťn', 'Eén'],
      ['18_', 'CÚcile', 'Cécile'],
    ] as const) {
      const page = REAL_PAGES.find((candidate) => candidate.name.startsWith(name))!;
      const document = parseDocument(page.text);
      const damage = findings(document, 'encoding-damage').find((finding) => finding.message.startsWith(`Wrong encoding: "${word}"`))!;
      const [fix] = fixesFor(document, damage);
      expect(render('en', fix!.title)).toBe(`Replace with "${repaired}"`);
      expect(applyEdits(document, fix!.edits)).toBe(page.text.replace(word, repaired));
    }
  });

  it("put the French column's timeline labels in French", () => {
    const column = findings(sample, 'label-language')[0]!;
    const [fix] = fixesFor(sample, column);
    expect(render('en', fix!.title)).toBe('Use the French labels ("Envoi question" and "Réponse")');
    expect(fix!.edits).toEqual([
      { range: { start: { line: 29, character: 9 }, end: { line: 29, character: 25 } }, newText: 'Envoi question' },
      { range: { start: { line: 30, character: 8 }, end: { line: 30, character: 16 } }, newText: 'Réponse' },
    ]);
    const fixed = applyEdits(sample, fix!.edits);
    expect(fixed.split('\n').slice(29, 33)).toEqual(['30/4/2013Envoi question', '4/6/2013Réponse', '30/4/2013Verzending vraag', '4/6/2013Antwoord']);
    expect(findings(fixed, 'label-language').map((finding) => finding.range.start.line)).toEqual([34]);
  });

  it("put the French column's cross-references in French, after which they are no longer duplicates", () => {
    const column = findings(sample, 'label-language')[1]!;
    const [fix] = fixesFor(sample, column);
    expect(render('en', fix!.title)).toBe("Use the French labels for the French column's 18 cross-references");
    expect(fix!.edits).toHaveLength(36);
    const fixed = applyEdits(sample, fix!.edits);
    expect(fixed.split('\n').slice(34, 36)).toEqual(['Aussi posée à : question écrite 5-8900', 'Aussi posée à : question écrite 5-8901']);
    expect(fixed.split('\n')[52]).toBe('Ook gesteld aan : schriftelijke vraag 5-8900');
    expect(count(fixed, 'duplicate-reference')).toBe(0);
    expect(findings(fixed, 'label-language').map((finding) => finding.range.start.line)).toEqual([29]);
  });

  it('offer nothing for a diagnostic that no longer matches the text', () => {
    expect(fixesFor(sample, { code: 'duplicate-reference', range: { start: { line: 74, character: 0 }, end: { line: 74, character: 10 } } })).toEqual([]);
  });

  it('change only the text of their finding, and leave a document that still parses (property)', () => {
    fc.assert(
      fc.property(mutatedText, ({ text }) => {
        const document = parseDocument(text);
        // A few findings of each case: every fix re-checks the whole document.
        const fixable = findings(document).filter((finding) => fixesFor(document, finding).length > 0);
        for (const finding of [fixable[0], fixable[fixable.length - 1]].filter((found) => found !== undefined)) {
          for (const fix of fixesFor(document, finding)) {
            const index = document.lineIndex;
            for (const edit of fix.edits) {
              const start = index.offsetAt(edit.range.start);
              const end = index.offsetAt(edit.range.end);
              // A fix may also mend the place its finding names (a duplicate's first copy).
              const named = finding.related.some((related) => start >= index.offsetAt(related.range.start) && end <= index.offsetAt(related.range.end));
              if (named) continue;
              const findingStart = index.offsetAt(finding.range.start);
              const findingEnd = index.offsetAt(finding.range.end);
              // Inside the finding, or the finding and at most the white space (line break) around it.
              const within = start >= findingStart && end <= findingEnd;
              const outside = text.slice(Math.min(start, findingStart), findingStart) + text.slice(findingEnd, Math.max(end, findingEnd));
              if (!within && !/^[\s\u00a0\ufeff\u200b]*$/.test(outside)) throw new Error(`${render('en', fix.title)} touches text beyond its finding: ${JSON.stringify(outside)}`);
              if (!within && (start > findingStart || end < findingEnd)) throw new Error(`${render('en', fix.title)} straddles its finding`);
            }
            const fixed = applyEdits(document, fix.edits);
            checkEverything(fixed);
            if (count(fixed, finding.code) >= count(text, finding.code)) throw new Error(`${render('en', fix.title)} did not remove its finding`);
          }
        }
      }),
      { numRuns: 60, seed: 7 },
    );
  });
});
