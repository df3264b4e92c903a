import { isNumbered } from '../model/answers.js';
import { msg } from '../l10n/index.js';
import type { Node, Question } from '../model/nodes.js';
import { findingOn, type Check, type NodeFinding } from './types.js';

interface ItemList {
  readonly items: readonly Node[];
  /** A question's items are numbered from 1 by their author; an answer's follow the question's, so a gap there is an item left unanswered. */
  readonly section: 'question' | 'answer';
  readonly lang: 'fr' | 'nl';
}

function listsOf(question: Question): ItemList[] {
  const lists: ItemList[] = [];
  for (const lang of ['fr', 'nl'] as const) {
    const part = question.questionText?.[lang];
    if (part) lists.push({ items: part.items, section: 'question', lang });
    const answer = question.answer?.[lang];
    if (answer) {
      lists.push({ items: answer.items, section: 'answer', lang });
      for (const block of answer.blocks) lists.push({ items: block.items, section: 'answer', lang });
    }
  }
  return lists;
}

/** The runs of one numbering in a list: the figures ("1.", "2)"), and each run of letters ("a)", "b)") under one figure. */
function runsOf(items: readonly Node[]): Node[][] {
  const figures: Node[] = [];
  const runs: Node[][] = [figures];
  let letters: Node[] | null = null;
  for (const item of items) {
    if (!isNumbered(item) || item.number === undefined) continue;
    if ((item.marker?.charCodeAt(0) ?? 0) >= 48 && (item.marker?.charCodeAt(0) ?? 0) <= 57) {
      figures.push(item);
      letters = null;
    } else {
      if (!letters) runs.push((letters = []));
      letters.push(item);
    }
  }
  return runs.filter((run) => run.length > 0);
}

export const numbering: Check = {
  code: 'numbering',
  defaultSeverity: 'error',
  question(_document, question) {
    const findings: NodeFinding[] = [];
    for (const list of listsOf(question)) {
      const where = msg('numbering.where', { lang: list.lang, section: list.section });
      for (const run of runsOf(list.items)) {
        for (let index = 0; index < run.length; index++) {
          const item = run[index] as Node;
          const number = item.number as number;
          if (index === 0) {
            if (list.section === 'question' && number !== 1) findings.push(findingOn('numbering', item, msg('numbering.start', { marker: item.marker ?? '', where })));
            continue;
          }
          const previous = run[index - 1] as Node;
          const previousNumber = previous.number as number;
          // Most items follow their previous one: the words of a finding are made only for one.
          if (number === previousNumber + 1) continue;
          const values = { marker: item.marker ?? '', previous: previous.marker ?? '', where, missing: previousNumber + 1, from: previousNumber + 1, to: number - 1 };
          const report = (key: 'numbering.repeated' | 'numbering.back' | 'numbering.skipsOne' | 'numbering.skipsMany') =>
            findings.push(
              findingOn('numbering', item, (lines) => msg(key, { ...values, line: lines[1] ?? 0 }), [[previous, msg('numbering.related', { marker: previous.marker ?? '' })]]),
            );
          if (number === previousNumber) report('numbering.repeated');
          else if (number < previousNumber) report('numbering.back');
          else if (list.section === 'question') report(number - previousNumber === 2 ? 'numbering.skipsOne' : 'numbering.skipsMany');
        }
      }
    }
    return findings;
  },
};
