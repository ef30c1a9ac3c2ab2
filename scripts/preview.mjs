#!/usr/bin/env node
/**
 * `npm run preview [-- FILE.xlsx …]`: renders workbooks (default: out/*.xlsx) the way they print,
 * through LibreOffice headless to PDF and then pdftoppm to one PNG per page, into out/preview/.
 * It installs nothing: it needs the Debian packages libreoffice-calc-nogui and poppler-utils.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const outDir = path.resolve('out', 'preview');
const files = process.argv.slice(2).length > 0 ? process.argv.slice(2) : existsSync('out') ? readdirSync('out').filter((f) => f.endsWith('.xlsx')).map((f) => path.join('out', f)) : [];

function need(command, pkg) {
  if (spawnSync('sh', ['-c', `command -v ${command}`]).status !== 0) {
    console.error(`preview: "${command}" is not installed; on Debian/Ubuntu: sudo apt-get install ${pkg}`);
    process.exit(2);
  }
}
need('soffice', 'libreoffice-calc-nogui');
need('pdftoppm', 'poppler-utils');
if (files.length === 0) {
  console.error('preview: no workbook to render: run `npm start` (or `reform-report build`) first, or name the .xlsx files');
  process.exit(2);
}
mkdirSync(outDir, { recursive: true });
// A private LibreOffice profile: a desktop LibreOffice that is open does not block the conversion.
const profile = mkdtempSync(path.join(tmpdir(), 'rr-preview-lo-'));
try {
  for (const file of files) {
    const pdf = path.join(outDir, `${path.basename(file, '.xlsx')}.pdf`);
    const lo = spawnSync('soffice', [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--convert-to', 'pdf', '--outdir', outDir, file], { encoding: 'utf8' });
    if (lo.status !== 0 || !existsSync(pdf)) {
      console.error(`preview: LibreOffice could not convert ${file}: ${lo.stderr || lo.stdout}`);
      process.exit(1);
    }
    const png = spawnSync('pdftoppm', ['-png', '-r', '70', pdf, pdf.replace(/\.pdf$/, '')], { encoding: 'utf8' });
    if (png.status !== 0) {
      console.error(`preview: pdftoppm failed on ${pdf}: ${png.stderr}`);
      process.exit(1);
    }
    const pages = readdirSync(outDir).filter((f) => f.startsWith(`${path.basename(pdf, '.pdf')}-`) && f.endsWith('.png')).sort();
    console.log(`${file} → ${path.relative('.', pdf)}, ${pages.length} page(s): ${pages.map((p) => path.join(path.relative('.', outDir), p)).join(' ')}`);
  }
} finally {
  rmSync(profile, { recursive: true, force: true });
}
