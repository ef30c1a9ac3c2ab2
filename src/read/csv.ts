/** CSV/TSV bytes → one RawTable. Row numbers are record numbers, as Excel shows the file. */
import { parse } from 'csv-parse/sync';
import { CsvError } from 'csv-parse';
import type { Issue } from '../model/issue.js';
import { issueAt } from '../model/issue.js';
import type { RawRow, RawTable } from './raw-table.js';
import { decodeBytes } from './encoding.js';
import { detectDelimiter } from './delimiter.js';

export interface CsvReadResult {
  table: RawTable | null;
  issues: Issue[];
  encoding: string;
}

export function readCsvBytes(file: string, bytes: Uint8Array): CsvReadResult {
  const decoded = decodeBytes(bytes);
  const issues: Issue[] = [];
  let text = decoded.text;
  const { delimiter, sepLine } = detectDelimiter(text);
  if (sepLine) text = text.slice(text.indexOf('\n') + 1);
  let records: string[][];
  try {
    records = parse(text, {
      delimiter,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: false,
      bom: true,
    }) as string[][];
  } catch (err) {
    if (!(err instanceof CsvError)) throw err;
    const line = (err as CsvError & { lines?: number }).lines;
    issues.push(
      issueAt({ file, row: line }, 'error', 'csv-malformed', `the CSV file cannot be read past line ${line ?? '?'}: ${err.message}`, {
        hint: 'a quote (") is probably not closed; open the file in Excel and save it again as "CSV UTF-8"',
      }),
    );
    return { table: null, issues, encoding: decoded.encoding };
  }
  const rows: RawRow[] = records.map((fields, i) => ({
    row: i + 1,
    cells: fields.map((f) => (f === '' ? undefined : { value: { kind: 'text', text: f } })),
  }));
  return { table: { file, rows }, issues, encoding: decoded.encoding };
}
