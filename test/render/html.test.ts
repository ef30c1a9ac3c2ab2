/**
 * The HTML dashboard as a meeting room opens it: Debian's chromium, driven by playwright-core,
 * loads the file with the network cut off; nothing may be requested besides the file itself,
 * nothing may be logged as an error, a click on a heading sorts the table, a filter hides rows,
 * and each screen size (projector, laptop, phone, A4 print) renders. The page's visible text is
 * a golden file: UPDATE_GOLDEN=1 rewrites test/golden/dashboard.*.txt after a deliberate change.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { renderHtml } from '../../src/render/html/index.js';
import { runInProcess, tempDir } from '../helpers/cli.js';
import { golden } from '../helpers/golden.js';
import { chromiumArgs, missing } from '../helpers/office.js';

const { summary } = await runInProcess(['fixtures/tay-ninh-2024'], { asOf: '2024-10-25' });
const html = { vi: renderHtml(summary, { lang: 'vi', onlineRateTarget: 0.5 }), en: renderHtml(summary, { lang: 'en', onlineRateTarget: 0.5 }) };

describe('the HTML dashboard, as a file', () => {
  it('gives the same bytes for the same summary', () => {
    expect(renderHtml(summary, { lang: 'vi', onlineRateTarget: 0.5 })).toBe(html.vi);
  });

  it('holds everything itself and forbids any request', () => {
    expect(html.vi).toContain("default-src 'none'");
    expect(html.vi).not.toMatch(/\b(?:src|href)\s*=\s*["']?(?:https?:)?\/\//i);
    expect(html.vi).not.toMatch(/@import|url\(/i);
    expect(html.vi).toMatch(/^<!doctype html>\n<html lang="vi">/);
  });

  it('escapes what the inputs say', () => {
    const nasty = { ...summary, title: '<script>alert(1)</script> & "x"' };
    const page = renderHtml(nasty, { lang: 'vi' });
    expect(page).not.toContain('<script>alert(1)');
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot;');
  });
});

const skip = missing('chromium');
describe.skipIf(skip !== null)('the HTML dashboard in chromium', () => {
  let browser: Browser;
  const dir = tempDir('rr-html-');
  const file = { vi: path.join(dir, 'dashboard.vi.html'), en: path.join(dir, 'dashboard.en.html') };
  writeFileSync(file.vi, html.vi);
  writeFileSync(file.en, html.en);

  beforeAll(async () => {
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: chromiumArgs });
  }, 120_000);
  afterAll(async () => browser?.close());

  async function open(lang: 'vi' | 'en', viewport = { width: 1366, height: 768 }) {
    const page = await browser.newPage({ viewport });
    const problems: string[] = [];
    const requests: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(`file://${file[lang]}`);
    return { page, problems, requests };
  }

  it('loads with no console error and no request but the file itself; its text is the golden one', async () => {
    for (const lang of ['vi', 'en'] as const) {
      const { page, problems, requests } = await open(lang);
      expect(problems).toEqual([]);
      expect(requests).toEqual([`file://${file[lang]}`]);
      golden(`dashboard.${lang}.txt`, `${await page.locator('body').innerText()}\n`);
      await page.close();
    }
  }, 120_000);

  it('sorts a table by a click on its heading, and back by a second click', async () => {
    const { page, problems } = await open('vi');
    const table = page.locator('table.data').first();
    const units = () => table.locator('tbody tr td:nth-child(2)').allInnerTexts();
    const before = await units();
    expect(before[0]).toBe('Công an tỉnh');
    await table.locator('th', { hasText: 'Tổng số' }).click();
    const totals = await table.locator('tbody tr td:nth-child(3)').allInnerTexts();
    expect(totals.map(Number)).toEqual([...totals.map(Number)].sort((a, b) => a - b));
    expect(await table.locator('th', { hasText: 'Tổng số' }).getAttribute('aria-sort')).toBe('ascending');
    await table.locator('th', { hasText: 'Tổng số' }).click();
    const down = (await table.locator('tbody tr td:nth-child(3)').allInnerTexts()).map(Number);
    expect(down).toEqual([...down].sort((a, b) => b - a));
    expect(down[0]).toBe(15);
    // The total row stays under the table, whatever the order.
    expect(await table.locator('tfoot td').nth(1).innerText()).toBe('Tổng cộng');
    expect(problems).toEqual([]);
    await page.close();
  }, 120_000);

  it('filters every table by unit, and hides totals that would no longer add up', async () => {
    const { page } = await open('vi');
    await page.selectOption('select[data-filter="unit"]', 'Sở Nội vụ');
    const tasks = page.locator('section[id$="-tasks"] table tbody tr:visible');
    const leads = await tasks.locator('td:nth-child(4)').allInnerTexts();
    expect(leads.length).toBe(15);
    expect(new Set(leads)).toEqual(new Set(['Sở Nội vụ']));
    expect(await page.locator('section[id$="-league"] tfoot').isHidden()).toBe(true);
    expect(await page.locator('section[id$="-tasks"] .count').innerText()).toBe('Hiển thị 15/47 dòng');
    await page.selectOption('select[data-filter="unit"]', '');
    expect(await page.locator('section[id$="-tasks"] table tbody tr:visible').count()).toBe(47);
    await page.close();
  }, 120_000);

  it('renders at each screen size, and prints on A4', async () => {
    const sizes = { projector: { width: 1920, height: 1080 }, laptop: { width: 1366, height: 768 }, phone: { width: 390, height: 844 } };
    for (const [name, viewport] of Object.entries(sizes)) {
      const { page, problems } = await open('vi', viewport);
      const shot = path.join(dir, `${name}.png`);
      await page.screenshot({ path: shot });
      expect(statSync(shot).size, name).toBeGreaterThan(10_000);
      // Nothing wider than the screen but the tables' own scrolling boxes.
      expect(await page.evaluate('document.documentElement.scrollWidth <= window.innerWidth'), name).toBe(true);
      expect(problems).toEqual([]);
      await page.close();
    }
    const { page } = await open('vi');
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.filters').isHidden()).toBe(true);
    const pdf = await page.pdf({ preferCSSPageSize: true });
    const mediaBox = /\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/.exec(pdf.toString('latin1'));
    expect(mediaBox && [Math.round((Number(mediaBox[1]) * 25.4) / 72), Math.round((Number(mediaBox[2]) * 25.4) / 72)]).toEqual([210, 297]);
    await page.close();
  }, 180_000);
});
