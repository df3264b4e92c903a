import { describe, expect, it } from 'vitest';
import { createCheckCache, runChecks } from '../server/src/checks/index.js';
import { parseDocument, reparse, type ParsedDocument } from '../server/src/model/index.js';
import { commonPrefixLength, commonSuffixLength } from '../server/src/model/parse.js';
import { REAL_PAGES, SAMPLE, assertModelInvariants, fixture, snapshot } from './helpers.js';

function findingsOf(document: ParsedDocument): string {
  return JSON.stringify(
    runChecks(document).findings.map((finding) => [finding.code, finding.range, finding.message, finding.related.map((related) => [related.range, related.message])]),
  );
}

/** A small deterministic generator, so a failure can be replayed. */
function random(seed: number) {
  let state = seed;
  return (limit: number) => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state % limit;
  };
}

function edit(text: string, pick: (limit: number) => number): string {
  const at = pick(text.length + 1);
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  const lineEnd = text.indexOf('\n', at) < 0 ? text.length : text.indexOf('\n', at);
  switch (pick(7)) {
    case 0:
      return text.slice(0, at) + 'x' + text.slice(at);
    case 1:
      return text.slice(0, at) + text.slice(Math.min(text.length, at + 1 + pick(40)));
    case 2: // a new question starts here
      return `${text.slice(0, lineStart)}SÉNAT DE BELGIQUE BELGISCHE SENAAT\n${text.slice(lineStart)}`;
    case 3: // a whole line goes, banners included
      return text.slice(0, lineStart) + text.slice(Math.min(text.length, lineEnd + 1));
    case 4:
      return `${text.slice(0, lineStart)}4. Er zijn geen gevallen van misbruik bekend.\n\n${text.slice(lineStart)}`;
    case 5: // a large cut across questions
      return text.slice(0, at) + text.slice(Math.min(text.length, at + pick(25_000)));
    default:
      return `${text.slice(0, at)}\n\n${text.slice(at)}`;
  }
}

describe('incremental re-parsing', () => {
  it('finds the common prefix and suffix of two texts', () => {
    const a = `${'a'.repeat(10_000)}X${'b'.repeat(9000)}`;
    const b = `${'a'.repeat(10_000)}YZ${'b'.repeat(9000)}`;
    expect(commonPrefixLength(a, b)).toBe(10_000);
    expect(commonSuffixLength(a, b, a.length - 10_000)).toBe(9000);
    expect(commonSuffixLength('abc', 'abc', 0)).toBe(0);
  });

  it('gives exactly the model and the findings of a full parse, edit after edit', () => {
    let text = [SAMPLE, fixture('french-original.parlq'), SAMPLE, fixture('no-answer.parlq'), fixture('run-together.parlq'), SAMPLE].join('\n\n');
    let model = parseDocument(text);
    const pick = random(42);
    for (let step = 0; step < 150; step++) {
      text = edit(text, pick);
      model = reparse(model, text);
      const fresh = parseDocument(text);
      expect(snapshot(model), `step ${step}`).toBe(snapshot(fresh));
      expect(findingsOf(model), `step ${step}`).toBe(findingsOf(fresh));
    }
    assertModelInvariants(model);
  });

  it('keeps the untouched questions as they were, moving those after the edit', () => {
    const text = Array.from({ length: 6 }, () => SAMPLE).join('\n\n');
    const model = parseDocument(text);
    const at = text.indexOf('Fedasil utilise Facebook', model.questions[2]!.node.start);
    const edited = reparse(model, `${text.slice(0, at)}Le ${text.slice(at)}`);
    expect(edited.questions[0]).toBe(model.questions[0]);
    expect(edited.questions[2]).not.toBe(model.questions[2]);
    expect(edited.questions[2]!.identity).not.toBe(model.questions[2]!.identity);
    // Moved: a copy at the new offsets, the same question for whatever is kept per question.
    expect(edited.questions[4]).not.toBe(model.questions[4]);
    expect(edited.questions[4]!.identity).toBe(model.questions[4]!.identity);
    expect(edited.questions[4]!.node.start).toBe(parseDocument(edited.text).questions[4]!.node.start);
    expect(model.questions[4]!.node.start).toBe(parseDocument(text).questions[4]!.node.start);
  });

  it('leaves the previous model as it was: it still equals itself and keeps every invariant', () => {
    const texts = [
      Array.from({ length: 4 }, () => SAMPLE).join('\n\n'),
      [SAMPLE, fixture('french-original.parlq'), SAMPLE, fixture('no-answer.parlq'), SAMPLE].join('\n\n'),
      ...REAL_PAGES.map((page) => page.text),
    ];
    for (const text of texts) {
      const previous = parseDocument(text);
      const before = snapshot(previous);
      const findingsBefore = findingsOf(previous);
      const third = previous.questions[2]?.node.start ?? Math.floor(text.length / 2);
      for (const edited of ['XXXXXXXXXX' + text, text.slice(0, third) + 'Le ' + text.slice(third), text + '\nXX', text.slice(0, third) + text.slice(third + 200)]) {
        reparse(previous, edited);
        expect(snapshot(previous)).toBe(before);
        expect(findingsOf(previous)).toBe(findingsBefore);
        assertModelInvariants(previous);
      }
    }
  });

  it('reports kept findings at the new place of their question, as checking afresh does', () => {
    const cache = createCheckCache();
    let text = Array.from({ length: 5 }, () => SAMPLE).join('\n\n');
    let model = parseDocument(text);
    runChecks(model, {}, undefined, cache);
    const pick = random(3);
    for (let step = 0; step < 40; step++) {
      text = edit(text, pick);
      model = reparse(model, text);
      const kept = runChecks(model, {}, undefined, cache).findings;
      expect(JSON.stringify(kept), `step ${step}`).toBe(JSON.stringify(runChecks(parseDocument(text)).findings));
    }
  });
});

describe('the encoding check after an edit', () => {
  const codes = (document: ParsedDocument, cache: ReturnType<typeof createCheckCache>) =>
    runChecks(document, {}, undefined, cache)
      .findings.filter((finding) => finding.code === 'encoding-damage')
      .map((finding) => [finding.range.start.line, finding.message]);

  it('finds damage typed into a question, keeps it when another question moves it, forgets it when it goes', () => {
    const cache = createCheckCache();
    const clean = Array.from({ length: 5 }, () => SAMPLE).join('\n\n');
    let model = parseDocument(clean);
    expect(codes(model, cache)).toEqual([]);
    // "België" as the Senate's older pages damage it (Windows-1252 read as Mac Central European), in the fourth question.
    const fourth = clean.indexOf('Fedasil', clean.indexOf('SÉNAT DE BELGIQUE', clean.length * 0.65));
    const damaged = `${clean.slice(0, fourth)}BelgiŽ ${clean.slice(fourth)}`;
    model = reparse(model, damaged);
    const found = codes(model, cache);
    expect(found).toEqual(codes(parseDocument(damaged), createCheckCache()));
    expect(found).toHaveLength(1);
    // An edit in the third question moves the fourth: the damage is still reported, one line lower.
    const third = damaged.indexOf('SÉNAT DE BELGIQUE', damaged.length * 0.45);
    const moved = `${damaged.slice(0, third)}\n${damaged.slice(third)}`;
    model = reparse(model, moved);
    expect(codes(model, cache)).toEqual([[(found[0]?.[0] as number) + 1, found[0]?.[1]]]);
    model = reparse(model, moved.replace('BelgiŽ ', ''));
    expect(codes(model, cache)).toEqual([]);
  });
});

describe('the line index after an edit', () => {
  it('starts a line after every CR, LF and CRLF, and nowhere else', async () => {
    const { lineStarts } = await import('../server/src/model/text.js');
    const { classifyLines } = await import('../server/src/model/lines.js');
    const pick = random(11);
    const pieces = ['a', '\n', '\r', '\r\n', 'bc', '\n\n', '\r\r', 'é', ' '];
    for (let round = 0; round < 2000; round++) {
      const text = Array.from({ length: pick(30) }, () => pieces[pick(pieces.length)]).join('');
      // What LSP means, one character at a time.
      const expected = [0];
      for (let i = 0; i < text.length; i++) {
        if (text[i] === '\r' && text[i + 1] === '\n') continue;
        if (text[i] === '\r' || text[i] === '\n') expected.push(i + 1);
      }
      expect(lineStarts(text), JSON.stringify(text)).toEqual(expected);
      // The classified lines end where those lines do (a run of blank lines is one entry).
      for (const line of classifyLines(text)) {
        expect(expected, JSON.stringify(text)).toContain(line.start);
        expect(line.next === text.length || expected.includes(line.next), JSON.stringify(text)).toBe(true);
      }
    }
  });

  it('equals a fresh index of the edited text, whatever the line ends around the edit', async () => {
    const { LineIndex, lineStarts } = await import('../server/src/model/text.js');
    const pick = random(7);
    const pieces = ['a', '\n', '\r', '\r\n', 'bc', '\n\n', 'é'];
    for (let round = 0; round < 2000; round++) {
      const old = Array.from({ length: 1 + pick(30) }, () => pieces[pick(pieces.length)]).join('');
      const start = pick(old.length + 1);
      const end = start + pick(old.length - start + 1);
      const inserted = Array.from({ length: pick(4) }, () => pieces[pick(pieces.length)]).join('');
      const text = old.slice(0, start) + inserted + old.slice(end);
      const prefix = commonPrefixLength(old, text);
      const suffix = commonSuffixLength(old, text, Math.min(old.length, text.length) - prefix);
      const edited = new LineIndex(old).edited(text, prefix, old.length - suffix);
      const expected = lineStarts(text);
      const actual = Array.from({ length: edited.lineCount }, (_, line) => edited.offsetAt({ line, character: 0 }));
      expect(actual, JSON.stringify({ old, text })).toEqual(expected);
    }
  });
});
