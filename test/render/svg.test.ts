import { describe, expect, it } from 'vitest';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { renderCompletionSvg } from '../../src/render/svg.js';
import { sampleSummary } from './sample.js';

describe('the SVG chart beside the brief', () => {
  it('is well-formed SVG with one bar per unit in league order, coloured by health', () => {
    const svg = renderCompletionSvg(sampleSummary(), 'vi')!;
    expect(XMLValidator.validate(svg)).toBe(true);
    const root = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(svg).svg;
    const bars = root.rect.filter((r: { title?: string }) => r.title);
    expect(bars.map((b: { title: string }) => b.title)).toEqual(['Sở Tư pháp: 100% (1/1)', 'Văn phòng UBND tỉnh: 100% (1/1)', 'Sở Nội vụ: 50% (1/2)']);
    expect(bars.map((b: { fill: string }) => b.fill)).toEqual(['#2e7d32', '#2e7d32', '#c62828']);
    expect(bars.map((b: { width: string }) => Number(b.width))).toEqual([380, 380, 190]);
    // Every unit drawn: no line saying which part.
    expect(root.text.map((t: { '#text': string }) => t['#text'])).not.toContain(expect.stringMatching(/ trong \d+ đơn vị/));
  });

  it('draws a long unit name whole, squeezed into its room, and a short one as it is', () => {
    const s = sampleSummary();
    s.tasks!.byUnit.find((u) => u.unit === 'Sở Tư pháp')!.unit = 'Sở Nông nghiệp và Phát triển nông thôn tỉnh Tây Ninh';
    const texts = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(renderCompletionSvg(s, 'vi')!).svg.text as { '#text': string; textLength?: string }[];
    const long = texts.find((t) => t['#text'] === 'Sở Nông nghiệp và Phát triển nông thôn tỉnh Tây Ninh')!;
    expect(Number(long.textLength)).toBeLessThanOrEqual(250);
    expect(texts.find((t) => t['#text'] === 'Sở Nội vụ')!.textLength).toBeUndefined();
  });

  it('escapes unit names', () => {
    const s = sampleSummary();
    s.tasks!.byUnit[0]!.unit = 'Sở <TT&TT>';
    const svg = renderCompletionSvg(s, 'vi')!;
    expect(XMLValidator.validate(svg)).toBe(true);
    expect(svg).toContain('Sở &lt;TT&amp;TT&gt;');
  });

  it('is not drawn without units', () => {
    const s = sampleSummary();
    s.tasks = null;
    expect(renderCompletionSvg(s, 'vi')).toBeNull();
  });
});
