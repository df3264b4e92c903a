import { blockOfNode, excerpt, isNumbered, questionItemsFor, questionLabel } from '../model/answers.js';
import { otherLang } from '../model/language.js';
import { isoOf } from '../model/deadlines.js';
import type { AgencyBlock, Node } from '../model/nodes.js';
import { msg, type Msg } from '../l10n/index.js';
import { findingOn, type Check, type NodeFinding } from './types.js';

export const missingAnswer: Check = {
  code: 'missing-answer',
  defaultSeverity: 'error',
  question(document, question) {
    const findings: NodeFinding[] = [];
    const answer = question.answer;
    if (!answer) {
      if (question.closedWithoutAnswer) return findings; // closed, lapsed, requalified: no answer is expected
      if (question.cutOff) return findings; // the file stops before it: incomplete-page says so
      const anchor = question.fields.questionHeading ?? question.fields.number;
      if (!anchor) return findings; // not enough of a question to know (a fragment)
      const label = questionLabel(question);
      const message = question.answerRecordedOn
        ? msg('missingAnswer.noneRecorded', { question: label, date: isoOf(question.answerRecordedOn) ?? question.answerRecordedOn })
        : msg('missingAnswer.none', { question: label });
      findings.push(findingOn('missing-answer', anchor.node, message));
      return findings;
    }
    if (question.answerPlaceholder) {
      const heading = answer.heading?.fr ?? answer.heading?.nl ?? answer.node;
      findings.push(
        findingOn(
          'missing-answer',
          question.answerPlaceholder,
          question.answerRecordedOn
            ? msg('missingAnswer.placeholderRecorded', {
                question: questionLabel(question),
                date: isoOf(question.answerRecordedOn) ?? question.answerRecordedOn,
                text: excerpt(document, question.answerPlaceholder),
              })
            : msg('missingAnswer.placeholder', { question: questionLabel(question), text: excerpt(document, question.answerPlaceholder) }),
          [[heading, msg('missingAnswer.heading')]],
        ),
      );
      return findings;
    }
    for (const lang of ['fr', 'nl'] as const) {
      const part = answer[lang];
      if (!part) continue; // a whole language missing is a missing counterpart, not a missing answer
      const questionItems = questionItemsFor(question, lang);
      if (questionItems.length === 0) continue;
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
          const related: [Node, Msg][] = [[questionItem, msg('missingAnswer.relatedQuestion', { n, text: excerpt(document, questionItem) })]];
          const otherItems = unit.block ? (counterpartBlock?.items ?? []) : (other?.items ?? []);
          const answeredElsewhere = otherItems.find((item) => item.number === n);
          if (answeredElsewhere) {
            related.push([answeredElsewhere, msg('missingAnswer.relatedAnswer', { lang: otherLang(lang), n, text: excerpt(document, answeredElsewhere) })]);
          }
          const values = { lang, other: otherLang(lang), n, agency: unit.name ?? '', counterpart: counterpartBlock?.name ?? '' };
          // The decisive words first: a Problems view cuts long messages short.
          const message = unit.name
            ? msg(answeredElsewhere && unit.block && counterpartBlock ? 'missingAnswer.agencyElsewhere' : 'missingAnswer.agency', values)
            : msg(answeredElsewhere ? 'missingAnswer.wholeElsewhere' : 'missingAnswer.whole', values);
          findings.push(findingOn('missing-answer', unit.anchor, message, related));
        }
      }
    }
    return findings;
  },
};
