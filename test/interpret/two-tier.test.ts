import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readInputs } from '../../src/read/inputs.js';
import { windowOf } from '../../src/model/record-counts.js';
import { recordStreams } from '../../src/interpret/records/index.js';
import { readCsvBytes } from '../../src/read/csv.js';
import { interpret, UnitDirectory } from '../../src/interpret/index.js';
import { summarizeDossiers } from '../../src/compute/dossiers.js';
import { levelFromName } from '../../src/interpret/units.js';

function twoTierForm(lines: string[]) {
  const table = readCsvBytes('bieu-06.csv', Buffer.from(lines.join('\n'))).table!;
  return interpret([table], { lenient: false, units: new UnitDirectory([]) });
}

describe('two-tier local government (SPEC §2.4: since 1 July 2025, no district level)', () => {
  it('reads the two-tier group rows of Biểu 06 and lists only the levels present', () => {
    const r = twoTierForm([
      'STT;Đơn vị;Tiếp nhận;Đã giải quyết;Đang giải quyết',
      'I;Cấp tỉnh;;;',
      '1;Trung tâm Phục vụ hành chính công tỉnh;100;90;10',
      '2;Văn phòng đăng ký đất đai;50;45;5',
      'II;Xã, phường, đặc khu;;;',
      '1;Phường Tân Ninh;30;30;0',
      '2;Xã Hòa Thành;20;18;2',
      '3;Đặc khu Thổ Chu;5;5;0',
    ]);
    expect(r.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(r.records.dossiers.map((d) => `${d.unit}:${d.level}`)).toEqual([
      'Trung tâm Phục vụ hành chính công tỉnh:province',
      'Văn phòng đăng ký đất đai:province',
      'Phường Tân Ninh:commune',
      'Xã Hòa Thành:commune',
      'Đặc khu Thổ Chu:commune',
    ]);
    const { section } = summarizeDossiers(r.records.dossiers, '2026-09-30', null);
    expect(section.byLevel.map((l) => `${l.level}:${l.received}`)).toEqual(['province:150', 'commune:55']);
  });

  it('knows a special zone (đặc khu) by its name as commune level', () => {
    expect(levelFromName('Đặc khu Phú Quốc')).toBe('commune');
    expect(levelFromName('UBND đặc khu Côn Đảo')).toBe('commune');
    expect(levelFromName('Ủy ban nhân dân đặc khu Vân Đồn')).toBe('commune');
  });

  it('takes the level of a row without a group from the unit name when the form has a Cấp column saying Cấp xã', () => {
    const r = twoTierForm(['Đơn vị;Cấp;Tiếp nhận;Đã giải quyết', 'Đặc khu Côn Đảo;Cấp xã;7;7', 'Sở Tư pháp;Cấp tỉnh;3;3']);
    expect(r.records.dossiers.map((d) => d.level)).toEqual(['commune', 'province']);
  });
});

describe('a Cấp column of a two-tier export (SPEC §2.4: wards and special zones are commune level)', () => {
  it('reads Phường and Đặc khu as commune level, in a form and in a streamed record export', async () => {
    const r = twoTierForm(['Đơn vị;Cấp;Tiếp nhận;Đã giải quyết', 'Trung tâm hành chính công Côn Đảo;Đặc khu;7;7', 'Bộ phận một cửa Tân Ninh;Phường;4;4', 'Bộ phận một cửa Thổ Chu;Cấp đặc khu;2;2', 'Bộ phận một cửa Long An;Cấp phường;1;1']);
    expect(r.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(r.records.dossiers.map((d) => d.level)).toEqual(['commune', 'commune', 'commune', 'commune']);

    const dir = mkdtempSync(path.join(tmpdir(), 'two-tier-'));
    const file = path.join(dir, 'ho-so.csv');
    writeFileSync(file, ['Mã hồ sơ,Đơn vị,Cấp,Ngày tiếp nhận,Hạn xử lý,Ngày trả kết quả', 'H1,Bộ phận một cửa Côn Đảo,Đặc khu,01/09/2025,10/09/2025,05/09/2025', 'H2,Bộ phận một cửa Tân Ninh,Phường,02/09/2025,10/09/2025,', 'H3,Sở Tư pháp,Cấp tỉnh,03/09/2025,10/09/2025,04/09/2025'].join('\r\n'));
    const read = await readInputs([file], undefined, recordStreams({ window: windowOf('2025-09-30', null), units: new UnitDirectory([]), unitConfig: [], parallelMinBytes: 0 }));
    const stats = read.streamed.flatMap((s) => s.stats);
    expect(read.streamed.flatMap((s) => s.issues).filter((i) => i.severity === 'error')).toEqual([]);
    expect(stats.map((s) => `${s.unit}:${s.level}:${s.received}`).sort()).toEqual(['Bộ phận một cửa Côn Đảo:commune:1', 'Bộ phận một cửa Tân Ninh:commune:1', 'Sở Tư pháp:province:1']);
  });
});

describe('unit names that differ only in their tone marks', () => {
  it('are two units (Tân Thành and Tân Thạnh), while case, spacing and where the mark sits do not matter', () => {
    const units = new UnitDirectory([{ name: 'UBND xã Hòa Hội' }]);
    expect(units.canonical('UBND xã Tân Thành')).toBe('UBND xã Tân Thành');
    expect(units.canonical('UBND xã Tân Thạnh')).toBe('UBND xã Tân Thạnh');
    expect(units.canonical('UBND  XÃ TÂN THÀNH')).toBe('UBND xã Tân Thành');
    expect(units.canonical('UBND xã Hoà Hội')).toBe('UBND xã Hòa Hội');
    expect(units.canonical('UBND xa Hoa Hoi')).toBe('UBND xã Hòa Hội');
    // Without marks, a name that could be either unit is not guessed.
    expect(units.canonical('UBND xa Tan Thanh')).toBe('UBND xa Tan Thanh');
  });
});

describe('a level the config adds (issue 14: the public-service centre)', () => {
  const centre = 'Trung tâm Phục vụ hành chính công tỉnh';
  const units = () => new UnitDirectory([{ name: centre, level: 'centre' }, { name: 'Sở Tư pháp', level: 'province' }]);

  it('counts the unit the config places there in that row, whatever the group row or Cấp cell says', () => {
    const table = readCsvBytes('bieu-06.csv', Buffer.from(['STT;Đơn vị;Cấp;Tiếp nhận;Đã giải quyết;Đang giải quyết', 'I;Cấp tỉnh;;;;', `1;${centre};Cấp tỉnh;100;90;10`, '2;Sở Tư pháp;;50;45;5', 'II;Xã, phường, đặc khu;;;;', '1;Phường Tân Ninh;;30;30;0'].join('\n'))).table!;
    const r = interpret([table], { lenient: false, units: units() });
    expect(r.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(r.records.dossiers.map((d) => `${d.unit}:${d.level}`)).toEqual([`${centre}:centre`, 'Sở Tư pháp:province', 'Phường Tân Ninh:commune']);
    const { section } = summarizeDossiers(r.records.dossiers, '2026-09-30', null, [{ id: 'province' }, { id: 'centre', vi: 'TT', en: 'C' }, { id: 'commune' }]);
    expect(section.byLevel.map((l) => `${l.level}:${l.received}`)).toEqual(['province:50', 'centre:100', 'commune:30']);
    expect(section.byUnit.map((u) => u.level)).toEqual(['province', 'centre', 'commune']);
    // Without the config's order the added level follows the tiers present; it is never dropped.
    expect(summarizeDossiers(r.records.dossiers, '2026-09-30', null).section.byLevel.map((l) => l.level)).toEqual(['province', 'commune', 'centre']);
  });

  it('counts a record export of that unit there too, its Cấp cell notwithstanding', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'rr-centre-'));
    const file = path.join(dir, 'ho-so.csv');
    writeFileSync(file, ['Mã hồ sơ,Đơn vị,Cấp,Ngày tiếp nhận,Hạn xử lý,Ngày trả kết quả', `H1,${centre},Cấp tỉnh,01/09/2026,05/09/2026,04/09/2026`, `H2,${centre},,02/09/2026,06/09/2026,`, 'H3,Sở Tư pháp,Cấp tỉnh,03/09/2026,07/09/2026,08/09/2026'].join('\n'));
    const read = await readInputs([file], undefined, recordStreams({ window: windowOf('2026-09-30', null), units: units(), unitConfig: [{ name: centre, level: 'centre' }, { name: 'Sở Tư pháp', level: 'province' }], parallelMinBytes: 0 }));
    const stats = read.streamed.flatMap((s) => s.stats);
    expect(read.streamed.flatMap((s) => s.issues).filter((i) => i.severity === 'error')).toEqual([]);
    expect(stats.map((s) => `${s.unit}:${s.level}:${s.received}:${s.resolved}`).sort()).toEqual(['Sở Tư pháp:province:1:1', `${centre}:centre:2:1`]);
  });
});
