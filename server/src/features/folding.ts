/** Folding: questions, sections, language parts, agency blocks, and items longer than a line. */
import type { Node, ParsedDocument } from '../model/nodes.js';
import { NODE_KINDS } from '../model/names.js';
import { walk } from '../model/tree.js';

export interface FoldingRegion {
  startLine: number;
  endLine: number;
}

export function foldingRegions(document: ParsedDocument): FoldingRegion[] {
  const regions: FoldingRegion[] = [];
  const seen = new Set<string>();
  // A page of one question: folding the question folds the whole page into its first line, which is
  // what Fold All would then do. Its sections are what a reader folds.
  const alone = document.questions.length === 1 ? document.questions[0]?.node : undefined;
  for (const node of walk(document.root)) {
    if (!NODE_KINDS[node.kind].folds || node === alone) continue;
    const { start, end } = (node as Node).range;
    // A region that ends at column 0 really ends on the line before.
    const endLine = end.character === 0 && end.line > start.line ? end.line - 1 : end.line;
    const key = `${start.line}:${endLine}`;
    if (endLine <= start.line || seen.has(key)) continue;
    seen.add(key);
    regions.push({ startLine: start.line, endLine });
  }
  return regions.sort((a, b) => a.startLine - b.startLine || b.endLine - a.endLine);
}
