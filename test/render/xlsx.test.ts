import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { renderXlsx } from '../../src/render/xlsx/index.js';
import { sampleSummary } from './sample.js';

async function load(bytes: Uint8Array) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  return wb;
}

/** Every cell of a sheet as `A1 → value` (formulas as { formula, result }). */
function cells(ws: ExcelJS.Worksheet): Map<string, unknown> {
  const out = new Map<string, unknown>();
  ws.eachRow((row) => row.eachCell((cell) => out.set(cell.address, cell.value)));
  return out;
}

function find(ws: ExcelJS.Worksheet, text: string): ExcelJS.Cell {
  let found: ExcelJS.Cell | undefined;
  ws.eachRow((row) => row.eachCell((cell) => {
    if (!found && cell.value === text) found = cell;
  }));
  if (!found) throw new Error(`no cell "${text}" on ${ws.name}`);
  return found;
}

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' });

describe('the workbook (SPEC §4.2)', async () => {
  const bytes = await renderXlsx(sampleSummary({ comparison: true }), { lang: 'vi' });
  const wb = await load(bytes);
  const zip = await JSZip.loadAsync(bytes);

  it('has the sheets of the report language, in order, the summary first', () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Tổng hợp', 'Theo đơn vị', 'Nhiệm vụ', 'Chưa hoàn thành', 'Chỉ tiêu', 'Hồ sơ TTHC', 'Phản ánh kiến nghị', 'Kiểm tra dữ liệu']);
  });

  it('names the sheets in English under --lang en', async () => {
    const en = await load(await renderXlsx(sampleSummary(), { lang: 'en' }));
    expect(en.worksheets.map((w) => w.name)).toEqual(['Summary', 'By unit', 'Tasks', 'Unfinished', 'Indicators', 'Dossiers', 'Feedback', 'Data checks']);
  });

  it('leaves out the sheets of sections that had no table', async () => {
    const s = sampleSummary();
    s.dossiers = null;
    s.feedback = null;
    const w = await load(await renderXlsx(s, { lang: 'vi' }));
    expect(w.worksheets.map((x) => x.name)).not.toContain('Hồ sơ TTHC');
    expect(w.worksheets.map((x) => x.name)).not.toContain('Phản ánh kiến nghị');
  });

  it('heads the summary sheet like an administrative document (Decree 30/2020)', () => {
    const ws = wb.getWorksheet('Tổng hợp')!;
    expect(ws.getCell('A1').value).toBe('UBND TỈNH TÂY NINH');
    const texts = [...cells(ws).values()].filter((v) => typeof v === 'string');
    expect(texts).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(texts).toContain('Độc lập - Tự do - Hạnh phúc');
    // Dated by the report's date; the place comes from the organisation.
    expect(texts).toContain('Tây Ninh, ngày 25 tháng 10 năm 2024');
    expect(texts).toContain('BÁO CÁO TÌNH HÌNH THỰC HIỆN NHIỆM VỤ CHUYỂN ĐỔI SỐ, CẢI CÁCH HÀNH CHÍNH');
  });

  it('computes the headline figures with formulas over the list sheets, values cached', () => {
    const ws = wb.getWorksheet('Tổng hợp')!;
    const row = (label: string) => find(ws, label).row;
    const total = ws.getCell(`B${row('Tổng số nhiệm vụ')}`).value as ExcelJS.CellFormulaValue;
    expect(total.formula).toMatch(/^'Theo đơn vị'!C\d+$/);
    expect(total.result).toBe(4);
    const rate = ws.getCell(`B${row('Tỷ lệ hoàn thành')}`);
    expect((rate.value as ExcelJS.CellFormulaValue).formula).toBe(`IF(B${row('Tổng số nhiệm vụ')}=0,"N/A",B${row('Đã hoàn thành')}/B${row('Tổng số nhiệm vụ')})`);
    expect((rate.value as ExcelJS.CellFormulaValue).result).toBe(0.75);
    expect(rate.numFmt).toBe('0.0%');
    const met = ws.getCell(`B${row('Chỉ tiêu đạt')}`).value as ExcelJS.CellFormulaValue;
    expect(met.formula).toMatch(/^COUNTIF\('Chỉ tiêu'!\$G\$\d+:\$G\$\d+,"Đạt"\)$/);
    expect(met.result).toBe(2);
    const received = ws.getCell(`B${row('Hồ sơ tiếp nhận')}`).value as ExcelJS.CellFormulaValue;
    expect(received.formula).toMatch(/^'Hồ sơ TTHC'!B\d+$/);
    expect(received.result).toBe(270497);
    expect(ws.getCell(`B${row('Hồ sơ tiếp nhận')}`).numFmt).toBe('#,##0');
    expect((ws.getCell(`B${row('Phản ánh, kiến nghị tiếp nhận')}`).value as ExcelJS.CellFormulaValue).result).toBe(306);
  });

  it('shows the previous snapshot and the change beside each figure', () => {
    const ws = wb.getWorksheet('Tổng hợp')!;
    expect(ws.getCell('C8').value).toBe('Kỳ trước (18/10/2024)');
    const r = find(ws, 'Đã hoàn thành').row;
    expect(ws.getCell(`C${r}`).value).toBe(1);
    const change = ws.getCell(`D${r}`);
    expect(change.value).toEqual({ formula: `IF(AND(ISNUMBER(B${r}),ISNUMBER(C${r})),B${r}-C${r},"")`, result: 2 });
    expect(change.numFmt).toBe('+#,##0;-#,##0;0');
    const texts = [...cells(ws).values()].filter((v) => typeof v === 'string') as string[];
    expect(texts).toContain('Nhiệm vụ mới hoàn thành so với 18/10/2024 (2):');
    expect(texts).toContain('- Số hóa hồ sơ TTHC (Văn phòng UBND tỉnh)');
    expect(texts).toContain('- Sở Tư pháp: 0% → 100%');
  });

  it('ranks the units by completion, then by overdue count, with rates as formulas and a total row', () => {
    const ws = wb.getWorksheet('Theo đơn vị')!;
    const header = find(ws, 'Xếp hạng').row;
    const units = [1, 2, 3].map((i) => ws.getCell(`B${header + i}`).value);
    expect(units).toEqual(['Sở Tư pháp', 'Văn phòng UBND tỉnh', 'Sở Nội vụ']);
    const first = header + 1;
    expect(ws.getCell(`G${first}`).value).toEqual({ formula: `IF(C${first}=0,"N/A",D${first}/C${first})`, result: 1 });
    const total = header + 4;
    expect(ws.getCell(`A${total}`).value).toBe('Tổng cộng');
    expect(ws.getCell(`C${total}`).value).toEqual({ formula: `SUM(C${first}:C${header + 3})`, result: 4 });
    expect(ws.getCell(`G${total}`).value).toEqual({ formula: `IF(C${total}=0,"N/A",D${total}/C${total})`, result: 0.75 });
    expect(ws.getCell(`C${first}`).numFmt).toBe('#,##0');
    expect(ws.getCell(`G${first}`).numFmt).toBe('0.0%');
  });

  it('colours rates by conditional formatting with the configured thresholds', async () => {
    const w = await load(await renderXlsx(sampleSummary(), { lang: 'vi', thresholds: { good: 0.95, warn: 0.8 } }));
    const ws = w.getWorksheet('Theo đơn vị')!;
    const cf = (ws as unknown as { conditionalFormattings: { ref: string; rules: { type: string; formulae: string[] }[] }[] }).conditionalFormattings;
    const header = find(ws, 'Xếp hạng').row;
    const rates = cf.find((c) => c.ref === `G${header + 1}:G${header + 4}`)!;
    expect(rates.rules.map((r) => r.formulae[0])).toEqual([`AND(ISNUMBER(G${header + 1}),G${header + 1}>=0.95)`, `AND(ISNUMBER(G${header + 1}),G${header + 1}>=0.8)`, `ISNUMBER(G${header + 1})`]);
  });

  it('fills fixed statuses: done green, overdue red, and marks overdue days', () => {
    const ws = wb.getWorksheet('Nhiệm vụ')!;
    const status = (text: string) => (find(ws, text).fill as ExcelJS.FillPattern).fgColor?.argb;
    expect(status('Hoàn thành')).toBe('FFC6EFCE');
    expect(status('Đang thực hiện')).toBe('FFFFC7CE');
    expect(status('Dừng thực hiện')).toBe('FFF2F2F2');
    const days = find(ws, 25 as unknown as string);
    expect(days.font.color?.argb).toBe('FFC00000');
  });

  it('writes deadlines as dates shown dd/mm/yyyy', () => {
    const ws = wb.getWorksheet('Nhiệm vụ')!;
    const header = find(ws, 'Thời hạn');
    const cell = ws.getCell(header.row + 1, Number(header.col));
    expect(cell.value).toEqual(new Date('2024-09-30T00:00:00Z'));
    expect(cell.numFmt).toBe('dd/mm/yyyy');
  });

  it('freezes the header, filters the lists and prints on A4 landscape with the header row repeated and page numbers', () => {
    for (const name of ['Theo đơn vị', 'Nhiệm vụ', 'Chưa hoàn thành', 'Chỉ tiêu', 'Hồ sơ TTHC', 'Phản ánh kiến nghị', 'Kiểm tra dữ liệu']) {
      const ws = wb.getWorksheet(name)!;
      const view = ws.views[0] as ExcelJS.WorksheetViewFrozen;
      expect(view.state, name).toBe('frozen');
      expect(ws.autoFilter, name).toMatch(new RegExp(`^A${view.ySplit}:[A-Z]+\\d+$`));
      expect(ws.pageSetup, name).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: `${view.ySplit}:${view.ySplit}` });
      expect(ws.headerFooter.oddFooter, name).toContain('Trang &P/&N');
    }
    const summary = wb.getWorksheet('Tổng hợp')!;
    expect(summary.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToWidth: 1, fitToHeight: 1 });
  });

  it('uses Times New Roman, also as the workbook default for cells typed later', async () => {
    const fonts = new Set<string>();
    for (const ws of wb.worksheets) ws.eachRow((row) => row.eachCell((cell) => fonts.add(cell.font?.name ?? '(default)')));
    expect([...fonts]).toEqual(['Times New Roman']);
    const styles = await zip.file('xl/styles.xml')!.async('string');
    expect(/<fonts\b[^>]*><font>([\s\S]*?)<\/font>/.exec(styles)![1]).toContain('<name val="Times New Roman"/>');
  });

  it('sums the dossier levels with formulas and shows an online payment column no form reports as —, never 0', () => {
    const ws = wb.getWorksheet('Hồ sơ TTHC')!;
    const header = find(ws, 'Cấp').row;
    expect(ws.getCell(`A${header + 1}`).value).toBe('Cấp tỉnh');
    expect(ws.getCell(`B${header + 4}`).value).toEqual({ formula: `SUM(B${header + 1}:B${header + 3})`, result: 270497 });
    const paid = find(ws, 'Thanh toán trực tuyến');
    for (let r = Number(header) + 1; r <= Number(header) + 4; r++) expect(ws.getCell(r, Number(paid.col)).value).toBe('—');
    const onTime = find(ws, 'Tỷ lệ đúng hạn');
    expect((ws.getCell(header + 4, Number(onTime.col)).value as ExcelJS.CellFormulaValue).result).toBeCloseTo(256540 / 260103, 12);
  });

  it('lists every issue with its location and hint, and under --lenient the invalid rows', async () => {
    const s = sampleSummary();
    s.tasks!.items.push({ ...s.tasks!.items[1]!, id: 'T9', title: 'Dòng lỗi', status: 'invalid', statusText: 'Xong rồi', row: 14 });
    const ws = (await load(await renderXlsx(s, { lang: 'vi' }))).getWorksheet('Kiểm tra dữ liệu')!;
    const texts = [...cells(ws).values()];
    expect(texts).toContain('so-tu-phap.xlsx:DM');
    expect(texts).toContain('rename the headers');
    expect(texts).toContain('so-noi-vu.xlsx:Nhiệm vụ!14:14');
    expect(texts).toContain('Xong rồi');
  });

  describe('the native bar chart of completion by unit', async () => {
    const chartXml = await zip.file('xl/charts/chart1.xml')?.async('string');
    const drawingXml = await zip.file('xl/drawings/drawing1.xml')?.async('string');

    it('is a well-formed chart part referring to the league table, with cached values', () => {
      expect(chartXml).toBeDefined();
      expect(XMLValidator.validate(chartXml!)).toBe(true);
      const chart = parser.parse(chartXml!)['c:chartSpace']['c:chart'];
      const bar = chart['c:plotArea']['c:barChart'];
      expect(bar['c:barDir'].val).toBe('bar');
      const ser = bar['c:ser'];
      expect(ser['c:cat']['c:strRef']['c:f']).toMatch(/^'Theo đơn vị'!\$B\$\d+:\$B\$\d+$/);
      expect(ser['c:val']['c:numRef']['c:f']).toMatch(/^'Theo đơn vị'!\$G\$\d+:\$G\$\d+$/);
      expect(ser['c:cat']['c:strRef']['c:strCache']['c:pt'].map((p: { 'c:v': string }) => p['c:v'])).toEqual(['Sở Tư pháp', 'Văn phòng UBND tỉnh', 'Sở Nội vụ']);
      expect(ser['c:val']['c:numRef']['c:numCache']['c:pt'].map((p: { 'c:v': number }) => p['c:v'])).toEqual([1, 1, 0.5]);
      expect(bar['c:axId'].map((a: { val: string }) => a.val)).toEqual([chart['c:plotArea']['c:catAx']['c:axId'].val, chart['c:plotArea']['c:valAx']['c:axId'].val]);
    });

    it('is anchored on the summary sheet through a drawing, with unique relationship ids and content types', async () => {
      expect(XMLValidator.validate(drawingXml!)).toBe(true);
      const workbook = await zip.file('xl/workbook.xml')!.async('string');
      const wbRels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
      const rid = /<sheet [^>]*name="Tổng hợp"[^>]*r:id="(rId\d+)"/.exec(workbook)![1];
      const target = new RegExp(`Id="${rid}"[^>]*Target="([^"]+)"`).exec(wbRels)?.[1] ?? new RegExp(`Target="([^"]+)"[^>]*Id="${rid}"`).exec(wbRels)![1];
      const sheetXml = await zip.file(`xl/${target}`)!.async('string');
      expect(XMLValidator.validate(sheetXml)).toBe(true);
      const drawingRid = /<drawing r:id="(rId\d+)"\/>/.exec(sheetXml)![1];
      const sheetRels = await zip.file(`xl/worksheets/_rels/${target!.split('/').pop()}.rels`)!.async('string');
      const ids = [...sheetRels.matchAll(/Id="(rId\d+)"/g)].map((m) => m[1]);
      expect(new Set(ids).size).toBe(ids.length);
      expect(sheetRels).toMatch(new RegExp(`Id="${drawingRid}" Type="[^"]+/drawing" Target="../drawings/drawing1.xml"`));
      // <drawing> comes after the page setup and before nothing that must precede it.
      expect(sheetXml.indexOf('<drawing ')).toBeGreaterThan(sheetXml.indexOf('<headerFooter>'));
      const drawingRels = await zip.file('xl/drawings/_rels/drawing1.xml.rels')!.async('string');
      const chartRid = /r:id="(rId\d+)"/.exec(drawingXml!)![1];
      expect(drawingRels).toMatch(new RegExp(`Id="${chartRid}" Type="[^"]+/chart" Target="../charts/chart1.xml"`));
      const types = await zip.file('[Content_Types].xml')!.async('string');
      expect(types).toContain('<Override PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>');
      expect(types).toContain('<Override PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>');
    });

    it('is left out when there are no tasks', async () => {
      const s = sampleSummary();
      s.tasks = null;
      const z = await JSZip.loadAsync(await renderXlsx(s, { lang: 'vi' }));
      expect(z.file('xl/charts/chart1.xml')).toBeNull();
    });
  });

  it('gives the same bytes for the same summary', async () => {
    const again = await renderXlsx(sampleSummary({ comparison: true }), { lang: 'vi' });
    expect(Buffer.from(again).equals(Buffer.from(bytes))).toBe(true);
  });
});

describe('indicator results written as text (issue 12, point 10)', () => {
  it('are numeric cells with a percent format, the text as written in a note', async () => {
    const s = sampleSummary();
    const item = s.indicators!.items[0]!;
    Object.assign(item, { actual: 0.862, actualText: '86,2%', percent: true });
    const ws = (await load(await renderXlsx(s, { lang: 'vi' }))).getWorksheet('Chỉ tiêu')!;
    const header = find(ws, 'Kết quả');
    const cell = ws.getCell(Number(header.row) + 1, Number(header.col));
    expect(cell.value).toBe(0.862);
    expect(cell.numFmt).toBe('0.0#%');
    expect(JSON.stringify(cell.note)).toContain('86,2%');
  });
});
