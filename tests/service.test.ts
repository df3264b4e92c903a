/**
 * The language service in-process: every answer the server and the checker give, asked directly,
 * on an in-memory workspace. The stdio tests (server.test.ts) cover the transport only.
 */
import { describe, expect, it } from 'vitest';
import { applyEdits } from '../server/src/model/edits.js';
import { createLanguageService, type LanguageService } from '../server/src/service/index.js';
import { SAMPLE, assertModelInvariants, snapshot } from './helpers.js';
import { LIST_TWICE } from './helpers.js';

const URI = 'memory:/sample.parlq';

function counts(findings: readonly { code: string }[]): Record<string, number> {
  const result: Record<string, number> = {};
  for (const finding of findings) result[finding.code] = (result[finding.code] ?? 0) + 1;
  return result;
}

function withSample(options: Parameters<typeof createLanguageService>[0] = {}): LanguageService {
  const service = createLanguageService(options);
  service.setDocument(URI, 1, SAMPLE);
  return service;
}

describe('the language service on the sample', () => {
  const service = withSample();

  it('gives the sample’s findings with the version they belong to', () => {
    const diagnostics = service.diagnostics(URI)!;
    expect(diagnostics.version).toBe(1);
    expect(diagnostics.failures).toEqual([]);
    expect(diagnostics.tooLarge).toBeNull();
    expect(counts(diagnostics.findings)).toEqual({ 'missing-answer': 1, 'label-language': 2, typography: 2, 'answer-overdue': 1 });
  });

  it('answers nothing for a document it does not hold', () => {
    expect(service.diagnostics('memory:/unknown.parlq')).toBeNull();
    expect(service.outline('memory:/unknown.parlq')).toBeNull();
    expect(service.hover('memory:/unknown.parlq', { line: 0, character: 0 })).toBeNull();
    expect(service.model('memory:/unknown.parlq')).toBeUndefined();
  });

  it('gives the outline down to both languages’ agencies, the same object while the version stands', () => {
    const outline = service.outline(URI)!;
    expect(outline).toHaveLength(1);
    const question = outline[0]!;
    expect(question.name).toBe('Question 5-8916');
    expect(question.range.start.line).toBe(0);
    expect(question.children.length).toBeGreaterThan(3);
    expect(service.outline(URI)).toBe(outline);
  });

  it('hovers with the counterpart text, in Markdown or in plain text', () => {
    const markdown = service.hover(URI, { line: 126, character: 12 })!;
    // In Markdown the counterpart's line is a link to it; in plain text it is the words "line 165".
    expect(markdown.contents).toMatch(/^\*\*Nederlands\*\* \(Dutch · original\) — answer item 2, \[line 165\]\([^)]*#L165\)\n\n2\\\. De evaluatie en de reacties zijn positief/);
    expect(markdown.range).toEqual({ start: { line: 126, character: 0 }, end: { line: 126, character: 297 } });
    const plain = service.hover(URI, { line: 126, character: 12 }, 'plaintext')!;
    expect(plain.contents).toMatch(/^Nederlands \(Dutch · original\) — answer item 2, line 165\n\n2\. De evaluatie en de reacties zijn positief/);
    expect(plain.contents).not.toMatch(/\*\*|\\\./);
  });

  it('folds the 27 regions of the sample (its sections, not the whole page) and finds counterparts both ways', () => {
    const folds = service.folding(URI)!;
    expect(folds).toHaveLength(27);
    expect(folds).toContainEqual({ startLine: 132, endLine: 138 });
    expect(service.counterpart(URI, { line: 126, character: 3 })).toEqual({ start: { line: 164, character: 0 }, end: { line: 164, character: 209 } });
    expect(service.counterpart(URI, { line: 164, character: 3 })).toEqual({ start: { line: 126, character: 0 }, end: { line: 126, character: 297 } });
  });

  it('plans the fixes of a finding and the fix for all of its check’s findings', () => {
    // The Dutch column's list printed twice in it: eighteen real duplicates.
    const twice = createLanguageService();
    twice.setDocument(URI, 1, LIST_TWICE);
    const duplicate = twice.diagnostics(URI)!.findings.find((finding) => finding.code === 'duplicate-reference')!;
    const actions = twice.codeActions(URI, [duplicate])!;
    expect(actions.map((action) => [action.title, action.preferred, action.findings])).toEqual([
      ['Remove the duplicate cross-reference', true, [0]],
      ['Remove all 18 duplicate cross-references', false, []],
    ]);
    const fixed = applyEdits(twice.model(URI)!, actions[1]!.edits);
    expect(fixed.split('\n').length).toBe(LIST_TWICE.split('\n').length - 18);
    const after = createLanguageService();
    after.setDocument(URI, 1, fixed);
    // Both columns' lists are left, as counterparts: only the timeline's label warning remains of the header's slips.
    expect(counts(after.diagnostics(URI)!.findings)).toEqual({ 'missing-answer': 1, 'label-language': 1, typography: 2, 'answer-overdue': 1 });
  });

  it('reads the question number under the cursor, and nothing between numbers', () => {
    expect(service.questionNumberAt(URI, { line: 50, character: 40 })).toBe('5-8917');
    expect(service.questionNumberAt(URI, { line: 50, character: 2 })).toBeNull();
    expect(service.questionNumberAt(URI, { line: 10_000, character: 0 })).toBeNull();
  });
});

describe('documents and versions', () => {
  it('answers from the latest version and leaves the previous model as it was', () => {
    const service = withSample();
    const first = service.model(URI)!;
    const before = snapshot(first);
    const lines = SAMPLE.split('\n');
    lines.splice(52, 1);
    service.setDocument(URI, 2, lines.join('\n'));
    const diagnostics = service.diagnostics(URI)!;
    expect(diagnostics.version).toBe(2);
    expect(counts(diagnostics.findings)).toEqual({
      'missing-counterpart': 1,
      'missing-answer': 1,
      'label-language': 2,
      typography: 2,
      'answer-overdue': 1,
    });
    const second = service.model(URI)!;
    expect(second).not.toBe(first);
    assertModelInvariants(second);
    expect(snapshot(first)).toBe(before);
    assertModelInvariants(first);
  });

  it('parses a version once, whatever is asked of it', () => {
    const service = withSample();
    const model = service.model(URI);
    service.diagnostics(URI);
    service.outline(URI);
    service.hover(URI, { line: 3, character: 1 });
    expect(service.model(URI)).toBe(model);
    service.setDocument(URI, 1, SAMPLE);
    expect(service.model(URI)).toBe(model);
  });

  it('forgets a closed document', () => {
    const service = withSample();
    service.closeDocument(URI);
    expect(service.diagnostics(URI)).toBeNull();
  });
});

describe('settings', () => {
  it('applies severities and reports each rejected value in a sentence', () => {
    const service = withSample();
    const problems = service.configure({ severity: { 'duplicate-reference': 'off', 'missing-answer': 'fatal' } });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/missing-answer/);
    expect(problems[0]).toMatch(/fatal/);
    expect(counts(service.diagnostics(URI)!.findings)).toEqual({ 'missing-answer': 1, 'label-language': 2, typography: 2, 'answer-overdue': 1 });
  });

  it('turns hover off', () => {
    const service = withSample();
    expect(service.configure({ hover: { enabled: false } })).toEqual([]);
    expect(service.hover(URI, { line: 126, character: 12 })).toBeNull();
  });

  it('checks nothing above the size limit and says why, while outline and folding still answer', () => {
    const service = createLanguageService();
    service.configure({ maxDocumentSizeMB: 0.05 });
    const text = Array.from({ length: 6 }, () => SAMPLE).join('\n\n');
    service.setDocument(URI, 1, text);
    const diagnostics = service.diagnostics(URI)!;
    expect(diagnostics.findings).toEqual([]);
    expect(diagnostics.tooLarge).toMatch(/^This document is 0\.1 MB, above the 0\.05 MB set in "parlq\.maxDocumentSizeMB"/);
    expect(service.hover(URI, { line: 126, character: 12 })).toBeNull();
    expect(service.codeActions(URI, [])).toBeNull();
    expect(service.outline(URI)!.length).toBe(6);
    expect(service.folding(URI)!.length).toBeGreaterThan(28);
  });
});

describe('the workspace', () => {
  it('finds the references to a question number across files, and its own page', () => {
    const service = withSample();
    const other = 'memory:/other.parlq';
    service.setWorkspaceFile(other, SAMPLE.replaceAll('5-8916', '5-8917'));
    const locations = service.references(URI, { line: 50, character: 40 }, true)!;
    expect(locations[0]).toEqual({ uri: other, range: { start: { line: 6, character: 0 }, end: { line: 6, character: 56 } } });
    expect(
      locations
        .slice(1)
        .map((location) => [location.uri === URI ? 'sample' : 'other', location.range.start.line + 1])
        .sort(),
    ).toEqual([
      ['other', 51],
      ['other', 69],
      ['sample', 51],
      ['sample', 69],
    ]);
    expect(service.references(URI, { line: 50, character: 40 }, false)).toHaveLength(4);
    service.removeWorkspaceFile(other);
    expect(service.references(URI, { line: 50, character: 40 }, true)).toHaveLength(2);
  });

  it('reads an open document’s entries from its editor text, not from the saved file', () => {
    const service = withSample();
    service.setWorkspaceFile(URI, SAMPLE.replaceAll('5-8917', '5-9999'));
    expect(service.references(URI, { line: 50, character: 40 }, false)).toHaveLength(2);
    // Closing gives the entries back to the saved text.
    service.closeDocument(URI, SAMPLE.replaceAll('5-8917', '5-9999'));
    expect(service.workspace.referencesTo('5-8917')).toHaveLength(0);
    expect(service.workspace.referencesTo('5-9999')).toHaveLength(2);
  });
});

describe('failures', () => {
  it('costs only the answer that failed, and tells what failed', () => {
    const errors: string[] = [];
    const service = withSample({
      injectedFailures: new Set(['check:missing-answer', 'hover', 'outline']),
      onError: (what, error, uri) => errors.push(`${what} ${uri ?? '-'}: ${String(error)}`),
    });
    const diagnostics = service.diagnostics(URI)!;
    expect(counts(diagnostics.findings)).toEqual({ 'label-language': 2, typography: 2, 'answer-overdue': 1 });
    expect(diagnostics.failures.map((failure) => failure.code)).toEqual(['missing-answer']);
    expect(service.hover(URI, { line: 126, character: 12 })).toBeNull();
    expect(service.outline(URI)).toBeNull();
    expect(service.folding(URI)).toHaveLength(27);
    expect(errors).toEqual([
      `check missing-answer ${URI}: Error: injected failure in check missing-answer`,
      'hover -: Error: injected failure in hover',
      'outline -: Error: injected failure in outline',
    ]);
  });

  it('says when the text could not be parsed at all, instead of reporting it clean', () => {
    const service = withSample({ injectedFailures: new Set(['parse']), onError: () => undefined });
    const diagnostics = service.diagnostics(URI)!;
    expect(diagnostics.findings).toEqual([]);
    expect(diagnostics.failures.map((failure) => failure.code)).toEqual(['parse']);
  });

  it('answers every request on byte soup without throwing, with positions inside the text', () => {
    const service = createLanguageService();
    const soup = '\u0000\uFFFD\r\n\r\u2028Vraag 5-\n\uD800 ' + 'é'.repeat(40) + '\n\t\t1) 2) 3)\nAntwoord\n';
    service.setDocument(URI, 1, soup);
    const lines = soup.split(/\r\n|\r|\n/).length;
    for (const finding of service.diagnostics(URI)!.findings) expect(finding.range.end.line).toBeLessThan(lines);
    for (let line = -1; line <= lines + 1; line++) {
      for (const character of [-1, 0, 3, 1000]) {
        const position = { line, character };
        expect(() => service.hover(URI, position)).not.toThrow();
        expect(() => service.counterpart(URI, position)).not.toThrow();
        expect(() => service.references(URI, position, true)).not.toThrow();
      }
    }
    expect(service.outline(URI)).not.toBeNull();
  });
});
