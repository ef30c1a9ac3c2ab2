/**
 * Receipts (SPEC §4.6) as table views and one line: laid out from the Summary's `receipts` and
 * `inputs`, never recomputed. The workbook's `Tiếp nhận báo cáo` sheet, the brief's section,
 * `validate` and the weekly mail's first line all come from here.
 */
import type { Summary } from '../model/summary.js';
import { labels } from '../i18n/index.js';
import type { Lang } from '../model/lang.js';
import type { TableView } from './views.js';

/** `29/33 đơn vị đã gửi; 2 bảng không đọc được`. */
export function receiptsLine(summary: Summary, lang: Lang): string | null {
  const r = summary.receipts;
  if (!r) return null;
  const R = labels[lang].receipts;
  return R.line(r.expected > 0 ? r.expectedSent : r.unitsSent, r.expected > 0 ? r.expected : null, r.tablesNotRead + r.filesNotRead);
}

/** "Chưa gửi: …": the expected units that sent nothing, in the config's order. */
export function notSentLine(summary: Summary, lang: Lang): string | null {
  const missing = (summary.receipts?.byUnit ?? []).filter((u) => u.expected && !u.sent).map((u) => u.unit);
  return missing.length > 0 ? `${labels[lang].receipts.notSent}: ${missing.join(', ')}` : null;
}

/** One row per unit: expected ones first, in the config's order; those that sent nothing stand out. */
export function receiptUnitsView(summary: Summary, lang: Lang): TableView | null {
  const r = summary.receipts;
  if (!r) return null;
  const R = labels[lang].receipts;
  const c = R.columns;
  return {
    name: 'receiptUnits',
    withTotal: false,
    columns: [
      { key: 'unit', label: c.unit, kind: 'text', wrap: true },
      { key: 'state', label: c.state, kind: 'text' },
      { key: 'files', label: c.files, kind: 'text', wrap: true },
      { key: 'statedAsOf', label: c.statedAsOf, kind: 'date' },
      { key: 'tablesRead', label: c.tablesRead, kind: 'integer' },
      { key: 'tablesNotRead', label: c.tablesNotRead, kind: 'integer' },
    ],
    rows: r.byUnit.map((u) => ({
      values: {
        unit: u.unit,
        state: !u.sent ? R.notSent : u.files.length === 0 ? R.inList : u.expected || r.expected === 0 ? R.sent : R.unexpected,
        files: u.files.map(baseName).join(', ') || null,
        statedAsOf: u.statedAsOf,
        tablesRead: u.tablesRead,
        tablesNotRead: u.tablesNotRead,
      },
      tone: !u.sent ? 'bad' : u.tablesNotRead > 0 ? 'warn' : null,
    })),
  };
}

/** The unit a file reports for (the units of its unit column, when several) and how that was decided; null when nothing names it. */
export function fileUnit(input: NonNullable<Summary['inputs']>[number], lang: Lang): { unit: string | null; how: string | null } {
  const R = labels[lang].receipts;
  if (input.unit) return { unit: input.unit, how: input.unitSource ? R.unitSources[input.unitSource] : null };
  if (input.columnUnits.length > 1) return { unit: input.columnUnits.join(', '), how: R.unitSources.column };
  return { unit: null, how: null };
}

/** What became of a file that gave no table: it could not be opened, or it is a copy of another. */
export function problemLabel(problem: { code: string }, lang: Lang): string {
  const R = labels[lang].receipts;
  return problem.code === 'file-copy' ? R.fileCopy : R.fileProblem;
}

/** One row per table of every file (a file that could not be opened: one row saying so). */
export function receiptTablesView(summary: Summary, lang: Lang): TableView | null {
  const inputs = summary.inputs;
  if (!inputs) return null;
  const R = labels[lang].receipts;
  const c = R.columns;
  const rows: TableView['rows'] = [];
  for (const input of inputs) {
    const { unit, how } = fileUnit(input, lang);
    const common = { file: input.file, unit, unitSource: how };
    if (input.problem) rows.push({ values: { ...common, sheet: null, kind: problemLabel(input.problem, lang), statedAsOf: null, rowsCounted: null, rowsRejected: null, rowsRecognised: null, reason: input.problem.message }, tone: input.problem.code === 'file-copy' ? 'muted' : 'bad' });
    for (const t of input.tables) {
      rows.push({
        values: {
          ...common,
          sheet: t.sheet,
          kind: t.kind ? R.kinds[t.kind] : t.dataNotRead ? R.notRead : R.skipped,
          statedAsOf: t.asOf,
          rowsCounted: t.rowsCounted,
          rowsRejected: t.rowsRejected,
          rowsRecognised: t.rowsRecognised,
          reason: t.reason,
        },
        tone: t.dataNotRead ? 'bad' : t.rowsRejected > 0 ? 'warn' : t.kind === null ? 'muted' : null,
      });
    }
  }
  return {
    name: 'receiptTables',
    withTotal: false,
    columns: [
      { key: 'file', label: c.file, kind: 'text', wrap: true },
      { key: 'sheet', label: c.sheet, kind: 'text' },
      { key: 'unit', label: c.unit, kind: 'text', wrap: true },
      { key: 'unitSource', label: c.unitSource, kind: 'text', wrap: true },
      { key: 'kind', label: c.kind, kind: 'text' },
      { key: 'statedAsOf', label: c.statedAsOf, kind: 'date' },
      { key: 'rowsCounted', label: c.rowsCounted, kind: 'integer' },
      { key: 'rowsRejected', label: c.rowsRejected, kind: 'integer' },
      { key: 'rowsRecognised', label: c.rowsRecognised, kind: 'integer' },
      { key: 'reason', label: c.reason, kind: 'text', wrap: true },
    ],
    rows,
  };
}

/** A file's name without its folders: outputs name files as the clerk sees them. */
export function baseName(file: string): string {
  return file.replace(/^.*[\\/]/, '');
}
