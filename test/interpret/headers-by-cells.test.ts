/** Headers read by their words and their cells (SPEC §2.1, issue 12 point 2). */
import { describe, expect, it } from 'vitest';
import { interpretRows } from './raw.js';

describe('a header that could name two fields', () => {
  it.each([['Thời gian'], ['Hạn'], ['Tiến độ']])('"%s" over dates and periods is the deadline, so overdue tasks show', (name) => {
    const r = interpretRows(
      [
        ['(Số liệu tính đến ngày 25/10/2024)'],
        ['STT', 'Nội dung nhiệm vụ', 'Đơn vị chủ trì', name, 'Tình trạng'],
        [1, 'Rà soát văn bản', 'Sở Tư pháp', '30/06/2024', 'Đang thực hiện'],
        [2, 'Kiểm tra văn bản', 'Sở Tư pháp', 'Quý IV/2024', 'Đang thực hiện'],
        [3, 'Thẩm định văn bản', 'Sở Tư pháp', 'Tháng 9/2024', 'Hoàn thành'],
      ],
      {},
    );
    expect(r.records.tasks.map((t) => (t.deadline?.kind === 'date' ? t.deadline.date : null))).toEqual(['2024-06-30', '2024-12-31', '2024-09-30']);
    expect(r.issues).toEqual([]);
  });

  it('"Tiến độ" over percents stays the progress; "Kết quả thực hiện" over statuses is the status', () => {
    const r = interpretRows([
      ['STT', 'Nội dung nhiệm vụ', 'Đơn vị chủ trì', 'Hạn', 'Tiến độ', 'Kết quả thực hiện'],
      [1, 'Rà soát văn bản', 'Sở Tư pháp', '30/06/2024', '100%', 'Hoàn thành'],
      [2, 'Kiểm tra văn bản', 'Sở Tư pháp', '31/12/2024', '40%', 'Đang thực hiện'],
    ]);
    expect(r.records.tasks.map((t) => [t.status, t.progress, t.deadline?.kind === 'date' ? t.deadline.date : null])).toEqual([
      ['done', 1, '2024-06-30'],
      ['in_progress', 0.4, '2024-12-31'],
    ]);
    expect(r.issues).toEqual([]);
  });

  it('warns once, naming the column, when its cells decide nothing', () => {
    const r = interpretRows([
      ['STT', 'Nội dung nhiệm vụ', 'Đơn vị chủ trì', 'Thời gian', 'Tình trạng'],
      [1, 'Rà soát văn bản', 'Sở Tư pháp', 'Theo chỉ đạo của UBND tỉnh', 'Hoàn thành'],
      [2, 'Kiểm tra văn bản', 'Sở Tư pháp', 'Khi có yêu cầu', 'Đang thực hiện'],
    ]);
    expect(r.issues.map((i) => [i.code, i.column, i.row])).toEqual([['ambiguous-column', 'D', undefined]]);
    expect(r.records.tasks).toHaveLength(2);
  });

  it('reads "Ngày hoàn thành" as the deadline in a tracker that also has "Ngày hoàn thành thực tế"', () => {
    const r = interpretRows([
      ['STT', 'Tên nhiệm vụ', 'Đơn vị chủ trì thực hiện', 'Ngày hoàn thành', 'Trạng thái nhiệm vụ', 'Ngày hoàn thành thực tế'],
      [1, 'Rà soát văn bản', 'Sở Tư pháp', '30/06/2024', 'Đã hoàn thành', '05/07/2024'],
    ]);
    expect(r.records.tasks.map((t) => [t.deadline?.kind === 'date' ? t.deadline.date : null, t.completedOn])).toEqual([['2024-06-30', '2024-07-05']]);
  });
});

describe('a lead column named outside the list', () => {
  it('is the lead when its cells are unit names, so the export is read, not refused', () => {
    const r = interpretRows([
      ['STT', 'Tên nhiệm vụ', 'Người chỉ đạo', 'Nơi xử lý chính', 'Thời hạn HT', 'Trạng thái'],
      [1, 'Rà soát văn bản', 'Đ/c Phó Chủ tịch', 'Sở Tư pháp', '30/06/2024', 'Đã hoàn thành (đúng hạn)'],
      [2, 'Số hóa hồ sơ', 'Đ/c Phó Chủ tịch', 'Văn phòng UBND tỉnh', '30/09/2024', 'Chưa hoàn thành (quá hạn)'],
      [3, 'Kiểm tra công vụ', 'Đ/c Chủ tịch', 'UBND huyện Gò Dầu', '31/12/2024', 'Chưa hoàn thành (trong hạn)'],
    ]);
    expect(r.tables[0]!.kind).toBe('tasks');
    expect(r.records.tasks.map((t) => t.lead)).toEqual(['Sở Tư pháp', 'Văn phòng UBND tỉnh', 'UBND huyện Gò Dầu']);
  });
});
