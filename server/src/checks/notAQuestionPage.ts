import { describeLayout, isReadable } from '../model/layout.js';
import type { Check, Finding } from './types.js';

export const notAQuestionPage: Check = {
  code: 'not-a-question-page',
  defaultSeverity: 'information',
  description: 'The file is not a Senate question page (no question number, question heading or answer heading), or is in a layout parlq does not read: nothing in it is checked.',
  document(document) {
    const findings: Finding[] = [];
    const { layout, text } = document;
    // An empty file is a page not yet written, not a foreign one.
    if (isReadable(layout) || !/\S/.test(text)) return findings;
    // The first line with text on it, so that the note sits where the reader starts.
    const start = Math.max(0, text.search(/\S/));
    const lineEnd = text.slice(start).search(/[\r\n]/);
    const end = lineEnd < 0 ? text.length : start + lineEnd;
    const message =
      layout.kind === 'chamber'
        ? `This is a ${describeLayout(layout)}, a layout parlq does not read yet: nothing in it was checked.`
        : 'This file is not a Senate question page (it has no question number, question heading or answer heading): nothing in it was checked.';
    findings.push({ code: 'not-a-question-page', range: document.lineIndex.rangeOf(start, end), message, related: [] });
    return findings;
  },
};
