import { describe, expect, it } from 'vitest';
import { parseDocument } from '../server/src/model/index.js';
import { WorkspaceIndex, entriesOf, indexText } from '../server/src/workspace/index.js';
import { SAMPLE, fixture } from './helpers.js';

describe('the workspace index', () => {
  it('reads the same entries from text as from a full model', () => {
    for (const text of [SAMPLE, fixture('french-original.parlq'), `${SAMPLE}\n\n${fixture('no-answer.parlq')}`, fixture('dutch-only.parlq')]) {
      // Reading the header only, the index may cut a one-language title of a bilingual-looking page in two halves: the words are the same.
      const words = (entries: ReturnType<typeof indexText>) =>
        JSON.stringify({ ...entries, questions: entries.questions.map((question) => ({ ...question, title: Object.values(question.title).join(' ') })) });
      expect(words(indexText('file:///x', text))).toBe(words(entriesOf('file:///x', parseDocument(text))));
    }
  });

  it('answers where a question is and who cites it, and forgets a file replaced or deleted', () => {
    const index = new WorkspaceIndex();
    index.set('file:///a.parlq', indexText('file:///a.parlq', SAMPLE));
    index.set('file:///b.parlq', indexText('file:///b.parlq', fixture('french-original.parlq')));
    expect(index.questionsNumbered('5-8916').map((question) => [question.uri, question.range.start.line])).toEqual([['file:///a.parlq', 6]]);
    expect(index.referencesTo('5-8900').map((reference) => [reference.uri, reference.from, reference.range.start.line])).toEqual([
      ['file:///a.parlq', '5-8916', 34],
      ['file:///a.parlq', '5-8916', 52],
    ]);
    expect(index.filesReferencing('5-6130')).toEqual(['file:///b.parlq']);
    expect(index.counts()).toEqual({ files: 2, questions: 2, references: 38 });
    index.set('file:///a.parlq', indexText('file:///a.parlq', fixture('no-answer.parlq')));
    expect(index.referencesTo('5-8900')).toEqual([]);
    index.delete('file:///b.parlq');
    expect(index.counts()).toEqual({ files: 1, questions: 1, references: 0 });
  });
});
