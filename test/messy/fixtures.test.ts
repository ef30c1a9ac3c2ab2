/**
 * Every kind of messy file has a fixture (fixtures/messy/make-fixtures.mjs) and the figures it
 * must give. A figure that changes here means a row was read differently: find out why.
 */
import { describe, expect, it } from 'vitest';
import { runInProcess } from '../helpers/cli.js';

const dir = 'fixtures/messy';
const taskFigures = (s: Awaited<ReturnType<typeof runInProcess>>['summary']) => {
  const t = s.tasks!;
  return { asOf: t.asOf, total: t.total, done: t.done, doneLate: t.doneLate, inProgress: t.inProgress, notStarted: t.notStarted, notReported: t.notReported, invalid: t.invalid, overdue: t.overdue, due: t.due, doneOfDue: t.doneOfDue };
};
const codes = (s: Awaited<ReturnType<typeof runInProcess>>['summary']) => s.issues.items.map((i) => `${i.severity} ${i.code}`);

describe('a workbook with a title block, a merged two-row header, sections, sub-headings, a total row, a footer and hidden sheets', () => {
  it('gives 7 tasks, 4 done (1 late), 1 overdue, as of the title date', async () => {
    const { summary, interpretation } = await runInProcess([`${dir}/tieu-de-gop-o-an-sheet.xlsx`]);
    expect(taskFigures(summary)).toEqual({ asOf: '2024-10-25', total: 7, done: 4, doneLate: 1, inProgress: 2, notStarted: 1, notReported: 0, invalid: 0, overdue: 1, due: 4, doneOfDue: 3 });
    expect(summary.tasks!.items.map((i) => [i.id, i.lead, i.deadline, i.status, i.area])).toEqual([
      ['I.1', 'Sở Xây dựng', '2024-06-30', 'done', 'Cải cách thể chế'],
      ['I.2', 'Sở Xây dựng', '2024-09-30', 'done', 'Cải cách thể chế'],
      // The department's own office leads these: they count under the department (SPEC §4.6).
      ['II.1.a', 'Sở Xây dựng', '2024-06-30', 'done', 'Cải cách thủ tục hành chính'],
      ['II.1.b', 'Sở Xây dựng', '2024-12-31', 'in_progress', 'Cải cách thủ tục hành chính'],
      ['II.2', 'Sở Xây dựng', '2024-09-30', 'not_started', 'Cải cách thủ tục hành chính'],
      // Under no section in a workbook whose other tasks have one: an explicit area, so that the areas add up.
      ['1', 'Sở Xây dựng', '2024-11-15', 'in_progress', 'Chưa phân loại'],
      ['2', 'Sở Xây dựng', '2024-12-31', 'done', 'Chưa phân loại'],
    ]);
    expect(summary.tasks!.items[1]!.title).toBe('Xây dựng quy chế phối hợp quản lý trật tự xây dựng trên địa bàn tỉnh');
    expect(summary.tasks!.items[0]!.progress).toBe(1);
    // 20 rows read: 5 records; title, header, numbering, section, sub-heading, total and footer rows recognised.
    expect(interpretation.tables.map((t) => [t.sheet, t.kind, t.hidden, t.rowsRead, t.rowsCounted, t.rowsRejected])).toEqual([
      ['Báo cáo', 'tasks', false, 20, 5, 0],
      ['Nhiệm vụ bổ sung', 'tasks', true, 3, 2, 0],
      ['DM', null, true, 5, 0, 0],
    ]);
    expect(codes(summary)).toEqual(['info sheet-skipped', 'info hidden-sheet']);
  });
});

describe('a tracker with no status column: an x under one of Đã hoàn thành | Đang thực hiện | Chưa thực hiện', () => {
  it('reads the ticked column as the status; a row ticked twice is an error naming both columns', async () => {
    const { summary } = await runInProcess([`${dir}/danh-dau-x-trang-thai.xlsx`]);
    expect(taskFigures(summary)).toEqual({ asOf: '2024-11-15', total: 5, done: 2, doneLate: 0, inProgress: 1, notStarted: 1, notReported: 1, invalid: 0, overdue: 1, due: 3, doneOfDue: 2 });
    expect(summary.tasks!.items.map((i) => [i.stt, i.status, i.statusText])).toEqual([
      ['1', 'done', 'Đã hoàn thành'],
      ['2', 'done', 'Đã hoàn thành'],
      ['4', 'in_progress', 'Đang thực hiện'],
      ['5', 'not_started', 'Chưa thực hiện'],
      ['6', 'not_reported', ''],
    ]);
    const errors = summary.issues.items.filter((i) => i.severity === 'error');
    expect(errors.map((i) => [i.code, i.row, i.params])).toEqual([['bad-status', 9, { ticked: [{ column: 'E', name: 'Đã hoàn thành' }, { column: 'F', name: 'Đang thực hiện' }] }]]);
  });
});

describe('a CSV with a two-row header and no merge information, semicolons and decimal commas', () => {
  it('gives 6 indicators, 4 met', async () => {
    const { summary } = await runInProcess([`${dir}/chi-tieu-tieu-de-hai-dong.csv`]);
    const ind = summary.indicators!;
    expect([ind.asOf, ind.total, ind.met, ind.notMet, ind.notReported]).toEqual(['2024-10-31', 6, 4, 2, 0]);
    const round = (v: number | boolean | null) => (typeof v === 'number' ? Math.round(v * 1e9) / 1e9 : v);
    expect(ind.items.map((i) => [i.target, round(i.actual), i.direction, i.status])).toEqual([
      [0.5, 0.625, '>=', 'met'],
      [0.3, 0.274, '>=', 'not_met'],
      [1200, 1350, '>=', 'met'],
      [0.9, 0.955, '>=', 'met'],
      [true, true, '=', 'met'],
      [0.02, 0.025, '<=', 'not_met'],
    ]);
    expect(summary.issues.items).toEqual([]);
  });
});

describe('a workbook in the 1904 date system, with date cells, a bare serial and text dates', () => {
  it('reads every date to the day', async () => {
    const { summary } = await runInProcess([`${dir}/he-ngay-1904.xlsx`]);
    expect(taskFigures(summary)).toEqual({ asOf: '2024-10-25', total: 6, done: 4, doneLate: 1, inProgress: 1, notStarted: 1, notReported: 0, invalid: 0, overdue: 1, due: 5, doneOfDue: 4 });
    expect(summary.tasks!.items.map((i) => [i.deadline, i.completedOn])).toEqual([
      ['2024-06-30', '2024-06-28'],
      ['2024-09-30', '2024-10-05'],
      ['2024-12-31', null],
      ['2024-03-31', '2024-03-29'],
      ['2024-10-20', null],
      ['2024-09-30', '2024-09-15'],
    ]);
  });
});

describe('formulas saved without their results', () => {
  it('reads cached results, and warns about the cells it had to read as empty', async () => {
    const { summary } = await runInProcess([`${dir}/cong-thuc-khong-ket-qua.xlsx`]);
    const ind = summary.indicators!;
    expect([ind.total, ind.met, ind.notReported]).toEqual([3, 1, 2]);
    expect(summary.issues.items.map((i) => `${i.code} ${i.column}${i.row}`)).toEqual(['formula-no-result E6']);
  });
});

describe('text typed in TCVN3 (.VnTime)', () => {
  it.each(['tcvn3-vntime.xlsx', 'tcvn3-csv-ansi.csv'])('%s gives 3 tasks, read in Unicode', async (file) => {
    const { summary } = await runInProcess([`${dir}/${file}`]);
    expect(taskFigures(summary)).toMatchObject({ asOf: '2024-10-25', total: 3, done: 1, inProgress: 1, notStarted: 1 });
    expect(summary.tasks!.items.map((i) => i.lead)).toEqual(['Phòng Nội vụ huyện', 'Văn phòng HĐND và UBND huyện', 'Phòng Tư pháp huyện']);
    expect(summary.tasks!.items[0]!.title).toBe('Tập huấn cải cách hành chính cho cán bộ xã');
    expect(codes(summary)).toContain('warning tcvn3-converted');
  });
});

describe('one workbook saved every way a department saves CSV', () => {
  const figures = { asOf: '2024-10-25', total: 4, done: 1, doneLate: 0, inProgress: 2, notStarted: 1, notReported: 0, invalid: 0, overdue: 1, due: 2, doneOfDue: 1 };
  it.each([
    ['unicode-tieu-de.xlsx', []],
    ['windows-1258.csv', ['info csv-encoding']],
    ['unicode-text-utf16.txt', []],
    ['utf16-khong-bom.txt', ['info csv-encoding']],
    ['mac-nfd.csv', []],
  ])('%s gives the same 4 tasks', async (file, issues) => {
    const { summary } = await runInProcess([`${dir}/${file}`]);
    expect(taskFigures(summary)).toEqual(figures);
    expect(summary.tasks!.items.map((i) => [i.lead, i.statusText])).toEqual([
      // The department's own office: counted under the department its head names (SPEC §4.6).
      ['Sở Văn hóa, Thể thao và Du lịch', 'Hoàn thành'],
      ['Trung tâm Thông tin xúc tiến du lịch', 'Đang thực hiện (quá hạn)'],
      ['Ban Quản trị Khu du lịch', 'Đang triển khai'],
      ['Thư viện tỉnh', 'Chưa triển khai'],
    ]);
    expect(codes(summary)).toEqual(issues);
  });

  it('refuses the plain "CSV" of an English Windows, which lost its letters, and says how to save instead', async () => {
    const { summary } = await runInProcess([`${dir}/csv-ansi-mat-dau.csv`]);
    expect(summary.tasks).toBeNull();
    // Its rows look like data (dates, statuses): not reading them is an error, not a note (SPEC §2).
    expect(codes(summary)).toEqual(['error no-kind', 'error table-not-read', 'info csv-encoding', 'warning lost-letters']);
  });
});

describe('the config: units with codes and aliases, expected units', () => {
  it('merges SNV, Sở NV and Sở Nội vụ, and lists who did not report', async () => {
    const { summary } = await runInProcess([`${dir}/config`]);
    expect(summary.tasks!.byUnit.map((u) => [u.unit, u.total, u.done])).toEqual([
      ['Sở Nội vụ', 3, 2],
      ['Sở Tư pháp', 1, 1],
    ]);
    expect(summary.unitsNotReported).toEqual(['Sở Kế hoạch và Đầu tư']);
    expect(summary.asOf).toBe('2024-10-25');
  });
});

describe('--lenient', () => {
  it('counts the rows with errors in the invalid bucket instead of leaving them out', async () => {
    const strict = await runInProcess([`${dir}/errors/bad-status.xlsx`]);
    const lenient = await runInProcess([`${dir}/errors/bad-status.xlsx`], { lenient: true });
    expect([strict.summary.tasks!.total, strict.summary.tasks!.invalid]).toEqual([1, 0]);
    expect([lenient.summary.tasks!.total, lenient.summary.tasks!.invalid, lenient.summary.tasks!.inProgress]).toEqual([3, 2, 1]);
    expect(lenient.summary.issues.errors).toBe(2);
  });
});
