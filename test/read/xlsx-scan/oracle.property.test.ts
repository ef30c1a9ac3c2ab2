/**
 * The lean sheet scanner against exceljs's in-memory reader, the oracle: workbooks generated at
 * random — written by exceljs (shared strings or inline, 1900 or 1904 dates) and by openpyxl —
 * must give every cell the same value from both readers.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import ExcelJS from 'exceljs';
import { oracle, scanned } from './read-both.js';

type Kind = 'text' | 'number' | 'date' | 'bool' | 'error' | 'rich' | 'formula-number' | 'formula-text';
interface Cell {
  row: number;
  column: number;
  kind: Kind;
  value: string | number | boolean | string[];
  format: string | null;
}
interface Book {
  date1904: boolean;
  sharedStrings: boolean;
  sheets: { name: string; cells: Cell[] }[];
}

/**
 * Text the way forms hold it: Vietnamese, XML's special characters, line breaks, spaces at either
 * end, astral characters, and Excel's `_xHHHH_` escapes (upper-case hex, as Excel writes them).
 */
const text = fc.string({
  unit: fc.constantFrom('a', 'Z', '0', ' ', 'ệ', 'Đ', 'ơ', 'ữ', '&', '<', '>', '"', "'", '\n', '\r\n', '\t', '😀', '_', '_x0041_', '_x000D_', '&amp;', '#', ';', '\u00a0', 'Thủ tục'),
  maxLength: 24,
});
const number = fc.oneof(fc.integer({ min: -1e9, max: 1e9 }), fc.double({ min: -1e12, max: 1e12, noNaN: true, noDefaultInfinity: true }).map((x) => (Object.is(x, -0) ? 0 : x)));
const dateMs = fc.integer({ min: Date.UTC(1900, 2, 1), max: Date.UTC(2099, 11, 31) });
const dateFormats = ['dd/mm/yyyy', 'mm-dd-yy', 'yyyy-mm-dd hh:mm:ss', '[$-42A]dd/mm/yyyy', 'h:mm', 'd-mmm-yy'];
const numberFormats = [null, '#,##0', '0.00%', '#,##0 "ngày"', '"đ"#,##0.00', '[Red]#,##0;[Blue]-#,##0', '@'];

const value = fc.oneof(
  fc.record({ kind: fc.constant<Kind>('text'), value: text, format: fc.constant(null) }),
  fc.record({ kind: fc.constant<Kind>('number'), value: number, format: fc.constantFrom(...numberFormats) }),
  fc.record({ kind: fc.constant<Kind>('date'), value: dateMs, format: fc.constantFrom(...dateFormats) }),
  fc.record({ kind: fc.constant<Kind>('bool'), value: fc.boolean(), format: fc.constant(null) }),
  fc.record({ kind: fc.constant<Kind>('error'), value: fc.constantFrom('#N/A', '#DIV/0!', '#REF!', '#VALUE!'), format: fc.constant(null) }),
  fc.record({ kind: fc.constant<Kind>('rich'), value: fc.array(text, { minLength: 1, maxLength: 3 }), format: fc.constant(null) }),
  // exceljs reads a stored result of 0 or "" as no result at all, decodes entities in a text result twice (`&amp;amp;` → `&`)
  // and no _xHHHH_ escape in it: the scanner reads them as Excel does (see the edge cases).
  fc.record({ kind: fc.constant<Kind>('formula-number'), value: number.filter((x) => x !== 0), format: fc.constant(null) }),
  fc.record({ kind: fc.constant<Kind>('formula-text'), value: text.map((t) => t.replace(/_x/g, '_y').replace(/&/g, '+')).filter((t) => t !== ''), format: fc.constant(null) }),
);

/** Sparse rows (gaps between row numbers, empty columns), one cell per position. */
const cells = fc
  .uniqueArray(fc.record({ row: fc.integer({ min: 1, max: 40 }), column: fc.integer({ min: 1, max: 30 }) }), { maxLength: 40, selector: (p) => `${p.row}:${p.column}` })
  .chain((positions) => fc.tuple(...positions.map((p) => value.map((v) => ({ ...p, ...v }) as Cell))));

const book: fc.Arbitrary<Book> = fc.record({
  date1904: fc.boolean(),
  sharedStrings: fc.boolean(),
  sheets: fc.uniqueArray(fc.record({ name: fc.constantFrom('Danh sách hồ sơ', 'Sheet1', 'A & B', "Q'3", 'Tổng hợp'), cells }), { minLength: 1, maxLength: 3, selector: (s) => s.name }),
});

async function writeWithExceljs(b: Book): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.properties.date1904 = b.date1904;
  for (const s of b.sheets) {
    const ws = wb.addWorksheet(s.name);
    for (const c of s.cells) {
      const cell = ws.getCell(c.row, c.column);
      const v = c.value;
      if (c.kind === 'date') cell.value = new Date(v as number);
      else if (c.kind === 'error') cell.value = { error: v } as ExcelJS.CellErrorValue;
      else if (c.kind === 'rich') cell.value = { richText: (v as string[]).map((t, i) => ({ text: t, font: i % 2 ? { bold: true } : { italic: true } })) };
      else if (c.kind === 'formula-number' || c.kind === 'formula-text') cell.value = { formula: 'ROW()', result: v as number | string };
      else cell.value = v as string | number | boolean;
      if (c.format) cell.numFmt = c.format;
    }
  }
  return Buffer.from(await wb.xlsx.writeBuffer({ useSharedStrings: b.sharedStrings } as Partial<ExcelJS.XlsxWriteOptions>));
}

async function agree(bytes: Uint8Array): Promise<number> {
  const [ours, theirs] = await Promise.all([scanned(bytes), oracle(bytes)]);
  expect(ours.sheets).toEqual(theirs.sheets);
  expect(Object.fromEntries(ours.cells)).toEqual(Object.fromEntries(theirs.cells));
  return theirs.cells.size;
}

describe('the lean sheet scanner, against exceljs', () => {
  it('gives every cell of a workbook written by exceljs the value exceljs reads back', async () => {
    let seen = 0;
    await fc.assert(
      fc.asyncProperty(book, async (b) => {
        seen += await agree(await writeWithExceljs(b));
      }),
      { numRuns: 30 },
    );
    // The property saw cells, not only empty sheets.
    expect(seen).toBeGreaterThan(150);
  });

  const python = '/usr/bin/python3';
  const hasOpenpyxl = existsSync(python) && spawnSync(python, ['-c', 'import openpyxl']).status === 0;
  it.skipIf(!hasOpenpyxl)('gives every cell of a workbook written by openpyxl the value exceljs reads', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'rr-xlsx-scan-'));
    // openpyxl writes no rich text (3.0) and no cached formula results; its strings are inline, where exceljs
    // decodes no _xHHHH_ escape (the scanner does, as Excel does: see the edge cases).
    const books = fc.sample(book, { numRuns: 25, seed: 20241025 }).map((b, i) => ({
      path: path.join(dir, `book-${i}.xlsx`),
      date1904: b.date1904,
      sheets: b.sheets.map((s) => ({
        name: s.name,
        cells: s.cells.map((c) =>
          c.kind === 'rich'
            ? [c.row, c.column, 'text', (c.value as string[]).join('').replace(/_x/g, '_y'), null]
            : c.kind.startsWith('formula')
              ? [c.row, c.column, 'formula', '=ROW()', null]
              : [c.row, c.column, c.kind, typeof c.value === 'string' ? c.value.replace(/_x/g, '_y') : c.value, c.format],
        ),
      })),
    }));
    const spec = path.join(dir, 'spec.json');
    writeFileSync(spec, JSON.stringify(books));
    const made = spawnSync(python, [path.join(import.meta.dirname, 'openpyxl-workbooks.py'), spec], { encoding: 'utf8' });
    expect(made.stderr).toBe('');
    let seen = 0;
    for (const b of books) seen += await agree(readFileSync(b.path));
    expect(seen).toBeGreaterThan(100);
  });
});
