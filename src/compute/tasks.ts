/**
 * The tasks section (SPEC §4.1): total without cancelled tasks; completion over all tasks and
 * over the tasks already due; late, overdue, near due; by unit and by area. asOf is given.
 */
import type { Issue } from '../model/issue.js';
import { issue } from '../i18n/issues.js';
import type { StatusClaim } from '../i18n/messages.js';
import type { IsoDate, Task } from '../model/records.js';
import type { League, OpenTask, OpenTaskGroup, TaskItem, TasksSection, UnitTaskRow } from '../model/summary.js';
import { addDaysIso, diffDaysIso } from '../model/calendar.js';
import { healthOf, rate } from './health.js';
import { type Thresholds } from '../model/config.js';
import { byName } from '../model/text.js';
import { leagueFor, leagueOf } from './league.js';

/** Areas in the order of the plan (interpret/areas.ts ranks them), never the alphabet's. */
export function inPlanOrder<T>(areas: readonly [string, T][], records: readonly { area?: string; areaRank?: number }[]): [string, T][] {
  const rank = new Map(records.map((r) => [r.area, r.areaRank ?? Infinity]));
  return [...areas].sort((a, b) => (rank.get(a[0]) ?? Infinity) - (rank.get(b[0]) ?? Infinity));
}

export interface TaskOptions {
  asOf: IsoDate;
  nearDueDays: number;
  thresholds: Thresholds;
  /** Config `leagueSize`: how many units the first page shows at the top and at the bottom. */
  leagueSize?: number;
  /** Config `tasksPerUnit`: how many unfinished tasks of each lead unit the brief lists. */
  tasksPerUnit?: number;
}

export const defaultTasksPerUnit = 5;

/** What is computed of one task as of a date. */
export function assessTask(task: Task, asOf: IsoDate, nearDueDays: number): TaskItem {
  const deadline = task.deadline?.kind === 'date' ? task.deadline.date : null;
  const done = task.status === 'done';
  // An unreadable status (invalid, under --lenient) says nothing about progress: never overdue.
  const open = task.status === 'in_progress' || task.status === 'not_started' || task.status === 'not_reported';
  const late = done && (task.claim === 'late' || (deadline !== null && task.completedOn !== undefined && task.completedOn > deadline));
  const overdue = open && deadline !== null && deadline < asOf;
  const nearDue = open && deadline !== null && deadline >= asOf && deadline <= addDaysIso(asOf, nearDueDays);
  return {
    id: task.id,
    ref: task.ref ?? task.id,
    stt: task.stt ?? null,
    title: task.title,
    area: task.area ?? null,
    lead: task.lead,
    deadline,
    deadlineText: task.deadline?.text ?? null,
    recurring: task.deadline?.kind === 'recurring',
    status: task.status,
    statusText: task.statusText,
    claim: task.claim ?? null,
    completedOn: task.completedOn ?? null,
    progress: task.progress ?? null,
    late,
    overdue,
    nearDue,
    daysOverdue: overdue && deadline ? diffDaysIso(asOf, deadline) : 0,
    evidence: task.evidence ?? null,
    note: task.note ?? null,
    file: task.source.file,
    sheet: task.source.sheet ?? null,
    row: task.source.row,
  };
}

/** A timing qualifier written by a tracking system that the dates contradict is a warning. */
export function checkClaims(task: Task, item: TaskItem, asOf: IsoDate): Issue | null {
  const where = { file: task.source.file, sheet: task.source.sheet, row: task.source.row, column: task.statusColumn };
  const say = (claim: StatusClaim) => issue('status-claim', where, claim, { value: task.statusText });
  const deadline = item.deadline;
  switch (task.claim) {
    case 'late':
      if (deadline && task.completedOn && task.completedOn <= deadline) return say({ claim: 'late', completedOn: task.completedOn, deadline });
      return null;
    case 'on_time':
      if (deadline && task.completedOn && task.completedOn > deadline) return say({ claim: 'on_time', completedOn: task.completedOn, deadline });
      return null;
    case 'overdue':
      if (deadline && deadline >= asOf) return say({ claim: 'overdue', deadline, asOf });
      return null;
    case 'within_deadline':
    case 'near_due':
      if (deadline && deadline < asOf) return say({ claim: 'within_deadline', deadline, asOf });
      return null;
    default:
      return null;
  }
}

export function summarizeTasks(tasks: readonly Task[], opts: TaskOptions): { section: TasksSection; issues: Issue[] } {
  const issues: Issue[] = [];
  const items = tasks.map((t) => {
    const item = assessTask(t, opts.asOf, opts.nearDueDays);
    const claim = checkClaims(t, item, opts.asOf);
    if (claim) issues.push(claim);
    return item;
  });
  const active = items.filter((i) => i.status !== 'cancelled');
  const count = (pred: (i: TaskItem) => boolean) => active.filter(pred).length;
  const done = count((i) => i.status === 'done');
  const doneLate = count((i) => i.status === 'done' && i.late);
  const dueItems = active.filter((i) => i.deadline !== null && i.deadline <= opts.asOf);
  const doneOfDue = dueItems.filter((i) => i.status === 'done').length;
  const completionRate = rate(done, active.length);

  const units = groupBy(active, (i) => i.lead);
  const byUnit = [...units.entries()]
    .map(([unit, list]) => {
      const unitDone = list.filter((i) => i.status === 'done').length;
      const r = rate(unitDone, list.length);
      return {
        unit,
        total: list.length,
        done: unitDone,
        overdue: list.filter((i) => i.overdue).length,
        notReported: list.filter((i) => i.status === 'not_reported').length,
        completionRate: r,
        health: healthOf(r, opts.thresholds),
      };
    })
    .sort((a, b) => byName(a.unit, b.unit));
  const areas = groupBy(active.filter((i) => i.area !== null), (i) => i.area!);
  const byArea = inPlanOrder([...areas.entries()], tasks).map(([area, list]) => {
    const areaDone = list.filter((i) => i.status === 'done').length;
    return { area, total: list.length, done: areaDone, completionRate: rate(areaDone, list.length) };
  });
  const open: OpenTask[] = items
    .map((i, item) => [i, item] as const)
    .filter(([i]) => i.status !== 'done' && i.status !== 'cancelled')
    .sort(([a], [b]) => compareOpen(a, b))
    .map(([i, item]) => ({ id: i.id, ref: i.ref ?? i.id, file: i.file, item, title: i.title, lead: i.lead, deadline: i.deadline, status: i.status, daysOverdue: i.daysOverdue, nearDue: i.nearDue }));
  const league = leagueOf(byUnit, opts.leagueSize);

  const section: TasksSection = {
    asOf: opts.asOf,
    total: active.length,
    done,
    doneOnTime: done - doneLate,
    doneLate,
    inProgress: count((i) => i.status === 'in_progress'),
    notStarted: count((i) => i.status === 'not_started'),
    notReported: count((i) => i.status === 'not_reported'),
    invalid: count((i) => i.status === 'invalid'),
    cancelled: items.length - active.length,
    overdue: count((i) => i.overdue),
    nearDue: count((i) => i.nearDue),
    completionRate,
    due: dueItems.length,
    doneOfDue,
    dueCompletionRate: rate(doneOfDue, dueItems.length),
    nearDueDays: opts.nearDueDays,
    health: healthOf(completionRate, opts.thresholds),
    byUnit,
    league,
    byArea,
    open,
    openByLead: groupOpen(open, byUnit, league, opts.tasksPerUnit ?? defaultTasksPerUnit),
    tasksPerUnit: opts.tasksPerUnit ?? defaultTasksPerUnit,
    cancelledTasks: items.filter((i) => i.status === 'cancelled').map((i) => ({ id: i.id, title: i.title, lead: i.lead, note: i.note })),
    items,
  };
  return { section, issues };
}

/** The section's groups; computed here for a summary built by hand (tests) or read from an older snapshot. */
export function openGroupsFor(t: Pick<TasksSection, 'open' | 'byUnit' | 'league' | 'openByLead'>): OpenTaskGroup[] {
  return t.openByLead ?? groupOpen(t.open, t.byUnit, leagueFor(t), defaultTasksPerUnit);
}

/** Most days overdue first, then the earliest deadline (none last), then lead and id: every list of unfinished tasks is in this order. */
function compareOpen(a: TaskItem, b: TaskItem): number {
  return b.daysOverdue - a.daysOverdue || (a.deadline ?? '9999').localeCompare(b.deadline ?? '9999') || byName(a.lead, b.lead) || byName(a.id, b.id);
}

/**
 * Unfinished tasks by lead unit, the worst unit first: most overdue tasks, then lowest in the
 * league. The brief lists `shown` of each unit's overdue tasks (at most `perUnit`): at a meeting
 * the chairman pushes on what is late; the workbook lists every unfinished task.
 */
export function groupOpen(open: readonly OpenTask[], byUnit: readonly UnitTaskRow[], league: League, perUnit: number): OpenTaskGroup[] {
  // In a merged report the same department of two provinces is two units.
  const unitOf = (u: { lead?: string; unit?: string; province?: string }) => (u.province ? `${u.lead ?? u.unit} (${u.province})` : (u.lead ?? u.unit)!);
  const groups = groupBy(open.map((o, i) => [o, i] as const), ([o]) => unitOf(o));
  const place = new Map(league.order.map((p, i) => [unitOf(byUnit[p]!), i]));
  return [...groups.entries()]
    .map(([lead, list]) => {
      const overdue = list.filter(([o]) => o.daysOverdue > 0).length;
      return {
        lead,
        tasks: list.map(([, i]) => i),
        overdue,
        shown: Math.min(perUnit, overdue),
        files: [...new Set(list.map(([o]) => o.file).filter((f): f is string => f !== undefined))],
      };
    })
    .sort((a, b) => b.overdue - a.overdue || (place.get(b.lead) ?? -1) - (place.get(a.lead) ?? -1) || byName(a.lead, b.lead));
}

export function groupBy<T>(list: readonly T[], key: (t: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of list) {
    const k = key(item);
    const group = map.get(k);
    if (group) group.push(item);
    else map.set(k, [item]);
  }
  return map;
}
