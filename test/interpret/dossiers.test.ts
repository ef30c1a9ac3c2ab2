import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readInputs } from '../../src/read/inputs.js';
import { readCsvBytes } from '../../src/read/csv.js';
import { interpret, UnitDirectory } from '../../src/interpret/index.js';
import { locateTable } from '../../src/interpret/table.js';
import { resolveCountColumns } from '../../src/interpret/dossier-columns.js';
import type { Issue } from '../../src/model/issue.js';
import { repoRoot } from '../helpers/cli.js';
import { expectRowsAccounted } from '../helpers/accounting.js';

const fixture = (...p: string[]) => path.join(repoRoot, 'fixtures', ...p);

/** The machine-readable block of an EXPECTED.md. */
function expected(folder: string): any {
  const md = readFileSync(fixture(folder, 'EXPECTED.md'), 'utf8');
  const blocks = [...md.matchAll(/```json\n([\s\S]*?)```/g)];
  return JSON.parse(blocks[blocks.length - 1]![1]!);
}

async function read(file: string, lenient = false) {
  const r = await readInputs([file]);
  return { read: r, result: interpret(r.tables, { lenient, units: new UnitDirectory([]) }) };
}

function csvTable(lines: string[]) {
  return readCsvBytes('form.csv', Buffer.from(lines.join('\n'))).table!;
}

const sum = (list: { [k: string]: unknown }[], k: string) => list.reduce((s, x) => s + (x[k] as number), 0);
const codes = (issues: Issue[]) => issues.filter((i) => i.severity !== 'info').map((i) => i.code);

describe('Biểu 06 (the national form): three-row header tree, group rows, total row', () => {
  it('names every count column by its path in the header tree, though "Tổng số" is there three times and "Quá hạn" twice', async () => {
    const r = await readInputs([fixture('tay-ninh-2024', 'ho-so-tthc-9-thang-2024.xlsx')]);
    const located = locateTable(r.tables[0]!)!;
    const counts = resolveCountColumns(located.columns, new Set([0, 1]));
    expect(counts.map((c) => `${c.column.letter}:${c.count}`)).toEqual([
      'C:received', 'D:online', 'E:direct', 'F:carriedOver', 'G:resolved', 'H:early', 'I:onTime', 'J:late', 'K:pending', 'L:within', 'M:overdue',
    ]);
  });

  it('gives the Tây Ninh figures: 270.497 received (165.106 / 26.060 / 79.331), 260.103 resolved, levels from the group rows', async () => {
    const { read: r, result } = await read(fixture('tay-ninh-2024', 'ho-so-tthc-9-thang-2024.xlsx'));
    const fig = expected('tay-ninh-2024').dossiers;
    const d = result.records.dossiers;
    expect(d).toHaveLength(36);
    for (const k of ['received', 'resolved', 'resolvedOnTime', 'resolvedLate', 'pending', 'online']) expect(sum(d as never, k), k).toBe(fig[k]);
    for (const level of fig.byLevel) expect(sum(d.filter((s) => s.level === level.level) as never, 'received'), level.level).toBe(level.received);
    expect(d.filter((s) => s.level === 'district').map((s) => s.unit)).toHaveLength(9);
    expect(d[0]!.period).toEqual({ from: '2024-01-01', to: '2024-09-30' });
    expect(codes(result.issues)).toEqual([]);
    expectRowsAccounted(r.tables, result);
  });
});

describe('a form that states another period than --period', () => {
  it('is warned about once, naming both periods; its figures are still counted', async () => {
    const r = await readInputs([fixture('tay-ninh-2024', 'ho-so-tthc-9-thang-2024.xlsx')]);
    const asked = (from: string, to: string) => interpret(r.tables, { lenient: false, units: new UnitDirectory([]), period: { from, to } });
    const q3 = asked('2024-07-01', '2024-09-30');
    const mismatches = q3.issues.filter((i) => i.code === 'period-mismatch');
    expect(mismatches.map((i) => [i.severity, i.row])).toEqual([['warning', undefined]]);
    expect(mismatches[0]!.params).toEqual({ from: '2024-01-01', to: '2024-09-30', askedFrom: '2024-07-01', askedTo: '2024-09-30' });
    expect(q3.records.dossiers).toHaveLength(36);
    expect(codes(asked('2024-01-01', '2024-09-30').issues)).toEqual([]);
    expectRowsAccounted(r.tables, q3);
  });
});

describe('a form with mistakes (fixtures/dossiers/bieu-06-sai-tong.xlsx)', () => {
  it('warns of each broken identity naming the cells and both numbers, and of the wrong subtotal and total rows', async () => {
    const { read: r, result } = await read(fixture('dossiers', 'bieu-06-sai-tong.xlsx'));
    const want = expected('dossiers').broken;
    const warnings = result.issues.filter((i) => i.severity === 'warning');
    expect(warnings.map((w) => `${w.code} ${w.column}${w.row}`).sort()).toEqual(want.warnings.map((w: { code: string; column: string; row: number }) => `${w.code} ${w.column}${w.row}`).sort());
    const received = warnings.find((w) => w.code === 'dossier-identity' && (w.params as { parts: string[] }).parts[0] === 'online')!;
    expect(received.params).toMatchObject({ total: 'received', totalValue: 1560, partValue: 1460 });
    expect(received.params).toMatchObject({ totalCells: [expect.stringMatching(/^C\d+$/)], partCells: [expect.stringMatching(/^D/), expect.stringMatching(/^E/), expect.stringMatching(/^F/)] });
    const total = warnings.find((w) => w.code === 'total-mismatch' && w.row === want.warnings[4].row)!;
    expect(total.params).toMatchObject({ columns: [expect.objectContaining({ column: 'G', stated: 4773, computed: 4823 })] });
    expectRowsAccounted(r.tables, result);
  });

  it('still counts the rows as written, with levels from the group rows (the units are "Phòng …")', async () => {
    const { result } = await read(fixture('dossiers', 'bieu-06-sai-tong.xlsx'));
    const want = expected('dossiers').broken;
    const d = result.records.dossiers;
    for (const k of ['received', 'resolved', 'resolvedOnTime', 'resolvedLate', 'pending', 'online']) expect(sum(d as never, k), k).toBe(want[k]);
    expect(d.find((s) => s.unit === 'Phòng Tư pháp')!.level).toBe('district');
    expect(sum(d.filter((s) => s.level === 'commune') as never, 'received')).toBe(want.byLevel.commune);
  });
});

describe('the Thanh Hóa variant: every block split into online and direct', () => {
  it('sums the split columns, keeps "chờ bổ sung" out and "trả lại / xin rút" in the identities', async () => {
    const { read: r, result } = await read(fixture('dossiers', 'thanh-hoa-tach-truc-tuyen.xlsx'));
    const want = expected('dossiers').split;
    const d = result.records.dossiers;
    for (const k of ['received', 'carriedOver', 'online', 'resolved', 'resolvedOnTime', 'resolvedLate', 'pending', 'pendingOverdue', 'returned']) expect(sum(d as never, k), k).toBe(want[k]);
    for (const [level, fig] of Object.entries(want.byLevel) as [string, { received: number }][]) expect(sum(d.filter((s) => s.level === level) as never, 'received'), level).toBe(fig.received);
    expect(d[0]!.period).toEqual(want.period);
    expect(codes(result.issues)).toEqual([]);
    expectRowsAccounted(r.tables, result);
  });
});

describe("a department's own form, by sector", () => {
  const rows = [
    'STT;Lĩnh vực;Tiếp nhận;Đã giải quyết;Đúng hạn;Quá hạn;Đang giải quyết',
    '1;Hộ tịch;1.200;1.100;1.090;10;100',
    '2;Chứng thực;800;790;790;0;10',
    '3;Lý lịch tư pháp;500;450;440;10;50',
    'Tổng cộng;;2.500;2.340;2.320;20;160',
  ];
  const interpretTable = (lines: string[], unit?: string) => {
    const t = csvTable(lines);
    const result = interpret([t], { lenient: false, units: new UnitDirectory([]), ...(unit ? { unit } : {}) });
    expectRowsAccounted([t], result, unit ? { unit } : {});
    return result;
  };

  it('counts every sector as the unit its head names (UBND TỈNH … over SỞ TƯ PHÁP), saying so once', () => {
    const result = interpretTable(['UBND TỈNH TÂY NINH;;CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'SỞ TƯ PHÁP;;Độc lập - Tự do - Hạnh phúc', 'BÁO CÁO TÌNH HÌNH GIẢI QUYẾT TTHC', ...rows]);
    // A name in capitals is shown the way offices write it: the first syllable of the office's name capitalised.
    expect(result.records.dossiers.map((d) => [d.unit, d.level, d.received])).toEqual([
      ['Sở Tư pháp', 'province', 1200],
      ['Sở Tư pháp', 'province', 800],
      ['Sở Tư pháp', 'province', 500],
    ]);
    expect(result.issues.map((i) => [i.severity, i.code, i.params])).toEqual([
      ['info', 'sector-rows', { sectors: ['Hộ tịch', 'Chứng thực', 'Lý lịch tư pháp'], more: false, unit: 'Sở Tư pháp' }],
    ]);
  });

  it('takes the unit from "Đơn vị báo cáo:" or from --unit, and a district head as written', () => {
    expect(interpretTable(['Đơn vị báo cáo: Phòng Tư pháp huyện Gò Dầu', ...rows]).records.dossiers[0]).toMatchObject({ unit: 'Phòng Tư pháp huyện Gò Dầu' });
    expect(interpretTable(['UBND HUYỆN GÒ DẦU', ...rows]).records.dossiers[0]).toMatchObject({ unit: 'UBND huyện Gò Dầu', level: 'district' });
    expect(interpretTable(rows, 'Sở Tư pháp').records.dossiers.map((d) => d.unit)).toEqual(['Sở Tư pháp', 'Sở Tư pháp', 'Sở Tư pháp']);
  });

  it('without a unit named anywhere, the rows stay rows, each with its error', () => {
    const result = interpretTable(['Thành phố Tây Ninh, ngày 05 tháng 10 năm 2024', ...rows]);
    expect(result.records.dossiers).toEqual([]);
    expect(codes(result.issues).filter((c) => c === 'no-level')).toHaveLength(3);
  });

  it('a list of units is not taken for sectors, whatever the head says', () => {
    const result = interpretTable(['SỞ TƯ PHÁP', 'STT;Đơn vị;Tiếp nhận;Đã giải quyết', '1;Sở Nội vụ;10;9', '2;UBND huyện Gò Dầu;20;19']);
    expect(result.records.dossiers.map((d) => d.unit)).toEqual(['Sở Nội vụ', 'UBND huyện Gò Dầu']);
  });
});

describe('flat forms', () => {
  const header = 'STT;Đơn vị;Cấp;Tiếp nhận;Đã giải quyết;Đúng hạn;Quá hạn;Đang giải quyết;Quá hạn';

  it('reads 270.497, 270,497 and 270497 as the same count; the second "Quá hạn" is the pending block\'s', () => {
    const t = csvTable([header, '1;Sở Tư pháp;Cấp tỉnh;270.497;270.000;269.000;1.000;497;10', '2;Sở Nội vụ;Tỉnh;270,497;270,000;269,000;1,000;497;10', '3;Sở Y tế;Cấp tỉnh;270497;270000;269000;1000;497;10']);
    const result = interpret([t], { lenient: false, units: new UnitDirectory([]) });
    expect(result.records.dossiers.map((d) => [d.received, d.resolved, d.resolvedOnTime, d.resolvedLate, d.pending, d.pendingOverdue])).toEqual(Array(3).fill([270497, 270000, 269000, 1000, 497, 10]));
    expect(codes(result.issues)).toEqual([]);
  });

  it('refuses counts that are not whole numbers ≥ 0, naming the cell; the row is not counted', () => {
    const t = csvTable([header, '1;Sở Tư pháp;Cấp tỉnh;-5;0;0;0;0;0', '2;Sở Nội vụ;Cấp tỉnh;12,5%;0;0;0;0;0', '3;Sở Y tế;Cấp tỉnh;nhiều;0;0;0;0;0', '4;Sở Xây dựng;Cấp tỉnh;10;10;10;0;0;0']);
    const result = interpret([t], { lenient: false, units: new UnitDirectory([]) });
    expect(result.issues.filter((i) => i.code === 'bad-count').map((i) => `${i.column}${i.row}`)).toEqual(['D2', 'D3', 'D4']);
    expect(result.records.dossiers.map((d) => d.unit)).toEqual(['Sở Xây dựng']);
    expectRowsAccounted([t], result);
  });

  it('takes the level from a Cấp column, else from the unit name, else reports the row', () => {
    const t = csvTable(['Đơn vị;Cấp;Tiếp nhận;Đã giải quyết', 'Trung tâm Y tế;Huyện;5;5', 'UBND xã Tân Lập;;4;4', 'Sở Tư pháp;;3;3', 'Ban Dân tộc;;2;2', 'Chi nhánh Văn phòng đăng ký đất đai;;1;1', 'Sở Y tế;Trung ương;1;1']);
    const result = interpret([t], { lenient: false, units: new UnitDirectory([]) });
    expect(result.records.dossiers.map((d) => `${d.unit}:${d.level}`)).toEqual(['Trung tâm Y tế:district', 'UBND xã Tân Lập:commune', 'Sở Tư pháp:province', 'Ban Dân tộc:province']);
    expect(result.issues.filter((i) => i.severity === 'error').map((i) => `${i.code} ${i.row}`)).toEqual(['no-level 6', 'bad-level 7']);
    expectRowsAccounted([t], result);
  });

  it('takes the level from the config when the name does not tell it', () => {
    const t = csvTable(['Đơn vị;Tiếp nhận', 'Chi nhánh Văn phòng đăng ký đất đai;7']);
    const result = interpret([t], { lenient: false, units: new UnitDirectory([{ name: 'Chi nhánh Văn phòng đăng ký đất đai', level: 'district' }]) });
    expect(result.records.dossiers[0]).toMatchObject({ level: 'district', received: 7 });
  });

  it('checks received = carried over + new and new = online + direct + postal when the form splits them', () => {
    const t = csvTable([
      'Đơn vị;Cấp;Tổng số hồ sơ tiếp nhận;Kỳ trước chuyển sang;Mới tiếp nhận;Số mới tiếp nhận trực tuyến;Số mới tiếp nhận trực tiếp;Số mới tiếp nhận qua BCCI',
      'Sở Tư pháp;Cấp tỉnh;100;10;90;50;30;10',
      'Sở Y tế;Cấp tỉnh;100;10;80;50;20;10',
      'Sở Xây dựng;Cấp tỉnh;100;10;90;50;30;5',
    ]);
    const result = interpret([t], { lenient: false, units: new UnitDirectory([]) });
    const identity = result.issues.filter((i) => i.code === 'dossier-identity');
    expect(identity.map((i) => `${i.column}${i.row}`)).toEqual(['C3', 'E4']);
    expect(identity[0]!.params).toEqual({ total: 'received', parts: ['carriedOver', 'newReceived'], totalCells: ['C3'], totalValue: 100, partCells: ['D3', 'E3'], partValue: 90 });
    expect(result.records.dossiers[0]).toMatchObject({ received: 100, carriedOver: 10, online: 50 });
  });

  it('cross-checks a "Tổng cộng" row in a CSV too, naming the column, both numbers and the row', () => {
    const t = csvTable(['Đơn vị;Cấp;Tiếp nhận;Đã giải quyết;Đang giải quyết', 'Sở Tư pháp;Cấp tỉnh;10;8;2', 'Sở Y tế;Cấp tỉnh;20;19;1', 'Tổng cộng;;30;26;3']);
    const result = interpret([t], { lenient: false, units: new UnitDirectory([]) });
    const mismatch = result.issues.filter((i) => i.code === 'total-mismatch');
    expect(mismatch.map((i) => `${i.column}${i.row}`)).toEqual(['D4']);
    expect(mismatch[0]!.params).toMatchObject({ row: 'total', columns: [expect.objectContaining({ column: 'D', stated: 26, computed: 27 })] });
  });
});

describe('rows by sector under each unit', () => {
  it('counts the sector rows of a unit (1 | Sở Tư pháp, 1.1 | Hộ tịch, 1.2 | Chứng thực) as that unit\'s', () => {
    const t = csvTable([
      'STT;Đơn vị;Tiếp nhận;Đã giải quyết',
      'I;Sở, ban, ngành;;',
      '1;Sở Tư pháp;;',
      '1.1;Hộ tịch;10;9',
      '1.2;Chứng thực;5;5',
      '2;Sở Y tế;7;7',
    ]);
    const result = interpret([t], { lenient: false, units: new UnitDirectory([]) });
    expect(result.records.dossiers.map((d) => `${d.unit}:${d.level}:${d.received}`)).toEqual(['Sở Tư pháp:province:10', 'Sở Tư pháp:province:5', 'Sở Y tế:province:7']);
    expectRowsAccounted([t], result);
  });
});

describe('recognising the kind', () => {
  it('does not take an indicator sheet (Đơn vị tính) or a task list (Đơn vị thực hiện) for a dossier form', () => {
    const tasks = csvTable(['STT;Nhiệm vụ;Đơn vị thực hiện;Thời hạn', '1;Rà soát;Sở Tư pháp;30/06/2024']);
    const result = interpret([tasks], { lenient: false, units: new UnitDirectory([]) });
    expect(result.tables[0]!.kind).toBeNull();
    expect(result.tables[0]!.reason).toMatchObject({ key: 'missing-columns', params: { kinds: expect.arrayContaining([expect.objectContaining({ kind: 'dossiers', missing: [expect.objectContaining({ field: 'received' })] })]) } });
  });
});
