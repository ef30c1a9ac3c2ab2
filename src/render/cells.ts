/** One cell of a view as display text, formatted by its column's kind and the language. */
import type { CellValue, ColumnKind, TableView } from './views.js';
import { formatDate, formatInteger, formatNumber, formatPercent, type Lang } from './format.js';

export function displayCell(value: CellValue, kind: ColumnKind, lang: Lang): string {
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

/** The values of a view's total row: sums, and rates recomputed from the summed columns. */
export function totalRow(view: TableView): Record<string, number | null> {
  const totals: Record<string, number | null> = {};
  for (const col of view.columns) {
    if (col.total === 'sum') totals[col.key] = view.rows.reduce((s, r) => s + (typeof r.values[col.key] === 'number' ? (r.values[col.key] as number) : 0), 0);
  }
  for (const col of view.columns) {
    if (col.total && col.total !== 'sum') {
      const [a, b] = col.total.rateOf;
      const den = totals[b] ?? 0;
      totals[col.key] = den === 0 ? null : (totals[a] ?? 0) / den;
    }
  }
  return totals;
}
