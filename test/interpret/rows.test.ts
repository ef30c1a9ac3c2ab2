import { describe, expect, it } from 'vitest';
import { classifyRows, isNested } from '../../src/interpret/rows.js';
import { locateTable } from '../../src/interpret/table.js';
import { matchColumns } from '../../src/interpret/header-match.js';
import { fieldDefs } from '../../src/interpret/vocabulary/index.js';
import { taskContentFields } from '../../src/interpret/tasks.js';
import { rawTable } from './raw.js';

function classify(rows: Parameters<typeof rawTable>[0]) {
  const table = locateTable(rawTable(rows))!;
  const { fields } = matchColumns(table.columns, fieldDefs.tasks);
  return classifyRows(table, { fields, contentFields: taskContentFields, labelField: 'title' }).map((r) => [r.raw.row, r.kind, r.area ?? null, [r.sectionNumber, r.subNumber].filter(Boolean).join('.')]);
}

describe('classifyRows', () => {
  it('tells numbering, section, sub-heading, record, total and footer rows apart', () => {
    expect(
      classify([
        ['STT', 'Nội dung nhiệm vụ', 'Đơn vị chủ trì', 'Thời hạn', 'Tình trạng'],
        ['(1)', '(2)', '(3)', '(4)', '(5)'],
        ['I', 'CẢI CÁCH THỂ CHẾ'],
        [1, 'Rà soát văn bản', 'Sở Tư pháp', '30/06/2024', 'Hoàn thành'],
        ['II', 'CẢI CÁCH THỦ TỤC HÀNH CHÍNH'],
        [1, 'Kiểm soát thủ tục hành chính'],
        ['a', 'Công bố danh mục thủ tục', 'Sở Tư pháp', 'Quý II/2024', 'Hoàn thành'],
        ['b', 'Rà soát thủ tục', 'Sở Tư pháp', 'Quý IV/2024', 'Đang thực hiện'],
        [2, 'Số hóa hồ sơ', 'Sở Tư pháp', '30/09/2024', 'Hoàn thành'],
        [null, 'Tổng cộng', null, null, 3],
        [],
        [null, null, null, 'Tây Ninh, ngày 25 tháng 10 năm 2024'],
        [null, 'NGƯỜI LẬP BIỂU', null, 'KT. GIÁM ĐỐC'],
        [null, 'Nguyễn Văn A', null, 'Trần Thị B'],
      ]),
    ).toEqual([
      [2, 'numbering', null, ''],
      [3, 'section', 'Cải cách thể chế', 'I'],
      [4, 'record', 'Cải cách thể chế', 'I'],
      [5, 'section', 'Cải cách thủ tục hành chính', 'II'],
      [6, 'subheading', 'Cải cách thủ tục hành chính', 'II.1'],
      [7, 'record', 'Cải cách thủ tục hành chính', 'II.1'],
      [8, 'record', 'Cải cách thủ tục hành chính', 'II.1'],
      [9, 'record', 'Cải cách thủ tục hành chính', 'II'],
      [10, 'total', 'Cải cách thủ tục hành chính', 'II'],
      [11, 'blank', null, ''],
      [12, 'footer', null, ''],
      [13, 'footer', null, ''],
      [14, 'footer', null, ''],
    ]);
  });

  it('keeps a task nobody reported on as a record: a sub-heading needs items under it', () => {
    expect(
      classify([
        ['STT', 'Nội dung nhiệm vụ', 'Đơn vị chủ trì', 'Tình trạng'],
        [1, 'Nhiệm vụ chưa ai báo cáo'],
        [2, 'Rà soát văn bản', 'Sở Tư pháp', 'Hoàn thành'],
      ]).map((r) => r[1]),
    ).toEqual(['record', 'record']);
  });

  it('makes a sub-heading the area when no section is in force', () => {
    expect(
      classify([
        ['STT', 'Nội dung nhiệm vụ', 'Đơn vị chủ trì', 'Tình trạng'],
        [1, 'Kiểm soát thủ tục hành chính'],
        ['1.1', 'Công bố danh mục thủ tục', 'Sở Tư pháp', 'Hoàn thành'],
      ]),
    ).toEqual([
      [2, 'subheading', 'Kiểm soát thủ tục hành chính', '1'],
      [3, 'record', 'Kiểm soát thủ tục hành chính', '1'],
    ]);
  });

  it.each([
    ['1', '1.1', true],
    ['1.', 'a)', true],
    ['2', '-', true],
    ['1', '2', false],
    ['a', 'b', false],
    ['1', '', false],
  ])('%s over %s nested: %s', (parent, child, nested) => {
    expect(isNested(parent, child)).toBe(nested);
  });
});
