/**
 * The model of a question file. Two views of the same parse:
 * - a lossless syntax tree of `Node`s: every character of the text lies in exactly one leaf,
 *   white space in `trivia` leaves and text the parser did not understand in `unrecognized` ones;
 * - the `Question` records, which name the nodes a clerk thinks in (title, agency block, answer
 *   item…) and which the checks read.
 * Nodes that have a counterpart in the other language carry it in `counterpart`: a node for
 * `undefined` means "no counterpart expected" (rules, trivia), `null` means "expected, but missing".
 */
import type { Lang, LanguageGuess } from './language.js';
import type { Layout } from './layout.js';
import type { LineIndex, Range } from './text.js';

export type NodeKind =
  | 'document'
  | 'question'
  | 'trivia'
  | 'unrecognized'
  | 'rule'
  // one-line bilingual fields and two-line people fields, and their halves
  | 'field'
  | 'fieldHalf'
  // sections
  | 'descriptors'
  | 'descriptorList'
  | 'descriptor'
  | 'timeline'
  | 'timelineColumn'
  | 'timelineEvent'
  | 'crossReferences'
  | 'referenceColumn'
  | 'crossReference'
  | 'questionText'
  | 'questionPart'
  | 'introParagraph'
  | 'questionItem'
  | 'answer'
  | 'answerPart'
  | 'openingParagraph'
  | 'agencyBlock'
  | 'agencyHeading'
  | 'agencyParagraph'
  | 'answerItem'
  // page furniture that belongs to a layout, not to a question's content
  | 'navigation'
  | 'timelineHeading'
  | 'masthead'
  | 'ministerHeading';

export type FieldName = 'banner' | 'session' | 'date' | 'number' | 'author' | 'addressee' | 'title' | 'questionHeading' | 'answerHeading';

/**
 * A syntax node. Read-only for everything outside the parser: a model, once returned, is a value
 * (an edit gives a new model, see reparse, and leaves this one as it was).
 */
export interface Node {
  readonly kind: NodeKind;
  /** Offsets into the text: [start, end). */
  readonly start: number;
  readonly end: number;
  /** The same span as LSP positions (computed on first read). */
  readonly range: Range;
  /** Ordered by offset, not overlapping, and tiling [start, end) exactly. */
  readonly children: readonly Node[];
  /** The language of a language piece. */
  readonly lang?: Lang;
  readonly language?: LanguageGuess;
  /** See the file comment: undefined = not a piece that pairs, null = its counterpart is missing. */
  readonly counterpart?: Node | null;
  /** Which field a `field` or `fieldHalf` node is. */
  readonly field?: FieldName;
  /** Ordinal of a numbered item (1 for `1)`, `1.` and `a)`), and its marker as written. */
  readonly number?: number;
  readonly marker?: string;
}

export interface BilingualField {
  readonly node: Node;
  readonly fr: Node | null;
  readonly nl: Node | null;
}

export interface TimelineEvent {
  readonly node: Node;
  readonly date: string;
  readonly label: string;
  /** Language of the label, from the known labels or the text. */
  readonly labelLanguage: LanguageGuess;
  /** "(Einde van de antwoordtermijn: 7/8/2009)" under a sending date. */
  readonly deadline: string | null;
}

export interface Column<T> {
  readonly node: Node;
  /** The column's place on the page: left is French, right is Dutch. */
  readonly lang: Lang;
  readonly entries: readonly T[];
}

export interface CrossReference {
  readonly node: Node;
  /** "Ook gesteld aan" */
  readonly label: string;
  /** "schriftelijke vraag" */
  readonly kind: string;
  /** "5-8900" */
  readonly number: string;
  readonly labelLanguage: LanguageGuess;
}

export interface QuestionPart {
  readonly node: Node;
  readonly lang: Lang;
  readonly intro: readonly Node[];
  readonly items: readonly Node[];
}

export interface AgencyBlock {
  readonly node: Node;
  readonly heading: Node;
  /** The agency as written in the heading: "Office des Étrangers (OE)". */
  readonly name: string;
  readonly paragraphs: readonly Node[];
  readonly items: readonly Node[];
}

export interface AnswerPart {
  readonly node: Node;
  readonly lang: Lang;
  readonly opening: readonly Node[];
  readonly blocks: readonly AgencyBlock[];
  /** Numbered items outside any agency block (answers without agency blocks). */
  readonly items: readonly Node[];
}

export interface Question {
  readonly node: Node;
  /** "5-8916", from the number line or the question heading. */
  readonly number: string | null;
  readonly fields: Partial<Record<FieldName, BilingualField>>;
  /** The declared original language: "(Question posée en néerlandais)". */
  readonly originalLanguage: Lang | null;
  readonly descriptors: { node: Node; fr: readonly Node[]; nl: readonly Node[] } | null;
  readonly timeline: { node: Node; columns: readonly Column<TimelineEvent>[] } | null;
  readonly crossReferences: { node: Node; columns: readonly Column<CrossReference>[] } | null;
  readonly questionText: { node: Node; heading: BilingualField | null; fr: QuestionPart | null; nl: QuestionPart | null } | null;
  readonly answer: { node: Node; heading: BilingualField | null; fr: AnswerPart | null; nl: AnswerPart | null } | null;
  /**
   * No answer is to be expected: the timeline records the file as closed, lapsed, requalified or
   * withdrawn, or a bulletin lists the question among those not answered in time.
   */
  readonly closedWithoutAnswer: boolean;
  /** The date of the answer the timeline records ("4/6/2013"), whether or not the file holds it. */
  readonly answerRecordedOn: string | null;
  /** The answer's text is the site's placeholder ("Texte pas encore disponible."). */
  readonly answerPlaceholder: Node | null;
  /**
   * Where the file stops part-way through this question (only the last question of a file can):
   * the section it stops in and the last words it holds. null for a question that is all there.
   */
  readonly cutOff: CutOff | null;
  /** The `unrecognized` leaves inside this question. */
  readonly unrecognized: readonly Node[];
  /**
   * The same question across edits. An edit before a question leaves it as it was, only moved:
   * `reparse` gives a copy at the new offsets that keeps this identity. What is computed from a
   * question alone (its findings) can be kept under it and reused, shifted, for the copy.
   */
  readonly identity: object;
}

export interface CutOff {
  /** The part of the question the file stops in. */
  readonly section: 'header' | 'question' | 'answer';
  /**
   * true when it stops mid-sentence; false when it stops cleanly but before the answer the
   * timeline records (the page says there is more than the file holds).
   */
  readonly midSentence: boolean;
  /** The language part it stops in, when the section has them. */
  readonly lang: Lang | null;
  /** Offsets of the last line the file holds. */
  readonly start: number;
  readonly end: number;
}

export interface ParsedDocument {
  readonly text: string;
  /** Which of the Senate's layouts the page is in. */
  readonly layout: Layout;
  /** Positions of the text's lines: what turns offsets into LSP positions. */
  readonly lineIndex: LineIndex;
  readonly root: Node;
  readonly questions: readonly Question[];
  /** Every `unrecognized` leaf, in text order. */
  readonly unrecognized: readonly Node[];
}

export function allCrossReferences(question: Question): CrossReference[] {
  return question.crossReferences ? question.crossReferences.columns.flatMap((column) => column.entries) : [];
}
