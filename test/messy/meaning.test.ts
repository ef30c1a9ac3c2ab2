/**
 * Issue 12 fixtures (fixtures/messy/meaning, made by make_fixtures.py with openpyxl and saved again
 * by LibreOffice): each file gives the figures its generator computed, and every file meant to be
 * clean gives no warning at all.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runInProcess } from '../helpers/cli.js';

const dir = 'fixtures/messy/meaning';
const expected = JSON.parse(readFileSync(`${dir}/EXPECTED.json`, 'utf8'));

describe('a plan appendix with sections in every shape and a numbered tree', () => {
  it('gives its areas by name, in the plan order, adding up to the total', async () => {
    const { summary } = await runInProcess([`${dir}/ke-hoach-cchc-phan-muc.xlsx`]);
    const t = summary.tasks!;
    const want = expected.plan;
    expect([t.asOf, t.total, t.done, t.doneLate, t.overdue]).toEqual([expected.asOf, want.total, want.done, want.doneLate, want.overdue]);
    expect(t.byArea.map((a) => [a.area, a.total, a.done])).toEqual(want.byArea);
  });
});

describe('a tracking-system export saved again by LibreOffice', () => {
  it('is read: the lead from its unit-name cells, the deadline from "Thời gian", the statuses with their qualifiers', async () => {
    const { summary } = await runInProcess([`${dir}/xuat-he-thong-theo-doi.xlsx`]);
    const t = summary.tasks!;
    const want = expected.tracker;
    expect([t.total, t.done, t.doneLate, t.cancelled, t.overdue]).toEqual([want.total, want.done, want.doneLate, want.cancelled, want.overdue]);
    expect(t.items.map((i) => i.lead)).toEqual(want.leads);
  });
});

describe('a feedback form with its total first and a subtotal after each group', () => {
  it('counts the sectors and checks each total against its own rows', async () => {
    const { summary } = await runInProcess([`${dir}/pakn-tong-dau-bang.xlsx`]);
    const f = summary.feedback!;
    expect([f.total, f.resolved, f.bySector.length]).toEqual([expected.feedback.total, expected.feedback.resolved, expected.feedback.sectors]);
  });
});

describe('placeholders in value cells: not reported, never 0 (SPEC §2.3, §4.1)', () => {
  const want = expected.placeholders;
  const placeholderLines = (s: Awaited<ReturnType<typeof runInProcess>>['summary']) => s.issues.items.filter((i) => i.code === 'placeholder-value');

  it('indicators: `Đang cập nhật`, `N/A`, `-`, `…`, `x` are not reported; `Chưa có` and `Không` against a yes/no target are not met', async () => {
    const { summary } = await runInProcess([`${dir}/chi-tieu-chua-co-so-lieu.xlsx`]);
    const ind = summary.indicators!;
    const w = want.indicators;
    expect([ind.total, ind.met, ind.notMet, ind.notReported]).toEqual([w.total, w.met, w.notMet, w.notReported]);
    expect(ind.items.map((i) => i.status)).toEqual(w.statuses);
    expect(ind.items.filter((i) => i.status === 'not_reported').every((i) => i.actual === null)).toBe(true);
    const lines = placeholderLines(summary);
    expect(lines).toHaveLength(w.placeholders);
    expect(lines.every((i) => i.severity === 'info' && i.column === 'E')).toBe(true);
  });

  it('dossiers: a unit without an online count or an on-time split leaves it out of the sum and the rate, and the total says how many units it covers', async () => {
    const { summary } = await runInProcess([`${dir}/ho-so-chua-bao-cao.xlsx`]);
    const d = summary.dossiers!;
    const w = want.dossiers;
    expect([d.received, d.resolved, d.online, d.resolvedOnTime]).toEqual([w.received, w.resolved, w.online, w.resolvedOnTime]);
    expect(d.onlineRate).toBeCloseTo(w.onlineRate, 12);
    expect(d.onTimeRate).toBeCloseTo(w.onTimeRate, 12);
    expect(d.coverage!.online).toEqual({ units: w.onlineUnits, of: w.units });
    expect(d.coverage!.resolvedOnTime).toEqual({ units: w.onTimeUnits, of: w.units });
    expect(d.byUnit.find((u) => u.unit === 'Sở Xây dựng')!.online).toBeNull();
    expect(d.byUnit.find((u) => u.unit === 'Sở Tài nguyên và Môi trường')!.resolvedOnTime).toBeNull();
    expect(placeholderLines(summary)).toHaveLength(w.placeholders);
  });

  it('tasks: `Chưa báo cáo`, `Đang cập nhật`, `-` as the status are not reported, not an unknown status', async () => {
    const { summary } = await runInProcess([`${dir}/nhiem-vu-chua-bao-cao.xlsx`]);
    const t = summary.tasks!;
    const w = want.tasks;
    expect([t.total, t.done, t.inProgress, t.notReported]).toEqual([w.total, w.done, w.inProgress, w.notReported]);
    expect(placeholderLines(summary)).toHaveLength(w.placeholders);
  });

  it('feedback: a sector whose resolved count is not reported has none (null), and a sector with no count at all is not a sector with 0', async () => {
    const { summary } = await runInProcess([`${dir}/pakn-dang-cap-nhat.xlsx`]);
    const f = summary.feedback!;
    const w = want.feedback;
    expect([f.total, f.resolved]).toEqual([w.total, w.resolved]);
    expect(f.bySector.map((s) => [s.sector, s.total, s.resolved])).toEqual(w.bySector);
    expect(placeholderLines(summary)).toHaveLength(w.placeholders);
  });

  it('are written in the report language', async () => {
    const vi = placeholderLines((await runInProcess([`${dir}/nhiem-vu-chua-bao-cao.xlsx`])).summary)[0]!;
    const en = placeholderLines((await runInProcess([`${dir}/nhiem-vu-chua-bao-cao.xlsx`], { lang: 'en' })).summary)[0]!;
    expect(vi.message).toContain('chưa có số liệu');
    expect(en.message).toContain('no figure yet');
  });
});

describe('every fixture meant to be clean', () => {
  it.each(expected.clean as string[])('%s gives no warning and no error', async (file) => {
    const { summary } = await runInProcess([`${dir}/${file}`], { asOf: expected.asOf });
    expect(summary.issues.items.filter((i) => i.severity !== 'info').map((i) => `${i.code} ${i.column ?? ''}${i.row ?? ''}: ${i.message}`)).toEqual([]);
  });
});
