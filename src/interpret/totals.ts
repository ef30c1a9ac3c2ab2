/**
 * SPEC §4.4: a table's own `Tổng cộng` / `Cộng` row (or a group's subtotal row) compared with
 * the sums of the rows that were counted, column by column. A mismatch is a warning naming the
 * column, both numbers and the row; it never changes a figure (the rows are the data).
 * Generic: any table with numeric columns can be checked.
 */
import type { Issue } from '../model/issue.js';
import { issue } from '../i18n/issues.js';
import type { RawRow } from '../read/raw-table.js';
import { ownCell } from '../read/raw-table.js';
import type { HeaderColumn } from './header-match.js';
import type { ClassifiedRow } from './rows.js';
import { cellNumber } from './values.js';

export interface TableWhere {
  file: string;
  sheet?: string | undefined;
}

/** The number in a row's cell of a column; null when blank or not a number. */
export function numberAt(row: RawRow, column: HeaderColumn): number | null {
  const parsed = cellNumber(ownCell(row.cells[column.index], row.row));
  return parsed?.ok ? parsed.value.value : null;
}

const sums = (rows: readonly RawRow[], column: HeaderColumn) => rows.reduce((s, r) => s + (numberAt(r, column) ?? 0), 0);

/**
 * One total row against the rows it should sum. `alternatives` are other row sets it may sum
 * instead (a last `Tổng cộng` after subtotals sums everything; one after a single group, that group).
 */
export function checkTotalRow(
  where: TableWhere,
  total: RawRow,
  rows: readonly RawRow[],
  columns: readonly HeaderColumn[],
  /** The label of a subtotal row (`Cộng cấp xã`); absent for a grand total. */
  subtotal: string | null,
  alternatives: readonly (readonly RawRow[])[] = [],
): Issue[] {
  const issues: Issue[] = [];
  for (const column of columns) {
    const stated = numberAt(total, column);
    if (stated === null) continue;
    const computed = sums(rows, column);
    if (near(stated, computed) || alternatives.some((alt) => near(stated, sums(alt, column)))) continue;
    const row = subtotal === null ? ({ row: 'total' } as const) : ({ row: 'subtotal', label: subtotal } as const);
    issues.push(issue('total-mismatch', { ...where, row: total.row, column: column.letter }, { ...row, column: column.letter, header: column.text, stated, computed }, { value: String(stated) }));
  }
  return issues;
}

function near(a: number, b: number): boolean {
  return Math.abs(a - b) < 1e-6 * Math.max(1, Math.abs(a), Math.abs(b));
}

/**
 * Every row classified `total` against the counted rows above it: the rows since the previous
 * total row (a subtotal), or all counted rows so far (the grand total).
 */
export function checkTableTotals(where: TableWhere, rows: readonly ClassifiedRow[], counted: ReadonlySet<RawRow>, columns: readonly HeaderColumn[]): Issue[] {
  const issues: Issue[] = [];
  const all: RawRow[] = [];
  let segment: RawRow[] = [];
  const totals = rows.filter((r) => r.kind === 'total');
  for (const row of rows) {
    if (counted.has(row.raw)) {
      all.push(row.raw);
      segment.push(row.raw);
    } else if (row.kind === 'total') {
      const last = row === totals[totals.length - 1];
      const [main, other] = last ? [all, segment] : [segment, all];
      issues.push(...checkTotalRow(where, row.raw, main, columns, null, [other]));
      segment = [];
    }
  }
  return issues;
}
