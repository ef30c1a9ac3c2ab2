import { describe, expect, it } from 'vitest';
import { readHead, readRest } from '../../src/read/chunks.js';

async function* chunks(...parts: string[]): AsyncIterable<Uint8Array> {
  for (const p of parts) yield Buffer.from(p);
}

describe('standard input, a chunk at a time', () => {
  it('reads a head of at least the bytes asked for, and says whether the input ended there', async () => {
    const short = await readHead(chunks('ab', 'cd'), 10);
    expect([short.bytes.toString(), short.ended]).toEqual(['abcd', true]);
    const long = await readHead(chunks('abc', 'def', 'ghi'), 4);
    expect([long.bytes.toString(), long.ended]).toEqual(['abcdef', false]);
    expect((await readRest(long, 100))?.toString()).toBe('abcdefghi');
  });

  it('stops collecting past the limit, leaving the rest unread', async () => {
    let pulled = 0;
    async function* endless(): AsyncIterable<Uint8Array> {
      for (;;) {
        pulled++;
        yield Buffer.alloc(1000, 120);
      }
    }
    const head = await readHead(endless(), 1000);
    expect(await readRest(head, 5000)).toBeNull();
    expect(pulled).toBe(6);
  });
});
