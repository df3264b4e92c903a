/** The model's public face: parse text, walk the result, look up a position. */
export { parseDocument, reparse } from './parse.js';
export { pieceAt, type PieceAt } from './lookup.js';
export { walk } from './tree.js';
export { LineIndex, type Position, type Range } from './text.js';
export { LANGUAGE_NAMES, otherLang, type Lang, type LanguageGuess } from './language.js';
export type * from './nodes.js';
