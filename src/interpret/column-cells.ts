/**
 * A header's meaning decided by its cells (SPEC §2.1). `Thời gian`, `Hạn`, `Tiến độ` or
 * `Kết quả thực hiện` could each name two fields: dates or periods below make the column the
 * deadline, status words the status, percents the progress; when the cells say none of these,
 * a warning names the column. And a task table whose lead column has a name outside the list is
 * still read when its cells are unit names (`Sở …`, `UBND huyện …`): real tracker exports name
 * that column as they like.
 */
import type { RawRow } from '../read/raw-table.js';
import { cellText, ownCell } from '../read/raw-table.js';
import type { ColumnMatch, HeaderColumn } from './header-match.js';
import { fold, tidy } from '../model/text.js';
import { readStatus } from './status.js';
import { levelFromName, leadUnitOf } from './units.js';
import { cellDeadline, cellNumber } from './values.js';
import { ambiguousTaskHeaders } from './vocabulary/index.js';

export type CellMeaning = 'deadline' | 'status' | 'progress';

const ambiguous = new Set(ambiguousTaskHeaders.map(fold));
const ownName = (c: HeaderColumn) => fold((c.parts[c.parts.length - 1] ?? '').replace(/\([^)]*\)/g, ' '));

/** What most of the column's filled cells are (three in four), or null when they do not agree. */
export function meaningOfCells(rows: readonly RawRow[], column: HeaderColumn, date1904 = false): CellMeaning | null {
  const counts = { deadline: 0, status: 0, progress: 0 };
  let filled = 0;
  for (const row of rows) {
    const cell = ownCell(row.cells[column.index], row.row);
    const text = tidy(cellText(cell));
    if (!cell || text === '') continue;
    filled++;
    const number = cellNumber(cell);
    const status = readStatus(text);
    if (number?.ok && (number.value.percent || number.value.value <= 100)) counts.progress++;
    else if (status && status.status !== 'not_reported') counts.status++;
    else if (cellDeadline(cell, date1904)?.ok) counts.deadline++;
  }
  if (filled === 0) return null;
  const [best, n] = (Object.entries(counts) as [CellMeaning, number][]).reduce((a, b) => (b[1] > a[1] ? b : a));
  return n * 4 >= filled * 3 ? best : null;
}

/**
 * Reassigns the columns with a two-way name by their cells. Returns the columns whose cells
 * decide nothing (to be warned about); a column named exactly for a field keeps it.
 */
export function decideByCells(match: ColumnMatch, columns: readonly HeaderColumn[], records: readonly RawRow[], date1904 = false): HeaderColumn[] {
  const undecided: HeaderColumn[] = [];
  const fieldOf = (c: HeaderColumn) => [...match.fields].find(([, col]) => col === c)?.[0];
  const actualDate = [...match.fields].some(([f, c]) => f === 'completedOn' && ownName(c) !== fold('Ngày hoàn thành'));
  for (const column of columns) {
    const name = ownName(column);
    if (!ambiguous.has(name)) continue;
    if (name === fold('Ngày hoàn thành') && !actualDate) continue;
    const current = fieldOf(column);
    if (current !== undefined && !['deadline', 'status', 'progress', 'completedOn'].includes(current)) continue;
    const meaning = meaningOfCells(records, column, date1904);
    if (meaning === null) {
      // A column its name already gave a field keeps it: each cell that does not fit is reported where it stands.
      if (current === undefined && records.some((r) => tidy(cellText(ownCell(r.cells[column.index], r.row))) !== '')) undecided.push(column);
      continue;
    }
    // The status is required: its column moves only to another status column (tasks.ts, chooseStatusColumn).
    if (meaning === current || current === 'status') continue;
    const holder = match.fields.get(meaning);
    if (holder && !ambiguous.has(ownName(holder))) continue;
    if (current !== undefined) match.fields.delete(current);
    match.fields.set(meaning, column);
  }
  return undecided;
}

/** The column, named by no field, whose filled cells are mostly unit names; null when none. */
export function leadColumnByCells(match: ColumnMatch, columns: readonly HeaderColumn[], records: readonly RawRow[]): HeaderColumn | null {
  const used = new Set(match.fields.values());
  let best: { column: HeaderColumn; units: number } | null = null;
  for (const column of columns) {
    if (used.has(column)) continue;
    let filled = 0;
    let units = 0;
    for (const row of records) {
      const text = tidy(cellText(ownCell(row.cells[column.index], row.row)));
      if (text === '') continue;
      filled++;
      if (levelFromName(leadUnitOf(text)) !== null) units++;
    }
    if (units >= 2 && units * 4 >= filled * 3 && (!best || units > best.units)) best = { column, units };
  }
  return best?.column ?? null;
}
