/**
 * The change since a previous snapshot (SPEC §5): the headline figures before and after, the
 * tasks newly completed and newly overdue, and the units whose completion rate moved. Pure:
 * the caller reads the snapshot file and hands its parsed JSON in.
 *
 * Tasks are matched by id, and by title and lead when the id changed (ids derived from STT move
 * when a plan is renumbered). "Newly" means: so now, and not so in the previous snapshot —
 * a task the previous snapshot did not have counts as newly completed or newly overdue.
 */
import type { FormerUnit, HeadlineFigures, SnapshotChange, Summary, Trend } from '../model/summary.js';
import { fold, unitKey, byName } from '../model/text.js';
import { rate } from './health.js';
import { Successors } from './successors.js';
import { because, type Reason } from '../i18n/reasons.js';

/** The parts of a snapshot the comparison reads; older snapshots may lack any of them. */
export interface Snapshot {
  asOf: string;
  tasks: {
    total?: number;
    done?: number;
    completionRate?: number | null;
    due?: number;
    doneOfDue?: number;
    dueCompletionRate?: number | null;
    overdue?: number;
    byUnit?: { unit: string; total?: number; done?: number; completionRate: number | null }[];
    open?: { id: string; title: string; lead: string; daysOverdue?: number }[];
    items?: { id: string; title: string; lead: string; status: string; overdue?: boolean }[];
  } | null;
  indicators: { total?: number; met?: number; metRate?: number | null } | null;
  dossiers: {
    received?: number;
    resolved?: number;
    resolvedOnTime?: number;
    onTimeRate?: number | null;
    online?: number;
    onlineRate?: number | null;
    byUnit?: { unit: string }[];
  } | null;
  feedback: { total?: number; resolved?: number } | null;
}

/** The parsed JSON as a snapshot, or why it is not one. */
export function parseSnapshot(data: unknown): Snapshot | { error: Reason } {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return { error: because('snapshot-not-object', {}) };
  const obj = data as Record<string, unknown>;
  if (obj.schemaVersion !== 1) return { error: because('snapshot-schema', { version: JSON.stringify(obj.schemaVersion ?? null) }) };
  if (typeof obj.asOf !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(obj.asOf)) return { error: because('snapshot-no-asof', {}) };
  const section = (key: string) => {
    const v = obj[key];
    return typeof v === 'object' && v !== null && !Array.isArray(v) ? v : null;
  };
  return { asOf: obj.asOf, tasks: section('tasks'), indicators: section('indicators'), dossiers: section('dossiers'), feedback: section('feedback') } as Snapshot;
}

const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

/** The summary sheet's headline figures of a summary or snapshot. */
export function headlineFigures(s: Snapshot | Summary): HeadlineFigures {
  const t = s.tasks;
  const i = s.indicators;
  const d = s.dossiers;
  const f = s.feedback;
  return {
    tasksTotal: num(t?.total),
    tasksDone: num(t?.done),
    tasksCompletionRate: num(t?.completionRate),
    tasksDue: num(t?.due),
    tasksDoneOfDue: num(t?.doneOfDue),
    tasksDueCompletionRate: num(t?.dueCompletionRate),
    tasksOverdue: num(t?.overdue),
    indicatorsTotal: num(i?.total),
    indicatorsMet: num(i?.met),
    indicatorsMetRate: num(i?.metRate),
    dossiersReceived: num(d?.received),
    dossiersResolved: num(d?.resolved),
    dossiersResolvedOnTime: num(d?.resolvedOnTime),
    dossiersOnTimeRate: num(d?.onTimeRate),
    dossiersOnline: num(d?.online),
    dossiersOnlineRate: num(d?.onlineRate),
    feedbackTotal: num(f?.total),
    feedbackResolved: num(f?.resolved),
  };
}

type TaskRef = { id: string; title: string; lead: string };
interface PreviousTask {
  done: boolean;
  overdue: boolean;
}

/** How each previous task stood, found by id or by title and lead (a former department's task under its successor). */
function previousTasks(prev: Snapshot, successors: Successors): (task: TaskRef) => PreviousTask | null {
  const byId = new Map<string, PreviousTask>();
  const byTitle = new Map<string, PreviousTask>();
  const key = (t: TaskRef) => `${fold(t.title)}\u0000${fold(successors.resolve(t.lead).unit)}`;
  const add = (t: TaskRef, state: PreviousTask) => {
    byId.set(t.id, state);
    byTitle.set(key(t), state);
  };
  const items = prev.tasks?.items;
  if (items) {
    for (const t of items) add(t, { done: t.status === 'done', overdue: t.overdue === true });
  } else {
    // A snapshot without the task list still has the open tasks (SPEC §4.1): what is not open was done or cancelled.
    for (const t of prev.tasks?.open ?? []) add(t, { done: false, overdue: (t.daysOverdue ?? 0) > 0 });
  }
  return (task) => byId.get(task.id) ?? byTitle.get(key(task)) ?? (items ? null : { done: true, overdue: false });
}

/**
 * The previous snapshot's units under today's names: a department merged since then is the sum of
 * its parts (done and total added, the rate recomputed), and `includes` names the former ones.
 */
function unitsBefore(prev: Snapshot, successors: Successors): Map<string, { rate: number | null; includes: FormerUnit[] }> {
  const groups = new Map<string, { rows: NonNullable<NonNullable<Snapshot['tasks']>['byUnit']>; includes: FormerUnit[] }>();
  for (const u of prev.tasks?.byUnit ?? []) {
    const r = successors.resolve(u.unit);
    const g = groups.get(unitKey(r.unit)) ?? { rows: [], includes: [] };
    g.rows.push(u);
    for (const f of r.formers) if (!g.includes.some((x) => fold(x.name) === fold(f.name))) g.includes.push(f);
    groups.set(unitKey(r.unit), g);
  }
  const out = new Map<string, { rate: number | null; includes: FormerUnit[] }>();
  for (const [key, g] of groups) {
    const counted = g.rows.every((u) => num(u.total) !== null && num(u.done) !== null);
    const value = g.rows.length === 1 ? num(g.rows[0]!.completionRate) : counted ? rate(g.rows.reduce((s, u) => s + u.done!, 0), g.rows.reduce((s, u) => s + u.total!, 0)) : null;
    out.set(key, { rate: value, includes: g.includes.sort((a, b) => byName(a.name, b.name)) });
  }
  return out;
}

export function compareSnapshots(now: Summary, prev: Snapshot): SnapshotChange {
  const before = headlineFigures(prev);
  const after = headlineFigures(now);
  const delta = (k: keyof HeadlineFigures) => {
    const a = after[k];
    const b = before[k];
    return a === null || b === null ? null : a - b;
  };
  const successors = new Successors(now.successions ?? []);
  const lookup = previousTasks(prev, successors);
  const ref = (t: TaskRef): TaskRef => ({ id: t.id, title: t.title, lead: t.lead });
  const items = now.tasks?.items ?? [];
  const newlyDone = items.filter((t) => t.status === 'done' && !lookup(t)?.done).map(ref);
  const newlyOverdue = items.filter((t) => t.overdue && !lookup(t)?.overdue).map(ref);
  const unitsThen = unitsBefore(prev, successors);
  const units: SnapshotChange['units'] = [];
  for (const u of now.tasks?.byUnit ?? []) {
    const b = unitsThen.get(unitKey(u.unit));
    const was = b?.rate ?? null;
    const moved = trendOf(was, u.completionRate, true);
    if (moved === null || moved === 'unchanged') continue;
    units.push({ unit: u.unit, completionRateBefore: was, completionRateNow: u.completionRate!, change: moved === 'rise' ? 'improved' : 'declined', ...(b!.includes.length > 0 ? { includes: b!.includes } : {}) });
  }
  units.sort((a, b) => (a.change === b.change ? 0 : a.change === 'improved' ? -1 : 1) || byName(a.unit, b.unit));
  const trend = Object.fromEntries((Object.keys(after) as (keyof HeadlineFigures)[]).map((k) => [k, trendOf(before[k], after[k], k.endsWith('Rate'))])) as SnapshotChange['trend'];
  return {
    trend,
    ...unitSets(now, prev, successors),
    previousAsOf: prev.asOf,
    tasksDone: delta('tasksDone'),
    tasksOverdue: delta('tasksOverdue'),
    indicatorsMet: delta('indicatorsMet'),
    dossiersReceived: delta('dossiersReceived'),
    dossiersResolved: delta('dossiersResolved'),
    newlyDone,
    newlyOverdue,
    units,
    feedbackTotal: delta('feedbackTotal'),
    previous: before,
  };
}

/** rise, fall or unchanged, from the sign of the difference; null when either side has no figure. */
function trendOf(before: number | null, after: number | null, isRate: boolean): Trend | null {
  if (before === null || after === null) return null;
  // A rate is compared as shown (a tenth of a percent): "61,5% → 61,5%" is never called a rise.
  const diff = isRate ? Math.round(after * 1000) - Math.round(before * 1000) : after - before;
  return diff > 0 ? 'rise' : diff < 0 ? 'fall' : 'unchanged';
}

/**
 * The units each snapshot reports (tasks by lead, dossiers by unit), under today's names: those
 * that appear now, those that are gone, and so whether the two snapshots count the same units.
 */
function unitSets(now: Summary, prev: Snapshot, successors: Successors): Pick<SnapshotChange, 'unitsAppeared' | 'unitsVanished' | 'unitsCompared' | 'sameUnits'> {
  const names = (lists: readonly ({ unit: string }[] | undefined)[], resolve: (u: string) => string) => {
    const out = new Map<string, string>();
    for (const list of lists) for (const u of list ?? []) out.set(unitKey(resolve(u.unit)), resolve(u.unit));
    return out;
  };
  const then = names([prev.tasks?.byUnit, prev.dossiers?.byUnit], (u) => successors.resolve(u).unit);
  const current = names([now.tasks?.byUnit, now.dossiers?.byUnit], (u) => u);
  const missingFrom = (a: Map<string, string>, b: Map<string, string>) => [...a].filter(([k]) => !b.has(k)).map(([, name]) => name).sort(byName);
  // A section only one snapshot has says nothing about its units.
  const both = (then.size > 0) === (current.size > 0);
  const unitsAppeared = both ? missingFrom(current, then) : [];
  const unitsVanished = both ? missingFrom(then, current) : [];
  const inBoth = [...current.keys()].filter((k) => then.has(k)).length;
  return { unitsAppeared, unitsVanished, unitsCompared: { both: inBoth, now: current.size, before: then.size }, sameUnits: unitsAppeared.length + unitsVanished.length === 0 };
}
