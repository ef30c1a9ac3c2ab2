/** The dossier and feedback figures through the built CLI (`npm run build` first), as a user runs it. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

import { runMain } from '../helpers/in-process.js';

const json = async (args: string[]) => {
  const r = await runMain(['summary', ...args, '--format', 'json']);
  return { ...r, summary: r.stdout ? JSON.parse(r.stdout) : null };
};
const expected = (() => {
  const md = readFileSync(new URL('../../fixtures/dossiers/EXPECTED.md', import.meta.url), 'utf8');
  const blocks = [...md.matchAll(/```json\n([\s\S]*?)```/g)];
  return JSON.parse(blocks[blocks.length - 1]![1]!);
})();

describe('summary of the Tây Ninh example (SPEC §7)', async () => {
  it('gives 270.497 dossiers (165.106 / 26.060 / 79.331), 260.103 resolved, 9 district-level units and 306 feedback items, with no error', async () => {
    const { code, summary } = await json(['fixtures/tay-ninh-2024']);
    expect(code).toBe(0);
    const d = summary.dossiers;
    expect(d.received).toBe(270497);
    expect(d.resolved).toBe(260103);
    expect(d.byLevel.map((l: { level: string; received: number }) => [l.level, l.received])).toEqual([['province', 165106], ['district', 26060], ['commune', 79331]]);
    expect(d.byUnit.filter((u: { level: string }) => u.level === 'district')).toHaveLength(9);
    expect(d.onTimeRate).toBeCloseTo(256540 / 260103, 10);
    // QĐ 766 (3.3): over the newly received, 270.497 less 6.803 carried over.
    expect(d.onlineRate).toBeCloseTo(102661 / (270497 - 6803), 10);
    expect(d.paidOnline).toBeNull();
    expect(d.asOf).toBe('2024-09-30');
    expect(d.period).toEqual({ from: '2024-01-01', to: '2024-09-30', label: null });
    expect(summary.feedback.total).toBe(306);
    expect(summary.feedback.resolved).toBe(298);
    expect(summary.issues.errors).toBe(0);
  });
});

describe('record exports and periods on the command line', async () => {
  it('prints the period used, and counts within it', async () => {
    const { code, summary, stderr } = await json(['fixtures/dossiers/mot-cua-xuat-ho-so.csv', '--as-of', '2024-09-30', '--period', '2024-Q3']);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(summary.period).toEqual({ from: '2024-07-01', to: '2024-09-30', label: '2024-Q3' });
    expect(summary.dossiers.period).toEqual(summary.period);
    expect(summary.dossiers.received).toBe(expected.recordsQ3.received);
    expect(summary.dossiers.carriedOver).toBe(expected.recordsQ3.carriedOver);
  });

  it('cuts named periods on the 15th with --cutoff 15, and counts as of the period end', async () => {
    const { summary } = await json(['fixtures/dossiers/mot-cua-xuat-ho-so.csv', '--as-of', '2024-12-31', '--period', '2024-9M', '--cutoff', '15']);
    expect(summary.period).toEqual({ from: '2023-12-15', to: '2024-09-14', label: '2024-9M' });
    expect(summary.dossiers.asOf).toBe('2024-09-14');
  });

  it('refuses a period it cannot read, and --cutoff without --period, as usage errors', async () => {
    const bad = await runMain(['summary', 'fixtures/dossiers/mot-cua-xuat-ho-so.csv', '--period', 'Q3/2024']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--period: "Q3/2024" không phải là một kỳ');
    const cutoff = await runMain(['summary', 'fixtures/dossiers/mot-cua-xuat-ho-so.csv', '--cutoff', '15']);
    expect(cutoff.code).toBe(2);
    expect(cutoff.stderr).toContain('ghi cả --period');
    expect((await runMain(['summary', 'fixtures/dossiers/mot-cua-xuat-ho-so.csv', '--period', '2024', '--cutoff', '40'])).code).toBe(2);
  });

  it('exits 1 on rows it could not count, listing them on stderr; nothing but the JSON on stdout, no progress when stderr is not a terminal', async () => {
    const r = await json(['fixtures/dossiers/mot-cua-ngay-sai.csv', '--as-of', '2024-09-30']);
    expect(r.code).toBe(1);
    expect(r.summary.dossiers.received).toBe(expected.badDates.counted);
    const lines = r.stderr.trim().split('\n');
    expect(lines[0]).toMatch(/^fixtures\/dossiers\/mot-cua-ngay-sai\.csv: error bad-date: còn 6 dòng khác có cùng lỗi/);
    expect(lines).toContain('fixtures/dossiers/mot-cua-ngay-sai.csv:E2: error bad-date: "31/02/2024" không phải là ngày (ngày/tháng/năm, ví dụ 25/10/2024); hồ sơ không được đếm — ghi ngày theo dạng ngày/tháng/năm, ví dụ 25/10/2024');
    expect(r.stderr).not.toContain('\r');
  });

  it('warns of a broken identity and a wrong total row, naming the cells', async () => {
    const r = await runMain(['summary', 'fixtures/dossiers/bieu-06-sai-tong.xlsx', '--format', 'json', '--verbose']);
    expect(r.code).toBe(0);
    const lines = r.stderr.trim().split('\n');
    for (const w of expected.broken.warnings) expect(lines.some((l) => l.startsWith(`fixtures/dossiers/bieu-06-sai-tong.xlsx:Biểu 06!${w.column}${w.row}: warning ${w.code}:`)), `${w.code} ${w.column}${w.row}`).toBe(true);
  });

  it('reads feedback items within the period', async () => {
    const { summary } = await json(['fixtures/dossiers/phan-anh-theo-vu-viec.csv', '--as-of', '2024-12-31', '--period', '2024-Q3']);
    expect(summary.feedback.total).toBe(expected.feedback.q3.total);
    expect(summary.feedback.resolved).toBe(expected.feedback.q3.resolved);
    expect(summary.feedback.period).toEqual({ from: '2024-07-01', to: '2024-09-30', label: '2024-Q3' });
  });
});
