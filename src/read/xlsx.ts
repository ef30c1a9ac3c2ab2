/**
 * xlsx bytes → one RawTable per worksheet, through exceljs. Formula cells give their cached
 * result (exceljs never calculates; a formula saved without one is reported, never silently
 * empty); rich text is joined; merged ranges are filled from their master cell and marked, so
 * header rows merged over several columns or rows can be rebuilt; text typed in TCVN3 is
 * converted (text-repair.ts).
 */
import type ExcelJS from 'exceljs';
import Workbook from 'exceljs/lib/doc/workbook.js';
import type { Issue } from '../model/issue.js';
import { issue } from '../i18n/issues.js';
import { cellList } from '../i18n/messages.js';
import { isoFromUtcDate } from '../model/calendar.js';
import type { RawCell, RawRow, RawTable, RawValue } from './raw-table.js';
import { columnLetter, columnNumber } from '../model/text.js';
import { canonicalZip, isZipDefect, listZip, type ZipListing } from './zip.js';
import { cellTooLong, checkZipContent, checkZipDirectory, exceljsLoadOptions, limitFromLoadError, readLimits, zipDefectIssue } from './limits.js';
import { repairText } from './text-repair.js';

export interface XlsxReadResult {
  tables: RawTable[];
  issues: Issue[];
}

/** Days between the 1900 and the 1904 date systems' day 0. */
const days1904 = 1462;

export async function readXlsxBytes(file: string, bytes: Uint8Array, zip?: ZipListing): Promise<XlsxReadResult> {
  // Limits first (limits.ts): exceljs holds the whole workbook in memory and expands merges, names and columns.
  const listing = zip ?? listZip(bytes);
  if (isZipDefect(listing)) return { tables: [], issues: [zipDefectIssue(file, listing)] };
  const refused = checkZipDirectory(file, listing) ?? (await checkZipContent(file, listing));
  if (refused) return { tables: [], issues: [refused === 'damaged' ? damaged(file) : refused] };
  const workbook = new Workbook();
  const issues: Issue[] = [];
  try {
    // Only the checked parts, in a zip of our own making: exceljs never sees what the limits did not.
    await workbook.xlsx.load(canonicalZip(listing) as unknown as ExcelJS.Buffer, exceljsLoadOptions);
  } catch (err) {
    return { tables: [], issues: [limitFromLoadError(file, err) ?? damaged(file)] };
  }
  const read1904 = Boolean((workbook.properties as { date1904?: boolean }).date1904);
  const date1904 = read1904 || declares1904(listing);
  // exceljs only honours date1904="1"; LibreOffice writes "true", and its dates came out 4 years early.
  const shiftDays = date1904 && !read1904 ? days1904 : 0;
  const tables: RawTable[] = [];
  let refusal: Issue | null = null;
  workbook.eachSheet((sheet) => {
    if (refusal) return;
    const rows: RawRow[] = [];
    const uncalculated: string[] = [];
    sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      const cells: (RawCell | undefined)[] = [];
      row.eachCell({ includeEmpty: false }, (cell, col) => {
        if (refusal) return;
        const value = fromValue(cell.value, cell.numFmt || undefined, shiftDays);
        refusal = cellRefusal(file, sheet.name, rowNumber, col, value);
        if (value === 'uncalculated') uncalculated.push(`${columnLetter(col - 1)}${rowNumber}`);
        else if (value) cells[col - 1] = { value };
      });
      rows.push({ row: rowNumber, cells });
    });
    const table: RawTable = { file, sheet: sheet.name, rows, date1904 };
    if (sheet.state === 'hidden' || sheet.state === 'veryHidden') table.hidden = true;
    if (sheet.state === 'veryHidden') table.veryHidden = true;
    issues.push(...repairText(table));
    fillMerges(sheet, rows);
    if (uncalculated.length > 0) issues.push(uncalculatedIssue(file, sheet.name, uncalculated));
    tables.push(table);
  });
  return refusal ? { tables: [], issues: [refusal] } : { tables, issues };
}

function damaged(file: string): Issue {
  return issue('file-corrupt', { file }, { damage: 'workbook' });
}

/** A cell longer than a cell may be (limits.ts) refuses the file. exceljs itself refuses cells past column XFD. */
function cellRefusal(file: string, sheet: string, row: number, col: number, value: ReturnType<typeof fromValue>): Issue | null {
  if (value && value !== 'uncalculated' && value.kind === 'text' && value.text.length > readLimits.cellChars) return cellTooLong({ file, sheet, row, column: columnLetter(col - 1) }, value.text.length);
  return null;
}

function declares1904(zip: ZipListing): boolean {
  const xml = zip.read('xl/workbook.xml')?.toString('utf8') ?? '';
  return /<(?:\w+:)?workbookPr\b[^>]*\bdate1904\s*=\s*["'](?:1|true|on)["']/i.test(xml);
}

/** A value, nothing for an empty cell, or `uncalculated` for a formula saved without its result. */
function fromValue(v: ExcelJS.CellValue, format: string | undefined, shiftDays: number): RawValue | null | 'uncalculated' {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number') return format ? { kind: 'number', value: v, format } : { kind: 'number', value: v };
  if (typeof v === 'string') return v.trim() === '' ? null : { kind: 'text', text: decodeExcelEscapes(v).normalize('NFC') };
  if (typeof v === 'boolean') return { kind: 'bool', value: v };
  if (v instanceof Date) {
    const iso = isoFromUtcDate(shiftDays ? new Date(v.getTime() + shiftDays * 86_400_000) : v);
    return iso ? { kind: 'date', date: iso } : null;
  }
  if (typeof v === 'object') {
    if ('richText' in v && Array.isArray(v.richText)) return fromValue(v.richText.map((r) => r.text).join(''), format, shiftDays);
    if ('error' in v) return { kind: 'error', text: String(v.error) };
    if ('formula' in v || 'sharedFormula' in v) {
      const result = (v as ExcelJS.CellFormulaValue).result;
      if (result === undefined || result === null) return 'uncalculated';
      if (typeof result === 'object' && 'error' in result) return { kind: 'error', text: String(result.error) };
      return fromValue(result as ExcelJS.CellValue, format, shiftDays);
    }
    if ('text' in v) return fromValue((v as ExcelJS.CellHyperlinkValue).text, format, shiftDays);
  }
  return null;
}

/**
 * Excel writes characters XML cannot hold as `_xHHHH_` (`_x000D_` for a carriage return) and a
 * literal `_x` followed by hex as `_x005F_x…`; exceljs leaves both as written. Decoded in one pass,
 * left to right, so an escaped underscore is not decoded twice; control characters that come out
 * are replaced afterwards (control-chars.ts).
 */
export function decodeExcelEscapes(text: string): string {
  return text.includes('_x') ? text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))) : text;
}

function uncalculatedIssue(file: string, sheet: string, cells: readonly string[]): Issue {
  const first = cells[0]!;
  return issue('formula-no-result', { file, sheet, row: Number(/\d+$/.exec(first)![0]), column: /^[A-Z]+/.exec(first)![0] }, cellList(cells));
}

/** exceljs keeps the value on the master cell only; copy it to the other cells of the range. */
function fillMerges(sheet: ExcelJS.Worksheet, rows: RawRow[]): void {
  const merges = (sheet.model as { merges?: string[] }).merges ?? [];
  if (merges.length === 0) return;
  const byNumber = new Map(rows.map((r) => [r.row, r]));
  for (const range of merges) {
    const m = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(range);
    if (!m) continue;
    const c1 = columnNumber(m[1]!) - 1;
    const r1 = Number(m[2]);
    const c2 = columnNumber(m[3]!) - 1;
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
