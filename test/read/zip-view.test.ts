/**
 * Issue 13, points 1 and 2: the limits and the readers see one zip. A directory that disagrees
 * with itself is refused; exceljs is given only the checked entries; zip64 sizes are read before
 * the ratio check; and a refusal on the streaming path leaves no work running behind it.
 */
import { closeSync, mkdtempSync, openSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { readXlsxBytes } from '../../src/read/xlsx.js';
import { readInputs } from '../../src/read/inputs.js';
import { checkZipDirectory, readLimits } from '../../src/read/limits.js';
import { canonicalZip, entryChunks, isZipDefect, listZip, ZipEntryError, type ZipDefect, type ZipListing } from '../../src/read/zip.js';
import { listZipFile } from '../../src/read/zip-file.js';
import { UnitDirectory } from '../../src/interpret/index.js';
import { windowOf } from '../../src/model/record-counts.js';
import { recordStreams } from '../../src/interpret/records/index.js';
import { centralEntries, deflatedPart, unzip, zipFiles, type DeflatedPart } from '../../scripts/zip-tools.mjs';

let base: Buffer;
let exportXlsx: Buffer;
const sheet = 'xl/worksheets/sheet1.xml';

beforeAll(async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Nhiệm vụ');
  ws.addRow(['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Thời hạn', 'Tình trạng']);
  ws.addRow([1, 'Rà soát văn bản', 'Sở Tư pháp', '30/06/2024', 'Hoàn thành']);
  base = Buffer.from(await wb.xlsx.writeBuffer());
  const ex = new ExcelJS.Workbook();
  const es = ex.addWorksheet('Hồ sơ');
  es.addRow(['Mã hồ sơ', 'Đơn vị', 'Thủ tục', 'Ngày tiếp nhận', 'Hạn xử lý', 'Ngày trả kết quả', 'Kênh nộp']);
  for (let i = 0; i < 50; i++) es.addRow([`HS${i}`, 'Sở Tư pháp', 'Cấp phiếu lý lịch tư pháp', '01/09/2024', '05/09/2024', '03/09/2024', 'Trực tuyến']);
  exportXlsx = Buffer.from(await ex.xlsx.writeBuffer());
});

type Parts = Map<string, Buffer | DeflatedPart>;
const parts = (bytes: Buffer) => unzip(bytes) as Parts;
const manyRows = (n: number) => Buffer.from(`<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${Array.from({ length: n }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}" t="inlineStr"><is><t>x</t></is></c></row>`).join('')}</sheetData></worksheet>`);

/** The end record rewritten to declare `count` entries. */
function declareCount(bytes: Buffer, count: number): Buffer {
  const out = Buffer.from(bytes);
  const eocd = out.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  out.writeUInt16LE(count, eocd + 8);
  out.writeUInt16LE(count, eocd + 10);
  return out;
}

function listed(bytes: Buffer): ZipListing {
  const zip = listZip(bytes);
  if (isZipDefect(zip)) throw new Error(zip.reason);
  return zip;
}

async function corrupt(bytes: Buffer, reason: RegExp) {
  const r = await readXlsxBytes('f.xlsx', bytes);
  expect(r.tables).toEqual([]);
  expect(r.issues).toEqual([expect.objectContaining({ code: 'file-corrupt', severity: 'error' })]);
  expect(r.issues[0]!.params).toMatchObject({ damage: 'directory', detail: expect.stringMatching(reason) });
}

describe('one view of the zip (point 1)', () => {
  it('refuses a directory entry past the count the end record declares, which JSZip would read and the limits would not', async () => {
    const files = parts(base);
    files.set('xl/worksheets/sheet2.xml', manyRows(readLimits.rowsPerSheet + 1));
    const all = zipFiles(files);
    const hidden = declareCount(all, files.size - 1);
    // The disagreement itself: JSZip reads every header that follows.
    expect(Object.keys((await JSZip.loadAsync(hidden)).files)).toContain('xl/worksheets/sheet2.xml');
    await corrupt(hidden, /more entries than the \d+ it declares/);
  });

  it('refuses fewer entries than declared', async () => {
    await corrupt(declareCount(base, centralEntries(base).length + 3), /fewer entries/);
  });

  it('refuses a part given twice (the last copy would win silently) and a name with a leading slash', async () => {
    const withCopy = parts(base);
    withCopy.set('xl/worksheets/sheetX.xml', manyRows(readLimits.rowsPerSheet + 1));
    const renamed = zipFiles(withCopy);
    const copy = centralEntries(renamed).find((e) => e.name === 'xl/worksheets/sheetX.xml')!;
    renamed.write(sheet, copy.at + 46, 'utf8');
    await corrupt(renamed, /is there twice/);

    const files = parts(base);
    files.set(`/${sheet}`, files.get(sheet)!);
    files.delete(sheet);
    await corrupt(zipFiles(files), /begins with a slash/);
  });

  it('scans every XML part, whatever its name: exceljs takes sheets by an unanchored match', async () => {
    const files = parts(base);
    files.set('extra/xl/worksheets/sheet7.xml', manyRows(readLimits.rowsPerSheet + 1));
    const r = await readXlsxBytes('f.xlsx', zipFiles(files));
    expect(r.issues).toEqual([expect.objectContaining({ code: 'file-too-large' })]);
    expect(r.issues[0]!.params).toMatchObject({ limit: 'rows', part: 'extra/xl/worksheets/sheet7.xml' });
  });

  it('gives exceljs a zip of the checked entries only: junk before, between and after the parts is gone', async () => {
    const junk = Buffer.from('PK\x03\x04 a local header the directory does not know');
    // The junk goes between the last part and the directory, whose offset moves past it.
    const eocd = base.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
    const cd = base.readUInt32LE(eocd + 16);
    const bytes = Buffer.concat([base.subarray(0, cd), junk, base.subarray(cd)]);
    bytes.writeUInt32LE(cd + junk.length, eocd + junk.length + 16);
    expect(bytes.includes(junk)).toBe(true);
    const zip = listed(bytes);
    const canonical = canonicalZip(zip);
    expect(centralEntries(canonical).map((e) => e.name)).toEqual(zip.names);
    expect(Object.keys((await JSZip.loadAsync(canonical)).files).sort()).toEqual([...zip.names].sort());
    // Every part as it was, byte for byte, and nothing else.
    const again = listed(canonical);
    for (const e of zip.entries) expect(again.data(again.entries.find((x) => x.name === e.name)!)).toEqual(zip.data(e));
    expect(canonical.includes(junk)).toBe(false);
    const r = await readXlsxBytes('f.xlsx', base);
    expect(r.issues).toEqual([]);
    expect(r.tables[0]!.rows).toHaveLength(2);
  });

  it('stops inflating an entry at its declared size and says so', async () => {
    const files = parts(base);
    files.set(sheet, { ...deflatedPart(manyRows(20_000)), size: 1000 });
    const zip = listed(zipFiles(files));
    const entry = zip.entries.find((e) => e.name === sheet)!;
    let seen = 0;
    const read = async () => {
      for await (const chunk of entryChunks(zip, entry)) seen += chunk.length;
    };
    await expect(read()).rejects.toThrow(ZipEntryError);
    expect(seen).toBeLessThanOrEqual(1000);
  });
});

describe('zip64 sizes and refusals that stop the work (point 2)', () => {
  it('reads zip64 sizes from the extra field before the ratio check, and says the true size', async () => {
    const files = parts(base);
    files.set(sheet, { deflated: Buffer.alloc(3000, 0xff), crc: 0, size: 12 * 1024 ** 3, zip64: true });
    const bytes = zipFiles(files);
    const zip = listed(bytes);
    expect(zip.entries.find((e) => e.name === sheet)!.uncompressedSize).toBe(12 * 1024 ** 3);
    expect(checkZipDirectory('f.xlsx', zip)?.params).toMatchObject({ limit: 'zip-bomb', unpacked: 12 * 1024 ** 3 });
  });

  it('refuses a zip64 marker without zip64 values', async () => {
    const bytes = Buffer.from(base);
    const e = centralEntries(bytes).find((x) => x.name === sheet)!;
    bytes.writeUInt32LE(0xffffffff, e.at + 24);
    await corrupt(bytes, /zip64/);
  });

  it('leaves no inflation running after a record export whose sheet lies about its size is refused', async () => {
    const files = parts(exportXlsx);
    // Declares 1 MB; holds 50 MB.
    const sheetXml = Buffer.concat([files.get(sheet) as Buffer, Buffer.alloc(50 * 1024 * 1024, 0x20)]);
    files.set(sheet, { ...deflatedPart(sheetXml, 1), size: 1024 * 1024 });
    const dir = mkdtempSync(path.join(tmpdir(), 'zip-view-'));
    const file = path.join(dir, 'export.xlsx');
    writeFileSync(file, zipFiles(files));
    const start = process.cpuUsage();
    const r = await readInputs([file], undefined, recordStreams({ window: windowOf('2024-09-30', null), units: new UnitDirectory([]), unitConfig: [], parallelMinBytes: 0 }));
    expect(r.streamed).toEqual([]);
    expect(r.issues).toEqual([expect.objectContaining({ code: 'file-too-large' })]);
    expect(r.issues[0]!.params).toMatchObject({ limit: 'part-overflow', declared: 1024 * 1024 });
    const during = process.cpuUsage(start);
    await new Promise((resolve) => setTimeout(resolve, 700));
    const after = process.cpuUsage(start);
    // Nothing keeps inflating the 50 MB in the background once the answer is given.
    expect((after.user - during.user) / 1000).toBeLessThan(150);
    expect(during.user / 1000).toBeLessThan(3000);
  });
});

describe('a workbook on disk is read in place (issue 17)', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'zip-file-'));
  let n = 0;
  /** The listing of `bytes` from a file, and what `use` makes of it while the file is open. */
  async function fromFile<T>(bytes: Buffer, use: (zip: ZipListing | ZipDefect) => Promise<T>): Promise<T> {
    const file = path.join(dir, `${n++}.xlsx`);
    writeFileSync(file, bytes);
    const fd = openSync(file, 'r');
    try {
      return await use(listZipFile(fd, statSync(file).size));
    } finally {
      closeSync(fd);
    }
  }
  const contents = async (zip: ZipListing) => {
    const out: Record<string, string> = {};
    for (const e of zip.entries) {
      const chunks: Buffer[] = [];
      for await (const c of entryChunks(zip, e)) chunks.push(c);
      out[e.name] = Buffer.concat(chunks).toString('latin1');
    }
    return out;
  };

  it('lists the same entries and inflates the same parts as from memory, stored parts and a comment after the directory included', async () => {
    const jszip = await JSZip.loadAsync(exportXlsx);
    // Past several chunks of the read stream, stored as it is.
    const noise = Buffer.from(Array.from({ length: 300_000 }, (_, i) => (i * 2654435761) >>> 24));
    jszip.file('xl/media/stored.bin', noise, { compression: 'STORE' });
    jszip.file('xl/worksheets/sheet9.xml', manyRows(30_000), { compression: 'DEFLATE' });
    const withComment = Buffer.from(await jszip.generateAsync({ type: 'nodebuffer', comment: 'a comment after the directory' }));
    const memory = listed(withComment);
    const [entries, inflated] = await fromFile(withComment, async (zip) => {
      if (isZipDefect(zip)) throw new Error(zip.reason);
      return [zip.entries, await contents(zip)] as const;
    });
    expect(entries).toEqual(memory.entries);
    expect(inflated).toEqual(await contents(memory));
  });

  it('refuses the same directories for the same reasons', async () => {
    const twice = parts(base);
    twice.set('xl/worksheets/sheetX.xml', manyRows(3));
    const renamed = zipFiles(twice);
    renamed.write(sheet, centralEntries(renamed).find((e) => e.name === 'xl/worksheets/sheetX.xml')!.at + 46, 'utf8');
    const zip64Marker = Buffer.from(base);
    zip64Marker.writeUInt32LE(0xffffffff, centralEntries(zip64Marker).find((x) => x.name === sheet)!.at + 24);
    const hidden = parts(base);
    hidden.set('xl/worksheets/sheet2.xml', manyRows(3));
    const all = zipFiles(hidden);
    const cases = [renamed, zip64Marker, declareCount(all, hidden.size - 1), declareCount(base, centralEntries(base).length + 3), base.subarray(0, base.length - 30), base.subarray(0, 4000)];
    for (const bytes of cases) {
      const memory = listZip(bytes);
      expect(isZipDefect(memory)).toBe(true);
      expect(await fromFile(bytes, async (zip) => zip)).toEqual(memory);
    }
  });

  it('reads zip64 sizes from a file as from memory', async () => {
    const files = parts(base);
    files.set(sheet, { deflated: Buffer.alloc(3000, 0xff), crc: 0, size: 12 * 1024 ** 3, zip64: true });
    const bytes = zipFiles(files);
    const entries = await fromFile(bytes, async (zip) => (isZipDefect(zip) ? zip : zip.entries));
    expect(entries).toEqual(listed(bytes).entries);
  });

  it('stops reading and inflating a part that passes its declared size, and a file cut short inside a part is damaged, not trusted', async () => {
    const files = parts(base);
    files.set(sheet, { ...deflatedPart(manyRows(20_000)), size: 1000 });
    const bytes = zipFiles(files);
    await fromFile(bytes, async (zip) => {
      if (isZipDefect(zip)) throw new Error(zip.reason);
      let seen = 0;
      const read = async () => {
        for await (const chunk of entryChunks(zip, zip.entries.find((e) => e.name === sheet)!)) seen += chunk.length;
      };
      await expect(read()).rejects.toThrow(ZipEntryError);
      expect(seen).toBeLessThanOrEqual(1000);
    });
    // The listing is taken, then the file loses the end of the sheet's data (a copy still being written).
    const whole = zipFiles(parts(exportXlsx));
    const entry = listed(whole).entries.find((e) => e.name === sheet)!;
    const file = path.join(dir, 'cut.xlsx');
    writeFileSync(file, whole);
    const fd = openSync(file, 'r');
    try {
      const zip = listZipFile(fd, statSync(file).size);
      if (isZipDefect(zip)) throw new Error(zip.reason);
      writeFileSync(file, whole.subarray(0, entry.dataOffset + Math.floor(entry.compressedSize / 2)));
      const read = async () => {
        for await (const chunk of entryChunks(zip, zip.entries.find((e) => e.name === sheet)!)) void chunk;
      };
      await expect(read()).rejects.toThrow(ZipEntryError);
    } finally {
      closeSync(fd);
    }
  });
});
