/** The collection as one workspace, in-process: checks across files, links, definition, symbols, completion, code lens, dependents. */
import { describe, expect, it } from 'vitest';
import { createLanguageService, type LanguageService } from '../server/src/service/index.js';
import { globMatcher } from '../server/src/workspace/files.js';
import { senateUrl } from '../server/src/workspace/navigation.js';
import { REAL_PAGES, WORKSPACE_FILES, questionFile } from './helpers.js';

const FOLDER = 'file:///ws/';
const uriOf = (name: string) => `${FOLDER}${name}`;

/** The fixture workspace in a service: every file indexed, the named ones open. */
function workspace(open: readonly string[] = ['a.parlq'], settings: unknown = {}): LanguageService {
  const service = createLanguageService({ today: () => '2026-12-01' });
  service.configure(settings);
  service.setWorkspaceFolders([FOLDER]);
  for (const [name, text] of Object.entries(WORKSPACE_FILES)) service.setWorkspaceFile(uriOf(name), text);
  for (const name of open) service.setDocument(uriOf(name), 1, WORKSPACE_FILES[name]!);
  return service;
}

const crossFile = (service: LanguageService, name: string) =>
  (service.diagnostics(uriOf(name))?.findings ?? [])
    .filter((finding) => ['duplicate-question', 'asymmetric-reference', 'dangling-reference'].includes(finding.code))
    .map((finding) => [finding.code, finding.range.start.line + 1, finding.message]);

describe('checks across files', () => {
  it('report a missing back-reference, a number two files hold, and a re-submission its new question does not name', () => {
    const service = workspace(['a.parlq', 'b.parlq', 'c.parlq', 'e.parlq']);
    expect(crossFile(service, 'a.parlq')).toEqual([
      // The reference stands in the French column (printed with Dutch labels, label-language's story): the French wording is asked for.
      ['asymmetric-reference', 36, 'Question 5-102 (c.parlq) does not list question 5-100 back: its page should say "Aussi posée à … 5-100".'],
    ]);
    expect(crossFile(service, 'b.parlq')).toEqual([['duplicate-question', 7, 'Question 5-101 is also in sub/d.parlq: two files hold the same question number.']]);
    expect(crossFile(service, 'c.parlq')).toEqual([]);
    expect(crossFile(service, 'e.parlq')).toEqual([
      ['asymmetric-reference', 35, 'Question 5-300 (f.parlq) does not name question 5-200: its page should say "Réintroduction de … 5-200".'],
    ]);
    // The duplicate points at the other file.
    const duplicate = service.diagnostics(uriOf('b.parlq'))!.findings.find((finding) => finding.code === 'duplicate-question')!;
    expect(duplicate.related.map((related) => [related.uri, related.range.start.line, related.message])).toEqual([[uriOf('sub/d.parlq'), 6, 'Question 5-101 in sub/d.parlq']]);
  });

  it('take one question published in several layouts (French and Dutch web views, the bilingual print) for no duplicate', () => {
    const service = createLanguageService();
    service.setWorkspaceFolders([FOLDER]);
    const pages = REAL_PAGES.filter((page) => page.name.includes('sv5-5871') || page.name.includes('sv4-178'));
    expect(pages.map((page) => page.name)).toEqual([
      '03_sv5-5871_fr_html.txt',
      '10_sv5-5871_nl_html.txt',
      '15_sv4-178_nl_print.txt',
      '19_sv4-178_nl_printNLFR.txt',
      '22_sv5-5871_nl_printNLFR.txt',
    ]);
    for (const page of pages) service.setDocument(uriOf(page.name), 1, page.text);
    for (const page of pages)
      expect(
        service.diagnostics(uriOf(page.name))!.findings.map((finding) => finding.code),
        page.name,
      ).not.toContain('duplicate-question');
    // The same page saved twice is one question twice.
    service.setDocument(uriOf('copy.txt'), 1, pages[0]!.text);
    expect(service.diagnostics(uriOf('copy.txt'))!.findings.map((finding) => finding.code)).toContain('duplicate-question');
  });

  it("say that a cited number is held by no file only when asked, and in the reader's language", () => {
    expect(crossFile(workspace(), 'a.parlq').map(([code]) => code)).toEqual(['asymmetric-reference']);
    const asked = workspace(['a.parlq'], { severity: { 'dangling-reference': 'information' }, locale: 'fr' });
    expect(crossFile(asked, 'a.parlq')).toEqual([
      ['asymmetric-reference', 36, 'La question 5-102 (c.parlq) ne cite pas la question 5-100 en retour : sa page devrait porter « Aussi posée à … 5-100 ».'],
      ['dangling-reference', 37, "Aucun fichier de l'espace de travail ne contient la question 5-999."],
    ]);
  });

  it('follow an edit of the cited file: the back-reference added, the finding gone, and the dependents named', () => {
    const service = workspace(['a.parlq', 'c.parlq']);
    // a and b cite 5-102; b and d hold 5-101, which c cites.
    expect(service.dependents(uriOf('c.parlq'))).toEqual([uriOf('a.parlq'), uriOf('b.parlq'), uriOf('sub/d.parlq')]);
    expect(crossFile(service, 'a.parlq')).toHaveLength(1);
    service.setDocument(uriOf('c.parlq'), 2, questionFile('5-102', ['5-101', '5-100']));
    expect(crossFile(service, 'a.parlq')).toEqual([]);
    // A file no editor holds is checked from its saved text.
    expect(service.fileDiagnostics(uriOf('sub/d.parlq'), WORKSPACE_FILES['sub/d.parlq']!)!.findings.map((finding) => finding.code)).toContain('duplicate-question');
    expect(service.indexedFiles()).toHaveLength(6);
  });
});

describe('navigation across files', () => {
  it('links a cited number to the file that holds it, else to its Senate page, and the number line to the Senate pages', () => {
    const links = workspace().documentLinks(uriOf('a.parlq'))!;
    const on = (line: number) => links.filter((link) => link.range.start.line === line - 1).map((link) => link.target);
    expect(on(35)).toEqual([`${uriOf('b.parlq')}#L7`]);
    expect(on(37)).toEqual(['https://www.senate.be/www/?MIval=Vragen/SchriftelijkeVraag&LEG=5&NR=999&LANG=fr']);
    expect(on(40)).toEqual(['https://www.senate.be/www/?MIval=Vragen/SchriftelijkeVraag&LEG=5&NR=999&LANG=nl']);
    expect(on(7)).toEqual([
      'https://www.senate.be/www/?MIval=Vragen/SchriftelijkeVraag&LEG=5&NR=100&LANG=fr',
      'https://www.senate.be/www/?MIval=Vragen/SchriftelijkeVraag&LEG=5&NR=100&LANG=nl',
    ]);
    // Each link covers the number only.
    const link = links.find((candidate) => candidate.range.start.line === 34)!;
    expect(WORKSPACE_FILES['a.parlq']!.split('\n')[34]!.slice(link.range.start.character, link.range.end.character)).toBe('5-101');
    expect(senateUrl('not a number', 'fr')).toBeNull();
  });

  it('goes to the definition of a cited number: every file that holds it', () => {
    const service = workspace();
    const line = WORKSPACE_FILES['a.parlq']!.split('\n')[34]!;
    const found = service.definition(uriOf('a.parlq'), { line: 34, character: line.indexOf('5-101') + 2 })!;
    expect(found.map((location) => [location.uri, location.range.start.line])).toEqual([
      [uriOf('b.parlq'), 6],
      [uriOf('sub/d.parlq'), 6],
    ]);
    expect(service.definition(uriOf('a.parlq'), { line: 20, character: 2 })).toBeNull();
  });

  it('finds a question by number, title words or author, accents and case aside', () => {
    const service = workspace();
    const names = (query: string) => service.workspaceSymbols(query).map((symbol) => symbol.name.split(' ')[0]);
    expect(names('5-102')).toEqual(['5-102']);
    expect(names('5-10')).toEqual(['5-100', '5-101', '5-101', '5-102']);
    expect(names('medias SOCIAUX 5-30')).toEqual(['5-300']);
    expect(names('taelman').length).toBe(6);
    expect(names('nobody')).toEqual([]);
    const symbol = service.workspaceSymbols('5-200')[0]!;
    expect(symbol).toMatchObject({
      name: '5-200 Services publics fédéraux - Communication avec les citoyens - Recours aux médias sociaux',
      detail: 'Martine Taelman (Open Vld)',
      uri: uriOf('e.parlq'),
    });
  });

  it("completes a question number after a reference's words, with its title", () => {
    const service = workspace();
    const text = `${WORKSPACE_FILES['a.parlq']!}\nOok gesteld aan : schriftelijke vraag 5-1`;
    service.setDocument(uriOf('a.parlq'), 2, text);
    const line = text.split('\n').length - 1;
    const found = service.completion(uriOf('a.parlq'), { line, character: 41 })!;
    expect(found.items.map((item) => item.label)).toEqual(['5-100', '5-101', '5-102']);
    expect(found.items[0]).toMatchObject({
      detail: 'Services publics fédéraux - Communication avec les citoyens - Recours aux médias sociaux',
      range: { start: { line, character: 38 } },
    });
    expect(found.items[0]!.documentation).toBe('Martine Taelman (Open Vld) · Answered on 4 June 2013');
    expect(service.completion(uriOf('a.parlq'), { line: 20, character: 3 })).toBeNull();
  });

  it("shows above each question its fate and its sibling questions'", () => {
    expect(workspace().codeLenses(uriOf('a.parlq'))).toEqual([
      {
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        title: 'Answered on 4 June 2013, in 22 working days (late) · Also asked as 3 other questions: 2 answered, 0 not answered, 1 not in the workspace',
      },
    ]);
    const dutch = workspace(['a.parlq'], { locale: 'nl' }).codeLenses(uriOf('a.parlq'))![0]!.title;
    expect(dutch).toBe('Beantwoord op 4 juni 2013, in 22 werkdagen (te laat) · Ook gesteld als 3 andere vragen: 2 beantwoord, 0 niet beantwoord, 1 niet in de werkruimte');
  });
});

describe('files.exclude', () => {
  it('reads VS Code globs against the path in the workspace folder', () => {
    const excluded = globMatcher(['**/.git', '**/archive/**', 'drafts/*.parlq', '**/*.{tmp,bak}', 'node_modules']);
    expect(['.git', 'a/.git', 'archive/x.parlq', 'a/archive/b/x.parlq', 'drafts/x.parlq', 'x.tmp', 'a/b.bak', 'node_modules'].filter((path) => !excluded(path))).toEqual([]);
    expect(['q.parlq', 'drafts/a/x.parlq', 'archives/x.parlq', 'a/tmp.parlq'].filter(excluded)).toEqual([]);
  });
});
