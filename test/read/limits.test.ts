/**
 * Limits (src/read/limits.ts): zip bombs refused from their directory, parts that lie about
 * their size refused as they overflow, and everything exceljs would expand into millions of
 * objects refused before it is loaded — each with one `file-too-large` issue that says what to do.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { readXlsxBytes } from '../../src/read/xlsx.js';
import { readCsvBytes } from '../../src/read/csv.js';
import { checkZipContent, checkZipDirectory, limitFromLoadError, rangeArea, readLimits } from '../../src/read/limits.js';
import { isZipDefect, listZip, type ZipListing } from '../../src/read/zip.js';
import { interpret, UnitDirectory } from '../../src/interpret/index.js';
import { expectRowsAccounted } from '../helpers/accounting.js';
import { centralEntries, deflatedPart, rezip, unzip, zipFiles } from '../../scripts/zip-tools.mjs';

let base: Buffer;

function listed(bytes: Buffer): ZipListing {
  const zip = listZip(bytes);
  if (isZipDefect(zip)) throw new Error(zip.reason);
  return zip;
}

beforeAll(async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Nhiệm vụ');
  ws.addRow(['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Thời hạn', 'Tình trạng']);
  ws.addRow([1, 'Rà soát văn bản', 'Sở Tư pháp', '30/06/2024', 'Hoàn thành']);
  ws.addRow([2, 'Công bố TTHC', 'Sở Nội vụ', '30/09/2024', 'Đang thực hiện']);
  base = Buffer.from(await wb.xlsx.writeBuffer());
});

const sheet = 'xl/worksheets/sheet1.xml';
/** The base workbook with its first sheet's XML edited. */
const withSheet = (edit: (xml: string) => string) => rezip(base, (zip) => zip.set(sheet, edit(zip.text(sheet)!)));
const afterSheetData = (xml: string, tail: string) => xml.replace(/<mergeCells[\s\S]*?<\/mergeCells>/, '').replace('</sheetData>', `</sheetData>${tail}`);

async function refusal(bytes: Buffer) {
  const r = await readXlsxBytes('f.xlsx', bytes);
  expect(r.tables).toEqual([]);
  expect(r.issues).toHaveLength(1);
  expect(r.issues[0]).toMatchObject({ severity: 'error', code: 'file-too-large', file: 'f.xlsx' });
  expect(r.issues[0]!.hint).toBeTruthy();
  return r.issues[0]!;
}

describe('zip bombs', () => {
  it('are refused from the sizes their directory declares, without inflating them', async () => {
    // The data is not even deflate: inflating it would fail as "damaged", not as too large.
    const files = unzip(base) as Map<string, Buffer | ReturnType<typeof deflatedPart>>;
    files.set(sheet, { deflated: Buffer.alloc(100, 0xff), crc: 0, size: 500 * 1024 * 1024 });
    const bytes = zipFiles(files);
    const issue = await refusal(bytes);
    expect(issue.params).toMatchObject({ limit: 'zip-bomb', part: sheet, unpacked: 500 * 1024 * 1024 });
    expect(checkZipDirectory('f.xlsx', listed(bytes))).toMatchObject({ code: 'file-too-large' });
  });

  it('are refused when real: 200 MB of spaces in a 200 kB part', async () => {
    const bomb = deflatedPart(Buffer.alloc(200 * 1024 * 1024, 0x20), 9);
    expect(bomb.deflated.length).toBeLessThan(1024 * 1024);
    const issue = await refusal(await rezip(base, (zip) => zip.set('xl/sharedStrings.xml', bomb)));
    expect(issue.params).toMatchObject({ limit: 'zip-bomb', part: 'xl/sharedStrings.xml', unpacked: 200 * 1024 * 1024 });
  });

  it('are refused when a part holds more than its directory claims, as soon as it overflows', async () => {
    const big = Buffer.from(`<worksheet>${'<row/>'.repeat(100_000)}</worksheet>`);
    const files = unzip(base) as Map<string, Buffer | ReturnType<typeof deflatedPart>>;
    files.set(sheet, { ...deflatedPart(big), size: 1000 });
    const issue = await refusal(zipFiles(files));
    expect(issue.params).toEqual({ limit: 'part-overflow', part: sheet, declared: 1000 });
  });

  it('refuse a workbook with a part that cannot be inflated as damaged, before exceljs sees it', async () => {
    const bytes = Buffer.from(base);
    const rels = centralEntries(bytes).find((e) => e.name === 'xl/_rels/workbook.xml.rels')!;
    for (let i = 0; i < rels.compressedSize; i += 7) bytes[rels.dataStart + i]! ^= 0x5a;
    expect(await checkZipContent('f.xlsx', listed(bytes))).toBe('damaged');
    const r = await readXlsxBytes('f.xlsx', bytes);
    expect(r.issues).toEqual([expect.objectContaining({ code: 'file-corrupt', severity: 'error' })]);
  });

  it('keep every size honest in a workbook as Excel writes it', async () => {
    expect(checkZipDirectory('f.xlsx', listed(base))).toBeNull();
    expect(await checkZipContent('f.xlsx', listed(base))).toBeNull();
    const r = await readXlsxBytes('f.xlsx', base);
    expect(r.issues).toEqual([]);
    expect(r.tables[0]!.rows).toHaveLength(3);
    expect(centralEntries(base).length).toBe(listed(base).entries.length);
  });

  it('are refused when the unpacked sheets exceed what is read at once', async () => {
    const files = unzip(base) as Map<string, Buffer | ReturnType<typeof deflatedPart>>;
    // 30 MB at a ratio exceljs's own files reach: not a bomb, just too much to hold in memory.
    files.set(sheet, { deflated: Buffer.alloc(3 * 1024 * 1024), crc: 0, size: 30 * 1024 * 1024 });
    const issue = await refusal(zipFiles(files));
    expect(issue.params).toMatchObject({ limit: 'xml-bytes', max: 24 * 1024 * 1024 });
    expect((issue.params as { bytes: number }).bytes).toBeGreaterThanOrEqual(30 * 1024 * 1024);
  });
});

describe('what exceljs would expand on load', () => {
  it('refuses more merged ranges than exceljs can check against each other in time', async () => {
    const n = readLimits.mergesPerSheet + 1;
    const merges = Array.from({ length: n }, (_, i) => `<mergeCell ref="F${i + 2}:G${i + 2}"/>`).join('');
    const issue = await refusal(await withSheet((xml) => afterSheetData(xml, `<mergeCells count="${n}">${merges}</mergeCells>`)));
    expect(issue.params).toMatchObject({ limit: 'merges', count: n });
  });

  it.each(['A2:XFD1048576', 'E2:E1048576'])('refuses a merge over %s', async (ref) => {
    const issue = await refusal(await withSheet((xml) => afterSheetData(xml, `<mergeCells count="1"><mergeCell ref="${ref}"/></mergeCells>`)));
    expect(issue.params).toMatchObject({ limit: 'expanded-cells' });
  });

  it('refuses a column declared past Excel\'s last one', async () => {
    const issue = await refusal(await withSheet((xml) => xml.replace(/<cols>[\s\S]*?<\/cols>|(?=<sheetData)/, '<cols><col min="1" max="100000000" width="9"/></cols>')));
    expect(issue.params).toMatchObject({ limit: 'columns', count: 100_000_000 });
  });

  it('refuses a row or a cell numbered past Excel\'s last row (fuzz seed 1301 input 8090: 5 KB, a minute of exceljs), and reads the last row itself', async () => {
    const row = await refusal(await withSheet((xml) => xml.replace('</sheetData>', '<row r="957659477"><c r="A9" t="n"><v>3</v></c></row></sheetData>')));
    expect(row.params).toMatchObject({ limit: 'row-number', count: 957_659_477, max: 1_048_576 });
    const cell = await refusal(await withSheet((xml) => xml.replace('</sheetData>', '<row r="40"><c r="B2000000" t="n"><v>3</v></c></row></sheetData>')));
    expect(cell.params).toMatchObject({ limit: 'row-number', count: 2_000_000 });
    const last = await withSheet((xml) => xml.replace('</sheetData>', '<row r="1048576"><c r="XFD1048576" t="n"><v>3</v></c></row></sheetData>'));
    expect(await checkZipContent('f.xlsx', listed(last))).toBeNull();
  });

  it('refuses a defined name over the whole sheet', async () => {
    const bytes = await rezip(base, (zip) => {
      const xml = zip.text('xl/workbook.xml')!.replace(/<definedNames>[\s\S]*?<\/definedNames>/, '');
      zip.set('xl/workbook.xml', xml.replace('</sheets>', `</sheets><definedNames><definedName name="_xlnm.Print_Area" localSheetId="0">'Nhiệm vụ'!$A$1:$XFD$1048576</definedName></definedNames>`));
    });
    await refusal(bytes);
  });

  it('refuses a sheet of more rows than are read, counting empty formatted ones (a streaming reader may take them)', async () => {
    const rows = Array.from({ length: readLimits.rowsPerSheet + 1 }, (_, i) => `<row r="${i + 4}"/>`).join('');
    const bytes = await withSheet((xml) => xml.replace('</sheetData>', `${rows}</sheetData>`));
    expect(await checkZipContent('f.xlsx', listed(bytes), { forStreaming: true })).toBeNull();
    const issue = await refusal(bytes);
    // The three rows of the table, and the empty ones below it.
    expect(issue.params).toMatchObject({ limit: 'rows', count: readLimits.rowsPerSheet + 1 + 3 });
  });

  it('reads a sheet whose dropdown covers whole columns (its validation is not expanded cell by cell)', async () => {
    const validation = '<dataValidations count="1"><dataValidation type="list" allowBlank="1" sqref="A2:XFD1048576"><formula1>"Hoàn thành,Đang thực hiện"</formula1></dataValidation></dataValidations>';
    const r = await readXlsxBytes('f.xlsx', await withSheet((xml) => afterSheetData(xml, validation)));
    expect(r.issues).toEqual([]);
    const result = interpret(r.tables, { lenient: false, units: new UnitDirectory([]) });
    expect(expectRowsAccounted(r.tables, result)[0]).toMatchObject({ read: 3, counted: 2 });
  });

  it('refuses a cell past the last column as damaged (exceljs refuses it on load)', async () => {
    const r = await readXlsxBytes('f.xlsx', await withSheet((xml) => xml.replace('</sheetData>', '<row r="9"><c r="XFE9"><v>1</v></c></row></sheetData>')));
    expect(r.issues).toEqual([expect.objectContaining({ code: 'file-corrupt', severity: 'error' })]);
  });

  it('refuses a cell longer than a cell can be, naming it', async () => {
    const long = 'x'.repeat(readLimits.cellChars + 1);
    const issue = await refusal(await withSheet((xml) => xml.replace('</sheetData>', `<row r="9"><c r="B9" t="inlineStr"><is><t>${long}</t></is></c></row></sheetData>`)));
    expect(issue).toMatchObject({ sheet: 'Nhiệm vụ', row: 9, column: 'B' });
    expect(issue.params).toEqual({ limit: 'cell-chars', count: 32_768, max: readLimits.cellChars });
  });

  it('maps exceljs\'s own limits to a refusal, and nothing else', () => {
    expect(limitFromLoadError('f.xlsx', new Error('Max row count (200000) exceeded'))).toMatchObject({ code: 'file-too-large' });
    expect(limitFromLoadError('f.xlsx', new Error('Max column count (16384) exceeded'))).toMatchObject({ code: 'file-too-large' });
    expect(limitFromLoadError('f.xlsx', new Error('invalid signature'))).toBeNull();
  });

  it('measures ranges as exceljs expands them', () => {
    expect(rangeArea('A1:C3')).toBe(9);
    expect(rangeArea('$A$1:$XFD$1048576')).toBe(16_384 * 1_048_576);
    expect(rangeArea('C3:A1')).toBe(9);
    expect(rangeArea('B7')).toBe(1);
    expect(rangeArea('garbage')).toBe(1);
  });
});

describe('CSV', () => {
  const header = 'STT,Nhiệm vụ,Đơn vị chủ trì,Tình trạng\n';

  it('refuses a field longer than a cell can be, naming the cell', () => {
    const r = readCsvBytes('t.csv', Buffer.from(`${header}1,"${'a'.repeat(readLimits.cellChars + 1)}",Sở Nội vụ,Hoàn thành\n`));
    expect(r.table).toBeNull();
    expect(r.issues).toEqual([expect.objectContaining({ code: 'file-too-large', row: 2, column: 'B' })]);
  });

  it('refuses a line wider than a sheet', () => {
    const r = readCsvBytes('t.csv', Buffer.from(`${Array.from({ length: readLimits.columns + 1 }, (_, i) => `c${i}`).join(',')}\n`));
    expect(r.issues).toEqual([expect.objectContaining({ code: 'file-too-large', row: 1 })]);
  });

  it('refuses more bytes than are split in memory, before decoding them', () => {
    const r = readCsvBytes('t.csv', Buffer.alloc(readLimits.csvBytes + 1, 0x41));
    expect(r.issues).toEqual([expect.objectContaining({ code: 'file-too-large', params: { limit: 'csv-bytes', bytes: readLimits.csvBytes + 1, max: 32 * 1024 * 1024 } })]);
  });

  it('refuses more lines than are read at once, before splitting them', () => {
    const r = readCsvBytes('t.csv', Buffer.from(`${header}1,A,Sở Nội vụ,Hoàn thành\n${'\n'.repeat(readLimits.csvLines)}`));
    expect(r.table).toBeNull();
    expect(r.issues).toEqual([expect.objectContaining({ code: 'file-too-large' })]);
    expect(r.issues[0]!.params).toMatchObject({ limit: 'csv-lines', max: 100_000 });
  });

  it('stops an unclosed quote from swallowing a large file, and names the line where it opens', () => {
    const body = Array.from({ length: 60_000 }, (_, i) => `${i + 2},Nhiệm vụ ${'x'.repeat(60)},Sở Nội vụ,Hoàn thành`).join('\n');
    const r = readCsvBytes('t.csv', Buffer.from(`${header}1,"Mở ngoặc không đóng,Sở Nội vụ,Hoàn thành\n${body}\n`));
    expect(r.table).toBeNull();
    expect(r.issues).toEqual([expect.objectContaining({ code: 'csv-malformed', row: 2, column: 'B' })]);
  });

  it('reads a file within every limit as before', () => {
    const r = readCsvBytes('t.csv', Buffer.from(`${header}1,A,Sở Nội vụ,Hoàn thành\n`));
    expect(r.issues.filter((i) => i.severity === 'error')).toEqual([]);
    const result = interpret([r.table!], { lenient: false, units: new UnitDirectory([]) });
    expect(expectRowsAccounted([r.table!], result)[0]).toMatchObject({ read: 2, counted: 1, recognised: 1 });
  });
});
