/**
 * Issue 11, done when: a meeting folder of department and district files made the way offices
 * make them gives exactly the figures its EXPECTED.json (computed by compute-expected.py from the
 * files, not by the tool) states, with no warning it does not list.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { PipelineResult } from '../../src/cli/pipeline.js';
import { repoRoot, runInProcess } from '../helpers/cli.js';

const dir = path.join(repoRoot, 'fixtures/meeting-2024-11');
const expected = JSON.parse(readFileSync(path.join(dir, 'EXPECTED.json'), 'utf8'));

describe('fixtures/meeting-2024-11', () => {
  let summary: PipelineResult['summary'];
  beforeAll(async () => {
    ({ summary } = await runInProcess([dir], { cwd: dir }));
  }, 120_000);

  it('gives the expected figures, receipts and warnings, and nothing else', () => {
    const t = summary.tasks!;
    const { byUnit, ...figures } = expected.tasks;
    expect({ asOf: t.asOf, total: t.total, done: t.done, inProgress: t.inProgress, notStarted: t.notStarted, overdue: t.overdue }).toEqual({ asOf: expected.asOf, ...figures });
    expect(t.byUnit.map((u) => ({ unit: u.unit, total: u.total, done: u.done })).sort((a, b) => (a.unit < b.unit ? -1 : 1))).toEqual(byUnit);
    const d = summary.dossiers!;
    expect({ received: d.received, resolved: d.resolved, resolvedOnTime: d.resolvedOnTime, resolvedLate: d.resolvedLate, pending: d.pending, online: d.online }).toEqual(expected.dossiers);
    const r = summary.receipts!;
    expect({ files: r.files, expected: r.expected, expectedSent: r.expectedSent, tablesNotRead: r.tablesNotRead }).toEqual({
      files: expected.receipts.files, expected: expected.receipts.expected, expectedSent: expected.receipts.expectedSent, tablesNotRead: expected.receipts.tablesNotRead,
    });
    expect(r.byUnit.filter((u) => !u.sent).map((u) => u.unit)).toEqual(expected.receipts.notSent);
    expect(summary.unitsNotReported).toEqual(expected.receipts.notSent);
    const shown = summary.issues.items.filter((i) => i.severity !== 'info').map((i) => [path.basename(i.file), i.code]);
    expect(shown).toEqual(expected.warnings);
    expect(summary.issues.errors).toBe(expected.errors);
  });

  it('says how each file\'s unit was decided', () => {
    const how = Object.fromEntries(summary.inputs!.map((i) => [path.basename(i.file), [i.unit, i.unitSource]]));
    expect(how['van-phong.xlsx']).toEqual(['Văn phòng UBND tỉnh', 'letterhead']);
    expect(how['bao-cao-nhiem-vu-khdt.xlsx']).toEqual(['Sở Kế hoạch và Đầu tư', 'label']);
    expect(how['bc-t11-2024.csv']).toEqual(['Sở Y tế', 'config-files']);
    expect(how['so-xay-dung.xlsx']).toEqual(['Sở Xây dựng', 'file-name']);
    expect(how['ho-so-go-dau.xlsx']).toEqual(['UBND huyện Gò Dầu', 'letterhead']);
    expect(how['so-noi-vu.xlsx']).toEqual(['Sở Nội vụ', 'column']);
  });
});
