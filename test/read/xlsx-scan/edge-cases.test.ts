/**
 * What the lean sheet scanner must read as Excel does, from workbooks written by hand the way
 * other producers write them (calamine's test corpus has each of these): prefixed SpreadsheetML,
 * rows and cells without `r`, empty rows, inline and shared rich text with phonetic runs, CDATA,
 * entities and `_xHHHH_` escapes, `t="d"`/`"b"`/`"e"`/`"str"` cells, formulas without a stored
 * result, a 1904 workbook flagged `true`, and date styles told apart from number styles.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import JSZip from 'jszip';
import { SharedStrings } from '../../../src/read/xlsx-scan/shared-strings.js';
import { SheetScanner } from '../../../src/read/xlsx-scan/sheet.js';
import { XmlDamaged } from '../../../src/read/xlsx-scan/xml-bytes.js';
import { isDateFormat } from '../../../src/read/xlsx-scan/parts.js';
import { openWorkbook, scanSheet } from '../../../src/read/xlsx-scan/index.js';
import { scanned, zipOf } from './read-both.js';

const ns = 'xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

async function workbook(sheet: string, { date1904 = 'true', strings = '', prefixed = true } = {}): Promise<Buffer> {
  const zip = new JSZip();
  const p = prefixed ? 'x:' : '';
  zip.file('xl/worksheets/sheet1.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<${p}worksheet ${ns}><${p}sheetData>${sheet}</${p}sheetData></${p}worksheet>`);
  zip.file('xl/workbook.xml', `<${p}workbook ${ns}><${p}workbookPr date1904="${date1904}"/><${p}sheets><${p}sheet name="Hồ sơ &amp; kết quả" sheetId="1" r:id="rId7"/></${p}sheets></${p}workbook>`);
  zip.file(
    'xl/_rels/workbook.xml.rels',
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId7" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/xl/worksheets/sheet1.xml"/><Relationship Id="rId8" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="strings.xml"/><Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>',
  );
  zip.file('xl/strings.xml', `<${p}sst ${ns} uniqueCount="3">${strings}</${p}sst>`);
  zip.file(
    'xl/styles.xml',
    `<${p}styleSheet ${ns}><${p}numFmts count="3"><${p}numFmt numFmtId="164" formatCode="DD/MM/YYYY"/><${p}numFmt numFmtId="165" formatCode="#,##0 &quot;ngày&quot;"/><${p}numFmt numFmtId="166" formatCode="[h]:mm:ss"/></${p}numFmts>` +
      `<${p}cellStyleXfs count="2"><${p}xf numFmtId="0"/><${p}xf numFmtId="14"/></${p}cellStyleXfs>` +
      `<${p}cellXfs count="6"><${p}xf numFmtId="0"/><${p}xf numFmtId="0" xfId="1"/><${p}xf numFmtId="164"/><${p}xf numFmtId="14"/><${p}xf numFmtId="165"/><${p}xf numFmtId="166"/></${p}cellXfs></${p}styleSheet>`,
  );
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

const utc = (y: number, m: number, d: number, h = 0) => new Date(Date.UTC(y, m - 1, d, h));

describe('the lean sheet scanner, on what other producers write', () => {
  it('reads each kind of cell as Excel shows it', async () => {
    const strings =
      '<x:si><x:t>plain &amp; simple</x:t></x:si>' +
      '<x:si><x:r><x:rPr><x:b/></x:rPr><x:t xml:space="preserve">Sở </x:t></x:r><x:r><x:t>Tư pháp</x:t></x:r><x:rPh sb="0" eb="1"><x:t>ソ</x:t></x:rPh></x:si>' +
      '<x:si><x:t>line_x000D_break _x005F_x0041_</x:t></x:si>';
    const sheet =
      // no r on the row nor on its cells: row 1, columns A, B, C …
      '<x:row><x:c t="s"><x:v>0</x:v></x:c><x:c t="s"><x:v>1</x:v></x:c><x:c t="s"><x:v>2</x:v></x:c></x:row>' +
      // an empty row, then one after a gap; cells without r continue from the last one
      '<x:row r="2"/><x:row r="5" spans="1:9"><x:c r="B5" t="inlineStr"><x:is><x:r><x:t>Đã </x:t></x:r><x:r><x:t>trả</x:t></x:r><x:rPh><x:t>x</x:t></x:rPh></x:is></x:c><x:c t="inlineStr"><x:is><x:t><![CDATA[a<b & c]]></x:t></x:is></x:c></x:row>' +
      // numbers and dates by style: General, a style whose cellStyleXfs parent is a date (still General), DD/MM/YYYY, built-in 14, a number format quoting "ngày", [h]:mm:ss
      '<x:row><x:c r="A6"><x:v>45292</x:v></x:c><x:c r="B6" s="1"><x:v>45292</x:v></x:c><x:c r="C6" s="2"><x:v>45292</x:v></x:c><x:c r="D6" s="3"><x:v>45292.5</x:v></x:c><x:c r="E6" s="4"><x:v>45292</x:v></x:c><x:c r="F6" s="5"><x:v>0.25</x:v></x:c><x:c r="G6"><x:v>1.5E-3</x:v></x:c><x:c r="H6"><x:v>-12</x:v></x:c></x:row>' +
      // t="d", "b", "e", "str" with a formula, a formula without a stored result, entities
      '<x:row r="7"><x:c r="A7" t="d"><x:v>2024-03-05T12:00:00Z</x:v></x:c><x:c r="B7" t="b"><x:v>1</x:v></x:c><x:c r="C7" t="b"><x:v>0</x:v></x:c><x:c r="D7" t="e"><x:v>#N/A</x:v></x:c>' +
      '<x:c r="E7" t="str"><x:f>A1&amp;"!"</x:f><x:v>Hồ sơ &lt;1&gt; &#x1EC7;&#7879;</x:v></x:c><x:c r="F7"><x:f>SUM(A1:A2)</x:f></x:c><x:c r="G7" s="2"/><x:c r="H7" t="str"><x:v>a_x000a_b</x:v></x:c></x:row>' +
      '<!-- a comment <x:row r="99"> --><x:row r="8"><x:c r="AA8"><x:v>1</x:v></x:c></x:row>';
    const bytes = await workbook(sheet, { strings });
    const { sheets, cells } = await scanned(bytes);
    expect(sheets).toEqual(['Hồ sơ & kết quả']);
    const at = (ref: string) => cells.get(`Hồ sơ & kết quả!${ref}`);
    expect([at('1:1'), at('1:2'), at('1:3')]).toEqual(['plain & simple', 'Sở Tư pháp', 'line\rbreak _x0041_']);
    expect([at('5:2'), at('5:3')]).toEqual(['Đã trả', 'a<b & c']);
    // 1904 system: serial 45292 is 2028-01-02, not 2024-01-01
    expect([at('6:1'), at('6:2'), at('6:3'), at('6:4'), at('6:5'), at('6:7'), at('6:8')]).toEqual([45292, 45292, utc(2028, 1, 2), utc(2028, 1, 2, 12), 45292, 0.0015, -12]);
    expect(at('6:6')).toEqual(new Date(Date.UTC(1904, 0, 1, 6)));
    expect([at('7:1'), at('7:2'), at('7:3'), at('7:4'), at('7:5'), at('7:8')]).toEqual([utc(2024, 3, 5, 12), true, false, { error: '#N/A' }, 'Hồ sơ <1> ệệ', 'a\nb']);
    expect(at('7:6')).toBeUndefined();
    expect(at('7:7')).toBeUndefined();
    expect(at('8:27')).toBe(1);
    expect(cells.has('Hồ sơ & kết quả!99:1')).toBe(false);
  });

  it('hands over every row element, empty ones included, numbered when the sheet does not say', async () => {
    const bytes = await workbook('<row/><row r="3"></row><row><c><v>1</v></c><c r="D4"><v>2</v></c><c><v>3</v></c></row><row r="10" hidden="1"/>', { prefixed: false, date1904: '0' });
    const book = (await openWorkbook(zipOf(bytes)))!;
    expect(book.date1904).toBe(false);
    const seen: string[] = [];
    await scanSheet(book, book.sheets[0]!, (row) => {
      seen.push(`${row.number}:${row.columns.slice(0, row.length).join(',')}`);
    });
    expect(seen).toEqual(['1:', '3:', '4:1,4,5', '10:']);
  });

  it('stops inflating when the reader has what it wants', async () => {
    const rows = Array.from({ length: 5000 }, (_, i) => `<row r="${i + 1}"><c><v>${i}</v></c></row>`).join('');
    const book = (await openWorkbook(zipOf(await workbook(rows, { prefixed: false }))))!;
    let n = 0;
    await scanSheet(book, book.sheets[0]!, () => ++n < 10);
    expect(n).toBe(10);
  });

  it('reads the same rows however the bytes are cut into chunks', () => {
    const xml = Buffer.from('<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Ủy ban &amp; Sở_x0041_</t></is></c><c r="B1"><v>12.5</v></c></row><!-- x --><row r="2"><c r="C2" t="str"><v><![CDATA[<&>]]></v></c></row></sheetData>');
    const read = (cuts: number[]) => {
      const out: string[] = [];
      const scanner = new SheetScanner(SharedStrings.none, false, new Uint8Array(0), (row) => {
        for (let i = 0; i < row.length; i++) out.push(`${row.number}:${row.columns[i]}=${row.text(i)}`);
      });
      let from = 0;
      for (const cut of [...cuts].sort((a, b) => a - b)) {
        scanner.feed(xml.subarray(from, cut));
        from = cut;
      }
      scanner.feed(xml.subarray(from));
      scanner.finish();
      return out;
    };
    const whole = read([]);
    expect(whole).toEqual(['1:1=Ủy ban & SởA', '1:2=12.5', '2:3=<&>']);
    fc.assert(fc.property(fc.uniqueArray(fc.integer({ min: 1, max: xml.length - 1 }), { maxLength: 12 }), (cuts) => {
      expect(read(cuts)).toEqual(whole);
    }));
  });

  it('refuses a part cut off inside a tag', () => {
    const scanner = new SheetScanner(SharedStrings.none, false, new Uint8Array(0), () => {});
    scanner.feed(Buffer.from('<sheetData><row r="1"><c r="A1"><v>1</v></c></row><row r="2"><c r="A'));
    expect(() => scanner.finish()).toThrow(XmlDamaged);
  });

  it('tells date formats from number formats as Excel does', () => {
    for (const code of ['dd/mm/yyyy', 'DD/MM/YYYY', 'yyyy-mm-dd hh:mm', '[$-42A]d mmmm yyyy', 'h:mm AM/PM', '[h]:mm:ss', 'mmm-yy', '[Red]dd/mm/yy']) expect(isDateFormat(code), code).toBe(true);
    for (const code of ['General', '#,##0', '0.00%', '#,##0 "ngày"', '"đ"#,##0', '[Red]#,##0;[Blue]-#,##0', '@', '0.00E+00', '#,##0\\d', '_-* #,##0_-']) expect(isDateFormat(code), code).toBe(false);
  });
});
