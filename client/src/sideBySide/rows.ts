/**
 * The side-by-side view's questions about its rows, kept apart from VS Code so that they are
 * tested as plain functions: which row the editor's cursor is in, where a click on a cell goes.
 */
import type { AlignedCell, AlignedRow, Lang, Position, Range } from './protocol.js';

const before = (a: Position, b: Position) => a.line < b.line || (a.line === b.line && a.character < b.character);
const contains = (range: Range, position: Position) => !before(position, range.start) && !before(range.end, position);
/** A range's size as (lines, characters), to prefer the narrowest of the rows that contain a position. */
const size = (range: Range) => [range.end.line - range.start.line, range.end.character - range.start.character] as const;
const smaller = (a: Range, b: Range) => {
  const [linesA, charactersA] = size(a);
  const [linesB, charactersB] = size(b);
  return linesA < linesB || (linesA === linesB && charactersA < charactersB);
};

/**
 * The row whose French or Dutch piece holds `position` (end included: a cursor at the end of a
 * piece's last line is still on it); the narrowest when pieces nest; null on a line no piece holds.
 */
export function rowAt(rows: readonly AlignedRow[], position: Position): number | null {
  let best: { index: number; range: Range } | null = null;
  rows.forEach((row, index) => {
    for (const cell of [row.fr, row.nl]) {
      if (cell && contains(cell.range, position) && (!best || smaller(cell.range, best.range))) best = { index, range: cell.range };
    }
  });
  return (best as { index: number } | null)?.index ?? null;
}

/** Where a click on a row's cell in `lang` takes the editor: that piece, or, on an empty cell, its counterpart. */
export function revealTarget(row: AlignedRow, lang: Lang): AlignedCell | null {
  return row[lang] ?? row[lang === 'fr' ? 'nl' : 'fr'];
}
