/**
 * `--unit` on a folder (issue 18, point 4): it goes only to the files that name no unit, says
 * which in one information line, and refuses files whose heads name different bodies. Fixtures
 * and expected figures: fixtures/issue-18/make-openpyxl.py.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot, runInProcess } from '../helpers/cli.js';
import { runMain } from '../helpers/in-process.js';

const dir = 'fixtures/issue-18';
const expected = JSON.parse(readFileSync(path.join(repoRoot, dir, 'EXPECTED.json'), 'utf8'));

describe('--unit on a folder', { timeout: 60_000 }, async () => {
  it('goes only to the file that names no unit; the department with its head keeps its tasks', async () => {
    const result = await runInProcess([`${dir}/unit-option`], { unit: 'Sở Xây dựng', asOf: '2024-10-25' });
    const byUnit = Object.fromEntries(result.summary.tasks!.byUnit.map((u) => [u.unit, { total: u.total, done: u.done }]));
    expect(byUnit).toEqual(expected['unit-option'].byUnit);
    const given = result.summary.issues.items.filter((i) => i.code === 'unit-option-given');
    expect(given).toHaveLength(1);
    expect((given[0]!.params as { files: string[] }).files.map((f) => path.basename(f))).toEqual(expected['unit-option'].given);
    expect(result.summary.issues.errors).toBe(0);
  });

  it('says on stderr which files it was given to, unless --quiet', async () => {
    const r = await runMain(['tasks', `${dir}/unit-option`, '--unit', 'Sở Xây dựng', '--format', 'csv']);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/info unit-option-given: --unit "Sở Xây dựng" được dùng cho 1 tệp không ghi đơn vị: fixtures\/issue-18\/unit-option\/danh-sach-nhiem-vu\.xlsx\n/);
    expect((await runMain(['tasks', `${dir}/unit-option`, '--unit', 'Sở Xây dựng', '--format', 'csv', '--quiet'])).stderr).toBe('');
  });

  it('files whose heads name different bodies cannot all be one unit\'s: an error listing them', async () => {
    const result = await runInProcess([`${dir}/unit-option-mixed`], { unit: 'Sở Xây dựng', asOf: '2024-10-25' });
    const mixed = result.summary.issues.items.filter((i) => i.code === 'unit-option-mixed');
    expect(mixed).toHaveLength(1);
    expect(mixed[0]!.severity).toBe('error');
    const files = (mixed[0]!.params as { files: { file: string; head: string }[] }).files;
    expect(Object.fromEntries(files.map((f) => [path.basename(f.file), f.head]))).toEqual(expected['unit-option-mixed'].heads);
    const r = await runMain(['summary', `${dir}/unit-option-mixed`, '--unit', 'Sở Xây dựng', '--format', 'csv']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/error unit-option-mixed: .*bao-cao-1\.xlsx \(PHÒNG QUẢN LÝ ĐÔ THỊ\), .*bao-cao-2\.xlsx \(PHÒNG KINH TẾ\)/);
  });
});
