/**
 * A lean reader of xlsx worksheets for record exports (issue 17): each sheet part inflates as a
 * stream through the checked view of the zip (read/zip.ts: never past a part's declared size) and
 * is scanned byte by byte for rows and cells; the shared strings are read once into a compact
 * table. Rows come out with their cells' positions and values, for the record path to interpret.
 * exceljs stays for everything else: writing, and workbooks read whole.
 *
 * Every error — a part that inflates to more or less than it declares, XML cut off — is thrown
 * (ZipEntryError, XmlDamaged), and the caller hands the file to the ordinary reader, whose checks
 * refuse it with their reasons.
 */
import { entryChunks, type ZipListing } from '../zip.js';
import { SharedStrings, SharedStringsReader } from './shared-strings.js';
import { SheetScanner, type ScannedRow } from './sheet.js';
import { dateStyles, workbookParts, type SheetPart } from './parts.js';

export { CellKind, ScannedRow, type CellValue } from './sheet.js';
export type { SheetPart } from './parts.js';
export { XmlDamaged } from './xml-bytes.js';

export interface ScannedWorkbook {
  zip: ZipListing;
  date1904: boolean;
  sheets: SheetPart[];
  strings: SharedStrings;
  dateStyles: Uint8Array;
}

/** The workbook's sheets, date system, date styles and shared strings; null when it is not a workbook this reader understands. */
export async function openWorkbook(zip: ZipListing): Promise<ScannedWorkbook | null> {
  const parts = workbookParts(zip);
  if (!parts) return null;
  let strings = SharedStrings.none;
  if (parts.sharedStrings) {
    const reader = new SharedStringsReader(parts.sharedStrings.uncompressedSize);
    for await (const chunk of entryChunks(zip, parts.sharedStrings)) reader.feed(chunk);
    strings = reader.table();
  }
  return { zip, date1904: parts.date1904, sheets: parts.sheets, strings, dateStyles: dateStyles(zip, parts.styles) };
}

/**
 * Hands each row of the sheet to `onRow` (the same object each time: copy what must outlive
 * the call); `onRow` returns false to stop, and the part is then no longer inflated.
 */
export async function scanSheet(book: ScannedWorkbook, sheet: SheetPart, onRow: (row: ScannedRow) => boolean | void): Promise<void> {
  const scanner = new SheetScanner(book.strings, book.date1904, book.dateStyles, onRow);
  for await (const chunk of entryChunks(book.zip, sheet.entry)) {
    scanner.feed(chunk);
    if (scanner.stopped) return;
  }
  scanner.finish();
}
