import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parse } from 'csv-parse/sync';
import { CsvTokenizer, fieldText, tokenizeBytes } from '../../src/read/stream/csv-tokenizer.js';
import { memorySource, pump } from '../../src/read/stream/byte-source.js';
import { decodeBytes } from '../../src/read/encoding.js';
import { detectDelimiter } from '../../src/read/delimiter.js';

/** What read/csv.ts asks of csv-parse. */
function reference(text: string, delimiter: string): string[][] {
  return parse(text, { delimiter, relax_column_count: true, relax_quotes: true, skip_empty_lines: false, bom: true }) as string[][];
}

const fieldChars = ['a', 'b', 'ế', 'Đ', ' ', '"', ',', ';', '\t', '\r', '\n', '0', '9', '.', '😀'];
const field = fc.array(fc.constantFrom(...fieldChars), { maxLength: 8 }).map((cs) => cs.join(''));

function quoteIfNeeded(f: string, delimiter: string, force: boolean, alone: boolean): string {
  if (force || (alone && f === '') || /["\r\n]/.test(f) || f.includes(delimiter)) return `"${f.replace(/"/g, '""')}"`;
  return f;
}

const csvCase = fc
  .record({
    delimiter: fc.constantFrom(',', ';', '\t'),
    newline: fc.constantFrom('\n', '\r\n', '\r'),
    bom: fc.boolean(),
    trailing: fc.boolean(),
    rows: fc.array(fc.array(fc.tuple(field, fc.boolean()), { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 12 }),
  })
  .map(({ delimiter, newline, bom, trailing, rows }) => {
    const lines = rows.map((r) => r.map(([f, force]) => quoteIfNeeded(f, delimiter, force, r.length === 1)).join(delimiter));
    return { delimiter, text: (bom ? '\ufeff' : '') + lines.join(newline) + (trailing ? newline : '') };
  });

async function chunked(bytes: Buffer, delimiter: string, maxRead: number): Promise<string[][]> {
  const out: string[][] = [];
  const tokenizer = new CsvTokenizer(delimiter.charCodeAt(0), (r) => out.push(Array.from({ length: r.count }, (_, i) => fieldText(r, i))));
  const start = bytes[0] === 0xef ? 3 : 0;
  await pump(memorySource(bytes.subarray(start), maxRead), tokenizer, undefined, 8);
  return out;
}

describe('streaming CSV tokenizer', () => {
  it('gives the same records as csv-parse on random CSV (quotes, doubled quotes, embedded line breaks, CRLF, CR, BOM, empty fields)', () => {
    fc.assert(
      fc.property(csvCase, ({ delimiter, text }) => {
        const ours = tokenizeBytes(Buffer.from(text, 'utf8'), delimiter.charCodeAt(0));
        expect(ours.error).toBeNull();
        expect(ours.records).toEqual(reference(text, delimiter));
      }),
      { numRuns: 600 },
    );
  });

  it('gives the same records whatever the chunk boundaries', async () => {
    await fc.assert(
      fc.asyncProperty(csvCase, fc.integer({ min: 1, max: 13 }), async ({ delimiter, text }, maxRead) => {
        const bytes = Buffer.from(text, 'utf8');
        expect(await chunked(bytes, delimiter, maxRead)).toEqual(reference(text, delimiter));
      }),
      { numRuns: 300 },
    );
  });

  it('reads every CSV fixture as csv-parse does', () => {
    const files = listCsv(path.resolve('fixtures'));
    expect(files.length).toBeGreaterThan(1);
    for (const file of files) {
      const decoded = decodeBytes(readFileSync(file));
      const { delimiter, sepLine } = detectDelimiter(decoded.text);
      const text = sepLine ? decoded.text.slice(decoded.text.indexOf('\n') + 1) : decoded.text;
      const ours = tokenizeBytes(Buffer.from(text, 'utf8'), delimiter.charCodeAt(0));
      let expected: string[][] | null = null;
      try {
        expected = reference(text, delimiter);
      } catch {
        // A fixture that is broken on purpose: both must refuse it.
      }
      if (expected) expect(ours.records, file).toEqual(expected);
      else expect(ours.error, file).not.toBeNull();
    }
  });

  it('keeps a quoted field followed by other text as written, as csv-parse does', () => {
    const text = 'a,"b"c,d\n1,x"y,2\n';
    expect(tokenizeBytes(Buffer.from(text), 44).records).toEqual(reference(text, ','));
  });

  it('reports a quote left open at the end of the file with its record', () => {
    const result = tokenizeBytes(Buffer.from('a,b\nc,"d\ne,f\n'), 44);
    expect(result.records).toEqual([['a', 'b']]);
    expect(result.error).toEqual({ record: 2, message: expect.stringContaining('not closed') });
  });
});

function listCsv(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.(csv|tsv|txt)$/i.test(e.name))
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
}
