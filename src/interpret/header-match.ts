/**
 * Assigning header columns to the fields of a data kind. Each column is compared with every
 * alias (folded): an exact match beats a match at the start of the header, which beats a match
 * inside it; a longer alias beats a shorter one; short aliases (`TT`, `Mã`) only match exactly.
 * Columns and fields are then paired greedily, best score first, each used once — so in
 * `Tên chỉ tiêu | Chỉ tiêu` the second column is the target, and in `Chỉ tiêu | Kế hoạch` the
 * first is the title.
 */
import type { FieldDef } from './vocabulary/index.js';
import { fold } from '../model/text.js';
import { isStatusColumnName } from './status.js';

export interface HeaderColumn {
  index: number;
  letter: string;
  /** Header texts from the top header row down, merged duplicates removed. */
  parts: string[];
  /** The parts joined with ` / `, for display. */
  text: string;
}

export interface ColumnMatch {
  fields: Map<string, HeaderColumn>;
  missing: string[];
  score: number;
}

interface Candidate {
  column: HeaderColumn;
  field: string;
  fieldOrder: number;
  score: number;
}

/** The folded forms a header can be matched by: as written, without parentheses, years as `nam`. */
export function headerForms(text: string): string[] {
  const base = fold(text);
  const noParens = fold(text.replace(/\([^)]*\)/g, ' '));
  const forms = new Set([base, noParens]);
  for (const f of [...forms]) forms.add(f.replace(/\b(nam )?(19|20)\d{2}\b/g, 'nam').replace(/\s+/g, ' ').trim());
  forms.delete('');
  return [...forms];
}

/**
 * Every alias of a list of fields, folded, with the fields that list it. A header is scored by
 * looking up its runs of words here — as many lookups as the header has runs of up to
 * `maxWords` words — instead of comparing it with each of the ~460 aliases: a sheet's first 20
 * rows are scored against every field, and that comparison was a fifth of a summary's CPU.
 */
interface AliasIndex {
  fieldsByAlias: Map<string, number[]>;
  maxWords: number;
}

const indexes = new WeakMap<readonly FieldDef[], AliasIndex>();
function aliasIndex(defs: readonly FieldDef[]): AliasIndex {
  let index = indexes.get(defs);
  if (!index) {
    const fieldsByAlias = new Map<string, number[]>();
    let maxWords = 0;
    defs.forEach((def, position) => {
      for (const alias of def.aliases) {
        const folded = fold(alias);
        if (folded === '') continue;
        const listed = fieldsByAlias.get(folded);
        if (!listed) fieldsByAlias.set(folded, [position]);
        else if (!listed.includes(position)) listed.push(position);
        maxWords = Math.max(maxWords, folded.split(' ').length);
      }
    });
    index = { fieldsByAlias, maxWords };
    indexes.set(defs, index);
  }
  return index;
}

/**
 * The score of an alias found as the words `from`..`to` of a form of `wordCount` words: the
 * whole form 1000, its start 500 (aliases of 4+ characters), inside it 200 (6+); a longer
 * alias beats a shorter one. 0: short aliases (`TT`, `Mã`) count only as the whole form.
 */
function spanScore(alias: string, from: number, to: number, wordCount: number): number {
  if (from === 0 && to === wordCount - 1) return 1000 + alias.length;
  if (from === 0 && alias.length >= 4) return 500 + alias.length;
  if (alias.length >= 6) return 200 + alias.length;
  return 0;
}

/** Raises `best[i]` to the score of field i's best alias among the forms, divided by `divisor`. */
function scoreForms(forms: readonly string[], index: AliasIndex, best: number[], divisor: number): void {
  for (const form of forms) {
    const words = form.split(' ');
    for (let from = 0; from < words.length; from++) {
      let span = '';
      for (let to = from; to < words.length && to - from < index.maxWords; to++) {
        span = to === from ? words[from]! : `${span} ${words[to]}`;
        const fields = index.fieldsByAlias.get(span);
        if (!fields) continue;
        const score = Math.floor(spanScore(span, from, to, words.length) / divisor);
        for (const field of fields) if (score > best[field]!) best[field] = score;
      }
    }
  }
}

/** Below a name met inside a header (200+): a column of ticks is the status only when nothing names one. */
const tickScore = 100;

const formsCache = new WeakMap<HeaderColumn, { childForms: string[]; wholeForms: string[]; parentForms: string[] }>();

/** A column's folded forms, once per column: it is scored against every field (a 16.384-column row took seconds). */
function columnForms(column: HeaderColumn) {
  let forms = formsCache.get(column);
  if (!forms) {
    const parent = column.parts.length > 1 ? column.parts[0]! : null;
    forms = {
      childForms: headerForms(column.parts[column.parts.length - 1] ?? ''),
      wholeForms: column.parts.length > 1 ? headerForms(column.parts.join(' ')) : [],
      parentForms: parent ? headerForms(parent) : [],
    };
    formsCache.set(column, forms);
  }
  return forms;
}

/**
 * How well one header column fits each of `defs` (0 = not at all), in their order. The column's
 * own header (the lowest part) and all its parts together count in full; the parent header
 * alone a quarter.
 */
export function fieldScores(column: HeaderColumn, defs: readonly FieldDef[]): number[] {
  const index = aliasIndex(defs);
  const best = defs.map(() => 0);
  const { childForms, wholeForms, parentForms } = columnForms(column);
  scoreForms(childForms, index, best, 1);
  scoreForms(wholeForms, index, best, 1);
  scoreForms(parentForms, index, best, 4);
  defs.forEach((def, i) => {
    if (def.statusTicks && best[i] === 0 && isStatusColumnName(column.parts[column.parts.length - 1] ?? '')) best[i] = tickScore;
  });
  return best;
}

const oneField = new WeakMap<FieldDef, readonly FieldDef[]>();

/** How well one header column fits one field (0 = not at all). */
export function fieldScore(column: HeaderColumn, def: FieldDef): number {
  let defs = oneField.get(def);
  if (!defs) oneField.set(def, (defs = [def]));
  return fieldScores(column, defs)[0]!;
}

export function matchColumns(columns: readonly HeaderColumn[], defs: readonly FieldDef[]): ColumnMatch {
  const candidates: Candidate[] = [];
  for (const column of columns) {
    fieldScores(column, defs).forEach((score, fieldOrder) => {
      if (score > 0) candidates.push({ column, field: defs[fieldOrder]!.field, fieldOrder, score });
    });
  }
  candidates.sort((a, b) => b.score - a.score || a.column.index - b.column.index || a.fieldOrder - b.fieldOrder);
  const fields = new Map<string, HeaderColumn>();
  const usedColumns = new Set<number>();
  let score = 0;
  for (const c of candidates) {
    if (fields.has(c.field) || usedColumns.has(c.column.index)) continue;
    fields.set(c.field, c.column);
    usedColumns.add(c.column.index);
    score += c.score;
  }
  const missing = defs.filter((d) => d.required && !fields.has(d.field)).map((d) => d.field);
  // An anyOf group with none of its fields present is missing as its first field.
  for (const def of defs) {
    if (def.anyOf === undefined || missing.includes(def.field)) continue;
    const group = defs.filter((d) => d.anyOf === def.anyOf);
    if (group[0] === def && !group.some((d) => fields.has(d.field))) missing.push(def.field);
  }
  return { fields, missing, score };
}
