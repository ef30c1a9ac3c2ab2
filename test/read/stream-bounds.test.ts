/**
 * Issue 13, point 3: a streamed record export costs time linear in its size whatever its records
 * look like, and a record past the whole-file reader's cap (an unclosed quote swallowing the file,
 * a 16 MB field) stops the read with an error at that record.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CsvTokenizer } from '../../src/read/stream/csv-tokenizer.js';
import { memorySource, pump } from '../../src/read/stream/byte-source.js';
import { readInputs } from '../../src/read/inputs.js';
import { readLimits } from '../../src/read/limits.js';
import { UnitDirectory } from '../../src/interpret/index.js';
import { windowOf } from '../../src/model/record-counts.js';
import { recordStreams } from '../../src/interpret/records/index.js';
import { tempDir } from '../helpers/cli.js';

/** Tokenizes with small chunks, counting every byte the tokenizer is handed (rescans included). */
async function scanned(text: string | Buffer, chunk: number, maxRecordChars?: number) {
  const tokenizer = new CsvTokenizer(0x2c, () => {});
  let handed = 0;
  const feed = tokenizer.feed.bind(tokenizer);
  tokenizer.feed = (buf, len, final) => {
    handed += len;
    return feed(buf, len, final);
  };
  const bytes = Buffer.from(text);
  await pump(memorySource(bytes), tokenizer, undefined, chunk, maxRecordChars);
  return { handed, size: bytes.length, error: tokenizer.error, records: tokenizer.recordsRead };
}

/** Bytes looked at by every `Buffer#indexOf` while `work` runs: the tokenizer finds every boundary with it. */
async function searched(work: () => Promise<unknown>): Promise<number> {
  const indexOf = Buffer.prototype.indexOf;
  let bytes = 0;
  Buffer.prototype.indexOf = function (this: Buffer, ...args: Parameters<Buffer['indexOf']>): number {
    const at = indexOf.apply(this, args);
    const from = typeof args[1] === 'number' ? args[1] : 0;
    bytes += (at < 0 ? this.length : at + 1) - from;
    return at;
  };
  try {
    await work();
  } finally {
    Buffer.prototype.indexOf = indexOf;
  }
  return bytes;
}

const header = 'Mã hồ sơ,Đơn vị,Thủ tục,Ngày tiếp nhận,Hạn xử lý,Ngày trả kết quả,Kênh nộp\n';
const row = (i: number) => `HS${i},Sở Tư pháp,Cấp phiếu lý lịch tư pháp,01/09/2024,05/09/2024,03/09/2024,Trực tuyến\n`;
const rows = (from: number, n: number) => Array.from({ length: n }, (_, i) => row(from + i)).join('');

describe('streamed records stay linear and bounded', () => {
  it('tokenizes an unclosed quote by handing over each byte a bounded number of times, and names its record', async () => {
    const text = `${header}${rows(1, 2)}"HS3,Sở Tư pháp,x\n${rows(4, 20_000)}`;
    const r = await scanned(text, 16 * 1024, Infinity);
    expect(r.size).toBeGreaterThan(1_500_000);
    // Rescanning from the record's start on each 16 KiB chunk would hand over ~100 times the file.
    expect(r.handed).toBeLessThan(4 * r.size);
    expect(r.error).toMatchObject({ record: 4, message: expect.stringMatching(/not closed/) });
  });

  it.each([
    ['lines without a delimiter', 'abcdefghij\n'],
    ['lines of one quoted-then-more field', '"ab"cdefgh\n'],
  ])('looks at each byte a bounded number of times in %s', async (_, line) => {
    // The header has delimiters; the 40.000 lines after it have none (a one-column tail, a
    // pasted note): each field's search for the next delimiter must not run to the chunk's end.
    const bytes = Buffer.from(`${header}${line.repeat(40_000)}`);
    let records = 0;
    const tokenizer = new CsvTokenizer(0x2c, () => records++);
    const work = await searched(() => pump(memorySource(bytes), tokenizer, undefined, 64 * 1024));
    expect(records).toBe(40_001);
    // Searching afresh from every line scans ~32 KiB each time: hundreds of times the file.
    expect(work).toBeLessThan(4 * bytes.length);
  });

  it('stops a record longer than the whole-file cap, without reading the rest of the file', async () => {
    const field = `"${'a'.repeat(16 * 1024 * 1024)}"`;
    const text = `${header}${row(1)}HS2,${field},x\n${rows(3, 10)}`;
    const r = await scanned(text, 1 << 20);
    expect(r.error).toMatchObject({ record: 3, message: expect.stringMatching(/longer than 4\.194\.304 characters/) });
    expect(r.handed).toBeLessThan(4 * 2 * readLimits.csvRecordChars + 4 * (1 << 20));
  });

  it('counts characters, not bytes, against the cap', async () => {
    const field = 'ế'.repeat(2_000_000); // 6 MB of UTF-8, 2 million characters: within the cap
    const r = await scanned(`${header}HS1,"${field}",x\n${row(2)}`, 1 << 20);
    expect(r.error).toBeNull();
    expect(r.records).toBe(3);
  });

  it('reports a stray quote in a large export at its row, for no more work than the clean export takes', async () => {
    const dir = tempDir();
    const clean = `${header}${rows(1, 120_000)}`;
    const stray = `${header}${rows(1, 99)}"${rows(100, 120_000)}`;
    writeFileSync(path.join(dir, 'clean.csv'), clean);
    writeFileSync(path.join(dir, 'stray.csv'), stray);
    const reading = recordStreams({ window: windowOf('2024-09-30', null), units: new UnitDirectory([]), unitConfig: [], parallelMinBytes: 0 });
    let a: Awaited<ReturnType<typeof readInputs>> | undefined;
    let b: typeof a;
    const cleanWork = await searched(async () => (a = await readInputs([path.join(dir, 'clean.csv')], undefined, reading)));
    const strayWork = await searched(async () => (b = await readInputs([path.join(dir, 'stray.csv')], undefined, reading)));
    if (!a || !b) throw new Error('not read');
    expect(a.streamed[0]!.rowsRead).toBe(120_000);
    const malformed = b.streamed[0]!.issues.filter((i) => i.code === 'csv-malformed');
    expect(malformed).toEqual([expect.objectContaining({ severity: 'error', row: 101 })]);
    // Counted, not timed (the machine may be busy): rescanning the open record per chunk would search the file over many times.
    expect(strayWork).toBeLessThan(2 * cleanWork);
  });
});
