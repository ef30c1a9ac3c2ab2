import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { readXlsxBytes } from '../../src/read/xlsx.js';
import { cellText, type RawTable } from '../../src/read/raw-table.js';

const read = (file: string) => readXlsxBytes(file, readFileSync(file));
const cell = (t: RawTable, address: string) => {
  const [, col, row] = /^([A-Z]+)(\d+)$/.exec(address)!;
  return t.rows.find((r) => r.row === Number(row))?.cells[col!.charCodeAt(0) - 65];
};

describe('readXlsxBytes', () => {
  const tz = process.env.TZ;
  afterEach(() => {
    // The files after this one in the worker run in the zone the suite started in.
    if (tz === undefined) delete process.env.TZ;
    else process.env.TZ = tz;
  });

  it.each(['UTC', 'Asia/Ho_Chi_Minh', 'America/Los_Angeles', 'Pacific/Kiritimati'])(
    'reads the dates of a 1904-system workbook made by LibreOffice (date1904="true", which exceljs ignores) the same in %s',
    async (zone) => {
      process.env.TZ = zone;
      const { tables, issues } = await read('fixtures/messy/he-ngay-1904.xlsx');
      expect(issues).toEqual([]);
      const t = tables[0]!;
      expect(t.date1904).toBe(true);
      expect(cell(t, 'B1')!.value).toEqual({ kind: 'date', date: '2024-10-25' });
      expect(cell(t, 'D4')!.value).toEqual({ kind: 'date', date: '2024-06-30' });
      expect(cell(t, 'F4')!.value).toEqual({ kind: 'date', date: '2024-06-28' });
      // A bare serial number stays a number; the interpreter reads it in the workbook's date system.
      expect(cell(t, 'F9')!.value).toEqual({ kind: 'number', value: (Date.UTC(2024, 8, 15) - Date.UTC(1904, 0, 1)) / 86_400_000 });
    },
  );

  it('reads formula cells through their cached result and reports those saved without one', async () => {
    const { tables, issues } = await read('fixtures/messy/cong-thuc-khong-ket-qua.xlsx');
    const t = tables[0]!;
    expect(cell(t, 'E5')!.value).toEqual({ kind: 'number', value: 0.6, format: '0.0%' });
    expect(cell(t, 'E6')).toBeUndefined();
    expect(issues).toMatchObject([{ severity: 'warning', code: 'formula-no-result', sheet: 'Chỉ tiêu', row: 6, column: 'E' }]);
    expect(issues[0]!.params).toEqual({ cells: ['E6', 'E7'], count: 2 });
  });

  it('joins rich text, fills merged ranges from their master cell and flags hidden sheets', async () => {
    const { tables } = await read('fixtures/messy/tieu-de-gop-o-an-sheet.xlsx');
    const [report, extra, list] = tables as [RawTable, RawTable, RawTable];
    expect(cellText(cell(report, 'B12'))).toBe('Xây dựng quy chế phối hợp quản lý trật tự xây dựng trên địa bàn tỉnh');
    expect(cell(report, 'C16')).toEqual({ value: { kind: 'text', text: 'Phòng Quản lý xây dựng' }, mergedFrom: 'C15' });
    expect(cell(report, 'F7')).toMatchObject({ mergedFrom: 'E7' });
    expect(cell(report, 'E18')!.value).toEqual({ kind: 'number', value: 5 });
    expect([report.hidden, extra.hidden, list.hidden]).toEqual([undefined, true, true]);
  });

  it('converts text typed in TCVN3 (.VnTime) and names the cells', async () => {
    const { tables, issues } = await read('fixtures/messy/tcvn3-vntime.xlsx');
    expect(cellText(cell(tables[0]!, 'C6'))).toBe('Văn phòng HĐND và UBND huyện');
    expect(cellText(cell(tables[0]!, 'E7'))).toBe('Chưa thực hiện');
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ severity: 'warning', code: 'tcvn3-converted', sheet: 'Sheet1', row: 1, column: 'A' });
    expect(issues[0]!.params).toMatchObject({ cells: ['A1', 'A2', 'B4', 'C4', 'D4', 'E4', 'B5', 'C5'], count: 16 });
  });
});
