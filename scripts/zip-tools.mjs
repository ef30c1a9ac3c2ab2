/**
 * A few lines of zip, with no dependency, for the fuzzer and the hardening tests: list the
 * central directory (with the offsets of its fields, to make it lie), unzip, and zip again with
 * parts that may be compressed once and reused (a zip bomb).
 */
import { deflateRawSync, inflateRawSync } from 'node:zlib';

/** A part compressed once: what `zipFiles` stores as it is. */
export function deflatedPart(content, level = 6) {
  return { deflated: deflateRawSync(content, { level }), crc: crc32(content), size: content.length };
}

/** Central-directory entries with the offsets of their fields, to edit sizes in place. */
export function centralEntries(buf) {
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 0xffff); i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return [];
  const entries = [];
  let p = buf.readUInt32LE(eocd + 16);
  const n = buf.readUInt16LE(eocd + 10);
  for (let k = 0; k < n && p + 46 <= buf.length && buf.readUInt32LE(p) === 0x02014b50; k++) {
    const nameLen = buf.readUInt16LE(p + 28);
    const local = buf.readUInt32LE(p + 42);
    const entry = { at: p, name: buf.toString('utf8', p + 46, p + 46 + nameLen), method: buf.readUInt16LE(p + 10), compressedSize: buf.readUInt32LE(p + 20), local, dataStart: -1 };
    if (local + 30 <= buf.length && buf.readUInt32LE(local) === 0x04034b50) entry.dataStart = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    entries.push(entry);
    p += 46 + nameLen + buf.readUInt16LE(p + 30) + buf.readUInt16LE(p + 32);
  }
  return entries;
}

/** A zip as a map name → bytes (what a rezip edits); entries that cannot be inflated are dropped. */
export function unzip(bytes) {
  const files = new Map();
  for (const e of centralEntries(bytes)) {
    if (e.dataStart < 0 || e.name.endsWith('/')) continue;
    const data = bytes.subarray(e.dataStart, e.dataStart + e.compressedSize);
    try {
      files.set(e.name, e.method === 8 ? inflateRawSync(data) : Buffer.from(data));
    } catch {}
  }
  return files;
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
export function crc32(buf) {
  let c = 0xffffffff;
  for (let i = 0; i < buf.length; i++) c = crcTable[(c ^ buf[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/**
 * name → Buffer, or → { deflated, crc, size } for a part compressed once and reused (the bomb).
 * A part with `zip64: true` (or a size past 4 GiB) declares its sizes the zip64 way: 0xFFFFFFFF
 * in the headers, the real numbers in a zip64 extra field.
 */
export function zipFiles(files) {
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const [name, content] of files) {
    const nameBytes = Buffer.from(name, 'utf8');
    const part = Buffer.isBuffer(content) ? deflatedPart(content) : content;
    const extra = zip64Extra(part);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    writeEntryFields(local, 4, part, nameBytes.length, extra.length);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    writeEntryFields(central, 6, part, nameBytes.length, extra.length);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, extra, part.deflated);
    centrals.push(central, nameBytes, extra);
    offset += 30 + nameBytes.length + extra.length + part.deflated.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.size, 8);
  end.writeUInt16LE(files.size, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

const isZip64 = (part) => part.zip64 === true || part.size > 0xffffffff;

function zip64Extra(part) {
  if (!isZip64(part)) return Buffer.alloc(0);
  const extra = Buffer.alloc(20);
  extra.writeUInt16LE(0x0001, 0);
  extra.writeUInt16LE(16, 2);
  extra.writeBigUInt64LE(BigInt(part.size), 4);
  extra.writeBigUInt64LE(BigInt(part.deflated.length), 12);
  return extra;
}

/**
 * The fields a local header and its central-directory entry share, in the same order from
 * `at` (version needed, flags, method, time, date, crc, sizes, name length, extra length); time and date stay 0.
 */
function writeEntryFields(header, at, part, nameLength, extraLength) {
  const zip64 = isZip64(part);
  header.writeUInt16LE(zip64 ? 45 : 20, at);
  header.writeUInt16LE(0x0800, at + 2); // names in UTF-8
  header.writeUInt16LE(8, at + 4); // deflate
  header.writeUInt32LE(part.crc, at + 10);
  header.writeUInt32LE(zip64 ? 0xffffffff : part.deflated.length, at + 14);
  header.writeUInt32LE(zip64 ? 0xffffffff : part.size >>> 0, at + 18);
  header.writeUInt16LE(nameLength, at + 22);
  header.writeUInt16LE(extraLength, at + 24);
}

/** Unzips, lets `edit` change the parts (text in, text out), zips again. */
export async function rezip(bytes, edit) {
  const files = unzip(bytes);
  const zip = {
    names: () => [...files.keys()],
    text: (name) => files.get(name)?.toString('utf8'),
    set: (name, content) => files.set(name, typeof content === 'string' ? Buffer.from(content, 'utf8') : content),
  };
  await edit(zip);
  return zipFiles(files);
}
