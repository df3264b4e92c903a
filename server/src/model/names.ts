/**
 * What each kind of node and each header field is called where a user reads it (hover, outline,
 * messages), and which kinds fold. One table each, over every kind: a new kind of node does not
 * compile until it is named here.
 */
import type { FieldName, NodeKind } from './nodes.js';

interface KindFacts {
  /** The piece's name in a sentence ("the counterpart of this answer item"). */
  readonly name: string;
  /** Whether the editor may fold it (a section, a language part, a block, a paragraph or item). */
  readonly folds: boolean;
}

export const NODE_KINDS: Readonly<Record<NodeKind, KindFacts>> = {
  document: { name: 'document', folds: false },
  question: { name: 'question', folds: true },
  trivia: { name: 'blank', folds: false },
  unrecognized: { name: 'unrecognised text', folds: true },
  rule: { name: 'rule', folds: false },
  field: { name: 'field', folds: true },
  fieldHalf: { name: 'field', folds: false },
  descriptors: { name: 'descriptors', folds: true },
  descriptorList: { name: 'descriptor list', folds: true },
  descriptor: { name: 'descriptor', folds: false },
  timeline: { name: 'timeline', folds: true },
  timelineColumn: { name: 'timeline column', folds: true },
  timelineEvent: { name: 'timeline entry', folds: false },
  crossReferences: { name: 'cross-references', folds: true },
  referenceColumn: { name: 'cross-reference column', folds: true },
  crossReference: { name: 'cross-reference', folds: false },
  questionText: { name: 'question', folds: true },
  questionPart: { name: 'question', folds: true },
  introParagraph: { name: 'paragraph of the question', folds: true },
  questionItem: { name: 'question item', folds: true },
  answer: { name: 'answer', folds: true },
  answerPart: { name: 'answer', folds: true },
  openingParagraph: { name: 'paragraph of the answer', folds: true },
  agencyBlock: { name: 'agency block', folds: true },
  agencyHeading: { name: 'agency', folds: false },
  agencyParagraph: { name: 'paragraph', folds: true },
  answerItem: { name: 'answer item', folds: true },
  navigation: { name: 'navigation', folds: false },
  timelineHeading: { name: 'timeline heading', folds: false },
  masthead: { name: 'masthead', folds: false },
  ministerHeading: { name: 'minister heading', folds: false },
};

/** A header field's name, as a clerk calls it, in lower case ("the question number"). */
export const FIELD_NAMES: Readonly<Record<FieldName, string>> = {
  banner: 'house banner',
  session: 'session',
  date: 'date',
  number: 'question number',
  author: 'author',
  addressee: 'addressee',
  title: 'title',
  questionHeading: 'question heading',
  answerHeading: 'answer heading',
};

export function capitalized(name: string): string {
  return name.charAt(0).toUpperCase() + name.slice(1);
}
