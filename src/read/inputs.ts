/**
 * Inputs → RawTables. An input is a file, a folder (read recursively, in name order) or `-`
 * (stdin). The format is decided by the bytes, not the name (sniff.ts). A file that cannot be
 * read at all is refused with one issue that says what to do; the CLI exits 2 on those.
 */
import { readFile, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Issue } from '../model/issue.js';
import { issueAt } from '../model/issue.js';
import type { RawTable } from './raw-table.js';
import { readHead, readRest } from './chunks.js';
import { readCsvBytes } from './csv.js';
import { readLimits, stdinTooLarge, zipDefectIssue } from './limits.js';
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
  'file-unsupported', 'csv-malformed', 'file-too-large',
]);

/** `records`: how record-level dossier exports are counted; without it they are read like any table. */
export async function readInputs(inputs: readonly string[], stdin?: () => AsyncIterable<Uint8Array>, records?: RecordReading): Promise<ReadResult> {
  const result: ReadResult = { tables: [], issues: [], files: [], streamed: [] };
  for (const input of inputs) {
    if (input === '-') {
      await readStdinInput(stdin ? stdin() : noChunks(), result, records);
      continue;
    }
    const files = await expand(input, result.issues);
    for (const file of files) {
      if (records && (await (await import('./stream/index.js')).streamFileIfRecords(file, records, result))) continue;
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

async function* noChunks(): AsyncIterable<Uint8Array> {}

/**
 * `-`: a record export longer than the probe is counted as it streams in; anything else is
 * collected, up to the largest input a reader accepts, and read like a file.
 */
async function readStdinInput(chunks: AsyncIterable<Uint8Array>, result: ReadResult, records?: RecordReading): Promise<void> {
  const head = await readHead(chunks);
  if (records && !head.ended && !startsAsZip(head.bytes)) {
    const streamed = await (await import('./stream/index.js')).streamTextStdin('-', head, records);
    if (streamed) {
      result.files.push('-');
      result.streamed.push(...streamed);
      return;
    }
  }
  const bytes = await readRest(head, readLimits.workbookBytes);
  if (bytes) return readOne('-', bytes, result, records);
  result.files.push('-');
  result.issues.push(stdinTooLarge());
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
  let entries;
  try {
    entries = await readdir(input, { recursive: true, withFileTypes: true });
  } catch (err) {
    issues.push(issueAt({ file: input }, 'error', 'file-unreadable', `the folder cannot be opened (${describeError(err)})`, { hint: unreadableHint }));
    return [];
  }
  const files = entries
    .filter((e) => e.isFile() && inputExtensions.includes(path.extname(e.name).toLowerCase()) && !e.name.startsWith('~$') && !e.name.startsWith('.'))
    .map((e) => path.join(e.parentPath ?? (e as unknown as { path: string }).path, e.name))
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
    case 'other':
      return issueAt(at, 'error', 'file-unsupported', `this is ${format.what}, not a spreadsheet`, {
        hint: 'use the department\'s Excel (.xlsx) or CSV file instead [cần file Excel .xlsx hoặc .csv]',
      });
  }
}
