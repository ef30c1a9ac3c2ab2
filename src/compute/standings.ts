/**
 * One story per unit (README "One story per unit"): whether it reported, partly reported or
 * not, and whether it is on track or needs pushing, decided here once. The brief, the Word
 * report, the dashboard, the workbook, the terminal and the JSON all take a unit's standing from
 * `summary.standings`, so no output calls a unit "not reported" and "to be pushed" at once.
 */
import type { IndicatorsSection, Standing, Summary, TasksSection, UnitStanding } from '../model/summary.js';
import type { ReceiptsSection } from '../model/receipts.js';
import { byName, unitKey } from '../model/text.js';
import { leagueFor } from './league.js';

export interface StandingInputs {
  tasks: TasksSection | null;
  indicators: IndicatorsSection | null;
  receipts: ReceiptsSection | undefined;
  /** The config's expectedUnits, under the names in effect. */
  expected: readonly string[];
}

/** Worst first: the chairman reads down from who sent nothing. */
const groupOrder: readonly Standing[] = ['not_reported', 'partly_reported', 'needs_pushing', 'on_track', 'reported'];

export function standingsOf({ tasks, indicators, receipts, expected }: StandingInputs): UnitStanding[] {
  const rows = new Map<string, UnitStanding>();
  const row = (unit: string): UnitStanding => {
    const key = unitKey(unit);
    let r = rows.get(key);
    if (!r) {
      r = { unit, standing: 'reported', expected: false, sentFile: false, tasks: 0, tasksBlank: 0, indicators: 0, indicatorsBlank: 0, overdue: 0, completionRate: null, reasons: [] };
      rows.set(key, r);
    }
    return r;
  };
  for (const u of expected) row(u).expected = true;
  for (const u of receipts?.byUnit ?? []) if (u.files.length > 0) row(u.unit).sentFile = true;
  for (const t of tasks?.items ?? []) {
    if (t.status === 'cancelled') continue;
    const r = row(t.lead);
    r.tasks++;
    if (t.status === 'not_reported') r.tasksBlank++;
    else if (t.overdue) r.overdue++;
  }
  for (const i of indicators?.items ?? []) {
    if (!i.lead) continue;
    const r = row(i.lead);
    r.indicators++;
    if (i.status === 'not_reported') r.indicatorsBlank++;
  }
  const unitRows = new Map((tasks?.byUnit ?? []).map((u) => [unitKey(u.unit), u]));
  for (const r of rows.values()) {
    const u = unitRows.get(unitKey(r.unit));
    r.completionRate = u?.completionRate ?? null;
    const blank = r.tasksBlank + r.indicatorsBlank;
    const items = r.tasks + r.indicators;
    if (blank === items && !r.sentFile) r.standing = 'not_reported';
    else if (blank > 0) r.standing = 'partly_reported';
    else if (items === 0) r.standing = 'reported';
    else {
      if (r.overdue > 0) r.reasons.push('overdue');
      if (u?.health === 'bad') r.reasons.push('low_rate');
      r.standing = r.reasons.length > 0 ? 'needs_pushing' : 'on_track';
    }
  }
  return ordered([...rows.values()], tasks);
}

/** Worst group first; within a group, the league's worst first among those to push, its best first among those on track, else by name. */
function ordered(rows: UnitStanding[], tasks: TasksSection | null): UnitStanding[] {
  const place = new Map<string, number>();
  if (tasks) leagueFor(tasks).order.forEach((p, i) => place.set(unitKey(tasks.byUnit[p]!.unit), i));
  const rank = (r: UnitStanding) => place.get(unitKey(r.unit)) ?? Infinity;
  return rows.sort(
    (a, b) =>
      groupOrder.indexOf(a.standing) - groupOrder.indexOf(b.standing) ||
      (a.standing === 'needs_pushing' ? rank(b) - rank(a) : a.standing === 'on_track' ? rank(a) - rank(b) : 0) ||
      byName(a.unit, b.unit),
  );
}

/** The units of one standing, in the summary's order. */
export function unitsStanding(standings: readonly UnitStanding[], standing: Standing): UnitStanding[] {
  return standings.filter((s) => s.standing === standing);
}

/**
 * The summary's standings; for a summary built by hand (tests), read from an older snapshot or
 * merged from snapshots, derived from what it has: its task rows and its list of units that did
 * not report.
 */
export function standingsFor(summary: Pick<Summary, 'standings' | 'tasks' | 'indicators' | 'unitsNotReported'>): UnitStanding[] {
  if (summary.standings) return summary.standings;
  const silent = new Set(summary.unitsNotReported.map(unitKey));
  const derived = standingsOf({ tasks: summary.tasks, indicators: summary.indicators, receipts: undefined, expected: summary.unitsNotReported });
  const told = derived.map((s) => (silent.has(unitKey(s.unit)) ? { ...s, standing: 'not_reported' as const } : s.standing === 'not_reported' ? { ...s, standing: 'partly_reported' as const } : s));
  return ordered(told, summary.tasks);
}
