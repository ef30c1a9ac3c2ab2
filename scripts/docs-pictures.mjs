#!/usr/bin/env node
/**
 * `node scripts/docs-pictures.mjs` (after `npm run build`): the pictures the README shows, made
 * from the embedded example as a reader would see them: the first page of the Word report and
 * the chairman's page printed by LibreOffice (PNG by pdftoppm), and the dashboard in chromium
 * at a laptop's screen size. Needs soffice, pdftoppm and /usr/bin/chromium (see .ci/run).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, renameSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const work = mkdtempSync(path.join(tmpdir(), 'rr-pictures-'));
const run = (cmd, args) => {
  const r = spawnSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')}: ${r.stderr}`);
};
const cli = ['bin/reform-report.js', 'build', 'fixtures/tay-ninh-2024', '--as-of', '2024-10-25', '--quiet'];
run('node', [...cli, '--out', path.join(work, 'full'), '--format', 'docx,html']);
run('node', [...cli, '--out', path.join(work, 'short'), '--format', 'docx', '--brief', 'short']);
const full = path.join(work, 'full', 'reform-report-2024-10-25.docx');
const short = path.join(work, 'short', 'reform-report-2024-10-25.docx');
renameSync(short, path.join(work, 'short', 'reform-report-2024-10-25-short.docx'));

const profile = pathToFileURL(mkdtempSync(path.join(tmpdir(), 'rr-pictures-lo-'))).href;
run('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', work, full, path.join(work, 'short', 'reform-report-2024-10-25-short.docx')]);
run('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', '-singlefile', path.join(work, 'reform-report-2024-10-25.pdf'), 'docs/report-page-1']);
run('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', '-singlefile', path.join(work, 'reform-report-2024-10-25-short.pdf'), 'docs/report-short']);

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
await page.goto(pathToFileURL(path.join(work, 'full', 'reform-report-2024-10-25.html')).href);
await page.screenshot({ path: 'docs/dashboard.png' });
await browser.close();
console.log('docs/report-page-1.png docs/report-short.png docs/dashboard.png');
