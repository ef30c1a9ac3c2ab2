/** A workbook read by the lean scanner and by exceljs (the oracle), both as `sheet!row:column → value`. */
import ExcelJS from 'exceljs';
import { isZipDefect, listZip, type ZipListing } from '../../../src/read/zip.js';
import { openWorkbook, scanSheet, type CellValue } from '../../../src/read/xlsx-scan/index.js';

export type Cells = Map<string, CellValue>;

export async function scanned(bytes: Uint8Array): Promise<{ sheets: string[]; cells: Cells }> {
  const book = await openWorkbook(zipOf(bytes));
  if (!book) throw new Error('not a workbook');
  const cells: Cells = new Map();
  for (const sheet of book.sheets) {
    await scanSheet(book, sheet, (row) => {
      for (let i = 0; i < row.length; i++) {
        const v = row.value(i);
        if (v !== null) cells.set(`${sheet.name}!${row.number}:${row.columns[i]}`, v);
      }
    });
  }
  return { sheets: book.sheets.map((s) => s.name), cells };
}

/** exceljs's in-memory reader, its cell objects reduced to the value a cell shows (a formula's stored result, rich text joined). */
export async function oracle(bytes: Uint8Array): Promise<{ sheets: string[]; cells: Cells }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  const cells: Cells = new Map();
  for (const ws of wb.worksheets) {
    ws.eachRow({ includeEmpty: false }, (row, r) => {
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        const v = plain(cell.value);
        if (v !== null) cells.set(`${ws.name}!${r}:${c}`, v);
      });
    });
  }
  return { sheets: wb.worksheets.map((w) => w.name), cells };
}

function plain(v: ExcelJS.CellValue | undefined): CellValue {
  if (v === null || v === undefined) return null;
  if (v instanceof Date || typeof v !== 'object') return v;
  if ('richText' in v) return v.richText.map((r) => r.text).join('');
  if ('error' in v) return { error: String(v.error) };
  if ('formula' in v || 'sharedFormula' in v) return plain((v as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
  if ('text' in v) return plain(v.text as ExcelJS.CellValue);
  return null;
}

export function zipOf(bytes: Uint8Array): ZipListing {
  const zip = listZip(bytes);
  if (isZipDefect(zip)) throw new Error(zip.reason);
  return zip;
}
