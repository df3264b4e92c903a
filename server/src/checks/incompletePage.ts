import { LANGUAGE_NAMES, otherLang } from '../model/language.js';
import type { ParsedDocument, Question } from '../model/nodes.js';
import { shorten } from '../model/text.js';
import type { Check, Finding } from './types.js';

/** What the file would hold after the place where it stops, in the order the page prints it. */
function whatIsMissing(document: ParsedDocument, question: Question): string[] {
  const cut = question.cutOff;
  if (!cut) return [];
  const bilingual = document.layout.lang === null;
  const missing: string[] = [];
  const expectsAnswer = !question.closedWithoutAnswer;
  const answer = question.answerRecordedOn ? `the answer (recorded in the timeline on ${question.answerRecordedOn})` : 'the answer';
  const rest = (section: string) => {
    if (!bilingual || cut.lang === null) {
      if (cut.midSentence) missing.push(`the rest of the ${section}`);
    } else {
      if (cut.midSentence) missing.push(`the rest of the ${LANGUAGE_NAMES[cut.lang].en} ${section}`);
      if (cut.lang === 'fr') missing.push(`the ${LANGUAGE_NAMES[otherLang(cut.lang)].en} ${section}`);
    }
  };
  switch (cut.section) {
    case 'header':
      missing.push('the question');
      if (expectsAnswer) missing.push(answer);
      break;
    case 'question':
      rest('question');
      if (expectsAnswer) missing.push(answer);
      break;
    case 'answer':
      rest('answer');
      break;
  }
  return missing;
}

function list(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

const WHERE = { header: 'before the question text', question: 'part-way through the question', answer: 'part-way through the answer' } as const;
const AFTER = { header: 'before the question text', question: 'after the question', answer: 'after the answer' } as const;

export const incompletePage: Check = {
  code: 'incomplete-page',
  defaultSeverity: 'warning',
  description: 'The file stops part-way (mid-sentence, or before the question text): what would follow is not in the file and was not checked.',
  document(document) {
    const findings: Finding[] = [];
    const last = document.questions[document.questions.length - 1];
    const cut = last?.cutOff;
    if (!last || !cut) return findings;
    const words = shorten(document.text.slice(Math.max(cut.start, cut.end - 40), cut.end), 40);
    const missing = whatIsMissing(document, last);
    findings.push({
      code: 'incomplete-page',
      range: document.lineIndex.rangeOf(cut.start, cut.end),
      message: `The file stops ${(cut.midSentence ? WHERE : AFTER)[cut.section]} ("…${words}"): ${list(missing)} ${missing.length === 1 ? 'is' : 'are'} not in the file and ${missing.length === 1 ? 'was' : 'were'} not checked.`,
      related: [],
    });
    return findings;
  },
};
