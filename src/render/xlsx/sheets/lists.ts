/**
 * The list sheets (SPEC §4.2): a title and the as-of under it, then one or more tables. The
 * sheet's main table has its header frozen, an autofilter, and its header row repeated on every
 * printed page.
 */
import { dossierSectorsView } from '../../sector-view.js';
import type ExcelJS from 'exceljs';
import type { Summary } from '../../../model/summary.js';
import type { Thresholds } from '../../../model/config.js';
import { columnLetter } from '../../../model/text.js';
import { labels, type Labels } from '../../../i18n/index.js';
import { buildView, type TableView } from '../../views.js';
import { receiptsLine, receiptTablesView, receiptUnitsView } from '../../receipts.js';
import { formatDate, formatInteger } from '../../format.js';
import { type Lang } from '../../../model/lang.js';
import { periodOpening } from '../../document.js';
import { font, linesHeight, printSetup, wrappedLines } from '../styles.js';
import { desiredWidths, writeTable, type PlacedTable, type TableOptions } from '../table.js';

export interface SheetContext {
  summary: Summary;
  lang: Lang;
  thresholds: Thresholds;
}

interface TablePart {
  view: TableView;
  /** A heading above the table (the sheet's title stands for the first table's). */
  heading?: string;
  options?: Pick<TableOptions, 'toneColumns' | 'alarmColumns' | 'offset'>;
  /** The table that gets the frozen header, the autofilter and the repeated print header. */
  main?: boolean;
  /** Text under the header when the view has no rows. */
  empty?: string;
}

/** Where the tables other sheets refer to ended up. */
export interface Placements {
  league?: { sheet: string; table: PlacedTable; rows: number };
  indicators?: { sheet: string; table: PlacedTable };
  dossierLevels?: { sheet: string; table: PlacedTable };
  feedback?: { sheet: string; table: PlacedTable };
  issues?: { sheet: string; table: PlacedTable };
}

/** Fills every list sheet that has data; the worksheets already exist, in the workbook's order. */
export function writeListSheets(sheet: (name: string) => ExcelJS.Worksheet, ctx: SheetContext): Placements {
  const { summary, lang } = ctx;
  const L = labels[lang];
  const view = (name: Parameters<typeof buildView>[1]) => buildView(summary, name, lang);
  const asOf = (d: string) => `(${L.document.asOf(formatDate(d, lang))})`;
  const placements: Placements = {};
  const t = summary.tasks;
  if (t) {
    const league = view('league')!;
    const placed = listSheet(sheet(L.sheets.byUnit), ctx, L.titles.byUnit, `${asOf(t.asOf)} ${L.document.leagueNote}`, [
      { view: league, main: true, options: { alarmColumns: ['overdue'] } },
      // Areas line up under the unit names, not under the ranks.
      { view: view('areas')!, heading: L.titles.areas, options: { offset: 1 } },
    ]);
    placements.league = { sheet: L.sheets.byUnit, table: placed[0]!, rows: league.rows.length };
    listSheet(sheet(L.sheets.tasks), ctx, L.titles.tasks, asOf(t.asOf), [{ view: view('tasks')!, main: true, options: { toneColumns: ['status'], alarmColumns: ['daysOverdue'] } }]);
    listSheet(sheet(L.sheets.open), ctx, L.titles.open, asOf(t.asOf), [{ view: view('open')!, main: true, options: { toneColumns: ['status'], alarmColumns: ['daysOverdue'] } }]);
  }
  if (summary.indicators) {
    const placed = listSheet(sheet(L.sheets.indicators), ctx, L.titles.indicators, asOf(summary.indicators.asOf), [{ view: view('indicators')!, main: true, options: { toneColumns: ['status'] } }]);
    placements.indicators = { sheet: L.sheets.indicators, table: placed[0]! };
  }
  const d = summary.dossiers;
  if (d) {
    const sectors = dossierSectorsView(summary, lang);
    const placed = listSheet(sheet(L.sheets.dossiers), ctx, L.titles.dossierLevels, `(${periodOpening(summary.period, d.asOf, lang)})`, [
      { view: view('dossierLevels')! },
      { view: view('dossierUnits')!, heading: L.titles.dossierUnits, main: true },
      ...(sectors ? [{ view: sectors, heading: L.titles.dossierSectors }] : []),
    ]);
    placements.dossierLevels = { sheet: L.sheets.dossiers, table: placed[0]! };
  }
  if (summary.feedback) {
    const placed = listSheet(sheet(L.sheets.feedback), ctx, L.titles.feedback, asOf(summary.feedback.asOf), [{ view: view('feedback')!, main: true }]);
    placements.feedback = { sheet: L.sheets.feedback, table: placed[0]! };
  }
  const plan = summary.plan;
  if (plan) {
    listSheet(sheet(L.plan.sheet), ctx, L.plan.title, `(${L.plan.line(formatInteger(plan.reported, lang), formatInteger(plan.total, lang))})`, [
      { view: view('planNotReported')!, main: true, empty: L.plan.noneMissing },
      ...(plan.outside.length > 0 ? [{ view: view('planOutside')!, heading: L.plan.outsideTitle }] : []),
    ]);
  }
  const units = receiptUnitsView(summary, lang);
  const tables = receiptTablesView(summary, lang);
  if (units && tables) {
    listSheet(sheet(L.receipts.sheet), ctx, L.receipts.title, `(${receiptsLine(summary, lang)})`, [
      { view: units, main: true, options: { toneColumns: ['state'] } },
      { view: tables, heading: L.receipts.tablesTitle, options: { toneColumns: ['kind'] } },
    ]);
  }
  const invalid = view('invalid');
  const placed = listSheet(sheet(L.sheets.checks), ctx, L.titles.checks, asOf(summary.asOf), [
    { view: view('issues')!, main: true, options: { toneColumns: ['severity'] }, empty: L.words.noIssues },
    ...(invalid ? [{ view: invalid, heading: L.titles.invalidRows }] : []),
  ]);
  placements.issues = { sheet: L.sheets.checks, table: placed[0]! };
  return placements;
}

function listSheet(ws: ExcelJS.Worksheet, ctx: SheetContext, title: string, subtitle: string, parts: TablePart[]): PlacedTable[] {
  const L: Labels = labels[ctx.lang];
  const widths: number[] = [];
  for (const part of parts) desiredWidths(part.view).forEach((w, i) => (widths[i + (part.options?.offset ?? 0)] = Math.max(widths[i + (part.options?.offset ?? 0)] ?? 0, w)));
  widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  const lastColumn = widths.length;
  banner(ws, 1, lastColumn, title, font({ bold: true, size: 13 }));
  banner(ws, 2, lastColumn, subtitle, font({ italic: true }));
  let row = 4;
  const placed: PlacedTable[] = [];
  for (const [i, part] of parts.entries()) {
    if (i > 0) row += 1;
    if (part.heading) {
      banner(ws, row, lastColumn, part.heading, font({ bold: true }));
      row += 1;
    }
    const table = writeTable(ws, part.view, row, { totalLabel: L.words.total, thresholds: ctx.thresholds, ...part.options });
    placed.push(table);
    row = (table.totalRow ?? table.lastRow) + 1;
    if (part.view.rows.length === 0 && part.empty) {
      banner(ws, row, part.view.columns.length, part.empty, font({ italic: true }), 'left');
      row += 1;
    }
    if (part.main) {
      ws.views = [{ state: 'frozen', ySplit: table.headerRow, topLeftCell: `A${table.headerRow + 1}`, activeCell: `A${table.headerRow + 1}` }];
      if (table.lastRow >= table.firstRow) ws.autoFilter = `A${table.headerRow}:${columnLetter(part.view.columns.length - 1)}${table.lastRow}`;
      printSetup(ws, { titleRow: table.headerRow, footer: L.document.footer });
    }
  }
  return placed;
}

/** A line of text across the sheet's columns (merged), centred unless told otherwise. */
export function banner(ws: ExcelJS.Worksheet, row: number, columns: number, text: string, f: Partial<ExcelJS.Font>, horizontal: 'center' | 'left' = 'center'): void {
  const cell = ws.getCell(row, 1);
  cell.value = text;
  cell.font = f;
  cell.alignment = { horizontal, vertical: 'middle', wrapText: true };
  if (columns > 1) ws.mergeCells(row, 1, row, columns);
  fitHeight(ws, row, columns, text, f.size ?? 12, f.bold === true);
}

/** Excel does not grow a merged cell's row to fit its text: give the row the height of its lines. */
export function fitHeight(ws: ExcelJS.Worksheet, row: number, columns: number, text: string, size: number, bold = false): void {
  let width = 0;
  for (let c = 1; c <= columns; c++) width += ws.getColumn(c).width ?? 9;
  const lines = wrappedLines(text, width, { size, bold });
  if (lines > 1) ws.getRow(row).height = linesHeight(lines, size);
}
