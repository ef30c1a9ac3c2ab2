/**
 * Limits on what one input may cost, checked before the memory is spent (SPEC §6: a file,
 * however broken or hostile, must not crash, hang or exhaust the machine). Each refusal is one
 * `file-too-large` issue that says which limit, the file's own number, and what to do.
 *
 * Workbooks are checked from their zip directory first — a zip bomb is refused from the sizes it
 * declares, without inflating it — then every part is inflated once as a stream, counted and
 * thrown away: a part that holds more than its directory claims is refused as it overflows, and
 * the sheet XML is scanned for what exceljs would blow up into millions of objects on load
 * (`<mergeCell ref="A1:XFD1048576">`, `<col max="…">`, defined names over huge ranges, and merges
 * by the thousand, which exceljs checks against each other pair by pair). The numbers are sized
 * so that a workbook at every limit is read in a few seconds in under 1 GiB (measured: exceljs
 * keeps ~13 bytes per byte of sheet XML; 44 MB of XML took 576 MB and 3,9 s to load alone).
 */
import type { Issue } from '../model/issue.js';
import { columnNumber } from '../model/text.js';
import { issue } from '../i18n/issues.js';
import type { Limit } from '../i18n/messages.js';
import { entryChunks, ZipEntryError, type ZipDefect, type ZipEntry, type ZipListing } from './zip.js';

export const readLimits = {
  /** Parts of a workbook other than pictures, once unpacked: the budget of exceljs's in-memory model. */
  workbookXmlBytes: 24 * 1024 * 1024,
  /** Everything in the workbook once unpacked, pictures included. */
  workbookBytes: 128 * 1024 * 1024,
  /** Everything a record export in xlsx unpacks to; it is streamed, never held, but each byte is inflated twice and parsed once. */
  streamedWorkbookBytes: 1024 * 1024 * 1024,
  /** Unpacked ÷ packed, for parts over `ratioFloorBytes`: Excel's parts compress 5–30×, zip bombs ~1000×. */
  compressionRatio: 200,
  ratioFloorBytes: 1024 * 1024,
  zipEntries: 10_000,
  sheets: 1_000,
  /** `<row>` elements per sheet (empty formatted rows count: exceljs builds an object for each). */
  rowsPerSheet: 200_000,
  /** Excel's own maximum; exceljs allocates a column object up to the highest one named. */
  columns: 16_384,
  /** Excel's own last row: exceljs keeps rows in an array indexed by number, and walks it to the highest one named. */
  rowNumber: 1_048_576,
  mergesPerSheet: 4_000,
  /** Cells covered by merges, and by defined names, in the whole workbook (exceljs expands both). */
  expandedCells: 1_000_000,
  /** Excel's own maximum length of a cell's text. */
  cellChars: 32_767,
  /**
   * Lines and bytes of one CSV/TSV read whole. csv-parse reads ~20.000 rows/s on this kind of
   * machine (and builds an Error for each row of another width), so 100.000 lines stay within
   * seconds; 32 MB of text take ~750 MB once split into cells.
   */
  csvLines: 100_000,
  csvBytes: 32 * 1024 * 1024,
  /** A config, a Markdown template or an earlier snapshot: read whole, and never this large. */
  sideFileBytes: 16 * 1024 * 1024,
  /** Characters of one CSV record: an unclosed quote would otherwise swallow the whole file into one cell. */
  csvRecordChars: 4 * 1024 * 1024,
} as const;

/** One refusal: which limit, the file's number, and the limit; the catalogue says what a clerk can do about it. */
export function tooLarge(where: { file: string; sheet?: string | undefined; row?: number | undefined; column?: string | undefined }, limit: Limit): Issue {
  return issue('file-too-large', where, limit);
}

/** A zip whose directory is cut off, or contradicts itself: the message says which, truly. */
export function zipDefectIssue(file: string, defect: ZipDefect): Issue {
  return issue('file-corrupt', { file }, defect.defect === 'truncated' ? { damage: 'cut' } : { damage: 'directory', detail: defect.reason });
}

/** The first part whose directory declares a zip bomb's ratio, if any (no inflating). */
export function zipBombPart(zip: ZipListing): ZipEntry | undefined {
  return zip.entries.find((e) => e.uncompressedSize > readLimits.ratioFloorBytes && e.uncompressedSize > readLimits.compressionRatio * Math.max(1, e.compressedSize));
}

/** The directory check: sizes as declared, no inflating. Returns the refusal, or null. */
export function checkZipDirectory(file: string, zip: ZipListing): Issue | null {
  const at = { file };
  if (zip.entries.length > readLimits.zipEntries) {
    return tooLarge(at, { limit: 'zip-entries', count: zip.entries.length, max: readLimits.zipEntries });
  }
  const sheets = zip.entries.filter((e) => isSheetPart(e.name)).length;
  if (sheets > readLimits.sheets) return tooLarge(at, { limit: 'sheets', count: sheets, max: readLimits.sheets });
  const bomb = zipBombPart(zip);
  if (bomb) {
    return tooLarge(at, { limit: 'zip-bomb', part: bomb.name, packed: bomb.compressedSize, unpacked: bomb.uncompressedSize });
  }
  let xml = 0;
  let all = 0;
  for (const e of zip.entries) {
    all += e.uncompressedSize;
    if (!isMedia(e.name)) xml += e.uncompressedSize;
  }
  if (xml > readLimits.workbookXmlBytes) return tooLarge(at, { limit: 'xml-bytes', bytes: xml, max: readLimits.workbookXmlBytes });
  if (all > readLimits.workbookBytes) return tooLarge(at, { limit: 'all-bytes', bytes: all, max: readLimits.workbookBytes });
  return null;
}

/**
 * The content check: every part inflated as a stream and counted, never kept; every XML part
 * scanned for what exceljs would expand on load (whatever its name: exceljs takes sheets by an
 * unanchored match, so the scan does not trust names either), workbook.xml for defined names.
 * Returns the refusal; `damaged` when a part cannot be inflated to the size it declares; or null.
 */
export async function checkZipContent(file: string, zip: ZipListing, { forStreaming = false } = {}): Promise<Issue | 'damaged' | null> {
  let expanded = 0;
  for (const entry of zip.entries) {
    if (entry.method !== 0 && entry.method !== 8) return 'damaged';
    // A streaming reader expands nothing and keeps no rows: it needs honest, whole parts only.
    const scan = forStreaming || isMedia(entry.name) ? null : entry.name === 'xl/workbook.xml' ? new DefinedNameScan() : new SheetScan();
    try {
      for await (const chunk of entryChunks(zip, entry)) scan?.feed(chunk.toString('latin1'));
    } catch (err) {
      if (!(err instanceof ZipEntryError)) throw err;
      if (err.kind !== 'overflow') return 'damaged';
      return tooLarge({ file }, { limit: 'part-overflow', part: entry.name, declared: entry.uncompressedSize });
    }
    if (!scan) continue;
    const problem = scan.problem();
    if (problem) return tooLarge({ file }, { ...problem, part: entry.name });
    expanded += scan.expandedCells;
    if (expanded > readLimits.expandedCells) {
      return tooLarge({ file }, { limit: 'expanded-cells', count: expanded, max: readLimits.expandedCells });
    }
  }
  return null;
}

/** exceljs's own safety nets, for whatever the scan could not see; and no parsing of what is never read. */
export const exceljsLoadOptions = {
  maxRows: readLimits.rowsPerSheet,
  maxCols: readLimits.columns,
  // Data validations over whole columns are expanded cell by cell (a minute for E2:E1048576).
  ignoreNodes: ['dataValidations', 'conditionalFormatting', 'extLst'],
};

/** The refusal for exceljs's own limit errors, or null for any other load error. */
export function limitFromLoadError(file: string, err: unknown): Issue | null {
  const m = /^Max (row|column) count \((\d+)\) exceeded/.exec(err instanceof Error ? err.message : '');
  if (!m) return null;
  return tooLarge({ file }, { limit: m[1] === 'row' ? 'max-rows' : 'max-row-cells', max: Number(m[2]) });
}

/** As exceljs recognises a sheet: anywhere in the name. */
function isSheetPart(name: string): boolean {
  return /xl\/worksheets\/sheet\d+[.]xml/.test(name);
}

/** What exceljs keeps as bytes without parsing (its own unanchored test). */
function isMedia(name: string): boolean {
  return /xl\/media\//.test(name);
}

/** Scans XML text arriving in chunks: complete tags only, the unfinished tail carried over. */
abstract class XmlScan {
  expandedCells = 0;
  private carry = '';

  feed(chunk: string): void {
    const text = this.carry + chunk;
    const cut = text.lastIndexOf('<');
    // A tag longer than 64 KiB is no tag exceljs would expand; drop it rather than let it grow.
    this.carry = cut < 0 || text.length - cut > 65_536 ? '' : text.slice(cut);
    this.scan(cut < 0 ? text : text.slice(0, cut));
  }

  protected abstract scan(text: string): void;
  abstract problem(): SheetLimit | null;
}

/** What a sheet's XML declares past a limit (the part is added by the caller). */
type SheetLimit = { limit: 'rows' | 'row-number' | 'columns' | 'merges'; count: number; max: number };

class SheetScan extends XmlScan {
  private rows = 0;
  private merges = 0;
  private maxColumn = 0;
  private maxRowNumber = 0;

  protected scan(text: string): void {
    // A row or cell numbered past Excel's last row (a 5 KB file with `<row r="957659477">` kept
    // exceljs walking its row array for a minute). Only numbers of seven digits or more can be.
    for (const m of text.matchAll(/\br\s*=\s*["'][A-Za-z]{0,3}(\d{7,})["']/g)) this.maxRowNumber = Math.max(this.maxRowNumber, Number(m[1]));
    for (const m of text.matchAll(/<(row|mergeCell|col)\b([^>]*)>/g)) {
      const attrs = m[2]!;
      if (m[1] === 'row') this.rows++;
      else if (m[1] === 'col') this.maxColumn = Math.max(this.maxColumn, Number(/\bmax\s*=\s*["'](\d+)/.exec(attrs)?.[1] ?? 0));
      else {
        this.merges++;
        const ref = /\bref\s*=\s*["']([^"']*)/.exec(attrs)?.[1] ?? '';
        this.expandedCells += rangeArea(ref);
      }
    }
  }

  problem(): SheetLimit | null {
    if (this.rows > readLimits.rowsPerSheet) return { limit: 'rows', count: this.rows, max: readLimits.rowsPerSheet };
    if (this.maxColumn > readLimits.columns) return { limit: 'columns', count: this.maxColumn, max: readLimits.columns };
    if (this.maxRowNumber > readLimits.rowNumber) return { limit: 'row-number', count: this.maxRowNumber, max: readLimits.rowNumber };
    if (this.merges > readLimits.mergesPerSheet) return { limit: 'merges', count: this.merges, max: readLimits.mergesPerSheet };
    return null;
  }
}

/** exceljs expands `$A$1:$H$500`-style defined names (print areas, named ranges) cell by cell. */
class DefinedNameScan extends XmlScan {
  protected scan(text: string): void {
    for (const m of text.matchAll(/<definedName\b[^>]*>([^<]*)/g)) {
      for (const r of m[1]!.matchAll(/\$([A-Z]+)\$(\d+):\$([A-Z]+)\$(\d+)/g)) this.expandedCells += rangeArea(`${r[1]}${r[2]}:${r[3]}${r[4]}`);
    }
  }

  problem(): SheetLimit | null {
    return null;
  }
}

/** Cells in `A1:C3` (9); a single cell is 1; anything unreadable counts as 1 (exceljs rejects it itself). */
export function rangeArea(ref: string): number {
  const m = /^\$?([A-Za-z]{1,7})\$?(\d{1,10})(?::\$?([A-Za-z]{1,7})\$?(\d{1,10}))?$/.exec(ref.trim());
  if (!m || m[3] === undefined) return 1;
  const cols = Math.abs(columnNumber(m[3]) - columnNumber(m[1]!)) + 1;
  const rows = Math.abs(Number(m[4]) - Number(m[2])) + 1;
  return cols * rows;
}

/** A cell longer than Excel allows: refused with its address, before any matching runs over it. */
export function cellTooLong(where: { file: string; sheet?: string | undefined; row: number; column: string }, length: number): Issue {
  return tooLarge(where, { limit: 'cell-chars', count: length, max: readLimits.cellChars });
}

/** More bytes than are split into cells in memory. */
export function checkCsvSize(file: string, bytes: number): Issue | null {
  return bytes > readLimits.csvBytes ? tooLarge({ file }, { limit: 'csv-bytes', bytes, max: readLimits.csvBytes }) : null;
}

/** Standard input, or a pipe named as a path, past every reader's limit, and not a record export that could be counted as it streams. */
export function streamTooLarge(file: string): Issue {
  return tooLarge({ file }, { limit: 'stream', stdin: file === '-', max: readLimits.workbookBytes });
}

/** A workbook file larger than any workbook that is read: measured, never read. */
export function workbookFileTooLarge(file: string, bytes: number): Issue | null {
  return bytes > readLimits.workbookBytes ? tooLarge({ file }, { limit: 'workbook-file', bytes, max: readLimits.workbookBytes }) : null;
}

/** Too many lines to split in memory within seconds: refused before parsing, from a count of line breaks. */
export function checkCsvText(file: string, text: string): Issue | null {
  let breaks = 0;
  for (let i = text.indexOf('\n'); i >= 0 && breaks <= readLimits.csvLines; i = text.indexOf('\n', i + 1)) breaks++;
  // A final line break ends the last line; it does not start another.
  const lines = breaks + (text.length > 0 && !text.endsWith('\n') ? 1 : 0);
  if (lines <= readLimits.csvLines) return null;
  return tooLarge({ file }, { limit: 'csv-lines', count: lines, max: readLimits.csvLines });
}
