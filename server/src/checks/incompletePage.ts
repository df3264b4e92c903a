import { otherLang } from '../model/language.js';
import { isoOf } from '../model/deadlines.js';
import { msg, type Msg } from '../l10n/index.js';
import type { ParsedDocument, Question } from '../model/nodes.js';
import { shorten } from '../model/text.js';
import type { Check, DocumentFinding } from './types.js';

/** What the file would hold after the place where it stops, in the order the page prints it. */
function whatIsMissing(document: ParsedDocument, question: Question): Msg[] {
  const cut = question.cutOff;
  if (!cut) return [];
  const bilingual = document.layout.lang === null;
  const missing: Msg[] = [];
  const expectsAnswer = !question.closedWithoutAnswer;
  const answer = question.answerRecordedOn
    ? msg('incomplete.theAnswerRecorded', { date: isoOf(question.answerRecordedOn) ?? question.answerRecordedOn })
    : msg('incomplete.theAnswer');
  const rest = (section: 'question' | 'answer') => {
    if (!bilingual || cut.lang === null) {
      if (cut.midSentence) missing.push(msg('incomplete.rest', { section }));
    } else {
      if (cut.midSentence) missing.push(msg('incomplete.restIn', { section, lang: cut.lang }));
      if (cut.lang === 'fr') missing.push(msg('incomplete.other', { section, lang: otherLang(cut.lang) }));
    }
  };
  switch (cut.section) {
    case 'header':
      missing.push(msg('incomplete.theQuestion'));
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

const WHERE = { header: 'incomplete.beforeQuestion', question: 'incomplete.inQuestion', answer: 'incomplete.inAnswer' } as const;
const AFTER = { header: 'incomplete.beforeQuestion', question: 'incomplete.afterQuestion', answer: 'incomplete.afterAnswer' } as const;

export const incompletePage: Check = {
  code: 'incomplete-page',
  defaultSeverity: 'warning',
  document(document) {
    const findings: DocumentFinding[] = [];
    const last = document.questions[document.questions.length - 1];
    const cut = last?.cutOff;
    if (!last || !cut) return findings;
    const words = shorten(document.text.slice(Math.max(cut.start, cut.end - 40), cut.end), 40);
    const missing = whatIsMissing(document, last);
    findings.push({
      code: 'incomplete-page',
      range: document.lineIndex.rangeOf(cut.start, cut.end),
      message: msg('incomplete.message', { where: msg((cut.midSentence ? WHERE : AFTER)[cut.section]), words, missing, count: missing.length }),
      related: [],
    });
    return findings;
  },
};
