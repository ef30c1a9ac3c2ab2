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

const foldedAliasCache = new WeakMap<readonly string[], string[]>();
function foldedAliases(aliases: readonly string[]): string[] {
  let f = foldedAliasCache.get(aliases);
  if (!f) {
    f = aliases.map(fold);
    foldedAliasCache.set(aliases, f);
  }
  return f;
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

export function aliasScore(forms: readonly string[], alias: string): number {
  let best = 0;
  for (const form of forms) {
    if (form === alias) best = Math.max(best, 1000 + alias.length);
    else if (alias.length >= 4 && form.startsWith(`${alias} `)) best = Math.max(best, 500 + alias.length);
    else if (alias.length >= 6 && ` ${form} `.includes(` ${alias} `)) best = Math.max(best, 200 + alias.length);
  }
  return best;
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

/** How well one header column fits one field (0 = not at all). */
export function fieldScore(column: HeaderColumn, def: FieldDef): number {
  const aliases = foldedAliases(def.aliases);
  let best = 0;
  const { childForms, wholeForms, parentForms } = columnForms(column);
  for (const alias of aliases) {
    best = Math.max(best, aliasScore(childForms, alias), aliasScore(wholeForms, alias), Math.floor(aliasScore(parentForms, alias) / 4));
  }
  if (def.statusTicks && best === 0 && isStatusColumnName(column.parts[column.parts.length - 1] ?? '')) best = tickScore;
  return best;
}

export function matchColumns(columns: readonly HeaderColumn[], defs: readonly FieldDef[]): ColumnMatch {
  const candidates: Candidate[] = [];
  defs.forEach((def, fieldOrder) => {
    for (const column of columns) {
      const score = fieldScore(column, def);
      if (score > 0) candidates.push({ column, field: def.field, fieldOrder, score });
    }
  });
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
