import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, readSettings, settingProblemMessage } from '../server/src/service/settings.js';
import { render } from '../server/src/l10n/index.js';

/** The settings, and the problems as the editor's user reads them (in English). */
function read(raw: unknown) {
  const result = readSettings(raw);
  return { settings: result.settings, problems: result.problems.map((problem) => render('en', settingProblemMessage(problem))) };
}

import { CHECK_CODES } from '../server/src/checks/index.js';

describe('settings', () => {
  it('uses the defaults when the client sends none', () => {
    expect(read(undefined)).toEqual({ settings: DEFAULT_SETTINGS, problems: [] });
    expect(read(null).settings.severity['missing-answer']).toBe('error');
  });

  it('takes valid severities and the hover switch', () => {
    const { settings, problems } = read({ severity: { 'duplicate-reference': 'off', 'label-language': 'hint' }, hover: { enabled: false } });
    expect(problems).toEqual([]);
    expect(settings.severity['duplicate-reference']).toBe('off');
    expect(settings.severity['label-language']).toBe('hint');
    expect(settings.severity['missing-answer']).toBe('error');
    expect(settings.hover.enabled).toBe(false);
  });

  it('replaces an invalid value by its default, says so clearly, and keeps the valid ones', () => {
    const { settings, problems } = read({ severity: { 'missing-answer': 'fatal', 'duplicate-reference': 'warning', 'no-such-check': 'error' }, hover: { enabled: 'yes' } });
    expect(settings.severity['missing-answer']).toBe('error');
    expect(settings.severity['duplicate-reference']).toBe('warning');
    expect(settings.hover.enabled).toBe(true);
    expect(problems).toEqual([
      'Setting "parlq.severity.missing-answer" must be one of error, warning, information, hint, off, not "fatal"; using "error".',
      `Setting "parlq.severity.no-such-check" names no check; the checks are ${CHECK_CODES.join(', ')}.`,
      'Setting "parlq.hover.enabled" must be true or false, not "yes"; using true.',
    ]);
  });

  it('takes a size limit for large documents, within bounds', () => {
    expect(read({ maxDocumentSizeMB: 25 }).settings.maxDocumentSizeMB).toBe(25);
    const { settings, problems } = read({ maxDocumentSizeMB: -1 });
    expect(settings.maxDocumentSizeMB).toBe(10);
    expect(problems).toEqual(['Setting "parlq.maxDocumentSizeMB" must be a number above 0 and at most 1000, not -1; using 10.']);
  });

  it('survives a section of the wrong shape', () => {
    expect(read(42).problems).toEqual(['Setting "parlq" must be an object, not 42; using the defaults.']);
    expect(read({ severity: 'error' }).problems[0]).toMatch(/^Setting "parlq.severity" must be an object/);
  });
  it('reads the typography space and the answer deadline, and rejects values outside their range', () => {
    const good = read({ typography: { frenchSpace: 'nbsp' }, answerDeadlineWorkingDays: 30 });
    expect(good.problems).toEqual([]);
    expect([good.settings.typography.frenchSpace, good.settings.answerDeadlineWorkingDays]).toEqual(['nbsp', 30]);
    const bad = read({ typography: { frenchSpace: 'thin' }, answerDeadlineWorkingDays: 2.5 });
    expect(bad.problems).toEqual([
      'Setting "parlq.typography.frenchSpace" must be one of any, nbsp, nnbsp, not "thin"; using "any".',
      'Setting "parlq.answerDeadlineWorkingDays" must be a whole number from 1 to 250, not 2.5; using 20.',
    ]);
    expect([bad.settings.typography.frenchSpace, bad.settings.answerDeadlineWorkingDays]).toEqual(['any', 20]);
  });
});
