/**
 * The sheets of a workbook streamed with the lean sheet scanner (read/xlsx-scan): rows are read
 * one at a time and handed on, never kept (the in-memory reader of read/xlsx.ts would build every
 * cell of a 400.000-row sheet). The first rows of each sheet are shown to the visitor until it
 * recognises the sheet, or has seen as many as it needs; the first sheet decides: when the
 * visitor does not take it, null is returned and the workbook is read as usual. Later sheets it
 * does not take are reported as skipped: they would need the whole workbook in memory.
 */
import type { Issue } from '../../model/issue.js';
import type { StreamedRecords } from '../../model/record-counts.js';
import { issue } from '../../i18n/issues.js';
import { ZipEntryError, type ZipListing } from '../zip.js';
import { XmlDamaged, openWorkbook, scanSheet, type ScannedRow } from '../xlsx-scan/index.js';

/** A sheet as its first rows show it. */
export interface SheetHead {
  file: string;
  sheet: string;
  /** The first rows' cells as text (NFC), by column from A; a blank cell is ''. */
  rows: string[][];
  /** The row number of each of `rows` in the sheet (blank rows are not scanned). */
  rowNumbers: number[];
  /** The workbook counts dates from 1904. */
  date1904: boolean;
}

/** The reader of a sheet it took: each later row (the same object each time), then the result. */
export interface SheetRecords {
  row(row: ScannedRow): void;
  finish(): StreamedRecords;
}

/** What recognises and counts the sheets of a workbook (interpret/records/dossier-xlsx.ts). */
export interface SheetVisitor {
  /** How many first rows it needs to recognise a sheet. */
  headRows: number;
  /** A reader for the sheet, or null while its first rows show no record export. */
  take(head: SheetHead): SheetRecords | null;
}

/** Null also when a part is damaged or lies about its size: the ordinary reader then refuses the file with its reasons. */
export async function streamSheets(file: string, zip: ZipListing, visitor: SheetVisitor): Promise<{ streamed: StreamedRecords[]; issues: Issue[] } | null> {
  try {
    return await scanSheets(file, zip, visitor);
  } catch (err) {
    if (err instanceof ZipEntryError || err instanceof XmlDamaged) return null;
    throw err;
  }
}

async function scanSheets(file: string, zip: ZipListing, visitor: SheetVisitor): Promise<{ streamed: StreamedRecords[]; issues: Issue[] } | null> {
  const book = await openWorkbook(zip);
  if (!book) return null;
  const taken: SheetRecords[] = [];
  const issues: Issue[] = [];
  let first = true;
  for (const sheet of book.sheets) {
    const head: SheetHead = { file, sheet: sheet.name, rows: [], rowNumbers: [], date1904: book.date1904 };
    let reader: SheetRecords | null = null;
    let rows = 0;
    await scanSheet(book, sheet, (row) => {
      rows++;
      if (reader) {
        reader.row(row);
        return;
      }
      head.rows.push(rowTexts(row));
      head.rowNumbers.push(row.number);
      reader = visitor.take(head);
      if (reader) taken.push(reader);
      // Not a record export: the rest of the sheet is not read.
      else if (head.rows.length >= visitor.headRows) return false;
    });
    if (!reader) {
      if (first) return null;
      if (rows > 0) issues.push(issue('sheet-skipped', { file, sheet: sheet.name }, { besideRecords: true }));
    }
    first = false;
  }
  return { streamed: taken.map((r) => r.finish()), issues };
}

function rowTexts(row: ScannedRow): string[] {
  const out: string[] = [];
  for (let i = 0; i < row.length; i++) out[row.columns[i]! - 1] = row.text(i).normalize('NFC');
  return Array.from(out, (t) => t ?? '');
}
