import { LANGUAGE_NAMES, otherLang, type Lang } from '../model/language.js';
import { FIELD_NAMES } from '../model/names.js';
import type { Node, ParsedDocument, Question } from '../model/nodes.js';
import { excerpt, isOwedAnswerItem, questionLabel } from '../model/answers.js';
import { repeatedReferences } from '../model/references.js';
import { findingOn, type Check, type NodeFinding } from './types.js';

/** What is missing, said first (a Problems view cuts long messages short), then which piece lacks it. */
function describe(document: ParsedDocument, node: Node, parent: Node | null, other: string): string {
  const quoted = `"${excerpt(document, node, 60)}"`;
  switch (node.kind) {
    case 'fieldHalf':
      return `No ${other} half for the ${FIELD_NAMES[node.field ?? 'title']} ${quoted}.`;
    case 'descriptor':
      return `No ${other} counterpart for descriptor ${quoted}: the two descriptor lists differ in length.`;
    case 'descriptorList':
      return `No ${other} list of descriptors.`;
    case 'timelineColumn':
      return `No ${other} column in the timeline.`;
    case 'timelineEvent':
      return `No counterpart in the ${other} column for timeline entry ${quoted}.`;
    case 'referenceColumn':
      return `No ${other} column of cross-references.`;
    case 'crossReference':
      return `No counterpart in the ${other} column for cross-reference ${quoted}.`;
    case 'questionPart':
      return `No ${other} text of the question.`;
    case 'introParagraph':
      return `No ${other} counterpart for paragraph ${quoted} of the question.`;
    case 'questionItem':
      return `No ${other} counterpart for question item ${node.number ?? ''}.`;
    case 'answerPart':
      return `No ${other} text of the answer.`;
    case 'openingParagraph':
      return `No ${other} counterpart for paragraph ${quoted} of the answer.`;
    case 'agencyBlock':
      return `No ${other} counterpart for the answer of "${agencyName(document, node)}": no ${other} agency block matches it.`;
    case 'agencyParagraph':
      return `No ${other} counterpart for paragraph ${quoted} of "${parent ? agencyName(document, parent) : ''}".`;
    case 'answerItem':
      return parent?.kind === 'agencyBlock'
        ? `No ${other} counterpart for answer ${node.number ?? ''} of "${agencyName(document, parent)}".`
        : `No ${other} counterpart for answer ${node.number ?? ''}.`;
    default:
      return `No ${other} counterpart for ${quoted}.`;
  }
}

function agencyName(document: ParsedDocument, block: Node): string {
  const heading = block.children.find((child) => child.kind === 'agencyHeading');
  return heading ? excerpt(document, heading, 60) : '';
}

export const missingCounterpart: Check = {
  code: 'missing-counterpart',
  defaultSeverity: 'error',
  description: 'A French piece with no Dutch counterpart, or the reverse: a field half, a descriptor, an item, an agency block, a whole text.',
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
    const cut = question.cutOff;
    const cutSection = cut?.section === 'question' ? question.questionText?.node : cut?.section === 'answer' ? question.answer?.node : undefined;
    if (cut) {
      // Cut in the header: only the fields above the cut are known to be whole.
      const kept = missing.filter(({ node }) => (cutSection ? node.end <= cutSection.start : node.kind === 'fieldHalf' && node.end < cut.start));
      missing.length = 0;
      missing.push(...kept);
      if (missing.length === 0) return findings;
    }

    const singleLanguage = singleLanguageOf(question);
    if (singleLanguage) {
      const anchor = question.fields.questionHeading ?? question.fields.number ?? question.fields.banner;
      const other = LANGUAGE_NAMES[otherLang(singleLanguage)].en;
      findings.push(
        findingOn(
          'missing-counterpart',
          anchor?.node ?? question.node,
          `${questionLabel(question)} is in ${LANGUAGE_NAMES[singleLanguage].en} only: the ${other} text is missing throughout (${missing.length} pieces).`,
        ),
      );
      return findings;
    }
    for (const { node, parent } of missing) {
      const lang: Lang = node.lang ?? 'fr';
      findings.push(findingOn('missing-counterpart', headOf(node), describe(document, node, parent, LANGUAGE_NAMES[otherLang(lang)].en)));
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
