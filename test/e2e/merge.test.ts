/**
 * Roll-up end to end: snapshots made by `build` for two provinces merged by `merge` and rendered by
 * `build --from-snapshots`; counts add, rates are recomputed from the sums, each unit keeps its
 * province; snapshots of other dates or periods are refused with one line.
 */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { example } from '../helpers/cli.js';
import { runMain } from '../helpers/in-process.js';

describe('merge snapshots made by build', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'rr-merge-'));
  const snaps = path.join(dir, 'snapshots');
  mkdirSync(snaps);
  // Province A: the embedded example. Province B: a small plan of its own, built as of the same date.
  const a = await runMain(['build', example, '--out', path.join(dir, 'a'), '--format', 'json']);
  const bDir = path.join(dir, 'b-in');
  mkdirSync(bDir);
  writeFileSync(path.join(bDir, 'nhiem-vu.csv'), 'STT,Nhiệm vụ,Đơn vị chủ trì,Thời hạn,Tình trạng\n1,Rà soát TTHC,Sở Nội vụ,30/06/2024,Hoàn thành\n2,Số hóa hồ sơ,Sở Tư pháp,30/09/2024,Đang thực hiện\n3,Kiểm tra công vụ,Sở Nội vụ,Quý IV/2024,Chưa thực hiện\n4,Tuyên truyền,Sở Tư pháp,Năm 2024,Đang thực hiện\n');
  writeFileSync(path.join(bDir, 'reform-report.config.json'), JSON.stringify({ organization: 'UBND TỈNH LONG AN', place: 'Long An' }));
  const b = await runMain(['build', bDir, '--out', path.join(dir, 'b'), '--format', 'json', '--as-of', '2024-10-25']);
  const aFile = path.join(dir, 'a', 'reform-report-2024-10-25.json');
  const bFile = path.join(dir, 'b', 'reform-report-2024-10-25.json');

  it('adds the counts and recomputes the rates from the sums, never averaging them', async () => {
    expect(a.code, a.stderr).toBe(0);
    expect(b.code, b.stderr).toBe(0);
    const out = path.join(dir, 'merged.json');
    const r = await runMain(['merge', aFile, bFile, '-o', out]);
    expect(r.code, r.stderr).toBe(0);
    const m = JSON.parse(readFileSync(out, 'utf8'));
    const [sa, sb] = [aFile, bFile].map((f) => JSON.parse(readFileSync(f, 'utf8')));
    expect(m.tasks.total).toBe(sa.tasks.total + sb.tasks.total);
    expect(m.tasks.done).toBe(45);
    expect(m.tasks.total).toBe(50);
    expect(m.tasks.completionRate).toBe(45 / 50);
    expect(m.tasks.overdue).toBe(sa.tasks.overdue + sb.tasks.overdue);
    expect(m.tasks.dueCompletionRate).toBe((sa.tasks.doneOfDue + sb.tasks.doneOfDue) / (sa.tasks.due + sb.tasks.due));
    expect(m.dossiers.received).toBe(270497);
    expect(m.dossiers.onTimeRate).toBe(sa.dossiers.onTimeRate);
    expect(m.indicators.met).toBe(9);
    // Each unit keeps its province: Sở Nội vụ of each is its own row.
    const noiVu = m.tasks.byUnit.filter((u: { unit: string }) => u.unit === 'Sở Nội vụ').map((u: { province: string; total: number }) => `${u.province}:${u.total}`);
    expect(noiVu).toEqual(['UBND TỈNH TÂY NINH:15', 'Long An:2']);
    expect(m.mergedFrom.map((p: { province: string }) => p.province)).toEqual(['UBND TỈNH TÂY NINH', 'Long An']);
    expect(m.dossiers.byUnit.every((u: { province: string }) => u.province === 'UBND TỈNH TÂY NINH')).toBe(true);
  });

  it('renders the merged report with build --from-snapshots (workbook, brief, JSON, Word report, dashboard)', async () => {
    writeFileSync(path.join(snaps, 'tay-ninh.json'), readFileSync(aFile));
    writeFileSync(path.join(snaps, 'long-an.json'), readFileSync(bFile));
    const out = path.join(dir, 'region');
    const r = await runMain(['build', '--from-snapshots', snaps, '--out', out]);
    expect(r.code, r.stderr).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['docx', 'html', 'json', 'md', 'svg', 'xlsx'].map((ext) => `reform-report-2024-10-25.${ext}`));
    expect(JSON.parse(readFileSync(path.join(out, 'reform-report-2024-10-25.json'), 'utf8')).tasks.done).toBe(45);
    expect(readFileSync(path.join(out, 'reform-report-2024-10-25.md'), 'utf8')).toContain('45/50');
    expect((await runMain(['build', '--from-snapshots', snaps, '--out', snaps])).code).toBe(2);
  });

  it('refuses snapshots of different periods, naming both, in one line with exit 1', async () => {
    const p = await runMain(['build', example, '--out', path.join(dir, 'p'), '--format', 'json', '--period', '2024-9M']);
    expect(p.code, p.stderr).toBe(0);
    const r = await runMain(['merge', aFile, path.join(dir, 'p', 'reform-report-2024-10-25.json')]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/không gộp được: các bản tổng hợp không cùng kỳ: .*reform-report-2024-10-25\.json không có kỳ, .*reform-report-2024-10-25\.json 2024-01-01\.\.2024-09-30/);
  });

  it('refuses snapshots of different dates and the same province twice; a file that is no snapshot exits 2', async () => {
    const c = await runMain(['build', bDir, '--out', path.join(dir, 'c'), '--format', 'json', '--as-of', '2024-10-31']);
    expect(c.code, c.stderr).toBe(0);
    const dates = await runMain(['merge', aFile, path.join(dir, 'c', 'reform-report-2024-10-31.json')]);
    expect(dates.code).toBe(1);
    expect(dates.stderr).toMatch(/không cùng ngày: .* tính đến ngày 25\/10\/2024, .* tính đến ngày 31\/10\/2024/);
    const twice = await runMain(['merge', bFile, bFile]);
    expect(twice.code).toBe(1);
    expect(twice.stderr).toMatch(/đều là của Long An/);
    const notSnapshot = path.join(dir, 'x.json');
    writeFileSync(notSnapshot, '{"hello": 1}');
    const bad = await runMain(['merge', aFile, notSnapshot]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/x\.json: không phải bản tổng hợp của reform-report/);
  });
});
