/**
 * xlsx bytes → one RawTable per worksheet, through exceljs. Formula cells give their cached
 * result (exceljs never calculates); rich text is joined; merged ranges are filled from their
 * master cell and marked, so header rows merged over several columns or rows can be rebuilt.
 */
import ExcelJS from 'exceljs';
import type { Issue } from '../model/issue.js';
import { issueAt } from '../model/issue.js';
import { isoFromUtcDate } from '../model/calendar.js';
import type { RawCell, RawRow, RawTable, RawValue } from './raw-table.js';

export interface XlsxReadResult {
  tables: RawTable[];
  issues: Issue[];
}

export async function readXlsxBytes(file: string, bytes: Uint8Array): Promise<XlsxReadResult> {
  const workbook = new ExcelJS.Workbook();
  const issues: Issue[] = [];
  try {
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ExcelJS.Buffer);
  } catch (err) {
    issues.push(
      issueAt({ file }, 'error', 'file-corrupt', `the workbook cannot be opened (${(err as Error).message})`, {
        hint: 'the file may be damaged or incomplete: open it in Excel, save it again as .xlsx, and send it again',
      }),
    );
    return { tables: [], issues };
  }
  const date1904 = Boolean((workbook.properties as { date1904?: boolean }).date1904);
  const tables: RawTable[] = [];
  workbook.eachSheet((sheet) => {
    const rows: RawRow[] = [];
    sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      const cells: (RawCell | undefined)[] = [];
      row.eachCell({ includeEmpty: false }, (cell, col) => {
        const value = toRawValue(cell);
        if (value) cells[col - 1] = { value };
      });
      rows.push({ row: rowNumber, cells });
    });
    fillMerges(sheet, rows);
    const table: RawTable = { file, sheet: sheet.name, rows, date1904 };
    if (sheet.state === 'hidden' || sheet.state === 'veryHidden') table.hidden = true;
    tables.push(table);
  });
  return { tables, issues };
}

function toRawValue(cell: ExcelJS.Cell): RawValue | null {
  const format = cell.numFmt || undefined;
  return fromValue(cell.value, format);
}

function fromValue(v: ExcelJS.CellValue, format: string | undefined): RawValue | null {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number') return format ? { kind: 'number', value: v, format } : { kind: 'number', value: v };
  if (typeof v === 'string') return v.trim() === '' ? null : { kind: 'text', text: v.normalize('NFC') };
  if (typeof v === 'boolean') return { kind: 'bool', value: v };
  if (v instanceof Date) {
    const iso = isoFromUtcDate(v);
    return iso ? { kind: 'date', date: iso } : null;
  }
  if (typeof v === 'object') {
    if ('richText' in v && Array.isArray(v.richText)) return fromValue(v.richText.map((r) => r.text).join(''), format);
    if ('error' in v) return { kind: 'error', text: String(v.error) };
    if ('formula' in v || 'sharedFormula' in v) {
      const result = (v as ExcelJS.CellFormulaValue).result;
      if (result === undefined || result === null) return null;
      if (typeof result === 'object' && 'error' in result) return { kind: 'error', text: String(result.error) };
      return fromValue(result as ExcelJS.CellValue, format);
    }
    if ('text' in v) return fromValue((v as ExcelJS.CellHyperlinkValue).text, format);
  }
  return null;
}

/** exceljs keeps the value on the master cell only; copy it to the other cells of the range. */
function fillMerges(sheet: ExcelJS.Worksheet, rows: RawRow[]): void {
  const merges = (sheet.model as { merges?: string[] }).merges ?? [];
  if (merges.length === 0) return;
  const byNumber = new Map(rows.map((r) => [r.row, r]));
  for (const range of merges) {
    const m = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(range);
    if (!m) continue;
    const c1 = colIndex(m[1]!);
    const r1 = Number(m[2]);
    const c2 = colIndex(m[3]!);
    const r2 = Number(m[4]);
    const master = byNumber.get(r1)?.cells[c1];
    if (!master) continue;
    for (let r = r1; r <= r2; r++) {
      let row = byNumber.get(r);
      if (!row) {
        row = { row: r, cells: [] };
        byNumber.set(r, row);
        rows.push(row);
      }
      for (let c = c1; c <= c2; c++) {
        if (r === r1 && c === c1) continue;
        row.cells[c] = { value: master.value, mergedFrom: `${m[1]}${r1}` };
      }
    }
  }
  rows.sort((a, b) => a.row - b.row);
}

function colIndex(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}
