/**
 * One view drawn as a bordered table at a given row: header, data rows, and a total row whose
 * sums and rates are formulas. Rate columns are formulas on every row too, with the computed
 * value cached beside the formula (Excel recalculates after an edit; readers that never
 * calculate, exceljs among them, still see the figure).
 */
import type ExcelJS from 'exceljs';
import type { Thresholds } from '../../model/config.js';
import { columnLetter } from '../../model/text.js';
import type { CellValue, RateOf, TableView, ViewColumn } from '../views.js';
import { partialRate, rateOverRows, reportsBothParts, totalRow } from '../cells.js';
import { absentMark } from '../format.js';
import { font, linesHeight, numFmt, paintTone, rateColours, styleHeaderCell, thin, wrappedLines } from './styles.js';

export interface PlacedTable {
  headerRow: number;
  /** First and last data rows; lastRow < firstRow when the view has no rows. */
  firstRow: number;
  lastRow: number;
  totalRow: number | null;
  /** The column letter of a view column. */
  letter(key: string): string;
}

export interface TableOptions {
  totalLabel: string;
  thresholds: Thresholds;
  /** Columns painted with the row's tone (fixed fills: these values are not formulas). */
  toneColumns?: readonly string[];
  /** Counts that are bad news when above zero (overdue): red text. */
  alarmColumns?: readonly string[];
  /** Columns left free before the table (0: it starts in column A). */
  offset?: number;
}

const isoDate = /^\d{4}-\d{2}-\d{2}$/;
const alarmColour = 'FFC00000';

export function writeTable(ws: ExcelJS.Worksheet, view: TableView, headerRow: number, opts: TableOptions): PlacedTable {
  const offset = opts.offset ?? 0;
  const index = new Map(view.columns.map((c, i) => [c.key, i]));
  const letter = (key: string) => columnLetter(offset + index.get(key)!);
  const col = (i: number) => offset + i + 1;
  const width = (i: number) => ws.getColumn(col(i)).width ?? 9;
  view.columns.forEach((c, i) => {
    const cell = ws.getCell(headerRow, col(i));
    cell.value = c.label;
    styleHeaderCell(cell);
  });
  fitRow(ws, headerRow, view.columns.map((c, i) => wrappedLines(c.label, width(i), { bold: true })));
  const firstRow = headerRow + 1;
  view.rows.forEach((r, n) => {
    const rowNumber = firstRow + n;
    view.columns.forEach((c, i) => {
      const cell = ws.getCell(rowNumber, col(i));
      const value = r.values[c.key] ?? null;
      // A rate is a formula over its row's cells only where they give it: not over a part not
      // reported ("—"), nor on a row of totals whose parts cover different units (compute's figure is written).
      const rate = reportsBothParts(r, c) && sameFigure(rateOverRows([r], c), value) ? rateFormula(c, letter, rowNumber) : null;
      if (rate) cell.value = { formula: rate, result: typeof value === 'number' ? value : 'N/A' };
      else if (value === null && c.absent) cell.value = absentMark;
      else if (value !== null && value !== '') cell.value = c.kind === 'date' && typeof value === 'string' && isoDate.test(value) ? new Date(`${value}T00:00:00Z`) : value;
      styleDataCell(cell, c, value);
      if (r.tone && opts.toneColumns?.includes(c.key)) paintTone(cell, r.tone);
      if (typeof value === 'number' && value > 0 && opts.alarmColumns?.includes(c.key)) cell.font = font({ bold: true, color: { argb: alarmColour } });
      const figure = r.numbers?.[c.key];
      if (figure) {
        cell.value = figure.value;
        cell.numFmt = figure.percent ? numFmt.reportedPercent : numFmt.reportedNumber;
        cell.alignment = { ...cell.alignment, horizontal: 'right' };
        if (figure.asWritten) cell.note = figure.asWritten;
      }
    });
    fitRow(ws, rowNumber, view.columns.map((c, i) => (c.wrap && typeof r.values[c.key] === 'string' ? wrappedLines(r.values[c.key] as string, width(i)) : 1)));
  });
  const lastRow = headerRow + view.rows.length;
  let total: number | null = null;
  if (view.withTotal && view.rows.length > 0) {
    total = lastRow + 1;
    writeTotalRow(ws, view, total, firstRow, lastRow, letter, opts.totalLabel, offset);
  }
  const end = total ?? lastRow;
  view.columns.forEach((c) => {
    if (end < firstRow) return;
    if (c.total && c.total !== 'sum' && !c.neutral) rateColours(ws, `${letter(c.key)}${firstRow}:${letter(c.key)}${end}`, opts.thresholds);
  });
  return { headerRow, firstRow, lastRow, totalRow: total, letter };
}

function fitRow(ws: ExcelJS.Worksheet, row: number, lines: number[]): void {
  const most = Math.max(1, ...lines);
  if (most > 1) ws.getRow(row).height = linesHeight(most);
}

/**
 * Whether a formula gives the figure the report states: Excel recalculates on opening, and a
 * formula that gave another figure would move it. No rate on both sides (a denominator of 0:
 * the formula's "N/A") is the same figure.
 */
function sameFigure(fromCells: number | null, shown: CellValue | undefined): boolean {
  if (typeof shown !== 'number') return fromCells === null;
  return fromCells !== null && Math.abs(fromCells - shown) < 1e-12;
}

/** `IF(D5=0,"N/A",C5/D5)` for a rate column (`C5/(D5-E5)` over newly received), null for any other. */
function rateFormula(c: ViewColumn, letter: (key: string) => string, row: number): string | null {
  if (!c.total || c.total === 'sum') return null;
  const [num, den, less] = c.total.rateOf;
  const denominator = less ? `(${letter(den)}${row}-${letter(less)}${row})` : `${letter(den)}${row}`;
  return `IF(${denominator}=0,"N/A",${letter(num)}${row}/${denominator})`;
}

/**
 * A total rate over the rows that report both its parts (`—` elsewhere), as compute takes it:
 * SUMIFS keeps, of numerator and denominator alike, the rows where both are numbers — a unit
 * that wrote its online count but not what it received counts in neither.
 */
function partialRateFormula(c: ViewColumn, letter: (key: string) => string, first: number, last: number): string {
  const [num, den, less] = (c.total as { rateOf: RateOf }).rateOf;
  const range = (key: string) => `${letter(key)}${first}:${letter(key)}${last}`;
  const reported = (key: string) => `SUMIFS(${range(key)},${range(num)},">=0",${range(den)},">=0")`;
  const denominator = less ? `(${reported(den)}-${reported(less)})` : reported(den);
  return `IF(${denominator}=0,"N/A",${reported(num)}/${denominator})`;
}

function styleDataCell(cell: ExcelJS.Cell, c: ViewColumn, value: CellValue): void {
  cell.font = font();
  cell.border = thin;
  const numeric = c.kind === 'integer' || c.kind === 'percent' || c.kind === 'number';
  cell.alignment = { vertical: 'top', wrapText: c.wrap === true, ...(numeric || c.kind === 'date' ? { horizontal: 'right' } : {}) };
  if (c.kind === 'integer') cell.numFmt = numFmt.integer;
  if (c.kind === 'percent') cell.numFmt = numFmt.percent;
  if (c.kind === 'date' && typeof value === 'string' && isoDate.test(value)) cell.numFmt = numFmt.date;
}

function writeTotalRow(ws: ExcelJS.Worksheet, view: TableView, row: number, first: number, last: number, letter: (key: string) => string, label: string, offset: number): void {
  const totals = totalRow(view);
  view.columns.forEach((c, i) => {
    const cell = ws.getCell(row, offset + i + 1);
    if (c.total === 'sum' && c.absent && totals[c.key] === null) cell.value = absentMark;
    else if (c.total === 'sum') cell.value = { formula: `SUM(${letter(c.key)}${first}:${letter(c.key)}${last})`, result: totals[c.key] ?? 0 };
    else if (c.total && c.absent && totals[c.key] === null && partialRate(view, c)) cell.value = absentMark;
    else if (c.total && !sameFigure(rateOverRows(view.rows, c), totals[c.key] ?? null)) cell.value = totals[c.key] ?? absentMark;
    else if (c.total) cell.value = { formula: partialRate(view, c) ? partialRateFormula(c, letter, first, last) : rateFormula(c, letter, row)!, result: totals[c.key] ?? 'N/A' };
    styleDataCell(cell, c, null);
    cell.font = font({ bold: true });
  });
  // The label goes in the first column; a leading rank column shares it with the name beside it.
  const labelCell = ws.getCell(row, offset + 1);
  labelCell.value = label;
  labelCell.alignment = { vertical: 'top', horizontal: 'center' };
  if (view.columns[0]?.kind !== 'text' && view.columns[1]?.kind === 'text') ws.mergeCells(row, offset + 1, row, offset + 2);
}

/** Column widths (in Excel's character units) that fit the labels and values of a view. */
export function desiredWidths(view: TableView): number[] {
  return view.columns.map((c) => {
    const headerWord = Math.max(...c.label.split(/\s+/).map((w) => [...w].length));
    const longest = Math.max(0, ...view.rows.map((r) => cellLength(r.values[c.key] ?? null, c)));
    const cap = c.wrap ? (c.key === 'title' || c.key === 'message' || c.key === 'hint' ? 55 : 32) : 40;
    // Times New Roman is narrower than the width unit's digit; ~0.95 of a character per letter, plus padding.
    return Math.min(cap, Math.max(headerWord + 2, Math.ceil(longest * 0.95) + 2, c.kind === 'text' ? 6 : 9));
  });
}

function cellLength(v: CellValue, c: ViewColumn): number {
  if (v === null) return 0;
  if (c.kind === 'date') return 10;
  if (c.kind === 'percent') return 6;
  if (typeof v === 'number') return v.toLocaleString('vi-VN').length;
  return Math.max(...String(v).split('\n').map((l) => [...l].length));
}
