/**
 * What the side-by-side view is drawn from and says: the shape of the server's `parlq/alignment`
 * answer (as the client reads it), and the messages between the extension and the view's page.
 * Types only, shared by the extension and the page's script.
 */

export type Lang = 'fr' | 'nl';

export interface Position {
  readonly line: number;
  readonly character: number;
}

export interface Range {
  readonly start: Position;
  readonly end: Position;
}

export interface AlignedCell {
  readonly text: string;
  readonly range: Range;
}

export interface RowDiagnostic {
  readonly code: string;
  readonly severity: 'error' | 'warning' | 'information' | 'hint';
  readonly message: string;
  /** The cell it is on. */
  readonly lang: Lang;
}

/** One row of `parlq/alignment`: a heading (question, section) or a French/Dutch pair. */
export interface AlignedRow {
  readonly kind: 'question' | 'section' | 'agency' | 'piece';
  readonly label: string;
  readonly fr: AlignedCell | null;
  readonly nl: AlignedCell | null;
  /** The language whose piece is missing where the page expects a counterpart. */
  readonly missing: Lang | null;
  readonly depth: number;
  readonly diagnostics: readonly RowDiagnostic[];
}

/** The view's words, in VS Code's display language (the rows' own words come from the server). */
export interface ViewStrings {
  readonly missing: Record<Lang, string>;
  /** "Error:", as a screen reader reads it before the message. */
  readonly severity: Record<RowDiagnostic['severity'], string>;
  readonly empty: string;
  /** A single-language page (web view, printer version): the other column stays empty. */
  readonly singleLanguage: Record<Lang, string>;
  readonly unavailable: string;
  readonly closed: string;
  readonly keyboardHelp: string;
}

export type ToView =
  /** The rows to draw (after an edit: the same view, its scroll kept). `rows: null` when the server could not align the file. */
  | {
      readonly type: 'rows';
      readonly uri: string;
      readonly title: string;
      readonly rows: readonly AlignedRow[] | null;
      readonly strings: ViewStrings;
      readonly documentOpen: boolean;
    }
  /** The row under the editor's cursor (`null`: none), scrolled into view. */
  | { readonly type: 'current'; readonly index: number | null };

export type FromView =
  /** The page is loaded (or reloaded after being hidden) and waits for its rows. */
  | { readonly type: 'ready' }
  /** Move the editor to a row's piece in one language. */
  | { readonly type: 'reveal'; readonly index: number; readonly lang: Lang };

/** What the page keeps across reloads and VS Code restarts (the serializer reads `uri`). */
export interface ViewState {
  readonly uri: string;
  readonly scrollY?: number;
  readonly focused?: { readonly index: number; readonly lang: Lang | null };
}
