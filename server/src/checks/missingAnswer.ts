import { blockOfNode, excerpt, isNumbered, questionItemsFor, questionLabel } from '../model/answers.js';
import { LANGUAGE_NAMES, otherLang } from '../model/language.js';
import type { AgencyBlock, Node } from '../model/nodes.js';
import { findingOn, type Check, type NodeFinding } from './types.js';

export const missingAnswer: Check = {
  code: 'missing-answer',
  defaultSeverity: 'error',
  description: 'A question with no answer, an agency that answers item by item but skips one, or a question item no part of the answer addresses.',
  question(document, question) {
    const findings: NodeFinding[] = [];
    const answer = question.answer;
    if (!answer) {
      if (question.closedWithoutAnswer) return findings; // closed, lapsed, requalified: no answer is expected
      if (question.cutOff) return findings; // the file stops before it: incomplete-page says so
      const anchor = question.fields.questionHeading ?? question.fields.number;
      if (!anchor) return findings; // not enough of a question to know (a fragment)
      const recorded = question.answerRecordedOn ? ` although the timeline records an answer on ${question.answerRecordedOn}` : '';
      findings.push(
        findingOn(
          'missing-answer',
          anchor.node,
          `${questionLabel(question)} has no answer${recorded}: no answer heading ("Réponse reçue le … : Antwoord ontvangen op … :") follows it.`,
        ),
      );
      return findings;
    }
    if (question.answerPlaceholder) {
      const heading = answer.heading?.fr ?? answer.heading?.nl ?? answer.node;
      findings.push(
        findingOn(
          'missing-answer',
          question.answerPlaceholder,
          `${questionLabel(question)} has no answer text yet: the answer${question.answerRecordedOn ? ` recorded on ${question.answerRecordedOn}` : ''} reads "${excerpt(document, question.answerPlaceholder)}".`,
          [[heading, 'The answer heading']],
        ),
      );
      return findings;
    }
    for (const lang of ['fr', 'nl'] as const) {
      const part = answer[lang];
      if (!part) continue; // a whole language missing is a missing counterpart, not a missing answer
      const questionItems = questionItemsFor(question, lang);
      if (questionItems.length === 0) continue;
      const language = LANGUAGE_NAMES[lang].en;
      const other = answer[otherLang(lang)];
      const units: { name: string | null; block: AgencyBlock | null; items: readonly Node[]; anchor: Node }[] = part.blocks.map((block) => ({
        name: block.name,
        block,
        items: block.items,
        anchor: block.heading,
      }));
      if (part.items.length > 0 || part.blocks.length === 0) {
        units.unshift({ name: null, block: null, items: part.items, anchor: answer.heading?.[lang] ?? part.node });
      }
      for (const unit of units) {
        // An agency that answers in one unnumbered paragraph, or in bullets, answers every item at once.
        const numbered = unit.items.filter(isNumbered);
        if (numbered.length === 0) continue;
        const answered = new Set(numbered.map((item) => item.number));
        const counterpartBlock = blockOfNode(other, unit.block?.node.counterpart);
        for (const questionItem of questionItems) {
          const n = questionItem.number;
          if (n === undefined || answered.has(n)) continue;
          const related: [Node, string][] = [[questionItem, `Question ${n}: ${excerpt(document, questionItem)}`]];
          const otherItems = unit.block ? (counterpartBlock?.items ?? []) : (other?.items ?? []);
          const answeredElsewhere = otherItems.find((item) => item.number === n);
          if (answeredElsewhere) {
            related.push([answeredElsewhere, `${LANGUAGE_NAMES[otherLang(lang)].en} answer ${n}: ${excerpt(document, answeredElsewhere)}`]);
          }
          const otherLanguage = LANGUAGE_NAMES[otherLang(lang)].en;
          const counterpartNote = !answeredElsewhere
            ? ''
            : unit.block && counterpartBlock
              ? ` (its ${otherLanguage} counterpart "${counterpartBlock.name}" does)`
              : ` (the ${otherLanguage} answer does)`;
          // The decisive words first: a Problems view cuts long messages short.
          const message = unit.name
            ? `No ${language} answer ${n}: "${unit.name}" does not answer question ${n}${counterpartNote}.`
            : `No ${language} answer ${n}: the ${language} answer does not address question ${n}${counterpartNote}.`;
          findings.push(findingOn('missing-answer', unit.anchor, message, related));
        }
      }
    }
    return findings;
  },
};
