/**
 * Column widths of the Word report's tables, in millimetres. A number is never broken across
 * lines — "270.49 / 7" in a cell is no figure a chairman can read — nor is a word; a short text
 * (a status, a level) is set on one line when there is room; longer text (a task, a unit) wraps.
 * When the columns want more than the page's width, each short column keeps what it needs and
 * gives up what it wanted beyond that (one line for its text, two for its header); only a table
 * whose needs alone overflow the page is shrunk evenly.
 */
import type { ColumnKind } from '../views.js';

/** Text no longer than this (a status, a date, a code) is set on one line; longer text wraps. */
const shortText = 16;
/** The cell's left and right margins (tables.ts: 60 twips each) and a little air, mm. */
const padMm = 2.7;
/** A column of long text is never narrower than this, mm. */
const minLongTextMm = 22;
/** Nor does one word of it claim more than this, mm. */
const maxLongWordMm = 30;
/** A short column's header may take two lines: it wants half its label's width, up to this, mm. */
const maxHeaderWantMm = 25;

/**
 * Width of a text at the tables' 12 pt in Times New Roman, mm, by kind of character: close
 * enough to choose widths (digits are 0,5 em in both weights; bold letters a little wider).
 */
export function textMm(text: string, bold = false): number {
  let width = 0;
  for (const ch of text) {
    if (ch >= '0' && ch <= '9') width += 2.12;
    else if (' .,:;\'’()/[]|!-'.includes(ch)) width += 1.1;
    else if (ch === '%') width += 3.5;
    else if (ch === '—' || ch === '…') width += 4.2;
    else if (ch !== ch.toLowerCase()) width += bold ? 3.1 : 2.9;
    else width += bold ? 2.15 : 2.0;
  }
  return width;
}

const longestWordMm = (text: string, bold: boolean) => Math.max(0, ...text.split(/\s+/).map((w) => textMm(w, bold)));

export interface WidthColumn {
  label: string;
  kind: ColumnKind;
}

export interface WidthCell {
  text: string;
  bold: boolean;
}

/** The widths (mm) of `columns` over the cells of each column, for a table `totalMm` wide. */
export function columnWidthsMm(columns: readonly WidthColumn[], cellsOf: (column: number) => readonly WidthCell[], totalMm: number): number[] {
  const shape = columns.map((c, i) => {
    const cells = cellsOf(i);
    const header = longestWordMm(c.label, true);
    const long = c.kind === 'text' && cells.some((x) => [...x.text].length > shortText);
    if (long) {
      const chars = Math.max(c.label.length, ...cells.map((x) => x.text.length));
      // A file name is one long "word" to this count, but Word and LibreOffice break it at its hyphens.
      const word = Math.min(maxLongWordMm, Math.max(0, ...cells.map((x) => longestWordMm(x.text, x.bold))));
      return { long, need: Math.max(minLongTextMm, header + padMm, word + padMm), want: 0, weight: 10 + Math.min(60, chars) };
    }
    // A number is never broken; a short text ("Tổng cộng", "Đúng tiến độ") on one line when there is room, else at a space.
    const whole = Math.max(header, ...cells.map((x) => textMm(x.text, x.bold))) + padMm;
    const need = c.kind === 'text' ? Math.max(header, ...cells.map((x) => longestWordMm(x.text, x.bold))) + padMm : whole;
    return { long, need, want: Math.max(whole, Math.min(maxHeaderWantMm, textMm(c.label, true) / 2 + padMm)), weight: 0 };
  });
  const needs = shape.reduce((a, s) => a + s.need, 0);
  // Even the needs overflow: shrink evenly (numbers will wrap; nothing better fits on the page).
  if (needs > totalMm) return shape.map((s) => (s.need * totalMm) / needs);
  const widths = shape.map((s) => s.need);
  // Short columns toward what they want, as far as the page allows.
  const wanted = shape.reduce((a, s) => a + (s.want > s.need ? s.want - s.need : 0), 0);
  const toShort = Math.min(wanted, totalMm - needs);
  if (wanted > 0) shape.forEach((s, i) => (widths[i]! += s.want > s.need ? ((s.want - s.need) * toShort) / wanted : 0));
  // The rest to the long text by how much it holds; without any, to the short text columns (a
  // table's label column), else to every column alike, so that the table spans the text width.
  const rest = totalMm - widths.reduce((a, b) => a + b, 0);
  const takers = shape.some((s) => s.long) ? shape.map((s) => s.weight) : columns.some((c) => c.kind === 'text') ? columns.map((c) => (c.kind === 'text' ? 1 : 0)) : widths;
  const takerTotal = takers.reduce((a, b) => a + b, 0);
  return widths.map((w, i) => w + (rest * takers[i]!) / takerTotal);
}
