/**
 * Hostile content (issue 7, SPEC §6): names that are JavaScript's own (`__proto__`,
 * `constructor`, `prototype`) are data like any other; text that looks like a formula stays text
 * in the workbook; HTML and Markdown in titles cannot reach the brief's reader as markup.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import MarkdownIt from 'markdown-it';
import { readInputs } from '../../src/read/inputs.js';
import { interpret, UnitDirectory } from '../../src/interpret/index.js';
import { summarize } from '../../src/compute/index.js';
import { run } from '../helpers/cli.js';
import { expectRowsAccounted } from '../helpers/accounting.js';

const formulaTexts = ['=HYPERLINK("http://evil.example/x","Bấm vào đây")', "+cmd|' /C calc'!A0", '@SUM(1+1)', '-2+3', '=1+1'];
const markupTitle = '<script>alert(1)</script> <img src=x onerror=alert(1)> [bấm](javascript:alert(1)) **đậm** | ô | `mã`';
const jsNames = ['__proto__', 'constructor', 'prototype', 'hasOwnProperty', 'toString'];

const header = ['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Lĩnh vực', 'Thời hạn', 'Tình trạng', '__proto__', 'constructor', 'prototype'];
const rows: (string | number)[][] = [
  [1, formulaTexts[0]!, '__proto__', 'constructor', '30/06/2024', 'Đang thực hiện', '{"polluted":"yes"}', 'x', 'y'],
  [2, formulaTexts[1]!, 'constructor', 'prototype', '30/06/2024', 'Hoàn thành', '{"polluted":"yes"}', 'x', 'y'],
  [3, formulaTexts[2]!, 'hasOwnProperty', '__proto__', '01/01/2024', 'Chưa thực hiện', '', '', ''],
  [4, markupTitle, 'toString', 'prototype', '30/06/2024', 'Đang thực hiện', '', '', ''],
  [5, formulaTexts[3]!, '__proto__', '__proto__', '30/06/2024', 'Hoàn thành', '', '', ''],
  [6, formulaTexts[4]!, 'prototype', 'constructor', '31/12/2024', 'Đang thực hiện', '', '', ''],
];

let dir: string;
let xlsxFile: string;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'rr-hostile-'));
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Nhiệm vụ');
  ws.addRow(['BÁO CÁO TIẾN ĐỘ']);
  ws.addRow(['(Số liệu tính đến ngày 25/10/2024)']);
  ws.addRow(header);
  // Text cells, as a department types them: exceljs would write a formula only for { formula }.
  for (const r of rows) ws.addRow(r);
  xlsxFile = path.join(dir, 'so-hostile.xlsx');
  writeFileSync(xlsxFile, Buffer.from(await wb.xlsx.writeBuffer()));
  writeFileSync(
    path.join(dir, 'reform-report.config.json'),
    JSON.stringify({ title: '<b>Báo cáo</b> <script>alert("t")</script> # tiêu đề', organization: '[UBND](javascript:alert(2))', out: 'out' }),
  );
});

describe('names that are JavaScript\'s own are ordinary data', () => {
  it('pollutes no prototype, and counts every unit and area by its name', async () => {
    const before = Object.getOwnPropertyNames(Object.prototype).sort();
    const read = await readInputs([xlsxFile]);
    const result = interpret(read.tables, { lenient: false, units: new UnitDirectory([]) });
    expectRowsAccounted(read.tables, result);
    const summary = summarize(result.records, [...read.issues, ...result.issues], { title: 't', today: '2024-10-25' });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(before);
    expect(Object.getPrototypeOf({})).toBe(Object.prototype);
    const byUnit = Object.fromEntries(summary.tasks!.byUnit.map((u) => [u.unit, [u.done, u.total]]));
    expect(Object.keys(byUnit).sort()).toEqual([...jsNames].sort());
    expect(summary.tasks!.byUnit.find((u) => u.unit === '__proto__')).toMatchObject({ total: 2, done: 1 });
    expect(summary.tasks!.byUnit.find((u) => u.unit === 'constructor')).toMatchObject({ total: 1, done: 1 });
    expect(summary.tasks!.byArea.find((a) => a.area === '__proto__')).toMatchObject({ total: 2 });
    expect(summary.tasks!.byArea.find((a) => a.area === 'constructor')).toMatchObject({ total: 2 });
    expect(summary.tasks!.total).toBe(6);
  });

  it('keeps them as data in the JSON output of the CLI', () => {
    const r = run(['summary', xlsxFile, '--format', 'json', '--config', path.join(dir, 'reform-report.config.json')]);
    expect(r.stderr).not.toMatch(/^\s+at /m);
    const summary = JSON.parse(r.stdout);
    const units = summary.tasks.byUnit.map((u: { unit: string; total: number }) => `${u.unit}=${u.total}`).sort();
    expect(units).toEqual(['__proto__=2', 'constructor=1', 'hasOwnProperty=1', 'prototype=1', 'toString=1']);
    expect(summary.tasks.open.map((o: { title: string }) => o.title)).toEqual(expect.arrayContaining([formulaTexts[0], formulaTexts[2], markupTitle]));
  });

  it('reads CSV headers and cells named so', () => {
    const csv = path.join(dir, 'hostile.csv');
    writeFileSync(csv, [header.join(','), ...rows.map((r) => r.map((c) => `"${String(c).replace(/"/g, '""')}"`).join(','))].join('\n'));
    const r = run(['validate', csv, '--format', 'json']);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.tables[0]).toMatchObject({ kind: 'tasks', rowsCounted: 6, rowsRejected: 0 });
  });
});

describe('the reports written from hostile text', () => {
  let out: string;
  beforeAll(() => {
    out = path.join(dir, 'out');
    const r = run(['build', xlsxFile, '--config', path.join(dir, 'reform-report.config.json'), '--out', out, '--quiet']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });

  it('keep formula-looking text as text in the workbook, never a formula', async () => {
    const file = readdirSync(out).find((f) => f.endsWith('.xlsx'))!;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(path.join(out, file)) as unknown as ExcelJS.Buffer);
    const found = new Set<string>();
    wb.eachSheet((sheet) =>
      sheet.eachRow((row) =>
        row.eachCell((cell) => {
          const v = cell.value;
          if (v && typeof v === 'object' && ('formula' in v || 'sharedFormula' in v)) {
            const formula = String((v as ExcelJS.CellFormulaValue).formula ?? '');
            expect(formula, `${sheet.name}!${cell.address}`).not.toMatch(/HYPERLINK|cmd|evil|1\+1|2\+3/);
          }
          if (typeof v === 'string' && formulaTexts.includes(v)) {
            expect(cell.type, `${sheet.name}!${cell.address}`).toBe(ExcelJS.ValueType.String);
            found.add(v);
          }
        }),
      ),
    );
    // Every task is listed on the task sheet, so each text is found there as a string.
    expect([...found].sort()).toEqual([...formulaTexts].sort());
  });

  it('escape HTML and Markdown in titles in the brief: no markup reaches a reader', () => {
    const file = readdirSync(out).find((f) => f.endsWith('.md'))!;
    const brief = readFileSync(path.join(out, file), 'utf8');
    const html = new MarkdownIt({ html: true, linkify: false }).render(brief);
    // The one picture is the chart the brief links on purpose.
    expect(html).not.toMatch(/<script|<img[^>]*onerror|<b>|href="javascript:/i);
    expect(html.match(/<img /g) ?? []).toHaveLength(html.includes(".svg") ? 1 : 0);
    expect(html).not.toMatch(/<strong>đậm<\/strong>/);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&lt;b&gt;Báo cáo&lt;/b&gt;');
  });
});
