/** The two columns aligned: the rows of the sample in order, the missing French answer beside its Dutch item, over LSP too. */
import { describe, expect, it } from 'vitest';
import { alignment } from '../server/src/features/alignment.js';
import { parseDocument } from '../server/src/model/index.js';
import { createLanguageService } from '../server/src/service/index.js';
import { REAL_PAGES, SAMPLE } from './helpers.js';
import { startServer } from './lspClient.js';

const before = (a: { line: number; character: number }, b: { line: number; character: number }) => a.line < b.line || (a.line === b.line && a.character < b.character);

describe('the alignment of the two columns', () => {
  it('gives the sample one row a pair, each language in its page order, every piece once', () => {
    const document = parseDocument(SAMPLE);
    const rows = alignment(document);
    expect(rows.filter((row) => row.kind === 'section').map((row) => row.label)).toEqual(['Descriptors', 'Timeline', 'Cross-references', 'Question', 'Answer']);
    expect(rows.filter((row) => row.kind === 'agency')).toHaveLength(5);
    for (const lang of ['fr', 'nl'] as const) {
      const cells = rows.flatMap((row) => (row[lang] ? [row[lang]!] : []));
      for (let i = 1; i < cells.length; i++) expect(before(cells[i - 1]!.range.start, cells[i]!.range.start), `${lang} cell ${i}`).toBe(true);
    }
    const fedasil2 = rows.find((row) => row.fr?.text.startsWith('2. Les évaluations et les réactions sont positives'))!;
    expect(fedasil2.nl!.text).toMatch(/^2\. De evaluatie en de reacties zijn positief/);
    expect(fedasil2.label).toBe('answer item 2');
  });

  it('marks the missing French answer 4 of SPP Intégration Sociale as an empty French cell beside the Dutch item', () => {
    const rows = alignment(parseDocument(SAMPLE), 'fr');
    const at = rows.findIndex((row) => row.missing === 'fr');
    expect(rows.filter((row) => row.missing !== null)).toHaveLength(1);
    expect(rows[at]).toMatchObject({ kind: 'piece', label: 'réponse 4', fr: null, nl: { text: '4. Er zijn geen gevallen van misbruik bekend.' } });
    // It stands in the SPP block's rows, after its answer 3.
    expect(
      rows
        .slice(0, at)
        .reverse()
        .find((row) => row.kind === 'agency')!.fr!.text,
    ).toBe('Service public de programmation (SPP) Intégration Sociale');
    expect(rows[at - 1]!.label).toBe('réponse 3');
  });

  it("levels the sample's cross-references by the number they cite, though the French column copies the Dutch words", () => {
    const rows = alignment(parseDocument(SAMPLE));
    const references = rows.filter((row) => row.label === 'cross-reference');
    // 18 lines in each column, none of them the other's counterpart (a copy), yet level on the page.
    expect(references).toHaveLength(18);
    for (const row of references) {
      expect(row.fr!.text.match(/5-\d+$/)![0]).toBe(row.nl!.text.match(/5-\d+$/)![0]);
      expect(row.missing).toBeNull();
      expect(row.fr!.range.start.line).toBeLessThan(row.nl!.range.start.line);
    }
    expect(references.map((row) => row.nl!.text.slice(-7))).toEqual(references.map((row) => row.fr!.text.slice(-7)));
    // A number cited in one column only stands alone where it falls, the others still level.
    const lines = SAMPLE.split('\n');
    const cut = lines.findIndex((line, index) => index > 40 && line.endsWith('5-8904'));
    const oneSided = alignment(parseDocument([...lines.slice(0, cut), ...lines.slice(cut + 1)].join('\n'))).filter((row) => row.label === 'cross-reference');
    expect(oneSided).toHaveLength(18);
    const alone = oneSided.filter((row) => !row.nl);
    expect(alone.map((row) => row.fr!.text.slice(-6))).toEqual(['5-8904']);
    expect(oneSided.indexOf(alone[0]!)).toBe(references.findIndex((row) => row.fr!.text.endsWith('5-8904')));
  });

  it('marks nothing missing past the place where a real page stops, as the checks read it', () => {
    for (const page of REAL_PAGES) {
      const document = parseDocument(page.text);
      const cut = document.questions.at(-1)?.cutOff;
      if (!cut) continue;
      for (const row of alignment(document)) {
        const present = row.fr ?? row.nl;
        if (row.missing && present) expect(document.lineIndex.offsetAt(present.range.start), `${page.name}: ${row.label}`).toBeLessThan(cut.start);
      }
    }
    // The corpus's cut pages (the bilingual prints copied part-way) have no marked cell at all.
    const cutPages = REAL_PAGES.filter((page) => parseDocument(page.text).questions.at(-1)?.cutOff);
    expect(cutPages.length).toBeGreaterThan(5);
    expect(cutPages.flatMap((page) => alignment(parseDocument(page.text)).filter((row) => row.missing))).toEqual([]);
  });

  it('never fails on the real pages, and every cell lies in its document', () => {
    for (const page of REAL_PAGES) {
      const document = parseDocument(page.text);
      for (const row of alignment(document)) for (const cell of [row.fr, row.nl]) if (cell) expect(cell.range.end.line).toBeLessThan(document.lineIndex.lineCount);
    }
  });

  it("gives each row the diagnostics that fall in it, the missing answer's on the missing row", () => {
    const service = createLanguageService({ today: () => '2026-12-01' });
    service.setDocument('file:///q.parlq', 1, SAMPLE);
    const rows = service.alignment('file:///q.parlq')!;
    const missing = rows.find((row) => row.missing === 'fr')!;
    expect(missing.diagnostics.map((diagnostic) => diagnostic.code)).toEqual(['missing-answer']);
    expect(missing.diagnostics[0]!.message).toMatch(/^No French answer 4: /);
    // It is on the Dutch piece that has no counterpart.
    expect(missing.diagnostics[0]!.lang).toBe('nl');
    for (const row of rows) for (const diagnostic of row.diagnostics) expect(row[diagnostic.lang], `${row.label}: ${diagnostic.code}`).not.toBeNull();
  });
  it('places each finding as the plain rule says, on the sample and every real page', () => {
    // The rule, stated slowly: a finding is on the cell where its range starts; in a row with a
    // missing piece, also on the present cell when one of its related places starts there.
    for (const { name, text } of [{ name: 'sample', text: SAMPLE }, ...REAL_PAGES]) {
      const service = createLanguageService({ today: () => '2026-12-01' });
      service.setDocument('file:///q.parlq', 1, text);
      const rows = service.alignment('file:///q.parlq')!;
      const findings = service.diagnostics('file:///q.parlq')!.findings;
      const lines = text.split('\n');
      const offset = (position: { line: number; character: number }) => lines.slice(0, position.line).reduce((sum, line) => sum + line.length + 1, 0) + position.character;
      const holds = (
        cell: { range: { start: { line: number; character: number }; end: { line: number; character: number } } } | null,
        position: { line: number; character: number },
      ) => cell !== null && offset(position) >= offset(cell.range.start) && offset(position) < offset(cell.range.end);
      let placed = 0;
      for (const row of rows) {
        const expected = findings.flatMap((finding) => {
          const lang = holds(row.fr, finding.range.start) ? 'fr' : holds(row.nl, finding.range.start) ? 'nl' : null;
          if (lang) return [`${finding.code}@${lang}`];
          if (!row.missing) return [];
          const present = row.fr ? 'fr' : 'nl';
          return finding.related.some((related) => !related.uri && holds(row[present], related.range.start)) ? [`${finding.code}@${present}`] : [];
        });
        expect(
          row.diagnostics.map((diagnostic) => `${diagnostic.code}@${diagnostic.lang}`),
          `${name}: ${row.label}`,
        ).toEqual(expected);
        placed += expected.length;
      }
      if (findings.length > 0 && rows.length > 0) expect(placed, name).toBeGreaterThan(0);
    }
  });
});

describe('parlq/alignment over LSP', () => {
  it('returns the rows in order, the missing French answer 4 as an empty French cell', async () => {
    const client = await startServer({ configuration: false });
    try {
      const uri = 'file:///workspace/q.parlq';
      const opened = client.nextDiagnostics(uri);
      await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'parlq', version: 1, text: SAMPLE } });
      await opened;
      const { rows } = (await client.connection.sendRequest('parlq/alignment', { textDocument: { uri } })) as {
        rows: { kind: string; fr: { text: string } | null; nl: { text: string } | null; missing: string | null; diagnostics: { code: string }[] }[];
      };
      expect(rows).toHaveLength(alignment(parseDocument(SAMPLE)).length);
      const missing = rows.find((row) => row.missing === 'fr')!;
      expect(missing.fr).toBeNull();
      expect(missing.nl!.text).toBe('4. Er zijn geen gevallen van misbruik bekend.');
      expect(missing.diagnostics.map((diagnostic) => diagnostic.code)).toEqual(['missing-answer']);
    } finally {
      await client.stop();
    }
  });
});
