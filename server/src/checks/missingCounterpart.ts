import { otherLang, type Lang } from '../model/language.js';
import { FIELD_KEYS } from '../model/names.js';
import { msg, type Msg } from '../l10n/index.js';
import type { Node, ParsedDocument, Question } from '../model/nodes.js';
import { excerpt, isOwedAnswerItem, questionLabel } from '../model/answers.js';
import { repeatedReferences } from '../model/references.js';
import { pastTheCut } from '../model/question.js';
import { findingOn, type Check, type NodeFinding } from './types.js';

/** What is missing, said first (a Problems view cuts long messages short), then which piece lacks it. */
function describe(document: ParsedDocument, node: Node, parent: Node | null, other: Lang): Msg {
  const text = excerpt(document, node, 60);
  switch (node.kind) {
    case 'fieldHalf':
      return msg('counterpart.fieldHalf', { other, field: msg(FIELD_KEYS[node.field ?? 'title']), text });
    case 'descriptor':
      return msg('counterpart.descriptor', { other, text });
    case 'descriptorList':
      return msg('counterpart.descriptorList', { other });
    case 'timelineColumn':
      return msg('counterpart.timelineColumn', { other });
    case 'timelineEvent':
      return msg('counterpart.timelineEvent', { other, text });
    case 'referenceColumn':
      return msg('counterpart.referenceColumn', { other });
    case 'crossReference':
      return msg('counterpart.crossReference', { other, text });
    case 'questionPart':
      return msg('counterpart.questionPart', { other });
    case 'introParagraph':
      return msg('counterpart.introParagraph', { other, text });
    case 'questionItem':
      return msg('counterpart.questionItem', { other, n: node.number ?? '' });
    case 'answerPart':
      return msg('counterpart.answerPart', { other });
    case 'openingParagraph':
      return msg('counterpart.openingParagraph', { other, text });
    case 'agencyBlock':
      return msg('counterpart.agencyBlock', { other, agency: agencyName(document, node) });
    case 'agencyParagraph':
      return msg('counterpart.agencyParagraph', { other, text, agency: parent ? agencyName(document, parent) : '' });
    case 'answerItem':
      return parent?.kind === 'agencyBlock'
        ? msg('counterpart.agencyAnswerItem', { other, n: node.number ?? '', agency: agencyName(document, parent) })
        : msg('counterpart.answerItem', { other, n: node.number ?? '' });
    default:
      return msg('counterpart.piece', { other, text });
  }
}

function agencyName(document: ParsedDocument, block: Node): string {
  const heading = block.children.find((child) => child.kind === 'agencyHeading');
  return heading ? excerpt(document, heading, 60) : '';
}

export const missingCounterpart: Check = {
  code: 'missing-counterpart',
  defaultSeverity: 'error',
  question(document, question) {
    const findings: NodeFinding[] = [];
    const missing: { node: Node; parent: Node | null }[] = [];
    // A reference listed again is duplicate-reference's: it has no counterpart of its own to miss.
    const repeats = new Set([...repeatedReferences(question).keys()].map((reference) => reference.node));
    // Report the largest piece that lacks a counterpart, not every piece inside it.
    const visit = (node: Node, parent: Node | null) => {
      if (node.counterpart === null) {
        // An owed answer item is missing-answer's: it names the agency and the item, and saying it
        // twice would only be noise.
        if (!isOwedAnswerItem(question, node, parent) && !repeats.has(node)) missing.push({ node, parent });
        return;
      }
      for (const child of node.children) visit(child, node);
    };
    visit(question.node, null);
    if (missing.length === 0) return findings;
    // Where the file stops part-way, what lies beyond the cut is unknown, not missing.
    if (question.cutOff) {
      const kept = missing.filter(({ node }) => !pastTheCut(question, node));
      missing.length = 0;
      missing.push(...kept);
      if (missing.length === 0) return findings;
    }

    const singleLanguage = singleLanguageOf(question);
    if (singleLanguage) {
      const anchor = question.fields.questionHeading ?? question.fields.number ?? question.fields.banner;
      findings.push(
        findingOn(
          'missing-counterpart',
          anchor?.node ?? question.node,
          msg('counterpart.singleLanguage', { question: questionLabel(question), lang: singleLanguage, other: otherLang(singleLanguage), count: missing.length }),
        ),
      );
      return findings;
    }
    for (const { node, parent } of missing) {
      const lang: Lang = node.lang ?? 'fr';
      findings.push(findingOn('missing-counterpart', headOf(node), describe(document, node, parent, otherLang(lang))));
    }
    return findings;
  },
};

/** A page in one language only: the question and answer texts exist on one side and not the other. */
function singleLanguageOf(question: Question): Lang | null {
  for (const lang of ['fr', 'nl'] as const) {
    const other = otherLang(lang);
    const hasOwn = !!(question.questionText?.[lang] || question.answer?.[lang]);
    const hasOther = !!(question.questionText?.[other] || question.answer?.[other] || question.fields.questionHeading?.[other]);
    if (hasOwn && !hasOther) return lang;
  }
  return null;
}

/** A block's first piece is enough to point at: squiggling a whole missing answer helps nobody. */
function headOf(node: Node): Node {
  const first = node.children.find((child) => child.kind !== 'trivia');
  return first && node.children.length > 1 ? first : node;
}
