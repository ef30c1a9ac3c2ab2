/**
 * interpret: RawTable[] → typed records + issues. For each table: find the header, recognise
 * the kind (or take `--kind`), classify the rows, and hand them to the kind's interpreter.
 * Tables that match no kind are reported with the reason; when no table matches any kind,
 * that is an error listing every table and why.
 */
import path from 'node:path';
import type { Issue } from '../model/issue.js';
import { issue } from '../i18n/issues.js';
import { because, type Reason } from '../i18n/reasons.js';
import type { DataKind, Records } from '../model/records.js';
import type { RecognisedRows, TableReport } from '../model/receipts.js';
import { dataKinds } from '../model/records.js';
import type { RawTable } from '../read/raw-table.js';
import { isBlank } from '../read/raw-table.js';
import { TableContext, type InterpretOptions } from './context.js';
import { matchColumns, type ColumnMatch } from './header-match.js';
import { kindSpecs } from './kinds.js';
import { classifyRows, type ClassifiedRow } from './rows.js';
import { fileUnit, headIssuingLine } from './reporting-unit.js';
import { unitOptionIssues, type GivenFile } from './unit-option.js';
import { looksLikeData } from './data-like.js';
import { unknownUnitIssues } from './unit-check.js';
import { duplicateRecordIssues } from './duplicates.js';
import { unifyAreas } from './areas.js';
import { matchPlan } from './plan.js';
import { leadColumnByCells } from './column-cells.js';
import { locateTable, type LocatedTable } from './table.js';
import { fieldDefs, type FieldDef } from './vocabulary/index.js';

export type { InterpretOptions } from './context.js';
export type { TableReport } from '../model/receipts.js';
export { UnitDirectory } from './units.js';

export interface Interpretation {
  records: Records;
  issues: Issue[];
  tables: TableReport[];
}

export function emptyRecords(): Records {
  return { tasks: [], indicators: [], dossiers: [], feedback: [], kindsSeen: new Set(), statedAsOf: [] };
}

export function interpret(tables: readonly RawTable[], options: InterpretOptions): Interpretation {
  const records = emptyRecords();
  const issues: Issue[] = [];
  const reports: TableReport[] = [];
  const givenUnit: GivenFile[] = [];
  for (const raw of tables) {
    const where = { file: raw.file, sheet: raw.sheet };
    const report: TableReport = { file: raw.file, hidden: raw.hidden === true, kind: null, rowsRead: raw.rows.length, rowsCounted: 0, rowsRejected: 0, rowsRecognised: 0 };
    if (raw.sheet !== undefined) report.sheet = raw.sheet;
    reports.push(report);
    if (raw.rows.every((r) => r.cells.every(isBlank))) {
      report.reason = 'empty';
      report.rowsRecognised = raw.rows.length;
      report.recognised = { ...noRows(), blank: raw.rows.length };
      continue;
    }
    const located = locateTable(raw);
    const unit = fileUnit(raw, located, options);
    if (unit) {
      report.unit = options.units.peek(unit.name);
      report.unitSource = unit.source;
    }
    if (located?.asOf) report.asOf = located.asOf;
    const detected: Detection = located ? detectKind(located, options) : { kind: null, reason: because('no-header-row', {}) };
    if (!located || !detected.kind) {
      const reason = detected.reason ?? because('no-header-row', {});
      report.reason = reason;
      report.rowsRecognised = raw.rows.length;
      report.recognised = { ...noRows(), title: raw.rows.length };
      if (!raw.veryHidden && looksLikeData(raw)) {
        report.dataNotRead = true;
        issues.push(issue('table-not-read', where, { reason }));
      } else {
        // A sheet its author hid and that holds no data is the list behind a dropdown, not a table someone forgot.
        issues.push(issue('sheet-skipped', where, { reason }, { severity: raw.hidden ? 'info' : 'warning' }));
      }
      continue;
    }
    const { kind, match } = detected;
    report.kind = kind;
    if (unit?.source === 'option' && (kind === 'tasks' || kind === 'dossiers')) givenUnit.push({ file: raw.file, head: headIssuingLine(raw, located) });
    if (raw.hidden) issues.push(issue('hidden-sheet', where, { kind }));
    const spec = kindSpecs[kind];
    const unitField = kind === 'dossiers' ? 'unit' : 'lead';
    if (!match.fields.has(unitField) && !unit && (kind === 'tasks' || kind === 'dossiers')) {
      issues.push(issue('unit-undecided', where, { kind }));
    }
    const rows = classifyRows(located, { fields: match.fields, contentFields: spec.contentFields, resultFields: spec.resultFields, labelField: spec.labelField, isGroup: spec.isGroup });
    const ctx = new TableContext(located, match, rows, options, unit);
    const before = unitsOf(records, kind);
    report.rowsCounted = spec.interpret(ctx, records);
    if (match.fields.has(unitField)) report.columnUnits = [...new Set(unitsOf(records, kind).slice(before.length))].sort(byName);
    const recordRows = rows.filter((r) => r.kind === 'record').length;
    report.rowsRejected = recordRows - report.rowsCounted;
    report.rowsRecognised = raw.rows.length - recordRows;
    report.recognised = tally(located, rows);
    issues.push(...ctx.issues);
    records.kindsSeen.add(kind);
    if (located.asOf) {
      records.statedAsOf.push({ kind, asOf: located.asOf, file: raw.file, ...(raw.sheet !== undefined ? { sheet: raw.sheet } : {}), ...(located.period?.to === located.asOf ? { periodEnd: true as const } : {}) });
    }
  }
  if (reports.length > 0 && reports.every((r) => r.kind === null)) {
    const tables = reports.map((r) => ({ where: r.sheet !== undefined ? `${r.file}:${r.sheet}` : r.file, reason: (r.reason ?? 'empty') as Reason | 'empty' }));
    issues.push(issue('no-kind', { file: reports.length === 1 ? reports[0]!.file : '(inputs)' }, { tables }));
  }
  if (options.unit) issues.push(...unitOptionIssues(options.unit, givenUnit));
  // A unit first met in capitals in a head (`SỞ XÂY DỰNG`) is shown as its rows write it.
  for (const r of reports) if (r.unit !== undefined) r.unit = options.units.peek(r.unit);
  // Against a plan, a task reported twice is one plan task (plan.ts says when the two disagree).
  issues.push(...duplicateRecordIssues(options.plan ? { tasks: [], indicators: records.indicators } : records));
  issues.push(...unknownUnitIssues(records, reports, options));
  if (options.plan) {
    const matched = matchPlan(options.plan.tasks, records.tasks);
    records.tasks = matched.tasks;
    records.plan = { file: options.plan.file, outside: matched.outside, repeated: matched.repeated };
    records.kindsSeen.add('tasks');
    issues.push(...matched.issues);
  }
  disambiguateIds(records);
  unifyAreas(records);
  return { records, issues, tables: reports };
}

function noRows(): RecognisedRows {
  return { title: 0, header: 0, numbering: 0, section: 0, total: 0, footer: 0, blank: 0, outside: 0 };
}

/** What the rows that are not records were recognised as. */
function tally(located: LocatedTable, rows: readonly ClassifiedRow[]): RecognisedRows {
  const t = noRows();
  t.title = located.headerStart;
  t.header = located.headerEnd - located.headerStart + 1;
  for (const r of rows) {
    if (r.kind === 'record') continue;
    if (r.kind === 'subheading') t.section++;
    else t[r.kind]++;
  }
  return t;
}

/** The unit names of one kind's records so far, in order (the table just read adds to the end). */
function unitsOf(records: Records, kind: DataKind): string[] {
  switch (kind) {
    case 'tasks':
      return records.tasks.map((t) => t.lead);
    case 'indicators':
      return records.indicators.map((i) => i.lead ?? '').filter((l) => l !== '');
    case 'dossiers':
      return records.dossiers.map((d) => d.unit);
    case 'feedback':
      return [];
  }
}

const byName = (a: string, b: string) => a.localeCompare(b, 'vi');

/**
 * A table without its unit column is still its kind when its other columns say so (SPEC §4.6):
 * a task list with no lead column (the file's unit leads), a dossier form with no unit column
 * and at least two count columns (the file's unit's own form).
 */
function unitMayBeTheFiles(kind: DataKind, field: string, match: ColumnMatch, defs: readonly FieldDef[]): boolean {
  if (kind === 'tasks') return field === 'lead';
  if (kind === 'dossiers' && field === 'unit') return defs.filter((d) => d.anyOf !== undefined && match.fields.has(d.field)).length >= 2;
  return false;
}

type Detection = { kind: DataKind; match: ColumnMatch; reason?: undefined } | { kind: null; reason: Reason };

/** The kind whose required columns are all present, the best-matching one first. */
export function detectKind(table: LocatedTable, options: Pick<InterpretOptions, 'kind' | 'unit' | 'planList'>): Detection {
  // A plan lists tasks to do: it has no status yet, and every task names its lead.
  if (options.planList) return detectPlanList(table);
  const candidates = options.kind ? [options.kind] : dataKinds;
  let best: { kind: DataKind; match: ColumnMatch } | null = null;
  const near: { kind: DataKind; missing: { field: string; aliases: string[] }[] }[] = [];
  for (const kind of candidates) {
    const defs = fieldDefs[kind];
    if (defs.length === 0) continue;
    const match = matchColumns(table.columns, defs);
    if (kind === 'tasks') adoptLeadByCells(table, match);
    const missing = match.missing.filter((f) => !unitMayBeTheFiles(kind, f, match, defs));
    if (missing.length > 0) {
      if (match.fields.size > 0) near.push({ kind, missing: missing.map((field) => ({ field, aliases: defs.find((d) => d.field === field)!.aliases.slice(0, 3) })) });
      continue;
    }
    if (!best || match.score > best.match.score) best = { kind, match };
  }
  if (best) return best;
  return { kind: null, reason: near.length > 0 ? because('missing-columns', { kinds: near }) : because('no-known-column', {}) };
}

function detectPlanList(table: LocatedTable): Detection {
  const match = matchColumns(table.columns, fieldDefs.tasks);
  adoptLeadByCells(table, match);
  const missing = match.missing.filter((f) => f !== 'status');
  if (missing.length === 0) return { kind: 'tasks', match };
  const defs = fieldDefs.tasks;
  return { kind: null, reason: because('missing-columns', { kinds: [{ kind: 'tasks', missing: missing.map((field) => ({ field, aliases: defs.find((d) => d.field === field)!.aliases.slice(0, 3) })) }] }) };
}

/** A lead column named outside the list is still the lead when its cells are unit names (column-cells.ts). */
function adoptLeadByCells(table: LocatedTable, match: ColumnMatch): void {
  if (!match.missing.includes('lead')) return;
  const lead = leadColumnByCells(match, table.columns, table.raw.rows.slice(table.headerEnd + 1, table.headerEnd + 201));
  if (!lead) return;
  match.fields.set('lead', lead);
  match.missing = match.missing.filter((f) => f !== 'lead');
}

/**
 * Ids derived from STT repeat across files (`I.1` in two departments): prefix those with the
 * file. A task keeps the id as written in `ref`, which the brief shows under its file's name.
 */
function disambiguateIds(records: Records): void {
  const prefix = (r: { id: string; source: { file: string } }) => `${path.basename(r.source.file).replace(/\.[^.]+$/, '')}:${r.id}`;
  for (const t of repeated(records.tasks)) {
    t.ref = t.id;
    t.id = prefix(t);
  }
  for (const i of repeated(records.indicators)) i.id = prefix(i);
}

function repeated<T extends { id: string }>(list: readonly T[]): T[] {
  const count = new Map<string, number>();
  for (const r of list) count.set(r.id, (count.get(r.id) ?? 0) + 1);
  return list.filter((r) => (count.get(r.id) ?? 0) > 1);
}
