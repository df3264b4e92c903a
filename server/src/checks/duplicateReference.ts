import { classify } from '../model/lines.js';
import { lineText, mergeDeletions, wholeLine } from '../model/edits.js';
import type { ParsedDocument } from '../model/nodes.js';
import { referenceText, repeatedReferences } from '../model/references.js';
import type { Range } from '../model/text.js';
import { msg } from '../l10n/index.js';
import { findingOn, type Check, type NodeFinding } from './types.js';

export const duplicateReference: Check = {
  code: 'duplicate-reference',
  defaultSeverity: 'error',
  question(_document, question) {
    const findings: NodeFinding[] = [];
    for (const [reference, earlier] of repeatedReferences(question)) {
      findings.push(
        findingOn('duplicate-reference', reference.node, ([, firstLine]) => msg('duplicate.message', { reference: referenceText(reference), line: firstLine ?? 0 }), [
          [earlier.node, msg('duplicate.related', { reference: referenceText(earlier) })],
        ]),
      );
    }
    return findings;
  },

  fixes(document, { range }) {
    const remove = removal(document, range);
    return remove ? [{ title: msg('duplicate.fix'), edits: [remove], preferred: true }] : [];
  },

  // One fix for every duplicate at once: the sample's right column is eighteen of them.
  fixAll(document, findings) {
    const edits = findings.flatMap((finding) => removal(document, finding.range) ?? []);
    return edits.length > 1 ? { title: msg('duplicate.fixAll', { count: edits.length }), edits: mergeDeletions(document, edits), preferred: false } : null;
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
