/**
 * The streaming path for record-level dossier exports (SPEC §2.4, §6): a file whose header is a
 * one-stop-shop export is never read whole; its rows are counted as they pass, into DossierStats
 * per unit and level. This stage therefore does what interpret and compute do for other tables
 * — with their vocabulary (interpret/records/layout.ts) and their counting rule
 * (compute/dossiers.ts) — because millions of rows cannot wait in memory for them.
 *
 * Every CSV passes through here to be recognised, so this module stays small: the counting
 * modules (and the worker thread, the transcoders) load only once a file is found to be an
 * export — a shell pipe on a task list never pays for them (bench/RESULTS-startup.md).
 */
import { open, type FileHandle } from 'node:fs/promises';
import type { Issue } from '../../model/issue.js';
import type { DossierStats } from '../../model/records.js';
import { findRecordLayout, type RecordLayout } from './layout.js';
import { headerSearchRows } from '../table.js';
import { probeBytes, type StreamHead } from '../../read/chunks.js';
import { decodeBytes, type TextEncoding } from '../../read/encoding.js';
import { detectDelimiter } from '../../read/delimiter.js';
import { startsAsZip } from '../../read/sniff.js';
import { checkZipContent, readLimits, zipBombPart } from '../../read/limits.js';
import type { ZipListing } from '../../read/zip.js';
import type { DossierAggregator, RecordReading } from './aggregate.js';
import type { ByteSource } from '../../read/stream/byte-source.js';
import { tokenizeBytes } from '../../read/stream/csv-tokenizer.js';

export type { RecordReading } from './aggregate.js';

/**
 * Files at least this large are read by two threads; below it, starting a thread costs more
 * than it saves. `REFORM_REPORT_PARALLEL_MIN_BYTES` sets another size (0: always one thread),
 * for tests and benchmarks.
 */
export function parallelThreshold(env: NodeJS.ProcessEnv): number {
  const set = Number(env.REFORM_REPORT_PARALLEL_MIN_BYTES);
  return env.REFORM_REPORT_PARALLEL_MIN_BYTES !== undefined && Number.isFinite(set) && set >= 0 ? set : 32 * 1024 * 1024;
}

/** One streamed table (a CSV file, or one sheet of a workbook). */
export interface StreamedRecords {
  file: string;
  sheet?: string;
  stats: DossierStats[];
  issues: Issue[];
  /** Data rows after the header, blank ones left out: counted + rejected (with an error) + outside the window. */
  rowsRead: number;
  rowsCounted: number;
  rowsRejected: number;
  rowsOutside: number;
}

type Transcode = 'windows1258' | 'windows1252' | 'utf16le' | 'utf16be';

/** How each encoding reaches the tokenizer (UTF-8 bytes); TCVN3 is left to the ordinary reader, which converts it cell by cell. */
const transcodings: Partial<Record<TextEncoding, Transcode | null>> = {
  'utf-8': null, 'utf-16le': 'utf16le', 'utf-16be': 'utf16be', 'windows-1258': 'windows1258', 'windows-1252': 'windows1252',
};

interface TextPlan {
  delimiter: number;
  layout: RecordLayout;
  /** Bytes to skip (a BOM). */
  start: number;
  transcode: Transcode | null;
}

/** The plan for streaming a text file from its first bytes, or null when it is not a record export. */
function planText(head: Uint8Array, complete: boolean): TextPlan | null {
  const utf16 = (head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff);
  // Decode whole lines only, so no character is cut in two.
  const cut = complete ? head.length : utf16 ? head.length & ~1 : head.lastIndexOf(0x0a) + 1;
  if (cut <= 0) return null;
  const decoded = decodeBytes(head.subarray(0, cut));
  const transcode = transcodings[decoded.encoding];
  if (transcode === undefined) return null;
  const { delimiter } = detectDelimiter(decoded.text);
  const rows = tokenizeBytes(Buffer.from(decoded.text, 'utf8'), delimiter.charCodeAt(0)).records.slice(0, headerSearchRows);
  const layout = findRecordLayout(rows);
  if (!layout) return null;
  return { delimiter: delimiter.charCodeAt(0), layout, start: decoded.hadBom ? (utf16 ? 2 : 3) : 0, transcode };
}

type Sources = typeof import('../../read/stream/byte-source.js');

/** Counts a text export planned from its first bytes, its bytes from `raw` (decoded to UTF-8 on the way when the plan says so). */
async function countText(file: string, plan: TextPlan, raw: (sources: Sources) => ByteSource, reading: RecordReading): Promise<StreamedRecords[]> {
  const [sources, { aggregateCsvRecords }] = await Promise.all([import('../../read/stream/byte-source.js'), import('./dossier-csv.js')]);
  const bytes = plan.transcode ? sources.transcodingSource(raw(sources), plan.transcode) : raw(sources);
  return [result(await aggregateCsvRecords(file, bytes, plan.delimiter, plan.layout, reading))];
}

/** A CSV/TSV file streamed when it is a record export; null when it is not (read it as usual). */
export async function streamTextFile(file: string, handle: FileHandle, reading: RecordReading): Promise<StreamedRecords[] | null> {
  const head = Buffer.allocUnsafe(probeBytes);
  const { bytesRead } = await handle.read(head, 0, probeBytes, 0);
  const plan = planText(head.subarray(0, bytesRead), bytesRead < probeBytes);
  if (!plan) return null;
  const { size } = await handle.stat();
  const halves =
    plan.transcode === null && reading.parallelMinBytes > 0 && size >= reading.parallelMinBytes
      ? await (await import('./parallel.js')).countInTwoHalves(file, handle, size, plan.start, plan.delimiter, plan.layout, reading)
      : null;
  return halves ? [result(halves)] : countText(file, plan, (sources) => sources.fileSource(handle, plan.start), reading);
}

/** Text already in memory: the same. */
export async function streamTextBytes(file: string, bytes: Uint8Array, reading: RecordReading): Promise<StreamedRecords[] | null> {
  const plan = planText(bytes.subarray(0, probeBytes), bytes.length <= probeBytes);
  return plan && countText(file, plan, (sources) => sources.memorySource(bytes.subarray(plan.start)), reading);
}

/** Standard input, its head read and the rest still arriving: the same, never held whole. */
export async function streamTextStdin(file: string, head: StreamHead, reading: RecordReading): Promise<StreamedRecords[] | null> {
  const plan = planText(head.bytes.subarray(0, probeBytes), head.ended);
  return plan && countText(file, plan, (sources) => sources.streamSource(head, plan.start), reading);
}

/** An xlsx workbook whose first sheet is a record export, streamed; null when it is not one. */
export async function streamWorkbook(file: string, zip: ZipListing, reading: RecordReading): Promise<{ streamed: StreamedRecords[]; issues: Issue[] } | null> {
  const { aggregateXlsxRecords } = await import('./dossier-xlsx.js');
  const read = await aggregateXlsxRecords(file, zip, reading);
  if (!read) return null;
  return { streamed: read.aggregators.map(result), issues: read.issues };
}

/** Everything a streamed workbook unpacks to, within what is read at all (limits.ts). */
function streamable(zip: ZipListing): boolean {
  return zip.entries.reduce((sum, e) => sum + e.uncompressedSize, 0) <= readLimits.streamedWorkbookBytes;
}

function result(agg: DossierAggregator): StreamedRecords {
  const stats = agg.finish();
  const out: StreamedRecords = { file: agg.file, stats, issues: agg.issues, rowsRead: agg.rowsRead, rowsCounted: agg.rowsCounted, rowsRejected: agg.rowsRejected, rowsOutside: agg.rowsOutside };
  if (agg.sheet !== undefined) out.sheet = agg.sheet;
  return out;
}

/** Where inputs.ts collects what the streaming path produced. */
export interface StreamSink {
  streamed: StreamedRecords[];
  issues: Issue[];
  files: string[];
}

/**
 * A file on disk streamed when it is a text record export, reading only its first bytes to
 * decide; false when it is not one (or cannot be opened: the ordinary reader says why).
 */
export async function streamFileIfRecords(file: string, reading: RecordReading, into: StreamSink): Promise<boolean> {
  let handle: FileHandle;
  try {
    handle = await open(file, 'r');
  } catch {
    return false;
  }
  try {
    const magic = Buffer.alloc(4);
    await handle.read(magic, 0, 4, 0);
    if (startsAsZip(magic)) return false;
    const streamed = await streamTextFile(file, handle, reading);
    if (!streamed) return false;
    into.files.push(file);
    into.streamed.push(...streamed);
    return true;
  } finally {
    await handle.close();
  }
}

/** Bytes already read (stdin, or a workbook) streamed when they are a record export; false when not. */
export async function streamBytesIfRecords(file: string, bytes: Uint8Array, format: 'xlsx' | 'text', zip: ZipListing | null, reading: RecordReading, into: StreamSink): Promise<boolean> {
  if (format === 'text') {
    const streamed = await streamTextBytes(file, bytes, reading);
    if (!streamed) return false;
    into.streamed.push(...streamed);
    return true;
  }
  // A zip bomb, a damaged part, or a workbook past what is streamed, is left to the ordinary reader, which refuses
  // it with its reasons (limits.ts). The scanner inflates the parts it reads through the checked view of the zip,
  // never past the size each declares: one that lies, or is damaged, stops the read at once (and the ordinary
  // reader says why). The parts it does not read are checked first, so a file is refused or read whatever the path.
  if (!zip || zipBombPart(zip) || !streamable(zip)) return false;
  const { partsRead } = await import('../../read/xlsx-scan/parts.js');
  const scanned = partsRead(zip);
  const others = { ...zip, entries: zip.entries.filter((e) => !scanned.has(e)) };
  if ((await checkZipContent(file, others, { forStreaming: true })) !== null) return false;
  const read = await streamWorkbook(file, zip, reading);
  if (!read) return false;
  into.streamed.push(...read.streamed);
  into.issues.push(...read.issues);
  return true;
}
