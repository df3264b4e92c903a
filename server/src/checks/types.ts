/** What a check reports, in model terms: no LSP types, so the CLI and any tool can use it. */
import type { Node, ParsedDocument, Question } from '../model/nodes.js';
import type { Range } from '../model/text.js';

export type Severity = 'error' | 'warning' | 'information' | 'hint';
export type SeverityOrOff = Severity | 'off';

export interface RelatedLocation {
  readonly range: Range;
  readonly message: string;
}

export interface Finding {
  readonly code: CheckCode;
  readonly range: Range;
  readonly message: string;
  readonly related: readonly RelatedLocation[];
}

class RelatedOnNode implements RelatedLocation {
  constructor(
    private readonly node: Node,
    readonly message: string,
  ) {}
  get range(): Range {
    return this.node.range;
  }
}

class NodeFinding implements Finding {
  readonly related: readonly RelatedLocation[];
  constructor(
    readonly code: CheckCode,
    private readonly node: Node,
    private readonly text: string | (() => string),
    related: readonly [Node, string][],
  ) {
    this.related = related.length === 0 ? NO_RELATED : related.map(([place, message]) => new RelatedOnNode(place, message));
  }
  get range(): Range {
    return this.node.range;
  }
  get message(): string {
    return typeof this.text === 'string' ? this.text : this.text();
  }
  toJSON(): object {
    return { code: this.code, range: this.range, message: this.message, related: this.related.map((item) => ({ range: item.range, message: item.message })) };
  }
}

const NO_RELATED: readonly RelatedLocation[] = Object.freeze([]);

/**
 * A finding on a node. Its range, and a message that names line numbers, are read from the node
 * when asked: when an edit elsewhere moves the node, a kept finding moves with it.
 */
export function findingOn(code: CheckCode, node: Node, message: string | (() => string), related: readonly [Node, string][] = []): Finding {
  return new NodeFinding(code, node, message, related);
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
] as const;

export type CheckCode = (typeof CHECK_CODES)[number];

/**
 * A check reads one question at a time (its findings are kept for as long as the question is
 * unchanged) or, for the few that read the text as a whole, the whole document.
 */
export interface Check {
  code: CheckCode;
  /** Errors block publication; the rest are for an editor's attention. */
  defaultSeverity: Severity;
  /** One sentence for the settings UI and the README. */
  description: string;
  question?(document: ParsedDocument, question: Question): Finding[];
  document?(document: ParsedDocument): Finding[];
}
