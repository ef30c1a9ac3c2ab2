/**
 * Issue 12 point 4, SPEC §4.1: a placeholder (`Đang cập nhật`, `Chưa có số liệu`, `-`, `N/A`) in a
 * dossier form's received, resolved or pending cell is not reported, never 0. The fixture
 * (fixtures/messy/meaning/ho-so-dang-cap-nhat.csv) is a quarter's form as a clerk exports it from
 * Excel: title lines, the units' rows, a `Tổng cộng` of what was written. The expected figures are
 * worked out here from the rows as written, not taken from the tool.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { runInProcess } from '../helpers/cli.js';
import { runMain } from '../helpers/in-process.js';

const file = 'fixtures/messy/meaning/ho-so-dang-cap-nhat.csv';
type Cell = number | string;
// unit, level, received, resolved, pending, online — as the file has them.
const rows: [string, 'province' | 'district', Cell, Cell, Cell, Cell][] = [
  ['Sở Tư pháp', 'province', 1240, 1180, 60, 610],
  ['Sở Y tế', 'province', 'Đang cập nhật', 'Đang cập nhật', 'Đang cập nhật', 'Đang cập nhật'],
  ['Sở Xây dựng', 'province', 530, 'Chưa có số liệu', 'Chưa có số liệu', 200],
  ['UBND huyện Gò Dầu', 'district', 2150, 2010, '-', 1280],
  ['UBND huyện Bến Cầu', 'district', 980, 955, 25, 'N/A'],
  // Online written, nothing else: in the online total, in neither part of the online rate.
  ['UBND huyện Tân Châu', 'district', 'Đang cập nhật', 'Đang cập nhật', 'Đang cập nhật', 300],
];
const column = { received: 2, resolved: 3, pending: 4, online: 5 } as const;
const known = (of: typeof rows, k: keyof typeof column) => of.map((r) => r[column[k]]).filter((v): v is number => typeof v === 'number');
const total = (of: typeof rows, k: keyof typeof column) => (known(of, k).length === 0 ? null : known(of, k).reduce((a, b) => a + b, 0));
const coverage = (of: typeof rows, k: keyof typeof column) => ({ units: known(of, k).length, of: of.length });
// The online rate is over the units that give both online and received.
const both = rows.filter((r) => typeof r[column.online] === 'number' && typeof r[column.received] === 'number');
const onlineRate = both.reduce((n, r) => n + (r[column.online] as number), 0) / both.reduce((n, r) => n + (r[column.received] as number), 0);

describe('placeholders in the counts of a dossier form', () => {
  it('leave the count unreported on that row: the totals are over the units that wrote it, and say how many', async () => {
    const { summary } = await runInProcess([file]);
    const d = summary.dossiers!;
    for (const k of ['received', 'resolved', 'pending', 'online'] as const) {
      expect(d[k], k).toBe(total(rows, k));
      expect(d.coverage?.[k], k).toEqual(coverage(rows, k));
    }
    expect(d.onlineRate).toBeCloseTo(onlineRate, 10);
    for (const r of rows) {
      const u = d.byUnit.find((x) => x.unit === r[0])!;
      expect([u.received, u.resolved, u.pending, u.online], r[0]).toEqual([r[2], r[3], r[4], r[5]].map((v) => (typeof v === 'number' ? v : null)));
    }
    for (const level of ['province', 'district'] as const) {
      const of = rows.filter((r) => r[1] === level);
      const l = d.byLevel.find((x) => x.level === level)!;
      expect([l.received, l.resolved, l.pending], level).toEqual([total(of, 'received'), total(of, 'resolved'), total(of, 'pending')]);
    }
    // One information line per placeholder cell; nothing else to warn of (the total row sums what was written).
    const placeholders = rows.flatMap((r) => r.slice(2).filter((v) => typeof v === 'string')).length;
    expect(summary.issues.items.filter((i) => i.code === 'placeholder-value')).toHaveLength(placeholders);
    expect(summary.issues.items.filter((i) => i.severity !== 'info')).toEqual([]);
  });

  it('a unit that wrote nothing but placeholders is reported with no figures, not with zeros (JSON null, "—" in lists)', async () => {
    const json = JSON.parse((await runMain(['summary', file, '--format', 'json'])).stdout);
    expect(json.dossiers.byUnit.find((u: { unit: string }) => u.unit === 'Sở Y tế')).toMatchObject({ received: null, resolved: null, pending: null, online: null });
    const list = (await runMain(['dossiers', file])).stdout.split('\n').find((l) => l.startsWith('Sở Y tế'))!;
    expect(list.replace(/Sở Y tế\s+Cấp tỉnh/, '').trim().split(/\s+/).every((c) => c === '—')).toBe(true);
  });

  it('the brief gives each count with the units it covers, in both languages', async () => {
    const out = mkdtempSync(path.join(tmpdir(), 'rr-absent-'));
    expect((await runMain(['build', file, '--out', out, '--format', 'md', '--quiet'])).code).toBe(0);
    const brief = readFileSync(path.join(out, readdirSync(out).find((f) => f.endsWith('.md'))!), 'utf8');
    const n = (x: number | null) => x!.toLocaleString('de-DE');
    const note = (k: keyof typeof column) => `(số liệu của ${coverage(rows, k).units}/${rows.length} đơn vị)`;
    expect(brief).toContain(`**${n(total(rows, 'received'))} hồ sơ TTHC** ${note('received')}`);
    expect(brief).toContain(`**${n(total(rows, 'resolved'))} hồ sơ** ${note('resolved')}`);
    expect(brief).toContain(`đang giải quyết ${n(total(rows, 'pending'))} hồ sơ ${note('pending')}`);
    const en = mkdtempSync(path.join(tmpdir(), 'rr-absent-en-'));
    expect((await runMain(['build', file, '--out', en, '--format', 'md', '--quiet', '--lang', 'en'])).code).toBe(0);
    const english = readFileSync(path.join(en, readdirSync(en).find((f) => f.endsWith('.md'))!), 'utf8');
    expect(english).toContain(`were received (${coverage(rows, 'received').units} of ${rows.length} units reporting)`);
  });
});

describe('the workbook total of a partly reported rate', () => {
  it("takes numerator and denominator from the rows that give both, as compute does, so Excel's recalculation keeps the figure", async () => {
    const out = mkdtempSync(path.join(tmpdir(), 'rr-absent-xlsx-'));
    expect((await runMain(['build', file, '--out', out, '--format', 'xlsx', '--quiet'])).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(out, readdirSync(out).find((f) => f.endsWith('.xlsx'))!));
    const ws = wb.getWorksheet('Hồ sơ TTHC')!;
    let header = 0;
    ws.eachRow((row, n) => {
      // The table by unit (the one by level comes first).
      if (header === 0 && (row.values as unknown[]).includes('Đơn vị') && (row.values as unknown[]).includes('Tỷ lệ trực tuyến')) header = n;
    });
    const letter = (label: string) => ws.getRow(header).getCell((ws.getRow(header).values as unknown[]).indexOf(label)).address.replace(/\d+/, '');
    const [online, received, rateColumn] = [letter('Trực tuyến'), letter('Tiếp nhận'), letter('Tỷ lệ trực tuyến')];
    // The rows of the units, then the total row: its formula and cached result.
    const first = header + 1;
    const last = first + rows.length - 1;
    const cell = ws.getCell(`${rateColumn}${last + 1}`).value as { formula: string; result: number };
    const both = (col: string) => `SUMIFS(${col}${first}:${col}${last},${online}${first}:${online}${last},">=0",${received}${first}:${received}${last},">=0")`;
    expect(cell.formula).toBe(`IF(${both(received)}=0,"N/A",${both(online)}/${both(received)})`);
    expect(cell.result).toBeCloseTo(onlineRate, 10);
    // What the formula computes, from the cells as written: a text placeholder is not ">=0".
    const sum = (col: string) => Array.from({ length: rows.length }, (_, i) => [ws.getCell(`${online}${first + i}`).value, ws.getCell(`${received}${first + i}`).value]).filter(([o, r]) => typeof o === 'number' && typeof r === 'number').reduce((n, [o, r]) => n + ((col === online ? o : r) as number), 0);
    expect(sum(online) / sum(received)).toBeCloseTo(onlineRate, 10);
    // A row whose received is not reported has no rate: "—", not a formula dividing by "—".
    const tanChau = Array.from({ length: rows.length }, (_, i) => first + i).find((n) => (ws.getRow(n).values as unknown[]).includes('UBND huyện Tân Châu'))!;
    expect(ws.getCell(`${rateColumn}${tanChau}`).value).toBe('—');
  });
});

describe('snapshots with unreported counts', () => {
  it('merge: a count stays over the units that wrote it, and the coverage adds up', async () => {
    const { mergeSnapshots } = await import('../../src/compute/merge.js');
    const json = JSON.parse((await runMain(['summary', file, '--format', 'json'])).stdout);
    const a = { ...json, organization: 'UBND TỈNH A' };
    const b = { ...json, organization: 'UBND TỈNH B' };
    const merged = mergeSnapshots([{ file: 'a.json', data: a }, { file: 'b.json', data: b }]);
    if (!('summary' in merged)) throw new Error(`refused: ${JSON.stringify(merged)}`);
    const d = merged.summary.dossiers!;
    for (const k of ['received', 'resolved', 'pending'] as const) {
      expect(d[k], k).toBe(2 * total(rows, k)!);
      expect(d.coverage?.[k], k).toEqual({ units: 2 * coverage(rows, k).units, of: 2 * rows.length });
    }
    expect(d.byUnit.filter((u) => u.unit === 'Sở Y tế').map((u) => u.received)).toEqual([null, null]);
  });
});

describe('a placeholder as an indicator target', () => {
  it('keeps the indicator as not reported, with an information line, not a bad-target error that drops it', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'rr-target-'));
    const csv = path.join(dir, 'chi-tieu.csv');
    // As a department saves it from Excel: UTF-8 with a BOM, percentages written with a comma.
    const lines = [
      'STT,Tên chỉ tiêu,Đơn vị tính,Chỉ tiêu kế hoạch,Kết quả thực hiện,Đơn vị chủ trì',
      '1,Tỷ lệ hồ sơ TTHC trực tuyến toàn trình,%,≥ 80%,"86,2%",Văn phòng UBND tỉnh',
      '2,Tỷ lệ thanh toán trực tuyến,%,Đang cập nhật,"41,5%",Sở Tài chính',
      '3,Số cơ sở dữ liệu dùng chung,CSDL,N/A,Chưa có số liệu,Sở Nội vụ',
      '4,Tỷ lệ người dân có danh tính số,%,≥ 60%,52%,Công an tỉnh',
    ];
    writeFileSync(csv, `\uFEFF${lines.join('\r\n')}\r\n`);
    const r = await runMain(['summary', csv, '--format', 'json']);
    expect(r.code).toBe(0);
    const ind = JSON.parse(r.stdout).indicators;
    // 86,2% ≥ 80%: met; 52% < 60%: not met; rows 2 and 3 have no target: not reported.
    expect([ind.total, ind.met, ind.notMet, ind.notReported]).toEqual([4, 1, 1, 2]);
    expect(ind.items.map((i: { target: unknown; status: string }) => [i.target, i.status])).toEqual([[0.8, 'met'], [null, 'not_reported'], [null, 'not_reported'], [0.6, 'not_met']]);
    const codes = JSON.parse(r.stdout).issues.items.map((i: { code: string; severity: string }) => `${i.severity} ${i.code}`);
    expect(codes).toEqual(['info placeholder-value', 'info placeholder-value', 'info placeholder-value']);
  });
});
