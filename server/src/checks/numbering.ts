import { isNumbered } from '../model/answers.js';
import { LANGUAGE_NAMES } from '../model/language.js';
import type { Node, Question } from '../model/nodes.js';
import { findingOn, type Check, type NodeFinding } from './types.js';

interface ItemList {
  readonly items: readonly Node[];
  /** A question's items are numbered from 1 by their author; an answer's follow the question's, so a gap there is an item left unanswered. */
  readonly section: 'question' | 'answer';
  readonly lang: string;
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
  description: 'Numbered items that repeat a number or go back, in either language; in a question, items that skip a number or do not start at 1.',
  question(_document, question) {
    const findings: NodeFinding[] = [];
    for (const list of listsOf(question)) {
      const where = `the ${LANGUAGE_NAMES[list.lang as 'fr' | 'nl'].en} ${list.section}`;
      for (const run of runsOf(list.items)) {
        for (let index = 0; index < run.length; index++) {
          const item = run[index] as Node;
          const number = item.number as number;
          if (index === 0) {
            if (list.section === 'question' && number !== 1)
              findings.push(findingOn('numbering', item, `Numbering starts at "${item.marker}" in ${where}: the item before it has no number, or is missing.`));
            continue;
          }
          const previous = run[index - 1] as Node;
          const previousNumber = previous.number as number;
          // Most items follow their previous one: the words of a finding are made only for one.
          if (number === previousNumber + 1) continue;
          const report = (what: string) =>
            findings.push(
              findingOn('numbering', item, (lines) => `${what}: "${item.marker}" follows "${previous.marker}" (line ${lines[1]}) in ${where}.`, [
                [previous, `The item before: "${previous.marker}"`],
              ]),
            );
          if (number === previousNumber) report('Number repeated');
          else if (number < previousNumber) report('Numbering goes back');
          else if (list.section === 'question')
            report(`Numbering skips ${number - previousNumber === 2 ? `number ${previousNumber + 1}` : `numbers ${previousNumber + 1} to ${number - 1}`}`);
        }
      }
    }
    return findings;
  },
};
