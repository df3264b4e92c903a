import { CONFIDENT, LANGUAGE_NAMES, type Lang, type LanguageGuess } from '../model/language.js';
import { translateReferenceLabel, translateTimelineLabel } from '../model/labels.js';
import type { Column, Node } from '../model/nodes.js';
import { findingOn, type Check, type Finding } from './types.js';

interface Labelled {
  node: Node;
  label: string;
  labelLanguage: LanguageGuess;
}

function wrongLanguage(entry: Labelled, column: Column<Labelled>): boolean {
  return entry.labelLanguage.lang !== column.lang && entry.labelLanguage.confidence >= CONFIDENT;
}

function checkColumns(columns: readonly Column<Labelled>[], what: string, translate: (label: string, into: Lang) => string | null): Finding[] {
  if (columns.length < 2) return []; // a single column takes the language of its labels
  const findings: Finding[] = [];
  for (const column of columns) {
    const wrong = column.entries.filter((entry) => wrongLanguage(entry, column));
    if (wrong.length === 0) continue;
    const columnName = LANGUAGE_NAMES[column.lang].en;
    const labelsName = LANGUAGE_NAMES[wrong[0]?.labelLanguage.lang ?? column.lang].en;
    const distinct = [...new Set(wrong.map((entry) => entry.label))];
    const fixes = distinct.map((label) => translate(label, column.lang)).filter((label): label is string => label !== null);
    const fixNote =
      fixes.length === distinct.length ? `; the ${columnName} ${fixes.length === 1 ? 'label is' : 'labels are'} ${fixes.map((label) => `"${label}"`).join(', ')}` : '';
    // Labels of no language ("Rappel", the same in both) neither make nor break a column's language.
    const withLanguage = column.entries.filter((entry) => entry.labelLanguage.confidence >= CONFIDENT).length;
    if (wrong.length === withLanguage && wrong.length > 1) {
      findings.push(
        findingOn(
          'label-language',
          column.node,
          `The ${columnName} column of the ${what} has ${labelsName} labels (${distinct.map((label) => `"${label}"`).join(', ')}, ${wrong.length} entries)${fixNote}.`,
        ),
      );
      continue;
    }
    for (const entry of wrong) {
      const fix = translate(entry.label, column.lang);
      findings.push(
        findingOn('label-language', entry.node, `${labelsName} label "${entry.label}" in the ${columnName} column of the ${what}${fix ? `; the ${columnName} label is "${fix}"` : ''}.`),
      );
    }
  }
  return findings;
}

export const labelLanguage: Check = {
  code: 'label-language',
  defaultSeverity: 'warning',
  description: 'Timeline or cross-reference labels printed in the other language than their column (Dutch labels in the French column).',
  question(_document, question) {
    return [
      ...checkColumns(question.timeline?.columns ?? [], 'timeline', translateTimelineLabel),
      ...checkColumns(question.crossReferences?.columns ?? [], 'cross-references', translateReferenceLabel),
    ];
  },
};
