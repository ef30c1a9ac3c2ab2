/**
 * Tidy CSV and TSV for machines, from a data table (data-tables.ts): one header row of
 * snake_case keys, then one line per row, `\n` line ends, UTF-8. Numbers are written as
 * JavaScript writes them (no thousands separators, `.` decimals, rates as fractions), dates
 * ISO, booleans `true`/`false`, blanks empty, a measure no table reports `—` (never 0).
 *
 * CSV follows RFC 4180 quoting. TSV is for line-oriented tools (cut, awk): a record is one line,
 * so tabs and line breaks inside a text become spaces and nothing is quoted.
 *
 * Formula injection (OWASP "CSV Injection"): a text cell that begins with `=`, `+`, `-`, `@`,
 * tab or carriage return would be run as a formula by a spreadsheet that opens the file, so it
 * gets a leading `'`. Numbers are never touched: `-5` stays a number.
 */
import type { DataTable, DataValue } from './data-tables.js';
import { absentMark } from './format.js';

export type Delimited = 'csv' | 'tsv';

export interface DelimitedOptions {
  /** Start with a UTF-8 byte-order mark, so that Excel reads Vietnamese letters correctly. */
  bom?: boolean;
}

export function renderDelimited(table: DataTable, format: Delimited, opts: DelimitedOptions = {}): string {
  const cell = format === 'csv' ? csvCell : tsvCell;
  const sep = format === 'csv' ? ',' : '\t';
  const lines = [table.columns.map((c) => cell(snakeCase(c.key))).join(sep)];
  for (const row of table.rows) lines.push(table.columns.map((c) => cell(plain(row[c.key] ?? null, c.absent))).join(sep));
  return `${opts.bom ? '\uFEFF' : ''}${lines.join('\n')}\n`;
}

/** `completionRate` → `completion_rate`. */
export function snakeCase(key: string): string {
  return key.replace(/[A-Z]/g, (ch) => `_${ch.toLowerCase()}`);
}

/** A cell's text; strings are neutralised, so what reaches the quoting is safe to open. */
function plain(value: DataValue, absent = false): string {
  if (value === null) return absent ? absentMark : '';
  if (typeof value === 'string') return neutralise(value);
  return String(value);
}

// Excel also reads the fullwidth forms (＝ ＋ － ＠, typed with a Vietnamese or CJK input method) as formula starts.
const formulaStart = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

export function neutralise(text: string): string {
  return formulaStart.test(text) ? `'${text}` : text;
}

function csvCell(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function tsvCell(text: string): string {
  return text.replace(/[\t\r\n]+/g, ' ');
}
