/**
 * Inline SVG bar charts for the dashboard: one horizontal bar per row, the figure written at
 * the bar's end, an optional target line. Sized by viewBox, so they scale with the page and
 * stay sharp on a projector; fixed coordinates, so the same rows give the same bytes.
 */
import { xmlEscape } from '../xml.js';

export interface Bar {
  label: string;
  /** The bar's length as a share of the axis, 0..1; null draws no bar (no figure). */
  share: number | null;
  /** The figure printed after the bar. */
  text: string;
  /** A class of the stylesheet: good, warn, bad, plain. */
  tone: string;
}

export interface BarChart {
  title: string;
  bars: Bar[];
  /** Axis labels at 0, 20 … 100% for rates; none for counts. */
  percentAxis: boolean;
  /** A vertical line at this share, with its label (the online-rate target). */
  target?: { share: number; label: string } | null;
}

const barArea = 340;
/** Room after a bar for its figure: `100% (15/15)`. */
const valueWidth = 140;
const rowHeight = 34;
const top = 26;

const num = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(1));

export function barChartSvg(chart: BarChart): string {
  // Labels at 17 px average ~9 px a character: the longest unit name sets the left margin, so none is cut.
  const x0 = Math.min(420, Math.max(120, 12 + 9 * Math.max(0, ...chart.bars.map((b) => b.label.length))));
  const width = x0 + barArea + valueWidth;
  const bottom = top + chart.bars.length * rowHeight;
  const height = bottom + (chart.percentAxis ? 28 : 8);
  const parts = [`<svg class="chart" viewBox="0 0 ${width} ${height}" role="img" aria-label="${xmlEscape(chart.title)}" xmlns="http://www.w3.org/2000/svg">`];
  if (chart.percentAxis) {
    for (let p = 0; p <= 100; p += 20) {
      const x = x0 + (barArea * p) / 100;
      parts.push(`<line class="grid" x1="${num(x)}" y1="${top - 4}" x2="${num(x)}" y2="${bottom}"/>`, `<text class="axis" x="${num(x)}" y="${bottom + 20}" text-anchor="middle">${p}%</text>`);
    }
  }
  chart.bars.forEach((b, i) => {
    const y = top + i * rowHeight;
    const w = Math.max(0, Math.min(1, b.share ?? 0)) * barArea;
    parts.push(`<text class="label" x="${x0 - 10}" y="${y + 22}" text-anchor="end">${xmlEscape(b.label)}</text>`);
    if (b.share !== null) parts.push(`<rect class="bar ${b.tone}" x="${x0}" y="${y + 5}" width="${num(w)}" height="${rowHeight - 10}"><title>${xmlEscape(`${b.label}: ${b.text}`)}</title></rect>`);
    parts.push(`<text class="value" x="${num(x0 + w + 8)}" y="${y + 22}">${xmlEscape(b.text)}</text>`);
  });
  if (chart.target) {
    const x = x0 + chart.target.share * barArea;
    parts.push(`<line class="target" x1="${num(x)}" y1="${top - 8}" x2="${num(x)}" y2="${bottom + 2}"/>`, `<text class="target-label" x="${num(x)}" y="${top - 10}" dx="4">${xmlEscape(chart.target.label)}</text>`);
  }
  parts.push('</svg>');
  return parts.join('');
}
