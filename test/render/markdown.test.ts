import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import MarkdownIt from 'markdown-it';
import { escapeMarkdown, markdownTable, renderMarkdown } from '../../src/render/markdown.js';
import { buildView } from '../../src/render/views.js';
import { nastyTitle, sampleSummary } from './sample.js';

const template = (lang: 'vi' | 'en') => readFileSync(new URL(`../../templates/brief.${lang}.md.hbs`, import.meta.url), 'utf8');
// html: true, so that any raw HTML that got through would show up as an html token.
const md = new MarkdownIt({ html: true });
type Token = ReturnType<typeof md.parse>[number];

/** Rows of every GFM table in the text: the number of cells of each row. */
function tableShapes(tokens: Token[]): number[][] {
  const tables: number[][] = [];
  let cellsInRow = 0;
  for (const t of tokens) {
    if (t.type === 'table_open') tables.push([]);
    if (t.type === 'tr_open') cellsInRow = 0;
    if (t.type === 'th_open' || t.type === 'td_open') cellsInRow++;
    if (t.type === 'tr_close') tables[tables.length - 1]!.push(cellsInRow);
  }
  return tables;
}

const flat = (tokens: Token[]): Token[] => tokens.flatMap((t) => [t, ...flat(t.children ?? [])]);

describe('the Markdown brief (SPEC §4.3)', () => {
  const brief = renderMarkdown(sampleSummary({ comparison: true }), { lang: 'vi', template: template('vi'), chart: 'reform-report-2024-10-25.svg' });
  const tokens = md.parse(brief, {});
  const html = md.render(brief);

  it('cannot be broken by a title holding | < ` and a newline: every table row keeps its cells, no HTML or code gets through', () => {
    const shapes = tableShapes(tokens);
    expect(shapes.length).toBeGreaterThanOrEqual(5);
    for (const rows of shapes) expect(new Set(rows).size).toBe(1);
    const kinds = new Set(flat(tokens).map((t) => t.type));
    expect(kinds.has('html_inline')).toBe(false);
    expect(kinds.has('html_block')).toBe(false);
    // The only code is what the brief writes itself: each data check's catalogue code.
    const codes = flat(tokens).filter((t) => t.type === 'code_inline').map((t) => t.content);
    expect(codes.length).toBeGreaterThan(0);
    for (const code of codes) expect(code).toMatch(/^[a-z]+(-[a-z0-9]+)*$/);
    // The title reads as written, its newline a space, in the table of open tasks and in the list of issues.
    const asWritten = 'Rà soát | &lt;b&gt; `x` và *công bố* [TTHC]';
    expect(html).toMatch(new RegExp(`<td>(\\S+\\. )?${asWritten.replace(/[|*[\]`]/g, (c) => `\\${c}`)}</td>`));
    expect(html).toContain(`the status of &quot;${asWritten}&quot; says late.`);
  });

  it('keeps such a title in one table cell', () => {
    const view = buildView(sampleSummary(), 'tasks', 'vi')!;
    const rows = tableShapes(md.parse(markdownTable(view, 'vi'), {}));
    expect(rows).toEqual([[view.columns.length, ...view.rows.map(() => view.columns.length)]]);
    expect(escapeMarkdown(nastyTitle)).toBe('Rà soát \\| \\<b\\> \\`x\\` và \\*công bố\\* \\[TTHC\\]');
  });

  it('opens with the head of an administrative document', () => {
    const head = md.parse(brief.split('\n# ')[0]!, {});
    const cellsText = flat(head).filter((t) => t.type === 'text' && t.content !== '').map((t) => t.content);
    expect(cellsText).toEqual(['UBND TỈNH TÂY NINH', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Tây Ninh, ngày 25 tháng 10 năm 2024']);
  });

  it('says what changed since the previous snapshot', () => {
    expect(brief).toContain('## Thay đổi so với ngày 18/10/2024');
    expect(brief).toContain('**+2 nhiệm vụ hoàn thành** so với 18/10/2024; tỷ lệ hoàn thành tăng từ 25% lên 75%.');
  });

  it('words a fall as a fall and names the units that vanished (issue 12, point 7)', () => {
    const s = sampleSummary({ comparison: true });
    s.comparison!.trend.tasksCompletionRate = 'fall';
    s.comparison!.previous.tasksCompletionRate = 8 / 13;
    s.tasks!.completionRate = 11 / 18;
    s.comparison!.unitsVanished = ['Sở Kế hoạch và Đầu tư'];
    s.comparison!.unitsCompared = { both: 8, now: 9, before: 9 };
    s.comparison!.sameUnits = false;
    const vi = renderMarkdown(s, { lang: 'vi', template: template('vi') });
    expect(vi).toContain('tỷ lệ hoàn thành giảm từ 61,5% xuống 61,1%.');
    expect(vi).not.toMatch(/từ 61,5% lên/);
    expect(vi).toContain('Đơn vị có số liệu kỳ trước nhưng không còn ở kỳ này: Sở Kế hoạch và Đầu tư.');
    expect(vi).toContain('hai kỳ không cùng các đơn vị báo cáo (8/9 đơn vị có số liệu ở cả hai kỳ)');
    const en = renderMarkdown(s, { lang: 'en', template: template('en') });
    expect(en).toContain('completion fell from 61.5% to 61.1%.');
    expect(en).toContain('do not cover the same units (8 of 9 units have figures in both)');
    expect(brief).toContain('- Số nhiệm vụ quá hạn: -1.');
    expect(brief).toContain('- Sở Tư pháp: tỷ lệ hoàn thành tăng từ 0% lên 100%.');
    expect(brief).toContain('1. Số hóa hồ sơ TTHC (Văn phòng UBND tỉnh)');
    expect(brief).not.toContain('Hồ sơ TTHC tiếp nhận: ');
  });

  it('reads the dossier figures aloud, by level, for the reporting period', () => {
    expect(brief).toContain(
      'Trong 9 tháng đầu năm 2024, toàn tỉnh đã tiếp nhận **270.497 hồ sơ TTHC**, trong đó cấp tỉnh 165.106, cấp huyện 26.060, cấp xã 79.331; đã giải quyết **260.103 hồ sơ**, trong đó trước và đúng hạn 256.540 hồ sơ (đạt 98,6%), quá hạn 3.563 hồ sơ; đang giải quyết 10.394 hồ sơ.',
    );
    expect(brief).toContain('| Cấp tỉnh | 165.106 | 157.730 | 155.339 | 2.391 | 7.376 | 76.621 | — | 98,5% | 46,4% |');
    // No form reports online payments: said so, never "0".
    expect(brief).toContain('số hồ sơ thanh toán trực tuyến chưa có số liệu.');
  });

  it('reads the feedback figures aloud, with the sectors most concerned', () => {
    expect(brief).toContain('đã tiếp nhận **306 phản ánh, kiến nghị** của người dân, doanh nghiệp; đã xử lý 298 (97,4%).');
    expect(brief).toContain('Tập trung nhiều nhất ở các lĩnh vực: Lĩnh vực khác (135), Tài nguyên và Môi trường (78), Căn cước công dân (52).');
  });

  it('links the SVG chart written beside it, and leaves the link out when there is none', () => {
    const image = flat(tokens).find((t) => t.type === 'image');
    expect(image?.attrGet('src')).toBe('reform-report-2024-10-25.svg');
    const without = renderMarkdown(sampleSummary(), { lang: 'vi', template: template('vi') });
    expect(flat(md.parse(without, {})).some((t) => t.type === 'image')).toBe(false);
  });

  it('ranks the units in a league table with a total row', () => {
    expect(brief).toContain('| Xếp hạng | Đơn vị | Tổng số | Hoàn thành | Quá hạn | Chưa báo cáo | Tỷ lệ hoàn thành |');
    expect(brief).toContain('| 1 | Sở Tư pháp | 1 | 1 | 0 | 0 | 100% |');
    expect(brief).toContain('|  | **Tổng cộng** | **4** | **3** | **1** | **0** | **75%** |');
  });

  it('is rendered in English under --lang en, as valid GFM too', () => {
    const en = renderMarkdown(sampleSummary({ comparison: true }), { lang: 'en', template: template('en') });
    expect(en).toContain('| **UBND TỈNH TÂY NINH** | **SOCIALIST REPUBLIC OF VIETNAM** |');
    expect(en).toContain('*Tây Ninh, 25 October 2024*');
    expect(en).toContain('In the first 9 months of 2024, **270,497 dossiers** were received (province 165,106, district 26,060, commune 79,331)');
    expect(en).toContain('**+2 tasks complete** since 2024-10-18');
    for (const rows of tableShapes(md.parse(en, {}))) expect(new Set(rows).size).toBe(1);
  });

  it('takes a user template with the same variables', () => {
    const own = renderMarkdown(sampleSummary(), { lang: 'vi', template: '{{head.dateLine}} — {{tasks.fraction}} — {{dossiers.received}} — {{text summary.title}}' });
    expect(own).toBe('Tây Ninh, ngày 25 tháng 10 năm 2024 — 3/4 — 270.497 — Báo cáo tình hình thực hiện nhiệm vụ Chuyển đổi số, Cải cách hành chính\n');
  });
});
