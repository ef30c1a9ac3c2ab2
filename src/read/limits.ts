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
import { issueAt } from '../model/issue.js';
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

const mib = (n: number) => `${(n / 1024 / 1024).toFixed(n < 10 * 1024 * 1024 ? 1 : 0).replace('.', ',')} MB`;
const count = (n: number) => n.toLocaleString('de-DE');

/** One refusal: which limit, the file's number, and what a clerk can do about it. */
export function tooLarge(where: { file: string; sheet?: string | undefined; row?: number | undefined; column?: string | undefined }, what: string, hint: string): Issue {
  return issueAt(where, 'error', 'file-too-large', what, { hint });
}

const splitHint = 'split the workbook into smaller files, or save the large sheet as "CSV UTF-8" and read that [chia nhỏ file hoặc lưu sheet lớn thành CSV UTF-8]';
const craftedHint = 'this is not how Excel or LibreOffice save a workbook: the file is damaged or was made to harm; ask the department to save it again from Excel and resend it [file bất thường: đề nghị lưu lại bằng Excel rồi gửi lại]';

/** A zip whose directory is cut off, or contradicts itself: the message says which, truly. */
export function zipDefectIssue(file: string, defect: ZipDefect): Issue {
  if (defect.defect === 'truncated') {
    return issueAt({ file }, 'error', 'file-corrupt', 'the file is damaged or incomplete (cut off before its end), so it cannot be opened', {
      hint: 'the download or the e-mail attachment was probably interrupted: ask the department to send the file again [file bị lỗi hoặc tải về chưa hết: đề nghị gửi lại]',
    });
  }
  return issueAt({ file }, 'error', 'file-corrupt', `the workbook's zip directory contradicts itself (${defect.reason}), so it is not read`, { hint: craftedHint });
}

/** The first part whose directory declares a zip bomb's ratio, if any (no inflating). */
export function zipBombPart(zip: ZipListing): ZipEntry | undefined {
  return zip.entries.find((e) => e.uncompressedSize > readLimits.ratioFloorBytes && e.uncompressedSize > readLimits.compressionRatio * Math.max(1, e.compressedSize));
}

/** The directory check: sizes as declared, no inflating. Returns the refusal, or null. */
export function checkZipDirectory(file: string, zip: ZipListing): Issue | null {
  const at = { file };
  if (zip.entries.length > readLimits.zipEntries) {
    return tooLarge(at, `the workbook holds ${count(zip.entries.length)} parts (at most ${count(readLimits.zipEntries)} are read)`, craftedHint);
  }
  const sheets = zip.entries.filter((e) => isSheetPart(e.name)).length;
  if (sheets > readLimits.sheets) return tooLarge(at, `the workbook has ${count(sheets)} sheets (at most ${count(readLimits.sheets)} are read)`, splitHint);
  const bomb = zipBombPart(zip);
  if (bomb) {
    return tooLarge(
      at,
      `the part ${bomb.name} unpacks from ${mib(bomb.compressedSize)} to ${mib(bomb.uncompressedSize)}, ${Math.round(bomb.uncompressedSize / Math.max(1, bomb.compressedSize))} times its size (a "zip bomb"); it is not unpacked`,
      craftedHint,
    );
  }
  let xml = 0;
  let all = 0;
  for (const e of zip.entries) {
    all += e.uncompressedSize;
    if (!isMedia(e.name)) xml += e.uncompressedSize;
  }
  if (xml > readLimits.workbookXmlBytes) return tooLarge(at, `the workbook's sheets hold ${mib(xml)} of data once unpacked (at most ${mib(readLimits.workbookXmlBytes)} are read at once)`, splitHint);
  if (all > readLimits.workbookBytes) return tooLarge(at, `the workbook holds ${mib(all)} once unpacked (at most ${mib(readLimits.workbookBytes)} are read)`, 'remove the pictures from the workbook, or ' + splitHint);
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
      return tooLarge({ file }, `the part ${entry.name} holds more than the ${mib(entry.uncompressedSize)} its directory declares; it is not unpacked further`, craftedHint);
    }
    if (!scan) continue;
    const problem = scan.problem();
    if (problem) return tooLarge({ file }, `${problem} (${entry.name})`, scan instanceof SheetScan ? splitHint : craftedHint);
    expanded += scan.expandedCells;
    if (expanded > readLimits.expandedCells) {
      return tooLarge({ file }, `merged cells and named ranges cover ${count(expanded)} cells (at most ${count(readLimits.expandedCells)} are read)`, 'unmerge the cells of whole rows or columns (Home > Merge & Center > Unmerge Cells), save, and send the file again');
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
  return tooLarge({ file }, `a sheet has more than ${count(Number(m[2]))} ${m[1] === 'row' ? 'rows' : 'cells in one row'}`, m[1] === 'row' ? rowsHint : splitHint);
}

const rowsHint = 'delete the empty rows below the table (select them, right-click > Delete), save, and send the file again; or ' + splitHint;

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
  abstract problem(): string | null;
}

class SheetScan extends XmlScan {
  private rows = 0;
  private merges = 0;
  private maxColumn = 0;

  protected scan(text: string): void {
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

  problem(): string | null {
    if (this.rows > readLimits.rowsPerSheet) return `a sheet has ${count(this.rows)} rows, counting empty formatted ones (at most ${count(readLimits.rowsPerSheet)} are read)`;
    if (this.maxColumn > readLimits.columns) return `a sheet declares column ${count(this.maxColumn)}, past Excel's last column (${count(readLimits.columns)})`;
    if (this.merges > readLimits.mergesPerSheet) return `a sheet has ${count(this.merges)} merged ranges (at most ${count(readLimits.mergesPerSheet)} are read)`;
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

  problem(): string | null {
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

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** A cell longer than Excel allows: refused with its address, before any matching runs over it. */
export function cellTooLong(where: { file: string; sheet?: string | undefined; row: number; column: string }, length: number): Issue {
  return tooLarge(where, `the cell holds ${count(length)} characters, more than Excel allows in a cell (${count(readLimits.cellChars)})`, craftedHint);
}

/** More bytes than are split into cells in memory. */
export function checkCsvSize(file: string, bytes: number): Issue | null {
  return bytes > readLimits.csvBytes ? tooLarge({ file }, `the file is ${mib(bytes)} (at most ${mib(readLimits.csvBytes)} are read at once)`, splitHint) : null;
}

/** Standard input, or a pipe named as a path, past every reader's limit, and not a record export that could be counted as it streams. */
export function streamTooLarge(file: string): Issue {
  const what = file === '-' ? 'standard input is' : 'this pipe or device gives';
  return tooLarge({ file }, `${what} more than ${mib(readLimits.workbookBytes)} and is not a record export that can be counted as it streams`, 'split the data into smaller files and name them instead of piping [chia nhỏ dữ liệu thành các file nhỏ hơn]');
}

/** A workbook file larger than any workbook that is read: measured, never read. */
export function workbookFileTooLarge(file: string, bytes: number): Issue | null {
  return bytes > readLimits.workbookBytes ? tooLarge({ file }, `the workbook file is ${mib(bytes)} (at most ${mib(readLimits.workbookBytes)} are read)`, 'remove the pictures from the workbook, or ' + splitHint) : null;
}

/** Too many lines to split in memory within seconds: refused before parsing, from a count of line breaks. */
export function checkCsvText(file: string, text: string): Issue | null {
  let breaks = 0;
  for (let i = text.indexOf('\n'); i >= 0 && breaks <= readLimits.csvLines; i = text.indexOf('\n', i + 1)) breaks++;
  // A final line break ends the last line; it does not start another.
  const lines = breaks + (text.length > 0 && !text.endsWith('\n') ? 1 : 0);
  if (lines <= readLimits.csvLines) return null;
  return tooLarge({ file }, `the file has more than ${count(readLimits.csvLines)} lines (at most ${count(readLimits.csvLines)} are read at once)`, 'delete the empty lines at the end of the file, or split it into smaller files [xoá các dòng trống cuối file hoặc chia nhỏ file]');
}

export { splitHint as tooLargeHint };
