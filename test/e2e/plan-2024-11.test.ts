/**
 * Issue 11 point 6, the plan as the denominator: fixtures/plan-2024-11 (a plan appendix and the
 * departments' answers, three of them in the workbooks `init --plan` wrote) gives exactly the
 * figures its EXPECTED.json states (computed by compute-expected.py from the files, not by the
 * tool), with no warning it does not list; and the loop `init --plan` → fill → `build --plan`
 * closes on a fresh folder.
 */
import { copyFileSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import type { PipelineResult } from '../../src/cli/pipeline.js';
import { repoRoot, runInProcess, tempDir } from '../helpers/cli.js';
import { runMain } from '../helpers/in-process.js';

const dir = path.join(repoRoot, 'fixtures/plan-2024-11');
const planFile = path.join(dir, 'ke-hoach-cchc-2024.xlsx');
const expected = JSON.parse(readFileSync(path.join(dir, 'EXPECTED.json'), 'utf8'));

describe('fixtures/plan-2024-11', async () => {
  let summary: PipelineResult['summary'];
  beforeAll(async () => {
    ({ summary } = await runInProcess([dir], { cwd: dir }));
  }, 120_000);

  it('counts the plan\'s tasks, the reported ones, the unreported ones per unit and the ones outside the plan, and warns of nothing else', async () => {
    const t = summary.tasks!;
    expect({ asOf: t.asOf, total: t.total, done: t.done, inProgress: t.inProgress, notStarted: t.notStarted, notReported: t.notReported, cancelled: t.cancelled, overdue: t.overdue }).toEqual({ asOf: expected.asOf, ...expected.tasks });
    const plan = summary.plan!;
    expect({ total: plan.total, reported: plan.reported }).toEqual({ total: expected.plan.total, reported: expected.plan.reported });
    expect(plan.notReported.map((u) => ({ unit: u.unit, ids: u.tasks.map((x) => x.id) }))).toEqual(expected.plan.notReported);
    expect(plan.outside.map((o) => ({ title: o.title, lead: o.lead, file: path.basename(o.file) }))).toEqual(expected.plan.outside);
    const shown = summary.issues.items.filter((i) => i.severity !== 'info').map((i) => [path.basename(i.file), i.code]);
    expect(shown).toEqual(expected.warnings);
    expect(summary.issues.errors).toBe(expected.errors);
  });

  it('takes the deadline and area from the plan when a report has none', async () => {
    const item = summary.tasks!.items.find((i) => i.title === 'Giao quyền tự chủ tài chính cho đơn vị sự nghiệp công lập')!;
    expect(item).toMatchObject({ id: 'IV.1', lead: 'Sở Tài chính', deadline: '2024-06-30', area: 'Cải cách tài chính công', status: 'done' });
    expect(path.basename(item.file)).toBe('bao-cao-so-tai-chinh.xlsx');
  });

  it('without the plan, the same reports count only what they list (the plan changes the denominator, nothing else)', async () => {
    const reports = tempDir('rr-plan-reports-');
    for (const f of readdirSync(dir).filter((n) => n.endsWith('.xlsx') && n !== path.basename(planFile))) copyFileSync(path.join(dir, f), path.join(reports, f));
    const { summary: without } = await runInProcess([reports], { cwd: reports });
    expect(without.plan).toBeUndefined();
    // Every row of every report: 3 + 3 + 3 intake rows and 4 + 4 rows of the two own lists.
    expect(without.tasks!.total + without.tasks!.cancelled).toBe(17);
    expect(without.issues.items.filter((i) => i.code.startsWith('plan-'))).toEqual([]);
  }, 60_000);
});

describe('build with the plan: the brief, the workbook and the terminal say it', async () => {
  it('N/M reported, the unreported per unit and the tasks outside the plan', async () => {
    const out = tempDir('rr-plan-build-');
    const r = await runMain(['build', dir, '--out', out, '--format', 'xlsx,md,json']);
    expect(r.code, r.stderr).toBe(0);
    const line = `${expected.plan.reported}/${expected.plan.total} nhiệm vụ đã có báo cáo`;
    expect(r.stdout).toContain(line);
    const brief = readFileSync(path.join(out, 'reform-report-2024-11-15.md'), 'utf8');
    expect(brief).toContain(`Theo danh mục nhiệm vụ của kế hoạch: ${line}.`);
    for (const u of expected.plan.notReported) for (const id of u.ids) expect(brief).toMatch(new RegExp(`\\| ${u.unit} \\| ${id.replace('.', '\\.')} \\|`));
    for (const o of expected.plan.outside) expect(brief).toContain(`| ${o.lead} | ${o.title} |`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(out, 'reform-report-2024-11-15.xlsx'));
    const ws = wb.getWorksheet('Kế hoạch')!;
    expect(ws.getCell('A2').value).toBe(`(${line})`);
    const ids: string[] = [];
    ws.eachRow((row) => {
      const id = row.getCell(2).value;
      if (typeof id === 'string' && /^[IVX]+\.\d+$/.test(id)) ids.push(`${row.getCell(1).value} ${id}`);
    });
    expect(ids).toEqual(expected.plan.notReported.flatMap((u: { unit: string; ids: string[] }) => u.ids.map((id) => `${u.unit} ${id}`)));
  }, 60_000);
});

describe('init --plan → fill in → build --plan', async () => {
  const work = tempDir('rr-plan-loop-');
  const forms = path.join(work, 'gui-don-vi');
  const config = path.join(dir, 'reform-report.config.json');

  it('writes one workbook per lead unit, its tasks written in and locked, the rest open', async () => {
    const r = await runMain(['init', '--plan', planFile, '--config', config, forms]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(readdirSync(forms).sort()).toEqual([
      'nhiem-vu-so-ke-hoach-va-dau-tu.xlsx', 'nhiem-vu-so-noi-vu.xlsx', 'nhiem-vu-so-tai-chinh.xlsx',
      'nhiem-vu-so-thong-tin-va-truyen-thong.xlsx', 'nhiem-vu-so-tu-phap.xlsx', 'nhiem-vu-van-phong-ubnd-tinh.xlsx',
    ]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(forms, 'nhiem-vu-so-tai-chinh.xlsx'));
    const ws = wb.getWorksheet('Nhiệm vụ')!;
    const header = (ws.getRow(1).values as unknown[]).slice(1);
    const at = (row: number, name: string) => ws.getCell(row, header.indexOf(name) + 1);
    expect([2, 3, 4].map((row) => at(row, 'Mã nhiệm vụ').value)).toEqual(['I.3', 'IV.1', 'IV.2']);
    expect(at(2, 'Thời hạn hoàn thành').value).toEqual(new Date(Date.UTC(2024, 8, 30)));
    expect(at(5, 'Mã nhiệm vụ').value).toBeNull();
    for (const name of ['STT', 'Mã nhiệm vụ', 'Nội dung nhiệm vụ', 'Đơn vị chủ trì', 'Thời hạn hoàn thành']) expect(at(2, name).protection?.locked, name).not.toBe(false);
    for (const name of ['Tình trạng', 'Ngày hoàn thành', 'Sản phẩm', 'Ghi chú']) expect(at(2, name).protection?.locked, name).toBe(false);
    // A task outside the plan can still be added below the plan's.
    expect(at(5, 'Nội dung nhiệm vụ').protection?.locked).toBe(false);
    const xml = await (await JSZip.loadAsync(readFileSync(path.join(forms, 'nhiem-vu-so-tai-chinh.xlsx')))).file('xl/worksheets/sheet1.xml')!.async('string');
    expect(xml).toMatch(/<sheetProtection [^>]*sheet="1"/);
  });

  it('reads the filled workbooks back: every task matched by its id, the unfilled ones "chưa báo cáo"', async () => {
    const inputs = path.join(work, 'du-lieu');
    const filledUnits = ['so-noi-vu', 'so-tai-chinh', 'van-phong-ubnd-tinh'];
    mkdirSync(inputs);
    for (const unit of filledUnits) {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(path.join(forms, `nhiem-vu-${unit}.xlsx`));
      const ws = wb.getWorksheet('Nhiệm vụ')!;
      const header = (ws.getRow(1).values as unknown[]).slice(1);
      for (let row = 2; ws.getCell(row, 1).value !== null; row++) ws.getCell(row, header.indexOf('Tình trạng') + 1).value = row === 2 ? 'Đang thực hiện' : 'Chưa thực hiện';
      await wb.xlsx.writeFile(path.join(inputs, `${unit}.xlsx`));
    }
    const out = path.join(work, 'out');
    const r = await runMain(['build', inputs, '--plan', planFile, '--config', config, '--as-of', '2024-11-15', '--out', out, '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    const json = JSON.parse(readFileSync(path.join(out, 'reform-report-2024-11-15.json'), 'utf8'));
    // 18 plan tasks; Sở Nội vụ 3, Sở Tài chính 3, Văn phòng 3 filled: 9 reported, 9 not.
    expect({ total: json.tasks.total, inProgress: json.tasks.inProgress, notStarted: json.tasks.notStarted, notReported: json.tasks.notReported }).toEqual({ total: 18, inProgress: 3, notStarted: 6, notReported: 9 });
    expect({ total: json.plan.total, reported: json.plan.reported, outside: json.plan.outside }).toEqual({ total: 18, reported: 9, outside: [] });
    expect(json.plan.notReported.map((u: { unit: string }) => u.unit)).toEqual(['Sở Kế hoạch và Đầu tư', 'Sở Thông tin và Truyền thông', 'Sở Tư pháp']);
    expect(json.issues.items.filter((i: { severity: string }) => i.severity !== 'info')).toEqual([]);
  });
});
