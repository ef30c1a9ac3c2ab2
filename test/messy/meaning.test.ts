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

describe('every fixture meant to be clean', () => {
  it.each(expected.clean as string[])('%s gives no warning and no error', async (file) => {
    const { summary } = await runInProcess([`${dir}/${file}`], { asOf: expected.asOf });
    expect(summary.issues.items.filter((i) => i.severity !== 'info').map((i) => `${i.code} ${i.column ?? ''}${i.row ?? ''}: ${i.message}`)).toEqual([]);
  });
});
