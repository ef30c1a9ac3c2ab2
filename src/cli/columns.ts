/**
 * `--columns a,b,c` of the list commands and of `summary --by`: the columns picked by name, in
 * the order given, so that a script never depends on a column's position (docs/cli.md lists
 * every name). Names are checked before any file is read: a typo costs nothing.
 */
import { Command } from 'commander';
import { selectColumns, type DataColumn, type DataTable } from '../render/data-tables.js';
import { snakeCase } from '../render/csv.js';
import { usageError } from './errors.js';

export function withColumnsOption(cmd: Command): Command {
  return cmd.option('--columns <names>', 'only these columns, in this order (comma-separated names of the CSV header; docs/cli.md lists them)');
}

/** The names asked for, checked against the columns the command can give; undefined when none were asked for. */
export function parseColumns(text: string | undefined, valid: readonly DataColumn[]): string[] | undefined {
  if (text === undefined) return undefined;
  const names = text.split(',').map((n) => n.trim()).filter(Boolean);
  if (names.length === 0) throw usageError('columns-none', { columns: valid.map((c) => snakeCase(c.key)) });
  const picked = selectColumns({ columns: [...valid], rows: [] }, names, valid);
  if ('unknown' in picked) throw usageError('columns-unknown', { unknown: picked.unknown, columns: picked.valid });
  return names;
}

/** The table with the picked columns only, or as it is when none were picked. */
export function pickColumns(table: DataTable, names: readonly string[] | undefined): DataTable {
  if (names === undefined) return table;
  const picked = selectColumns(table, names);
  if ('unknown' in picked) throw new Error(`--columns were checked against other columns than the table's: ${picked.unknown.join(', ')}`);
  return picked;
}
