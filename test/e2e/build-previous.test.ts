/**
 * The change since the previous snapshot (SPEC §5), end to end: a build as of a week earlier,
 * two task statuses changed the way a department changes them (in the workbook, with exceljs),
 * then the meeting's build in the same output folder.
 */
import { describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { example } from '../helpers/cli.js';
import { runMain } from '../helpers/in-process.js';

/** Sets the status of the task whose title starts with `title` to `status`. */
async function setStatus(file: string, title: string, status: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  let done = false;
  wb.eachSheet((ws) =>
    ws.eachRow((row) => {
      if (!row.values || !(row.values as unknown[]).some((v) => typeof v === 'string' && v.startsWith(title))) return;
      row.eachCell((cell) => {
        if (cell.value === 'Đang thực hiện') {
          cell.value = status;
          done = true;
        }
      });
    }),
  );
  if (!done) throw new Error(`no task "${title}" in progress in ${file}`);
  await wb.xlsx.writeFile(file);
}

describe('build compares with the previous snapshot', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'rr-previous-'));
  const inputs = path.join(dir, 'in');
  const out = path.join(dir, 'out');
  cpSync(example, inputs, { recursive: true });
  const week = await runMain(['build', inputs, '--out', out, '--as-of', '2024-10-18']);
  await setStatus(path.join(inputs, 'van-phong-ubnd-tinh.xlsx'), 'Số hóa hồ sơ, kết quả giải quyết TTHC', 'Hoàn thành');
  await setStatus(path.join(inputs, 'so-noi-vu.xlsx'), 'Tổ chức kiểm tra công vụ', 'Hoàn thành');
  const meeting = await runMain(['build', inputs, '--out', out]);
  const json = () => JSON.parse(readFileSync(path.join(out, 'reform-report-2024-10-25.json'), 'utf8'));

  it('finds the newest earlier snapshot in the output folder', async () => {
    expect(week.code).toBe(0);
    expect(meeting.code).toBe(0);
    expect(json().comparison.previousAsOf).toBe('2024-10-18');
  });

  it('gives the right deltas, the newly completed tasks and the units that improved', async () => {
    const c = json().comparison;
    expect(c).toMatchObject({ tasksDone: 2, tasksOverdue: -1, indicatorsMet: 0, newlyOverdue: [] });
    expect(c.newlyDone.map((t: { id: string }) => t.id).sort()).toEqual(['IV.10', 'TTHC-04']);
    expect(c.units.map((u: { unit: string; change: string }) => `${u.unit} ${u.change}`)).toEqual(['Sở Nội vụ improved', 'Văn phòng UBND tỉnh improved']);
    expect(c.previous).toMatchObject({ tasksDone: 44, tasksTotal: 46, tasksOverdue: 1 });
  });

  it('says it in the brief, on the summary sheet and on the terminal', async () => {
    const brief = readFileSync(path.join(out, 'reform-report-2024-10-25.md'), 'utf8');
    expect(brief).toContain('## Thay đổi so với ngày 18/10/2024');
    expect(brief).toContain('**+2 nhiệm vụ hoàn thành** so với 18/10/2024; tỷ lệ hoàn thành tăng từ 95,7% lên 100%.');
    expect(brief).toContain('- Văn phòng UBND tỉnh: tỷ lệ hoàn thành tăng từ 85,7% lên 100%.');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(out, 'reform-report-2024-10-25.xlsx'));
    const ws = wb.getWorksheet('Tổng hợp')!;
    expect(ws.getCell('C8').value).toBe('Kỳ trước (18/10/2024)');
    const row = [...Array(ws.rowCount).keys()].map((i) => i + 1).find((r) => ws.getCell(`A${r}`).value === 'Đã hoàn thành')!;
    expect(ws.getCell(`B${row}`).value).toMatchObject({ result: 46 });
    expect(ws.getCell(`C${row}`).value).toBe(44);
    expect(ws.getCell(`D${row}`).value).toMatchObject({ result: 2 });
    expect(meeting.stdout).toContain('So với 18/10/2024: +2 nhiệm vụ hoàn thành, -1 nhiệm vụ quá hạn, 0 chỉ tiêu đạt');
  });

  it('compares a rebuild of the same date with the same earlier snapshot, not with itself', async () => {
    const before = readFileSync(path.join(out, 'reform-report-2024-10-25.json'));
    expect((await runMain(['build', inputs, '--out', out])).code).toBe(0);
    expect(readFileSync(path.join(out, 'reform-report-2024-10-25.json')).equals(before)).toBe(true);
  });

  it('takes the snapshot named by --previous, and exits 2 when it cannot be read', async () => {
    const other = path.join(dir, 'other');
    const r = await runMain(['build', inputs, '--out', other, '--format', 'json', '--previous', path.join(out, 'reform-report-2024-10-18.json')]);
    expect(r.code).toBe(0);
    expect(JSON.parse(readFileSync(path.join(other, 'reform-report-2024-10-25.json'), 'utf8')).comparison.tasksDone).toBe(2);
    const missing = await runMain(['build', inputs, '--out', other, '--previous', path.join(dir, 'nope.json')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('--previous');
    expect(missing.stderr).toContain('ENOENT');
  });
});
