import { describeLayout, isReadable } from '../model/layout.js';
import { msg } from '../l10n/index.js';
import type { Check, DocumentFinding } from './types.js';

export const notAQuestionPage: Check = {
  code: 'not-a-question-page',
  defaultSeverity: 'information',
  document(document) {
    const findings: DocumentFinding[] = [];
    const { layout, text } = document;
    // An empty file is a page not yet written, not a foreign one.
    if (isReadable(layout) || !/\S/.test(text)) return findings;
    // The first line with text on it, so that the note sits where the reader starts.
    const start = Math.max(0, text.search(/\S/));
    const lineEnd = text.slice(start).search(/[\r\n]/);
    const end = lineEnd < 0 ? text.length : start + lineEnd;
    const message = layout.kind === 'chamber' ? msg('foreign.layout', { layout: describeLayout(layout) }) : msg('foreign.none');
    findings.push({ code: 'not-a-question-page', range: document.lineIndex.rangeOf(start, end), message, related: [] });
    return findings;
  },
};
