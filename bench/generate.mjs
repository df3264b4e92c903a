// Inputs for the benchmarks, made from the real sample at run time (nothing large is committed).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const ROOT = new URL('..', import.meta.url).pathname;
export const SAMPLE = readFileSync(join(ROOT, 'seeds', '000_797443ed2065d84d.txt'), 'utf8');

// Real federal agencies, French and Dutch names, to vary the answers' agency blocks.
const AGENCIES = [
  ['Fedasil', 'Fedasil'],
  ["Office national de l'emploi (ONEM)", 'Rijksdienst voor Arbeidsvoorziening (RVA)'],
  ["Institut national d'assurance maladie-invalidité (INAMI)", 'Rijksinstituut voor ziekte- en invaliditeitsverzekering (RIZIV)'],
  ['Service public fédéral Finances', 'Federale Overheidsdienst Financiën'],
  ['Office national de sécurité sociale (ONSS)', 'Rijksdienst voor Sociale Zekerheid (RSZ)'],
  ['Agence fédérale pour la sécurité de la chaîne alimentaire (AFSCA)', 'Federaal Agentschap voor de Veiligheid van de Voedselketen (FAVV)'],
  ['Service public fédéral Justice', 'Federale Overheidsdienst Justitie'],
];

/** The sample as question `number`, citing the given numbers, with agency block 4 varied. */
export function questionFrom(number, references, variant) {
  const [fr, nl] = AGENCIES[variant % AGENCIES.length];
  const lines = SAMPLE.replaceAll('5-8916', number).split('\n');
  lines[122] = fr; // line 123, the French Fedasil heading
  lines[160] = nl; // line 161, the Dutch one
  const referenceLines = references.map((reference) => `Ook gesteld aan : schriftelijke vraag ${reference}`);
  // Lines 35-70 are the two reference columns (the right one repeats the left): rebuild both.
  lines.splice(34, 36, ...referenceLines, ...referenceLines);
  return lines.join('\n');
}

/** A bulletin of `count` questions (about 10 KB each), numbered from 5-9000. */
export function bulletin(count = 100) {
  return Array.from({ length: count }, (_, i) => {
    const references = Array.from({ length: 18 }, (_, j) => `5-${8900 + ((i + j) % 40)}`);
    return questionFrom(`5-${9000 + i}`, references, i);
  }).join('\n\n');
}

/** The text of file i of a workspace of question files: one question each. */
export function workspaceFile(i) {
  const references = Array.from({ length: 18 }, (_, j) => `5-${8900 + ((i * 7 + j * 13) % 2000)}`);
  return questionFrom(`5-${10000 + i}`, references, i);
}

/**
 * The same text rendered as Markdown for the Markdown peer: one heading per section (every
 * outline entry that has entries under it: question, section, language part, agency block).
 */
export function markdownOf(text, outlineOf) {
  const headings = new Map();
  const visit = (entries, depth) => {
    for (const entry of entries) {
      const line = entry.range.start.line;
      if (entry.children.length > 0 && !headings.has(line)) headings.set(line, Math.min(depth, 6));
      visit(entry.children, depth + 1);
    }
  };
  visit(outlineOf(text), 1);
  return text
    .split(/\r\n|\r|\n/)
    .map((line, i) => (headings.has(i) && line.trim() ? `${'#'.repeat(headings.get(i))} ${line}` : line))
    .join('\n');
}
