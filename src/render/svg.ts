/**
 * A small SVG bar chart of task completion by unit, written beside the Markdown brief and
 * linked from it, so that any Markdown viewer shows a picture. Units in the league table's
 * order; each bar coloured by the unit's health (computed in the core). Plain SVG 1.1 with
 * fixed coordinates: the same summary gives the same bytes.
 */
import type { Health, Summary } from '../model/summary.js';
import { labels } from '../i18n/index.js';
import { leagueFor, unitsAt } from '../compute/league.js';
import { formatFraction, formatPercent } from './format.js';
import { type Lang } from '../model/lang.js';
import { xmlEscape } from './xml.js';

const colours: Record<Health, string> = { good: '#2e7d32', warn: '#e6a700', bad: '#c62828' };
const width = 760;
const labelWidth = 250;
const barArea = 380;
// 18 px a unit: 23 departments and districts fill a third of an A4 page, not half of it.
const rowHeight = 18;
/** A generous average width of a Vietnamese letter at the label's size (12 px Times), to know when a name needs squeezing. */
const letterWidth = 7;
/** Where the bars start: below the title, and below the line saying which units when not all of them. */
const topOfAll = 44;
const topOfPart = 62;
const font = "'Times New Roman', 'Liberation Serif', serif";

export function renderCompletionSvg(summary: Summary, lang: Lang): string | null {
  const t = summary.tasks;
  if (!t || t.byUnit.length === 0) return null;
  const L = labels[lang];
  // The units the brief's table shows: all of them, or the top and bottom and those with overdue tasks.
  const units = unitsAt(t, leagueFor(t).shown);
  const part = units.length < t.byUnit.length;
  const top = part ? topOfPart : topOfAll;
  const height = top + units.length * rowHeight + 34;
  const x0 = labelWidth;
  const num = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(1));
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${xmlEscape(font)}" font-size="13">`,
    `<title>${xmlEscape(L.titles.chart)}</title>`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    `<text x="${width / 2}" y="24" text-anchor="middle" font-size="15" font-weight="bold">${xmlEscape(L.titles.chart)}</text>`,
  ];
  // Titled as all units, a part of a hundred read as the whole picture.
  if (part) parts.push(`<text x="${width / 2}" y="43" text-anchor="middle" font-size="12" fill="#404040">${xmlEscape(L.words.chartPart(String(units.length), String(t.byUnit.length)))}</text>`);
  for (let p = 0; p <= 100; p += 20) {
    const x = x0 + (barArea * p) / 100;
    parts.push(`<line x1="${num(x)}" y1="${top - 4}" x2="${num(x)}" y2="${top + units.length * rowHeight}" stroke="#d9d9d9" stroke-width="1"/>`);
    parts.push(`<text x="${num(x)}" y="${top + units.length * rowHeight + 18}" text-anchor="middle" font-size="11" fill="#404040">${p}%</text>`);
  }
  units.forEach((u, i) => {
    const y = top + i * rowHeight;
    const w = (u.completionRate ?? 0) * barArea;
    const label = `${formatPercent(u.completionRate, lang)} (${formatFraction(u.done, u.total, lang)})`;
    // A name longer than its room is drawn narrower, whole, rather than cut at the picture's edge.
    const room = x0 - 12;
    const fit = [...u.unit].length * letterWidth > room ? ` textLength="${room}" lengthAdjust="spacingAndGlyphs"` : '';
    parts.push(`<text x="${x0 - 8}" y="${y + 13}" text-anchor="end" font-size="12"${fit}>${xmlEscape(u.unit)}</text>`);
    parts.push(`<rect x="${x0}" y="${y + 2}" width="${num(w)}" height="${rowHeight - 4}" fill="${colours[u.health]}"><title>${xmlEscape(`${u.unit}: ${label}`)}</title></rect>`);
    parts.push(`<text x="${num(x0 + w + 6)}" y="${y + 13}" font-size="11">${xmlEscape(label)}</text>`);
  });
  parts.push('</svg>');
  return `${parts.join('\n')}\n`;
}
