/** What an answer owes its question: the facts the answer checks share, read from the records. */
import { otherLang, type Lang } from './language.js';
import type { AgencyBlock, AnswerPart, Node, Question } from './nodes.js';
import { shorten } from './text.js';
import { msg, type Msg } from '../l10n/index.js';

/** A node's text, shortened for a message. */
export function excerpt(document: { text: string }, node: Node, max = 80): string {
  return shorten(document.text.slice(node.start, node.end), max);
}

/** The numbers of the question items an answer in `lang` must address: that language's, else the other's. */
export function questionItemsFor(question: Question, lang: Lang): readonly Node[] {
  const own = question.questionText?.[lang]?.items ?? [];
  return own.length > 0 ? own : (question.questionText?.[otherLang(lang)]?.items ?? []);
}

/** The agency block of an answer part whose node is `node`. */
export function blockOfNode(part: AnswerPart | null | undefined, node: Node | null | undefined): AgencyBlock | undefined {
  return node ? part?.blocks.find((block) => block.node === node) : undefined;
}

/** "1." and "a)" answer question 1; a bullet ("-") answers no item in particular. */
export function isNumbered(item: Node): boolean {
  return item.marker !== undefined && /^[0-9a-z]/.test(item.marker);
}

/** "Question 5-8916", or "The question" when it has no number: a message's subject. */
export function questionLabel(question: Question): Msg {
  return question.number ? msg('question.numbered', { number: question.number }) : msg('question.unnumbered');
}

/**
 * An answer item that stands on one side only and answers a question item, where the other
 * side's answer (or agency block) answers item by item: the other side owes the answer to that
 * question item. Such a gap is a missing answer, not merely a piece without its counterpart.
 */
export function isOwedAnswerItem(question: Question, node: Node, parent: Node | null): boolean {
  if (node.kind !== 'answerItem' || node.number === undefined || !node.lang || !isNumbered(node)) return false;
  const items = questionItemsFor(question, otherLang(node.lang));
  if (!items.some((item) => item.number === node.number)) return false;
  const counterpartContainer = parent?.kind === 'agencyBlock' ? parent.counterpart : question.answer?.[otherLang(node.lang)]?.node;
  return !!counterpartContainer && counterpartContainer.children.some((child) => child.kind === 'answerItem' && isNumbered(child));
}
