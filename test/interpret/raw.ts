/** Builds RawTables the way the readers do, for the interpret tests. */
import type { RawCell, RawTable } from '../../src/read/raw-table.js';
import { interpret, UnitDirectory, type InterpretOptions } from '../../src/interpret/index.js';
import { expectRowsAccounted } from '../helpers/accounting.js';

type Value = string | number | Date | null | undefined;

function toCell(v: Value): RawCell | undefined {
  if (v === null || v === undefined || v === '') return undefined;
  if (typeof v === 'number') return { value: { kind: 'number', value: v } };
  if (v instanceof Date) return { value: { kind: 'date', date: v.toISOString().slice(0, 10) } };
  return { value: { kind: 'text', text: v } };
}

/** Rows from row 1 down, as a CSV (no sheet) or as a worksheet. */
export function rawTable(rows: Value[][], opts: { file?: string; sheet?: string } = {}): RawTable {
  const table: RawTable = { file: opts.file ?? 't.csv', rows: rows.map((r, i) => ({ row: i + 1, cells: r.map(toCell) })) };
  if (opts.sheet !== undefined) table.sheet = opts.sheet;
  return table;
}

/** Interprets the rows as one table, and checks that every row read is accounted for (issue 7). */
export function interpretRows(rows: Value[][], opts: Partial<InterpretOptions> = {}) {
  const table = rawTable(rows);
  const result = interpret([table], { lenient: false, units: new UnitDirectory(), ...opts });
  expectRowsAccounted([table], result, opts);
  return result;
}
