/**
 * Sector rows stay inside their unit (issue 18, point 3): a district's Biểu 06 listing the
 * sectors of each unit under it, and a department's sector table with no title, whose unit the
 * config's `files` names. Expected figures: fixtures/issue-18/make-openpyxl.py, from the rows it
 * writes, not from the tool.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { repoRoot, runInProcess } from '../helpers/cli.js';
import { renderXlsx } from '../../src/render/xlsx/index.js';
import { isSectorLabel } from '../../src/interpret/dossier-sectors.js';
import { UnitDirectory } from '../../src/interpret/units.js';

const expected = JSON.parse(readFileSync(path.join(repoRoot, 'fixtures/issue-18/EXPECTED.json'), 'utf8'))['sector-rows'];
const measures = ['received', 'resolved', 'resolvedOnTime', 'resolvedLate', 'pending', 'online'] as const;
const pick = (o: object) => Object.fromEntries(measures.map((m) => [m, (o as Record<string, unknown>)[m]]));

describe('sector rows of a dossier form', { timeout: 60_000 }, () => {
  it('count once for the unit above them, kept as its breakdown, with no duplicate-unit or level warning', async () => {
    const result = await runInProcess(['fixtures/issue-18/sector-rows']);
    const d = result.summary.dossiers!;
    const byUnit = Object.fromEntries(
      d.byUnit.map((u) => [u.unit, { level: u.level, ...pick(u), sectors: Object.fromEntries((u.sectors ?? []).map((s) => [s.sector, pick(s)])) }]),
    );
    expect(byUnit).toEqual(expected.byUnit);
    expect(d.received).toBe(expected.received);
    const codes = result.summary.issues.items.filter((i) => i.severity !== 'info').map((i) => i.code);
    expect(codes).toEqual([]);
  });

  it('the workbook shows each unit\'s sectors on the dossier sheet', async () => {
    const result = await runInProcess(['fixtures/issue-18/sector-rows']);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await renderXlsx(result.summary, { lang: 'vi' })) as unknown as ExcelJS.Buffer);
    const rows: unknown[][] = [];
    wb.worksheets.forEach((ws) => ws.eachRow((r) => rows.push((r.values as unknown[]).slice(1))));
    const heading = rows.findIndex((r) => r.includes('HỒ SƠ THỦ TỤC HÀNH CHÍNH CỦA TỪNG ĐƠN VỊ THEO LĨNH VỰC'));
    expect(heading).toBeGreaterThan(0);
    const after = rows.slice(heading + 1);
    for (const [unit, u] of Object.entries(expected.byUnit as Record<string, { sectors: Record<string, { received: number }> }>)) {
      for (const [sector, s] of Object.entries(u.sectors)) {
        expect(after.some((r) => r[0] === unit && r[1] === sector && r[2] === s.received), `${unit} / ${sector}`).toBe(true);
      }
    }
  });

  it('a sector is told from a unit by the national list; a unit name is never a sector', () => {
    const units = new UnitDirectory([]);
    for (const label of ['Hộ tịch', 'Đất đai (cấp huyện)', '- Chứng thực', 'a) Đăng ký kinh doanh', 'Lao động - Thương binh và Xã hội', 'Giáo dục và Đào tạo']) expect(isSectorLabel(label, units), label).toBe(true);
    for (const label of ['UBND xã Thanh Phước', 'Sở Tư pháp', 'Phòng Tư pháp', 'Công an tỉnh', 'Hộ tịch viên Nguyễn Văn A']) expect(isSectorLabel(label, units), label).toBe(false);
  });
});
