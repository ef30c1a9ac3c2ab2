/**
 * Inputs → RawTables. An input is a file, a folder (read recursively, in name order) or `-`
 * (stdin). The format is decided by the bytes, not the name (sniff.ts). A file that cannot be
 * read at all is refused with one issue that says what to do; the CLI exits 2 on those.
 */
import { open, readFile, readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Issue } from '../model/issue.js';
import { issueAt } from '../model/issue.js';
import type { RawTable } from './raw-table.js';
import { readHead, readRest } from './chunks.js';
import { readCsvBytes } from './csv.js';
import { checkCsvSize, readLimits, streamTooLarge, workbookFileTooLarge, zipDefectIssue } from './limits.js';
import { streamOf } from './bounded.js';
import { sniffFormat, startsAsZip, type FileFormat } from './sniff.js';
import type { RecordReading, StreamedRecords } from './stream/index.js';

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
export async function readInputs(inputs: readonly string[], stdin?: () => AsyncIterable<Uint8Array>, records?: RecordReading): Promise<ReadResult> {
  const result: ReadResult = { tables: [], issues: [], files: [], streamed: [] };
  for (const input of inputs) {
    if (input === '-') {
      await readStreamInput('-', stdin ? stdin() : noChunks(), result, records);
      continue;
    }
    const files = await expand(input, result.issues);
    for (const file of files) {
      let info;
      try {
        info = await stat(file);
      } catch (err) {
        result.issues.push(issueAt({ file }, 'error', 'file-unreadable', `the file cannot be opened (${describeError(err)})`, { hint: unreadableHint }));
        continue;
      }
      // A pipe or a device (`<(cat x.csv)`, `/dev/stdin`, a FIFO) cannot be measured or read at an offset: read like `-`.
      if (!info.isFile()) {
        await readStreamInput(file, streamOf(file), result, records);
        continue;
      }
      if (records && (await (await import('./stream/index.js')).streamFileIfRecords(file, records, result))) continue;
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
        result.issues.push(issueAt({ file }, 'error', 'file-unreadable', `the file cannot be opened (${describeError(err)})`, { hint: unreadableHint }));
        continue;
      }
      await readOne(file, bytes, result, records);
    }
  }
  return result;
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
async function readStreamInput(name: string, chunks: AsyncIterable<Uint8Array>, result: ReadResult, records?: RecordReading): Promise<void> {
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
        ? issueAt({ file: input }, 'error', 'file-not-found', 'there is no file or folder with this name', { hint: 'check the spelling of the path; put it in quotes if it contains spaces [kiểm tra lại tên và đường dẫn của file]' })
        : issueAt({ file: input }, 'error', 'file-unreadable', `the file or folder cannot be opened (${describeError(err)})`, { hint: unreadableHint }),
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
      issues.push(issueAt({ file: f }, 'info', 'own-report-skipped', 'a report written by reform-report is not read as input'));
      return false;
    })
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  if (files.length === 0) {
    issues.push(issueAt({ file: input }, 'error', 'folder-empty', `the folder holds no file to read (${inputExtensions.slice(0, 5).join(', ')})`, {
      hint: 'put the departments\' .xlsx or .csv files in this folder, or name the files themselves [thư mục chưa có file báo cáo nào]',
    }));
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
      issues.push(issueAt({ file: dir }, 'warning', 'folder-loop', 'this folder is a shortcut to a folder already being read; it is not read again', { hint: 'remove the shortcut if it was not meant to be there' }));
      return;
    }
    folders.add(real);
    entries = await readdir(dir, { withFileTypes: true });
  } catch (err) {
    issues.push(issueAt({ file: dir }, 'error', 'file-unreadable', `the folder cannot be opened (${describeError(err)})`, { hint: unreadableHint }));
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const full = path.join(dir, e.name);
    let kind: 'file' | 'folder' | string = e.isFile() ? 'file' : e.isDirectory() ? 'folder' : '';
    if (e.isSymbolicLink()) {
      try {
        const target = await stat(full);
        kind = target.isFile() ? 'file' : target.isDirectory() ? 'folder' : specialKind(target);
      } catch (err) {
        kind = (err as NodeJS.ErrnoException).code === 'ELOOP' ? 'a shortcut that leads back to itself' : 'a shortcut to something that does not exist';
      }
    } else if (!kind) kind = specialKind(e);
    if (kind === 'folder') {
      await walk(full, folders, seenFiles, out, issues);
    } else if (kind === 'file') {
      if (!inputExtensions.includes(path.extname(e.name).toLowerCase()) || e.name.startsWith('~$') || e.name.startsWith('.')) continue;
      const target = await realpath(full).catch(() => full);
      if (seenFiles.has(target)) {
        issues.push(issueAt({ file: full }, 'info', 'file-duplicate', 'this is a shortcut to a file already read; it is read once'));
        continue;
      }
      seenFiles.add(target);
      out.push(full);
    } else {
      issues.push(issueAt({ file: full }, 'warning', 'file-special', `this is ${kind}, not a file; it is not read`, { hint: 'move the spreadsheet files themselves into the folder [chỉ đặt file báo cáo vào thư mục]' }));
    }
  }
}

/** What a special file is, in words. */
function specialKind(e: { isFIFO(): boolean; isSocket(): boolean; isBlockDevice(): boolean; isCharacterDevice(): boolean }): string {
  if (e.isFIFO()) return 'a named pipe';
  if (e.isSocket()) return 'a socket';
  if (e.isBlockDevice() || e.isCharacterDevice()) return 'a device';
  return 'neither a file nor a folder';
}

const unreadableHint = 'close the file if another program has it open, check that your account may read it, and run again [đóng file đang mở, kiểm tra quyền đọc]';

function describeError(err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EBUSY') return 'it is in use by another program';
  if (code === 'ELOOP') return 'it is a shortcut that leads back to itself';
  if (code === 'ENAMETOOLONG') return 'the path is too long';
  return code ?? (err as Error).message;
}

async function readOne(file: string, bytes: Uint8Array, result: ReadResult, records?: RecordReading): Promise<void> {
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

const saveAsXlsx = 'open it in Excel and choose File > Save As > "Excel Workbook (*.xlsx)", then send or use the .xlsx file [mở bằng Excel, lưu thành .xlsx]';

function refusal(file: string, format: Exclude<FileFormat, { kind: 'xlsx' | 'text' }>): Issue {
  const at = { file };
  switch (format.kind) {
    case 'empty':
      return issueAt(at, 'error', 'file-empty', 'the file is empty (0 bytes)', { hint: 'the file was not saved or not attached completely: ask the department to send it again [file rỗng: đề nghị gửi lại]' });
    case 'xls':
      return issueAt(at, 'error', 'file-legacy-xls', 'this is an old Excel 97-2003 workbook (.xls), which cannot be read', { hint: saveAsXlsx });
    case 'encrypted':
      return issueAt(at, 'error', 'file-encrypted', 'the workbook is protected by a password, so it cannot be read', {
        hint: 'open it in Excel with the password, choose File > Info > Protect Workbook > Encrypt with Password, clear the password, save, and use that file [gỡ mật khẩu rồi lưu lại]',
      });
    case 'ods':
      return issueAt(at, 'error', 'file-unsupported', 'this is an OpenDocument spreadsheet (.ods), which cannot be read', {
        hint: 'open it in LibreOffice Calc and choose File > Save As > "Excel 2007-365 (.xlsx)" [lưu thành .xlsx]',
      });
    case 'xlsb':
      return issueAt(at, 'error', 'file-unsupported', 'this is an Excel binary workbook (.xlsb), which cannot be read', { hint: saveAsXlsx });
    case 'corrupt-zip':
      return zipDefectIssue(file, format.defect);
    case 'web-page':
      return issueAt(at, 'error', 'file-web-page', `this is ${format.what}, not a workbook: some web systems export "Excel" files this way`, {
        hint: 'open it in Excel (say Yes when Excel warns that the format differs), choose File > Save As > "Excel Workbook (*.xlsx)", and use that file [file xuất từ phần mềm là trang web: mở bằng Excel, lưu thành .xlsx]',
      });
    case 'other':
      return issueAt(at, 'error', 'file-unsupported', `this is ${format.what}, not a spreadsheet`, {
        hint: 'use the department\'s Excel (.xlsx) or CSV file instead [cần file Excel .xlsx hoặc .csv]',
      });
  }
}
