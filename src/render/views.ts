/**
 * Typed table views of a Summary, built once and drawn by every renderer (CSV, Markdown,
 * terminal, xlsx) so they cannot drift. Values stay raw (numbers, fractions, ISO dates);
 * each renderer formats them by the column's kind. `tone` carries meaning, not colour.
 */
import type { Summary } from '../model/summary.js';
import { labels } from '../i18n/index.js';
import type { Lang } from './format.js';
import { formatLocation } from '../model/issue.js';

export type ColumnKind = 'text' | 'integer' | 'percent' | 'date' | 'number';
export type Tone = 'good' | 'warn' | 'bad' | 'muted' | null;
export type CellValue = string | number | null;

export interface ViewColumn {
  key: string;
  label: string;
  kind: ColumnKind;
  /** For integer/percent columns: a total row sums (or recomputes) it. */
  total?: 'sum' | { rateOf: [string, string] };
}

export interface TableView {
  name: string;
  columns: ViewColumn[];
  rows: { values: Record<string, CellValue>; tone: Tone }[];
  /** Whether a total row makes sense (by-unit tables). */
  withTotal: boolean;
}

export type ViewName = 'units' | 'areas' | 'tasks' | 'open' | 'indicators' | 'issues';

export function buildView(summary: Summary, name: ViewName, lang: Lang): TableView | null {
  const L = labels[lang];
  const c = L.columns;
  switch (name) {
    case 'units': {
      const t = summary.tasks;
      if (!t) return null;
      return {
        name,
        withTotal: true,
        columns: [
          { key: 'unit', label: c.unit, kind: 'text' },
          { key: 'total', label: c.total, kind: 'integer', total: 'sum' },
          { key: 'done', label: c.done, kind: 'integer', total: 'sum' },
          { key: 'overdue', label: c.overdue, kind: 'integer', total: 'sum' },
          { key: 'notReported', label: c.notReported, kind: 'integer', total: 'sum' },
          { key: 'completionRate', label: c.completionRate, kind: 'percent', total: { rateOf: ['done', 'total'] } },
        ],
        rows: t.byUnit.map((u) => ({ values: { ...u }, tone: u.health })),
      };
    }
    case 'areas': {
      const t = summary.tasks;
      if (!t) return null;
      return {
        name,
        withTotal: true,
        columns: [
          { key: 'area', label: c.area, kind: 'text' },
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
          { key: 'title', label: c.title, kind: 'text' },
          { key: 'area', label: c.area, kind: 'text' },
          { key: 'lead', label: c.lead, kind: 'text' },
          { key: 'deadline', label: c.deadline, kind: 'date' },
          { key: 'status', label: c.status, kind: 'text' },
          { key: 'completedOn', label: c.completedOn, kind: 'date' },
          { key: 'daysOverdue', label: c.daysOverdue, kind: 'integer' },
          { key: 'note', label: c.note, kind: 'text' },
        ],
        rows: sorted.map((i) => ({
          values: {
            id: i.id,
            title: i.title,
            area: i.area,
            lead: i.lead,
            deadline: i.deadline ?? i.deadlineText,
            status: L.taskStatus[i.status] + (i.late ? ` (${lang === 'vi' ? 'quá hạn' : 'late'})` : ''),
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
      return {
        name,
        withTotal: false,
        columns: [
          { key: 'id', label: c.id, kind: 'text' },
          { key: 'title', label: c.indicator, kind: 'text' },
          { key: 'area', label: c.area, kind: 'text' },
          { key: 'unit', label: c.measureUnit, kind: 'text' },
          { key: 'target', label: c.target, kind: 'text' },
          { key: 'actual', label: c.actual, kind: 'text' },
          { key: 'status', label: c.status, kind: 'text' },
        ],
        rows: s.items.map((i) => ({
          values: { id: i.id, title: i.title, area: i.area, unit: i.unit, target: i.targetText, actual: i.actualText || null, status: L.indicatorStatus[i.status] },
          tone: i.status === 'met' ? 'good' : i.status === 'not_met' ? 'bad' : 'warn',
        })),
      };
    }
    case 'issues':
      return {
        name,
        withTotal: false,
        columns: [
          { key: 'severity', label: c.severity, kind: 'text' },
          { key: 'location', label: c.location, kind: 'text' },
          { key: 'code', label: c.code, kind: 'text' },
          { key: 'message', label: c.message, kind: 'text' },
          { key: 'hint', label: c.hint, kind: 'text' },
        ],
        rows: summary.issues.items.map((i) => ({
          values: { severity: L.severity[i.severity], location: formatLocation(i), code: i.code, message: i.message, hint: i.hint ?? null },
          tone: i.severity === 'error' ? 'bad' : i.severity === 'warning' ? 'warn' : null,
        })),
      };
  }
}
