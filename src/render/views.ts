/**
 * Typed table views of a Summary, built once and drawn by every renderer (Markdown, terminal,
 * xlsx) so they cannot drift. Values stay raw (numbers, fractions, ISO dates); each renderer
 * formats them by the column's kind. `tone` carries meaning, not colour.
 */
import type { DossierCountsRow, Summary, TaskItem, TasksSection } from '../model/summary.js';
import { dossierMeasures, type LevelId } from '../model/records.js';
import { levelLabeller } from './level-labels.js';
import { labels, type Labels } from '../i18n/index.js';
import { formatMeasure, unitLabel } from './format.js';
import { type Lang } from '../model/lang.js';
import { formatLocation } from '../model/issue.js';
import { leagueFor } from '../compute/league.js';
import { standingsFor } from '../compute/standings.js';
import { resolvedRate } from '../compute/feedback.js';
import { unitKey } from '../model/text.js';

export type ColumnKind = 'text' | 'integer' | 'percent' | 'date' | 'number';
export type Tone = 'good' | 'warn' | 'bad' | 'muted' | null;
export type CellValue = string | number | null;

export interface ViewColumn {
  key: string;
  label: string;
  kind: ColumnKind;
  /**
   * How the column behaves in a total row: summed, or a rate recomputed from two summed
   * columns. A rate column is a rate on every row too (the workbook writes it as a formula).
   */
  total?: 'sum' | { rateOf: RateOf };
  /** Long free text: wrapped in the workbook. */
  wrap?: boolean;
  /** Null means the measure is not reported (SPEC §4.1): shown as `—`, never as 0 or blank. */
  absent?: boolean;
  /** A rate the config's thresholds do not judge (the online rate has targets of its own): not coloured. */
  neutral?: boolean;
}

/**
 * numerator / denominator, or numerator / (denominator − third): the online rate is over newly
 * received dossiers (received less carried over). A total is over the rows whose numerator is reported.
 */
export type RateOf = [numerator: string, denominator: string, less?: string];

export interface ViewRow {
  values: Record<string, CellValue>;
  tone: Tone;
  /**
   * A text column's figure as a number, for the workbook (an indicator result written `86,2%`):
   * a numeric cell there, with the text as written kept in a note; text outputs show `values`.
   */
  numbers?: Record<string, { value: number; percent: boolean; asWritten: string }>;
}

export interface TableView {
  name: string;
  columns: ViewColumn[];
  rows: ViewRow[];
  /** Whether a total row makes sense (by-unit tables). */
  withTotal: boolean;
  /**
   * Rates of the total row as compute gave them, where the rows are themselves totals (levels):
   * over units that report a part only in some rows, no sum of the rows gives the figure.
   */
  totalRates?: Record<string, number | null>;
}

export type ViewName =
  | 'units'
  | 'league'
  | 'leagueShown'
  | 'areas'
  | 'tasks'
  | 'open'
  | 'indicators'
  | 'dossierLevels'
  | 'dossierUnits'
  | 'feedback'
  | 'issues'
  | 'invalid'
  | 'planNotReported'
  | 'planOutside';

const dossierFields = ['received', 'carriedOver', 'resolved', 'resolvedOnTime', 'resolvedLate', 'pending', 'online', 'paidOnline'] as const;

type Builder = (summary: Summary, lang: Lang) => TableView | null;

/** One small builder per view; none sorts by meaning or computes a rate: compute did (DESIGN 15). */
const builders: Record<ViewName, Builder> = {
  units: (s, lang) => unitsView(s, lang, 'units'),
  league: (s, lang) => unitsView(s, lang, 'league'),
  leagueShown: (s, lang) => unitsView(s, lang, 'leagueShown'),
  areas: areasView,
  tasks: (s, lang) => taskList(s, lang, 'tasks'),
  open: (s, lang) => taskList(s, lang, 'open'),
  indicators: indicatorsView,
  dossierLevels: (s, lang) => dossiersView(s, lang, 'dossierLevels'),
  dossierUnits: (s, lang) => dossiersView(s, lang, 'dossierUnits'),
  feedback: feedbackView,
  issues: issuesView,
  invalid: (s, lang) => invalidRows(s, labels[lang]),
  planNotReported: planNotReportedView,
  planOutside: planOutsideView,
};

export function buildView(summary: Summary, name: ViewName, lang: Lang): TableView | null {
  return builders[name](summary, lang);
}

/** Units in `byUnit` order (`units`), in league order (`league`), or the part of it the first page shows (`leagueShown`); each with its standing. */
function unitsView(summary: Summary, lang: Lang, name: 'units' | 'league' | 'leagueShown'): TableView | null {
  const t = summary.tasks;
  if (!t) return null;
  const L = labels[lang];
  const c = L.columns;
  const league = leagueFor(t);
  const ranked = name !== 'units';
  const positions = name === 'league' ? league.order : name === 'leagueShown' ? league.shown : t.byUnit.map((_, i) => i);
  const rank = new Map(league.order.map((p, i) => [p, i + 1]));
  const standing = new Map(standingsFor(summary).map((u) => [unitKey(u.unit), u.standing]));
  return {
    name,
    // The sum of a part of the units is no figure of the report: the part shown has no total row.
    withTotal: positions.length === t.byUnit.length,
    columns: [
      ...(ranked ? [{ key: 'rank', label: c.rank, kind: 'integer' as const }] : []),
      { key: 'unit', label: c.unit, kind: 'text', wrap: true },
      { key: 'total', label: c.total, kind: 'integer', total: 'sum' },
      { key: 'done', label: c.done, kind: 'integer', total: 'sum' },
      { key: 'overdue', label: c.overdue, kind: 'integer', total: 'sum' },
      { key: 'notReported', label: c.notReported, kind: 'integer', total: 'sum' },
      { key: 'completionRate', label: c.completionRate, kind: 'percent', total: { rateOf: ['done', 'total'] } },
      { key: 'standing', label: c.standing, kind: 'text' },
    ],
    rows: positions.map((p) => {
      const u = t.byUnit[p]!;
      // In a merged report the standings do not cover each province's rows.
      const s = u.province === undefined ? standing.get(unitKey(u.unit)) : undefined;
      return {
        values: { rank: rank.get(p)!, unit: unitLabel(u.unit, u.includes, lang), total: u.total, done: u.done, overdue: u.overdue, notReported: u.notReported, completionRate: u.completionRate, standing: s ? L.standing[s] : null },
        tone: u.health,
      };
    }),
  };
}

function areasView(summary: Summary, lang: Lang): TableView | null {
  const t = summary.tasks;
  if (!t) return null;
  const c = labels[lang].columns;
  return {
    name: 'areas',
    withTotal: true,
    columns: [
      { key: 'area', label: c.area, kind: 'text', wrap: true },
      { key: 'total', label: c.total, kind: 'integer', total: 'sum' },
      { key: 'done', label: c.done, kind: 'integer', total: 'sum' },
      { key: 'completionRate', label: c.completionRate, kind: 'percent', total: { rateOf: ['done', 'total'] } },
    ],
    rows: t.byArea.map((a) => ({ values: { ...a }, tone: null })),
  };
}

/** Every task in the order of the files (`tasks`), or the unfinished ones in compute's order (`open`). */
function taskList(summary: Summary, lang: Lang, name: 'tasks' | 'open'): TableView | null {
  const t = summary.tasks;
  if (!t) return null;
  const L = labels[lang];
  const c = L.columns;
  const list = name === 'open' ? openItems(t) : t.items;
  return {
    name,
    withTotal: false,
    columns: [
      { key: 'id', label: c.id, kind: 'text' },
      { key: 'title', label: c.title, kind: 'text', wrap: true },
      { key: 'area', label: c.area, kind: 'text', wrap: true },
      { key: 'lead', label: c.lead, kind: 'text', wrap: true },
      { key: 'deadline', label: c.deadline, kind: 'date' },
      { key: 'status', label: c.status, kind: 'text', wrap: true },
      ...(name === 'tasks' ? [{ key: 'completedOn', label: c.completedOn, kind: 'date' as const }] : []),
      { key: 'daysOverdue', label: c.daysOverdue, kind: 'integer' },
      { key: 'note', label: c.note, kind: 'text', wrap: true },
    ],
    rows: list.map((i) => ({
      values: {
        id: i.id,
        title: i.title,
        area: i.area,
        lead: i.lead,
        deadline: i.deadline ?? i.deadlineText,
        status: L.taskStatus[i.status] + (i.late ? ` (${L.words.late})` : ''),
        completedOn: i.completedOn,
        daysOverdue: i.overdue ? i.daysOverdue : null,
        note: i.note,
      },
      tone: i.status === 'done' ? 'good' : i.overdue ? 'bad' : i.status === 'not_reported' || i.status === 'invalid' ? 'warn' : i.status === 'cancelled' ? 'muted' : null,
    })),
  };
}

/** The items of `open`, in its order; an older snapshot's open tasks carry no position and are found by id. */
function openItems(t: TasksSection): TaskItem[] {
  const byId = new Map(t.items.map((i) => [i.id, i]));
  return t.open.map((o) => (o.item !== undefined ? t.items[o.item] : byId.get(o.id))).filter((i): i is TaskItem => i !== undefined);
}

function indicatorsView(summary: Summary, lang: Lang): TableView | null {
  const s = summary.indicators;
  if (!s) return null;
  const L = labels[lang];
  const c = L.columns;
  const withLead = s.items.some((i) => i.lead);
  return {
    name: 'indicators',
    withTotal: false,
    columns: [
      { key: 'id', label: c.id, kind: 'text' },
      { key: 'title', label: c.indicator, kind: 'text', wrap: true },
      { key: 'area', label: c.area, kind: 'text', wrap: true },
      { key: 'unit', label: c.measureUnit, kind: 'text' },
      { key: 'target', label: c.target, kind: 'text' },
      { key: 'actual', label: c.actual, kind: 'text' },
      { key: 'status', label: c.status, kind: 'text' },
      ...(withLead ? [{ key: 'lead', label: c.lead, kind: 'text' as const, wrap: true }] : []),
    ],
    rows: s.items.map((i) => ({
      values: {
        id: i.id,
        title: i.title,
        area: i.area,
        unit: i.unit,
        target: i.targetText,
        actual: i.actual === null ? null : formatMeasure(i.actual, i.percent, i.actualText, lang),
        status: L.indicatorStatus[i.status],
        lead: i.lead,
      },
      tone: i.status === 'met' ? 'good' : i.status === 'not_met' ? 'bad' : 'warn',
      ...(typeof i.actual === 'number' ? { numbers: { actual: { value: i.actual, percent: i.percent, asWritten: i.actualText } } } : {}),
    })),
  };
}

/** Dossier counts by level, or by unit (grouped by level): in the summary's order, which compute chose. */
function dossiersView(summary: Summary, lang: Lang, name: 'dossierLevels' | 'dossierUnits'): TableView | null {
  const d = summary.dossiers;
  if (!d) return null;
  const L = labels[lang];
  const c = L.columns;
  const byUnit = name === 'dossierUnits';
  const source: ({ level: LevelId; unit?: string } & DossierCountsRow)[] = byUnit ? d.byUnit : d.byLevel;
  const levelLabel = levelLabeller(d.levels, lang);
  // Carried-over dossiers are shown when there are any: the online rate is over the others (QĐ 766, 3.3).
  const fields = dossierFields.filter((f) => f !== 'carriedOver' || (d.carriedOver ?? 0) > 0);
  const measure = (f: string) => (dossierMeasures as readonly string[]).includes(f);
  return {
    name,
    withTotal: true,
    columns: [
      ...(byUnit ? [{ key: 'unit', label: c.unit, kind: 'text' as const, wrap: true }] : []),
      { key: 'level', label: c.level, kind: 'text' },
      ...fields.map((f) => ({ key: f, label: c[f], kind: 'integer' as const, total: 'sum' as const, ...(measure(f) ? { absent: true } : {}) })),
      { key: 'onTimeRate', label: c.onTimeRate, kind: 'percent', total: { rateOf: ['resolvedOnTime', 'resolved'] }, absent: true },
      { key: 'onlineRate', label: c.onlineRate, kind: 'percent', total: { rateOf: fields.includes('carriedOver') ? ['online', 'received', 'carriedOver'] : ['online', 'received'] }, neutral: true, absent: true },
    ],
    ...(byUnit ? {} : { totalRates: { onTimeRate: d.onTimeRate, onlineRate: d.onlineRate } }),
    rows: source.map((r) => ({
      values: {
        unit: r.unit ?? null,
        level: levelLabel(r.level),
        ...Object.fromEntries(fields.map((f) => [f, r[f] ?? null])),
        onTimeRate: r.onTimeRate ?? null,
        onlineRate: r.onlineRate ?? null,
      },
      tone: null,
    })),
  };
}

function feedbackView(summary: Summary, lang: Lang): TableView | null {
  const f = summary.feedback;
  if (!f) return null;
  const c = labels[lang].columns;
  return {
    name: 'feedback',
    withTotal: true,
    columns: [
      { key: 'sector', label: c.sector, kind: 'text', wrap: true },
      { key: 'total', label: c.total, kind: 'integer', total: 'sum' },
      { key: 'resolved', label: c.feedbackResolved, kind: 'integer', total: 'sum', absent: true },
      { key: 'resolvedRate', label: c.resolvedRate, kind: 'percent', total: { rateOf: ['resolved', 'total'] }, absent: true },
    ],
    rows: f.bySector.map((s) => ({ values: { sector: s.sector, total: s.total, resolved: s.resolved, resolvedRate: s.resolvedRate ?? resolvedRate(s.resolved, s.total) }, tone: null })),
  };
}

function issuesView(summary: Summary, lang: Lang): TableView {
  const L = labels[lang];
  const c = L.columns;
  return {
    name: 'issues',
    withTotal: false,
    columns: [
      { key: 'severity', label: c.severity, kind: 'text' },
      { key: 'location', label: c.location, kind: 'text', wrap: true },
      { key: 'code', label: c.code, kind: 'text' },
      { key: 'message', label: c.message, kind: 'text', wrap: true },
      { key: 'value', label: c.cellValue, kind: 'text', wrap: true },
      { key: 'hint', label: c.hint, kind: 'text', wrap: true },
    ],
    rows: summary.issues.items.map((i) => ({
      values: { severity: L.severity[i.severity], location: formatLocation(i), code: i.code, message: i.message, value: i.value ?? null, hint: i.hint ?? null },
      tone: i.severity === 'error' ? 'bad' : i.severity === 'warning' ? 'warn' : null,
    })),
  };
}

/** The plan's tasks nobody reported, by unit. */
function planNotReportedView(summary: Summary, lang: Lang): TableView | null {
  const plan = summary.plan;
  if (!plan) return null;
  const p = labels[lang].plan.columns;
  return {
    name: 'planNotReported',
    withTotal: false,
    columns: [
      { key: 'unit', label: p.unit, kind: 'text', wrap: true },
      { key: 'id', label: p.id, kind: 'text' },
      { key: 'title', label: p.title, kind: 'text', wrap: true },
      { key: 'deadline', label: p.deadline, kind: 'date' },
    ],
    rows: plan.notReported.flatMap((u) => u.tasks.map((t) => ({ values: { unit: u.unit, id: t.id, title: t.title, deadline: t.deadline }, tone: 'warn' as const }))),
  };
}

/** Reported tasks the plan does not list. */
function planOutsideView(summary: Summary, lang: Lang): TableView | null {
  const plan = summary.plan;
  if (!plan) return null;
  const L = labels[lang];
  const p = L.plan.columns;
  return {
    name: 'planOutside',
    withTotal: false,
    columns: [
      { key: 'lead', label: p.lead, kind: 'text', wrap: true },
      { key: 'title', label: p.title, kind: 'text', wrap: true },
      { key: 'status', label: p.status, kind: 'text' },
      { key: 'source', label: p.source, kind: 'text' },
    ],
    rows: plan.outside.map((o) => ({
      values: { lead: o.lead, title: o.title, status: L.taskStatus[o.status], source: formatLocation({ file: o.file, ...(o.sheet !== null ? { sheet: o.sheet } : {}), row: o.row }) },
      tone: 'muted' as const,
    })),
  };
}

/** Rows counted as `invalid` under --lenient: where they are and what they said. */
function invalidRows(summary: Summary, L: Labels): TableView | null {
  const c = L.columns;
  const tasks = (summary.tasks?.items ?? []).filter((i) => i.status === 'invalid');
  const indicators = (summary.indicators?.items ?? []).filter((i) => i.status === 'invalid');
  if (tasks.length === 0 && indicators.length === 0) return null;
  return {
    name: 'invalid',
    withTotal: false,
    columns: [
      { key: 'location', label: c.location, kind: 'text', wrap: true },
      { key: 'id', label: c.id, kind: 'text' },
      { key: 'title', label: c.title, kind: 'text', wrap: true },
      { key: 'lead', label: c.lead, kind: 'text', wrap: true },
      { key: 'statusText', label: c.statusText, kind: 'text', wrap: true },
    ],
    rows: [
      ...tasks.map((t) => ({
        values: { location: formatLocation({ file: t.file, ...(t.sheet !== null ? { sheet: t.sheet } : {}), row: t.row }), id: t.id, title: t.title, lead: t.lead, statusText: t.statusText },
        tone: 'warn' as const,
      })),
      ...indicators.map((i) => ({ values: { location: null, id: i.id, title: i.title, lead: i.lead, statusText: `${i.targetText} / ${i.actualText}` }, tone: 'warn' as const })),
    ],
  };
}
