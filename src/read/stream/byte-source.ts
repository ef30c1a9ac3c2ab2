/**
 * Where the bytes of a record export come from, a buffer at a time: a file, standard input as
 * it arrives, bytes already in memory, or any of these decoded from Windows-1258 / UTF-16 into UTF-8 on
 * the way (SPEC §6). `pump` drives a tokenizer over a source with one reusable buffer, so memory
 * stays the size of that buffer (grown only for a record longer than it) whatever the file size.
 */
import type { FileHandle } from 'node:fs/promises';
import type { StreamHead } from '../chunks.js';
import { iconvLite } from '../on-demand.js';
import type { CsvTokenizer } from './csv-tokenizer.js';
import { readLimits } from '../limits.js';

export interface ByteSource {
  /** Reads up to `length` bytes into `into` at `offset`; 0 at the end. */
  read(into: Buffer, offset: number, length: number): Promise<number>;
}

/** The bytes of the file from `start` up to `end` (excluded). */
export function fileSource(handle: FileHandle, start: number, end = Infinity): ByteSource {
  let position = start;
  return {
    async read(into, offset, length) {
      if (position >= end) return 0;
      const { bytesRead } = await handle.read(into, offset, Math.min(length, end - position), position);
      position += bytesRead;
      return bytesRead;
    },
  };
}

/** `maxRead` cuts the reads short, so tests can put chunk boundaries anywhere. */
export function memorySource(bytes: Uint8Array, maxRead = Infinity): ByteSource {
  let position = 0;
  return {
    async read(into, offset, length) {
      const n = Math.min(length, maxRead, bytes.length - position);
      into.set(bytes.subarray(position, position + n), offset);
      position += n;
      return n;
    },
  };
}

/** Standard input: the head already read (from `start`, past a BOM), then the chunks still to come. */
export function streamSource(head: StreamHead, start: number): ByteSource {
  let pending: Uint8Array = head.bytes.subarray(start);
  let done = head.ended;
  return {
    async read(into, offset, length) {
      while (pending.length === 0 && !done) {
        const next = await head.rest.next();
        if (next.done) done = true;
        else pending = next.value;
      }
      const n = Math.min(length, pending.length);
      into.set(pending.subarray(0, n), offset);
      pending = pending.subarray(n);
      return n;
    },
  };
}

/** Decodes `inner` (no BOM) to UTF-8. Windows-1258 gives combining tone marks; they are left for whoever makes text of the bytes to normalise. */
export function transcodingSource(inner: ByteSource, encoding: 'windows1258' | 'windows1252' | 'utf16le' | 'utf16be'): ByteSource {
  const decoder = iconvLite().getDecoder(encoding);
  const raw = Buffer.allocUnsafe(1 << 16);
  let pending: Buffer = Buffer.alloc(0);
  let done = false;
  return {
    async read(into, offset, length) {
      while (pending.length === 0 && !done) {
        const n = await inner.read(raw, 0, raw.length);
        const text = n > 0 ? decoder.write(raw.subarray(0, n)) : (decoder.end() ?? '');
        if (n === 0) done = true;
        pending = Buffer.from(text, 'utf8');
      }
      const n = Math.min(length, pending.length);
      pending.copy(into, offset, 0, n);
      pending = pending.subarray(n);
      return n;
    },
  };
}

/**
 * Feeds the source to the tokenizer. Two buffers take turns: the next chunk is read into one
 * while the other is tokenized (a file read runs on libuv's thread pool, so the copy from the
 * page cache overlaps the parsing), and only the unfinished record at a chunk's end is copied,
 * in front of the next chunk. `progress(bytes)` is called after each chunk.
 *
 * A record longer than a chunk is tokenized again from its start each time more bytes come; so
 * that this stays linear, each attempt reads at least as many new bytes as the record already
 * holds (the record doubles). A record past `maxRecordChars` (an unclosed quote swallowing the
 * file) stops the tokenizer with an error at that record, as the whole-file reader does.
 */
export async function pump(source: ByteSource, tokenizer: CsvTokenizer, progress?: (bytes: number) => void, chunk = 1 << 20, maxRecordChars = readLimits.csvRecordChars): Promise<void> {
  // Room in front of each chunk for the unfinished record of the one before.
  const room = chunk;
  const buffers = [Buffer.allocUnsafe(room + chunk), Buffer.allocUnsafe(room + chunk)];
  let turn = 0;
  let tail = Buffer.alloc(0);
  let total = 0;
  let next = source.read(buffers[0]!, room, chunk);
  for (;;) {
    const n = await next;
    const into = buffers[turn]!;
    turn = 1 - turn;
    let data: Buffer;
    let ended = n === 0;
    if (tail.length <= room) {
      tail.copy(into, room - tail.length);
      data = into.subarray(room - tail.length, room + n);
    } else {
      // A record longer than a chunk: as many bytes again as it holds, then it is tried once more.
      const big = Buffer.allocUnsafe(Math.max(2 * tail.length, tail.length + chunk));
      tail.copy(big);
      into.copy(big, tail.length, room, room + n);
      const more = ended ? 0 : await fill(source, big, tail.length + n);
      data = big.subarray(0, tail.length + n + more);
      ended ||= data.length < big.length;
    }
    total += data.length - tail.length;
    // The next chunk is read into the other buffer while this one is tokenized.
    if (!ended) next = source.read(buffers[turn]!, room, chunk);
    const consumed = tokenizer.feed(data, data.length, ended);
    progress?.(total);
    if (ended || tokenizer.error) return;
    if (data.length - consumed > maxRecordChars && utf8Chars(data, consumed, data.length) > maxRecordChars) {
      tokenizer.fail(maxRecordChars);
      return;
    }
    tail = Buffer.from(data.subarray(consumed));
  }
}

/** Reads into `into` from `offset` until it is full or the source ends; the bytes read. */
async function fill(source: ByteSource, into: Buffer, offset: number): Promise<number> {
  let at = offset;
  while (at < into.length) {
    const n = await source.read(into, at, into.length - at);
    if (n === 0) break;
    at += n;
  }
  return at - offset;
}

/** Characters in UTF-8 bytes (continuation bytes are not counted). */
function utf8Chars(buf: Buffer, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i++) if ((buf[i]! & 0xc0) !== 0x80) n++;
  return n;
}
