import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { parse } from 'csv-parse/sync';
import { readInputs } from '../../src/read/inputs.js';
import { probeBytes } from '../../src/read/chunks.js';
import { UnitDirectory } from '../../src/interpret/index.js';
import { windowOf } from '../../src/model/record-counts.js';
import { recordStreams, type RecordReading } from '../../src/interpret/records/index.js';
import type { StreamedRecords } from '../../src/model/record-counts.js';
import type { RecordStreams } from '../../src/read/stream/index.js';
import { issuesPerCode } from '../../src/interpret/records/aggregate.js';
import type { DossierStats } from '../../src/model/records.js';
import { example, repoRoot, tempDir } from '../helpers/cli.js';

const records = path.join(repoRoot, 'fixtures/dossiers/mot-cua-xuat-ho-so.csv');
const expected = (() => {
  const md = readFileSync(path.join(repoRoot, 'fixtures/dossiers/EXPECTED.md'), 'utf8');
  const blocks = [...md.matchAll(/```json\n([\s\S]*?)```/g)];
  return JSON.parse(blocks[blocks.length - 1]![1]!);
})();

function reading(asOf = '2024-09-30', period: { from: string; to: string } | null = null, extra: Partial<RecordReading> = {}): RecordStreams {
  return recordStreams({ window: windowOf(asOf, period), units: new UnitDirectory([]), unitConfig: [], parallelMinBytes: 0, ...extra });
}

const keys = ['received', 'resolved', 'resolvedOnTime', 'resolvedLate', 'pending', 'online', 'paidOnline', 'carriedOver', 'pendingOverdue', 'returned'] as const;
function totals(stats: readonly DossierStats[]) {
  return Object.fromEntries(keys.map((k) => [k, stats.reduce((s, x) => s + x[k], 0)]));
}
function byUnit(stats: readonly DossierStats[]) {
  return Object.fromEntries(stats.map((s) => [s.unit, { level: s.level, ...Object.fromEntries(keys.map((k) => [k, s[k]])) }]));
}
/** As Excel's plain "CSV" save writes on Vietnamese Windows: CP1258's own letters, tone marks combining. */
function toCp1258(text: string): Buffer {
  let out = '';
  for (const ch of text.normalize('NFC')) {
    const fits = !(iconv.encode(ch, 'windows1258')[0] === 0x3f && ch !== '?');
    const nfd = ch.normalize('NFD');
    out += fits ? ch : nfd.replace(/[\u0300\u0301\u0303\u0309\u0323]/g, '').normalize('NFC') + (nfd.match(/[\u0300\u0301\u0303\u0309\u0323]/g) ?? []).join('');
  }
  const bytes = iconv.encode(out, 'windows1258');
  expect(iconv.decode(bytes, 'windows1258').normalize('NFC')).toBe(text.normalize('NFC'));
  return bytes;
}

/** Bytes as a pipe delivers them, `size` at a time. */
async function* chunksOf(bytes: Uint8Array, size: number): AsyncIterable<Uint8Array> {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

const one = (streamed: StreamedRecords[]) => {
  expect(streamed).toHaveLength(1);
  return streamed[0]!;
};

describe('record exports are streamed into counts per unit and level', () => {
  it('counts the messy export as the independent reference in its generator does (as of 30/09/2024)', async () => {
    const r = await readInputs([records], undefined, reading());
    expect(r.tables).toEqual([]);
    const s = one(r.streamed);
    const want = expected.records;
    expect(totals(s.stats)).toEqual(Object.fromEntries(keys.map((k) => [k, want[k]])));
    expect(byUnit(s.stats)).toEqual(want.byUnit);
    expect(s.rowsRead).toBe(90);
    expect(s.rowsCounted).toBe(90 - want.notCountedAfter);
    expect(s.rowsOutside).toBe(want.notCountedAfter);
    expect(s.issues.filter((i) => i.severity !== 'info')).toEqual([]);
    expect(s.issues.map((i) => [i.code, i.params])).toEqual([['outside-period', { records: 'after', count: want.notCountedAfter, date: '2024-09-30' }]]);
  });

  it('counts within a period, carrying over the dossiers still open at its start', async () => {
    const s = one((await readInputs([records], undefined, reading('2024-09-30', { from: '2024-07-01', to: '2024-09-30' }))).streamed);
    const want = expected.recordsQ3;
    expect(want.carriedOver).toBeGreaterThan(0);
    expect(totals(s.stats)).toEqual(Object.fromEntries(keys.map((k) => [k, want[k]])));
    expect(s.stats[0]!.period).toEqual({ from: '2024-07-01', to: '2024-09-30' });
  });

  it('gives the same counts from the file, from standard input, in Windows-1258, in UTF-16 and as an xlsx', async () => {
    const dir = tempDir();
    const bytes = readFileSync(records);
    const text = bytes.toString('utf8').replace(/^\ufeff/, '');
    const reference = byUnit(one((await readInputs([records], undefined, reading())).streamed).stats);

    const stdin = await readInputs(['-'], () => chunksOf(bytes, 4096), reading());
    expect(byUnit(one(stdin.streamed).stats)).toEqual(reference);

    writeFileSync(path.join(dir, 'cp1258.csv'), toCp1258(text));
    writeFileSync(path.join(dir, 'utf16.csv'), Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, 'utf16le')]));
    for (const name of ['cp1258.csv', 'utf16.csv']) {
      const r = await readInputs([path.join(dir, name)], undefined, reading());
      expect(byUnit(one(r.streamed).stats), name).toEqual(reference);
    }

    // The same rows as a workbook a system exports: text cells, as they are in the CSV.
    const rows = parse(text, { relax_column_count: true, skip_empty_lines: false }) as string[][];
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Hồ sơ');
    for (const row of rows) ws.addRow(row.length === 1 && row[0] === '' ? [] : row);
    await wb.xlsx.writeFile(path.join(dir, 'export.xlsx'));
    const x = await readInputs([path.join(dir, 'export.xlsx')], undefined, reading());
    expect(x.tables).toEqual([]);
    const sheet = one(x.streamed);
    expect(sheet.sheet).toBe('Hồ sơ');
    expect(byUnit(sheet.stats)).toEqual(reference);
  });

  it('reads date cells of an xlsx export as the calendar days they show', async () => {
    const dir = tempDir();
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Sheet1');
    ws.addRow(['Mã hồ sơ', 'Đơn vị', 'Thủ tục', 'Ngày tiếp nhận', 'Hạn xử lý', 'Ngày trả kết quả', 'Kênh nộp']);
    ws.addRow(['HS1', 'Sở Tư pháp', 'Cấp phiếu lý lịch tư pháp', new Date(Date.UTC(2024, 8, 30)), new Date(Date.UTC(2024, 9, 3)), new Date(Date.UTC(2024, 8, 30)), 2]);
    ws.addRow(['HS2', 'Sở Tư pháp', 'Cấp phiếu lý lịch tư pháp', new Date(Date.UTC(2024, 9, 1)), null, null, 1]);
    for (const r of [2, 3]) for (const c of [4, 5, 6]) ws.getCell(r, c).numFmt = 'dd/mm/yyyy';
    await wb.xlsx.writeFile(path.join(dir, 'dates.xlsx'));
    const s = one((await readInputs([path.join(dir, 'dates.xlsx')], undefined, reading('2024-09-30'))).streamed);
    expect(totals(s.stats)).toMatchObject({ received: 1, resolved: 1, resolvedOnTime: 1, online: 1 });
  });

  it('reports every row it does not count, the first ones of each problem one by one, then how many more', async () => {
    const s = one((await readInputs([path.join(repoRoot, 'fixtures/dossiers/mot-cua-ngay-sai.csv')], undefined, reading())).streamed);
    const want = expected.badDates;
    expect(s.rowsRead).toBe(want.rows);
    expect(s.rowsCounted).toBe(want.counted);
    expect(s.rowsRejected).toBe(want.badReceivedRows + want.badResultRows);
    const listed = s.issues.filter((i) => i.code === 'bad-date' && i.row !== undefined);
    expect(listed).toHaveLength(issuesPerCode);
    expect(listed[0]).toMatchObject({ severity: 'error', row: 2, column: 'E', value: '31/02/2024' });
    expect(s.issues.find((i) => i.code === 'bad-date' && i.row === undefined)!.params).toEqual({ repeated: { more: want.badReceivedRows + want.badResultRows - issuesPerCode, listed: issuesPerCode } });
    expect(s.issues.filter((i) => i.severity === 'warning').map((i) => `${i.code} ${i.column}${i.row}`)).toEqual([`bad-channel H${want.unknownChannelRow}`, `bad-paid I${want.unknownPaidRow}`]);
  });

  it('says once that an export without a unit column cannot be counted by unit, unless --unit gives it', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'no-unit.csv');
    writeFileSync(file, 'Mã hồ sơ,Thủ tục,Ngày tiếp nhận,Ngày trả kết quả\nHS1,Khai sinh,02/09/2024,03/09/2024\nHS2,Khai sinh,03/09/2024,\n');
    const without = one((await readInputs([file], undefined, reading())).streamed);
    expect(without.stats).toEqual([]);
    expect(without.issues.map((i) => `${i.severity} ${i.code} ${i.row ?? '-'}`)).toEqual(['error missing-unit -']);
    const withUnit = one((await readInputs([file], undefined, reading('2024-09-30', null, { unit: 'UBND xã Tân Lập' }))).streamed);
    expect(totals(withUnit.stats)).toMatchObject({ received: 2, resolved: 1, pending: 1 });
    expect(withUnit.stats[0]).toMatchObject({ unit: 'UBND xã Tân Lập', level: 'commune' });
  });

  it('reports the progress of the read', async () => {
    const seen: number[] = [];
    await readInputs([records], undefined, reading('2024-09-30', null, { progress: (_file, rows) => seen.push(rows) }));
    expect(seen.at(-1)).toBe(90);
  });

  it('leaves other tables to the ordinary reader', async () => {
    const r = await readInputs([example], undefined, reading());
    expect(r.streamed).toEqual([]);
    expect(r.tables.length).toBeGreaterThan(5);
  });
});

describe('a record export piped to standard input', () => {
  it('longer than the probe, is counted as it streams in, as the same file would be', async () => {
    const dir = tempDir();
    const lines = readFileSync(records, 'utf8').split(/\r?\n/);
    const header = lines.findIndex((l) => l.startsWith('Mã hồ sơ,'));
    // Whole lines, not records: a quoted cell may span two lines, and both go into each copy.
    const rows = lines.slice(header + 1).filter((l) => l !== '');
    // The title and header, then twenty copies of the rows: over the 256 KB that decide, so the rest is streamed.
    const big = Buffer.from(`${[...lines.slice(0, header + 1), ...Array.from({ length: 20 }, () => rows).flat()].join('\r\n')}\r\n`, 'utf8');
    expect(big.length).toBeGreaterThan(probeBytes);
    const file = path.join(dir, 'big.csv');
    writeFileSync(file, big);
    const fromFile = await readInputs([file], undefined, reading());
    const fromStdin = await readInputs(['-'], () => chunksOf(big, 65_536), reading());
    expect(fromStdin.tables).toEqual([]);
    const [f, p] = [one(fromFile.streamed), one(fromStdin.streamed)];
    const original = one((await readInputs([records], undefined, reading())).streamed);
    expect([f.rowsRead, p.rowsRead]).toEqual([original.rowsRead * 20, original.rowsRead * 20]);
    expect(byUnit(p.stats)).toEqual(byUnit(f.stats));
    expect([p.rowsCounted, p.rowsRejected, p.rowsOutside]).toEqual([f.rowsCounted, f.rowsRejected, f.rowsOutside]);
    expect(p.issues.map((i) => [i.code, i.row])).toEqual(f.issues.map((i) => [i.code, i.row]));
  });

  it('larger than any input that is collected whole (128 MB), is counted without being held', async () => {
    const lines = readFileSync(records, 'utf8').split(/\r?\n/);
    const header = lines.findIndex((l) => l.startsWith('Mã hồ sơ,'));
    const head = Buffer.from(`${lines.slice(0, header + 1).join('\r\n')}\r\n`, 'utf8');
    const block = Buffer.from(`${Array.from({ length: 50 }, () => lines.slice(header + 1).filter((l) => l !== '').join('\r\n')).join('\r\n')}\r\n`, 'utf8');
    const copies = Math.ceil((130 * 1024 * 1024) / block.length);
    // The same block again and again: the pipe carries 130 MB, this test holds one block of it.
    async function* pipe(): AsyncIterable<Uint8Array> {
      yield head;
      for (let i = 0; i < copies; i++) yield block;
    }
    const r = await readInputs(['-'], pipe, reading());
    expect(r.issues.map((i) => i.code)).not.toContain('file-too-large');
    const original = one((await readInputs([records], undefined, reading())).streamed);
    expect(one(r.streamed).rowsRead).toBe(original.rowsRead * 50 * copies);
  });
});
