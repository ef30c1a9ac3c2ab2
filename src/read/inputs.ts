/**
 * Inputs → RawTables. An input is a file, a folder (read recursively, in name order) or `-`
 * (stdin). The format is decided by the bytes, not the name (sniff.ts). A file that cannot be
 * read at all is refused with one issue that says what to do; the CLI exits 2 on those.
 */
import { readFile, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Issue } from '../model/issue.js';
import { issue } from '../i18n/issues.js';
import type { OpenFailure } from '../i18n/messages.js';
import type { RawTable } from './raw-table.js';
import { readHead, readRest } from './chunks.js';
import { readCsvBytes } from './csv.js';
import { readLimits, stdinTooLarge } from './limits.js';
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
        result.issues.push(issue('file-unreadable', { file }, { what: 'file', ...openFailure(err) }));
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
        ? issue('file-not-found', { file: input }, {})
        : issue('file-unreadable', { file: input }, { what: 'path', ...openFailure(err) }),
    );
    return [];
  }
  if (!info.isDirectory()) return [input];
  let entries;
  try {
    entries = await readdir(input, { recursive: true, withFileTypes: true });
  } catch (err) {
    issues.push(issue('file-unreadable', { file: input }, { what: 'folder', ...openFailure(err) }));
    return [];
  }
  const files = entries
    .filter((e) => e.isFile() && inputExtensions.includes(path.extname(e.name).toLowerCase()) && !e.name.startsWith('~$') && !e.name.startsWith('.'))
    .map((e) => path.join(e.parentPath ?? (e as unknown as { path: string }).path, e.name))
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

function openFailure(err: unknown): { cause: OpenFailure; detail?: string } {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'EACCES' || code === 'EPERM') return { cause: 'permission' };
  if (code === 'EBUSY') return { cause: 'busy' };
  if (code === 'ELOOP') return { cause: 'loop' };
  if (code === 'ENAMETOOLONG') return { cause: 'name-too-long' };
  return { cause: 'other', detail: code ?? (err as Error).message };
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
      return issue('file-corrupt', at, { cut: true });
    case 'other':
      return issue('file-unsupported', at, { format: 'other', what: format.what });
  }
}
