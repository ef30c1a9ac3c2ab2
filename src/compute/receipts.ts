/**
 * Receipts (SPEC §4.6): for every input file, whose it is and how that was decided, the date it
 * states, and what became of each table; then, per unit, whether it sent anything. Decided here
 * once, so the workbook, the brief, `validate` and the JSON cannot disagree.
 */
import type { Issue } from '../model/issue.js';
import type { InputReceipt, ReceiptsSection, RecognisedRows, TableReceipt, TableReport, UnitReceipt } from '../model/receipts.js';
import { unitKey } from '../model/text.js';
import { defaultLang, type Lang } from '../model/lang.js';
import { explain } from '../i18n/reasons.js';

export interface ReceiptInputs {
  /** Every file read or refused, as named. */
  files: readonly string[];
  tables: readonly TableReport[];
}

const noRows: RecognisedRows = { title: 0, header: 0, numbering: 0, section: 0, total: 0, footer: 0, blank: 0, outside: 0 };

/** `resolve`: a unit's name in effect at the report's date (a merged department's successor). */
export function buildReceipts(
  inputs: ReceiptInputs,
  issues: readonly Issue[],
  expectedUnits: readonly string[],
  resolve: (unit: string) => string = (u) => u,
  reportedInRows: readonly string[] = [],
  lang: Lang = defaultLang,
): { inputs: InputReceipt[]; receipts: ReceiptsSection } {
  const files = [...new Set([...inputs.files, ...inputs.tables.map((t) => t.file), ...issues.filter(isFileProblem).map((i) => i.file)])];
  const receipts = files.map((file) => fileReceipt(file, inputs.tables.filter((t) => t.file === file), issues, lang));
  return { inputs: receipts, receipts: section(receipts, expectedUnits, resolve, reportedInRows) };
}

/** An issue about a whole file (it could not be read, or is not a spreadsheet): no sheet, no row. */
function isFileProblem(issue: Issue): boolean {
  return issue.sheet === undefined && issue.row === undefined && issue.severity !== 'info' && issue.file !== '(inputs)' && issue.code !== 'no-kind';
}

function fileReceipt(file: string, tables: readonly TableReport[], issues: readonly Issue[], lang: Lang): InputReceipt {
  const columnUnits = [...new Set(tables.flatMap((t) => t.columnUnits ?? []))].sort((a, b) => a.localeCompare(b, 'vi'));
  const own = tables.find((t) => t.unit !== undefined);
  let unit: string | null = null;
  let unitSource: InputReceipt['unitSource'] = null;
  if (columnUnits.length === 1) {
    unit = columnUnits[0]!;
    unitSource = 'column';
  } else if (own) {
    unit = own.unit!;
    unitSource = own.unitSource!;
  }
  const dates = tables.map((t) => t.asOf).filter((d): d is string => d !== undefined).sort();
  const problem = tables.length === 0 ? issues.find((i) => i.file === file && isFileProblem(i)) : undefined;
  return {
    file,
    unit,
    unitSource,
    columnUnits,
    statedAsOf: dates.length > 0 ? dates[dates.length - 1]! : null,
    tables: tables.map((t) => tableReceipt(t, lang)),
    problem: problem ? { code: problem.code, message: problem.message } : null,
  };
}

function tableReceipt(t: TableReport, lang: Lang): TableReceipt {
  return {
    sheet: t.sheet ?? null,
    kind: t.kind,
    read: t.kind !== null,
    reason: t.kind === null && t.reason !== undefined ? (t.reason === 'empty' ? t.reason : explain(t.reason, lang)) : null,
    dataNotRead: t.dataNotRead === true,
    asOf: t.asOf ?? null,
    rowsRead: t.rowsRead,
    rowsCounted: t.rowsCounted,
    rowsRejected: t.rowsRejected,
    rowsRecognised: t.rowsRecognised,
    recognised: t.recognised ?? { ...noRows, title: t.rowsRecognised },
  };
}

/**
 * A unit sent a report when a file is its own, or when a list someone else compiled (the
 * secretariat's tracker) carries its results: a task status or an indicator result it leads.
 */
function section(inputs: readonly InputReceipt[], expectedUnits: readonly string[], resolve: (unit: string) => string, reportedInRows: readonly string[]): ReceiptsSection {
  const byUnit = new Map<string, UnitReceipt>();
  const unitRow = (unit: string, expected: boolean): UnitReceipt => {
    const key = unitKey(unit);
    let row = byUnit.get(key);
    if (!row) {
      row = { unit, expected, sent: false, inRows: false, files: [], statedAsOf: null, tablesRead: 0, tablesNotRead: 0 };
      byUnit.set(key, row);
    }
    return row;
  };
  for (const u of expectedUnits) unitRow(u, true);
  for (const input of inputs) {
    if (input.unit === null) continue;
    const row = unitRow(resolve(input.unit), false);
    row.files.push(input.file);
    row.sent = true;
    if (input.statedAsOf && (!row.statedAsOf || input.statedAsOf > row.statedAsOf)) row.statedAsOf = input.statedAsOf;
    row.tablesRead += input.tables.filter((t) => t.read).length;
    row.tablesNotRead += input.tables.filter((t) => t.dataNotRead).length;
  }
  for (const unit of reportedInRows) {
    const row = byUnit.get(unitKey(unit));
    if (row) {
      row.sent = true;
      row.inRows = true;
    }
  }
  const rows = [...byUnit.values()];
  const expected = rows.filter((r) => r.expected);
  const others = rows.filter((r) => !r.expected).sort((a, b) => a.unit.localeCompare(b.unit, 'vi'));
  const tables = inputs.flatMap((i) => i.tables);
  return {
    expected: expected.length,
    expectedSent: expected.filter((r) => r.sent).length,
    unitsSent: rows.filter((r) => r.sent).length,
    files: inputs.length,
    // A copy of another file was read, as that file.
    filesNotRead: inputs.filter((i) => i.problem !== null && i.problem.code !== 'file-copy').length,
    tablesRead: tables.filter((t) => t.read).length,
    tablesNotRead: tables.filter((t) => t.dataNotRead).length,
    tablesSkipped: tables.filter((t) => !t.read && !t.dataNotRead).length,
    byUnit: [...expected, ...others],
  };
}
