import { shorten } from '../model/text.js';
import { findingOn, type Check } from './types.js';

export const unrecognizedText: Check = {
  code: 'unrecognized-text',
  defaultSeverity: 'warning',
  description: 'Text that does not fit the layout of a question page (outside any question, or a stray line in the header).',
  document(document) {
    return document.unrecognized.map((node) =>
      findingOn('unrecognized-text', node, `Text not recognised as part of a question page: "${shorten(document.text.slice(node.start, node.end), 60)}".`),
    );
  },
};
