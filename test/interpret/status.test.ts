import { describe, expect, it } from 'vitest';
import { readStatus, suggestStatus } from '../../src/interpret/status.js';

describe('unknown statuses', () => {
  it('are null, and a near miss suggests the status meant', () => {
    expect(readStatus('Hoàn thàn')).toBeNull();
    expect(suggestStatus('Hoàn thàn')).toBe('Hoàn thành');
    expect(readStatus('Dang thuc hien (qua han)')).toEqual({ status: 'in_progress', claim: 'overdue' });
    expect(suggestStatus('Đang thục hiệnn')).toBe('Đang thực hiện');
    expect(suggestStatus('Xong rồi')).toBe('Xong');
    expect(suggestStatus('Trễ')).toBeNull();
  });
});

describe('a status followed by a figure', () => {
  it.each([
    ['Hoàn thành 100%', 'done'],
    ['Hoàn thành', 'done'],
    ['Hoàn thành 80%', 'in_progress'],
    ['Đã hoàn thành 50 %', 'in_progress'],
    ['Đang thực hiện 30%', 'in_progress'],
  ])('%s is %s: a share below 100% is how far the work has got', (text, status) => {
    expect(readStatus(text)?.status).toBe(status);
  });
});

describe('statuses by meaning (issue 12 point 6)', () => {
  it.each([
    ['Đã thực hiện', 'done'],
    ['Đã xong', 'done'],
    ['Hoàn thành 100%', 'done'],
    ['Hoàn thành muộn', 'done'],
    ['Chưa hoàn thành (Còn hạn)', 'in_progress'],
    ['Chậm tiến độ', 'in_progress'],
    ['Không hoàn thành', 'in_progress'],
    ['Mới giao', 'not_started'],
    ['Đã hủy bỏ', 'cancelled'],
  ])('%s is %s', (text, status) => {
    expect(readStatus(text)?.status).toBe(status);
  });

  it.each([
    ['Đã hoàn thành (còn hạn)', 'done', 'on_time'],
    ['Chưa hoàn thành (trong hạn)', 'in_progress', 'within_deadline'],
    ['Đang thực hiện (chậm tiến độ)', 'in_progress', 'overdue'],
    ['Sắp hết hạn (7 ngày)', 'in_progress', 'near_due'],
  ])('the tracker qualifier of %s is a claim: %s, %s', (text, status, claim) => {
    expect(readStatus(text)).toEqual({ status, claim });
  });

  it('offers a "did you mean" only within the same meaning', () => {
    expect(suggestStatus('Đã thưc hiện')).toBe('Đã thực hiện');
    expect(suggestStatus('Chưa hoàn thàn')).toBe('Chưa hoàn thành');
    // One letter from `Đang thực hiện`, but done is not in progress, nor cancelled done.
    expect(suggestStatus('Đa thực hiện')).not.toBe('Đang thực hiện');
    expect(suggestStatus('Hủy hoàn thành')).toBeNull();
    expect(suggestStatus('Chưa xong')).toBeNull();
  });
});

describe('a done task without its completion date', () => {
  it('is a warning where the table has the column, and nothing where it has not', async () => {
    const { interpretRows } = await import('./raw.js');
    const withColumn = interpretRows([
      ['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Thời hạn', 'Tình trạng', 'Ngày hoàn thành'],
      [1, 'Rà soát văn bản', 'Sở Tư pháp', '30/06/2024', 'Hoàn thành', '28/06/2024'],
      [2, 'Kiểm tra văn bản', 'Sở Tư pháp', '30/06/2024', 'Đã thực hiện'],
      [3, 'Thẩm định', 'Sở Tư pháp', '30/06/2024', 'Đang thực hiện'],
      [4, 'Tuyên truyền pháp luật', 'Sở Tư pháp', 'Quý IV/2024', 'Hoàn thành'],
      // Recurring work, or no deadline at all, cannot be late: the date would change nothing.
      [5, 'Bảo đảm an toàn thông tin', 'Sở Tư pháp', 'Thường xuyên', 'Hoàn thành'],
      [6, 'Cập nhật cơ sở dữ liệu', 'Sở Tư pháp', '', 'Hoàn thành'],
    ]);
    expect(withColumn.issues.map((i) => [i.code, i.row, i.column])).toEqual([
      ['missing-completion-date', 3, 'F'],
      ['missing-completion-date', 5, 'F'],
    ]);
    const without = interpretRows([
      ['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Thời hạn', 'Tình trạng'],
      [1, 'Kiểm tra văn bản', 'Sở Tư pháp', '30/06/2024', 'Đã thực hiện'],
    ]);
    expect(without.issues).toEqual([]);
  });
});
