import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readInputs } from '../../src/read/inputs.js';
import { readCsvBytes } from '../../src/read/csv.js';
import { interpret, UnitDirectory } from '../../src/interpret/index.js';
import { repoRoot } from '../helpers/cli.js';
import { expectRowsAccounted } from '../helpers/accounting.js';

const units = () => new UnitDirectory([]);
const csv = (lines: string[]) => readCsvBytes('pakn.csv', Buffer.from(lines.join('\n'))).table!;

describe('feedback (phản ánh, kiến nghị), one row per sector', () => {
  it('reads the Tây Ninh list (semicolons, BOM) and checks it against its "Tổng cộng" row', async () => {
    const r = await readInputs([path.join(repoRoot, 'fixtures/tay-ninh-2024/phan-anh-kien-nghi.csv')]);
    const result = interpret(r.tables, { lenient: false, units: units() });
    const f = result.records.feedback;
    expect(f).toHaveLength(10);
    expect(f.reduce((s, x) => s + x.total, 0)).toBe(306);
    expect(f.reduce((s, x) => s + (x.resolved ?? 0), 0)).toBe(298);
    expect(f.find((x) => x.sector === 'Căn cước công dân')).toMatchObject({ total: 52, resolved: 52 });
    expect(result.issues.filter((i) => i.severity !== 'info')).toEqual([]);
    expectRowsAccounted(r.tables, result);
  });

  it('warns when the total row disagrees, and when resolved + pending is not the total', () => {
    const t = csv(['Lĩnh vực;Số phản ánh kiến nghị;Đã xử lý;Đang xử lý', 'Đất đai;10;7;3', 'Xây dựng;5;5;1', 'Tổng cộng;16;12;4']);
    const result = interpret([t], { lenient: false, units: units() });
    expect(result.issues.map((i) => `${i.code} ${i.column}${i.row}`)).toEqual(['feedback-identity B3', 'total-mismatch B4']);
    expect(result.records.feedback.map((x) => [x.sector, x.total, x.resolved])).toEqual([['Đất đai', 10, 7], ['Xây dựng', 5, 5]]);
  });

  it('takes resolved as total − pending when only pending is given', () => {
    const t = csv(['Ngành;Số lượng;Chưa xử lý', 'Tư pháp;9;2']);
    expect(interpret([t], { lenient: false, units: units() }).records.feedback[0]).toMatchObject({ sector: 'Tư pháp', total: 9, resolved: 7 });
  });
});

describe('feedback, one row per item', () => {
  it('counts each item with its status and receipt date; a blank sector is counted under its own name, with a warning', () => {
    const t = csv([
      'STT,Mã PAKN,Ngày tiếp nhận,Lĩnh vực,Nội dung phản ánh,Trạng thái',
      '1,PA-1,02/07/2024,Đất đai,"Chậm cấp sổ, đề nghị xem xét",Đã xử lý',
      '2,PA-2,15/08/2024,,Ngập nước,Đang xử lý',
      '3,PA-3,30/02/2024,Đất đai,Lấn chiếm,Đã trả lời',
      '4,PA-4,01/09/2024,Xây dựng,Cấp phép,Xong chưa biết',
    ]);
    const result = interpret([t], { lenient: false, units: units() });
    expect(result.records.feedback.map((x) => [x.sector, x.total, x.resolved, x.receivedOn ?? null])).toEqual([
      ['Đất đai', 1, 1, '2024-07-02'],
      ['Chưa xác định lĩnh vực', 1, 0, '2024-08-15'],
      ['Đất đai', 1, 1, null],
      ['Xây dựng', 1, 0, '2024-09-01'],
    ]);
    expect(result.issues.map((i) => `${i.code} ${i.column}${i.row}`)).toEqual(['missing-sector D3', 'bad-date C4', 'bad-feedback-status F5']);
    expectRowsAccounted([t], result);
  });

  it('is not mistaken for a task list, though it has "Lĩnh vực" and "Trạng thái"', () => {
    const t = csv(['Lĩnh vực,Nội dung phản ánh,Trạng thái', 'Đất đai,Chậm cấp sổ,Đã xử lý']);
    expect(interpret([t], { lenient: false, units: units() }).tables[0]!.kind).toBe('feedback');
  });
});
