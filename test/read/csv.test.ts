import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { readCsvBytes } from '../../src/read/csv.js';
import { cellText } from '../../src/read/raw-table.js';

const csv = (text: string) => readCsvBytes('t.csv', Buffer.from(text));

describe('readCsvBytes', () => {
  it('numbers rows as Excel shows the file, blank lines included', () => {
    const { table } = csv('\ufeffA,B\r\n\r\n"x\r\ny",2\r\n3,4\r\n');
    expect(table!.rows.map((r) => [r.row, r.cells.map(cellText)])).toEqual([
      [1, ['A', 'B']],
      [2, ['']],
      [3, ['x\r\ny', '2']],
      [4, ['3', '4']],
    ]);
  });

  it('points at the line where a quote opens and never closes', () => {
    const { table, issues } = readCsvBytes('x.csv', readFileSync('fixtures/messy/errors/csv-malformed.csv'));
    expect(table).toBeNull();
    expect(issues).toMatchObject([{ severity: 'error', code: 'csv-malformed', row: 3, column: 'B' }]);
  });

  it('warns, naming the cells, when "?" stands where Vietnamese letters were lost', () => {
    const { issues } = csv('STT,Họ tên,Ghi chú\n1,Nguy?n V?n A,Có không?\n2,Trần Thị B,https://dichvucong.gov.vn/p?id=5\n3,?ang th?c hi?n,\n');
    expect(issues).toMatchObject([{ severity: 'warning', code: 'lost-letters', row: 2, column: 'B' }]);
    expect(issues[0]!.params).toEqual({ cells: ['B2', 'B4'], count: 2, example: 'Nguy?n V?n A' });
  });

  it('reads a CSV saved from a TCVN3 sheet, converting every cell', () => {
    const { table, issues } = readCsvBytes('t.csv', readFileSync('fixtures/messy/tcvn3-csv-ansi.csv'));
    expect(table!.rows[3]!.cells.map(cellText)).toEqual(['STT', 'Nội dung nhiệm vụ', 'Đơn vị chủ trì', 'Thời hạn', 'Tình trạng']);
    expect(issues.map((i) => i.code)).toEqual(['csv-encoding', 'tcvn3-converted']);
  });
});
