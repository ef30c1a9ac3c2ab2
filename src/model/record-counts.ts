/**
 * How one record of an export is counted as of a date within a period (SPEC §3): the rule every
 * reader of records shares, on day numbers `yyyymmdd` (20240930) — ordered like the dates and
 * cheap to compare for millions of rows. 0 means "no date".
 */
import type { Issue } from './issue.js';
import type { DossierCounts, DossierStats, IsoDate } from './records.js';

export type DayNumber = number;

export function dayOfIso(iso: IsoDate): DayNumber {
  return Number(iso.slice(0, 4)) * 10000 + Number(iso.slice(5, 7)) * 100 + Number(iso.slice(8, 10));
}

export function isoOfDay(day: DayNumber): IsoDate {
  const s = String(day);
  return `${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)}`;
}

export function zeroCounts(): DossierCounts {
  return { received: 0, resolved: 0, resolvedOnTime: 0, resolvedLate: 0, pending: 0, online: 0, paidOnline: 0, carriedOver: 0, pendingOverdue: 0, returned: 0 };
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

/** One streamed table (a CSV file, or one sheet of a workbook): its records counted as they passed. */
export interface StreamedRecords {
  file: string;
  sheet?: string;
  stats: DossierStats[];
  issues: Issue[];
  /** Data rows after the header, blank ones left out: counted + rejected (with an error) + outside the window. */
  rowsRead: number;
  rowsCounted: number;
  rowsRejected: number;
  rowsOutside: number;
}
