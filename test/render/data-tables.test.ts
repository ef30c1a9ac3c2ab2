/**
 * Data tables from a synthetic summary holding every section (the dossier section of the
 * embedded example is still being built): the joins of --by, the dossier list, the labels.
 */
import { describe, expect, it } from 'vitest';
import type { Summary } from '../../src/model/summary.js';
import { groupTable, dossierUnitTable, headlineTable, labelledView } from '../../src/render/data-tables.js';
import { renderDelimited } from '../../src/render/csv.js';
import { filterDossierUnits } from '../../src/cli/filters.js';
import { UnitDirectory } from '../../src/interpret/units.js';
import { levelOrder } from '../../src/model/records.js';

const counts = (received: number, resolved: number, onTime: number, pending: number) => ({ received, resolved, resolvedOnTime: onTime, resolvedLate: resolved - onTime, pending, online: Math.round(received / 2), paidOnline: 10 });

const summary = {
  schemaVersion: 1,
  title: 'Báo cáo',
  organization: null,
  asOf: '2024-10-25',
  period: null,
  tasks: {
    asOf: '2024-10-25', total: 3, done: 2, overdue: 1, completionRate: 2 / 3,
    byUnit: [
      { unit: 'Sở Nội vụ', total: 2, done: 2, overdue: 0, notReported: 0, completionRate: 1, health: 'good' },
      { unit: 'UBND huyện Châu Thành', total: 1, done: 0, overdue: 1, notReported: 0, completionRate: 0, health: 'bad' },
    ],
    byArea: [{ area: 'Cải cách thể chế', total: 3, done: 2, completionRate: 2 / 3 }],
  },
  indicators: { asOf: '2024-10-31', total: 2, met: 1, notMet: 1, notReported: 0, invalid: 0, metRate: 0.5, byArea: [{ area: 'Chính quyền số', total: 2, met: 1 }] },
  dossiers: {
    asOf: '2024-09-30',
    ...counts(300, 280, 270, 20),
    onlineRate: 0.5,
    onTimeRate: 270 / 280,
    byLevel: [{ level: 'province', ...counts(200, 190, 185, 10) }, { level: 'district', ...counts(100, 90, 85, 10) }],
    byUnit: [{ unit: 'Sở Tư pháp', level: 'province', ...counts(200, 190, 185, 10) }, { unit: 'UBND huyện Châu Thành', level: 'district', ...counts(100, 90, 85, 10) }],
  },
  feedback: null,
  unitsNotReported: [],
  comparison: null,
  issues: { errors: 0, warnings: 2, items: [] },
} as unknown as Summary;

describe('groupTable', () => {
  it('--by unit: one row per unit, tasks and dossiers side by side, blanks where a section does not know the unit', () => {
    const csv = renderDelimited(groupTable(summary, 'unit'), 'csv');
    expect(csv).toBe(
      [
        'unit,level,tasks_total,tasks_done,tasks_overdue,tasks_not_reported,tasks_completion_rate,dossiers_received,dossiers_resolved,dossiers_resolved_on_time,dossiers_resolved_late,dossiers_pending,dossiers_online,dossiers_paid_online',
        'Sở Nội vụ,,2,2,0,0,1,,,,,,,',
        'UBND huyện Châu Thành,district,1,0,1,0,0,100,90,85,5,10,50,10',
        'Sở Tư pháp,province,,,,,,200,190,185,5,10,100,10',
      ].join('\n') + '\n',
    );
  });

  it('--by level: the dossier counts by level', () => {
    expect(renderDelimited(groupTable(summary, 'level'), 'tsv').split('\n').slice(0, 2)).toEqual([
      'level\tdossiers_received\tdossiers_resolved\tdossiers_resolved_on_time\tdossiers_resolved_late\tdossiers_pending\tdossiers_online\tdossiers_paid_online',
      'province\t200\t190\t185\t5\t10\t100\t10',
    ]);
  });

  it('labels for people in the report language, levels and booleans in words', () => {
    const view = labelledView(groupTable(summary, 'unit'), 'unit', 'vi');
    expect(view.columns.slice(0, 3).map((c) => c.label)).toEqual(['Đơn vị', 'Cấp', 'Nhiệm vụ: Tổng số']);
    expect(view.rows[1]!.values.level).toBe('Cấp huyện');
    expect(labelledView(groupTable(summary, 'level'), 'level', 'en').columns[1]!.label).toBe('Dossiers: Received');
  });
});

describe('dossierUnitTable', () => {
  it('lists the units with their counts; --unit and --level filter them', () => {
    const units = new UnitDirectory([{ name: 'Sở Tư pháp', code: 'STP' }]);
    const rows = filterDossierUnits(summary.dossiers!.byUnit, { unit: 'STP' }, units, levelOrder());
    expect(renderDelimited(dossierUnitTable(rows), 'csv')).toBe('unit,level,received,resolved,resolved_on_time,resolved_late,pending,online,paid_online\nSở Tư pháp,province,200,190,185,5,10,100,10\n');
    expect(filterDossierUnits(summary.dossiers!.byUnit, { level: 'district' }, units, levelOrder()).map((r) => r.unit)).toEqual(['UBND huyện Châu Thành']);
    expect(() => filterDossierUnits(summary.dossiers!.byUnit, { unit: 'Sở Y tế' }, units, levelOrder())).toThrow(/no such unit in the inputs \(units: Sở Tư pháp; UBND huyện Châu Thành\)/);
    // A level the report does not have (the config adds none here) is a usage error listing the ones it has.
    expect(() => filterDossierUnits(summary.dossiers!.byUnit, { level: 'centre' }, units, levelOrder())).toThrow(/--level does not take "centre"; it takes: province, district, commune/);
    expect(filterDossierUnits(summary.dossiers!.byUnit, { level: 'centre' }, units, levelOrder([{ id: 'centre' }]))).toEqual([]);
  });
});

describe('headlineTable', () => {
  it('has one row per figure, each with the as-of of its section', () => {
    const csv = renderDelimited(headlineTable(summary), 'csv');
    expect(csv).toContain('dossiers,received,300,2024-09-30\n');
    expect(csv).toContain('dossiers,on_time_rate,0.9642857142857143,2024-09-30\n');
    expect(csv).toContain('indicators,met_rate,0.5,2024-10-31\n');
    expect(csv).toContain('issues,warnings,2,\n');
  });
});
