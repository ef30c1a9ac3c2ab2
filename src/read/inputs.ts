/**
 * Inputs → RawTables. An input is a file, a folder (read recursively, in name order) or `-`
 * (stdin). The format is decided by the bytes, not the name: a zip is xlsx, an OLE2 compound
 * file is a legacy .xls or a password-protected workbook, anything else is text (CSV/TSV).
 */
import { readFile, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Issue } from '../model/issue.js';
import { issueAt } from '../model/issue.js';
import type { RawTable } from './raw-table.js';
import { readCsvBytes } from './csv.js';

export const inputExtensions = ['.xlsx', '.xlsm', '.csv', '.tsv', '.txt', '.xls'];

export interface ReadResult {
  tables: RawTable[];
  issues: Issue[];
  /** Every file that was read, as named. */
  files: string[];
}

/** Codes of issues that make a whole file unusable: the CLI exits 2 on them (SPEC §5). */
export const fileErrorCodes = new Set(['file-unreadable', 'file-not-found', 'file-legacy-xls', 'file-encrypted', 'file-corrupt', 'file-empty', 'csv-malformed']);

export async function readInputs(inputs: readonly string[], stdin?: () => Promise<Uint8Array>): Promise<ReadResult> {
  const result: ReadResult = { tables: [], issues: [], files: [] };
  for (const input of inputs) {
    if (input === '-') {
      const bytes = stdin ? await stdin() : new Uint8Array();
      await readOne('-', bytes, result);
      continue;
    }
    const files = await expand(input, result.issues);
    for (const file of files) {
      let bytes: Uint8Array;
      try {
        bytes = await readFile(file);
      } catch (err) {
        result.issues.push(issueAt({ file }, 'error', 'file-unreadable', `cannot read the file (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`, { hint: 'check that the file exists and that you may read it' }));
        continue;
      }
      await readOne(file, bytes, result);
    }
  }
  return result;
}

async function expand(input: string, issues: Issue[]): Promise<string[]> {
  let info;
  try {
    info = await stat(input);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    issues.push(
      issueAt({ file: input }, 'error', code === 'ENOENT' ? 'file-not-found' : 'file-unreadable', code === 'ENOENT' ? 'no such file or folder' : `cannot read (${code})`, {
        hint: 'check the path; put it in quotes if it contains spaces',
      }),
    );
    return [];
  }
  if (!info.isDirectory()) return [input];
  const entries = await readdir(input, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && inputExtensions.includes(path.extname(e.name).toLowerCase()) && !e.name.startsWith('~$') && !e.name.startsWith('.'))
    .map((e) => path.join(e.parentPath ?? (e as unknown as { path: string }).path, e.name))
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

async function readOne(file: string, bytes: Uint8Array, result: ReadResult): Promise<void> {
  result.files.push(file);
  if (bytes.length === 0) {
    result.issues.push(issueAt({ file }, 'error', 'file-empty', 'the file is empty', { hint: 'send the file again; it may not have been saved or attached completely' }));
    return;
  }
  if (isZip(bytes)) {
    const { readXlsxBytes } = await import('./xlsx.js');
    const xlsx = await readXlsxBytes(file, bytes);
    result.tables.push(...xlsx.tables);
    result.issues.push(...xlsx.issues);
    return;
  }
  if (isOle2(bytes)) {
    result.issues.push(
      isEncrypted(bytes)
        ? issueAt({ file }, 'error', 'file-encrypted', 'the workbook is protected by a password and cannot be read', {
            hint: 'open it in Excel, remove the password (File > Info > Protect Workbook > Encrypt with Password, clear it), save, and send it again',
          })
        : issueAt({ file }, 'error', 'file-legacy-xls', 'this is an old Excel 97-2003 (.xls) workbook, which cannot be read', {
            hint: 'open it in Excel or LibreOffice and save it as "Excel Workbook (.xlsx)", then use the .xlsx file',
          }),
    );
    return;
  }
  const csv = readCsvBytes(file, bytes);
  if (csv.table) result.tables.push(csv.table);
  result.issues.push(...csv.issues);
}

function isZip(b: Uint8Array): boolean {
  return b.length >= 4 && b[0] === 0x50 && b[1] === 0x4b && (b[2] === 0x03 || b[2] === 0x05 || b[2] === 0x07);
}

function isOle2(b: Uint8Array): boolean {
  return b.length >= 8 && b[0] === 0xd0 && b[1] === 0xcf && b[2] === 0x11 && b[3] === 0xe0 && b[4] === 0xa1 && b[5] === 0xb1 && b[6] === 0x1a && b[7] === 0xe1;
}

/** Encrypted OOXML is an OLE2 file holding an `EncryptionInfo` stream (names are UTF-16LE). */
function isEncrypted(b: Uint8Array): boolean {
  return Buffer.from(b.buffer, b.byteOffset, b.byteLength).includes(Buffer.from('EncryptionInfo', 'utf16le'));
}
