/** One cell of a view as display text, formatted by its column's kind and the language. */
import type { CellValue, ColumnKind, TableView, ViewColumn, ViewRow } from './views.js';
import { absentMark, formatDate, formatInteger, formatNumber, formatPercent } from './format.js';
import { type Lang } from '../model/lang.js';

export function displayCell(value: CellValue, kind: ColumnKind, lang: Lang, absent = false): string {
  if (value === null && absent) return absentMark;
  if (value === null || value === '') return '';
  switch (kind) {
    case 'integer':
      return typeof value === 'number' ? formatInteger(value, lang) : String(value);
    case 'number':
      return typeof value === 'number' ? formatNumber(value, lang) : String(value);
    case 'percent':
      return typeof value === 'number' ? formatPercent(value, lang) : String(value);
    case 'date':
      return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? formatDate(value, lang) : String(value);
    case 'text':
      return String(value);
  }
}

/**
 * The values of a view's total row: sums, and rates over the rows that report both their parts
 * (or compute's, `totalRates`, where the rows are totals themselves). A column of a measure that
 * some rows do not report sums the rows that do (null when none does).
 */
export function totalRow(view: TableView): Record<string, number | null> {
  const totals: Record<string, number | null> = {};
  const num = (r: TableView['rows'][number], key: string) => (typeof r.values[key] === 'number' ? (r.values[key] as number) : null);
  for (const col of view.columns) {
    if (col.total !== 'sum') continue;
    const known = view.rows.map((r) => num(r, col.key)).filter((v): v is number => v !== null);
    totals[col.key] = col.absent && known.length === 0 ? null : known.reduce((s, v) => s + v, 0);
  }
  for (const col of view.columns) {
    if (!col.total || col.total === 'sum') continue;
    totals[col.key] = view.totalRates?.[col.key] !== undefined ? view.totalRates[col.key]! : rateOverRows(view.rows, col);
  }
  return totals;
}

/**
 * A rate column's total over the rows that report both its parts, as compute takes a rate (and
 * as the workbook's SUMIFS formula recomputes it); null when no row does or the denominator is 0.
 */
export function rateOverRows(rows: readonly ViewRow[], col: ViewColumn): number | null {
  if (!col.total || col.total === 'sum') return null;
  const [a, b, less] = col.total.rateOf;
  const num = (r: ViewRow, key: string) => (typeof r.values[key] === 'number' ? (r.values[key] as number) : 0);
  const both = rows.filter((r) => reportsBothParts(r, col));
  const den = both.reduce((s, r) => s + num(r, b) - (less ? num(r, less) : 0), 0);
  return both.length === 0 || den === 0 ? null : both.reduce((s, r) => s + num(r, a), 0) / den;
}

/** Whether a row gives both parts of a rate column as numbers (a `—` is a part not reported). */
export function reportsBothParts(row: ViewRow, col: ViewColumn): boolean {
  if (!col.total || col.total === 'sum') return false;
  const [a, b] = col.total.rateOf;
  return typeof row.values[a] === 'number' && typeof row.values[b] === 'number';
}

/** Whether some row of the view does not report a part of a rate column (its total is then over the others). */
export function partialRate(view: TableView, col: ViewColumn): boolean {
  return view.rows.some((r) => !reportsBothParts(r, col));
}
