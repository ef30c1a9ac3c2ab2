/**
 * Does a table that matched no kind hold data? (SPEC §2) A department's table that was not read
 * must never pass quietly, while a dropdown's list of values or a page of notes may. Data is a
 * header-like row (two or more text cells) with at least two rows below it that each have two or
 * more cells and, beyond their first cell (the STT), a number, a date or a status word.
 */
import { cellText, isBlank, type RawCell, type RawTable } from '../read/raw-table.js';
import { readStatus } from './status.js';
import { headerSearchRows } from './table.js';
import { parseDateText, parseNumberText } from './values.js';

export function looksLikeData(raw: RawTable): boolean {
  const rows = raw.rows.map((r) => r.cells.filter((c) => !isBlank(c) && c!.mergedFrom === undefined) as RawCell[]);
  const header = rows.slice(0, headerSearchRows).findIndex((cells) => cells.length >= 2 && cells.every((c) => c.value.kind === 'text' && !isValue(c)));
  if (header < 0) return false;
  let dataRows = 0;
  for (const cells of rows.slice(header + 1)) {
    if (cells.length >= 2 && cells.slice(1).some(isValue) && ++dataRows >= 2) return true;
  }
  return false;
}

function isValue(cell: RawCell): boolean {
  const v = cell.value;
  if (v.kind === 'number' || v.kind === 'date') return true;
  if (v.kind !== 'text') return false;
  const text = cellText(cell).trim();
  if (/^[\d.,\s%]+$/.test(text) && parseNumberText(text).ok) return true;
  if (/\d/.test(text) && parseDateText(text).ok) return true;
  return text.length <= 40 && readStatus(text) !== null && readStatus(text)!.status !== 'not_reported';
}
