/**
 * The streaming path (SPEC §2.4, §6): a table that may be too long to hold whole — a CSV/TSV
 * file, standard input, the sheets of a workbook — is read as it passes. This stage does the
 * byte work (decoding, the delimiter, tokenizing, unpacking sheets) and hands the table's first
 * rows, then its bytes or its rows, to a `RecordStreams` that a later stage gives
 * (interpret/records/): that one decides whether the table is a record export and counts it.
 * A table it declines is read as usual.
 *
 * Every CSV passes through here to be recognised, so this module stays small: the byte sources,
 * the transcoders and the sheet scanner load only once a file is found to be an export — a shell
 * pipe on a task list never pays for them (bench/RESULTS-startup.md).
 */
import { open, type FileHandle } from 'node:fs/promises';
import type { Issue } from '../../model/issue.js';
import type { StreamedRecords } from '../../model/record-counts.js';
import { probeBytes, type StreamHead } from '../chunks.js';
import { decodeBytes, type TextEncoding } from '../encoding.js';
import { detectDelimiter } from '../delimiter.js';
import { formatOfZip, startsAsZip } from '../sniff.js';
import { checkZipContent, readLimits, zipBombPart } from '../limits.js';
import { isZipDefect, type ZipListing } from '../zip.js';
import type { ByteSource } from './byte-source.js';
import { tokenizeBytes } from './csv-tokenizer.js';
import type { SheetVisitor } from './sheets.js';

/** A text table as its first bytes show it: the rows it is recognised by, and how to read on. */
export interface TextHead {
  file: string;
  /** Its first records, tokenized: as many as `RecordStreams.headRows`. */
  rows: string[][];
  /** The delimiter's byte. */
  delimiter: number;
  /** The table as UTF-8 bytes from its first record on (decoded on the way from another encoding). */
  bytes(): Promise<ByteSource>;
  /** A UTF-8 file on disk, what reading it in parts needs; absent when it is decoded on the way or not a file. */
  onDisk?: { handle: FileHandle; size: number; start: number };
}

/** What reads record exports as they stream: given by the caller of readInputs (interpret/records/). */
export interface RecordStreams {
  /** How many first records of a text table it needs to recognise one. */
  headRows: number;
  /**
   * The table counted, or null when it is not a record export (it is then read as usual). Every
   * text table is asked: a table that is not one is answered without loading anything.
   */
  text(head: TextHead): Promise<StreamedRecords | null>;
  /** How the sheets of a workbook are recognised and counted (sheets.ts). */
  sheets(): Promise<SheetVisitor>;
}

type Transcode = 'windows1258' | 'windows1252' | 'utf16le' | 'utf16be';

/** How each encoding reaches the tokenizer (UTF-8 bytes); TCVN3 is left to the ordinary reader, which converts it cell by cell. */
const transcodings: Partial<Record<TextEncoding, Transcode | null>> = {
  'utf-8': null, 'utf-16le': 'utf16le', 'utf-16be': 'utf16be', 'windows-1258': 'windows1258', 'windows-1252': 'windows1252',
};

interface TextPlan {
  delimiter: number;
  rows: string[][];
  /** Bytes to skip (a BOM). */
  start: number;
  transcode: Transcode | null;
}

/** How a text table is read on from its first bytes, or null when it is not one that streams. */
function planText(head: Uint8Array, complete: boolean, headRows: number): TextPlan | null {
  const utf16 = (head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff);
  // Decode whole lines only, so no character is cut in two.
  const cut = complete ? head.length : utf16 ? head.length & ~1 : head.lastIndexOf(0x0a) + 1;
  if (cut <= 0) return null;
  const decoded = decodeBytes(head.subarray(0, cut));
  const transcode = transcodings[decoded.encoding];
  if (transcode === undefined) return null;
  const { delimiter } = detectDelimiter(decoded.text);
  const rows = tokenizeBytes(Buffer.from(decoded.text, 'utf8'), delimiter.charCodeAt(0)).records.slice(0, headRows);
  return { delimiter: delimiter.charCodeAt(0), rows, start: decoded.hadBom ? (utf16 ? 2 : 3) : 0, transcode };
}

type Sources = typeof import('./byte-source.js');

/** The head of a planned text table, its bytes from `raw` (decoded to UTF-8 on the way when the plan says so). */
function textHead(file: string, plan: TextPlan, raw: (sources: Sources) => ByteSource): TextHead {
  return {
    file,
    rows: plan.rows,
    delimiter: plan.delimiter,
    async bytes() {
      const sources = await import('./byte-source.js');
      return plan.transcode ? sources.transcodingSource(raw(sources), plan.transcode) : raw(sources);
    },
  };
}

/** A CSV/TSV file streamed when it is a record export; null when it is not (read it as usual). */
export async function streamTextFile(file: string, handle: FileHandle, records: RecordStreams): Promise<StreamedRecords[] | null> {
  const head = Buffer.allocUnsafe(probeBytes);
  const { bytesRead } = await handle.read(head, 0, probeBytes, 0);
  const plan = planText(head.subarray(0, bytesRead), bytesRead < probeBytes, records.headRows);
  if (!plan) return null;
  const text = textHead(file, plan, (sources) => sources.fileSource(handle, plan.start));
  if (plan.transcode === null) text.onDisk = { handle, size: (await handle.stat()).size, start: plan.start };
  return listed(await records.text(text));
}

/** Text already in memory: the same. */
export async function streamTextBytes(file: string, bytes: Uint8Array, records: RecordStreams): Promise<StreamedRecords[] | null> {
  const plan = planText(bytes.subarray(0, probeBytes), bytes.length <= probeBytes, records.headRows);
  return plan && listed(await records.text(textHead(file, plan, (sources) => sources.memorySource(bytes.subarray(plan.start)))));
}

/** Standard input, its head read and the rest still arriving: the same, never held whole. */
export async function streamTextStdin(file: string, head: StreamHead, records: RecordStreams): Promise<StreamedRecords[] | null> {
  const plan = planText(head.bytes.subarray(0, probeBytes), head.ended, records.headRows);
  return plan && listed(await records.text(textHead(file, plan, (sources) => sources.streamSource(head, plan.start))));
}

function listed(streamed: StreamedRecords | null): StreamedRecords[] | null {
  return streamed && [streamed];
}

/** Everything a streamed workbook unpacks to, within what is read at all (limits.ts). */
function streamable(zip: ZipListing): boolean {
  return zip.entries.reduce((sum, e) => sum + e.uncompressedSize, 0) <= readLimits.streamedWorkbookBytes;
}

/** Where inputs.ts collects what the streaming path produced. */
export interface StreamSink {
  streamed: StreamedRecords[];
  issues: Issue[];
  files: string[];
}

/**
 * A file on disk streamed when it is a record export, reading only its first bytes to decide (a
 * workbook: its directory and first rows, read in place); false when it is not one (or cannot be
 * opened: the ordinary reader says why), and 'workbook-read' when a workbook was looked at in
 * place and not streamed — reading its bytes again would come to the same answer.
 */
export async function streamFileIfRecords(file: string, records: RecordStreams, into: StreamSink): Promise<boolean | 'workbook-read'> {
  let handle: FileHandle;
  try {
    handle = await open(file, 'r');
  } catch {
    return false;
  }
  try {
    const magic = Buffer.alloc(4);
    await handle.read(magic, 0, 4, 0);
    if (startsAsZip(magic)) return await streamWorkbookFile(file, handle, records, into);
    const streamed = await streamTextFile(file, handle, records);
    if (!streamed) return false;
    into.files.push(file);
    into.streamed.push(...streamed);
    return true;
  } finally {
    await handle.close();
  }
}

/**
 * A workbook on disk, listed and streamed in place. One past the size any workbook is read at, or
 * whose directory cannot be read, is left to the ordinary reader, which refuses it with its reasons.
 */
async function streamWorkbookFile(file: string, handle: FileHandle, records: RecordStreams, into: StreamSink): Promise<boolean | 'workbook-read'> {
  const { size } = await handle.stat();
  if (size > readLimits.workbookBytes) return false;
  const { listZipFile } = await import('../zip-file.js');
  let zip;
  try {
    zip = listZipFile(handle.fd, size);
  } catch {
    return false;
  }
  if (formatOfZip(zip).kind !== 'xlsx' || isZipDefect(zip)) return false;
  if (!(await streamZipIfRecords(file, zip, records, into))) return 'workbook-read';
  into.files.push(file);
  return true;
}

/** Bytes already read (stdin, or a workbook) streamed when they are a record export; false when not. */
export async function streamBytesIfRecords(file: string, bytes: Uint8Array, format: 'xlsx' | 'text', zip: ZipListing | null, records: RecordStreams, into: StreamSink): Promise<boolean> {
  if (format === 'text') {
    const streamed = await streamTextBytes(file, bytes, records);
    if (!streamed) return false;
    into.streamed.push(...streamed);
    return true;
  }
  return zip !== null && streamZipIfRecords(file, zip, records, into);
}

/**
 * A listed workbook streamed when it is a record export. A zip bomb, a damaged part, or a workbook
 * past what is streamed, is left to the ordinary reader, which refuses it with its reasons
 * (limits.ts). The scanner inflates the parts it reads through the checked view of the zip, never
 * past the size each declares: one that lies, or is damaged, stops the read at once (and the
 * ordinary reader says why). The parts it does not read are checked first, so a file is refused
 * or read whatever the path.
 */
async function streamZipIfRecords(file: string, zip: ZipListing, records: RecordStreams, into: StreamSink): Promise<boolean> {
  if (zipBombPart(zip) || !streamable(zip)) return false;
  const { partsRead } = await import('../xlsx-scan/parts.js');
  const scanned = partsRead(zip);
  const others = { ...zip, entries: zip.entries.filter((e) => !scanned.has(e)) };
  if ((await checkZipContent(file, others, { forStreaming: true })) !== null) return false;
  const { streamSheets } = await import('./sheets.js');
  const read = await streamSheets(file, zip, await records.sheets());
  if (!read) return false;
  into.streamed.push(...read.streamed);
  into.issues.push(...read.issues);
  return true;
}
