/**
 * A complete synthetic Summary for renderer tests: every section present, with the dossier and
 * feedback figures of the Tây Ninh example (EXPECTED.md), a task title that tries to break a
 * Markdown table, and an optional comparison. Renderers never parse, so they are tested on data.
 */
import type { IndicatorItem, Summary, TaskItem } from '../../src/model/summary.js';
import { headlineFigures } from '../../src/compute/compare.js';

export const nastyTitle = 'Rà soát | <b> `x`\nvà *công bố* [TTHC]';

function task(id: string, title: string, lead: string, status: TaskItem['status'], extra: Partial<TaskItem> = {}): TaskItem {
  return {
    id, stt: null, title, area: 'Cải cách thủ tục hành chính', lead, deadline: '2024-09-30', deadlineText: '30/09/2024', recurring: false,
    status, statusText: status, claim: null, completedOn: status === 'done' ? '2024-09-20' : null, progress: null, late: false,
    overdue: false, nearDue: false, daysOverdue: 0, evidence: null, note: null, file: 'so-noi-vu.xlsx', sheet: 'Nhiệm vụ', row: 5, ...extra,
  };
}

function indicator(id: string, title: string, status: IndicatorItem['status'], actual: number | null): IndicatorItem {
  return {
    id, title, area: 'Chính quyền số', unit: '%', target: 0.5, targetText: '≥ 50%', actual, actualText: actual === null ? '' : String(actual),
    percent: true, direction: '>=', status, lead: 'Văn phòng UBND tỉnh', note: null,
  };
}

export function sampleSummary(opts: { comparison?: boolean } = {}): Summary {
  const items: TaskItem[] = [
    task('T1', 'Rà soát văn bản', 'Sở Nội vụ', 'done'),
    task('T2', nastyTitle, 'Sở Nội vụ', 'in_progress', { overdue: true, daysOverdue: 25 }),
    task('T3', 'Số hóa hồ sơ TTHC', 'Văn phòng UBND tỉnh', 'done'),
    task('T4', 'Kiểm tra công vụ', 'Sở Tư pháp', 'done'),
    task('T5', 'Bãi bỏ đề án cũ', 'Sở Tư pháp', 'cancelled', { note: 'lồng ghép vào T4' }),
  ];
  const summary: Summary = {
    schemaVersion: 1,
    title: 'Báo cáo tình hình thực hiện nhiệm vụ Chuyển đổi số, Cải cách hành chính',
    organization: 'UBND TỈNH TÂY NINH',
    place: null,
    asOf: '2024-10-25',
    period: { from: '2024-01-01', to: '2024-09-30', label: '2024-9M' },
    tasks: {
      asOf: '2024-10-25', total: 4, done: 3, doneOnTime: 3, doneLate: 0, inProgress: 1, notStarted: 0, notReported: 0, invalid: 0,
      cancelled: 1, overdue: 1, nearDue: 0, completionRate: 0.75, due: 4, doneOfDue: 3, dueCompletionRate: 0.75, nearDueDays: 3, health: 'warn',
      byUnit: [
        { unit: 'Sở Nội vụ', total: 2, done: 1, overdue: 1, notReported: 0, completionRate: 0.5, health: 'bad' },
        { unit: 'Sở Tư pháp', total: 1, done: 1, overdue: 0, notReported: 0, completionRate: 1, health: 'good' },
        { unit: 'Văn phòng UBND tỉnh', total: 1, done: 1, overdue: 0, notReported: 0, completionRate: 1, health: 'good' },
      ],
      byArea: [{ area: 'Cải cách thủ tục hành chính', total: 4, done: 3, completionRate: 0.75 }],
      open: [{ id: 'T2', title: nastyTitle, lead: 'Sở Nội vụ', deadline: '2024-09-30', status: 'in_progress', daysOverdue: 25, nearDue: false }],
      cancelledTasks: [{ id: 'T5', title: 'Bãi bỏ đề án cũ', lead: 'Sở Tư pháp', note: 'lồng ghép vào T4' }],
      items,
    },
    indicators: {
      asOf: '2024-10-31', total: 3, met: 2, notMet: 1, notReported: 0, invalid: 0, metRate: 2 / 3, health: 'bad',
      byArea: [{ area: 'Chính quyền số', total: 3, met: 2 }],
      items: [
        indicator('I1', 'Tỷ lệ hồ sơ trực tuyến', 'not_met', 0.389),
        indicator('I2', 'Tỷ lệ văn bản điện tử', 'met', 0.973),
        indicator('I3', 'Tỷ lệ số hóa', 'met', 0.874),
      ],
    },
    dossiers: {
      asOf: '2024-09-30', received: 270497, resolved: 260103, resolvedOnTime: 256540, resolvedLate: 3563, pending: 10394, online: 102661, paidOnline: null,
      onlineRate: 102661 / 270497, onTimeRate: 256540 / 260103,
      byLevel: [
        { level: 'province', received: 165106, resolved: 157730, resolvedOnTime: 155339, resolvedLate: 2391, pending: 7376, online: 76621, paidOnline: null, onTimeRate: 155339 / 157730, onlineRate: 76621 / 165106 },
        { level: 'district', received: 26060, resolved: 24830, resolvedOnTime: 24385, resolvedLate: 445, pending: 1230, online: 7837, paidOnline: null, onTimeRate: 24385 / 24830, onlineRate: 7837 / 26060 },
        { level: 'commune', received: 79331, resolved: 77543, resolvedOnTime: 76816, resolvedLate: 727, pending: 1788, online: 18203, paidOnline: null, onTimeRate: 76816 / 77543, onlineRate: 18203 / 79331 },
      ],
      byUnit: [
        { unit: 'Sở Tư pháp', level: 'province', received: 165106, resolved: 157730, resolvedOnTime: 155339, resolvedLate: 2391, pending: 7376, online: 76621, paidOnline: null, onTimeRate: 155339 / 157730, onlineRate: 76621 / 165106 },
        { unit: 'UBND huyện Châu Thành', level: 'district', received: 26060, resolved: 24830, resolvedOnTime: 24385, resolvedLate: 445, pending: 1230, online: 7837, paidOnline: null, onTimeRate: 24385 / 24830, onlineRate: 7837 / 26060 },
        { unit: 'UBND xã Thái Bình', level: 'commune', received: 79331, resolved: 77543, resolvedOnTime: 76816, resolvedLate: 727, pending: 1788, online: 18203, paidOnline: null, onTimeRate: 76816 / 77543, onlineRate: 18203 / 79331 },
      ],
    },
    feedback: {
      asOf: '2024-09-30', total: 306, resolved: 298,
      bySector: [
        { sector: 'Tài nguyên và Môi trường', total: 78, resolved: 75 },
        { sector: 'Căn cước công dân', total: 52, resolved: 52 },
        { sector: 'Lao động - Thương binh và Xã hội', total: 41, resolved: 40 },
        { sector: 'Lĩnh vực khác', total: 135, resolved: 131 },
      ],
    },
    unitsNotReported: ['Sở Kế hoạch và Đầu tư'],
    comparison: null,
    issues: {
      errors: 0,
      warnings: 2,
      items: [
        { severity: 'warning', code: 'sheet-skipped', file: 'so-tu-phap.xlsx', sheet: 'DM', message: 'skipped: no header row', hint: 'rename the headers' },
        { severity: 'warning', code: 'status-claim', file: 'so-noi-vu.xlsx', sheet: 'Nhiệm vụ', row: 6, column: 'F', message: `the status of "${nastyTitle}" says late`, value: 'a|b', hint: 'check the status' },
      ],
    },
  };
  if (opts.comparison) {
    const previous = { ...headlineFigures(summary), tasksDone: 1, tasksCompletionRate: 0.25, tasksOverdue: 2, indicatorsMet: 1, indicatorsMetRate: 1 / 3 };
    summary.comparison = {
      previousAsOf: '2024-10-18', tasksDone: 2, tasksOverdue: -1, indicatorsMet: 1, dossiersReceived: 0, dossiersResolved: 0,
      newlyDone: [{ id: 'T3', title: 'Số hóa hồ sơ TTHC', lead: 'Văn phòng UBND tỉnh' }, { id: 'T4', title: 'Kiểm tra công vụ', lead: 'Sở Tư pháp' }],
      newlyOverdue: [],
      units: [{ unit: 'Sở Tư pháp', completionRateBefore: 0, completionRateNow: 1, change: 'improved' }],
      feedbackTotal: 0,
      trend: {
        ...(Object.fromEntries(Object.keys(previous).map((k) => [k, null])) as NonNullable<Summary['comparison']>['trend']),
        tasksDone: 'rise', tasksCompletionRate: 'rise', tasksOverdue: 'fall', indicatorsMet: 'rise', indicatorsMetRate: 'rise',
      },
      unitsAppeared: [],
      unitsCompared: { both: 3, now: 3, before: 3 },
      sameUnits: true,
      unitsVanished: [],
      previous,
    };
  }
  return summary;
}
