/**
 * Standard input as it arrives, a chunk at a time. Its first bytes decide how it is read: a
 * record-level export is counted as it streams past (stream/), so a million-row export piped in
 * is never held whole; anything else is collected, up to the largest input any reader accepts,
 * and read like a file.
 */

/** Bytes read to decide whether a text is a record export (stream/index.ts). */
export const probeBytes = 256 * 1024;

/** The first bytes of a stream, and the rest still to come. */
export interface StreamHead {
  bytes: Buffer;
  /** The stream ended within `bytes`: they are the whole input. */
  ended: boolean;
  rest: AsyncIterator<Uint8Array>;
}

export async function readHead(chunks: AsyncIterable<Uint8Array>, atLeast = probeBytes): Promise<StreamHead> {
  const rest = chunks[Symbol.asyncIterator]();
  const parts: Uint8Array[] = [];
  let size = 0;
  while (size < atLeast) {
    const next = await rest.next();
    if (next.done) return { bytes: Buffer.concat(parts), ended: true, rest };
    parts.push(next.value);
    size += next.value.length;
  }
  return { bytes: Buffer.concat(parts), ended: false, rest };
}

/** The whole input, or null once it grows past `limit` bytes (the rest is then left unread). */
export async function readRest(head: StreamHead, limit: number): Promise<Buffer | null> {
  if (head.ended) return head.bytes;
  const parts: Uint8Array[] = [head.bytes];
  let size = head.bytes.length;
  for (let next = await head.rest.next(); !next.done; next = await head.rest.next()) {
    size += next.value.length;
    if (size > limit) {
      await head.rest.return?.();
      return null;
    }
    parts.push(next.value);
  }
  return Buffer.concat(parts);
}
