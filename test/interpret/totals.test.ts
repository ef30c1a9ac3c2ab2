/** Total rows checked where they stand (SPEC §4.4, issue 12 point 5), through the feedback-by-sector form. */
import { describe, expect, it } from 'vitest';
import { interpretRows } from './raw.js';

const header = ['STT', 'Lĩnh vực', 'Số phản ánh kiến nghị', 'Đã xử lý'];
const codes = (rows: Parameters<typeof interpretRows>[0]) => interpretRows(rows).issues.map((i) => `${i.code} ${i.column}${i.row}`);

describe('total rows', () => {
  it('checks a total at the top against the rows below it, with no warning when it holds', () => {
    expect(codes([header, [null, 'Tổng cộng', 30, 25], [1, 'Đất đai', 10, 8], [2, 'Xây dựng', 20, 17]])).toEqual([]);
  });

  it('checks a subtotal against its own group only, and the grand total against every row', () => {
    const rows = [
      header,
      ['I', 'CẤP TỈNH'],
      [1, 'Đất đai', 10, 8],
      [2, 'Xây dựng', 20, 17],
      [null, 'Cộng', 30, 25],
      ['II', 'CẤP XÃ'],
      [1, 'Hộ tịch', 5, 5],
      [2, 'Chứng thực', 7, 6],
      [null, 'Cộng cấp xã', 12, 11],
      [null, 'Tổng cộng', 42, 36],
    ];
    expect(codes(rows)).toEqual([]);
  });

  it('gives one warning for a total that matches no group, naming each wrong column, never one per cell', () => {
    const r = interpretRows([header, [1, 'Đất đai', 10, 8], [2, 'Xây dựng', 20, 17], [null, 'Tổng cộng', 31, 26]]);
    expect(r.issues.map((i) => `${i.code} ${i.column}${i.row}`)).toEqual(['total-mismatch C4']);
    expect((r.issues[0]!.params as { columns: unknown[] }).columns).toEqual([
      { column: 'C', header: 'Số phản ánh kiến nghị', stated: 31, computed: 30 },
      { column: 'D', header: 'Đã xử lý', stated: 26, computed: 25 },
    ]);
  });

  it('does not let a subtotal match the whole table', () => {
    const r = interpretRows([header, [1, 'Đất đai', 10, 8], [null, 'Cộng', 10, 8], [2, 'Xây dựng', 20, 17], [null, 'Cộng', 30, 25]]);
    expect(r.issues.map((i) => `${i.code} ${i.column}${i.row}`)).toEqual(['total-mismatch C5']);
  });
});
