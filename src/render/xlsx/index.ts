/**
 * The Excel workbook (SPEC §4.2). Every list sheet is drawn from a view (views.ts); totals and
 * rates are real formulas with their values cached, so Excel recalculates after an edit and
 * readers that do not calculate still see the numbers.
 */
import ExcelJS from 'exceljs';
import type { Summary } from '../../model/summary.js';
import { labels } from '../../i18n/index.js';
import { buildView, type TableView, type Tone } from '../views.js';
import { totalRow } from '../cells.js';
import { formatDate, formatFraction, formatPercent, type Lang } from '../format.js';

const font = 'Times New Roman';
const fills: Record<Exclude<Tone, null>, string> = { good: 'FFE2EFDA', warn: 'FFFFF2CC', bad: 'FFF8CBAD', muted: 'FFEDEDED' };
const headerFill = 'FFD9E1F2';
const percentFormat = '0.0%';
const integerFormat = '#,##0';
const dateFormat = 'dd/mm/yyyy';

export interface XlsxOptions {
  lang: Lang;
}

export async function renderXlsx(summary: Summary, opts: XlsxOptions): Promise<Uint8Array> {
  const L = labels[opts.lang];
  const wb = new ExcelJS.Workbook();
  // Fixed timestamps: the same inputs give the same workbook (SPEC §5).
  const stamp = new Date(`${summary.asOf}T00:00:00Z`);
  wb.created = stamp;
  wb.modified = stamp;
  wb.creator = 'reform-report';
  addSummarySheet(wb, summary, opts.lang);
  const sheets: [string, TableView | null][] = [
    [L.sheets.byUnit, buildView(summary, 'units', opts.lang)],
    [L.sheets.tasks, buildView(summary, 'tasks', opts.lang)],
    [L.sheets.open, buildView(summary, 'open', opts.lang)],
    [L.sheets.indicators, buildView(summary, 'indicators', opts.lang)],
    [L.sheets.checks, buildView(summary, 'issues', opts.lang)],
  ];
  for (const [name, view] of sheets) if (view) addViewSheet(wb, name, view, opts.lang);
  const buffer = await wb.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}

function addSummarySheet(wb: ExcelJS.Workbook, summary: Summary, lang: Lang): void {
  const L = labels[lang];
  const ws = wb.addWorksheet(L.sheets.summary, { properties: { defaultRowHeight: 18 } });
  ws.columns = [{ width: 48 }, { width: 18 }, { width: 18 }];
  const title = ws.addRow([summary.title]);
  title.font = { name: font, size: 14, bold: true };
  ws.mergeCells(title.number, 1, title.number, 3);
  const asOf = ws.addRow([`${lang === 'vi' ? 'Số liệu tính đến ngày' : 'As of'} ${formatDate(summary.asOf, lang)}`]);
  asOf.font = { name: font, italic: true };
  ws.addRow([]);
  const head = ws.addRow([L.columns.figure, L.columns.value, '']);
  styleHeader(head);
  const add = (label: string, value: number | string | null, fmt?: string) => {
    const r = ws.addRow([label, value]);
    r.font = { name: font, size: 12 };
    if (fmt) r.getCell(2).numFmt = fmt;
    return r;
  };
  const t = summary.tasks;
  if (t) {
    const total = add(lang === 'vi' ? 'Tổng số nhiệm vụ' : 'Tasks in the plan', t.total, integerFormat);
    const done = add(lang === 'vi' ? 'Nhiệm vụ đã hoàn thành' : 'Tasks complete', t.done, integerFormat);
    const rateRow = ws.addRow([lang === 'vi' ? 'Tỷ lệ hoàn thành' : 'Completion rate', { formula: `IF(B${total.number}=0,"N/A",B${done.number}/B${total.number})`, result: t.completionRate ?? 'N/A' }]);
    rateRow.font = { name: font, size: 12, bold: true };
    rateRow.getCell(2).numFmt = percentFormat;
    rateRow.getCell(3).value = formatFraction(t.done, t.total, lang);
    add(lang === 'vi' ? 'Nhiệm vụ quá hạn' : 'Overdue tasks', t.overdue, integerFormat);
    add(lang === 'vi' ? 'Hoàn thành / đã đến hạn' : 'Complete of due', formatFraction(t.doneOfDue, t.due, lang));
    add(lang === 'vi' ? 'Tỷ lệ hoàn thành nhiệm vụ đến hạn' : 'Completion of due tasks', t.dueCompletionRate, percentFormat);
  }
  const ind = summary.indicators;
  if (ind) {
    add(lang === 'vi' ? 'Tổng số chỉ tiêu' : 'Indicators', ind.total, integerFormat);
    add(lang === 'vi' ? 'Chỉ tiêu đạt' : 'Indicators met', ind.met, integerFormat);
    add(lang === 'vi' ? 'Tỷ lệ chỉ tiêu đạt' : 'Share met', ind.metRate, percentFormat);
  }
  add(lang === 'vi' ? 'Lỗi / cảnh báo dữ liệu' : 'Data errors / warnings', `${summary.issues.errors} / ${summary.issues.warnings}`);
  void formatPercent;
}

function styleHeader(row: ExcelJS.Row): void {
  row.font = { name: font, bold: true };
  row.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
  row.eachCell((c) => {
    c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: headerFill } };
    c.border = thin;
  });
}

const thin: Partial<ExcelJS.Borders> = {
  top: { style: 'thin' },
  left: { style: 'thin' },
  bottom: { style: 'thin' },
  right: { style: 'thin' },
};

function addViewSheet(wb: ExcelJS.Workbook, name: string, view: TableView, lang: Lang): void {
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  const header = ws.addRow(view.columns.map((c) => c.label));
  styleHeader(header);
  for (const r of view.rows) {
    const row = ws.addRow(
      view.columns.map((c) => {
        const v = r.values[c.key] ?? null;
        if (c.kind === 'date' && typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v)) return new Date(`${v}T00:00:00Z`);
        return v;
      }),
    );
    row.font = { name: font };
    row.alignment = { vertical: 'top', wrapText: true };
    view.columns.forEach((c, i) => {
      const cell = row.getCell(i + 1);
      cell.border = thin;
      if (c.kind === 'percent') cell.numFmt = percentFormat;
      if (c.kind === 'integer') cell.numFmt = integerFormat;
      if (c.kind === 'date') cell.numFmt = dateFormat;
      if (r.tone && (c.key === 'status' || c.key === 'completionRate')) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: fills[r.tone] } };
    });
  }
  if (view.withTotal && view.rows.length > 0) {
    const totals = totalRow(view);
    const first = 2;
    const last = view.rows.length + 1;
    const letter = (key: string) => String.fromCharCode(65 + view.columns.findIndex((c) => c.key === key));
    const row = ws.addRow(
      view.columns.map((c, i) => {
        if (i === 0) return lang === 'vi' ? 'Tổng cộng' : 'Total';
        if (c.total === 'sum') return { formula: `SUM(${letter(c.key)}${first}:${letter(c.key)}${last})`, result: totals[c.key] ?? 0 };
        if (c.total) {
          const [a, b] = c.total.rateOf;
          const n = last + 1;
          return { formula: `IF(${letter(b)}${n}=0,"N/A",${letter(a)}${n}/${letter(b)}${n})`, result: totals[c.key] ?? 'N/A' };
        }
        return null;
      }),
    );
    row.font = { name: font, bold: true };
    view.columns.forEach((c, i) => {
      const cell = row.getCell(i + 1);
      cell.border = thin;
      if (c.kind === 'percent') cell.numFmt = percentFormat;
      if (c.kind === 'integer') cell.numFmt = integerFormat;
    });
  }
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: view.columns.length } };
  view.columns.forEach((c, i) => {
    const longest = Math.max(c.label.length, ...view.rows.map((r) => String(r.values[c.key] ?? '').length));
    ws.getColumn(i + 1).width = Math.min(60, Math.max(8, longest + 2));
  });
  ws.pageSetup = { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:1' };
}
