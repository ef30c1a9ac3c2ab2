import { describe, expect, it } from 'vitest';
import { matchColumns, type HeaderColumn } from '../../src/interpret/header-match.js';
import { fieldDefs } from '../../src/interpret/vocabulary/index.js';
import { readStatus } from '../../src/interpret/status.js';

const columns = (...headers: (string | string[])[]): HeaderColumn[] =>
  headers.map((h, index) => {
    const parts = Array.isArray(h) ? h : [h];
    return { index, letter: String.fromCharCode(65 + index), parts, text: parts.join(' / ') };
  });

const fieldsOf = (cols: HeaderColumn[], kind: keyof typeof fieldDefs) =>
  Object.fromEntries([...matchColumns(cols, fieldDefs[kind]).fields].map(([field, col]) => [field, col.letter]));

describe('header matching', () => {
  it('ignores case, diacritics, punctuation and spacing', () => {
    for (const status of ['Tình trạng', 'TINH TRANG', 'tinh_trang', 'Tình  trạng:']) {
      expect(fieldsOf(columns('Nhiệm vụ', 'Đơn vị chủ trì', status), 'tasks').status).toBe('C');
    }
  });

  it('reads the wordings of different departments as the same fields', () => {
    expect(fieldsOf(columns('TT', 'Tên nhiệm vụ', 'Cơ quan chủ trì', 'Hạn hoàn thành', 'Trạng thái', 'Tài liệu kiểm chứng', 'Ghi chú'), 'tasks')).toEqual({
      stt: 'A', title: 'B', lead: 'C', deadline: 'D', status: 'E', evidence: 'F', note: 'G',
    });
    expect(fieldsOf(columns('Mã NV', 'Nhóm nhiệm vụ', 'Nhiệm vụ', 'Đơn vị thực hiện', 'Thời hạn', 'Tình trạng', 'Tiến độ (%)'), 'tasks')).toEqual({
      id: 'A', area: 'B', title: 'C', lead: 'D', deadline: 'E', status: 'F', progress: 'G',
    });
  });

  it('tells the deadline (Thời gian hoàn thành) from the completion date (Ngày hoàn thành)', () => {
    const f = fieldsOf(columns('Nội dung nhiệm vụ', 'Đơn vị chủ trì', 'Thời gian hoàn thành', ['Kết quả thực hiện', 'Tình trạng'], ['Kết quả thực hiện', 'Ngày hoàn thành']), 'tasks');
    expect(f).toMatchObject({ title: 'A', lead: 'B', deadline: 'C', status: 'D', completedOn: 'E' });
  });

  it('gives "Chỉ tiêu" to the title or the target depending on the other columns', () => {
    expect(fieldsOf(columns('STT', 'Chỉ tiêu', 'Đơn vị tính', 'Chỉ tiêu năm 2024', 'Kết quả thực hiện'), 'indicators')).toMatchObject({ title: 'B', unit: 'C', target: 'D', actual: 'E' });
    expect(fieldsOf(columns('Tên chỉ tiêu', 'Chỉ tiêu', 'Thực hiện'), 'indicators')).toMatchObject({ title: 'A', target: 'B', actual: 'C' });
    expect(fieldsOf(columns('Chỉ tiêu', 'Kế hoạch', 'Ước thực hiện'), 'indicators')).toMatchObject({ title: 'A', target: 'B', actual: 'C' });
  });

  it('reports the required fields a table lacks', () => {
    expect(matchColumns(columns('Nhiệm vụ', 'Đơn vị chủ trì', 'Ghi chú'), fieldDefs.tasks).missing).toEqual(['status']);
  });

  it('treats __proto__ and constructor as ordinary unknown headers', () => {
    const m = matchColumns(columns('__proto__', 'constructor', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Tình trạng'), fieldDefs.tasks);
    expect(m.missing).toEqual([]);
    expect([...m.fields.values()].map((c) => c.letter).sort()).toEqual(['C', 'D', 'E']);
  });
});

describe('status words', () => {
  const cases: [string, string, string?][] = [
    ['Hoàn thành', 'done'],
    ['Đã hoàn thành', 'done'],
    ['HT', 'done'],
    ['Hoàn thành đúng hạn', 'done', 'on_time'],
    ['Hoàn thành quá hạn', 'done', 'late'],
    ['Đã hoàn thành (đúng hạn)', 'done', 'on_time'],
    ['Đã hoàn thành (quá hạn)', 'done', 'late'],
    ['Đang thực hiện', 'in_progress'],
    ['Đang triển khai', 'in_progress'],
    ['Đang thực hiện (trong hạn)', 'in_progress', 'within_deadline'],
    ['Đang thực hiện (quá hạn)', 'in_progress', 'overdue'],
    ['Chưa hoàn thành', 'in_progress'],
    ['Chưa hoàn thành (trong hạn)', 'in_progress', 'within_deadline'],
    ['Sắp hết hạn (7 ngày)', 'in_progress', 'near_due'],
    ['Sắp đến hạn', 'in_progress', 'near_due'],
    ['Chờ xác nhận', 'in_progress'],
    ['Tạm hoãn', 'in_progress'],
    ['Chưa thực hiện', 'not_started'],
    ['Chưa triển khai', 'not_started'],
    ['Không thực hiện', 'cancelled'],
    ['Dừng thực hiện', 'cancelled'],
    ['Bị hủy', 'cancelled'],
    ['Hủy', 'cancelled'],
    ['HOÀN THÀNH', 'done'],
    ['hoan thanh', 'done'],
    ['Done', 'done'],
    ['In progress', 'in_progress'],
    ['Not started', 'not_started'],
    ['Cancelled', 'cancelled'],
    ['', 'not_reported'],
    ['   ', 'not_reported'],
  ];
  it.each(cases)('%s → %s %s', (text, status, claim) => {
    const r = readStatus(text);
    expect(r?.status).toBe(status);
    expect(r?.claim).toBe(claim);
  });

  it('does not guess at unknown words', () => {
    expect(readStatus('Xong rồi nhé')).toBeNull();
    expect(readStatus('Hoàn thành theo kế hoạch nhé')).toBeNull();
  });

  it('reads a partly finished task as not done (vocabulary/statuses.ts records the decision)', () => {
    expect(readStatus('Hoàn thành một phần')).toEqual({ status: 'in_progress' });
  });
});
