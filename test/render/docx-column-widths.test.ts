/** The Word report's column widths (src/render/docx/column-widths.ts). */
import { describe, expect, it } from 'vitest';
import { columnWidthsMm, textMm, type WidthCell, type WidthColumn } from '../../src/render/docx/column-widths.js';

const cells = (...texts: string[]): WidthCell[] => texts.map((text) => ({ text, bold: false }));
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

describe('column widths of the Word report', () => {
  // The example's dossier table by level: eleven columns on an A4 page's 165 mm.
  const levels: WidthColumn[] = [{ label: 'Cấp', kind: 'text' }, ...['Tiếp nhận', 'Từ kỳ trước', 'Đã giải quyết', 'Trước và đúng hạn', 'Quá hạn', 'Đang giải quyết', 'Trực tuyến', 'Thanh toán trực tuyến'].map((label) => ({ label, kind: 'integer' as const })), { label: 'Tỷ lệ đúng hạn', kind: 'percent' }, { label: 'Tỷ lệ trực tuyến', kind: 'percent' }];
  const values = [
    ['Cấp tỉnh', 'Cấp huyện', 'Cấp xã', 'Tổng cộng'],
    ['165.106', '26.060', '79.331', '270.497'], ['4.891', '909', '1.003', '6.803'], ['157.730', '24.830', '77.543', '260.103'], ['155.339', '24.385', '76.816', '256.540'],
    ['2.391', '445', '727', '3.563'], ['7.376', '1.230', '1.788', '10.394'], ['76.621', '7.837', '18.203', '102.661'], ['', '', '', ''], ['98,5%', '98,2%', '99,1%', '98,6%'], ['47,8%', '31,2%', '23,2%', '38,9%'],
  ];

  it('fills the width, and gives every number the width of its longest value: none is broken across lines', () => {
    const widths = columnWidthsMm(levels, (i) => cells(...values[i]!), 165);
    expect(sum(widths)).toBeCloseTo(165, 6);
    values.slice(1).forEach((column, k) => expect(widths[k + 1], levels[k + 1]!.label).toBeGreaterThan(Math.max(...column.map((v) => textMm(v)))));
    // A word of a header is not broken either ("trướ/c").
    expect(widths[2]).toBeGreaterThan(textMm('trước', true));
  });

  it('sets a short text on one line beside long text, which takes the rest by how much it holds', () => {
    const columns: WidthColumn[] = [{ label: 'Đơn vị', kind: 'text' }, { label: 'Tổng số', kind: 'integer' }, { label: 'Đánh giá', kind: 'text' }];
    const widths = columnWidthsMm(columns, (i) => cells(...[['Sở Khoa học và Công nghệ (gồm Sở Thông tin và Truyền thông trước 01/03/2025)', 'Sở Y tế'], ['8', '2'], ['Đúng tiến độ', 'Cần đôn đốc']][i]!), 165);
    expect(widths[2]).toBeGreaterThan(textMm('Đúng tiến độ'));
    expect(widths[0]).toBeGreaterThan(widths[2]! * 3);
    expect(sum(widths)).toBeCloseTo(165, 6);
  });

  it('a list of file names does not starve the other text: its hyphenated names break anyway', () => {
    const columns: WidthColumn[] = [{ label: 'Đơn vị', kind: 'text' }, { label: 'Tình trạng', kind: 'text' }, { label: 'File', kind: 'text' }, { label: 'Số liệu đến ngày', kind: 'date' }, { label: 'Bảng đã đọc', kind: 'integer' }, { label: 'Bảng không đọc được', kind: 'integer' }];
    const texts = [
      ['Sở Tài nguyên và Môi trường', 'Sở Thông tin và Truyền thông'],
      ['Có số liệu trong danh sách tổng hợp', 'Đã gửi'],
      ['chi-tieu-chuyen-doi-so.xlsx, so-thong-tin-truyen-thong.csv', 'so-noi-vu.xlsx'],
      ['25/10/2024', '31/10/2024'], ['1', '2'], ['0', '0'],
    ];
    const widths = columnWidthsMm(columns, (i) => cells(...texts[i]!), 165);
    // "Sở Tài nguyên và Môi trường" on two lines in LibreOffice (27+ mm), not three (23,7 mm, when
    // the file names claimed 59 mm); the file names take what is left.
    expect(widths[0]).toBeGreaterThan(27);
    expect(widths[2]).toBeLessThan(50);
    expect(widths[3]).toBeGreaterThan(textMm('25/10/2024'));
  });

  it('shrinks evenly only when what the columns need is more than the page', () => {
    const many: WidthColumn[] = Array.from({ length: 16 }, (_, i) => ({ label: `Cột ${i}`, kind: 'integer' }));
    const widths = columnWidthsMm(many, () => cells('1.234.567.890'), 165);
    expect(sum(widths)).toBeCloseTo(165, 6);
    expect(new Set(widths.map((w) => w.toFixed(6))).size).toBe(1);
  });
});
