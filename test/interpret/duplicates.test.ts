import { describe, expect, it } from 'vitest';
import { interpret, UnitDirectory } from '../../src/interpret/index.js';
import { expectRowsAccounted } from '../helpers/accounting.js';
import { rawTable } from './raw.js';

const header = ['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Tình trạng'];
const tasks = [
  [1, 'Rà soát quy chế phối hợp', 'Sở Nội vụ', 'Hoàn thành'],
  [2, 'Xây dựng cơ sở dữ liệu', 'Sở Tư pháp', 'Đang thực hiện'],
];

describe('the same tasks in two tables', () => {
  it('a summary sheet repeating a department sheet: counted twice, and one warning names where', () => {
    const tables = [rawTable([header, ...tasks], { file: 'so.xlsx', sheet: 'Sở Nội vụ' }), rawTable([header, ...tasks], { file: 'so.xlsx', sheet: 'Tổng hợp' })];
    const result = interpret(tables, { lenient: false, units: new UnitDirectory() });
    expectRowsAccounted(tables, result);
    expect(result.records.tasks).toHaveLength(4);
    expect(result.issues.map((i) => [i.severity, i.code, i.sheet, i.row, i.params])).toEqual([
      ['warning', 'duplicate-task', 'Tổng hợp', 2, { title: 'Rà soát quy chế phối hợp', lead: 'Sở Nội vụ', count: 2, first: 'so.xlsx:Sở Nội vụ!2:2' }],
    ]);
  });

  it('the same title under another lead, or twice in one table, is not a repeat', () => {
    const other = rawTable([header, [1, 'Rà soát quy chế phối hợp', 'Sở Tư pháp', 'Hoàn thành']], { file: 'b.csv' });
    const twice = rawTable([header, tasks[0]!, tasks[0]!], { file: 'a.csv' });
    expect(interpret([twice, other], { lenient: false, units: new UnitDirectory() }).issues).toEqual([]);
  });
});
