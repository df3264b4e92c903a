/**
 * Deciding whether a piece of text is French or Dutch from the text itself.
 *
 * Position tells the language of most pieces (left column French, right column Dutch), but the
 * answer runs straight from French into Dutch with no marker, and the page sometimes puts Dutch
 * labels in the French column. Function words are the strongest signal in short texts; letter
 * patterns decide the content words that carry no function word ("Fedasil" decides nothing).
 */

export type Lang = 'fr' | 'nl';

export const LANGUAGE_NAMES: Record<Lang, { en: string; own: string }> = {
  fr: { en: 'French', own: 'Français' },
  nl: { en: 'Dutch', own: 'Nederlands' },
};

export function otherLang(lang: Lang): Lang {
  return lang === 'fr' ? 'nl' : 'fr';
}

/**
 * How a piece's language was decided, and how sure the decision is. The scale: 1 is certain (a
 * known label, a month name); a guess from words grows with the evidence e as |e| / (|e| + 3), so
 * one function word (|e| = 2) gives 0.4 and two give 0.57; 0 says nothing (a label spelt alike in
 * both languages). A decision a check may act on is one at CONFIDENT or above.
 */
export interface LanguageGuess {
  lang: Lang;
  confidence: number;
  basis: 'text' | 'position' | 'label';
}

// Words that occur in only one of the two languages. "de", "en", "in", "per", "via" occur in both
// and are left out on purpose.
const FRENCH_WORDS = new Set(
  (
    'le la les l d du des un une et est à au aux dans par pour sur avec que qui ne pas ce cette ces cet se sa son ses ' +
    'il elle ils elles on nous vous votre vos leur leurs été être sont ont a y plus ou mais comme dont quel quelle ' +
    'quels quelles lesquels lesquelles aussi même tout tous toute toutes très sans entre vers chez ci après c j n s qu ' +
    'lorsque si non oui ainsi donc car peut sera fait été n° réponse question questions monsieur madame ministre ' +
    'également dès lors afin quant celle celui ceux cela ceci où été leurs depuis pendant notamment cependant'
  ).split(' '),
);

const DUTCH_WORDS = new Set(
  (
    'het een van op met voor aan door bij uit over naar om te is zijn was werd worden wordt er die dat deze dit wat ' +
    'wie welke welk hoe niet geen ook nog al maar of als dan zo ja u uw hun haar hij zij we wij ik men tot onder ' +
    'tussen zal zullen kan kunnen heeft hebben had sinds binnen zoals enz dus hier daar waar nr vraag antwoord ' +
    'minister staatssecretaris mevrouw heer graag kreeg dan ook zich werden geworden waarbij hiervoor daarin ' +
    'volgende onze ons mijn jaar reeds steeds echter tevens alsook inzake betreffende omtrent'
  ).split(' '),
);

const FRENCH_PATTERNS: RegExp[] = [/[éèêàâçôûîùœ]/, /eau|aux$|eux$|euse|ique$|ment$|aire$|qu|ité$|ée$|és$/];
const DUTCH_PATTERNS: RegExp[] = [/ij|oe|aa|oo|uu|sch|ieu|ui/, /heid$|lijk|ing$|tie$|teit$|en$|ster$|isch/, /[wk]/];

// Words recur endlessly in running text: remembering their evidence saves the pattern tests, and
// looking a word up by its characters saves making it a string. A direct-mapped table: bounded,
// and a collision merely replaces the older word.
const CACHE_SLOTS = 1 << 15;
const cachedWords: (string | undefined)[] = new Array<string | undefined>(CACHE_SLOTS);
const cachedEvidence = new Float64Array(CACHE_SLOTS);

function sameWord(text: string, start: number, word: string): boolean {
  for (let i = 0; i < word.length; i++) if (text.charCodeAt(start + i) !== word.charCodeAt(i)) return false;
  return true;
}

/** Evidence of the word text[start, end), whose FNV-1a hash is `hash`: positive for French, negative for Dutch. */
function spanEvidence(text: string, start: number, end: number, hash: number): number {
  const slot = (hash >>> 0) & (CACHE_SLOTS - 1);
  const cached = cachedWords[slot];
  if (cached !== undefined && cached.length === end - start && sameWord(text, start, cached)) return cachedEvidence[slot] as number;
  const word = text.slice(start, end);
  const evidence = computeWordEvidence(word);
  cachedWords[slot] = word;
  cachedEvidence[slot] = evidence;
  return evidence;
}

const FNV_OFFSET = 2166136261;
const FNV_PRIME = 16777619;

/** Evidence of one word: positive for French, negative for Dutch. */
export function wordEvidence(word: string): number {
  let hash = FNV_OFFSET;
  for (let i = 0; i < word.length; i++) hash = Math.imul(hash ^ word.charCodeAt(i), FNV_PRIME);
  return spanEvidence(word, 0, word.length, hash);
}

function computeWordEvidence(word: string): number {
  const lower = word.toLowerCase();
  if (FRENCH_WORDS.has(lower)) return 2;
  if (DUTCH_WORDS.has(lower)) return -2;
  if (lower.length < 3) return 0;
  let score = 0;
  for (const pattern of FRENCH_PATTERNS) if (pattern.test(lower)) score += 0.5;
  for (const pattern of DUTCH_PATTERNS) if (pattern.test(lower)) score -= 0.5;
  return score;
}

/** How much of a piece of text its language is judged on, in characters. */
const EVIDENCE_WINDOW = 320;

/** Letters of both languages (and "°"); the apostrophes that glue "l'" and "d’" to a word are not. */
function isWordChar(code: number): boolean {
  return (
    (code >= 97 && code <= 122) ||
    (code >= 65 && code <= 90) ||
    (code >= 0xc0 && code <= 0xff && code !== 0xd7 && code !== 0xf7) ||
    code === 0x152 ||
    code === 0x153 ||
    code === 0xb0
  );
}

/** Sum of the evidence over the words of text[from, to): positive means French. */
export function languageEvidence(text: string, from = 0, to = text.length): number {
  // A paragraph's first fifty words decide as well as all of them, at a bounded cost.
  const end = Math.min(to, from + EVIDENCE_WINDOW);
  let score = 0;
  let wordStart = -1;
  // The word's hash is made as its letters are read: one pass over the text, not two.
  let hash = FNV_OFFSET;
  for (let i = from; i <= end; i++) {
    const code = i < end ? text.charCodeAt(i) : 0;
    if (isWordChar(code)) {
      if (wordStart < 0) {
        wordStart = i;
        hash = FNV_OFFSET;
      }
      hash = Math.imul(hash ^ code, FNV_PRIME);
    } else if (wordStart >= 0) {
      score += spanEvidence(text, wordStart, i, hash);
      wordStart = -1;
    }
  }
  return score;
}

/**
 * The confidence from which a language decision is acted on (a label reported as in the wrong
 * language, two copies called the same language): two function words' worth of evidence, or any
 * known label. Chosen on the sample and the real pages, where every label is known (1) and the
 * only wrong calls came from single unknown words (below 0.5).
 */
export const CONFIDENT = 0.5;

/** How sure a piece's place (left column French, right column Dutch) makes its language, before its own words are heard. */
export const POSITION_CONFIDENCE = 0.6;

/** Evidence is turned into confidence as |e| / (|e| + EVIDENCE_HALF): EVIDENCE_HALF points of evidence make 0.5. */
const EVIDENCE_HALF = 3;

/** Turns evidence into a guess; confidence grows with the amount of evidence. */
export function guessFromEvidence(evidence: number): LanguageGuess {
  const lang: Lang = evidence >= 0 ? 'fr' : 'nl';
  const magnitude = Math.abs(evidence);
  return { lang, confidence: round2(magnitude / (magnitude + EVIDENCE_HALF)), basis: 'text' };
}

export function guessLanguage(text: string, from = 0, to = text.length): LanguageGuess {
  return guessFromEvidence(languageEvidence(text, from, to));
}

export function round2(value: number): number {
  return Math.round(value * 100) / 100;
}

/**
 * Where a run of pieces switches from French to Dutch: the k that best explains the evidence as
 * "pieces [0, k) are French, pieces [k, n) are Dutch". Pages always put French first, so one switch
 * point is enough; k = 0 or k = n means the run is in one language.
 */
export function frenchThenDutchSplit(evidence: readonly number[]): number {
  let total = 0;
  for (const value of evidence) total -= value; // all Dutch: sum of -e
  let best = total;
  let bestK = 0;
  let running = total;
  for (let k = 1; k <= evidence.length; k++) {
    running += 2 * (evidence[k - 1] as number); // piece k-1 moves from Dutch to French
    if (running > best) {
      best = running;
      bestK = k;
    }
  }
  return bestK;
}
