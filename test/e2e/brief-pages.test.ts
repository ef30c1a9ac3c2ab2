/**
 * Issue 18, done when: the brief of fixtures/meeting-2024-11 (27 files, 23 units reporting, 36
 * overdue tasks) prints on at most three A4 pages, as scripts/brief-pdf.mjs prints it (the way
 * the README's picture is made): markdown-it, a print stylesheet, LibreOffice to PDF.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, tempDir } from '../helpers/cli.js';
import { runMain } from '../helpers/in-process.js';
import { missing, pdfPages, pdfText } from '../helpers/office.js';

const skip = missing('soffice', 'poppler');

describe.skipIf(skip)('the brief of a 23-unit meeting folder, printed', () => {
  it('fits on three A4 pages and ends with the data checks', async () => {
    const out = tempDir('rr-brief-');
    const built = await runMain(['build', 'fixtures/meeting-2024-11', '--out', out, '--format', 'md', '--quiet']);
    expect(built.code, built.stderr).toBe(0);
    const brief = path.join(out, 'reform-report-2024-11-15.md');
    const pdf = path.join(out, 'brief.pdf');
    const printed = spawnSync(process.execPath, [path.join(repoRoot, 'scripts/brief-pdf.mjs'), brief, pdf], { cwd: repoRoot, encoding: 'utf8', timeout: 120_000 });
    expect(printed.status, printed.stderr).toBe(0);
    expect(pdfPages(pdf)).toBeLessThanOrEqual(3);
    // Nothing was left out to get there: the last section is printed, and every overdue task of the
    // worst unit (Sở Tư pháp: 3, fixtures/meeting-2024-11/EXPECTED.json) is listed.
    const text = pdfText(pdf).replace(/\s+/g, ' ');
    expect(text).toContain('Kiểm tra dữ liệu');
    expect(text).toContain('stale-data');
    expect(readFileSync(brief, 'utf8')).toMatch(/\| Sở Tư pháp \(so-tu-phap\.xlsx\) \| 2\\\. [^\n]*\n\| {2}\| 3\\\. [^\n]*\n\| {2}\| 4\\\. /);
  }, 180_000);
});
