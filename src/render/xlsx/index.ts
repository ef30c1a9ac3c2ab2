/**
 * The Excel workbook (SPEC §4.2): sheets named in the report language, the summary sheet first
 * with a native bar chart of completion by unit, then the lists. exceljs writes the cells;
 * package.ts adds what exceljs cannot (the chart) and fixes what it gets wrong for us (the
 * default font, the zip entries' dates).
 */
import type ExcelJS from 'exceljs';
import Workbook from 'exceljs/lib/doc/workbook.js';
import type { Summary } from '../../model/summary.js';
import { runIdKeyword, runIdProperty } from '../run-id.js';
import { defaultThresholds, type Thresholds } from '../../model/config.js';
import { labels } from '../../i18n/index.js';
import type { Lang } from '../../model/lang.js';
import { leagueFor, unitsAt } from '../../compute/league.js';
import { sheetRef } from './styles.js';
import { writeListSheets, type Placements } from './sheets/lists.js';
import { writeSummarySheet } from './sheets/summary.js';
import { finishPackage, type ChartPart } from './package.js';
import type { ChartAnchor } from './sheets/summary.js';

export interface XlsxOptions {
  lang: Lang;
  /** The config's colour thresholds, for the conditional formats of rates. */
  thresholds?: Thresholds;
}

export async function renderXlsx(summary: Summary, opts: XlsxOptions): Promise<Uint8Array> {
  const L = labels[opts.lang];
  const ctx = { summary, lang: opts.lang, thresholds: opts.thresholds ?? defaultThresholds };
  const wb = new Workbook();
  // Fixed timestamps: the same inputs give the same workbook (SPEC §5).
  const stamp = new Date(`${summary.asOf}T00:00:00Z`);
  wb.created = stamp;
  wb.modified = stamp;
  wb.creator = 'reform-report';
  // The build's run id (the same in the JSON and the brief of the set), in the document properties.
  if (summary.runId) wb.keywords = `${runIdKeyword}${summary.runId}`;
  // Sheets are created in their final order, then filled lists first: the summary's formulas point into them.
  const present: [string, boolean][] = [
    [L.sheets.summary, true],
    [L.sheets.byUnit, summary.tasks !== null],
    [L.sheets.tasks, summary.tasks !== null],
    [L.sheets.open, summary.tasks !== null],
    [L.sheets.indicators, summary.indicators !== null],
    [L.sheets.dossiers, summary.dossiers !== null],
    [L.sheets.feedback, summary.feedback !== null],
    [L.plan.sheet, summary.plan !== undefined],
    [L.receipts.sheet, summary.receipts !== undefined],
    [L.sheets.checks, true],
  ];
  for (const [name, used] of present) if (used) wb.addWorksheet(name);
  const sheet = (name: string) => wb.getWorksheet(name)!;
  const placements = writeListSheets(sheet, ctx);
  const anchor = writeSummarySheet(sheet(L.sheets.summary), ctx, placements);
  const charts = anchor ? [completionChart(summary, opts.lang, placements, anchor)] : [];
  const written = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  return finishPackage(written, { date: stamp, charts, ...(summary.runId ? { customProperties: { [runIdProperty]: summary.runId } } : {}) });
}

/**
 * Completion by unit, in the league table's order, drawn from the `Theo đơn vị` cells: every unit,
 * or with more than 2 × leagueSize of them the bottom leagueSize (the last rows of the table),
 * which a meeting needs to see; the sheet keeps the whole table.
 */
function completionChart(summary: Summary, lang: Lang, placements: Placements, anchor: ChartAnchor): ChartPart {
  const L = labels[lang];
  const { table, sheet } = placements.league!;
  const league = leagueFor(summary.tasks!);
  const positions = league.complete ? league.order : league.bottom;
  const firstRow = table.lastRow - positions.length + 1;
  const range = (key: string) => sheetRef(sheet, `$${table.letter(key)}$${firstRow}:$${table.letter(key)}$${table.lastRow}`);
  const rows = unitsAt(summary.tasks!, positions);
  return {
    sheet: L.sheets.summary,
    anchor,
    spec: {
      // A part of the units says which part: the bottom of a hundred are not "the units".
      title: league.complete ? L.titles.chart : `${L.titles.chart} — ${L.words.leagueBottom(String(positions.length))}`,
      nameRef: sheetRef(sheet, `$${table.letter('completionRate')}$${table.headerRow}`),
      name: L.columns.completionRate,
      categoriesRef: range('unit'),
      valuesRef: range('completionRate'),
      categories: rows.map((u) => u.unit),
      values: rows.map((u) => u.completionRate),
      lang: lang === 'vi' ? 'vi-VN' : 'en-US',
    },
  };
}
