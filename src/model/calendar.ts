/**
 * Calendar dates as `yyyy-mm-dd` strings. Arithmetic goes through date-fns on local-midnight
 * Dates built from the parts and read back from the parts, so no time zone can shift a day:
 * the same file gives the same dates in UTC+7 and in UTC (SPEC §2.2).
 */
// Per-function entry points: the date-fns barrel loads every function (~120 ms at start-up).
import { addDays } from 'date-fns/addDays';
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import { isValid } from 'date-fns/isValid';
import { lastDayOfMonth } from 'date-fns/lastDayOfMonth';
import type { IsoDate } from './records.js';

function toLocal(iso: IsoDate): Date {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const date = new Date(2000, 0, 1);
  date.setFullYear(y, m - 1, d);
  return date;
}

function fromLocal(date: Date): IsoDate {
  return isoFromParts(date.getFullYear(), date.getMonth() + 1, date.getDate()) as IsoDate;
}

/** `yyyy-mm-dd` from parts, or null when the day does not exist (31/02/2024). */
export function isoFromParts(year: number, month: number, day: number): IsoDate | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
  if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1) return null;
  const probe = new Date(2000, 0, 1);
  probe.setFullYear(year, month - 1, day);
  if (!isValid(probe) || probe.getMonth() !== month - 1 || probe.getDate() !== day) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** `yyyy-mm-dd` as written, when it is a real day (not 2024-13-01, not 2023-02-29); else null. */
export function isoFromText(text: string): IsoDate | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  return m ? isoFromParts(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}

export function endOfMonthIso(year: number, month: number): IsoDate {
  const d = new Date(2000, 0, 1);
  d.setFullYear(year, month - 1, 1);
  return fromLocal(lastDayOfMonth(d));
}

export function addDaysIso(iso: IsoDate, days: number): IsoDate {
  return fromLocal(addDays(toLocal(iso), days));
}

/** `a - b` in days. */
export function diffDaysIso(a: IsoDate, b: IsoDate): number {
  return differenceInCalendarDays(toLocal(a), toLocal(b));
}

/** Today's calendar date where the user is (the machine's zone). Only the CLI calls this. */
export function todayIso(now: Date): IsoDate {
  return fromLocal(now);
}

/** A zoneless Date as exceljs produces for date cells (midnight UTC of the calendar day). */
export function isoFromUtcDate(date: Date): IsoDate | null {
  if (!isValid(date)) return null;
  // exceljs turns a serial into the UTC instant of that wall-clock time; the time of day is dropped.
  const t = Math.floor(date.getTime() / 86_400_000) * 86_400_000;
  const d = new Date(t);
  return isoFromParts(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/** Excel serial day number to a calendar date (1900 or 1904 system). */
export function isoFromExcelSerial(serial: number, date1904 = false): IsoDate | null {
  if (!Number.isFinite(serial)) return null;
  const epoch = date1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, 30);
  return isoFromUtcDate(new Date(epoch + Math.floor(serial + 1e-9) * 86_400_000));
}

/** `2024-10-25` → `25/10/2024`. */
export function isoToDmy(iso: IsoDate): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}
