/**
 * interpret: RawTable[] → typed records + issues. For each table: find the header, recognise
 * the kind (or take `--kind`), classify the rows, and hand them to the kind's interpreter.
 * Tables that match no kind are reported with the reason; when no table matches any kind,
 * that is an error listing every table and why.
 */
import path from 'node:path';
import type { Issue } from '../model/issue.js';
import { issueAt } from '../model/issue.js';
import type { DataKind, IsoDate, Records } from '../model/records.js';
import { dataKinds } from '../model/records.js';
import type { RawTable } from '../read/raw-table.js';
import { isBlank } from '../read/raw-table.js';
import { TableContext, type InterpretOptions } from './context.js';
import { matchColumns, type ColumnMatch } from './header-match.js';
import { kindSpecs } from './kinds.js';
import { classifyRows } from './rows.js';
import { duplicateRecordIssues } from './duplicates.js';
import { unifyAreas } from './areas.js';
import { locateTable, type LocatedTable } from './table.js';
import { fieldDefs } from './vocabulary/index.js';

export type { InterpretOptions } from './context.js';
export { UnitDirectory, type UnitConfig } from './units.js';

/** What happened to one table, for `validate` and the data-check sheet. */
export interface TableReport {
  file: string;
  sheet?: string;
  hidden: boolean;
  kind: DataKind | null;
  /** Why it matched no kind. */
  reason?: string;
  asOf?: IsoDate;
  rowsRead: number;
  /** Rows that became records. */
  rowsCounted: number;
  /** Record rows left out because of an error (each has an issue). */
  rowsRejected: number;
  /** Title, header, numbering, section, total, footer and blank rows. */
  rowsRecognised: number;
}

export interface Interpretation {
  records: Records;
  issues: Issue[];
  tables: TableReport[];
}

export function emptyRecords(): Records {
  return { tasks: [], indicators: [], dossiers: [], feedback: [], kindsSeen: new Set(), tableAsOf: {} };
}

export function interpret(tables: readonly RawTable[], options: InterpretOptions): Interpretation {
  const records = emptyRecords();
  const issues: Issue[] = [];
  const reports: TableReport[] = [];
  for (const raw of tables) {
    const where = { file: raw.file, sheet: raw.sheet };
    const report: TableReport = { file: raw.file, hidden: raw.hidden === true, kind: null, rowsRead: raw.rows.length, rowsCounted: 0, rowsRejected: 0, rowsRecognised: 0 };
    if (raw.sheet !== undefined) report.sheet = raw.sheet;
    reports.push(report);
    if (raw.rows.every((r) => r.cells.every(isBlank))) {
      report.reason = 'empty';
      report.rowsRecognised = raw.rows.length;
      continue;
    }
    const located = locateTable(raw);
    const detected = located ? detectKind(located, options) : { kind: null, reason: 'no header row: no cell in the first 20 rows is a known column name' };
    if (!located || !detected.kind) {
      report.reason = detected.reason;
      report.rowsRecognised = raw.rows.length;
      issues.push(issueAt(where, raw.veryHidden ? 'info' : 'warning', 'sheet-skipped', `skipped: ${detected.reason}`, { hint: 'if this table should be read, rename its column headers (see README, "Recognised headers") or give --kind' }));
      continue;
    }
    const { kind, match } = detected;
    report.kind = kind;
    if (located.asOf) report.asOf = located.asOf;
    if (raw.hidden) issues.push(issueAt(where, 'info', 'hidden-sheet', `the sheet is hidden; it is read as ${kind} because its headers match`));
    const spec = kindSpecs[kind];
    const rows = classifyRows(located, { fields: match.fields, contentFields: spec.contentFields, resultFields: spec.resultFields, labelField: spec.labelField, isGroup: spec.isGroup });
    const ctx = new TableContext(located, match, rows, options);
    report.rowsCounted = spec.interpret(ctx, records);
    const recordRows = rows.filter((r) => r.kind === 'record').length;
    report.rowsRejected = recordRows - report.rowsCounted;
    report.rowsRecognised = raw.rows.length - recordRows;
    issues.push(...ctx.issues);
    records.kindsSeen.add(kind);
    if (located.asOf && (!records.tableAsOf[kind] || located.asOf > records.tableAsOf[kind]!)) records.tableAsOf[kind] = located.asOf;
  }
  if (reports.length > 0 && reports.every((r) => r.kind === null)) {
    const list = reports.map((r) => `${r.sheet !== undefined ? `${r.file}:${r.sheet}` : r.file} (${r.reason})`).join('; ');
    issues.push(issueAt({ file: reports.length === 1 ? reports[0]!.file : '(inputs)' }, 'error', 'no-kind', `no table matches any data kind: ${list}`, {
      hint: 'check that the files have a header row with known column names (README, "Recognised headers"), or give --kind',
    }));
  }
  issues.push(...duplicateRecordIssues(records));
  disambiguateIds(records);
  unifyAreas(records);
  return { records, issues, tables: reports };
}

type Detection = { kind: DataKind; match: ColumnMatch; reason?: undefined } | { kind: null; reason: string };

/** The kind whose required columns are all present, the best-matching one first. */
export function detectKind(table: LocatedTable, options: Pick<InterpretOptions, 'kind' | 'unit'>): Detection {
  const candidates = options.kind ? [options.kind] : dataKinds;
  let best: { kind: DataKind; match: ColumnMatch } | null = null;
  const reasons: string[] = [];
  for (const kind of candidates) {
    const defs = fieldDefs[kind];
    if (defs.length === 0) continue;
    const match = matchColumns(table.columns, defs);
    const missing = match.missing.filter((f) => !(f === 'lead' && options.unit));
    if (missing.length > 0) {
      if (match.fields.size > 0) reasons.push(`not ${kind}: no ${missing.map((f) => `${f} column (${defs.find((d) => d.field === f)!.aliases.slice(0, 3).join(', ')}…)`).join(', no ')}`);
      continue;
    }
    if (!best || match.score > best.match.score) best = { kind, match };
  }
  if (best) return best;
  return { kind: null, reason: reasons.length > 0 ? reasons.join('; ') : 'no column matches a known name' };
}

/** Ids derived from STT repeat across files (`I.1` in two departments): prefix those with the file. */
function disambiguateIds(records: Records): void {
  for (const list of [records.tasks, records.indicators]) {
    const count = new Map<string, number>();
    for (const r of list) count.set(r.id, (count.get(r.id) ?? 0) + 1);
    for (const r of list) {
      if ((count.get(r.id) ?? 0) > 1) r.id = `${path.basename(r.source.file).replace(/\.[^.]+$/, '')}:${r.id}`;
    }
  }
}
