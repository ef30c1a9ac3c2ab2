/**
 * The dossiers section (SPEC §4.1) from DossierStats, whether they came from aggregated forms or
 * were accumulated from record exports; and the rule by which one record is counted as of a date
 * within a period (SPEC §3), shared by every reader of records.
 */
import type { Issue } from '../model/issue.js';
import { issue } from '../i18n/issues.js';
import type { DossierCounts, DossierStats, IsoDate, Level } from '../model/records.js';
import type { DossierCountsRow, DossiersSection, SectionPeriod } from '../model/summary.js';
import { byName, rate } from './health.js';
import { dayOfIso, type DayNumber } from '../interpret/dossier-dates.js';

export const levelOrder: readonly Level[] = ['province', 'district', 'commune'];

const countKeys = ['received', 'resolved', 'resolvedOnTime', 'resolvedLate', 'pending', 'online', 'paidOnline', 'carriedOver', 'pendingOverdue', 'returned'] as const;

export function zeroCounts(): DossierCounts {
  return { received: 0, resolved: 0, resolvedOnTime: 0, resolvedLate: 0, pending: 0, online: 0, paidOnline: 0, carriedOver: 0, pendingOverdue: 0, returned: 0 };
}

function add(into: DossierCounts, s: DossierCounts): void {
  for (const k of countKeys) into[k] += s[k];
}

function row(c: DossierCounts): DossierCountsRow {
  return { ...c };
}

export function summarizeDossiers(stats: readonly DossierStats[], asOf: IsoDate, period: SectionPeriod | null): { section: DossiersSection; issues: Issue[] } {
  const issues: Issue[] = [];
  const total = zeroCounts();
  const levels = new Map<Level, DossierCounts>();
  const units = new Map<string, { unit: string; level: Level; counts: DossierCounts; files: Set<string> }>();
  for (const s of stats) {
    add(total, s);
    const l = levels.get(s.level) ?? zeroCounts();
    add(l, s);
    levels.set(s.level, l);
    const key = `${s.level}\u0000${s.unit}`;
    const u = units.get(key) ?? { unit: s.unit, level: s.level, counts: zeroCounts(), files: new Set<string>() };
    if (u.files.size > 0 && !u.files.has(s.source.file)) {
      issues.push(issue('duplicate-unit', s.source, { unit: s.unit, level: s.level, files: [...u.files] }));
    }
    u.files.add(s.source.file);
    add(u.counts, s);
    units.set(key, u);
  }
  const section: DossiersSection = {
    asOf,
    ...row(total),
    onlineRate: rate(total.online, total.received),
    onTimeRate: rate(total.resolvedOnTime, total.resolved),
    byLevel: levelOrder.filter((l) => levels.has(l)).map((level) => ({ level, ...row(levels.get(level)!) })),
    byUnit: [...units.values()]
      .sort((a, b) => levelOrder.indexOf(a.level) - levelOrder.indexOf(b.level) || byName(a.unit, b.unit))
      .map((u) => ({ unit: u.unit, level: u.level, ...row(u.counts) })),
    period: period ?? statedPeriod(stats),
  };
  return { section, issues };
}

/** The period every table states, when they agree. */
function statedPeriod(stats: readonly DossierStats[]): SectionPeriod | null {
  const first = stats[0]?.period;
  if (!first || stats.some((s) => s.period?.from !== first.from || s.period?.to !== first.to)) return null;
  return { from: first.from, to: first.to, label: null };
}

/** What records are counted: received on or before `to` (and, with a period, not resolved before `from`). */
export interface DossierWindow {
  /** Start of the period; 0 = no period (everything up to `to`). */
  from: DayNumber;
  /** asOf, or the period's end when that is earlier. */
  to: DayNumber;
}

/** Why a record was not counted. */
export type Outside = 'after' | 'before';

/**
 * One record into `c` (the counters of its unit and level), or why it is outside the window.
 * received = carried over + new; a dossier received before the period that was still open at
 * its start is carried over (Biểu 06 `Từ kỳ trước`). Resolved = a result on or before `to`; on
 * time when the result is on or before the due date (or there is none); otherwise pending,
 * overdue when due before `to`. Returned/withdrawn dossiers are received, neither resolved nor
 * pending. Online and paid online count new dossiers, as the form's `Trực tuyến` does.
 */
export function countRecord(c: DossierCounts, w: DossierWindow, received: DayNumber, due: DayNumber, resolved: DayNumber, online: boolean, paid: boolean, returned: boolean): Outside | null {
  if (received > w.to) return 'after';
  const carried = received < w.from;
  if (carried && resolved !== 0 && resolved < w.from) return 'before';
  c.received++;
  if (carried) c.carriedOver++;
  else {
    if (online) c.online++;
    if (paid) c.paidOnline++;
  }
  if (returned) c.returned++;
  else if (resolved !== 0 && resolved <= w.to) {
    c.resolved++;
    if (due === 0 || resolved <= due) c.resolvedOnTime++;
    else c.resolvedLate++;
  } else {
    c.pending++;
    if (due !== 0 && due < w.to) c.pendingOverdue++;
  }
  return null;
}

export function windowOf(asOf: IsoDate, period: { from: IsoDate; to: IsoDate } | null): DossierWindow {
  const to = period && period.to < asOf ? period.to : asOf;
  return { from: period ? dayOfIso(period.from) : 0, to: dayOfIso(to) };
}
