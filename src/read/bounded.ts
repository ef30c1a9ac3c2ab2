/**
 * Reading a named file without letting its size decide how much memory is spent: a regular file
 * is measured (`stat`) before it is read; anything else — a pipe (`<(cat x.csv)`, `/dev/stdin`),
 * a FIFO, a device such as `/dev/zero` — cannot be measured or read at an offset, so it is read
 * as a stream that stops at the limit.
 */
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { readHead, readRest } from './chunks.js';

/** The bytes, or how many there are when more than `limit` (at least `limit + 1` for a stream, which is not read further). */
export async function readBounded(file: string, limit: number): Promise<{ bytes: Buffer } | { tooLarge: number }> {
  const info = await stat(file);
  if (info.isFile()) {
    if (info.size > limit) return { tooLarge: info.size };
    const bytes = await readFile(file);
    // It may have grown since it was measured.
    return bytes.length > limit ? { tooLarge: bytes.length } : { bytes };
  }
  const bytes = await readRest(await readHead(streamOf(file)), limit);
  return bytes ? { bytes } : { tooLarge: limit + 1 };
}

/** The chunks of a path that is not a regular file, as they arrive. */
export function streamOf(file: string): AsyncIterable<Uint8Array> {
  return createReadStream(file, { highWaterMark: 1 << 16 });
}
