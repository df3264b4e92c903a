import { describe, expect, it } from 'vitest';
import { CHECKS, DEFAULT_SEVERITIES, runChecks, type Check } from '../server/src/checks/index.js';
import { repairToken } from '../server/src/model/encoding.js';
import { t } from '../server/src/l10n/index.js';
import { parseDocument } from '../server/src/model/index.js';
import { DUPLICATED, REAL_PAGES, SAMPLE, findings, lineOf, offsetsOf } from './helpers.js';

describe('checks on the sample', () => {
  const all = findings(SAMPLE);

  it('reads the two columns of cross-references as counterparts, the French one mislabelled in Dutch: no duplicates', () => {
    // The Dutch column's list is the French column's counterpart; the French column's Dutch labels
    // are the one defect, label-language's (below), and its fix relabels them.
    expect(all.filter((finding) => finding.code === 'duplicate-reference' || finding.code === 'missing-counterpart')).toEqual([]);
  });

  it('reports a reference listed again in one column, pointing at its first occurrence, and only as a duplicate', () => {
    const found = findings(DUPLICATED).filter((finding) => finding.code === 'duplicate-reference' || finding.code === 'missing-counterpart');
    expect(found.map((finding) => [finding.code, lineOf(finding), finding.severity, finding.message])).toEqual([
      ['duplicate-reference', 58, 'error', 'Duplicate cross-reference "Ook gesteld aan : schriftelijke vraag 5-8904": already listed on line 57.'],
    ]);
    expect(found[0]!.range).toEqual({ start: { line: 57, character: 0 }, end: { line: 57, character: 44 } });
    expect(found[0]!.related.map((related) => ({ range: related.range, message: related.message }))).toEqual([
      { range: { start: { line: 56, character: 0 }, end: { line: 56, character: 44 } }, message: 'First listed here: "Ook gesteld aan : schriftelijke vraag 5-8904"' },
    ]);
  });

  it('reports the French answer 4 missing from SPP Intégration Sociale, with the question and the Dutch answer', () => {
    const missing = all.filter((finding) => finding.code === 'missing-answer');
    expect(missing).toHaveLength(1);
    expect(missing[0]!.message).toBe(
      'No French answer 4: "Service public de programmation (SPP) Intégration Sociale" does not answer question 4 ' +
        '(its Dutch counterpart "Programmatorische Overheidsdienst (POD) Maatschappelijke Integratie" does).',
    );
    expect(missing[0]!.range).toEqual({ start: { line: 132, character: 0 }, end: { line: 132, character: 57 } });
    expect(missing[0]!.related.map((related) => [lineOf(related), related.message.slice(0, 30)])).toEqual([
      [84, 'Question 4: 4) A-t-on enregist'],
      [179, 'Dutch answer 4: 4. Er zijn gee'],
    ]);
  });

  it('does not report the agencies that answer in one paragraph, nor the fully answered blocks', () => {
    const lines = all.filter((finding) => finding.code === 'missing-answer' || finding.code === 'missing-counterpart').map(lineOf);
    expect(lines).toEqual([133]);
  });

  it('warns once per column that the French column carries Dutch labels', () => {
    const labels = all.filter((finding) => finding.code === 'label-language');
    expect(labels.map((finding) => [lineOf(finding), finding.severity, finding.message])).toEqual([
      [30, 'warning', 'The French column of the timeline has Dutch labels ("Verzending vraag" and "Antwoord", 2 entries); the French labels are "Envoi question" and "Réponse".'],
      [35, 'warning', 'The French column of the cross-references has Dutch labels ("Ook gesteld aan", 18 entries); the French label is "Aussi posée à".'],
    ]);
    expect(labels[1]!.range).toEqual({ start: { line: 34, character: 0 }, end: { line: 51, character: 44 } });
  });

  it('reports nothing else', () => {
    const counts: Record<string, number> = {};
    for (const finding of all) counts[finding.code] = (counts[finding.code] ?? 0) + 1;
    expect(counts).toEqual({ 'missing-answer': 1, 'label-language': 2, typography: 2, 'answer-overdue': 1 });
  });
});

describe('severities', () => {
  it('defaults to errors for the publication-blocking checks', () => {
    expect(DEFAULT_SEVERITIES).toMatchObject({
      'duplicate-reference': 'error',
      'missing-answer': 'error',
      'missing-counterpart': 'error',
      'self-reference': 'error',
    });
  });

  it('skips a check set to off and applies the given severity to the others', () => {
    const { findings: result } = runChecks(parseDocument(SAMPLE), { 'duplicate-reference': 'off', 'missing-answer': 'hint' });
    expect(result.some((finding) => finding.code === 'duplicate-reference')).toBe(false);
    expect(result.find((finding) => finding.code === 'missing-answer')!.severity).toBe('hint');
  });

  it('contains a failing check: its findings are lost, the others still report', () => {
    const broken: Check = {
      code: 'self-reference',
      defaultSeverity: 'error',
      question() {
        throw new Error('boom');
      },
    };
    const { findings: result, failures } = runChecks(parseDocument(DUPLICATED), {}, [broken, ...CHECKS.filter((check) => check.code !== 'self-reference')]);
    expect(failures.map((failure) => [failure.code, String(failure.error)])).toEqual([['self-reference', 'Error: boom']]);
    expect(result.filter((finding) => finding.code === 'duplicate-reference')).toHaveLength(1);
  });
});

describe('encoding damage', () => {
  const repair = (word: string) => {
    const found = repairToken(word);
    return found ? [found.repaired, t('en', found.kind.name)] : null;
  };

  it('undoes each kind of wrong decoding the Senate pages show, by the evidence of the code pages', () => {
    expect(repair('FinanciÃ«n')).toEqual(['Financiën', 'UTF-8 text read as Windows-1252']);
    expect(repair('Ã©crite')).toEqual(['écrite', 'UTF-8 text read as Windows-1252']);
    // The older pages: Windows-1252 bytes read as Mac Central European.
    expect(repair('BelgiŽ')).toEqual(['België', 'Windows-1252 text read as Mac Central European']);
    expect(repair('FinanciŽn')).toEqual(['Financiën', 'Windows-1252 text read as Mac Central European']);
    expect(repair('Eťn')).toEqual(['Eén', 'Windows-1252 text read as Mac Central European']);
    expect(repair('ŗ')).toEqual(['à', 'Windows-1252 text read as Mac Central European']);
    expect(repair('ďBestrevingen')).toEqual(['“Bestrevingen', 'Windows-1252 text read as Mac Central European']);
    // Windows-1252 read as DOS code page 850.
    expect(repair('CÚcile')).toEqual(['Cécile', 'Windows-1252 text read as DOS code page 850']);
    expect(repair('ge´nformeerd')).toEqual(['geïnformeerd', 'Windows-1252 text read as DOS code page 850']);
    // Latin-1 read as Mac Roman: a soft hyphen shows as "≠", "ï" as "Ô".
    expect(repair('naÔve')).toEqual(['naïve', 'Latin-1 text read as Mac Roman']);
    expect(repair('compl≠ment')).toEqual(['compl\u00adment', 'Latin-1 text read as Mac Roman']);
  });

  it('leaves French, Dutch and foreign names alone', () => {
    for (const word of ['Financiën', 'België', 'l’honorable', 'Élysée', 'CÉCILE', 'Dvořák', 'Šefčovič', 'Łódź', '«', 'Ô']) expect(repair(word), word).toBeNull();
  });

  it('reports every damaged word of a real page once, with its repair', () => {
    const page = REAL_PAGES.find((candidate) => candidate.name.startsWith('10_'))!;
    const damage = findings(page.text, 'encoding-damage');
    expect(damage.map((finding) => [lineOf(finding), page.text.slice(...offsetsOf(page.text, finding.range)), /probably "([^"]*)"/.exec(finding.message)?.[1]])).toEqual([
      [9, 'BelgiŽ', 'België'],
      [28, 'reŽle', 'reële'],
      [30, 'ďBestrevingen', '“Bestrevingen'],
      [30, 'samenleving.Ē', 'samenleving.”'],
      [30, 'ďHet', '“Het'],
      [30, 'regulerenĒ', 'reguleren”'],
    ]);
  });
});
