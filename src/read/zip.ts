/**
 * Just enough of the zip format to look inside a file before handing it to exceljs: which
 * entries it holds (an .xlsx, an .ods, an .xlsb or a Word document all start with `PK`) and the
 * text of one small entry (`xl/workbook.xml`, whose `date1904` flag exceljs misreads when it is
 * written `true`, as LibreOffice does). Returns null when the central directory is missing or cut
 * off, which is what a truncated download or attachment looks like.
 */
import { nodeZlib } from './on-demand.js';

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated; anything else exceljs cannot read. */
  method: number;
  compressedSize: number;
  /** As the central directory declares it: a claim, checked by limits.ts before anything is inflated. */
  uncompressedSize: number;
  localOffset: number;
}

export interface ZipListing {
  names: string[];
  entries: ZipEntry[];
  /** The entry's bytes, or null when absent or unreadable. */
  read(name: string): Buffer | null;
  /** The compressed bytes of an entry. */
  data(entry: ZipEntry): Buffer;
}

/** `read` is for small parts (workbook.xml, mimetype); anything larger is not what it claims to be. */
const maxReadBytes = 16 * 1024 * 1024;
const eocdSignature = 0x06054b50;
const centralSignature = 0x02014b50;
const localSignature = 0x04034b50;

export function listZip(bytes: Uint8Array): ZipListing | null {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEndOfCentralDirectory(buf);
  if (eocd < 0) return null;
  const count = buf.readUInt16LE(eocd + 10);
  const size = buf.readUInt32LE(eocd + 12);
  const offset = buf.readUInt32LE(eocd + 16);
  if (offset + size > eocd) return null;
  const entries = new Map<string, ZipEntry>();
  let p = offset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== centralSignature) return null;
    const method = buf.readUInt16LE(p + 10);
    const compressedSize = buf.readUInt32LE(p + 20);
    const uncompressedSize = buf.readUInt32LE(p + 24);
    const nameLength = buf.readUInt16LE(p + 28);
    const extraLength = buf.readUInt16LE(p + 30);
    const commentLength = buf.readUInt16LE(p + 32);
    const localOffset = buf.readUInt32LE(p + 42);
    const name = buf.toString('utf8', p + 46, p + 46 + nameLength);
    entries.set(name, { name, method, compressedSize, uncompressedSize, localOffset });
    p += 46 + nameLength + extraLength + commentLength;
  }
  return {
    names: [...entries.keys()],
    entries: [...entries.values()],
    data(e) {
      if (e.localOffset + 30 > buf.length || buf.readUInt32LE(e.localOffset) !== localSignature) return Buffer.alloc(0);
      const start = e.localOffset + 30 + buf.readUInt16LE(e.localOffset + 26) + buf.readUInt16LE(e.localOffset + 28);
      return buf.subarray(start, start + e.compressedSize);
    },
    read(name) {
      const e = entries.get(name);
      if (!e || e.localOffset + 30 > buf.length || buf.readUInt32LE(e.localOffset) !== localSignature) return null;
      const start = e.localOffset + 30 + buf.readUInt16LE(e.localOffset + 26) + buf.readUInt16LE(e.localOffset + 28);
      const data = buf.subarray(start, start + e.compressedSize);
      if (data.length !== e.compressedSize) return null;
      try {
        if (e.method === 0) return Buffer.from(data);
        // Never more than the directory declares (a zip bomb cannot grow past its claim), nor than a small part may be.
        if (e.method === 8) return nodeZlib().inflateRawSync(data, { maxOutputLength: Math.max(1, Math.min(e.uncompressedSize, maxReadBytes)) });
      } catch {
        return null;
      }
      return null;
    },
  };
}

/** The end-of-central-directory record sits in the last 64 KiB + 22 bytes (after an optional comment). */
function findEndOfCentralDirectory(buf: Buffer): number {
  const stop = Math.max(0, buf.length - 22 - 0xffff);
  for (let i = buf.length - 22; i >= stop; i--) {
    if (buf.readUInt32LE(i) === eocdSignature && i + 22 + buf.readUInt16LE(i + 20) <= buf.length) return i;
  }
  return -1;
}

/** What went wrong inflating an entry: more than declared (stopped there), less, or not deflate data at all. */
export class ZipEntryError extends Error {
  constructor(
    readonly entry: ZipEntry,
    readonly kind: 'overflow' | 'short' | 'unreadable',
  ) {
    super(`${entry.name}: ${kind}`);
  }
}

/**
 * An entry's content as it inflates, in chunks: throws `ZipEntryError` as soon as it passes its
 * declared size (nothing past the claim is ever produced), or at the end when it came short.
 * Inflation runs on libuv's threads, a chunk at a time, only as fast as the caller consumes.
 */
export async function* entryChunks(zip: ZipListing, entry: ZipEntry): AsyncGenerator<Buffer> {
  const data = zip.data(entry);
  if (data.length !== entry.compressedSize) throw new ZipEntryError(entry, 'unreadable');
  if (entry.method === 0) {
    if (data.length > entry.uncompressedSize) throw new ZipEntryError(entry, 'overflow');
    if (data.length < entry.uncompressedSize) throw new ZipEntryError(entry, 'short');
    yield data;
    return;
  }
  if (entry.method !== 8) throw new ZipEntryError(entry, 'unreadable');
  const inflate = nodeZlib().createInflateRaw({ chunkSize: 64 * 1024 });
  inflate.end(data);
  let total = 0;
  try {
    for await (const chunk of inflate as AsyncIterable<Buffer>) {
      total += chunk.length;
      if (total > entry.uncompressedSize) throw new ZipEntryError(entry, 'overflow');
      yield chunk;
    }
  } catch (err) {
    if (err instanceof ZipEntryError) throw err;
    throw new ZipEntryError(entry, 'unreadable');
  } finally {
    inflate.destroy();
  }
  if (total < entry.uncompressedSize) throw new ZipEntryError(entry, 'short');
}
