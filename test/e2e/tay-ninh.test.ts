import { beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Ran } from '../helpers/cli.js';
import { runMain } from '../helpers/in-process.js';

describe('the embedded Tây Ninh example (SPEC §7)', () => {
  let r: Ran;
  let summary: ReturnType<typeof JSON.parse>;
  beforeAll(async () => {
    r = await runMain(['summary', 'fixtures/tay-ninh-2024', '--format', 'json']);
    summary = JSON.parse(r.stdout);
  });

  it('exits 0 with no errors', () => {
    expect(r.code).toBe(0);
    expect(summary.issues.errors).toBe(0);
  });

  it('gives 44/46 tasks as of 25/10/2024', () => {
    expect(summary.tasks).toMatchObject({
      asOf: '2024-10-25', total: 46, done: 44, doneOnTime: 41, doneLate: 3, inProgress: 2, notStarted: 0,
      notReported: 0, cancelled: 1, overdue: 1, due: 30, doneOfDue: 29,
    });
    expect(summary.tasks.completionRate).toBeCloseTo(44 / 46, 12);
    expect(summary.tasks.dueCompletionRate).toBeCloseTo(29 / 30, 12);
    expect(summary.tasks.open.map((o: { id: string; daysOverdue: number }) => [o.id, o.daysOverdue])).toEqual([['TTHC-04', 25], ['IV.10', 0]]);
  });

  it('merges unit aliases from the folder\'s config (Sở NV → Sở Nội vụ) and lists who has not reported', () => {
    const units = summary.tasks.byUnit.map((u: { unit: string; done: number; total: number }) => `${u.unit} ${u.done}/${u.total}`);
    expect(units).toEqual([
      'Công an tỉnh 3/3', 'Sở Nội vụ 14/15', 'Sở Tài chính 5/5', 'Sở Tài nguyên và Môi trường 1/1',
      'Sở Thông tin và Truyền thông 9/9', 'Sở Tư pháp 6/6', 'Văn phòng UBND tỉnh 6/7',
    ]);
    expect(summary.unitsNotReported).toEqual(['Sở Kế hoạch và Đầu tư']);
  });

  it('gives 9/16 indicators as of 31/10/2024, with the three unmet ones the meeting named', () => {
    expect(summary.indicators).toMatchObject({ asOf: '2024-10-31', total: 16, met: 9, notMet: 7, notReported: 0 });
    const unmet = summary.indicators.items.filter((i: { status: string }) => i.status === 'not_met').map((i: { title: string }) => i.title);
    expect(unmet.some((t: string) => /trực tuyến/.test(t) && /tiếp nhận/.test(t))).toBe(true);
    expect(unmet.some((t: string) => /thanh toán trực tuyến/.test(t))).toBe(true);
    expect(unmet.some((t: string) => /doanh nghiệp nhỏ và vừa/.test(t))).toBe(true);
  });

  it('dates the report by its tasks and keeps the public keys of schema 1', () => {
    expect(summary.schemaVersion).toBe(1);
    expect(summary.asOf).toBe('2024-10-25');
    for (const key of ['title', 'tasks', 'indicators', 'dossiers', 'feedback', 'issues']) expect(summary).toHaveProperty(key);
  });
});

describe('a sheet with an unknown status', () => {
  it('exits 1 naming the file, sheet, cell and value, without a stack trace', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'rr-status-'));
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Nhiệm vụ');
    ws.addRow(['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Thời hạn', 'Tình trạng']);
    ws.addRow([1, 'Rà soát văn bản', 'Sở Tư pháp', '30/06/2024', 'Hoàn thành']);
    ws.addRow([2, 'Công bố TTHC', 'Văn phòng UBND tỉnh', '30/09/2024', 'Xong rồi']);
    const file = path.join(dir, 'so-tu-phap.xlsx');
    writeFileSync(file, Buffer.from(await wb.xlsx.writeBuffer()));
    const r = await runMain(['summary', file, '--format', 'json']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${file}:Nhiệm vụ!E3: error bad-status: "Xong rồi" không phải là tình trạng đã biết`);
    expect(r.stderr).toMatch(/Hoàn thành, /);
    expect(r.stderr).not.toMatch(/\n\s+at /);

    const v = await runMain(['validate', file]);
    expect(v.code).toBe(1);
    expect(v.stdout).toContain('so-tu-phap.xlsx:Nhiệm vụ!E3: error bad-status');

    const b = await runMain(['build', file, '--out', path.join(dir, 'out')]);
    expect(b.code).toBe(1);
    expect(b.stderr).toMatch(/không ghi gì: dữ liệu có lỗi/);
  });

  it('is counted in an invalid bucket under --lenient, and the reports are written', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'rr-lenient-'));
    const csv = path.join(dir, 'tasks.csv');
    writeFileSync(csv, 'STT,Nhiệm vụ,Đơn vị chủ trì,Tình trạng\n1,A,Sở Tư pháp,Hoàn thành\n2,B,Sở Tư pháp,Xong rồi\n');
    const r = await runMain(['summary', csv, '--format', 'json', '--lenient']);
    expect(r.code).toBe(0);
    const s = JSON.parse(r.stdout);
    expect(s.tasks).toMatchObject({ total: 2, done: 1, invalid: 1 });
  });
});

describe('validate on the embedded example', () => {
  it('lists what each table was read as and exits 0', async () => {
    const r = await runMain(['validate', 'fixtures/tay-ninh-2024']);
    expect(r.code).toBe(0);
    // A receipt per file (SPEC §4.6): its unit and how that was decided, then each table.
    // In Vietnamese throughout (issue 11): its words and its dates.
    expect(r.stdout).toContain('so-noi-vu.xlsx: Sở Nội vụ (tên cơ quan ở tiêu đề văn bản), số liệu đến ngày 25/10/2024\n  Nhiệm vụ CCHC 2024: nhiệm vụ, 14 dòng được tính (nhận biết: 5 dòng tiêu đề, 2 dòng tên cột, 1 dòng đánh số cột, 3 dòng mục, 3 dòng cuối bảng), số liệu đến ngày 25/10/2024');
    expect(r.stdout).toMatch(/so-tu-phap\.xlsx: Sở Tư pháp \(tên file\)[^\n]*\n {2}Bao cao: nhiệm vụ[^\n]*\n {2}DM: bỏ qua/);
    // A file that names no unit says so in words, with how to name one.
    expect(r.stdout).toContain('phan-anh-kien-nghi.csv: chưa rõ đơn vị gửi (tệp không ghi tên đơn vị; đặt tên bằng tên tệp, --unit hoặc mục "files" của cấu hình)\n');
    expect(r.stdout).toMatch(/\n0 lỗi, 0 cảnh báo\n$/);
    // Công an tỉnh and Sở TN&MT sent no file of their own, but their results are in the compiled lists.
    expect(r.stdout).toContain('7/8 đơn vị đã gửi; mọi bảng số liệu đều đã đọc\nChưa gửi: Sở Kế hoạch và Đầu tư');
  });

  it('gives the same issues as JSON', async () => {
    const r = await runMain(['validate', 'fixtures/tay-ninh-2024', '--format', 'json']);
    const v = JSON.parse(r.stdout);
    expect(v.errors).toBe(0);
    expect(v.tables.find((t: { sheet?: string }) => t.sheet === 'Chỉ tiêu CĐS 2024')).toMatchObject({ kind: 'indicators', rowsCounted: 16, asOf: '2024-10-31' });
    expect(v.inputs.find((i: { file: string }) => i.file.endsWith('so-tai-chinh.xlsx'))).toMatchObject({ unit: 'Sở Tài chính', unitSource: 'column', statedAsOf: '2024-10-25' });
    expect(v.receipts).toMatchObject({ expected: 8, expectedSent: 7, tablesNotRead: 0, tablesSkipped: 1 });
  });
});
