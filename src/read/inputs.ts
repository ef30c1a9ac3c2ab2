/**
 * Inputs → RawTables. An input is a file, a folder (read recursively, in name order) or `-`
 * (stdin). The format is decided by the bytes, not the name (sniff.ts). A file that cannot be
 * read at all is refused with one issue that says what to do; the CLI exits 2 on those.
 */
import { open, readFile, readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Issue } from '../model/issue.js';
import { issue } from '../i18n/issues.js';
import type { OpenFailure, SpecialFile } from '../i18n/messages.js';
import type { RawTable } from './raw-table.js';
import { readHead, readRest } from './chunks.js';
import { readCsvBytes } from './csv.js';
import { checkCsvSize, readLimits, streamTooLarge, workbookFileTooLarge, zipDefectIssue } from './limits.js';
import { streamOf } from './bounded.js';
import { sniffFormat, startsAsZip, type FileFormat } from './sniff.js';
import type { StreamedRecords } from '../model/record-counts.js';
import type { RecordStreams } from './stream/index.js';

/** Extensions read from a folder. `.xls`, `.xlsb` and `.ods` are included so they are refused with advice, not skipped. */
/** The workbook `build` writes (SPEC §5): skipped when found in a folder that is read. */
const ownReport = /^reform-report-\d{4}-\d{2}-\d{2}\.xlsx$/i;

export const inputExtensions = ['.xlsx', '.xlsm', '.csv', '.tsv', '.txt', '.xls', '.xlsb', '.ods'];

export interface ReadResult {
  tables: RawTable[];
  issues: Issue[];
  /** Every file that was read, as named. */
  files: string[];
  /** Record-level dossier exports, counted as they were read, never held whole (stream/). */
  streamed: StreamedRecords[];
}

/** Codes of issues that make a whole file unusable: the CLI exits 2 on them (SPEC §5). */
export const fileErrorCodes = new Set([
  'file-unreadable', 'file-not-found', 'folder-empty', 'file-empty', 'file-legacy-xls', 'file-encrypted', 'file-corrupt',
  'file-unsupported', 'file-web-page', 'csv-malformed', 'file-too-large',
]);

/** `records`: how record-level dossier exports are counted; without it they are read like any table. */
export async function readInputs(inputs: readonly string[], stdin?: () => AsyncIterable<Uint8Array>, records?: RecordStreams): Promise<ReadResult> {
  const result: ReadResult = { tables: [], issues: [], files: [], streamed: [] };
  const expanded: (string[] | '-')[] = [];
  for (const input of inputs) expanded.push(input === '-' ? '-' : await expand(input, result.issues));
  const copies = await findCopies(expanded.flatMap((files) => (files === '-' ? [] : files)));
  for (const files of expanded) {
    if (files === '-') {
      await readStreamInput('-', stdin ? stdin() : noChunks(), result, records);
      continue;
    }
    for (const file of files) {
      // A department's file saved twice ("so-noi-vu (1).xlsx", an attachment downloaded again) would count its tasks twice.
      const original = copies.get(file);
      if (original !== undefined) {
        result.files.push(file);
        result.issues.push(issue('file-copy', { file }, { original }));
        continue;
      }
      let info;
      try {
        info = await stat(file);
      } catch (err) {
        result.issues.push(issue('file-unreadable', { file }, { what: 'file', ...openFailure(err) }));
        continue;
      }
      // A pipe or a device (`<(cat x.csv)`, `/dev/stdin`, a FIFO) cannot be measured or read at an offset: read like `-`.
      if (!info.isFile()) {
        await readStreamInput(file, streamOf(file), result, records);
        continue;
      }
      // A workbook looked at in place and found not to be a record export is read as a table, not looked at again.
      const streamed = records ? await (await import('./stream/index.js')).streamFileIfRecords(file, records, result) : false;
      if (streamed === true) continue;
      const tooLarge = info.size > readLimits.csvBytes ? await wholeFileTooLarge(file, info.size) : null;
      if (tooLarge) {
        result.files.push(file);
        result.issues.push(tooLarge);
        continue;
      }
      let bytes: Uint8Array;
      try {
        bytes = await readFile(file);
      } catch (err) {
        result.issues.push(issue('file-unreadable', { file }, { what: 'file', ...openFailure(err) }));
        continue;
      }
      await readOne(file, bytes, result, streamed === 'workbook-read' ? undefined : records);
    }
  }
  return result;
}

/**
 * Files with exactly the bytes of another, each mapped to the one that is read: the shortest
 * name (a copy gets " (1)" or " - Copy" added to it), then the first in name order. Only files
 * of the same size are compared, and only those a reader takes whole: a record export of
 * hundreds of megabytes is counted as it streams, never held twice to be compared.
 */
async function findCopies(files: readonly string[]): Promise<Map<string, string>> {
  const bySize = new Map<number, string[]>();
  for (const file of new Set(files)) {
    const info = await stat(file).catch(() => null);
    if (!info?.isFile() || info.size === 0 || info.size > readLimits.csvBytes) continue;
    bySize.set(info.size, [...(bySize.get(info.size) ?? []), file]);
  }
  const copies = new Map<string, string>();
  for (const group of bySize.values()) {
    if (group.length < 2) continue;
    const ordered = [...group].sort((a, b) => path.basename(a).length - path.basename(b).length || (a < b ? -1 : a > b ? 1 : 0));
    // Unreadable now: the read that follows says so.
    const contents = await Promise.all(ordered.map((file) => readFile(file).catch(() => null)));
    ordered.forEach((file, i) => {
      const bytes = contents[i];
      if (!bytes) return;
      const original = ordered.find((other, k) => k < i && !copies.has(other) && contents[k]?.equals(bytes));
      if (original !== undefined) copies.set(file, original);
    });
  }
  return copies;
}

/** Measured before it is read: past what any reader takes whole (a workbook's or a CSV's limit, by its first bytes), the refusal. */
async function wholeFileTooLarge(file: string, size: number): Promise<Issue | null> {
  const handle = await open(file, 'r');
  try {
    const magic = Buffer.alloc(4);
    await handle.read(magic, 0, 4, 0);
    return startsAsZip(magic) ? workbookFileTooLarge(file, size) : checkCsvSize(file, size);
  } finally {
    await handle.close();
  }
}

async function* noChunks(): AsyncIterable<Uint8Array> {}

/**
 * `-`, or a path that is a pipe or a device: a record export longer than the probe is counted as
 * it streams in; anything else is collected, up to the largest input a reader accepts, and read
 * like a file.
 */
async function readStreamInput(name: string, chunks: AsyncIterable<Uint8Array>, result: ReadResult, records?: RecordStreams): Promise<void> {
  const head = await readHead(chunks);
  if (records && !head.ended && !startsAsZip(head.bytes)) {
    const streamed = await (await import('./stream/index.js')).streamTextStdin(name, head, records);
    if (streamed) {
      result.files.push(name);
      result.streamed.push(...streamed);
      return;
    }
  }
  const bytes = await readRest(head, readLimits.workbookBytes);
  if (bytes) return readOne(name, bytes, result, records);
  result.files.push(name);
  result.issues.push(streamTooLarge(name));
}

async function expand(input: string, issues: Issue[]): Promise<string[]> {
  let info;
  try {
    info = await stat(input);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    issues.push(
      code === 'ENOENT' || code === 'ENOTDIR'
        ? issue('file-not-found', { file: input }, {})
        : issue('file-unreadable', { file: input }, { what: 'path', ...openFailure(err) }),
    );
    return [];
  }
  if (!info.isDirectory()) return [input];
  const found: string[] = [];
  await walk(input, new Set(), new Set(), found, issues);
  const files = found
    .filter((f) => {
      // Last week's report in ./out, inside the folder being read, would be counted again (issue 7).
      if (!ownReport.test(path.basename(f))) return true;
      issues.push(issue('own-report-skipped', { file: f }, {}));
      return false;
    })
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  if (files.length === 0) {
    issues.push(issue('folder-empty', { file: input }, { extensions: inputExtensions.slice(0, 5) }));
  }
  return files;
}

/**
 * A folder, recursively, following shortcuts (symbolic links) to files and folders: a folder
 * already entered (a link back up) is not entered again, a file reached twice is read once, and
 * what is neither a file nor a folder (a named pipe, a socket, a device, a broken link) is
 * reported with its path instead of being skipped silently.
 */
async function walk(dir: string, folders: Set<string>, seenFiles: Set<string>, out: string[], issues: Issue[]): Promise<void> {
  let real: string;
  let entries;
  try {
    real = await realpath(dir);
    if (folders.has(real)) {
      issues.push(issue('folder-loop', { file: dir }, {}));
      return;
    }
    folders.add(real);
    entries = await readdir(dir, { withFileTypes: true });
  } catch (err) {
    issues.push(issue('file-unreadable', { file: dir }, { what: 'folder', ...openFailure(err) }));
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const full = path.join(dir, e.name);
    let kind: 'file' | 'folder' | SpecialFile | '' = e.isFile() ? 'file' : e.isDirectory() ? 'folder' : '';
    if (e.isSymbolicLink()) {
      try {
        const target = await stat(full);
        kind = target.isFile() ? 'file' : target.isDirectory() ? 'folder' : specialKind(target);
      } catch (err) {
        kind = (err as NodeJS.ErrnoException).code === 'ELOOP' ? 'link-loop' : 'broken-link';
      }
    } else if (!kind) kind = specialKind(e);
    if (kind === 'folder') {
      await walk(full, folders, seenFiles, out, issues);
    } else if (kind === 'file') {
      if (!inputExtensions.includes(path.extname(e.name).toLowerCase()) || e.name.startsWith('~$') || e.name.startsWith('.')) continue;
      const target = await realpath(full).catch(() => full);
      if (seenFiles.has(target)) {
        issues.push(issue('file-duplicate', { file: full }, {}));
        continue;
      }
      seenFiles.add(target);
      out.push(full);
    } else {
      issues.push(issue('file-special', { file: full }, { what: kind || 'other' }));
    }
  }
}

/** What a special file is. */
function specialKind(e: { isFIFO(): boolean; isSocket(): boolean; isBlockDevice(): boolean; isCharacterDevice(): boolean }): SpecialFile {
  if (e.isFIFO()) return 'pipe';
  if (e.isSocket()) return 'socket';
  if (e.isBlockDevice() || e.isCharacterDevice()) return 'device';
  return 'other';
}

function openFailure(err: unknown): { cause: OpenFailure; detail?: string } {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'EACCES' || code === 'EPERM') return { cause: 'permission' };
  if (code === 'EBUSY') return { cause: 'busy' };
  if (code === 'ELOOP') return { cause: 'loop' };
  if (code === 'ENAMETOOLONG') return { cause: 'name-too-long' };
  return { cause: 'other', detail: code ?? (err as Error).message };
}

async function readOne(file: string, bytes: Uint8Array, result: ReadResult, records?: RecordStreams): Promise<void> {
  result.files.push(file);
  const format = sniffFormat(bytes);
  if (records && (format.kind === 'xlsx' || format.kind === 'text')) {
    const { streamBytesIfRecords } = await import('./stream/index.js');
    if (await streamBytesIfRecords(file, bytes, format.kind, format.kind === 'xlsx' ? format.zip : null, records, result)) return;
  }
  switch (format.kind) {
    case 'xlsx': {
      const { readXlsxBytes } = await import('./xlsx.js');
      const xlsx = await readXlsxBytes(file, bytes, format.zip);
      result.tables.push(...xlsx.tables);
      result.issues.push(...xlsx.issues);
      return;
    }
    case 'text': {
      const csv = readCsvBytes(file, bytes);
      if (csv.table) result.tables.push(csv.table);
      result.issues.push(...csv.issues);
      return;
    }
    default:
      result.issues.push(refusal(file, format));
  }
}

function refusal(file: string, format: Exclude<FileFormat, { kind: 'xlsx' | 'text' }>): Issue {
  const at = { file };
  switch (format.kind) {
    case 'empty':
      return issue('file-empty', at, {});
    case 'xls':
      return issue('file-legacy-xls', at, {});
    case 'encrypted':
      return issue('file-encrypted', at, {});
    case 'ods':
    case 'xlsb':
      return issue('file-unsupported', at, { format: format.kind });
    case 'corrupt-zip':
      return zipDefectIssue(file, format.defect);
    case 'web-page':
      return issue('file-web-page', at, { what: format.what });
    case 'other':
      return issue('file-unsupported', at, { format: 'other', what: format.what });
  }
}
