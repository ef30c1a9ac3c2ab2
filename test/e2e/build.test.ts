/**
 * `build` end to end on the embedded example: the golden briefs, the files it writes, and the
 * same bytes twice, by the built CLI's main in process (test/helpers/in-process.ts). `npm run golden:update` rewrites test/golden/ after a deliberate change;
 * read the diff before committing it.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Ran } from '../helpers/cli.js';
import { runMain } from '../helpers/in-process.js';
import { golden } from '../helpers/golden.js';

const fixture = 'fixtures/tay-ninh-2024';
const tmp = (name: string) => mkdtempSync(path.join(tmpdir(), `rr-${name}-`));


async function cellContents(file: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const out: string[] = [];
  wb.eachSheet((ws) => ws.eachRow((row) => row.eachCell((cell) => out.push(`${ws.name}!${cell.address}=${JSON.stringify(cell.value)}`))));
  return out.join('\n');
}

describe('build on the embedded example', () => {
  // The example's feedback file states no date, so without --as-of its section would be as of
  // the day the test runs (SPEC §3): the golden briefs would change every day.
  const asOf = ['--as-of', '2024-10-25'];
  const out = tmp('build');
  let r: Ran;
  beforeAll(async () => {
    r = await runMain(['build', fixture, '--out', out, ...asOf]);
  });
  const base = path.join(out, 'reform-report-2024-10-25');

  it('writes the workbook, the brief, its chart, the snapshot, the Word report and the dashboard', () => {
    expect(r.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['docx', 'html', 'json', 'md', 'svg', 'xlsx'].map((ext) => `reform-report-2024-10-25.${ext}`));
    expect(r.stdout).toContain(`→ ${base}.svg`);
  });

  it('gives the golden Vietnamese brief, linking its chart', () => {
    const brief = readFileSync(`${base}.md`, 'utf8');
    expect(brief).toContain('![Tỷ lệ hoàn thành nhiệm vụ theo đơn vị](reform-report-2024-10-25.svg)');
    golden('brief.vi.md', brief);
  });

  it('gives the golden English brief under --lang en', async () => {
    const en = tmp('build-en');
    expect((await runMain(['build', fixture, '--out', en, '--lang', 'en', '--format', 'md', ...asOf])).code).toBe(0);
    golden('brief.en.md', readFileSync(path.join(en, 'reform-report-2024-10-25.md'), 'utf8'));
  });

  it('gives byte-identical files, and identical cells, when run again', async () => {
    const again = tmp('build-again');
    expect((await runMain(['build', fixture, '--out', again, ...asOf])).code).toBe(0);
    for (const ext of ['md', 'json', 'svg', 'xlsx', 'docx', 'html']) {
      const a = readFileSync(`${base}.${ext}`);
      const b = readFileSync(path.join(again, `reform-report-2024-10-25.${ext}`));
      expect(a.equals(b), ext).toBe(true);
    }
    expect(await cellContents(path.join(again, 'reform-report-2024-10-25.xlsx'))).toBe(await cellContents(`${base}.xlsx`));
  });

  it('summary -o writes the Word report (or the chairman\'s page) and the dashboard by the extension', async () => {
    const dir = tmp('summary-docs');
    const { docxText } = await import('../helpers/docx-text.js');
    expect((await runMain(['summary', fixture, ...asOf, '-o', path.join(dir, 'report.docx')])).code).toBe(0);
    expect((await runMain(['summary', fixture, ...asOf, '--format', 'docx', '--brief', 'short', '-o', path.join(dir, 'brief.docx')])).code).toBe(0);
    expect((await runMain(['summary', fixture, ...asOf, '-o', path.join(dir, 'dashboard.html')])).code).toBe(0);
    expect(await docxText(readFileSync(path.join(dir, 'report.docx')))).toContain('VIII. NHIỆM VỤ, GIẢI PHÁP VÀ CHỈ ĐẠO ĐỐI VỚI CÁC ĐƠN VỊ');
    expect(await docxText(readFileSync(path.join(dir, 'brief.docx')))).toContain('BÁO CÁO TÓM TẮT');
    expect(readFileSync(path.join(dir, 'dashboard.html'), 'utf8')).toBe(readFileSync(`${base}.html`, 'utf8'));
  }, 120_000);

  it('uses the template given with --template', async () => {
    const dir = tmp('template');
    const template = path.join(dir, 'own.md.hbs');
    writeFileSync(template, '{{head.dateLine}}: {{tasks.fraction}}\n');
    expect((await runMain(['build', fixture, '--out', dir, '--format', 'md', '--template', template])).code).toBe(0);
    // The first line names the build (its run id, the same in the snapshot): the template gives the rest.
    expect(readFileSync(path.join(dir, 'reform-report-2024-10-25.md'), 'utf8')).toMatch(/^<!-- reform-report run [0-9a-f]{12} -->\nTây Ninh, ngày 25 tháng 10 năm 2024: 44\/46\n$/);
  });
});
