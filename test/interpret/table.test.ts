import { describe, expect, it } from 'vitest';
import { findTitleDates, locateTable } from '../../src/interpret/table.js';
import { rawTable } from './raw.js';

const parts = (rows: Parameters<typeof rawTable>[0]) => locateTable(rawTable(rows))!.columns.map((c) => c.text);

describe('locateTable', () => {
  it('finds the header under a title block and reads the as-of date there', () => {
    const t = locateTable(
      rawTable([
        ['UBND TỈNH TÂY NINH', null, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'],
        ['BÁO CÁO KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2024'],
        ['(Số liệu tính đến ngày 25/10/2024)'],
        [],
        ['STT', 'Nội dung', 'Đơn vị chủ trì', 'Tình trạng'],
        [1, 'Task', 'Sở Nội vụ', 'Hoàn thành'],
      ]),
    )!;
    expect(t.headerStart).toBe(4);
    expect(t.asOf).toBe('2024-10-25');
  });

  it('joins a two-row header saved without merge information (CSV)', () => {
    expect(
      parts([
        ['STT', 'Chỉ tiêu', 'ĐVT', 'Năm 2024', null, 'Ghi chú'],
        [null, null, null, 'Kế hoạch', 'Thực hiện'],
        [1, 'Tỷ lệ', '%', '50%', '60%'],
      ]),
    ).toEqual(['STT', 'Chỉ tiêu', 'ĐVT', 'Năm 2024 / Kế hoạch', 'Năm 2024 / Thực hiện', 'Ghi chú']);
  });

  it('joins it when the child row scores higher and the parent row is above it', () => {
    const t = locateTable(
      rawTable([
        ['BIỂU TỔNG HỢP'],
        ['STT', 'Nội dung', 'Kết quả giải quyết', null, null],
        [null, null, 'Tình trạng', 'Ngày hoàn thành', 'Đơn vị chủ trì'],
        [1, 'Task', 'Hoàn thành', '20/06/2024', 'Sở Tư pháp'],
      ]),
    )!;
    expect([t.headerStart, t.headerEnd, t.titleLines]).toEqual([1, 2, ['BIỂU TỔNG HỢP']]);
    expect(t.columns.map((c) => c.text)).toEqual(['STT', 'Nội dung', 'Kết quả giải quyết / Tình trạng', 'Kết quả giải quyết / Ngày hoàn thành', 'Kết quả giải quyết / Đơn vị chủ trì']);
  });

  it('never takes the first data row, a section row or a numbering row for a header row', () => {
    for (const next of [
      [1, 'Rà soát văn bản', 'Sở Tư pháp', 'Hoàn thành'],
      ['I', 'CẢI CÁCH THỂ CHẾ'],
      ['(1)', '(2)', '(3)', '(4)'],
      [null, null, null, null, 'ghi chú thêm'],
    ]) {
      const t = locateTable(rawTable([['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Tình trạng'], next]))!;
      expect(t.headerEnd, JSON.stringify(next)).toBe(0);
    }
  });
});

describe('findTitleDates', () => {
  it.each([
    ['(Số liệu tính đến ngày 25/10/2024)', '2024-10-25'],
    ['Số liệu tính đến hết ngày 25 tháng 10 năm 2024', '2024-10-25'],
    ['Tính đến 25.10.2024', '2024-10-25'],
    ['Số liệu cập nhật đến ngày 25/10/2024', '2024-10-25'],
    ['Báo cáo đến thời điểm 25/10/2024', '2024-10-25'],
    ['Tính đến ngày: 2024-10-25', '2024-10-25'],
    ['Status as of 25/10/2024', '2024-10-25'],
  ])('%s → %s', (line, asOf) => {
    expect(findTitleDates([line]).asOf).toBe(asOf);
  });

  it('reads a reporting period and takes its end as the as-of date', () => {
    expect(findTitleDates(['(Từ ngày 15/12/2023 đến ngày 14/9/2024)'])).toEqual({ period: { from: '2023-12-15', to: '2024-09-14' }, asOf: '2024-09-14' });
    expect(findTitleDates(['Kỳ báo cáo: từ 01/01/2024 đến hết ngày 30/09/2024']).period).toEqual({ from: '2024-01-01', to: '2024-09-30' });
  });

  it('finds no date in titles that only mention a year', () => {
    expect(findTitleDates(['KẾ HOẠCH CHUYỂN ĐỔI SỐ ĐẾN NĂM 2025', 'Tây Ninh, ngày 25 tháng 10 năm 2024'])).toEqual({});
  });
});
