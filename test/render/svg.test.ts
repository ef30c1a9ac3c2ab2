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
