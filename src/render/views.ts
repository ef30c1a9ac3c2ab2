/**
 * Typed table views of a Summary, built once and drawn by every renderer (Markdown, terminal,
 * xlsx) so they cannot drift. Values stay raw (numbers, fractions, ISO dates); each renderer
 * formats them by the column's kind. `tone` carries meaning, not colour.
 */
import type { DossierCountsRow, Summary, UnitTaskRow } from '../model/summary.js';
import type { Level } from '../model/records.js';
import { labels, type Labels } from '../i18n/index.js';
import { formatMeasure, unitLabel } from './format.js';
import { type Lang } from '../model/lang.js';
import { formatLocation } from '../model/issue.js';
import { leagueFor, leagueOf } from '../compute/league.js';

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
const levelOrder: Record<Level, number> = { province: 0, district: 1, commune: 2 };

export function buildView(summary: Summary, name: ViewName, lang: Lang): TableView | null {
  const L = labels[lang];
  const c = L.columns;
  switch (name) {
    case 'planNotReported': {
      const plan = summary.plan;
      if (!plan) return null;
      const p = L.plan.columns;
      return {
        name,
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
    case 'planOutside': {
      const plan = summary.plan;
      if (!plan) return null;
      const p = L.plan.columns;
      return {
        name,
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
    case 'units':
    case 'league':
    case 'leagueShown': {
      const t = summary.tasks;
      if (!t) return null;
      const league = leagueFor(t);
      const ranked = name !== 'units';
      const positions = name === 'league' ? league.order : name === 'leagueShown' ? league.shown : t.byUnit.map((_, i) => i);
      const rank = new Map(league.order.map((p, i) => [p, i + 1]));
      return {
        name,
        withTotal: true,
        columns: [
          ...(ranked ? [{ key: 'rank', label: c.rank, kind: 'integer' as const }] : []),
          { key: 'unit', label: c.unit, kind: 'text', wrap: true },
          { key: 'total', label: c.total, kind: 'integer', total: 'sum' },
          { key: 'done', label: c.done, kind: 'integer', total: 'sum' },
          { key: 'overdue', label: c.overdue, kind: 'integer', total: 'sum' },
          { key: 'notReported', label: c.notReported, kind: 'integer', total: 'sum' },
          { key: 'completionRate', label: c.completionRate, kind: 'percent', total: { rateOf: ['done', 'total'] } },
        ],
        rows: positions.map((p) => [p, t.byUnit[p]!] as const).map(([p, u]) => ({ values: { rank: rank.get(p)!, unit: unitLabel(u.unit, u.includes, lang), total: u.total, done: u.done, overdue: u.overdue, notReported: u.notReported, completionRate: u.completionRate }, tone: u.health })),
      };
    }
    case 'areas': {
      const t = summary.tasks;
      if (!t) return null;
      return {
        name,
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
    case 'tasks':
    case 'open': {
      const t = summary.tasks;
      if (!t) return null;
      const list = name === 'open' ? t.items.filter((i) => i.status !== 'done' && i.status !== 'cancelled') : t.items;
      const sorted = name === 'open' ? [...list].sort((a, b) => b.daysOverdue - a.daysOverdue || (a.deadline ?? '9999').localeCompare(b.deadline ?? '9999')) : list;
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
        rows: sorted.map((i) => ({
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
    case 'indicators': {
      const s = summary.indicators;
      if (!s) return null;
      const withLead = s.items.some((i) => i.lead);
      return {
        name,
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
    case 'dossierLevels':
    case 'dossierUnits': {
      const d = summary.dossiers;
      if (!d) return null;
      const byUnit = name === 'dossierUnits';
      const source = byUnit
        ? [...d.byUnit].sort((a, b) => levelOrder[a.level] - levelOrder[b.level])
        : [...d.byLevel].sort((a, b) => levelOrder[a.level] - levelOrder[b.level]);
      // Carried-over dossiers are shown when there are any: the online rate is over the others (QĐ 766, 3.3).
      const fields = dossierFields.filter((f) => f !== 'carriedOver' || (d.carriedOver ?? 0) > 0);
      const measure = (f: string) => f !== 'received' && f !== 'resolved' && f !== 'pending' && f !== 'carriedOver';
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
        rows: source.map((r: { level: Level; unit?: string } & DossierCountsRow) => ({
          values: {
            unit: r.unit ?? null,
            level: L.level[r.level],
            ...Object.fromEntries(fields.map((f) => [f, r[f] ?? null])),
            onTimeRate: r.onTimeRate ?? null,
            onlineRate: r.onlineRate ?? null,
          },
          tone: null,
        })),
      };
    }
    case 'feedback': {
      const f = summary.feedback;
      if (!f) return null;
      return {
        name,
        withTotal: true,
        columns: [
          { key: 'sector', label: c.sector, kind: 'text', wrap: true },
          { key: 'total', label: c.total, kind: 'integer', total: 'sum' },
          { key: 'resolved', label: c.feedbackResolved, kind: 'integer', total: 'sum', absent: true },
          { key: 'resolvedRate', label: c.resolvedRate, kind: 'percent', total: { rateOf: ['resolved', 'total'] }, absent: true },
        ],
        rows: f.bySector.map((s) => ({ values: { sector: s.sector, total: s.total, resolved: s.resolved, resolvedRate: s.total === 0 || s.resolved === null ? null : s.resolved / s.total }, tone: null })),
      };
    }
    case 'issues':
      return {
        name,
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
    case 'invalid':
      return invalidRows(summary, L);
  }
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

/** Every unit in league order (compute decides the order: completion rate, fewest overdue, name). */
export function leagueOrder(rows: readonly UnitTaskRow[]): UnitTaskRow[] {
  return leagueOf(rows).order.map((i) => rows[i]!);
}
