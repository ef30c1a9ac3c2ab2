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
import { nodeZlib } from './on-demand.js';
import type { Issue } from '../model/issue.js';
import { issue } from '../i18n/issues.js';
import type { Limit } from '../i18n/messages.js';
import type { ZipEntry, ZipListing } from './zip.js';

export const readLimits = {
  /** Parts of a workbook other than pictures, once unpacked: the budget of exceljs's in-memory model. */
  workbookXmlBytes: 24 * 1024 * 1024,
  /** Everything in the workbook once unpacked, pictures included. */
  workbookBytes: 128 * 1024 * 1024,
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
  /** Characters of one CSV record: an unclosed quote would otherwise swallow the whole file into one cell. */
  csvRecordChars: 4 * 1024 * 1024,
} as const;

/** One refusal: which limit, the file's number, and the limit; the catalogue says what a clerk can do about it. */
export function tooLarge(where: { file: string; sheet?: string | undefined; row?: number | undefined; column?: string | undefined }, limit: Limit): Issue {
  return issue('file-too-large', where, limit);
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
 * The content check: every part inflated as a stream and counted, never kept; sheet XML and
 * workbook.xml scanned for what exceljs would expand on load. Returns the refusal; `damaged`
 * when a part cannot be inflated to the size it declares (exceljs's in-memory reader fails on
 * those too, and its streaming reader waits forever: the fuzzer found it); or null.
 */
export async function checkZipContent(file: string, bytes: Uint8Array, zip: ZipListing, { forStreaming = false } = {}): Promise<Issue | 'damaged' | null> {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let expanded = 0;
  for (const entry of zip.entries) {
    const data = entryData(buf, entry);
    if (!data || (entry.method !== 0 && entry.method !== 8)) return 'damaged';
    // exceljs's streaming reader (unzipper) trusts the local headers, not the directory: a local size that disagrees leaves it waiting forever.
    if (forStreaming && !localHeaderAgrees(buf, entry)) return 'damaged';
    // A streaming reader expands nothing and keeps no rows: it needs honest, whole parts only.
    const scan = forStreaming ? null : isSheetPart(entry.name) ? new SheetScan() : entry.name === 'xl/workbook.xml' ? new DefinedNameScan() : null;
    const size = await inflateCounted(data, entry, scan);
    if (size === 'overflow') {
      return tooLarge({ file }, { limit: 'part-overflow', part: entry.name, declared: entry.uncompressedSize });
    }
    if (size !== entry.uncompressedSize) return 'damaged';
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

function isSheetPart(name: string): boolean {
  return /^xl\/worksheets\/[^/]+\.xml$/.test(name);
}

function isMedia(name: string): boolean {
  return name.startsWith('xl/media/');
}

function entryData(buf: Buffer, e: ZipEntry): Buffer | null {
  if (e.localOffset + 30 > buf.length || buf.readUInt32LE(e.localOffset) !== 0x04034b50) return null;
  const start = e.localOffset + 30 + buf.readUInt16LE(e.localOffset + 26) + buf.readUInt16LE(e.localOffset + 28);
  const data = buf.subarray(start, start + e.compressedSize);
  return data.length === e.compressedSize ? data : null;
}

function localHeaderAgrees(buf: Buffer, e: ZipEntry): boolean {
  const flags = buf.readUInt16LE(e.localOffset + 6);
  const compressed = buf.readUInt32LE(e.localOffset + 18);
  const uncompressed = buf.readUInt32LE(e.localOffset + 22);
  if (buf.readUInt16LE(e.localOffset + 8) !== e.method) return false;
  // Bit 3: the sizes follow the data (a streaming writer's way); the local header may hold zeros.
  if (flags & 8) return (compressed === 0 || compressed === e.compressedSize) && (uncompressed === 0 || uncompressed === e.uncompressedSize);
  return compressed === e.compressedSize && uncompressed === e.uncompressedSize;
}

/** Inflates as a stream, feeding the scan, and stops as soon as the output passes the declared size. */
async function inflateCounted(data: Buffer, entry: ZipEntry, scan: XmlScan | null): Promise<number | 'overflow' | 'unreadable'> {
  if (entry.method === 0) {
    scan?.feed(data.toString('latin1'));
    return data.length > entry.uncompressedSize ? 'overflow' : data.length;
  }
  const inflate = nodeZlib().createInflateRaw();
  inflate.end(data);
  let total = 0;
  try {
    for await (const chunk of inflate as AsyncIterable<Buffer>) {
      total += chunk.length;
      if (total > entry.uncompressedSize) {
        inflate.destroy();
        return 'overflow';
      }
      scan?.feed(chunk.toString('latin1'));
    }
  } catch {
    return 'unreadable';
  }
  return total;
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
type SheetLimit = { limit: 'rows' | 'columns' | 'merges'; count: number; max: number };

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

  problem(): SheetLimit | null {
    if (this.rows > readLimits.rowsPerSheet) return { limit: 'rows', count: this.rows, max: readLimits.rowsPerSheet };
    if (this.maxColumn > readLimits.columns) return { limit: 'columns', count: this.maxColumn, max: readLimits.columns };
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

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** A cell longer than Excel allows: refused with its address, before any matching runs over it. */
export function cellTooLong(where: { file: string; sheet?: string | undefined; row: number; column: string }, length: number): Issue {
  return tooLarge(where, { limit: 'cell-chars', count: length, max: readLimits.cellChars });
}

/** More bytes than are split into cells in memory. */
export function checkCsvSize(file: string, bytes: number): Issue | null {
  return bytes > readLimits.csvBytes ? tooLarge({ file }, { limit: 'csv-bytes', bytes, max: readLimits.csvBytes }) : null;
}

/** Standard input past every reader's limit, and not a record export that could be counted as it streams. */
export function stdinTooLarge(): Issue {
  return tooLarge({ file: '-' }, { limit: 'stdin', bytes: readLimits.workbookBytes, max: readLimits.workbookBytes });
}

/** Too many lines to split in memory within seconds: refused before parsing, from a count of line breaks. */
export function checkCsvText(file: string, text: string): Issue | null {
  let lines = 1;
  for (let i = text.indexOf('\n'); i >= 0 && lines <= readLimits.csvLines; i = text.indexOf('\n', i + 1)) lines++;
  if (lines <= readLimits.csvLines) return null;
  return tooLarge({ file }, { limit: 'csv-lines', count: lines, max: readLimits.csvLines });
}
