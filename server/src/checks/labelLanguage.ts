import { CONFIDENT, type Lang, type LanguageGuess } from '../model/language.js';
import { msg, quoted } from '../l10n/index.js';
import { labelInOtherLanguage, translateReferenceLabel, translateTimelineLabel } from '../model/labels.js';
import type { TextEdit } from '../model/edits.js';
import type { Column, Node, ParsedDocument } from '../model/nodes.js';
import { placedReferences, relabelEdits, relabelTitle } from '../model/references.js';
import type { Range } from '../model/text.js';
import { findingOn, type Check, type Fix, type NodeFinding } from './types.js';

interface Labelled {
  node: Node;
  label: string;
  labelLanguage: LanguageGuess;
}

function checkColumns(columns: readonly Column<Labelled>[], what: 'timeline' | 'references', translate: (label: string, into: Lang) => string | null): NodeFinding[] {
  if (columns.length < 2) return []; // a single column takes the language of its labels
  const findings: NodeFinding[] = [];
  for (const column of columns) {
    const wrong = column.entries.filter((entry) => labelInOtherLanguage(entry, column));
    if (wrong.length === 0) continue;
    const labels = wrong[0]?.labelLanguage.lang ?? column.lang;
    const distinct = [...new Set(wrong.map((entry) => entry.label))];
    const fixes = distinct.map((label) => translate(label, column.lang)).filter((label): label is string => label !== null);
    // Labels of no language ("Rappel", the same in both) neither make nor break a column's language.
    const withLanguage = column.entries.filter((entry) => entry.labelLanguage.confidence >= CONFIDENT).length;
    if (wrong.length === withLanguage && wrong.length > 1) {
      findings.push(
        findingOn(
          'label-language',
          column.node,
          msg(fixes.length === distinct.length ? 'labels.columnWithFix' : 'labels.column', {
            column: column.lang,
            what,
            labels,
            list: distinct.map(quoted),
            count: wrong.length,
            fixCount: fixes.length,
            fixes: fixes.map(quoted),
          }),
        ),
      );
      continue;
    }
    for (const entry of wrong) {
      const fix = translate(entry.label, column.lang);
      findings.push(
        findingOn('label-language', entry.node, msg(fix ? 'labels.entryWithFix' : 'labels.entry', { labels, label: entry.label, column: column.lang, what, fix: fix ?? '' })),
      );
    }
  }
  return findings;
}

export const labelLanguage: Check = {
  code: 'label-language',
  defaultSeverity: 'warning',
  question(_document, question) {
    return [
      ...checkColumns(question.timeline?.columns ?? [], 'timeline', translateTimelineLabel),
      ...checkColumns(question.crossReferences?.columns ?? [], 'references', translateReferenceLabel),
    ];
  },

  fixes(document, { range }) {
    return [...timelineLabelFixes(document, range), ...referenceLabelFixes(document, range)];
  },
};

/**
 * Timeline labels in the other language than their column, replaced by the column's wording
 * where the page's wording is known ("Verzending vraag" → "Envoi question"). The finding covers
 * one entry or a whole column; only the label part of each entry changes.
 */
function timelineLabelFixes(document: ParsedDocument, range: Range): Fix[] {
  const start = document.lineIndex.offsetAt(range.start);
  const end = document.lineIndex.offsetAt(range.end);
  const edits: TextEdit[] = [];
  let columnLanguage: Lang = 'fr';
  for (const question of document.questions) {
    for (const column of question.timeline?.columns ?? []) {
      for (const event of column.entries) {
        if (event.node.start < start || event.node.end > end) continue;
        if (event.labelLanguage.lang === column.lang) continue;
        const replacement = translateTimelineLabel(event.label, column.lang);
        const at = document.text.indexOf(event.label, event.node.start);
        if (!replacement || at < 0 || at + event.label.length > event.node.end) continue;
        edits.push({ range: document.lineIndex.rangeOf(at, at + event.label.length), newText: replacement });
        columnLanguage = column.lang;
      }
    }
  }
  if (edits.length === 0) return [];
  const title =
    edits.length === 1
      ? msg('labels.fixOne', { lang: columnLanguage, label: edits[0]?.newText ?? '' })
      : msg('labels.fixMany', { lang: columnLanguage, labels: edits.map((edit) => quoted(edit.newText)) });
  return [{ title, edits, preferred: true }];
}

/** Cross-reference labels in the other language than their column, in the column's wording. */
function referenceLabelFixes(document: ParsedDocument, range: Range): Fix[] {
  const start = document.lineIndex.offsetAt(range.start);
  const end = document.lineIndex.offsetAt(range.end);
  const edits: TextEdit[] = [];
  let lang: Lang | null = null;
  let count = 0;
  for (const placed of placedReferences(document)) {
    if (placed.reference.node.start < start || placed.reference.node.end > end) continue;
    const relabel = relabelEdits(document, placed);
    if (!relabel) continue;
    edits.push(...relabel);
    lang = placed.column.lang;
    count++;
  }
  return lang ? [{ title: relabelTitle(lang, count), edits, preferred: true }] : [];
}
