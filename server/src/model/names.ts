/**
 * What each kind of node and each header field is called where a user reads it (hover, outline,
 * messages), and which kinds fold. One table each, over every kind: a new kind of node does not
 * compile until it is named here.
 */
import type { FieldName, NodeKind } from './nodes.js';
import type { MessageKey } from '../l10n/index.js';

interface KindFacts {
  /** The piece's name in a sentence ("the counterpart of this answer item"), as a catalogue key. */
  readonly name: MessageKey;
  /** Whether the editor may fold it (a section, a language part, a block, a paragraph or item). */
  readonly folds: boolean;
}

export const NODE_KINDS: Readonly<Record<NodeKind, KindFacts>> = {
  document: { name: 'kind.document', folds: false },
  question: { name: 'kind.question', folds: true },
  trivia: { name: 'kind.trivia', folds: false },
  unrecognized: { name: 'kind.unrecognized', folds: true },
  rule: { name: 'kind.rule', folds: false },
  field: { name: 'kind.field', folds: true },
  fieldHalf: { name: 'kind.field', folds: false },
  descriptors: { name: 'kind.descriptors', folds: true },
  descriptorList: { name: 'kind.descriptorList', folds: true },
  descriptor: { name: 'kind.descriptor', folds: false },
  timeline: { name: 'kind.timeline', folds: true },
  timelineColumn: { name: 'kind.timelineColumn', folds: true },
  timelineEvent: { name: 'kind.timelineEvent', folds: false },
  crossReferences: { name: 'kind.crossReferences', folds: true },
  referenceColumn: { name: 'kind.referenceColumn', folds: true },
  crossReference: { name: 'kind.crossReference', folds: false },
  questionText: { name: 'kind.question', folds: true },
  questionPart: { name: 'kind.question', folds: true },
  introParagraph: { name: 'kind.introParagraph', folds: true },
  questionItem: { name: 'kind.questionItem', folds: true },
  answer: { name: 'kind.answer', folds: true },
  answerPart: { name: 'kind.answer', folds: true },
  openingParagraph: { name: 'kind.openingParagraph', folds: true },
  agencyBlock: { name: 'kind.agencyBlock', folds: true },
  agencyHeading: { name: 'kind.agencyHeading', folds: false },
  agencyParagraph: { name: 'kind.agencyParagraph', folds: true },
  answerItem: { name: 'kind.answerItem', folds: true },
  navigation: { name: 'kind.navigation', folds: false },
  timelineHeading: { name: 'kind.timelineHeading', folds: false },
  masthead: { name: 'kind.masthead', folds: false },
  ministerHeading: { name: 'kind.ministerHeading', folds: false },
};

/** A header field's name, as a clerk calls it, in lower case ("the question number"), as a catalogue key. */
export const FIELD_KEYS: Readonly<Record<FieldName, MessageKey>> = {
  banner: 'field.banner',
  session: 'field.session',
  date: 'field.date',
  number: 'field.number',
  author: 'field.author',
  addressee: 'field.addressee',
  title: 'field.title',
  questionHeading: 'field.questionHeading',
  answerHeading: 'field.answerHeading',
};

export function capitalized(name: string): string {
  return name.charAt(0).toUpperCase() + name.slice(1);
}
