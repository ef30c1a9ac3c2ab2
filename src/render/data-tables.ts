/**
 * Tidy tables for machines: one row per thing, raw values — counts as numbers, rates as
 * fractions (0.9565), dates ISO, statuses as codes (`done`, `not_met`). The CSV/TSV of every
 * command and the JSON of the list commands are drawn from these, so they cannot disagree.
 * Column keys are the summary's JSON keys (camelCase); CSV headers are the same keys in
 * snake_case. docs/cli.md lists every column: change it when a column changes.
 */
import type { Summary } from '../model/summary.js';
import type { Lang } from '../model/lang.js';
import { labels } from '../i18n/index.js';
import type { TableView, ColumnKind } from './views.js';
import { dossierMeasures, type LevelDef } from '../model/records.js';
import { levelLabeller } from './level-labels.js';
import { snakeCase } from './csv.js';

export type DataValue = string | number | boolean | null;

/** `code` values are shown through a label map (statuses, levels) in human formats. */
export type DataKind = ColumnKind | 'boolean' | 'code';

export interface DataColumn {
  key: string;
  kind: DataKind;
  /** Null means the measure is not reported (SPEC §4.1): `—` in CSV and tables, null in JSON. */
  absent?: boolean;
}

export interface DataTable {
  columns: DataColumn[];
  rows: Record<string, DataValue>[];
}

export type GroupBy = 'unit' | 'area' | 'level';
type Section = 'tasks' | 'indicators' | 'dossiers';

const col = (key: string, kind: DataKind, absent = false): DataColumn => ({ key, kind, ...(absent ? { absent } : {}) });
/** The dossier counts a table may not report, and the rates made of them. */
const mayBeAbsent = new Set<string>([...dossierMeasures, 'onlineRate', 'onTimeRate']);
const dossierCounts = ['received', 'resolved', 'resolvedOnTime', 'resolvedLate', 'pending', 'online', 'paidOnline'] as const;

export const taskColumns: DataColumn[] = [
  col('id', 'text'),
  col('stt', 'text'),
  col('title', 'text'),
  col('area', 'text'),
  col('lead', 'text'),
  col('deadline', 'date'),
  col('deadlineText', 'text'),
  col('recurring', 'boolean'),
  col('status', 'code'),
  col('statusText', 'text'),
  col('claim', 'code'),
  col('completedOn', 'date'),
  col('progress', 'percent'),
  col('late', 'boolean'),
  col('overdue', 'boolean'),
  col('nearDue', 'boolean'),
  col('daysOverdue', 'integer'),
  col('evidence', 'text'),
  col('note', 'text'),
  col('file', 'text'),
  col('sheet', 'text'),
  col('row', 'integer'),
];

export const indicatorColumns: DataColumn[] = [
  col('id', 'text'),
  col('title', 'text'),
  col('area', 'text'),
  col('unit', 'text'),
  col('target', 'number'),
  col('targetText', 'text'),
  col('actual', 'number'),
  col('actualText', 'text'),
  col('percent', 'boolean'),
  col('direction', 'text'),
  col('status', 'code'),
  col('lead', 'text'),
  col('note', 'text'),
];

export const dossierUnitColumns: DataColumn[] = [col('unit', 'text'), col('level', 'code'), ...dossierCounts.map((k) => col(k, 'integer', mayBeAbsent.has(k)))];

/** The task list (every field of `summary.tasks.items`). */
export function taskTable(items: NonNullable<Summary['tasks']>['items']): DataTable {
  return { columns: taskColumns, rows: items.map((i) => pick(i, taskColumns)) };
}

export function indicatorTable(items: NonNullable<Summary['indicators']>['items']): DataTable {
  return { columns: indicatorColumns, rows: items.map((i) => pick(i, indicatorColumns)) };
}

export function dossierUnitTable(rows: NonNullable<Summary['dossiers']>['byUnit']): DataTable {
  return { columns: dossierUnitColumns, rows: rows.map((r) => pick(r, dossierUnitColumns)) };
}

/** Headline figures, long: `section, metric, value, asOf`, one row per figure of SPEC §4.1; metrics are its keys in snake_case. */
export function headlineTable(summary: Summary): DataTable {
  const rows: Record<string, DataValue>[] = [];
  const add = (section: string, asOf: string | null, source: object, metrics: readonly string[]) => {
    for (const metric of metrics) rows.push({ section, metric: snakeCase(metric), value: (source as Record<string, DataValue>)[metric] ?? null, asOf });
  };
  const { tasks, indicators, dossiers, feedback } = summary;
  if (tasks) add('tasks', tasks.asOf, tasks, ['total', 'done', 'doneOnTime', 'doneLate', 'inProgress', 'notStarted', 'notReported', 'invalid', 'cancelled', 'overdue', 'nearDue', 'completionRate', 'due', 'doneOfDue', 'dueCompletionRate']);
  if (indicators) add('indicators', indicators.asOf, indicators, ['total', 'met', 'notMet', 'notReported', 'invalid', 'metRate']);
  if (dossiers) add('dossiers', dossiers.asOf, dossiers, [...dossierCounts, 'onlineRate', 'onTimeRate']);
  if (feedback) add('feedback', feedback.asOf, feedback, ['total', 'resolved']);
  add('issues', null, summary.issues, ['errors', 'warnings']);
  return { columns: [col('section', 'code'), col('metric', 'code'), col('value', 'number', true), col('asOf', 'date')], rows };
}

const groupFields: Record<GroupBy, { section: Section; fields: readonly string[] }[]> = {
  unit: [
    { section: 'tasks', fields: ['total', 'done', 'overdue', 'notReported', 'completionRate'] },
    { section: 'dossiers', fields: dossierCounts },
  ],
  area: [
    { section: 'tasks', fields: ['total', 'done', 'completionRate'] },
    { section: 'indicators', fields: ['total', 'met'] },
  ],
  level: [{ section: 'dossiers', fields: dossierCounts }],
};

const prefixed = (section: Section, field: string) => `${section}${field[0]!.toUpperCase()}${field.slice(1)}`;

/**
 * The columns of `--by`, always all of them and always in this order (docs/cli.md), whichever
 * sections the inputs hold: a script that picks a column by its position keeps working the week
 * the dossier forms arrive. A unit's level is known only from the dossier forms.
 */
export function groupColumns(by: GroupBy): DataColumn[] {
  return [
    col(by, by === 'level' ? 'code' : 'text'),
    ...(by === 'unit' ? [col('level', 'code')] : []),
    // Blank here is either "the section does not know the group" or "not reported": never 0.
    ...groupFields[by].flatMap((p) => p.fields.map((f) => col(prefixed(p.section, f), f.endsWith('Rate') ? 'percent' : 'integer'))),
  ];
}

/**
 * The summary's tables by unit, area or level, joined into one row per group so that a CSV has
 * one header row. Each section contributes its columns, prefixed by the section (`tasksDone`,
 * `dossiersReceived`); a group a section does not know, or a section not in the inputs, is blank.
 */
export function groupTable(summary: Summary, by: GroupBy): DataTable {
  const columns = groupColumns(by);
  const sourceRows: Record<GroupBy, Partial<Record<Section, readonly object[] | undefined>>> = {
    unit: { tasks: summary.tasks?.byUnit, dossiers: summary.dossiers?.byUnit },
    area: { tasks: summary.tasks?.byArea, indicators: summary.indicators?.byArea },
    level: { dossiers: summary.dossiers?.byLevel },
  };
  const rows = new Map<string, Record<string, DataValue>>();
  for (const part of groupFields[by]) {
    for (const source of (sourceRows[by][part.section] ?? []) as Record<string, DataValue>[]) {
      const key = String(source[by]);
      const row = rows.get(key) ?? Object.fromEntries(columns.map((c) => [c.key, c.key === by ? key : null]));
      if (by === 'unit' && part.section === 'dossiers') row.level = source.level ?? null;
      for (const f of part.fields) row[prefixed(part.section, f)] = source[f] ?? null;
      rows.set(key, row);
    }
  }
  return { columns, rows: [...rows.values()] };
}

/**
 * `--columns a,b,c`: the table with those columns, in that order. Names are the CSV headers
 * (snake_case) or the JSON keys (camelCase); `valid` are the columns the command can ever give.
 */
export function selectColumns(table: DataTable, names: readonly string[], valid: readonly DataColumn[] = table.columns): DataTable | { unknown: string[]; valid: string[] } {
  const byName = new Map(valid.flatMap((c) => [[c.key, c], [snakeCase(c.key), c]] as const));
  const unknown = names.filter((n) => !byName.has(n));
  if (unknown.length > 0) return { unknown, valid: valid.map((c) => snakeCase(c.key)) };
  const columns = names.map((n) => byName.get(n)!);
  return { columns, rows: table.rows.map((r) => Object.fromEntries(columns.map((c) => [c.key, r[c.key] ?? null]))) };
}

/** Sections a grouping draws on, for the message when none of them is in the inputs. */
export const groupSections: Record<GroupBy, Section[]> = { unit: ['tasks', 'dossiers'], area: ['tasks', 'indicators'], level: ['dossiers'] };

/** The rows as JSON objects, keys in column order. */
export function renderTableJson(table: DataTable): string {
  return `${JSON.stringify(table.rows, null, 2)}\n`;
}

/**
 * A data table for people (Markdown, terminal): labels in the report language, codes through
 * their label maps; values stay raw and are formatted by kind by the drawing renderer.
 */
export function labelledView(table: DataTable, name: string, lang: Lang, levels?: readonly LevelDef[]): TableView {
  const L = labels[lang];
  const levelLabel = levelLabeller(levels, lang);
  const statuses: Readonly<Record<string, string>> = { ...L.taskStatus, ...L.indicatorStatus };
  const codeLabels: Record<string, (code: string) => string | undefined> = { level: levelLabel, status: (code) => statuses[code] };
  const yes = lang === 'vi' ? 'có' : 'yes';
  return {
    name,
    withTotal: false,
    columns: table.columns.map((c) => ({ key: c.key, label: columnLabel(c.key, lang), kind: c.kind === 'boolean' || c.kind === 'code' ? 'text' : c.kind, ...(c.absent ? { absent: true } : {}) })),
    rows: table.rows.map((r) => ({
      tone: null,
      values: Object.fromEntries(
        table.columns.map((c) => {
          const v = r[c.key] ?? null;
          if (c.kind === 'boolean') return [c.key, v === true ? yes : ''];
          if (c.kind === 'code' && typeof v === 'string') return [c.key, codeLabels[c.key]?.(v) ?? v];
          return [c.key, typeof v === 'boolean' ? String(v) : v];
        }),
      ),
    })),
  };
}

function columnLabel(key: string, lang: Lang): string {
  const L = labels[lang];
  const own = (L.columns as Record<string, string>)[key];
  if (own) return own;
  const m = /^(tasks|indicators|dossiers)([A-Z].*)$/.exec(key);
  if (!m) return key;
  const section = m[1] as Section;
  const field = `${m[2]![0]!.toLowerCase()}${m[2]!.slice(1)}`;
  return `${L.sheets[section]}: ${(L.columns as Record<string, string>)[field] ?? field}`;
}

function pick(source: object, columns: readonly DataColumn[]): Record<string, DataValue> {
  const s = source as Record<string, DataValue | undefined>;
  return Object.fromEntries(columns.map((c) => [c.key, s[c.key] ?? null]));
}
