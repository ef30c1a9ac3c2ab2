import { describe, expect, it } from 'vitest';
import { interpretRows } from './raw.js';

const header = ['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Thời hạn', 'Tình trạng', 'Ngày hoàn thành', 'Tiến độ'];
const where = (i: { row?: number; column?: string; code: string; severity: string }) => `${i.severity} ${i.code} ${i.column}${i.row}`;

describe('task rows', () => {
  it('reports every problem of a row at once, and leaves the row out', () => {
    const r = interpretRows([header, [1, 'Rà soát văn bản', '', '31/04/2024', 'Xong rồi', '31/02/2024', '120%']]);
    expect(r.issues.map(where)).toEqual(['error bad-status E2', 'warning missing-lead C2', 'error bad-deadline D2', 'error bad-date F2', 'warning bad-percent G2']);
    expect(r.records.tasks).toEqual([]);
    expect(r.tables[0]).toMatchObject({ rowsCounted: 0, rowsRejected: 1 });
  });

  it('under --lenient keeps the row, counted as invalid, with its issues still errors', () => {
    const r = interpretRows([header, [1, 'Rà soát văn bản', 'Sở Tư pháp', '30/06/2024', 'Xong rồi'], [2, 'Số hóa', 'Sở Tư pháp', '31/02/2024', 'Hoàn thành']], { lenient: true });
    expect(r.records.tasks.map((t) => [t.id, t.status, t.deadline?.kind === 'date' ? t.deadline.date : null])).toEqual([
      ['1', 'invalid', '2024-06-30'],
      ['2', 'invalid', null],
    ]);
    expect(r.issues.map((i) => i.severity)).toEqual(['error', 'error']);
  });

  it('suggests the status a typo meant and lists the accepted ones', () => {
    const [issue] = interpretRows([header, [1, 'Rà soát văn bản', 'Sở Tư pháp', '', 'Hoàn thàn']]).issues;
    expect(issue!.params).toMatchObject({ value: 'Hoàn thàn', suggestion: 'Hoàn thành', lettersLost: false });
    expect((issue!.params as { accepted: string[] }).accepted).toEqual(expect.arrayContaining(['Hoàn thành', 'Đang thực hiện']));
  });

  it('counts a task without a lead under the unassigned unit, with a warning', () => {
    const r = interpretRows([header, [1, 'Xây dựng kho dữ liệu', '', '', 'Đang thực hiện']]);
    expect(r.records.tasks[0]!.lead).toBe('Chưa xác định đơn vị chủ trì');
    expect(r.issues.map(where)).toEqual(['warning missing-lead C2']);
  });
});

describe('status ticked in one of several status columns', () => {
  it('reads a one-row header of status columns, and an unticked row as not reported', () => {
    const r = interpretRows([
      ['STT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Thời hạn', 'Hoàn thành', 'Đang thực hiện', 'Chưa thực hiện'],
      [1, 'Rà soát quy chế', 'Sở Nội vụ', '30/06/2024', 'x'],
      [2, 'Xây dựng cơ sở dữ liệu', 'Sở Tư pháp', '30/09/2024', '', '✓'],
      [3, 'Đề án số hóa', 'Văn phòng UBND tỉnh', '31/12/2024'],
    ]);
    expect(r.records.tasks.map((t) => [t.status, t.statusText])).toEqual([['done', 'Hoàn thành'], ['in_progress', 'Đang thực hiện'], ['not_reported', '']]);
    expect(r.issues).toEqual([]);
  });

  it('under a parent that names another field (Tiến độ thực hiện), the ticks are still only the status', () => {
    const r = interpretRows([
      ['STT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Thời hạn', 'Tiến độ thực hiện', '', ''],
      ['', '', '', '', 'Hoàn thành', 'Đang triển khai', 'Chưa triển khai'],
      [1, 'Rà soát quy chế', 'Sở Nội vụ', '30/06/2024', 'X'],
      [2, 'Xây dựng cơ sở dữ liệu', 'Sở Tư pháp', '30/09/2024', '', 'X'],
    ]);
    expect(r.records.tasks.map((t) => [t.status, t.progress])).toEqual([['done', undefined], ['in_progress', undefined]]);
    expect(r.issues).toEqual([]);
  });

  it('a row ticked twice is an error that names both columns, and is left out', () => {
    const r = interpretRows([
      ['STT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Thời hạn', 'Hoàn thành', 'Đang thực hiện'],
      [1, 'Rà soát quy chế', 'Sở Nội vụ', '30/06/2024', 'x', 'x'],
    ]);
    expect(r.records.tasks).toEqual([]);
    expect(r.issues.map((i) => [`${i.severity} ${i.code} ${i.row}`, i.params])).toEqual([['error bad-status 2', { ticked: [{ column: 'E', name: 'Hoàn thành' }, { column: 'F', name: 'Đang thực hiện' }] }]]);
  });

  it('one column named like a status is not this layout: its text is the status', () => {
    const r = interpretRows([
      ['STT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Tình trạng', 'Hoàn thành'],
      [1, 'Rà soát quy chế', 'Sở Nội vụ', 'Đang thực hiện', '30/06/2024'],
    ]);
    expect(r.records.tasks.map((t) => t.status)).toEqual(['in_progress']);
  });
});


describe('a narrative result column beside the status', () => {
  it.each(['Tình trạng', 'Đánh giá'])('takes the status from %s, whose cells are statuses, and keeps the narrative as the note', (statusHeader) => {
    const r = interpretRows([
      ['STT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Thời hạn', 'Kết quả thực hiện', statusHeader],
      [1, 'Ban hành Kế hoạch CCHC', 'Sở Nội vụ', '31/01/2024', 'Đã ban hành Kế hoạch số 12/KH-UBND ngày 15/01/2024', 'Hoàn thành'],
      [2, 'Rà soát thủ tục hành chính', 'Sở Tư pháp', '30/06/2024', 'Đã rà soát 120 thủ tục', 'Đang thực hiện'],
    ]);
    expect(r.issues).toEqual([]);
    expect(r.records.tasks.map((t) => [t.status, t.note])).toEqual([
      ['done', 'Đã ban hành Kế hoạch số 12/KH-UBND ngày 15/01/2024'],
      ['in_progress', 'Đã rà soát 120 thủ tục'],
    ]);
  });

  it('with only the narrative column, its cells are still read as statuses, and say what they are not', () => {
    const r = interpretRows([
      ['STT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Kết quả thực hiện'],
      [1, 'Ban hành Kế hoạch CCHC', 'Sở Nội vụ', 'Đã ban hành Kế hoạch số 12/KH-UBND'],
    ]);
    expect(r.issues.map((i) => i.code)).toEqual(['bad-status']);
  });
});
