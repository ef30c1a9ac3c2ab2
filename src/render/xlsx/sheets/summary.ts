/**
 * The summary sheet (`Tổng hợp`): the head of an administrative document, the headline figures
 * as formulas over the other sheets (so an edit there flows here), the previous snapshot's
 * figures and the change, and room on the right for the completion chart.
 */
import type ExcelJS from 'exceljs';
import type { HeadlineFigures, UnitTaskRow } from '../../../model/summary.js';
import { headlineFigures } from '../../../compute/compare.js';
import { labels } from '../../../i18n/index.js';
import { documentHead } from '../../document.js';
import { formatDate, formatInteger, formatPercent, unitLabel } from '../../format.js';
import { leagueFor, unitsAt } from '../../../compute/league.js';
import { font, linesHeight, numFmt, printSetup, rateColours, sheetRef, styleHeaderCell, styleSectionCell, thin, wrappedLines } from '../styles.js';
import { fitHeight, type Placements, type SheetContext } from './lists.js';

/** Where the chart goes, in 0-based cell coordinates of its corners. */
export interface ChartAnchor {
  from: { col: number; row: number };
  to: { col: number; row: number };
}

interface FigureRow {
  key: keyof HeadlineFigures | 'errors' | 'warnings';
  kind: 'integer' | 'percent';
  value: number | null;
  /** The formula that computes it in the workbook; absent for figures no sheet holds. */
  formula?: string;
  /** For rates: the figure keys of numerator and denominator on this sheet. */
  rateOf?: [keyof HeadlineFigures, keyof HeadlineFigures];
  /** A measure no table reports: "chưa có số liệu", never 0 (SPEC §4.1). */
  absent?: boolean;
  /** When only some units report it: how many, said beside the label. */
  coverage?: { units: number; of: number };
}

const chartColumns = 8;
const roman = ['I', 'II', 'III', 'IV', 'V', 'VI'];

export function writeSummarySheet(ws: ExcelJS.Worksheet, ctx: SheetContext, placements: Placements): ChartAnchor | null {
  const { summary, lang, thresholds } = ctx;
  const L = labels[lang];
  const change = summary.comparison;
  // Columns: A figure, B value, [C previous, D change], a gap, then the chart's columns.
  const valueColumns = change ? 3 : 1;
  const chartStart = valueColumns + 2;
  const lastColumn = chartStart + chartColumns;
  ws.getColumn(1).width = 46;
  for (let c = 2; c <= valueColumns + 1; c++) ws.getColumn(c).width = 15;
  ws.getColumn(valueColumns + 2).width = 2;
  for (let c = chartStart + 1; c <= lastColumn; c++) ws.getColumn(c).width = 9.5;

  const head = documentHead(summary, lang);
  const left = (row: number, text: string, f: Partial<ExcelJS.Font>) => put(ws, row, 1, valueColumns + 1, text, f);
  const right = (row: number, text: string, f: Partial<ExcelJS.Font>) => put(ws, row, chartStart + 1, lastColumn, text, f);
  head.organization.forEach((line, i) => left(1 + i, line, font({ bold: true, underline: i === head.organization.length - 1 })));
  right(1, head.nation, font({ bold: true }));
  right(2, head.motto, font({ bold: true, underline: true, size: 13 }));
  right(3, head.dateLine, font({ italic: true }));
  put(ws, 5, 1, lastColumn, head.title.toLocaleUpperCase('vi'), font({ bold: true, size: 14 }));
  fitHeight(ws, 5, lastColumn, head.title.toLocaleUpperCase('vi'), 14, true);
  put(ws, 6, 1, lastColumn, `(${head.asOfLine})`, font({ italic: true }));
  fitHeight(ws, 6, lastColumn, `(${head.asOfLine})`, 12);

  const headerRow = 8;
  const headers = [L.columns.figure, L.columns.value, ...(change ? [L.comparison.previous(formatDate(change.previousAsOf, lang)), L.comparison.change] : [])];
  headers.forEach((h, i) => styleHeaderCell(Object.assign(ws.getCell(headerRow, i + 1), { value: h })));
  const headerLines = Math.max(...headers.map((h, i) => wrappedLines(h, ws.getColumn(i + 1).width ?? 9, { bold: true })));
  if (headerLines > 1) ws.getRow(headerRow).height = linesHeight(headerLines);

  const before = change?.previous;
  const rowOf = new Map<string, number>();
  let row = headerRow + 1;
  for (const [n, section] of figureSections(ctx, placements).entries()) {
    const heading = ws.getCell(row, 1);
    heading.value = `${roman[n]}. ${L.headings[section.heading]}`;
    for (let c = 1; c <= valueColumns + 1; c++) styleSectionCell(ws.getCell(row, c));
    row += 1;
    for (const f of section.figures) {
      rowOf.set(f.key, row);
      const label = ws.getCell(row, 1);
      label.value = f.coverage && f.coverage.units < f.coverage.of ? `${L.figures[f.key]} (${L.words.coverage(String(f.coverage.units), String(f.coverage.of))})` : L.figures[f.key];
      label.font = font({ bold: f.kind === 'percent' });
      label.alignment = { indent: 1, vertical: 'top', wrapText: true };
      const value = ws.getCell(row, 2);
      const formula = f.rateOf ? `IF(B${rowOf.get(f.rateOf[1])}=0,"N/A",B${rowOf.get(f.rateOf[0])}/B${rowOf.get(f.rateOf[1])})` : f.formula;
      value.value = f.absent ? L.words.noData : formula ? { formula, result: f.value ?? 'N/A' } : f.value;
      value.numFmt = f.kind === 'percent' ? numFmt.percent : numFmt.integer;
      value.font = font({ bold: f.kind === 'percent' });
      value.alignment = { horizontal: 'right', vertical: 'top' };
      // The online rate has targets of its own (≥ 50%), not the completion thresholds.
      if (f.kind === 'percent' && f.key !== 'dossiersOnlineRate') rateColours(ws, `B${row}`, thresholds);
      if (change && before) {
        const isHeadline = f.key !== 'errors' && f.key !== 'warnings';
        const was = isHeadline ? before[f.key as keyof HeadlineFigures] : null;
        const prev = ws.getCell(row, 3);
        prev.value = was;
        prev.numFmt = value.numFmt;
        const diff = ws.getCell(row, 4);
        const now = f.value;
        diff.value = { formula: `IF(AND(ISNUMBER(B${row}),ISNUMBER(C${row})),B${row}-C${row},"")`, result: now !== null && was !== null ? now - was : '' };
        diff.numFmt = f.kind === 'percent' ? numFmt.signedPercent : numFmt.signedInteger;
        for (const cell of [prev, diff]) {
          cell.font = font();
          cell.alignment = { horizontal: 'right', vertical: 'top' };
        }
      }
      for (let c = 1; c <= valueColumns + 1; c++) ws.getCell(row, c).border = thin;
      row += 1;
    }
  }
  const tableEnd = row - 1;
  row += 1;
  for (const [label, lines] of notes(ctx)) {
    put(ws, row, 1, valueColumns + 1, label, font({ bold: true }), 'left');
    row += 1;
    for (const line of lines) {
      put(ws, row, 1, valueColumns + 1, `- ${line}`, font(), 'left');
      fitHeight(ws, row, valueColumns + 1, `- ${line}`, 12);
      row += 1;
    }
  }
  printSetup(ws, { footer: L.document.footer, onePage: true });
  ws.views = [{ showGridLines: false }];
  if (!placements.league || placements.league.rows === 0 || !ctx.summary.tasks) return null;
  const league = leagueFor(ctx.summary.tasks);
  const units = league.complete ? league.order.length : league.bottom.length;
  const chartRows = Math.max(tableEnd - headerRow + 1, Math.ceil(units * 1.6) + 5);
  return { from: { col: chartStart, row: headerRow - 1 }, to: { col: lastColumn, row: headerRow - 1 + chartRows } };
}

/** A line of text over merged columns. */
function put(ws: ExcelJS.Worksheet, row: number, from: number, to: number, text: string, f: Partial<ExcelJS.Font>, horizontal: 'center' | 'left' = 'center'): void {
  const cell = ws.getCell(row, from);
  cell.value = text;
  cell.font = f;
  cell.alignment = { horizontal, vertical: 'middle', wrapText: true };
  if (to > from) ws.mergeCells(row, from, row, to);
}

/** The figures by section, with the formulas that fetch them from the list sheets. */
function figureSections(ctx: SheetContext, p: Placements): { heading: 'tasks' | 'indicators' | 'dossiers' | 'feedback' | 'data'; figures: FigureRow[] }[] {
  const { summary, lang } = ctx;
  const L = labels[lang];
  const now = headlineFigures(summary);
  const sections: ReturnType<typeof figureSections> = [];
  const integer = (key: FigureRow['key'], value: number | null, formula: string | undefined): FigureRow => ({ key, kind: 'integer', value, ...(formula ? { formula } : {}) });
  const headline = (key: keyof HeadlineFigures, formula?: string) => integer(key, now[key], formula);
  /** A count read from the total row of a list sheet's column, when the sheet has one. */
  const fromTotal = (place: Placements['league'] | Placements['dossierLevels'] | Placements['feedback'], key: keyof HeadlineFigures, column: string) =>
    headline(key, place?.table.totalRow ? sheetRef(place.sheet, `${place.table.letter(column)}${place.table.totalRow}`) : undefined);
  const rate = (key: keyof HeadlineFigures, numerator: keyof HeadlineFigures, denominator: keyof HeadlineFigures): FigureRow => ({ key, kind: 'percent', value: now[key], rateOf: [numerator, denominator] });
  if (summary.tasks) {
    sections.push({ heading: 'tasks', figures: [
      fromTotal(p.league, 'tasksTotal', 'total'),
      fromTotal(p.league, 'tasksDone', 'done'),
      rate('tasksCompletionRate', 'tasksDone', 'tasksTotal'),
      headline('tasksDue'),
      headline('tasksDoneOfDue'),
      rate('tasksDueCompletionRate', 'tasksDoneOfDue', 'tasksDue'),
      fromTotal(p.league, 'tasksOverdue', 'overdue'),
    ] });
  }
  if (summary.indicators && p.indicators) {
    const { sheet, table } = p.indicators;
    const range = (key: string) => sheetRef(sheet, `$${table.letter(key)}$${table.firstRow}:$${table.letter(key)}$${Math.max(table.firstRow, table.lastRow)}`);
    sections.push({ heading: 'indicators', figures: [
      headline('indicatorsTotal', `COUNTA(${range('title')})`),
      headline('indicatorsMet', `COUNTIF(${range('status')},"${L.indicatorStatus.met}")`),
      rate('indicatorsMetRate', 'indicatorsMet', 'indicatorsTotal'),
    ] });
  }
  const d = summary.dossiers;
  if (d) {
    // A measure only some units report, and its rate, are over those units: the level table's total row holds both.
    const measure = (f: FigureRow, m: 'resolvedOnTime' | 'online'): FigureRow => ({ ...f, absent: d[m] === null, ...(d.coverage ? { coverage: d.coverage[m] } : {}) });
    sections.push({ heading: 'dossiers', figures: [
      fromTotal(p.dossierLevels, 'dossiersReceived', 'received'),
      fromTotal(p.dossierLevels, 'dossiersResolved', 'resolved'),
      measure(fromTotal(p.dossierLevels, 'dossiersResolvedOnTime', 'resolvedOnTime'), 'resolvedOnTime'),
      measure({ ...fromTotal(p.dossierLevels, 'dossiersOnTimeRate', 'onTimeRate'), kind: 'percent' }, 'resolvedOnTime'),
      measure(fromTotal(p.dossierLevels, 'dossiersOnline', 'online'), 'online'),
      measure({ ...fromTotal(p.dossierLevels, 'dossiersOnlineRate', 'onlineRate'), kind: 'percent' }, 'online'),
    ] });
  }
  if (summary.feedback) {
    sections.push({ heading: 'feedback', figures: [fromTotal(p.feedback, 'feedbackTotal', 'total'), { ...fromTotal(p.feedback, 'feedbackResolved', 'resolved'), absent: summary.feedback.resolved === null }] });
  }
  const issues = p.issues;
  const severityCount = (label: string) =>
    issues && issues.table.lastRow >= issues.table.firstRow
      ? `COUNTIF(${sheetRef(issues.sheet, `$${issues.table.letter('severity')}$${issues.table.firstRow}:$${issues.table.letter('severity')}$${issues.table.lastRow}`)},"${label}")`
      : undefined;
  const countRow = (key: 'errors' | 'warnings', value: number, label: string) => integer(key, value, severityCount(label));
  sections.push({
    heading: 'data',
    figures: [countRow('errors', summary.issues.errors, L.severity.error), countRow('warnings', summary.issues.warnings, L.severity.warning)],
  });
  return sections;
}

/** The lists under the figures: who has not reported, and what changed since the previous snapshot. */
function notes(ctx: SheetContext): [string, string[]][] {
  const { summary, lang } = ctx;
  const L = labels[lang];
  const out: [string, string[]][] = [];
  const t = summary.tasks;
  const league = t ? leagueFor(t) : null;
  const size = league?.size ?? 10;
  if (t && league && !league.complete) {
    // A hundred units: the first page names the top and bottom of the league and every unit with overdue tasks (the chart shows the bottom).
    const rate = (u: UnitTaskRow) => `${unitLabel(u.unit, u.includes, lang)}${u.province ? ` (${u.province})` : ''}: ${formatPercent(u.completionRate, lang)}`;
    const n = String(size);
    out.push([`${L.words.leagueTop(n)}:`, unitsAt(t, league.top).map(rate)]);
    out.push([`${L.words.leagueBottom(n)}:`, unitsAt(t, league.bottom).map(rate)]);
    const overdue = unitsAt(t, league.order).filter((u) => u.overdue > 0);
    if (overdue.length > 0) out.push([`${L.words.leagueOverdue}:`, overdue.map((u) => `${rate(u)}, ${L.columns.overdue.toLocaleLowerCase(lang)} ${u.overdue}`)]);
  }
  if (summary.unitsNotReported.length > 0) out.push([`${L.figures.unitsNotReported}:`, summary.unitsNotReported]);
  const change = summary.comparison;
  if (!change) return out;
  const cap = (lines: string[]) => (lines.length > size ? [...lines.slice(0, size), L.words.andMore(String(lines.length - size))] : lines);
  const since = L.comparison.since(formatDate(change.previousAsOf, lang));
  const task = (t: { title: string; lead: string }) => `${t.title} (${t.lead})`;
  if (change.unitsAppeared.length > 0) out.push([`${L.comparison.unitsAppeared} ${since}:`, cap(change.unitsAppeared)]);
  if (change.unitsVanished.length > 0) out.push([`${L.comparison.unitsVanished} ${since}:`, cap(change.unitsVanished)]);
  if (!change.sameUnits) out.push([`${L.comparison.differentUnits(formatInteger(change.unitsCompared.both, lang), formatInteger(change.unitsCompared.now, lang))}.`, []]);
  if (change.newlyDone.length > 0) out.push([`${L.comparison.newlyDone} ${since} (${change.newlyDone.length}):`, cap(change.newlyDone.map(task))]);
  if (change.newlyOverdue.length > 0) out.push([`${L.comparison.newlyOverdue} ${since} (${change.newlyOverdue.length}):`, cap(change.newlyOverdue.map(task))]);
  const unitLine = (u: (typeof change.units)[number]) => `${unitLabel(u.unit, u.includes, lang)}: ${formatPercent(u.completionRateBefore, lang)} → ${formatPercent(u.completionRateNow, lang)}`;
  const improved = change.units.filter((u) => u.change === 'improved');
  const declined = change.units.filter((u) => u.change === 'declined');
  if (improved.length > 0) out.push([`${L.comparison.improved} ${since}:`, improved.map(unitLine)]);
  if (declined.length > 0) out.push([`${L.comparison.declined} ${since}:`, declined.map(unitLine)]);
  return out;
}
