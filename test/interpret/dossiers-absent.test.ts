/**
 * Dossier forms made with openpyxl (fixtures/dossiers/make-openpyxl.py): a flat header whose
 * `Trực tuyến` follows `Đang giải quyết`, one whose channel columns do split pending, and nine
 * units of which two send a form without online and on-time columns. The figures are those the
 * generator computed from its own rows (EXPECTED-openpyxl.json); each form is consistent, so
 * not one warning may come.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runInProcess } from '../helpers/cli.js';
import { renderMarkdown } from '../../src/render/markdown.js';
import { renderDelimited } from '../../src/render/csv.js';
import { dossierUnitTable } from '../../src/render/data-tables.js';

const dir = 'fixtures/dossiers';
const expected = JSON.parse(readFileSync(`${dir}/EXPECTED-openpyxl.json`, 'utf8')) as Record<string, Record<string, unknown>>;

async function dossiersOf(input: string) {
  const { summary } = await runInProcess([`${dir}/${input}`]);
  return { summary, d: summary.dossiers! };
}

function figures(d: Record<string, unknown>, keys: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(keys.map((k) => [k, d[k]]));
}

describe('a flat header: … | Đang giải quyết | Trực tuyến', () => {
  it('reads Trực tuyến as the dossiers received online (the rows say it is no split of pending), with no warning', async () => {
    const want = expected['phang-truc-tuyen-sau-dang-giai-quyet.xlsx']!;
    const { summary, d } = await dossiersOf('phang-truc-tuyen-sau-dang-giai-quyet.xlsx');
    const keys = ['received', 'resolved', 'resolvedOnTime', 'resolvedLate', 'pending', 'online', 'paidOnline', 'returned'];
    expect(figures(d as never, keys)).toEqual(figures(want, keys));
    expect(d.onlineRate).toBeCloseTo(want.onlineRate as number, 12);
    expect(summary.issues.items.filter((i) => i.severity !== 'info')).toEqual([]);
  });
});

describe('a flat header whose channel columns follow Đang giải quyết and add up to it', () => {
  it('reads them as a split of pending: online is then not reported (null, never 0), with no warning', async () => {
    const want = expected['phang-tach-dang-giai-quyet.xlsx']!;
    const { summary, d } = await dossiersOf('phang-tach-dang-giai-quyet.xlsx');
    const keys = ['received', 'resolved', 'pending', 'online', 'resolvedOnTime', 'resolvedLate', 'paidOnline', 'onlineRate', 'onTimeRate'];
    expect(figures(d as never, keys)).toEqual(figures(want, keys));
    expect(summary.issues.items.filter((i) => i.severity !== 'info')).toEqual([]);
  });
});

describe('nine units, two of which send a form without online and on-time columns', () => {
  it('sums each measure over the units that report it, says 7/9, and takes the online rate over the newly received', async () => {
    const want = expected['thieu-cot']!;
    const { summary, d } = await dossiersOf('thieu-cot');
    const keys = ['received', 'resolved', 'pending', 'carriedOver', 'online', 'resolvedOnTime', 'resolvedLate', 'paidOnline'];
    expect(figures(d as never, keys)).toEqual(figures(want, keys));
    expect(d.onlineRate).toBeCloseTo(want.onlineRate as number, 12);
    expect(d.onTimeRate).toBeCloseTo(want.onTimeRate as number, 12);
    const coverage = want.coverage as Record<string, unknown>;
    expect(figures(d.coverage as never, Object.keys(coverage))).toEqual(coverage);
    expect(summary.issues.items.filter((i) => i.severity !== 'info')).toEqual([]);
    // The districts' rows: null where their form has no column, never 0 nor a rate over blanks.
    const district = d.byUnit.find((u) => u.unit === 'UBND huyện Bến Cầu')!;
    expect([district.online, district.resolvedOnTime, district.onlineRate, district.onTimeRate]).toEqual([null, null, null, null]);
  });

  it('says so in the brief and the CSV: the coverage beside the rate, — for the units without the column', async () => {
    const { summary } = await dossiersOf('thieu-cot');
    const brief = renderMarkdown(summary, { lang: 'vi', template: readFileSync('templates/brief.vi.md.hbs', 'utf8') });
    expect(brief).toContain('tỷ lệ trên số hồ sơ tiếp nhận mới đạt 56,8% — 7/9 đơn vị');
    expect(brief).toContain('số hồ sơ thanh toán trực tuyến chưa có số liệu');
    expect(brief).toMatch(/\| Cấp huyện \| 2\.770 \| 0 \| 2\.715 \| — \| — \| 55 \| — \| — \| — \| — \|/);
    const csv = renderDelimited(dossierUnitTable(summary.dossiers!.byUnit), 'csv');
    expect(csv).toContain('UBND huyện Bến Cầu,district,940,925,—,—,15,—,—');
  });
});

describe('a flat channel column that the rows cannot place', () => {
  it('is read as received and a warning names the column, when the rows fit neither reading', async () => {
    const { interpretRows } = await import('./raw.js');
    const { records, issues } = interpretRows([
      ['Đơn vị', 'Tiếp nhận', 'Đã giải quyết', 'Đang giải quyết', 'Trực tuyến', 'Trực tiếp'],
      ['Sở Tư pháp', 100, 90, 10, 30, 50],
      ['Sở Y tế', 200, 150, 50, 60, 100],
    ]);
    expect(records.dossiers.map((d) => d.online)).toEqual([30, 60]);
    const doubt = issues.filter((i) => i.code === 'dossier-column-doubt');
    expect(doubt.map((i) => [i.severity, i.column, i.row])).toEqual([['warning', 'E', 1]]);
    expect(doubt[0]!.message).toContain('"Trực tuyến"');
  });
});

describe('feedback by sector with a count and no resolved column (Windows-1258 CSV, as Excel saves it)', () => {
  it('gives the total and resolved null, shown as — and "chưa có số liệu", with no warning', async () => {
    const want = expected['phan-anh-chi-co-tong.csv']!;
    const { summary } = await runInProcess([`${dir}/phan-anh-chi-co-tong.csv`]);
    const f = summary.feedback!;
    expect({ total: f.total, resolved: f.resolved }).toEqual({ total: want.total, resolved: want.resolved });
    expect(f.bySector.every((s) => s.resolved === null)).toBe(true);
    expect(summary.issues.items.filter((i) => i.severity !== 'info')).toEqual([]);
    const brief = renderMarkdown(summary, { lang: 'vi', template: readFileSync('templates/brief.vi.md.hbs', 'utf8') });
    expect(brief).toContain('số đã xử lý chưa có số liệu.');
    expect(brief).toContain('| Đất đai | 41 | — | — |');
  });
});
