/** The document outline: question → sections → FR/NL parts → agency blocks → items. */
import { LANGUAGE_NAMES, type Lang } from '../model/language.js';
import type { AnswerPart, BilingualField, Column, FieldName, Node, ParsedDocument, Question, QuestionPart } from '../model/nodes.js';
import { describeLayout } from '../model/layout.js';
import { FIELD_KEYS, capitalized } from '../model/names.js';
import { render, t, type Locale } from '../l10n/index.js';
import { shorten, type Position, type Range } from '../model/text.js';

export type OutlineKind = 'question' | 'section' | 'language' | 'field' | 'agency' | 'item' | 'paragraph' | 'descriptor' | 'event';

export interface OutlineEntry {
  name: string;
  detail?: string;
  kind: OutlineKind;
  range: Range;
  selectionRange: Range;
  children: OutlineEntry[];
}

const NAME_LENGTH = 60;

export function outline(document: ParsedDocument, locale: Locale = 'en'): OutlineEntry[] {
  const text = document.text;
  const slice = (node: Node) => shorten(text.slice(node.start, node.end), NAME_LENGTH);
  const entry = (name: string, kind: OutlineKind, node: Node, children: OutlineEntry[] = [], detail?: string, selection?: Node): OutlineEntry => ({
    name: name.length > 0 ? name : t(locale, 'outline.empty'),
    kind,
    range: node.range,
    selectionRange: (selection ?? node).range,
    children,
    ...(detail ? { detail } : {}),
  });

  const languagePart = (lang: Lang, node: Node, children: OutlineEntry[], original: Lang | null) =>
    entry(LANGUAGE_NAMES[lang].own, 'language', node, children, original ? t(locale, original === lang ? 'outline.original' : 'outline.translation') : undefined);

  const field = (name: FieldName, value: BilingualField) => {
    const halves = [value.fr, value.nl].filter((half): half is Node => half !== null);
    return entry(capitalized(t(locale, FIELD_KEYS[name])), 'field', value.node, [], halves.map((half) => slice(half)).join(' · '), halves[0]);
  };

  const columns = <T extends { node: Node }>(list: readonly Column<T>[], kind: OutlineKind) =>
    list.map((column) =>
      entry(
        LANGUAGE_NAMES[column.lang].own,
        'language',
        column.node,
        column.entries.map((item) => entry(slice(item.node), kind, item.node)),
      ),
    );

  const questionPart = (part: QuestionPart, original: Lang | null) =>
    languagePart(
      part.lang,
      part.node,
      [...part.intro.map((node) => entry(slice(node), 'paragraph', node)), ...part.items.map((node) => entry(slice(node), 'item', node))],
      original,
    );

  const answerPart = (part: AnswerPart, original: Lang | null) =>
    languagePart(
      part.lang,
      part.node,
      [
        ...part.opening.map((node) => entry(slice(node), 'paragraph', node)),
        ...part.items.map((node) => entry(slice(node), 'item', node)),
        ...part.blocks.map((block) =>
          entry(
            shorten(block.name, NAME_LENGTH),
            'agency',
            block.node,
            [...block.paragraphs.map((node) => entry(slice(node), 'paragraph', node)), ...block.items.map((node) => entry(slice(node), 'item', node))],
            block.items.length > 0 ? t(locale, 'outline.answers', { count: block.items.length }) : undefined,
            block.heading,
          ),
        ),
      ],
      original,
    );

  return document.questions
    .map((question: Question) => {
      const sections: OutlineEntry[] = [];
      const headerFields = (['banner', 'session', 'date', 'number', 'author', 'addressee', 'title'] as const).flatMap((name) => {
        const value = question.fields[name];
        return value ? [field(name, value)] : [];
      });
      if (headerFields.length > 0) {
        // Fields in text order: a mangled page may put them in any order.
        headerFields.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
        const first = headerFields[0] as OutlineEntry;
        let end = first.range.end;
        for (const field of headerFields) {
          if (field.range.end.line > end.line || (field.range.end.line === end.line && field.range.end.character > end.character)) end = field.range.end;
        }
        sections.push({
          name: t(locale, 'outline.header'),
          kind: 'section',
          range: { start: first.range.start, end },
          selectionRange: first.selectionRange,
          children: headerFields,
        });
      }
      if (question.descriptors) {
        const lists = question.descriptors.node.children.filter((node) => node.kind === 'descriptorList');
        sections.push(
          entry(
            t(locale, 'outline.descriptors'),
            'section',
            question.descriptors.node,
            lists.map((list) =>
              languagePart(
                list.lang ?? 'fr',
                list,
                list.children.filter((node) => node.kind === 'descriptor').map((node) => entry(slice(node), 'descriptor', node)),
                null,
              ),
            ),
          ),
        );
      }
      if (question.timeline) sections.push(entry(t(locale, 'outline.timeline'), 'section', question.timeline.node, columns(question.timeline.columns, 'event')));
      // A column of cross-references is one row with its count, not a row a reference: eighteen
      // rows a column pushed the question and the answer out of sight (the editor lists them).
      if (question.crossReferences) {
        const referenceColumns = question.crossReferences.columns.map((column) =>
          entry(LANGUAGE_NAMES[column.lang].own, 'language', column.node, [], t(locale, 'outline.references', { count: column.entries.length })),
        );
        sections.push(entry(t(locale, 'outline.crossReferences'), 'section', question.crossReferences.node, referenceColumns));
      }
      const original = question.originalLanguage;
      if (question.questionText) {
        const { heading, fr, nl } = question.questionText;
        sections.push(
          entry(
            t(locale, 'outline.question'),
            'section',
            question.questionText.node,
            [...(fr ? [questionPart(fr, original)] : []), ...(nl ? [questionPart(nl, original)] : [])],
            original ? t(locale, 'outline.askedIn', { lang: original }) : undefined,
            heading?.node,
          ),
        );
      }
      if (question.answer) {
        const { heading, fr, nl } = question.answer;
        sections.push(
          entry(
            t(locale, 'outline.answer'),
            'section',
            question.answer.node,
            [...(fr ? [answerPart(fr, original)] : []), ...(nl ? [answerPart(nl, original)] : [])],
            undefined,
            heading?.node,
          ),
        );
      }
      const title = question.fields.title;
      const titleText = title?.[original ?? 'fr'] ?? title?.fr ?? title?.nl;
      // The question's own line is where it starts, its house banner: editors pin a symbol's
      // selection line in sticky scroll, and the number line there sat above the page's first line.
      const anchor = question.fields.banner ?? question.fields.number ?? question.fields.questionHeading;
      const layout = render(locale, describeLayout(document.layout));
      return entry(
        question.number ? t(locale, 'outline.questionNumbered', { number: question.number }) : t(locale, 'outline.question'),
        'question',
        question.node,
        sections,
        titleText ? `${shorten(text.slice(titleText.start, titleText.end), 120)} · ${layout}` : layout,
        anchor?.node,
      );
    })
    .map(withValidRanges);
}

function before(a: Position, b: Position): boolean {
  return a.line < b.line || (a.line === b.line && a.character < b.character);
}

/**
 * What an editor requires of a symbol tree, made true whatever the page: the selection inside the
 * range, children inside their parent, siblings in text order. A page whose pieces come in an
 * unusual order widens a range rather than breaking the whole outline (VS Code rejects it all).
 */
function withValidRanges(entry: OutlineEntry): OutlineEntry {
  // The entries are this call's own objects: they are mended in place, and sorted only when out of order.
  const children = entry.children;
  for (const child of children) withValidRanges(child);
  let sorted = true;
  for (let i = 1; i < children.length && sorted; i++) sorted = !before((children[i] as OutlineEntry).range.start, (children[i - 1] as OutlineEntry).range.start);
  if (!sorted) children.sort((a, b) => (before(a.range.start, b.range.start) ? -1 : before(b.range.start, a.range.start) ? 1 : 0));
  let { start, end } = entry.range;
  const widen = (range: Range) => {
    if (before(range.start, start)) start = range.start;
    if (before(end, range.end)) end = range.end;
  };
  widen(entry.selectionRange);
  for (const child of children) widen(child.range);
  if (start !== entry.range.start || end !== entry.range.end) entry.range = { start, end };
  return entry;
}
