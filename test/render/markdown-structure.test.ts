/** Issue 13, point 10: titles cannot make lists or links in the brief. */
import { describe, expect, it } from 'vitest';
import MarkdownIt from 'markdown-it';
import { escapeMarkdown } from '../../src/render/markdown.js';

const gfm = new MarkdownIt({ linkify: true });

describe('Markdown structure from titles', () => {
  it.each(['- Rà soát văn bản', '+ Công bố TTHC', '1. Số hoá hồ sơ', '2) Cập nhật cổng', '  - thụt lề'])('%j stays a paragraph, as written', (title) => {
    const html = gfm.render(escapeMarkdown(title));
    expect(html).not.toMatch(/<[uo]l>/);
    expect(html).toBe(`<p>${title.trim()}</p>\n`);
  });

  it('leaves bare addresses unlinked, as written', () => {
    const title = 'Xem https://dichvucong.gov.vn/p và www.tayninh.gov.vn';
    const html = gfm.render(escapeMarkdown(title));
    expect(html).not.toMatch(/<a /);
    expect(html).toBe(`<p>${title}</p>\n`);
  });

  it('leaves text that only looks like a marker alone', () => {
    expect(escapeMarkdown('-5% so với 2023')).toBe('-5% so với 2023');
    expect(escapeMarkdown('2024. năm')).toBe('2024\\. năm');
  });
});
