/**
 * The Word report as a reader meets it: LibreOffice opens it and prints it to PDF, and the PDF
 * has the Decree-30 head, the figures of the embedded example, A4 pages, and the chairman's
 * version on one page even when the data is long. The document's text in reading order is a
 * golden file: UPDATE_GOLDEN=1 rewrites test/golden/report.*.txt after a deliberate change.
 */
import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { renderDocx } from '../../src/render/docx/index.js';
import type { Summary } from '../../src/model/summary.js';
import { runInProcess, tempDir } from '../helpers/cli.js';
import { docxText } from '../helpers/docx-text.js';
import { golden } from '../helpers/golden.js';
import { missing, pdfPageSize, pdfPages, pdfText, toPdf } from '../helpers/office.js';

const signature = { authority: 'TM. BAN CHỈ ĐẠO', title: 'TRƯỞNG BAN', name: 'Nguyễn Văn A', symbol: 'BC-BCĐ' };
const { summary } = await runInProcess(['fixtures/tay-ninh-2024'], { asOf: '2024-10-25' });

/** The example with far more to say than a page holds: 40 units, 30 long overdue tasks, 12 units that sent nothing. */
function longSummary(): Summary {
  const t = summary.tasks!;
  const title = 'Triển khai đồng bộ các giải pháp nâng cao chất lượng cung cấp dịch vụ công trực tuyến toàn trình, số hóa hồ sơ, kết quả giải quyết thủ tục hành chính và tái sử dụng dữ liệu đã số hóa';
  const units = Array.from({ length: 40 }, (_, i) => ({ unit: `Ủy ban nhân dân huyện số ${i + 1}`, total: 10, done: i % 10, overdue: 10 - (i % 10), notReported: 0, completionRate: (i % 10) / 10, health: 'bad' as const }));
  const open = Array.from({ length: 30 }, (_, i) => ({ id: `X.${i}`, title, lead: units[i % 7]!.unit, deadline: '2024-06-30', status: 'in_progress' as const, daysOverdue: 117 - i, nearDue: false }));
  // What compute derived from the example's rows (league, groups, standings) goes: the renderers derive it again from these.
  const { league: _league, openByLead: _groups, ...rest } = t;
  const { standings: _standings, ...others } = summary;
  return {
    ...others,
    tasks: { ...rest, byUnit: units, open, overdue: 30 },
    unitsNotReported: Array.from({ length: 12 }, (_, i) => `Ủy ban nhân dân xã số ${i + 1}`),
  };
}

/** The example with one department merged into another, its name in the table then "… (gồm Sở … trước 01/03/2025)". */
function withMergedUnit(): Summary {
  const t = summary.tasks!;
  return { ...summary, tasks: { ...t, byUnit: t.byUnit.map((u, i) => (i === 0 ? { ...u, includes: [{ name: 'Sở Thông tin và Truyền thông', date: '2025-03-01' }] } : u)) } };
}

describe('the Word report', async () => {
  const dir = tempDir('rr-docx-');
  const files = {
    full: await renderDocx(summary, { lang: 'vi', signature }),
    short: await renderDocx(summary, { lang: 'vi', brief: 'short', signature }),
    en: await renderDocx(summary, { lang: 'en', signature }),
    long: await renderDocx(longSummary(), { lang: 'vi', brief: 'short', signature }),
    longEn: await renderDocx(longSummary(), { lang: 'en', brief: 'short', signature }),
    merged: await renderDocx(withMergedUnit(), { lang: 'vi', signature }),
  };
  const paths = Object.fromEntries(Object.entries(files).map(([k, bytes]) => [k, path.join(dir, `${k}.docx`)])) as Record<keyof typeof files, string>;
  for (const [k, bytes] of Object.entries(files)) writeFileSync(paths[k as keyof typeof files], bytes);

  it('has the golden text in reading order, Vietnamese and English', async () => {
    const text = await docxText(files.full);
    golden('report.vi.txt', text);
    golden('report.en.txt', await docxText(files.en));
    golden('report-short.vi.txt', await docxText(files.short));
    // The head, the number line and the signature block, in the order Decree 30 puts them.
    const order = ['UBND TỈNH TÂY NINH | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Số:        /BC-BCĐ | Tây Ninh, ngày 25 tháng 10 năm 2024', 'BÁO CÁO', 'Nơi nhận:', 'Nguyễn Văn A'];
    const at = order.map((s) => text.indexOf(s));
    expect(at.every((i) => i >= 0), JSON.stringify(at)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
  });

  it('gives the same bytes for the same summary', async () => {
    expect(Buffer.from(await renderDocx(summary, { lang: 'vi', signature })).equals(Buffer.from(files.full))).toBe(true);
  });

  it('numbers its tables, each with a header row that repeats on every page it runs onto', async () => {
    const JSZip = (await import('jszip')).default;
    const xml = await (await JSZip.loadAsync(files.full)).file('word/document.xml')!.async('string');
    const captions = (await docxText(files.full)).match(/^Bảng \d+\. /gm) ?? [];
    expect(captions).toEqual(['Bảng 1. ', 'Bảng 2. ', 'Bảng 3. ', 'Bảng 4. ', 'Bảng 5. ', 'Bảng 6. ']);
    expect(xml.match(/<w:tblHeader\/>/g)?.length).toBe(captions.length);
  });

  it('carries the chart as SVG with a PNG fallback', async () => {
    const JSZip = (await import('jszip')).default;
    const names = Object.keys((await JSZip.loadAsync(files.full)).files);
    expect(names.some((n) => n.startsWith('word/media/') && n.endsWith('.svg'))).toBe(true);
    expect(names.some((n) => n.startsWith('word/media/') && n.endsWith('.png'))).toBe(true);
  });

  const skip = missing('soffice', 'poppler');
  it.skipIf(skip !== null)('opens in LibreOffice: A4 pages, the head and the figures in the PDF; the chairman’s version on one page', () => {
    const [full, short, en, long, longEn, merged] = toPdf([paths.full, paths.short, paths.en, paths.long, paths.longEn, paths.merged]);
    expect(pdfPageSize(full!)).toEqual([210, 297]);
    expect(pdfPages(full!)).toBeGreaterThanOrEqual(3);
    expect(pdfPages(short!)).toBe(1);
    expect(pdfPages(long!)).toBe(1);
    expect(pdfPages(longEn!)).toBe(1);
    const text = pdfText(full!).replace(/\s+/g, ' ');
    for (const s of ['UBND TỈNH TÂY NINH', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Số: /BC-BCĐ', 'Tây Ninh, ngày 25 tháng 10 năm 2024', 'BÁO CÁO', 'Tình hình thực hiện nhiệm vụ Chuyển đổi số, Cải cách hành chính', '44/46', '95,7%', '270.497', '260.103', '306', 'Bảng 1.', 'Nơi nhận:', 'TM. BAN CHỈ ĐẠO', 'TRƯỞNG BAN', 'Nguyễn Văn A']) {
      expect(text, s).toContain(s);
    }
    const shortText = pdfText(short!).replace(/\s+/g, ' ');
    for (const s of ['BÁO CÁO TÓM TẮT', 'NĂM ĐƠN VỊ CÓ TỶ LỆ HOÀN THÀNH THẤP NHẤT', 'Văn phòng UBND tỉnh', 'ĐỀ NGHỊ TRƯỞNG BAN CHO Ý KIẾN', 'Nguyễn Văn A']) expect(shortText, s).toContain(s);
    expect(shortText).not.toContain('Nơi nhận');
    const longText = pdfText(long!).replace(/\s+/g, ' ');
    expect(longText).toContain('… và 27 nhiệm vụ quá hạn khác');
    expect(longText).toContain('Nguyễn Văn A');
    expect(pdfText(en!).replace(/\s+/g, ' ')).toContain('SOCIALIST REPUBLIC OF VIETNAM');
    // A short text column (the standing) is set on one line beside a long unit name: wrapped, it
    // doubled every row of a long table (fixtures/tay-ninh-2026: 17 pages, 15 with it on one line).
    // Eleven columns of dossier figures by level: every number whole, the total row on one line.
    expect(pdfText(full!).split('\n').filter((l) => /270\.497\s+6\.803\s+260\.103\s+256\.540\s+3\.563\s+10\.394\s+102\.661\s+98,6%\s+38,9%/.test(l))).toHaveLength(1);
    const ranked = summary.standings!.filter((u) => u.tasks > 0).length;
    const lines = pdfText(merged!).split('\n');
    expect(lines.filter((l) => /\d%\s+(Cần đôn đốc|Đúng tiến độ)\s*$/.test(l))).toHaveLength(ranked);
  }, 300_000);
});
