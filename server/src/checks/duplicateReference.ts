import { classify } from '../model/lines.js';
import { lineText, mergeDeletions, wholeLine } from '../model/edits.js';
import type { ParsedDocument } from '../model/nodes.js';
import { referenceText, repeatedReferences } from '../model/references.js';
import type { Range } from '../model/text.js';
import { findingOn, type Check, type NodeFinding } from './types.js';

export const duplicateReference: Check = {
  code: 'duplicate-reference',
  defaultSeverity: 'error',
  description:
    "A cross-reference listed again with the same label and number: in the same column, or in both columns in one language when neither column is printed in the other's.",
  question(_document, question) {
    const findings: NodeFinding[] = [];
    for (const [reference, earlier] of repeatedReferences(question)) {
      findings.push(
        findingOn('duplicate-reference', reference.node, ([, firstLine]) => `Duplicate cross-reference "${referenceText(reference)}": already listed on line ${firstLine}.`, [
          [earlier.node, `First listed here: "${referenceText(earlier)}"`],
        ]),
      );
    }
    return findings;
  },

  fixes(document, { range }) {
    const remove = removal(document, range);
    return remove ? [{ title: 'Remove the duplicate cross-reference', edits: [remove], preferred: true }] : [];
  },

  // One fix for every duplicate at once: the sample's right column is eighteen of them.
  fixAll(document, findings) {
    const edits = findings.flatMap((finding) => removal(document, finding.range) ?? []);
    return edits.length > 1 ? { title: `Remove all ${edits.length} duplicate cross-references`, edits: mergeDeletions(document, edits), preferred: false } : null;
  },
};

/** The deletion of a duplicate: its whole line when it stands alone on it, else the reference only. */
function removal(document: ParsedDocument, range: Range): { range: Range; newText: string } | null {
  if (range.start.line !== range.end.line) return null;
  const line = lineText(document, range.start.line);
  // Both columns' references on one line: remove only this one, not its neighbour.
  if (classify(line.trim()) !== 'reference') return null;
  const alone = line.trim().length === range.end.character - range.start.character;
  const lines = wholeLine(document, range.start.line);
  return { range: alone && lines ? lines : range, newText: '' };
}
