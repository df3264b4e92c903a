/** What a check reports, in model terms: no LSP types, so the CLI and any tool can use it. */
import type { Node, ParsedDocument, Question } from '../model/nodes.js';
import type { Range } from '../model/text.js';
import type { TextEdit } from '../model/edits.js';
import type { Locale, Msg } from '../l10n/index.js';
import type { ReferenceRelation } from '../model/labels.js';
import type { Layout } from '../model/layout.js';

export type { TextEdit };

/** The severities a check can report at, most severe first; `off` turns a check off. */
export const SEVERITY_LEVELS = ['error', 'warning', 'information', 'hint'] as const;
export type Severity = (typeof SEVERITY_LEVELS)[number];
export const SEVERITY_SETTINGS = [...SEVERITY_LEVELS, 'off'] as const;
export type SeverityOrOff = (typeof SEVERITY_SETTINGS)[number];

export interface RelatedLocation {
  readonly range: Range;
  readonly message: string;
  /** Another file's address, when the place is in another file (a question held twice); else the finding's own document. */
  readonly uri?: string;
}

/** A finding as it is reported: where, what (in the reader's language), and the places that explain it. Plain data. */
export interface Finding {
  readonly code: CheckCode;
  readonly range: Range;
  readonly message: string;
  readonly related: readonly RelatedLocation[];
}

/** A finding of a check that reads the whole document: its words as a message, rendered in the reader's locale when reported. */
export interface DocumentFinding {
  readonly code: CheckCode;
  readonly range: Range;
  readonly message: Msg;
  readonly related: readonly { readonly range: Range; readonly message: Msg; readonly uri?: string }[];
}

/**
 * A finding of a question check, on nodes of that question. It names nodes rather than ranges so
 * that it can be kept for as long as the question is unchanged and reported again, at the
 * question's new place, after an edit moved it (see Question.identity). A message that names line
 * numbers is a function of the 1-based first lines of [the finding's node, ...its related nodes].
 */
export interface NodeFinding {
  readonly code: CheckCode;
  readonly node: Node;
  /** The exact characters concerned, as offsets inside the node, when they are fewer than the node's (a missing space, a doubled word). */
  readonly span?: readonly [number, number];
  readonly message: Msg | ((lines: readonly number[]) => Msg);
  readonly related: readonly (readonly [Node, Msg])[];
}

export function findingOn(code: CheckCode, node: Node, message: NodeFinding['message'], related: readonly (readonly [Node, Msg])[] = []): NodeFinding {
  return { code, node, message, related };
}

/** A finding on some characters of a node: [start, end) offsets in the document, inside the node. */
export function findingAt(code: CheckCode, node: Node, start: number, end: number, message: NodeFinding['message']): NodeFinding {
  return { code, node, span: [Math.max(node.start, start), Math.min(node.end, Math.max(start, end))], message, related: [] };
}

/** What the user's settings tell the checks beyond severities. */
export interface CheckOptions {
  /** The space French typography puts before `: ; ! ?` and inside `« »`: any space, or the no-break space (U+00A0) or narrow one (U+202F) a house style asks for. */
  readonly frenchSpace: 'any' | 'nbsp' | 'nnbsp';
  /** Working days a minister has to answer when the timeline prints no deadline. */
  readonly answerDeadlineWorkingDays: number;
  /** Today, as "YYYY-MM-DD": deadlines are judged against it (a test sets it). */
  readonly today: string;
  /** The workspace's own terms (parlq.terms.json). */
  readonly terms: TermTable;
  /** The language the findings are reported in. */
  readonly locale: Locale;
  /** The other question files, for the checks across files; absent where none are known (a single file). */
  readonly workspace?: WorkspaceView;
}

/**
 * What the checks across files may ask of the workspace: where a question number is written and
 * which pages cite it. The workspace index answers it; a test may hand in any object of this shape.
 */
export interface WorkspaceView {
  /** The document being checked. */
  readonly uri: string;
  /** What that document holds, as the index reads it: its questions' numbers and its cross-references. */
  readonly own: {
    readonly questions: readonly { readonly number: string; readonly range: Range; readonly layout: Layout }[];
    readonly references: readonly {
      readonly number: string;
      readonly from: string | null;
      readonly relation: ReferenceRelation | null;
      readonly lang: 'fr' | 'nl';
      readonly range: Range;
    }[];
  };
  /** How a file is named in a message (its path relative to the workspace folder). */
  displayName(uri: string): string;
  questionsNumbered(number: string): readonly { readonly uri: string; readonly range: Range; readonly layout: Layout }[];
  referencesTo(number: string): readonly { readonly uri: string; readonly from: string | null; readonly relation: ReferenceRelation | null }[];
}

/** The terms a workspace lists: pairs that must match across the languages, terms to avoid, more acronyms. */
export interface TermTable {
  readonly pairs: readonly { readonly fr: string; readonly nl: string }[];
  readonly forbidden: readonly { readonly term: string; readonly use: string; readonly lang?: 'fr' | 'nl' }[];
  readonly acronyms: readonly { readonly fr: string; readonly nl: string }[];
}

export const NO_TERMS: TermTable = { pairs: [], forbidden: [], acronyms: [] };

export function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}

export const DEFAULT_CHECK_OPTIONS: CheckOptions = { frenchSpace: 'any', answerDeadlineWorkingDays: 20, today: todayIso(), terms: NO_TERMS, locale: 'en' };

/** An edit proposed for a finding, applied only when the user picks it. */
export interface Fix {
  readonly title: Msg;
  readonly edits: readonly TextEdit[];
  /** The fix to apply when the user asks for "the" fix. */
  readonly preferred: boolean;
}

/** A finding as an editor sends it back to ask for its fixes: its code and where it stands now. */
export interface FindingRef {
  readonly code: string;
  readonly range: Range;
}

export const CHECK_CODES = [
  'duplicate-reference',
  'self-reference',
  'missing-answer',
  'missing-counterpart',
  'label-language',
  'encoding-damage',
  'unrecognized-text',
  'incomplete-page',
  'not-a-question-page',
  'number-mismatch',
  'numbering',
  'typography',
  'answer-overdue',
  'untranslated',
  'length-ratio',
  'acronym-pair',
  'terminology',
  'duplicate-question',
  'asymmetric-reference',
  'dangling-reference',
] as const;

export type CheckCode = (typeof CHECK_CODES)[number];

/**
 * A check reads one question at a time (its findings are kept for as long as the question is
 * unchanged) or, for the few that read the text as a whole, the whole document. It offers the
 * fixes of its own findings.
 */
export interface Check {
  readonly code: CheckCode;
  /** Errors block publication; the rest are for an editor's attention; `off` for a check one turns on. */
  readonly defaultSeverity: SeverityOrOff;
  question?(document: ParsedDocument, question: Question, options: CheckOptions): NodeFinding[];
  document?(document: ParsedDocument, options: CheckOptions): DocumentFinding[];
  /** A check across files: it reads the document as the workspace index holds it, so that the checker can run it on the index alone. */
  crossFile?(workspace: WorkspaceView, options: CheckOptions): DocumentFinding[];
  /**
   * The fixes for one finding as the editor sends it back. A finding that no longer matches the
   * text (the document changed since) gets no fix rather than a wrong one.
   */
  fixes?(document: ParsedDocument, finding: FindingRef, options: CheckOptions): Fix[];
  /** One fix for all of this check's findings at once, when there are several. */
  fixAll?(document: ParsedDocument, findings: readonly Finding[]): Fix | null;
}
