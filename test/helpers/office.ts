/**
 * The tools a person would open the reports with: LibreOffice (to PDF), poppler (pdfinfo,
 * pdftotext, pdftoppm) and Debian's chromium. A test that needs one that is missing says so
 * and skips; `.ci/run` installs them.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

function has(command: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;
}

export const tools = {
  soffice: has('soffice'),
  poppler: has('pdftotext') && has('pdfinfo') && has('pdftoppm'),
  chromium: existsSync('/usr/bin/chromium'),
};

export function missing(...names: (keyof typeof tools)[]): string | null {
  const absent = names.filter((n) => !tools[n]);
  if (absent.length === 0) return null;
  const msg = `skipped: ${absent.join(', ')} not installed (apt-get install libreoffice-writer-nogui poppler-utils chromium, or run .ci/run)`;
  console.warn(msg);
  return msg;
}

/**
 * Each file converted to PDF by LibreOffice, in one run, with a profile of its own so that a
 * LibreOffice already open on the machine (or another test) does not swallow the conversion.
 */
export function toPdf(files: string[]): string[] {
  const out = mkdtempSync(path.join(tmpdir(), 'rr-pdf-'));
  const profile = `file://${mkdtempSync(path.join(tmpdir(), 'rr-lo-'))}`;
  const r = spawnSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', out, ...files], { encoding: 'utf8', timeout: 240_000 });
  const pdfs = files.map((f) => path.join(out, `${path.basename(f, path.extname(f))}.pdf`));
  for (const pdf of pdfs) if (!existsSync(pdf)) throw new Error(`LibreOffice did not convert ${pdf}: ${r.stdout} ${r.stderr}`);
  return pdfs;
}

export function pdfPages(pdf: string): number {
  const info = spawnSync('pdfinfo', [pdf], { encoding: 'utf8' }).stdout;
  return Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
}

/** pdfinfo's page size in millimetres. */
export function pdfPageSize(pdf: string): [number, number] {
  const info = spawnSync('pdfinfo', [pdf], { encoding: 'utf8' }).stdout;
  const m = /^Page size:\s+([\d.]+) x ([\d.]+) pts/m.exec(info)!;
  return [Math.round((Number(m[1]) * 25.4) / 72), Math.round((Number(m[2]) * 25.4) / 72)];
}

export function pdfText(pdf: string): string {
  return spawnSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).stdout;
}

export const chromiumArgs = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
