/** src/exceljs-workbook.d.ts: the Workbook reform-report loads alone is the one exceljs's entry exports. */
import { expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import Workbook from 'exceljs/lib/doc/workbook.js';

it("exceljs's Workbook file is the class its package entry exports, and reads and writes alone", async () => {
  expect(Workbook).toBe(ExcelJS.Workbook);
  const wb = new Workbook();
  wb.addWorksheet('Tổng hợp').getCell('B2').value = 'Sở Nội vụ';
  const again = new Workbook();
  await again.xlsx.load((await wb.xlsx.writeBuffer()) as ExcelJS.Buffer);
  expect(again.getWorksheet('Tổng hợp')!.getCell('B2').value).toBe('Sở Nội vụ');
});
