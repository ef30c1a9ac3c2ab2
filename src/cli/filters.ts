/**
 * The list commands' filters. Units are matched through the unit directory (config aliases:
 * `--unit SNV` is Sở Nội vụ) and by folding (`--unit "so noi vu"`); areas by folding, with or
 * without their section number (`--area "cai cach the che"` is `I. Cải cách thể chế`). A name
 * that matches nothing in the inputs is a usage error listing the names there are.
 */
import type { LevelId } from '../model/records.js';
import type { IndicatorItem, TaskItem } from '../model/summary.js';
import type { UnitDirectory } from '../interpret/index.js';
import { fold } from '../model/text.js';
import { UsageError, usageError } from './errors.js';

export const taskStatusFilters = ['overdue', 'open', 'done', 'late', 'not_reported'] as const;
export type TaskStatusFilter = (typeof taskStatusFilters)[number];
export const indicatorStatusFilters = ['met', 'not_met', 'not_reported'] as const;
export type IndicatorStatusFilter = (typeof indicatorStatusFilters)[number];

const taskTests: Record<TaskStatusFilter, (t: TaskItem) => boolean> = {
  overdue: (t) => t.overdue,
  open: (t) => t.status !== 'done' && t.status !== 'cancelled',
  done: (t) => t.status === 'done',
  late: (t) => t.late,
  not_reported: (t) => t.status === 'not_reported',
};

export interface TaskFilter {
  status?: TaskStatusFilter;
  unit?: string;
  area?: string;
}

export function filterTasks(items: readonly TaskItem[], filter: TaskFilter, units: UnitDirectory): TaskItem[] {
  const unit = filter.unit === undefined ? null : matchUnit(filter.unit, items.map((t) => t.lead), units);
  const area = filter.area === undefined ? null : matchArea(filter.area, items.map((t) => t.area));
  return items.filter((t) => (!filter.status || taskTests[filter.status](t)) && (unit === null || fold(t.lead) === unit) && (area === null || t.area === area));
}

export interface IndicatorFilter {
  status?: IndicatorStatusFilter;
  area?: string;
}

export function filterIndicators(items: readonly IndicatorItem[], filter: IndicatorFilter): IndicatorItem[] {
  const area = filter.area === undefined ? null : matchArea(filter.area, items.map((i) => i.area));
  return items.filter((i) => (!filter.status || i.status === filter.status) && (area === null || i.area === area));
}

export interface DossierFilter {
  unit?: string;
  level?: LevelId;
}

/** `known`: the report's level rows (`levelOrder`), which a `--level` must name. */
export function filterDossierUnits<R extends { unit: string; level: LevelId }>(rows: readonly R[], filter: DossierFilter, units: UnitDirectory, known: readonly LevelId[]): R[] {
  if (filter.level !== undefined && !known.includes(filter.level)) throw usageError('usage-flag', { kind: 'invalid-choice', name: '--level', value: filter.level, choices: [...known] });
  const unit = filter.unit === undefined ? null : matchUnit(filter.unit, rows.map((r) => r.unit), units);
  return rows.filter((r) => (unit === null || fold(r.unit) === unit) && (!filter.level || r.level === filter.level));
}

/** The folded canonical name of the unit asked for; aliases resolve through the directory. */
function matchUnit(wanted: string, present: readonly string[], units: UnitDirectory): string {
  const key = fold(units.canonical(wanted));
  if (present.some((p) => fold(p) === key)) return key;
  throw new UsageError(`--unit "${wanted}": no such unit in the inputs (units: ${distinct(present).join('; ')})`);
}

/** The area as written in the inputs. */
function matchArea(wanted: string, present: readonly (string | null)[]): string {
  const key = fold(wanted);
  const areas = distinct(present.filter((a): a is string => a !== null));
  const found = areas.find((a) => fold(a) === key || fold(withoutSectionNumber(a)) === key);
  if (found !== undefined) return found;
  throw new UsageError(`--area "${wanted}": no such area in the inputs (areas: ${areas.join('; ') || 'none'})`);
}

/** `I. Cải cách thể chế` → `Cải cách thể chế`; `2) Kinh tế số` → `Kinh tế số`. */
function withoutSectionNumber(area: string): string {
  return area.replace(/^\s*(?:[IVXLCDM]+|\d+)[.)]\s*/i, '');
}

function distinct(names: readonly string[]): string[] {
  return [...new Set(names)];
}
