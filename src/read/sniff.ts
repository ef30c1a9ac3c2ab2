/**
 * What a file is, from its bytes, never its name: departments rename files, and a `.xlsx` may be
 * an old `.xls`, an OpenDocument sheet or a Word document. Text that is not a known binary
 * format is CSV/TSV.
 */
import type { OtherFormat } from '../i18n/messages.js';
import { isZipDefect, listZip, type ZipDefect, type ZipListing } from './zip.js';

export type FileFormat =
  | { kind: 'xlsx'; zip: ZipListing }
  | { kind: 'text' }
  | { kind: 'empty' }
  /** Excel 97–2003 (BIFF in an OLE2 compound file). */
  | { kind: 'xls' }
  /** An OOXML workbook encrypted with a password (an OLE2 file holding `EncryptionInfo`). */
  | { kind: 'encrypted' }
  | { kind: 'ods' }
  | { kind: 'xlsb' }
  /** A zip whose directory is missing, cut off, or contradicts itself. */
  | { kind: 'corrupt-zip'; defect: ZipDefect }
  /** A web page or an Excel 2003 XML sheet, as web systems export "Excel" files: `what` says which. */
  | { kind: 'web-page'; what: 'excel-xml' | 'html' }
  /** A readable file of another kind (Word, PDF, an image, an unrelated zip). */
  | { kind: 'other'; what: OtherFormat };

export function sniffFormat(bytes: Uint8Array): FileFormat {
  if (bytes.length === 0 || (bytes.length <= 3 && isOnlyBom(bytes))) return { kind: 'empty' };
  if (startsAsZip(bytes)) return sniffZip(bytes);
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    if (buf.includes(Buffer.from('EncryptionInfo', 'utf16le'))) return { kind: 'encrypted' };
    if (buf.includes(Buffer.from('WordDocument', 'utf16le'))) return { kind: 'other', what: 'doc' };
    return { kind: 'xls' };
  }
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) return { kind: 'other', what: 'pdf' };
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47]) || startsWith(bytes, [0xff, 0xd8, 0xff])) return { kind: 'other', what: 'picture' };
  if (startsWith(bytes, [0x09, 0x08]) || startsWith(bytes, [0x09, 0x04]) || startsWith(bytes, [0x09, 0x02])) return { kind: 'xls' };
  return sniffMarkup(bytes) ?? { kind: 'text' };
}

/**
 * Many web systems' "Export to Excel" writes an HTML table (or Excel 2003 XML) and names it
 * `.xls`: Excel opens it with a warning, a CSV reader would read tags as cells.
 */
function sniffMarkup(bytes: Uint8Array): FileFormat | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 2048)).toString('latin1').replace(/^\uFEFF|^\xEF\xBB\xBF/, '').trimStart().toLowerCase();
  if (!head.startsWith('<')) return null;
  if (head.includes('urn:schemas-microsoft-com:office:spreadsheet')) return { kind: 'web-page', what: 'excel-xml' };
  if (/^<(?:!doctype html|html|table|head|body|meta|style|\?xml[^>]*>\s*<html)/.test(head) || head.includes('<table')) return { kind: 'web-page', what: 'html' };
  return null;
}

/** A zip (a workbook, or a zip bomb) by its first four bytes: enough before the rest has been read. */
export function startsAsZip(bytes: Uint8Array): boolean {
  return startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06]);
}

function sniffZip(bytes: Uint8Array): FileFormat {
  return formatOfZip(listZip(bytes));
}

/** What a listed zip is (the listing read from memory or in place from a file). */
export function formatOfZip(zip: ZipListing | ZipDefect): FileFormat {
  if (isZipDefect(zip)) return { kind: 'corrupt-zip', defect: zip };
  const names = new Set(zip.names);
  if (names.has('xl/workbook.xml')) return { kind: 'xlsx', zip };
  if (names.has('xl/workbook.bin')) return { kind: 'xlsb' };
  const mimetype = zip.read('mimetype')?.toString('latin1') ?? '';
  if (mimetype.startsWith('application/vnd.oasis.opendocument.spreadsheet')) return { kind: 'ods' };
  if (names.has('word/document.xml')) return { kind: 'other', what: 'docx' };
  if (mimetype.startsWith('application/vnd.oasis.opendocument.text')) return { kind: 'other', what: 'odt' };
  return { kind: 'other', what: 'zip' };
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b);
}

function isOnlyBom(bytes: Uint8Array): boolean {
  return startsWith(bytes, [0xef, 0xbb, 0xbf]) || startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff]);
}
