/** CSV/TSV bytes → one RawTable. Row numbers are record numbers, as Excel shows the file. */
// The sync entry point alone: csv-parse's main one also loads Node's streams, which a pipe never uses.
import { parse, CsvError } from 'csv-parse/sync';
import type { Issue } from '../model/issue.js';
import { issue } from '../i18n/issues.js';
import type { Encoding } from '../i18n/messages.js';
import type { RawRow, RawTable } from './raw-table.js';
import { columnLetter } from '../model/text.js';
import { decodeBytes, type TextEncoding } from './encoding.js';
import { detectDelimiter } from './delimiter.js';
import { repairText } from './text-repair.js';
import { checkCsvSize, checkCsvText, cellTooLong, readLimits, tooLarge } from './limits.js';

export interface CsvReadResult {
  table: RawTable | null;
  issues: Issue[];
  encoding: TextEncoding;
}

/** The encodings a message names: the ones a clerk did not choose (UTF-8 is the expected one). */
const named = new Set<TextEncoding>(['windows-1258', 'windows-1252', 'tcvn3', 'utf-16le', 'utf-16be']);

export function readCsvBytes(file: string, bytes: Uint8Array): CsvReadResult {
  // Refused before decoding: the bytes are not even looked at, so no encoding is claimed but the default.
  const tooBig = checkCsvSize(file, bytes.length);
  if (tooBig) return { table: null, issues: [tooBig], encoding: 'utf-8' };
  const decoded = decodeBytes(bytes);
  const issues: Issue[] = [];
  if (named.has(decoded.encoding) && !decoded.hadBom) issues.push(issue('csv-encoding', { file }, { encoding: decoded.encoding as Encoding }));
  let text = decoded.text;
  const { delimiter, sepLine } = detectDelimiter(text);
  if (sepLine) text = text.slice(text.indexOf('\n') + 1);
  const refused = checkCsvText(file, text);
  if (refused) return { table: null, issues: [refused], encoding: decoded.encoding };
  let records: string[][];
  try {
    records = parse(text, { delimiter, relax_column_count: true, relax_quotes: true, skip_empty_lines: false, bom: true, max_record_size: readLimits.csvRecordChars }) as string[][];
  } catch (err) {
    if (!(err instanceof CsvError)) throw err;
    issues.push(malformed(file, text, delimiter, err));
    return { table: null, issues, encoding: decoded.encoding };
  }
  const oversized = oversizedField(file, records);
  if (oversized) return { table: null, issues: [oversized], encoding: decoded.encoding };
  const rows: RawRow[] = records.map((fields, i) => ({
    row: i + 1,
    cells: fields.map((f) => (f.trim() === '' ? undefined : { value: { kind: 'text', text: f } })),
  }));
  const table: RawTable = { file, rows };
  issues.push(...repairText(table, decoded.encoding === 'tcvn3'));
  return { table, issues, encoding: decoded.encoding };
}

/** A record wider than a sheet can be, or a field longer than a cell can hold: refused with its address. */
function oversizedField(file: string, records: readonly string[][]): Issue | null {
  for (let i = 0; i < records.length; i++) {
    const fields = records[i]!;
    if (fields.length > readLimits.columns) return tooLarge({ file, row: i + 1 }, { limit: 'csv-fields', line: i + 1, count: fields.length, max: readLimits.columns });
    const long = fields.findIndex((f) => f.length > readLimits.cellChars);
    if (long >= 0) return cellTooLong({ file, row: i + 1, column: columnLetter(long) }, fields[long]!.length);
  }
  return null;
}

function malformed(file: string, text: string, delimiter: string, err: CsvError): Issue {
  // A quote that never closes swallows the rest of the file into one field, until the record limit stops it.
  const open = err.code === 'CSV_QUOTE_NOT_CLOSED' || err.code === 'CSV_MAX_RECORD_SIZE' ? unclosedQuote(text, delimiter) : null;
  if (open) {
    return issue('csv-malformed', { file, row: open.line, column: columnLetter(open.field) }, { problem: 'unclosed-quote', line: open.line });
  }
  const line = (err as CsvError & { lines?: number }).lines;
  return issue('csv-malformed', line === undefined ? { file } : { file, row: line }, line === undefined ? { problem: 'unreadable', detail: err.message } : { problem: 'unreadable', line, detail: err.message });
}

/** Line and field of the quote that opens a field and is never closed (quotes `""` inside are escaped). */
function unclosedQuote(text: string, delimiter: string): { line: number; field: number } | null {
  let line = 1;
  let field = 0;
  let fieldStart = true;
  let open: { line: number; field: number } | null = null;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (open) {
      if (ch === '\n') line++;
      if (ch !== '"') continue;
      if (text[i + 1] === '"') {
        i++;
        continue;
      }
      open = null;
      fieldStart = false;
      continue;
    }
    if (ch === '"' && fieldStart) {
      open = { line, field };
      continue;
    }
    if (ch === delimiter) {
      field++;
      fieldStart = true;
    } else if (ch === '\n') {
      line++;
      field = 0;
      fieldStart = true;
    } else if (ch !== '\r') fieldStart = false;
  }
  return open;
}
