/** Issue 11: whose each file is, data that was not read, units questioned, one as-of per section. */
import { describe, expect, it } from 'vitest';
import { interpret, UnitDirectory } from '../../src/interpret/index.js';
import { summarize } from '../../src/compute/index.js';
import { chooseAsOf } from '../../src/compute/as-of.js';
import { sniffFormat } from '../../src/read/sniff.js';
import { rawTable } from './raw.js';

const config = [
  { name: 'Sở Nội vụ', code: 'SNV' },
  { name: 'Sở Tài chính', code: 'STC' },
  { name: 'Văn phòng UBND tỉnh', aliases: ['VP UBND tỉnh'] },
  { name: 'UBND huyện Gò Dầu', level: 'district' as const },
];
const taskHeader = ['STT', 'Nội dung nhiệm vụ', 'Thời hạn', 'Tình trạng'];
const taskRows = [['1', 'Rà soát thủ tục', '30/06/2024', 'Hoàn thành'], ['2', 'Số hóa hồ sơ', '30/09/2024', 'Đang thực hiện']];

function read(head: string[][], file = 'bao-cao.xlsx', extra: { unit?: string; unitForFile?: (f: string) => string | null; strictUnits?: boolean } = {}) {
  const table = rawTable([...head.map((l) => l), taskHeader, ...taskRows], { file, sheet: 'Sheet1' });
  return interpret([table], { lenient: false, units: new UnitDirectory(config), ...extra });
}

describe('the unit of a file whose task list has no lead column', () => {
  it('is the issuing body of the Decree-30 head; a bare VĂN PHÒNG under UBND TỈNH is Văn phòng UBND tỉnh', () => {
    const r = read([['UBND TỈNH TÂY NINH'], ['VĂN PHÒNG'], ['BÁO CÁO KẾT QUẢ THỰC HIỆN NHIỆM VỤ CCHC']]);
    expect(r.records.tasks.map((t) => t.lead)).toEqual(['Văn phòng UBND tỉnh', 'Văn phòng UBND tỉnh']);
    expect(r.tables[0]).toMatchObject({ kind: 'tasks', unit: 'Văn phòng UBND tỉnh', unitSource: 'letterhead' });
  });

  it('an office under a district is the district', () => {
    const r = read([['UBND HUYỆN GÒ DẦU'], ['PHÒNG NỘI VỤ'], ['SỐ LIỆU THỰC HIỆN NHIỆM VỤ']]);
    expect(r.tables[0]).toMatchObject({ unit: 'UBND huyện Gò Dầu', unitSource: 'letterhead' });
  });

  it('never a title line, nor a document number; then the file name against the config', () => {
    const r = read([['SỐ LIỆU GIẢI QUYẾT HỒ SƠ TTHC'], ['Số: 12/BC-STC']], 'bao-cao-so-tai-chinh-thang-11.xlsx');
    expect(r.tables[0]).toMatchObject({ unit: 'Sở Tài chính', unitSource: 'file-name' });
  });

  it('"Đơn vị báo cáo:" before the head; the config\'s files mapping before both; --unit only when nothing names a unit (issue 18)', () => {
    const head = [['UBND TỈNH TÂY NINH'], ['SỞ TÀI CHÍNH'], ['Đơn vị báo cáo: Sở Nội vụ']];
    expect(read(head).tables[0]).toMatchObject({ unit: 'Sở Nội vụ', unitSource: 'label' });
    expect(read(head, 'x.xlsx', { unit: 'Sở Tài chính' }).tables[0]).toMatchObject({ unit: 'Sở Nội vụ', unitSource: 'label' });
    expect(read([['BÁO CÁO TIẾN ĐỘ']], 'x.xlsx', { unit: 'Sở Tài chính' }).tables[0]).toMatchObject({ unit: 'Sở Tài chính', unitSource: 'option' });
    expect(read(head, 'x.xlsx', { unit: 'Sở Tài chính', unitForFile: () => 'UBND huyện Gò Dầu' }).tables[0]).toMatchObject({ unitSource: 'config-files' });
  });

  it('when nothing decides, an error asks for --unit or files', () => {
    const r = read([['BÁO CÁO TIẾN ĐỘ']], 'tong-hop.xlsx');
    expect(r.issues.filter((i) => i.severity === 'error').map((i) => i.code)).toEqual(['unit-undecided']);
  });
});

describe('units known or questioned', () => {
  const leadTable = (leads: string[]) => rawTable([['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Tình trạng'], ...leads.map((l, i) => [String(i + 1), `Việc ${i}`, l, 'Hoàn thành'])]);
  it('a misspelt or abbreviated lead is a warning saying which unit it likely means, counted as written', () => {
    const r = interpret([leadTable(['Sở Tài chánh', 'Sở Tài chánh', 'VP UBND', 'Sở Nội vụ'])], { lenient: false, units: new UnitDirectory(config) });
    const unknown = r.issues.filter((i) => i.code === 'unit-unknown');
    expect(unknown.map((i) => [i.severity, i.value, i.row])).toEqual([['warning', 'Sở Tài chánh', 2], ['warning', 'VP UBND', 4]]);
    expect(unknown[0]!.params).toMatchObject({ guess: 'Sở Tài chính', rows: 2 });
    expect(unknown[1]!.params).toMatchObject({ guess: 'Văn phòng UBND tỉnh', rows: 1 });
    expect(r.records.tasks.map((t) => t.lead)).toEqual(['Sở Tài chánh', 'Sở Tài chánh', 'VP UBND', 'Sở Nội vụ']);
  });

  it('is an error under --strict-units, and nothing without config units', () => {
    expect(interpret([leadTable(['Sở Tài chánh'])], { lenient: false, units: new UnitDirectory(config), strictUnits: true }).issues.map((i) => `${i.severity} ${i.code}`)).toEqual(['error unit-unknown']);
    expect(interpret([leadTable(['Sở Tài chánh'])], { lenient: false, units: new UnitDirectory() }).issues).toEqual([]);
  });

  it("a district's own office counts under the district; a district office named in a province's list does not", () => {
    const district = rawTable([['UBND HUYỆN GÒ DẦU'], ['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Tình trạng'], ['1', 'A', 'Phòng Nội vụ', 'Hoàn thành']]);
    expect(interpret([district], { lenient: false, units: new UnitDirectory(config) }).records.tasks[0]!.lead).toBe('UBND huyện Gò Dầu');
    const province = rawTable([['UBND TỈNH TÂY NINH'], ['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Tình trạng'], ['1', 'A', 'Phòng Nội vụ huyện', 'Hoàn thành']]);
    expect(interpret([province], { lenient: false, units: new UnitDirectory() }).records.tasks[0]!.lead).toBe('Phòng Nội vụ huyện');
  });
});

describe('data that was not read', () => {
  it('rows that look like data under a header-like row are an error; a dropdown list is a warning', () => {
    const data = rawTable([['Hạng mục', 'Số lượng máy', 'Ngày cập nhật'], ['Máy chủ', 12, '30/09/2024'], ['Máy trạm', 140, '30/09/2024']], { file: 'a.xlsx', sheet: 'Bảng' });
    const list = rawTable([['Danh mục trạng thái'], ['Hoàn thành'], ['Đang thực hiện'], ['Chưa thực hiện']], { file: 'a.xlsx', sheet: 'DM' });
    const r = interpret([data, list], { lenient: false, units: new UnitDirectory() });
    expect(r.issues.filter((i) => i.code !== 'no-kind').map((i) => `${i.sheet} ${i.severity} ${i.code}`)).toEqual(['Bảng error table-not-read', 'DM warning sheet-skipped']);
    expect(r.tables.map((t) => t.dataNotRead === true)).toEqual([true, false]);
  });

  it('a list its author hid (the dropdown behind a status column) is only an information line', () => {
    const list = { ...rawTable([['Danh mục trạng thái'], ['Hoàn thành'], ['Đang thực hiện']], { file: 'a.xlsx', sheet: 'DM' }), hidden: true };
    const data = { ...rawTable([['Hạng mục', 'Số lượng máy'], ['Máy chủ', 12], ['Máy trạm', 140]], { file: 'a.xlsx', sheet: 'Ẩn' }), hidden: true };
    const r = interpret([list, data], { lenient: false, units: new UnitDirectory() });
    // Hidden rows that look like data are still an error: hiding a table does not make it not count.
    expect(r.issues.filter((i) => i.code !== 'no-kind').map((i) => `${i.sheet} ${i.severity} ${i.code}`)).toEqual(['DM info sheet-skipped', 'Ẩn error table-not-read']);
  });

  it('a web page saved as .xls is told apart from CSV', () => {
    expect(sniffFormat(Buffer.from('\uFEFF<html><body><table><tr><td>1</td></tr></table></body></html>'))).toMatchObject({ kind: 'web-page' });
    expect(sniffFormat(Buffer.from('STT;Nhiệm vụ\n1;<b>x</b>\n'))).toEqual({ kind: 'text' });
  });
});

describe('one as-of per section (SPEC §3)', () => {
  const at = (asOf: string, file: string) => ({ kind: 'tasks' as const, asOf, file });
  it('is the date most tables state; the odd one out is warned about, naming both dates; old ones are stale', () => {
    const c = chooseAsOf([at('2024-10-25', 'a'), at('2024-10-25', 'b'), at('2024-11-05', 'c'), at('2024-09-30', 'd')], undefined, '2026-12-02');
    expect(c.section.tasks).toBe('2024-10-25');
    expect(c.report).toBe('2024-10-25');
    expect(c.section.feedback).toBe('2024-10-25');
    expect(c.issues.map((i) => `${i.file} ${i.code}`)).toEqual(['c asof-differs', 'd stale-data']);
    expect(c.issues[0]!.message).toContain('05/11/2024');
    expect(c.issues[0]!.message).toContain('25/10/2024');
  });

  it('a tie goes to the latest; --as-of judges every table, warning only of stale ones', () => {
    expect(chooseAsOf([at('2024-10-25', 'a'), at('2024-10-31', 'b')], undefined, '2026-12-02').section.tasks).toBe('2024-10-31');
    const c = chooseAsOf([at('2024-10-25', 'a'), at('2024-11-14', 'b')], '2024-11-15', '2026-12-02');
    expect(c.issues.map((i) => `${i.file} ${i.code}`)).toEqual(['a stale-data']);
  });
});

describe('receipts in the Summary', () => {
  it('name each file\'s unit and the expected units that sent nothing', () => {
    const table = rawTable([['UBND TỈNH TÂY NINH'], ['SỞ NỘI VỤ'], taskHeader, ...taskRows], { file: 'snv.xlsx', sheet: 'NV' });
    const r = interpret([table], { lenient: false, units: new UnitDirectory(config) });
    const s = summarize(r.records, r.issues, { title: 't', today: '2024-10-25', expectedUnits: ['Sở Nội vụ', 'Sở Tài chính'], inputs: { files: ['snv.xlsx'], tables: r.tables } });
    expect(s.inputs).toEqual([
      expect.objectContaining({ file: 'snv.xlsx', unit: 'Sở Nội vụ', unitSource: 'letterhead', tables: [expect.objectContaining({ sheet: 'NV', kind: 'tasks', rowsCounted: 2, recognised: expect.objectContaining({ title: 2, header: 1 }) })] }),
    ]);
    expect(s.receipts).toMatchObject({ expected: 2, expectedSent: 1, tablesRead: 1, tablesNotRead: 0 });
    expect(s.receipts!.byUnit.map((u) => [u.unit, u.sent])).toEqual([['Sở Nội vụ', true], ['Sở Tài chính', false]]);
  });
});
