/**
 * Section rows in every shape offices write them (SPEC §2.1, issue 12 point 1): the area is the
 * name, never the numeral; areas keep the plan's order; only the leaves of a numbered tree are
 * records.
 */
import { describe, expect, it } from 'vitest';
import { interpretRows, rawTable } from './raw.js';
import { interpret, UnitDirectory } from '../../src/interpret/index.js';
import { summarizeTasks } from '../../src/compute/tasks.js';
import { sectionOf } from '../../src/interpret/rows.js';
import type { RawTable } from '../../src/read/raw-table.js';

const header = ['STT', 'Nội dung nhiệm vụ', 'Đơn vị chủ trì', 'Thời hạn', 'Tình trạng'];
const task = (stt: string | number, title: string, status = 'Hoàn thành') => [stt, title, 'Sở Nội vụ', '31/12/2024', status];
const areas = (rows: Parameters<typeof interpretRows>[0]) => interpretRows(rows).records.tasks.map((t) => [t.id, t.area ?? null]);

describe('section rows', () => {
  it.each([
    ['II. CẢI CÁCH THỂ CHẾ'],
    ['II- CẢI CÁCH THỂ CHẾ'],
    ['II.CẢI CÁCH THỂ CHẾ'],
    ['II – Cải cách thể chế'],
    ['Phần II: CẢI CÁCH THỂ CHẾ'],
    ['PHẦN II. Cải cách thể chế'],
  ])('"%s" in one cell is section II, area "Cải cách thể chế"', (text) => {
    expect(areas([header, [null, text], task(1, 'Rà soát văn bản')])).toEqual([['II.1', 'Cải cách thể chế']]);
  });

  it('takes the name from the cell beside the numeral, merged or not, never the numeral', () => {
    const merged: RawTable = rawTable([
      ['STT', 'Mã', 'Nội dung nhiệm vụ', 'Đơn vị chủ trì', 'Tình trạng'],
      ['I', 'CẢI CÁCH THỂ CHẾ'],
      [1, 'TC-01', 'Rà soát văn bản', 'Sở Tư pháp', 'Hoàn thành'],
      ['II', 'CẢI CÁCH THỦ TỤC HÀNH CHÍNH'],
      [1, 'TT-01', 'Công bố thủ tục', 'Văn phòng UBND tỉnh', 'Hoàn thành'],
      ['III', 'CẢI CÁCH TỔ CHỨC BỘ MÁY'],
      [1, 'TC-02', 'Sắp xếp tổ chức', 'Sở Nội vụ', 'Đang thực hiện'],
    ]);
    // The section names are merged over B:E, as LibreOffice and openpyxl save them.
    for (const r of [2, 4, 6]) for (const c of [2, 3, 4]) merged.rows[r - 1]!.cells[c] = { value: { kind: 'text', text: String(merged.rows[r - 1]!.cells[1]!.value.kind === 'text' ? (merged.rows[r - 1]!.cells[1]!.value as { text: string }).text : '') }, mergedFrom: `B${r}` };
    const { records } = interpret([merged], { lenient: false, units: new UnitDirectory() });
    expect(records.tasks.map((t) => t.area)).toEqual(['Cải cách thể chế', 'Cải cách thủ tục hành chính', 'Cải cách tổ chức bộ máy']);
  });

  it('reads a bold name-only row (capitals, or numbering that restarts under it) as a section', () => {
    expect(
      areas([
        header,
        [null, 'CẢI CÁCH THỂ CHẾ'],
        task(1, 'Rà soát văn bản'),
        task(2, 'Kiểm tra văn bản'),
        [null, 'Cải cách thủ tục hành chính'],
        task(1, 'Công bố thủ tục'),
      ]).map((a) => a[1]),
    ).toEqual(['Cải cách thể chế', 'Cải cách thể chế', 'Cải cách thủ tục hành chính']);
  });

  it('keeps a task that nobody reported on as a task: a numbered row with only a title is not a section', () => {
    expect(areas([header, ['I', 'CẢI CÁCH THỂ CHẾ'], task(1, 'Rà soát văn bản'), [2, 'Kiểm tra văn bản'], task(3, 'Thẩm định')]).map((a) => a[0])).toEqual(['I.1', 'I.2', 'I.3']);
  });

  it('makes group rows of a numbered tree headings and only the leaves tasks', () => {
    const { records } = interpretRows([
      header,
      ['I', 'CẢI CÁCH THỂ CHẾ'],
      ['1.', 'Xây dựng văn bản', 'Sở Tư pháp', 'Năm 2024'],
      ['1.1', 'Xây dựng kế hoạch', 'Sở Tư pháp', '31/03/2024', 'Hoàn thành'],
      ['1.2', 'Rà soát văn bản', 'Sở Tư pháp', null, null],
      ['a)', 'Rà soát văn bản cấp tỉnh', 'Sở Tư pháp', '30/06/2024', 'Hoàn thành'],
      ['b)', 'Rà soát văn bản cấp xã', 'Sở Tư pháp', '30/09/2024', 'Đang thực hiện'],
      ['-', 'Xã Tân Lập', 'Sở Tư pháp', '30/09/2024', 'Hoàn thành'],
      ['2.', 'Kiểm tra văn bản', 'Sở Tư pháp', '31/12/2024', 'Chưa thực hiện'],
      ['II', 'CẢI CÁCH THỦ TỤC HÀNH CHÍNH'],
      ['1', 'Công bố thủ tục', 'Văn phòng UBND tỉnh', null, null],
      ['-', 'Cấp tỉnh', 'Văn phòng UBND tỉnh', '30/06/2024', 'Hoàn thành'],
      ['-', 'Cấp xã', 'Văn phòng UBND tỉnh', '30/06/2024', 'Hoàn thành'],
    ]);
    expect(records.tasks.map((t) => [t.id, t.area])).toEqual([
      ['I.1.1', 'Cải cách thể chế'],
      ['I.1.2.a', 'Cải cách thể chế'],
      ['I.1.2.b.-', 'Cải cách thể chế'],
      ['I.2', 'Cải cách thể chế'],
      ['t:II.1.-', 'Cải cách thủ tục hành chính'],
      ['t:II.1.-', 'Cải cách thủ tục hành chính'],
    ]);
  });

  it('keeps the areas in the order of the plan, one area for case and diacritic variants, the rest "Chưa phân loại"', () => {
    const { records } = interpretRows([
      header,
      task(1, 'Nhiệm vụ chung'),
      ['I', 'CẢI CÁCH THỂ CHẾ'],
      task(1, 'Rà soát văn bản'),
      ['II', 'Cải cách thủ tục hành chính'],
      task(1, 'Công bố thủ tục'),
      ['III', 'cai cach the che'],
      task(1, 'Kiểm tra văn bản', 'Đang thực hiện'),
    ]);
    const { section } = summarizeTasks(records.tasks, { asOf: '2024-10-25', nearDueDays: 3, thresholds: { good: 0.9, warn: 0.7 } });
    expect(section.byArea.map((a) => [a.area, a.total, a.done])).toEqual([
      ['Cải cách thể chế', 2, 1],
      ['Cải cách thủ tục hành chính', 1, 1],
      ['Chưa phân loại', 1, 1],
    ]);
    expect(section.byArea.reduce((s, a) => s + a.total, 0)).toBe(section.total);
  });

  it('orders areas by their numerals across files that agree on them, not by the alphabet', () => {
    const file = (name: string, rows: (string | number | null)[][]) => rawTable([header, ...rows], { file: name });
    const { records } = interpret(
      [
        file('a.csv', [['VII', 'XÂY DỰNG CHÍNH QUYỀN SỐ'], task(1, 'Một'), ['II', 'CẢI CÁCH THỦ TỤC HÀNH CHÍNH'], task(1, 'Hai')]),
        file('b.csv', [['I', 'CẢI CÁCH THỂ CHẾ'], task(1, 'Ba')]),
      ],
      { lenient: false, units: new UnitDirectory() },
    );
    const { section } = summarizeTasks(records.tasks, { asOf: '2024-10-25', nearDueDays: 3, thresholds: { good: 0.9, warn: 0.7 } });
    expect(section.byArea.map((a) => a.area)).toEqual(['Cải cách thể chế', 'Cải cách thủ tục hành chính', 'Xây dựng chính quyền số']);
  });

  it.each([
    ['I', 'CẢI CÁCH THỂ CHẾ', { number: 'I', title: 'Cải cách thể chế' }],
    ['II', 'II. CẢI CÁCH TTHC', { number: 'II', title: 'Cải cách TTHC' }],
    ['', 'Phần B - Kinh tế số', { number: 'B', title: 'Kinh tế số' }],
    ['', 'I-Office cho cấp xã', null],
    ['', 'Xây dựng văn bản', null],
    ['1', 'CẢI CÁCH THỂ CHẾ', null],
    ['II', '', null],
    ['ii', 'Cải cách', null],
  ])('sectionOf(%j, %j)', (stt, label, expected) => {
    expect(sectionOf(stt, label)).toEqual(expected);
  });
});
