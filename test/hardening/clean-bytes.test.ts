/**
 * Issue 13, point 5: control characters are replaced at read time with a warning naming the
 * cells; Excel's `_xHHHH_` escapes are decoded; every XML writer drops what XML 1.0 forbids; no
 * ESC from data reaches a terminal.
 */
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { readCsvBytes } from '../../src/read/csv.js';
import { readXlsxBytes, decodeExcelEscapes } from '../../src/read/xlsx.js';
import { xmlEscape } from '../../src/render/xml.js';
import { finishPackage } from '../../src/render/xlsx/package.js';
import { terminalSafe } from '../../src/cli/io.js';
import { rezip } from '../../scripts/zip-tools.mjs';
import { run, tempDir } from '../helpers/cli.js';
import { writeFileSync } from 'node:fs';
import path from 'node:path';

const nasty = ['Sở\u0000Nội vụ', 'Sở Tư\u001fpháp', '\u001b]0;pwned\u0007Sở Y tế', 'Sở Tài\uFFFEchính', 'lone \uD800 surrogate'];
const csv = `STT,Nhiệm vụ,Đơn vị chủ trì,Thời hạn,Tình trạng\n${nasty.map((u, i) => `${i + 1},Nhiệm vụ ${i + 1},${u},30/06/2024,Hoàn thành`).join('\n')}\n`;
const bad = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDFFF]/;

describe('control characters at read time', () => {
  it('replaces them in a CSV and names the cells in one warning', () => {
    const r = readCsvBytes('f.csv', Buffer.from(csv, 'utf8'));
    const units = r.table!.rows.slice(1).map((row) => (row.cells[2]!.value as { text: string }).text);
    for (const u of units) expect(u).not.toMatch(bad);
    expect(units[0]).toBe('Sở\uFFFDNội vụ');
    const warning = r.issues.find((i) => i.code === 'control-characters')!;
    expect(warning).toMatchObject({ severity: 'warning', row: 2, column: 'C' });
    // The lone surrogate became U+FFFD on its way to UTF-8 bytes already.
    expect(warning.params).toEqual({ cells: ['C2', 'C3', 'C4', 'C5'], count: 4 });
  });

  it('decodes _xHHHH_ in workbook strings, then replaces what is a control character', async () => {
    expect(decodeExcelEscapes('a_x000D__x000A_b')).toBe('a\r\nb');
    expect(decodeExcelEscapes('_x005F_x0041_')).toBe('_x0041_');
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Nhiệm vụ').addRows([['STT', 'Nhiệm vụ', 'Đơn vị chủ trì'], [1, 'Rà soát văn bản', 'PLACEHOLDER']]);
    const bytes = await rezip(Buffer.from(await wb.xlsx.writeBuffer()), (zip) => {
      for (const name of zip.names()) {
        const text = zip.text(name)!;
        if (text.includes('PLACEHOLDER')) zip.set(name, text.replace('PLACEHOLDER', 'Sở_x001B_[2J Nội vụ_x000D__x000A_(cũ)'));
      }
    });
    const r = await readXlsxBytes('f.xlsx', bytes);
    const cell = r.tables[0]!.rows[1]!.cells[2]!.value as { text: string };
    expect(cell.text).toBe('Sở\uFFFD[2J Nội vụ\r\n(cũ)');
    expect(r.issues).toEqual([expect.objectContaining({ code: 'control-characters', row: 2, column: 'C' })]);
  });
});

describe('XML writers', () => {
  it('escape markup and drop what XML 1.0 forbids', () => {
    expect(xmlEscape('a\u0000b\u001f<c>\uFFFE&\uD800')).toBe('ab&lt;c&gt;&amp;');
  });

  it('finish a workbook with no forbidden character in any part, whatever exceljs was given', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('S').addRow(nasty);
    const finished = await finishPackage(new Uint8Array(await wb.xlsx.writeBuffer()), { date: new Date(Date.UTC(2024, 9, 25)) });
    const zip = await JSZip.loadAsync(finished);
    for (const file of Object.values(zip.files)) if (!file.dir) expect(await file.async('string'), file.name).not.toMatch(bad);
    expect(await zip.file('xl/sharedStrings.xml')!.async('string')).toContain('SởNội vụ');
  });
});

describe('terminal output', () => {
  it('keeps colour codes, replaces every other control character', () => {
    expect(terminalSafe('\u001b[31mred\u001b[39m \u001b]0;title\u0007 \u001b[2J \u009b2J')).toBe('\u001b[31mred\u001b[39m \uFFFD]0;title\uFFFD \uFFFD[2J \uFFFD2J');
  });

  it('carries no ESC from a file to stderr or stdout', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'tasks.csv'), csv.replace('30/06/2024,Hoàn thành\n', '30/06/2024,\u001b[2JXong\n'));
    writeFileSync(path.join(dir, '\u001b[2Jx.csv'), csv);
    for (const args of [['validate', dir], ['summary', dir, '--format', 'md'], ['tasks', dir, '--format', 'csv']]) {
      const r = run(args);
      expect(r.stderr, args.join(' ')).not.toMatch(/\u001b/);
      expect(r.stdout, args.join(' ')).not.toMatch(/\u001b/);
    }
  });
});
