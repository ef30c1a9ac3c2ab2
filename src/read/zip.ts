/**
 * The one view of a zip that everything else reads through. A workbook is looked at before it is
 * handed to anyone: which entries it holds (an .xlsx, an .ods, an .xlsb or a Word document all
 * start with `PK`), their declared sizes (limits.ts checks them before inflating anything), and
 * the data of each entry inflated as a stream that stops as soon as it passes what the directory
 * declared. `canonicalZip` then writes the checked entries, and only those, as a fresh zip, which
 * is what exceljs (JSZip and unzipper, each with its own idea of a zip) is given: the parts the
 * limits saw are the parts that are read.
 *
 * A directory that disagrees with itself is refused here rather than interpreted: more or fewer
 * entries than the end record declares, a name given twice (the last copy would win silently),
 * names that begin with `/` or climb with `..`, sizes that point outside the file, zip64 markers
 * without their zip64 values. No office program writes such a file.
 */
import type { Readable } from 'node:stream';
import { nodeZlib } from './on-demand.js';

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated; anything else exceljs cannot read. */
  method: number;
  compressedSize: number;
  /** As the central directory declares it (zip64 values included): a claim, checked by limits.ts before anything is inflated. */
  uncompressedSize: number;
  localOffset: number;
  /** Where the entry's compressed bytes start (past the local header). */
  dataOffset: number;
  crc32: number;
}

export interface ZipListing {
  names: string[];
  entries: ZipEntry[];
  /** A small entry's bytes (at most 16 MB, never past its declared size), or null when absent or unreadable. */
  read(name: string): Buffer | null;
  /** The compressed bytes of an entry, whole. */
  data(entry: ZipEntry): Buffer;
  /** The compressed bytes of an entry as they come: whole from memory, through a bounded read stream from a file. */
  compressed(entry: ZipEntry): Buffer | Readable;
}

/**
 * Where a zip's bytes are: in memory, or in a file read in place (zip-file.ts), so that a record
 * export of 75 MB is never held whole — only its directory, local headers and small parts are.
 */
export interface ZipBytes {
  readonly length: number;
  /** The bytes of [start, start + length), fewer only past the end. */
  slice(start: number, length: number): Buffer;
  /** The same, as they come. */
  stream(start: number, length: number): Buffer | Readable;
}

/** Why a zip was not listed: cut off (a download interrupted), or a directory that contradicts itself. */
export interface ZipDefect {
  defect: 'truncated' | 'inconsistent';
  reason: string;
}

export function isZipDefect(z: ZipListing | ZipDefect): z is ZipDefect {
  return 'defect' in z;
}

/** `read` is for small parts (workbook.xml, mimetype); anything larger is not what it claims to be. */
const maxReadBytes = 16 * 1024 * 1024;
const eocdSignature = 0x06054b50;
const zip64LocatorSignature = 0x07064b50;
const zip64EocdSignature = 0x06064b50;
const centralSignature = 0x02014b50;
const localSignature = 0x04034b50;
const max32 = 0xffffffff;

const truncated = (reason: string): ZipDefect => ({ defect: 'truncated', reason });
const inconsistent = (reason: string): ZipDefect => ({ defect: 'inconsistent', reason });

export function listZip(bytes: Uint8Array | ZipBytes): ZipListing | ZipDefect {
  const src = bytes instanceof Uint8Array ? inMemory(bytes) : bytes;
  const tailStart = Math.max(0, src.length - 22 - 0xffff);
  const tail = src.slice(tailStart, src.length - tailStart);
  const found = findEndOfCentralDirectory(tail);
  if (found < 0) return truncated('no end of central directory');
  const eocd = tailStart + found;
  let count = tail.readUInt16LE(found + 10);
  let size = tail.readUInt32LE(found + 12);
  let offset = tail.readUInt32LE(found + 16);
  let directoryEnd = eocd;
  if (count === 0xffff || size === max32 || offset === max32) {
    const z = zip64End(src, eocd);
    if (!z) return inconsistent('zip64 markers without a zip64 end record');
    ({ count, size, offset } = z);
    directoryEnd = z.at;
  }
  if (offset + size > directoryEnd) return truncated('the central directory runs past its end');
  // The directory, and the four bytes after it (a hidden entry would begin there).
  const buf = src.slice(offset, size + 4);
  const entries = new Map<string, ZipEntry>();
  let p = 0;
  for (let i = 0; i < count; i++) {
    if (p + 46 > size || buf.readUInt32LE(p) !== centralSignature) return inconsistent(`the directory holds fewer entries than the ${count} it declares`);
    const nameLength = buf.readUInt16LE(p + 28);
    const extraLength = buf.readUInt16LE(p + 30);
    const commentLength = buf.readUInt16LE(p + 32);
    const next = p + 46 + nameLength + extraLength + commentLength;
    if (next > size) return inconsistent('a directory entry runs past the directory');
    const name = buf.toString('utf8', p + 46, p + 46 + nameLength);
    const bad = badName(name);
    if (bad) return inconsistent(bad);
    if (entries.has(name)) return inconsistent(`the part ${name} is there twice`);
    const sizes = entrySizes(buf, p, p + 46 + nameLength, extraLength);
    if (!sizes) return inconsistent(`the part ${name} has zip64 markers without zip64 sizes`);
    const { compressedSize, uncompressedSize, localOffset } = sizes;
    const local = localOffset + 30 > offset ? null : src.slice(localOffset, 30);
    if (!local || local.readUInt32LE(0) !== localSignature) return truncated(`the part ${name} has no local header`);
    const dataOffset = localOffset + 30 + local.readUInt16LE(26) + local.readUInt16LE(28);
    if (dataOffset + compressedSize > offset) return truncated(`the data of ${name} runs past the end of the file`);
    entries.set(name, { name, method: buf.readUInt16LE(p + 10), compressedSize, uncompressedSize, localOffset, dataOffset, crc32: buf.readUInt32LE(p + 16) });
    p = next;
  }
  // JSZip reads every directory header that follows, whatever the count says: a hidden entry is refused, not skipped.
  if (p + 4 <= buf.length && buf.readUInt32LE(p) === centralSignature) return inconsistent(`the directory holds more entries than the ${count} it declares`);
  const data = (e: ZipEntry) => src.slice(e.dataOffset, e.compressedSize);
  return {
    names: [...entries.keys()],
    entries: [...entries.values()],
    data,
    compressed: (e) => src.stream(e.dataOffset, e.compressedSize),
    read(name) {
      const e = entries.get(name);
      if (!e) return null;
      try {
        if (e.method === 0) return e.compressedSize <= Math.min(e.uncompressedSize, maxReadBytes) ? Buffer.from(data(e)) : null;
        // Never more than the directory declares (a zip bomb cannot grow past its claim), nor than a small part may be.
        if (e.method === 8) return nodeZlib().inflateRawSync(data(e), { maxOutputLength: Math.max(1, Math.min(e.uncompressedSize, maxReadBytes)) });
      } catch {
        return null;
      }
      return null;
    },
  };
}

/** Bytes in memory, sliced without copying. */
function inMemory(bytes: Uint8Array): ZipBytes {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const slice = (start: number, length: number) => buf.subarray(start, start + length);
  return { length: buf.length, slice, stream: slice };
}

/** Why a part name is not one an office program writes, or null. */
function badName(name: string): string | null {
  if (name.startsWith('/') || name.startsWith('\\')) return `the part name ${JSON.stringify(name)} begins with a slash`;
  if (name.split(/[/\\]/).includes('..')) return `the part name ${JSON.stringify(name)} climbs out of the file`;
  if (name.includes('\0')) return 'a part name holds a NUL byte';
  return null;
}

/** Sizes and offset of a central entry, with 0xFFFFFFFF values taken from the zip64 extra field (in its fixed order); null when one is missing. */
function entrySizes(buf: Buffer, p: number, extraStart: number, extraLength: number): { compressedSize: number; uncompressedSize: number; localOffset: number } | null {
  let uncompressedSize = buf.readUInt32LE(p + 24);
  let compressedSize = buf.readUInt32LE(p + 20);
  let localOffset = buf.readUInt32LE(p + 42);
  if (uncompressedSize !== max32 && compressedSize !== max32 && localOffset !== max32) return { compressedSize, uncompressedSize, localOffset };
  const extraEnd = extraStart + extraLength;
  for (let x = extraStart; x + 4 <= extraEnd; x += 4 + buf.readUInt16LE(x + 2)) {
    if (buf.readUInt16LE(x) !== 0x0001) continue;
    let v = x + 4;
    const end = Math.min(extraEnd, v + buf.readUInt16LE(x + 2));
    const take = (): number | null => {
      if (v + 8 > end) return null;
      const n = Number(buf.readBigUInt64LE(v));
      v += 8;
      return n;
    };
    if (uncompressedSize === max32) uncompressedSize = take() ?? -1;
    if (compressedSize === max32) compressedSize = take() ?? -1;
    if (localOffset === max32) localOffset = take() ?? -1;
    return uncompressedSize < 0 || compressedSize < 0 || localOffset < 0 ? null : { compressedSize, uncompressedSize, localOffset };
  }
  return null;
}

/** The zip64 end record the locator before `eocd` points to: count, size and offset of the directory, and where the record is. */
function zip64End(src: ZipBytes, eocd: number): { count: number; size: number; offset: number; at: number } | null {
  const locator = eocd - 20;
  if (locator < 0) return null;
  const l = src.slice(locator, 20);
  if (l.readUInt32LE(0) !== zip64LocatorSignature) return null;
  const at = Number(l.readBigUInt64LE(8));
  if (at + 56 > locator) return null;
  const r = src.slice(at, 56);
  if (r.readUInt32LE(0) !== zip64EocdSignature) return null;
  return { count: Number(r.readBigUInt64LE(32)), size: Number(r.readBigUInt64LE(40)), offset: Number(r.readBigUInt64LE(48)), at };
}

/** The end-of-central-directory record sits in the last 64 KiB + 22 bytes (after an optional comment): its place in `tail`, or -1. */
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
 * Inflation runs on libuv's threads, a chunk at a time, only as fast as the caller consumes; a
 * file's bytes are read only as fast as they are inflated, and no further once the caller stops.
 */
export async function* entryChunks(zip: ZipListing, entry: ZipEntry): AsyncGenerator<Buffer> {
  if (entry.method === 0) {
    if (entry.compressedSize > entry.uncompressedSize) throw new ZipEntryError(entry, 'overflow');
    if (entry.compressedSize < entry.uncompressedSize) throw new ZipEntryError(entry, 'short');
  } else if (entry.method !== 8) throw new ZipEntryError(entry, 'unreadable');
  const source = zip.compressed(entry);
  if (entry.method === 0) {
    yield* stored(entry, source);
    return;
  }
  const inflate = nodeZlib().createInflateRaw();
  if (Buffer.isBuffer(source)) inflate.end(source);
  else {
    source.on('error', (err) => inflate.destroy(err));
    source.pipe(inflate);
  }
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
    if (!Buffer.isBuffer(source)) source.destroy();
  }
  if (total < entry.uncompressedSize) throw new ZipEntryError(entry, 'short');
}

/** A stored entry's bytes (its sizes already agree): short when a file ends before them. */
async function* stored(entry: ZipEntry, source: Buffer | Readable): AsyncGenerator<Buffer> {
  if (Buffer.isBuffer(source)) {
    if (source.length < entry.uncompressedSize) throw new ZipEntryError(entry, 'short');
    yield source;
    return;
  }
  let total = 0;
  try {
    for await (const chunk of source as AsyncIterable<Buffer>) {
      total += chunk.length;
      yield chunk;
    }
  } catch {
    throw new ZipEntryError(entry, 'unreadable');
  } finally {
    source.destroy();
  }
  if (total < entry.uncompressedSize) throw new ZipEntryError(entry, 'short');
}

/**
 * The checked entries written as a new zip: local headers that agree with the directory, no data
 * descriptors, nothing between or around the entries. Only for a listing that passed the
 * directory check (sizes far below 4 GiB), so no zip64 is needed. The compressed bytes are copied,
 * never inflated.
 */
export function canonicalZip(zip: ZipListing): Buffer {
  const parts: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of zip.entries) {
    const name = Buffer.from(e.name, 'utf8');
    const data = zip.data(e);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(localSignature, 0);
    writeShared(local, 4, e, name.length);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(centralSignature, 0);
    central.writeUInt16LE(20, 4);
    writeShared(central, 6, e, name.length);
    central.writeUInt32LE(offset, 42);
    parts.push(local, name, data);
    centrals.push(central, name);
    offset += 30 + name.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(eocdSignature, 0);
  end.writeUInt16LE(zip.entries.length, 8);
  end.writeUInt16LE(zip.entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, directory, end]);
}

/** The fields a local header and its directory entry share, from `at`: version, flags (UTF-8 names), method, time, crc, sizes, name length. */
function writeShared(header: Buffer, at: number, e: ZipEntry, nameLength: number): void {
  header.writeUInt16LE(20, at);
  header.writeUInt16LE(0x0800, at + 2);
  header.writeUInt16LE(e.method, at + 4);
  header.writeUInt32LE(e.crc32, at + 10);
  header.writeUInt32LE(e.compressedSize, at + 14);
  header.writeUInt32LE(e.uncompressedSize, at + 18);
  header.writeUInt16LE(nameLength, at + 22);
}
