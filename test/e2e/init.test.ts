/**
 * `init` (SPEC §5.1): its intake workbooks, filled the way a department fills them, read back
 * with no warning; and it never overwrites.
 */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';

import { runMain } from '../helpers/in-process.js';
import { intakeForms, taskStatusChoices } from '../../src/init/forms.js';

const day = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

/** What a department types into each form: every dropdown value, dates, periods, counts. */
const filled: Record<string, ExcelJS.CellValue[][]> = {
  'mau-nhiem-vu.xlsx': [
    ...taskStatusChoices.map((status, i) => [i + 1, `I.${i + 1}`, `Nhiệm vụ số ${i + 1}`, 'Cải cách thể chế', 'Sở Tư pháp', day(2024, 6, 30), status, status === 'Hoàn thành' ? day(2024, 6, 20) : status === 'Hoàn thành quá hạn' ? day(2024, 7, 5) : null, null, null]),
    [7, 'II.1', 'Công bố danh mục TTHC', 'Cải cách thủ tục hành chính', 'Văn phòng UBND tỉnh', 'Quý IV/2024', null, null, null, 'chưa báo cáo'],
    [8, 'II.2', 'Kiểm tra công vụ', 'Cải cách chế độ công vụ', 'Sở Nội vụ', 'Thường xuyên', 'Đang thực hiện', null, 'Kế hoạch 12/KH-SNV', null],
  ],
  'mau-chi-tieu.xlsx': [
    [1, 'CQS.1', 'Tỷ lệ hồ sơ trực tuyến', 'Chính quyền số', '%', '≥ 50%', '38,9%', 'Văn phòng UBND tỉnh', null],
    [2, 'XHS.1', 'Số thành viên tổ công nghệ số cộng đồng', 'Xã hội số', 'người', '1.200', '1.485', 'Sở Thông tin và Truyền thông', null],
    [3, 'CQS.2', 'Đưa Kho dữ liệu dùng chung vào khai thác', 'Chính quyền số', null, 'Hoàn thành', null, 'Sở Thông tin và Truyền thông', null],
  ],
  'mau-ho-so-tthc.xlsx': [
    [1, 'Sở Tư pháp', 'Cấp tỉnh', 1000, 400, 950, 940, 10, 50, 30],
    [2, 'UBND huyện Châu Thành', 'Cấp huyện', 500, 100, 480, 470, 10, 20, 0],
    [3, 'UBND xã Thái Bình', 'Cấp xã', 200, 20, 200, 200, 0, 0, 0],
  ],
  'mau-phan-anh-kien-nghi.xlsx': [
    [1, 'Tư pháp', 36, 35],
    [2, 'Y tế', 7, 7],
  ],
};

describe('init', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'rr-init-'));
  const first = await runMain(['init', dir]);
  const forms = path.join(dir, 'mau-nhap-lieu');

  it('writes a config, the templates and one intake workbook per data kind', async () => {
    expect(first.code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['du-lieu', 'mau-nhap-lieu', 'reform-report.config.json', 'templates']);
    expect(readdirSync(forms).sort()).toEqual(intakeForms.map((f) => f.file).sort());
    expect(readdirSync(path.join(dir, 'templates')).sort()).toEqual(['brief.en.md.hbs', 'brief.vi.md.hbs']);
    const config = JSON.parse(readFileSync(path.join(dir, 'reform-report.config.json'), 'utf8'));
    expect(config).toMatchObject({ lang: 'vi', inputs: ['du-lieu'], out: 'out', leagueSize: 10 });
    // A two-tier unit list: today's departments at province level, no district.
    expect(config.units.map((u: { name: string }) => u.name)).toEqual(expect.arrayContaining(['Sở Khoa học và Công nghệ', 'Sở Nông nghiệp và Môi trường', 'Trung tâm Phục vụ hành chính công tỉnh']));
    expect(config.units.every((u: { level: string }) => u.level === 'province')).toBe(true);
  });

  it('gives each form a status or level dropdown from a very hidden list sheet, date validation and a frozen header', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(forms, 'mau-nhiem-vu.xlsx'));
    expect(wb.worksheets.map((w) => `${w.name}:${w.state}`)).toEqual(['Nhiệm vụ:visible', 'Hướng dẫn:visible', 'DanhMuc:veryHidden']);
    const ws = wb.getWorksheet('Nhiệm vụ')!;
    expect(ws.getRow(1).values).toEqual([undefined, 'STT', 'Mã nhiệm vụ', 'Nội dung nhiệm vụ', 'Lĩnh vực', 'Đơn vị chủ trì', 'Thời hạn hoàn thành', 'Tình trạng', 'Ngày hoàn thành', 'Sản phẩm', 'Ghi chú']);
    expect(ws.getCell('G2').dataValidation).toMatchObject({ type: 'list', formulae: ['DanhMuc!$A$1:$A$6'], showErrorMessage: true });
    expect(ws.getCell('G300').dataValidation.type).toBe('list');
    expect(ws.getCell('H2').dataValidation).toMatchObject({ type: 'date', operator: 'between', errorStyle: 'stop' });
    expect(ws.getCell('F2').dataValidation).toMatchObject({ type: 'date', errorStyle: 'warning' });
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const lists = wb.getWorksheet('DanhMuc')!;
    expect([1, 2, 3, 4, 5, 6].map((r) => lists.getCell(`A${r}`).value)).toEqual(taskStatusChoices);
    const dossiers = new ExcelJS.Workbook();
    await dossiers.xlsx.readFile(path.join(forms, 'mau-ho-so-tthc.xlsx'));
    expect(dossiers.getWorksheet('Hồ sơ TTHC')!.getCell('C2').dataValidation).toMatchObject({ type: 'list', formulae: ['DanhMuc!$B$1:$B$3'] });
    expect(dossiers.getWorksheet('Hồ sơ TTHC')!.getCell('D2').dataValidation).toMatchObject({ type: 'whole', operator: 'greaterThanOrEqual', formulae: [0] });
  });

  it('puts the Vietnamese instructions in a text box, so the sheet holds no cells', async () => {
    const bytes = readFileSync(path.join(forms, 'mau-nhiem-vu.xlsx'));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
    expect(wb.getWorksheet('Hướng dẫn')!.actualRowCount).toBe(0);
    const drawing = await (await JSZip.loadAsync(bytes)).file('xl/drawings/drawing1.xml')!.async('string');
    expect(drawing).toContain('<a:t>HƯỚNG DẪN NHẬP LIỆU: BIỂU BÁO CÁO KẾT QUẢ THỰC HIỆN NHIỆM VỤ</a:t>');
    expect(drawing).toContain('Không lưu dạng .xls hoặc CSV.');
  });

  it('reads every filled form back with no error and no warning', async () => {
    for (const [file, rows] of Object.entries(filled)) {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(path.join(forms, file));
      const ws = wb.worksheets[0]!;
      rows.forEach((r, i) => r.forEach((v, j) => v !== null && (ws.getCell(i + 2, j + 1).value = v)));
      await wb.xlsx.writeFile(path.join(dir, 'du-lieu', file));
    }
    const r = await runMain(['validate', '--config', path.join(dir, 'reform-report.config.json'), '--as-of', '2024-10-25', '--format', 'json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.items.filter((i: { severity: string }) => i.severity !== 'info')).toEqual([]);
    expect(report).toMatchObject({ errors: 0, warnings: 0 });
    const summary = JSON.parse((await runMain(['summary', '--config', path.join(dir, 'reform-report.config.json'), '--as-of', '2024-10-25', '--format', 'json'])).stdout);
    expect(summary.tasks).toMatchObject({ total: 7, done: 2, doneLate: 1, cancelled: 1, notReported: 1 });
    expect(summary.indicators).toMatchObject({ total: 3, met: 1, notMet: 1, notReported: 1 });
    expect(summary.dossiers).toMatchObject({ received: 1700, resolved: 1630, online: 520, paidOnline: 30 });
    expect(summary.feedback).toMatchObject({ total: 43, resolved: 42 });
  });

  it('never overwrites: a second run names the files that exist, writes nothing and exits 2', async () => {
    const config = path.join(dir, 'reform-report.config.json');
    writeFileSync(config, '{ "title": "Đã sửa" }\n');
    const again = await runMain(['init', dir]);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('không bao giờ bị ghi đè');
    expect(again.stderr).toContain(config);
    expect(readFileSync(config, 'utf8')).toBe('{ "title": "Đã sửa" }\n');
  });
});
