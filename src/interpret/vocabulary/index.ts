/**
 * Every Vietnamese (and English) word the interpreter recognises lives under vocabulary/, one
 * file per concern. Code elsewhere matches against these lists and never spells a Vietnamese
 * word itself.
 */
export * from './headers.js';
export * from './statuses.js';
export * from './words.js';
export * from './units.js';
export * from './dossier-headers.js';
export * from './dossier-values.js';
export * from './feedback-headers.js';
export * from './successors.js';
export * from './sectors.js';
export * from './placeholders.js';
