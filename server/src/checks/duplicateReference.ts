import { LANGUAGE_NAMES } from '../model/language.js';
import { classify } from '../model/lines.js';
import { lineText, mergeDeletions, wholeLine } from '../model/edits.js';
import { allCrossReferences, type CrossReference, type ParsedDocument } from '../model/nodes.js';
import { placedReferences, referenceKey, referenceText, relabelEdits, relabelTitle, type PlacedReference } from '../model/references.js';
import type { Range } from '../model/text.js';
import { findingOn, type Check, type Fix, type NodeFinding } from './types.js';

export const duplicateReference: Check = {
  code: 'duplicate-reference',
  defaultSeverity: 'error',
  description: 'A cross-reference listed again with the same label and number (in the same list or the same language).',
  question(_document, question) {
    const findings: NodeFinding[] = [];
    const first = new Map<string, CrossReference>();
    for (const reference of allCrossReferences(question)) {
      const key = referenceKey(reference);
      const earlier = first.get(key);
      if (!earlier) {
        first.set(key, reference);
        continue;
      }
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
    return remove ? [{ title: 'Remove the duplicate cross-reference', edits: [remove], preferred: true }, ...relabelDuplicate(document, range)] : [];
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

/**
 * A list printed twice in one language (the French column's copy in Dutch, as on most bilingual
 * prints): beside removing the copy, the first one can take its column's labels, after which the
 * two are no longer duplicates but counterparts.
 */
function relabelDuplicate(document: ParsedDocument, range: Range): Fix[] {
  const start = document.lineIndex.offsetAt(range.start);
  const placed = placedReferences(document);
  const duplicate = placed.find((candidate) => candidate.reference.node.start === start);
  if (!duplicate) return [];
  const fixes: Fix[] = [];
  // The copy the duplicate's finding names: the first with the same key in the same question.
  const key = (item: PlacedReference) => referenceKey(item.reference);
  const first = placed.find((candidate) => candidate.question === duplicate.question && key(candidate) === key(duplicate) && candidate !== duplicate);
  for (const target of [first, duplicate]) {
    if (!target) continue;
    const edits = relabelEdits(document, target);
    if (!edits) continue;
    const line = target.reference.node.range.start.line + 1;
    fixes.push({ title: relabelTitle(target.column.lang, 1, ` on the ${LANGUAGE_NAMES[target.column.lang].en} column's copy (line ${line})`), edits, preferred: false });
  }
  return fixes;
}
