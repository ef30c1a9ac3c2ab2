/**
 * Roll-up (`reform-report merge`, `build --from-snapshots`): snapshots of communes into a
 * province, of provinces into a region or the nation. Counts add; every rate is recomputed from
 * the summed counts, never averaged; lists are concatenated and each row keeps its province.
 * Snapshots of different dates or periods do not add up: the merge refuses them, naming them.
 * Pure: the caller reads the files and hands their parsed JSON in.
 */
import type { DossiersSection, FeedbackSection, IndicatorsSection, Succession, Summary, TasksSection } from '../model/summary.js';
import type { Issue } from '../model/issue.js';
import { compareIssues } from '../model/issue.js';
import { fold, byName } from '../model/text.js';
import { because, type Reason } from '../i18n/reasons.js';
import { leagueOf } from './league.js';
import { defaultTasksPerUnit, groupOpen } from './tasks.js';
import { healthOf, rate } from './health.js';
import { defaultThresholds, type Thresholds } from '../model/config.js';
import { byLevelOf, sumDossierRows } from './dossiers.js';
import { levelOrder, type LevelDef } from '../model/records.js';

export interface SnapshotFile {
  file: string;
  data: unknown;
}

/** Why snapshots cannot be merged: `input` a file that is not a snapshot (usage), `mismatch` snapshots that do not add up (data). */
export type MergeRefusal = { refused: 'input'; file?: string; reason?: Reason } | { refused: 'mismatch'; reason: Reason };

export interface MergeOptions {
  title?: string;
  organization?: string;
  place?: string;
  thresholds?: Thresholds;
}

export function mergeSnapshots(files: readonly SnapshotFile[], opts: MergeOptions = {}): { summary: Summary } | MergeRefusal {
  if (files.length === 0) return { refused: 'input' };
  const parts: { file: string; province: string; s: Summary }[] = [];
  for (const f of files) {
    const why = notASnapshot(f.data);
    if (why) return { refused: 'input', file: f.file, reason: why };
    const s = f.data as Summary;
    parts.push({ file: f.file, province: provinceOf(s, f.file), s });
  }
  const refusal = disagreement(parts);
  if (refusal) return { refused: 'mismatch', reason: refusal };
  const thresholds = opts.thresholds ?? defaultThresholds;
  const first = parts[0]!.s;
  const issues = parts.flatMap((p) => p.s.issues.items).sort(compareIssues);
  const summary: Summary = {
    schemaVersion: 1,
    title: opts.title ?? first.title,
    organization: opts.organization ?? null,
    place: opts.place ?? null,
    asOf: first.asOf,
    period: first.period ?? null,
    tasks: mergeTasks(parts.map((p) => [p.province, p.s.tasks] as const), thresholds),
    indicators: mergeIndicators(parts.map((p) => [p.province, p.s.indicators] as const), thresholds),
    dossiers: mergeDossiers(parts.map((p) => [p.province, p.s.dossiers] as const)),
    feedback: mergeFeedback(parts.map((p) => p.s.feedback)),
    unitsNotReported: parts.flatMap((p) => p.s.unitsNotReported.map((u) => `${u} (${p.province})`)),
    comparison: null,
    mergedFrom: parts.flatMap((p) => p.s.mergedFrom ?? [{ province: p.province, file: p.file }]),
    issues: {
      errors: parts.reduce((n, p) => n + p.s.issues.errors, 0),
      warnings: parts.reduce((n, p) => n + p.s.issues.warnings, 0),
      items: issues as Issue[],
    },
  };
  const successions = mergeSuccessions(parts.map((p) => p.s.successions ?? []));
  if (successions.length > 0) summary.successions = successions;
  return { summary };
}

/** The place named in the config, else the organisation, else the file's name. */
function provinceOf(s: Summary, file: string): string {
  return s.place ?? s.organization ?? file.replace(/^.*[\\/]/, '').replace(/\.json$/i, '');
}

/** Snapshots of one date and period add up; anything else is refused with both sides named. */
function disagreement(parts: readonly { file: string; province: string; s: Summary }[]): Reason | null {
  const first = parts[0]!;
  const periodText = (s: Summary) => (s.period ? `${s.period.from}..${s.period.to}` : '');
  const sides = (p: { file: string }, a: string, b: string) => ({ first: { file: first.file, value: a }, other: { file: p.file, value: b } });
  for (const p of parts.slice(1)) {
    if (p.s.asOf !== first.s.asOf) return because('merge-mismatch', { problem: 'dates', ...sides(p, first.s.asOf, p.s.asOf) });
    if (periodText(p.s) !== periodText(first.s)) return because('merge-mismatch', { problem: 'periods', ...sides(p, periodText(first.s), periodText(p.s)) });
    for (const key of ['tasks', 'indicators', 'dossiers', 'feedback'] as const) {
      const a = first.s[key]?.asOf;
      const b = p.s[key]?.asOf;
      if (a && b && a !== b) return because('merge-mismatch', { problem: 'section-dates', section: key, ...sides(p, a, b) });
    }
  }
  const seen = new Map<string, string>();
  for (const p of parts) {
    const other = seen.get(fold(p.province));
    if (other) return because('merge-mismatch', { problem: 'twice', first: { file: other, value: p.province }, other: { file: p.file, value: p.province } });
    seen.set(fold(p.province), p.file);
  }
  return null;
}

function notASnapshot(data: unknown): Reason | null {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return because('snapshot-not-object', {});
  const o = data as Record<string, unknown>;
  if (o.schemaVersion !== 1) return because('snapshot-schema', { version: JSON.stringify(o.schemaVersion ?? null) });
  if (typeof o.asOf !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(o.asOf)) return because('snapshot-no-asof', {});
  const need: Record<string, string[]> = {
    tasks: ['total', 'done', 'doneOnTime', 'doneLate', 'inProgress', 'notStarted', 'notReported', 'cancelled', 'overdue', 'nearDue', 'due', 'doneOfDue'],
    indicators: ['total', 'met', 'notMet', 'notReported'],
    dossiers: [],
    feedback: ['total'],
  };
  // Measures a snapshot may hold as null: not reported by its tables (SPEC §4.1), never 0.
  const measures: Record<string, string[]> = { dossiers: ['received', 'resolved', 'pending', 'resolvedOnTime', 'resolvedLate', 'online', 'paidOnline'], feedback: ['resolved'] };
  for (const [key, fields] of Object.entries(need)) {
    const v = o[key];
    if (v === null) continue;
    if (typeof v !== 'object' || Array.isArray(v) || v === undefined) return because('snapshot-field', { field: key, expected: 'section' });
    const missing = fields.find((f) => typeof (v as Record<string, unknown>)[f] !== 'number');
    if (missing) return because('snapshot-field', { field: `${key}.${missing}`, expected: 'count' });
    const bad = (measures[key] ?? []).find((f) => { const m = (v as Record<string, unknown>)[f]; return m !== null && typeof m !== 'number'; });
    if (bad) return because('snapshot-field', { field: `${key}.${bad}`, expected: 'count-or-null' });
  }
  if (!Array.isArray(o.unitsNotReported) || typeof o.issues !== 'object' || o.issues === null) return because('snapshot-field', { field: 'unitsNotReported', expected: 'lists' });
  return null;
}

type Part<T> = readonly (readonly [string, T | null])[];

/** The snapshots that have the section, each with its province. */
function present<T>(parts: Part<T>): (readonly [string, T])[] {
  return parts.filter((p): p is readonly [string, T] => p[1] !== null);
}

/** One snapshot's rows, each keeping its province (rows of a snapshot merged before already name theirs). */
function tagged<T extends { province?: string }>(province: string, rows: readonly T[] | undefined): (T & { province: string })[] {
  return (rows ?? []).map((r) => ({ ...r, province: r.province ?? province }));
}

function sum<T>(list: readonly T[], key: { [K in keyof T]: T[K] extends number ? K : never }[keyof T]): number {
  return list.reduce((n, x) => n + ((x[key] as number | undefined) ?? 0), 0);
}

/** Rows of several parts with the same key added up (areas, sectors, levels), in first-seen order. */
function addRows<R extends object>(rows: readonly R[], key: keyof R, counts: readonly string[]): R[] {
  const out = new Map<string, Record<string, unknown>>();
  for (const r of rows) {
    const k = fold(String(r[key]));
    const into = out.get(k);
    if (!into) out.set(k, { ...(r as Record<string, unknown>) });
    else for (const c of counts) into[c] = ((into[c] as number | undefined) ?? 0) + (((r as Record<string, unknown>)[c] as number | undefined) ?? 0);
  }
  return [...out.values()] as R[];
}

function mergeTasks(parts: Part<TasksSection>, thresholds: Thresholds): TasksSection | null {
  const some = present(parts);
  if (some.length === 0) return null;
  const list = some.map((p) => p[1]);
  const total = sum(list, 'total');
  const done = sum(list, 'done');
  const due = sum(list, 'due');
  const doneOfDue = sum(list, 'doneOfDue');
  const completionRate = rate(done, total);
  const byUnit = some.flatMap(([p, t]) => tagged(p, t.byUnit));
  const league = leagueOf(byUnit, list[0]!.league?.size);
  // Positions in the merged `items`: each snapshot's follow the ones before it.
  const offsets = list.map((_, k) => list.slice(0, k).reduce((n, t) => n + (t.items?.length ?? 0), 0));
  const open = some
    .flatMap(([p, t], k) => tagged(p, t.open).map((o) => (o.item === undefined ? o : { ...o, item: o.item + offsets[k]! })))
    .sort((a, b) => b.daysOverdue - a.daysOverdue || (a.deadline ?? '9999').localeCompare(b.deadline ?? '9999') || byName(a.province, b.province) || byName(a.lead, b.lead) || byName(a.id, b.id));
  return {
    asOf: list[0]!.asOf,
    total,
    done,
    doneOnTime: sum(list, 'doneOnTime'),
    doneLate: sum(list, 'doneLate'),
    inProgress: sum(list, 'inProgress'),
    notStarted: sum(list, 'notStarted'),
    notReported: sum(list, 'notReported'),
    invalid: sum(list, 'invalid'),
    cancelled: sum(list, 'cancelled'),
    overdue: sum(list, 'overdue'),
    nearDue: sum(list, 'nearDue'),
    completionRate,
    due,
    doneOfDue,
    dueCompletionRate: rate(doneOfDue, due),
    nearDueDays: list[0]!.nearDueDays,
    health: healthOf(completionRate, thresholds),
    byUnit,
    league,
    byArea: addRows(list.flatMap((t) => t.byArea ?? []), 'area', ['total', 'done'])
      .map((a) => ({ ...a, completionRate: rate(a.done, a.total) }))
      .sort((a, b) => byName(a.area, b.area)),
    open,
    openByLead: groupOpen(open, byUnit, league, defaultTasksPerUnit),
    cancelledTasks: some.flatMap(([, t]) => t.cancelledTasks ?? []),
    items: some.flatMap(([p, t]) => tagged(p, t.items)),
  };
}

function mergeIndicators(parts: Part<IndicatorsSection>, thresholds: Thresholds): IndicatorsSection | null {
  const some = present(parts);
  if (some.length === 0) return null;
  const list = some.map((p) => p[1]);
  const total = sum(list, 'total');
  const met = sum(list, 'met');
  const metRate = rate(met, total);
  return {
    asOf: list[0]!.asOf,
    total,
    met,
    notMet: sum(list, 'notMet'),
    notReported: sum(list, 'notReported'),
    invalid: sum(list, 'invalid'),
    metRate,
    health: healthOf(metRate, thresholds),
    byArea: addRows(list.flatMap((i) => i.byArea ?? []), 'area', ['total', 'met']).sort((a, b) => byName(a.area, b.area)),
    items: some.flatMap(([p, i]) => tagged(p, i.items)),
  };
}

function mergeDossiers(parts: Part<DossiersSection>): DossiersSection | null {
  const some = present(parts);
  if (some.length === 0) return null;
  const list = some.map((p) => p[1]);
  // The added levels of every snapshot (a centre row), each once, as first listed.
  const defs = new Map<string, LevelDef>();
  for (const d of list) for (const l of d.levels ?? []) if (!defs.has(l.id)) defs.set(l.id, l);
  const order = levelOrder([...defs.values()]);
  // Summed over the units, so a measure some province does not report stays null there, never 0.
  // Grouped by level like a report's (each level's units in the snapshots' order).
  const byUnit = some.flatMap(([p, d]) => tagged(p, d.byUnit)).sort(byLevelOf(order, () => 0));
  const { total, byLevel } = sumDossierRows(byUnit, (u) => `${u.province}\u0000${u.level}\u0000${u.unit}`, order);
  return {
    asOf: list[0]!.asOf,
    ...total,
    byLevel,
    byUnit,
    period: list[0]!.period ?? null,
    ...(defs.size > 0 ? { levels: [...defs.values()] } : {}),
  };
}

function mergeFeedback(parts: readonly (FeedbackSection | null)[]): FeedbackSection | null {
  const list = parts.filter((f): f is FeedbackSection => f !== null);
  if (list.length === 0) return null;
  return {
    asOf: list[0]!.asOf,
    total: sum(list, 'total'),
    resolved: list.some((f) => f.resolved !== null) ? list.reduce((n, f) => n + (f.resolved ?? 0), 0) : null,
    bySector: addRows(list.flatMap((f) => f.bySector ?? []), 'sector', ['total', 'resolved']),
    period: list[0]!.period ?? null,
  };
}

function mergeSuccessions(lists: readonly Succession[][]): Succession[] {
  const out = new Map<string, Succession>();
  for (const s of lists.flat()) out.set(`${fold(s.former)}\u0000${fold(s.successor)}`, s);
  return [...out.values()];
}
