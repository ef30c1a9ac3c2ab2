/**
 * SPEC §4.4: a table's own `Tổng cộng` / `Cộng` row (or a group's subtotal row) compared with
 * the sums of the rows that were counted, column by column. A mismatch is a warning naming the
 * column, both numbers and the row; it never changes a figure (the rows are the data).
 * Generic: any table with numeric columns can be checked.
 */
import type { Issue } from '../model/issue.js';
import { issue } from '../i18n/issues.js';
import type { RawRow } from '../read/raw-table.js';
import { cellText, ownCell } from '../read/raw-table.js';
import { fold } from '../model/text.js';
import { grandTotalWords, subtotalGroupWords } from './vocabulary/index.js';
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

/** The columns where the total row states a number that is not the sum of `rows`. */
function mismatches(total: RawRow, rows: readonly RawRow[], columns: readonly HeaderColumn[]) {
  const out: { column: HeaderColumn; stated: number; computed: number }[] = [];
  for (const column of columns) {
    const stated = numberAt(total, column);
    if (stated === null) continue;
    const computed = sums(rows, column);
    if (!near(stated, computed)) out.push({ column, stated, computed });
  }
  return out;
}

/**
 * One total row against the groups of rows it may sum (its own group first). It matches when
 * one group gives every figure it states; otherwise one warning for the row — never one per cell
 * — naming each column against the first group. Never changes a figure: the rows are the data.
 */
export function checkTotalRow(
  where: TableWhere,
  total: RawRow,
  rows: readonly RawRow[],
  columns: readonly HeaderColumn[],
  /** A grand total, or a subtotal (with its label when it has one: `Cộng cấp xã`). */
  what: { row: 'total' | 'subtotal'; label?: string },
  alternatives: readonly (readonly RawRow[])[] = [],
): Issue[] {
  const groups = [rows, ...alternatives].filter((g, i) => i === 0 || g.length > 0);
  const results = groups.map((g) => mismatches(total, g, columns));
  if (results.some((m) => m.length === 0)) return [];
  const diff = results[0]!;
  const columnsOff = diff.map((d) => ({ column: d.column.letter, header: d.column.text, stated: d.stated, computed: d.computed }));
  return [issue('total-mismatch', { ...where, row: total.row, column: diff[0]!.column.letter }, { ...what, columns: columnsOff }, { value: String(diff[0]!.stated) })];
}

function near(a: number, b: number): boolean {
  return Math.abs(a - b) < 1e-6 * Math.max(1, Math.abs(a), Math.abs(b));
}

/**
 * Every row classified `total` against the counted rows it may sum, wherever it stands (SPEC
 * §4.4): a grand total (`Tổng cộng`, `Tổng số`) at the top or the bottom sums the whole table (or
 * what is above it); a subtotal (`Cộng`, `Cộng cấp xã`) sums its own group only — the rows
 * just above it, just below it (a total written first), or its section's.
 */
export function checkTableTotals(where: TableWhere, rows: readonly ClassifiedRow[], counted: ReadonlySet<RawRow>, columns: readonly HeaderColumn[]): Issue[] {
  const issues: Issue[] = [];
  const all = rows.filter((r) => counted.has(r.raw)).map((r) => r.raw);
  rows.forEach((row, i) => {
    if (row.kind !== 'total') return;
    const grand = isGrandTotal(row.raw);
    const above = run(rows, i, -1, counted);
    const below = run(rows, i, 1, counted);
    const section = row.area === undefined ? [] : rows.filter((r) => r.area === row.area && counted.has(r.raw)).map((r) => r.raw);
    const before = rows.slice(0, i).filter((r) => counted.has(r.raw)).map((r) => r.raw);
    const groups = grand ? [all, before, above, below, section] : [above, below, section];
    const own = groups.find((g) => g.length > 0) ?? [];
    issues.push(...checkTotalRow(where, row.raw, own, columns, { row: grand ? 'total' : 'subtotal' }, groups));
  });
  return issues;
}

/** The counted rows next to row `i` going one way, up to a section, heading or another total. */
function run(rows: readonly ClassifiedRow[], i: number, step: 1 | -1, counted: ReadonlySet<RawRow>): RawRow[] {
  const out: RawRow[] = [];
  for (let j = i + step; j >= 0 && j < rows.length; j += step) {
    const r = rows[j]!;
    if (r.kind === 'total' || r.kind === 'section' || r.kind === 'footer') break;
    if (counted.has(r.raw)) out.push(r.raw);
  }
  return out;
}

const foldedGrand = grandTotalWords.map(fold);
const foldedGroupWords = subtotalGroupWords.map(fold);

/** `Tổng cộng`, `Tổng số`, `Toàn tỉnh`: the whole table; `Cộng`, `Cộng cấp xã`, `Tổng cộng khối huyện`: a group. */
function isGrandTotal(row: RawRow): boolean {
  return row.cells.slice(0, 4).some((c) => {
    const f = fold(cellText(ownCell(c, row.row)));
    const word = foldedGrand.find((w) => f === w || f.startsWith(`${w} `));
    return word !== undefined && !foldedGroupWords.includes(f.slice(word.length + 1).split(' ')[0] ?? '');
  });
}
