/**
 * The fixed wording of the Senate page: month names, timeline labels, cross-reference labels
 * and kinds, in both languages. Knowing them tells the language of a label for certain and
 * gives its translation.
 */
import { foldForMatching, memoized } from './text.js';
import { CONFIDENT, guessLanguage, type Lang, type LanguageGuess } from './language.js';

const FRENCH_MONTHS = ['janvier', 'fevrier', 'mars', 'avril', 'mai', 'juin', 'juillet', 'aout', 'septembre', 'octobre', 'novembre', 'decembre'];
const DUTCH_MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];

/** The language of a month name, folded; null when it is no month of either language. */
export function monthLanguage(word: string): Lang | null {
  const folded = fold(word);
  if (FRENCH_MONTHS.includes(folded)) return 'fr';
  if (DUTCH_MONTHS.includes(folded)) return 'nl';
  // Mojibake ("fÃ©vrier") keeps the first letters intact: decide on them when they are unambiguous.
  const head = folded.slice(0, 3);
  const fr = FRENCH_MONTHS.filter((month) => month.startsWith(head));
  const nl = DUTCH_MONTHS.filter((month) => month.startsWith(head));
  if (fr.length > 0 && nl.length === 0) return 'fr';
  if (nl.length > 0 && fr.length === 0) return 'nl';
  return null;
}

interface LabelPair {
  fr: string;
  nl: string;
}

/** Timeline event labels as the two columns of the page print them. */
export const TIMELINE_LABELS: readonly LabelPair[] = [
  { fr: 'Envoi question', nl: 'Verzending vraag' },
  { fr: 'Réponse', nl: 'Antwoord' },
  { fr: 'Dossier clôturé', nl: 'Dossier gesloten' },
  { fr: 'Fin de la législature', nl: 'Einde zittingsperiode' },
  { fr: 'Requalification', nl: 'Herkwalificatie' },
  // A reminder sent to the minister: the same word in both languages, so it tells neither.
  { fr: 'Rappel', nl: 'Rappel' },
];

/**
 * Cross-reference relations as the French and the Dutch pages print them. "Geherkwalificeerd als"
 * (this question became another kind of document) has not been seen in French.
 */
export const REFERENCE_LABELS: readonly Partial<LabelPair>[] = [
  { fr: 'Aussi posée à', nl: 'Ook gesteld aan' },
  { fr: 'Réintroduite comme', nl: 'Heringediend als' },
  { fr: 'Réintroduction de', nl: 'Herindiening van' },
  { fr: 'Requalification de', nl: 'Herkwalificatie van' },
  { nl: 'Geherkwalificeerd als' },
];

/** Kinds of parliamentary document a cross-reference points to, keyed by a language-free class. */
const REFERENCE_KINDS: Record<string, LabelPair> = {
  'written-question': { fr: 'question écrite', nl: 'schriftelijke vraag' },
  'request-for-explanation': { fr: "demande d'explications", nl: 'vraag om uitleg' },
};
const KIND_PAIRS: readonly LabelPair[] = Object.values(REFERENCE_KINDS);

/**
 * Timeline labels that say the file ended without an answer: closed, lapsed with the legislature,
 * requalified into another kind of document, withdrawn.
 */
const CLOSING_LABELS = [
  'dossier cloture',
  'dossier gesloten',
  'fin de la legislature',
  'einde zittingsperiode',
  'requalification',
  'herkwalificatie',
  'retrait',
  'question retiree',
  'ingetrokken',
  'vraag ingetrokken',
];

/** Cross-reference labels that say this question itself became another document ("Geherkwalificeerd als : vraag om uitleg 5-1503"). */
const CLOSING_REFERENCE_LABELS = ['geherkwalificeerd als', 'requalifiee en', 'requalifiee comme'];

const fold = foldForMatching;

function lookup(label: string, pairs: readonly Partial<LabelPair>[]): { lang: Lang; pair: Partial<LabelPair> } | null {
  const folded = fold(label);
  for (const pair of pairs) {
    if (pair.fr !== undefined && fold(pair.fr) === folded) return { lang: 'fr', pair };
    if (pair.nl !== undefined && fold(pair.nl) === folded) return { lang: 'nl', pair };
  }
  return null;
}

function labelLanguage(label: string, pairs: readonly Partial<LabelPair>[]): LanguageGuess {
  const known = lookup(label, pairs);
  // A label spelt alike in both languages ("Rappel") is a known label of no language in particular.
  if (known && known.pair.fr === known.pair.nl) return { lang: known.lang, confidence: 0, basis: 'label' };
  if (known) return { lang: known.lang, confidence: 1, basis: 'label' };
  return guessLanguage(label);
}

/** Whether an entry's label is, confidently, in the other language than its column's (Dutch labels in the French column). */
export function labelInOtherLanguage(entry: { readonly labelLanguage: LanguageGuess }, column: { readonly lang: Lang }): boolean {
  return entry.labelLanguage.lang !== column.lang && entry.labelLanguage.confidence >= CONFIDENT;
}

export function timelineLabelLanguage(label: string): LanguageGuess {
  return labelLanguage(label, TIMELINE_LABELS);
}

export function referenceLabelLanguage(label: string, kind: string): LanguageGuess {
  const byLabel = labelLanguage(label, REFERENCE_LABELS);
  if (byLabel.basis === 'label') return byLabel;
  const knownKind = lookup(kind, KIND_PAIRS);
  if (knownKind) return { lang: knownKind.lang, confidence: 0.9, basis: 'label' };
  return guessLanguage(`${label} ${kind}`);
}

/** A language-free class for a timeline label, so that "Réponse" and "Antwoord" compare equal. */
export function timelineLabelClass(label: string): string {
  const known = lookup(label, TIMELINE_LABELS);
  return known ? fold(known.pair.fr ?? '') : fold(label);
}

/** The known wording of a timeline label in the other language, if the label is a known one. */
export function translateTimelineLabel(label: string, into: Lang): string | null {
  return lookup(label, TIMELINE_LABELS)?.pair[into] ?? null;
}

/** A language-free class for a reference kind, so that "question écrite" and "schriftelijke vraag" compare equal. */
export const referenceKindClass: (kind: string) => string = memoized(computeKindClass, 10_000);

function computeKindClass(kind: string): string {
  const folded = fold(kind);
  for (const [kindClass, pair] of Object.entries(REFERENCE_KINDS)) {
    if (fold(pair.fr) === folded || fold(pair.nl) === folded) return kindClass;
  }
  return folded;
}

export function isClosingLabel(label: string): boolean {
  return CLOSING_LABELS.includes(fold(label));
}

export function isClosingReferenceLabel(label: string): boolean {
  return CLOSING_REFERENCE_LABELS.includes(fold(label));
}

/** The known wording of a cross-reference label in the other language, if the label is a known one. */
export function translateReferenceLabel(label: string, into: Lang): string | null {
  return lookup(label, REFERENCE_LABELS)?.pair[into] ?? null;
}

/** The known wording of a reference kind ("question écrite") in the other language. */
export function translateReferenceKind(kind: string, into: Lang): string | null {
  return lookup(kind, KIND_PAIRS)?.pair[into] ?? null;
}

/** "Envoi question", "Verzending vraag": the day the question went to the minister, from which the deadline runs. */
export function isSendingLabel(label: string): boolean {
  const folded = fold(label);
  return folded === 'envoi question' || folded === 'verzending vraag';
}

export function isAnswerLabel(label: string): boolean {
  const folded = fold(label);
  return folded === 'reponse' || folded === 'antwoord';
}

/**
 * What a cross-reference says of the two questions: the same question sent to another minister
 * (both list each other), a re-submission (the old one names the new, the new one names the old),
 * a requalification (the same, into another kind of document).
 */
export type ReferenceRelation = 'also-asked' | 'resubmitted-as' | 'resubmission-of' | 'requalified-as' | 'requalification-of';

const RELATIONS: readonly [ReferenceRelation, readonly string[]][] = [
  ['also-asked', ['aussi posee a', 'ook gesteld aan']],
  ['resubmitted-as', ['reintroduite comme', 'heringediend als']],
  ['resubmission-of', ['reintroduction de', 'herindiening van']],
  ['requalified-as', ['geherkwalificeerd als', 'requalifiee en', 'requalifiee comme']],
  ['requalification-of', ['requalification de', 'herkwalificatie van']],
];

/** The relation a cross-reference's label states, or null for a label parlq does not know. A page prints a few labels many times: each is read once. */
export const referenceRelation: (label: string) => ReferenceRelation | null = memoized((label) => {
  const folded = fold(label);
  return RELATIONS.find(([, labels]) => labels.includes(folded))?.[0] ?? null;
}, 1_000);

/** What the other question's page should say back: a question sent to several ministers lists the others; a re-submission names its original. */
export const RECIPROCAL: Readonly<Record<ReferenceRelation, ReferenceRelation>> = {
  'also-asked': 'also-asked',
  'resubmitted-as': 'resubmission-of',
  'resubmission-of': 'resubmitted-as',
  'requalified-as': 'requalification-of',
  'requalification-of': 'requalified-as',
};

/** How each language's page prints a relation ("Ook gesteld aan"), for a message that says what the other page should print. */
export const RELATION_LABELS: Readonly<Record<ReferenceRelation, Partial<Record<Lang, string>>>> = {
  'also-asked': { fr: 'Aussi posée à', nl: 'Ook gesteld aan' },
  'resubmitted-as': { fr: 'Réintroduite comme', nl: 'Heringediend als' },
  'resubmission-of': { fr: 'Réintroduction de', nl: 'Herindiening van' },
  'requalified-as': { nl: 'Geherkwalificeerd als' },
  'requalification-of': { fr: 'Requalification de', nl: 'Herkwalificatie van' },
};
