/**
 * One as-of per section (SPEC §3): `--as-of` (or the config's), else the date most of the
 * section's tables state (a tie: the latest), so that one late file never moves the whole report.
 * A table stating another date is judged at the section's date with a warning naming both; one
 * stating a date more than a week before the date used is stale. Sections whose tables state no
 * date, and record exports, take the report's as-of — never today while any table states a date.
 */
import type { Issue } from '../model/issue.js';
import { issue } from '../i18n/issues.js';
import { diffDaysIso } from '../model/calendar.js';
import type { DataKind, IsoDate, StatedAsOf } from '../model/records.js';

/** A table's date this many days or more before the as-of used is stale. */
export const staleAfterDays = 7;

export interface AsOfChoice {
  /** The report's as-of: the tasks' when they state one (the meeting's first figure), else the first section that does. */
  report: IsoDate;
  section: Record<DataKind, IsoDate>;
  issues: Issue[];
}

const sectionOrder: readonly DataKind[] = ['tasks', 'indicators', 'dossiers', 'feedback'];

export function chooseAsOf(stated: readonly StatedAsOf[], explicit: IsoDate | undefined, today: IsoDate): AsOfChoice {
  const majority = new Map<DataKind, IsoDate>();
  for (const kind of sectionOrder) {
    const date = mostStated(stated.filter((s) => s.kind === kind).map((s) => s.asOf));
    if (date) majority.set(kind, date);
  }
  const report = explicit ?? sectionOrder.map((k) => majority.get(k)).find((d) => d !== undefined) ?? today;
  const section = Object.fromEntries(sectionOrder.map((k) => [k, explicit ?? majority.get(k) ?? report])) as Record<DataKind, IsoDate>;
  const issues: Issue[] = [];
  for (const s of stated) {
    const used = section[s.kind];
    if (s.asOf === used) continue;
    const where = { file: s.file, ...(s.sheet !== undefined ? { sheet: s.sheet } : {}) };
    const behind = diffDaysIso(used, s.asOf);
    // A form of a period (`Từ ngày 01/01 đến ngày 30/09/2024`) states the period's figures, not old ones.
    // No `value`: that is a cell's text, and the message already gives both dates as a reader writes them.
    if (behind > staleAfterDays && !s.periodEnd) {
      issues.push(issue('stale-data', where, { stated: s.asOf, used, kind: s.kind, days: behind }));
    } else if (explicit === undefined) {
      issues.push(issue('asof-differs', where, { stated: s.asOf, used, kind: s.kind }));
    }
  }
  return { report, section, issues };
}

/** The date most often stated; a tie goes to the latest. */
function mostStated(dates: readonly IsoDate[]): IsoDate | null {
  const count = new Map<IsoDate, number>();
  for (const d of dates) count.set(d, (count.get(d) ?? 0) + 1);
  let best: IsoDate | null = null;
  for (const [d, n] of count) if (best === null || n > count.get(best)! || (n === count.get(best)! && d > best)) best = d;
  return best;
}
