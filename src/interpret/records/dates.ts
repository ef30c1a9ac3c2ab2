/**
 * Dates of record exports as day numbers `yyyymmdd` (20240930): ordered like the dates, and
 * cheap to compare for millions of rows — no Date, no string for the common `dd/mm/yyyy`, read
 * straight from the bytes. Day first, always; a time after the date (`15/03/2024 08:30`) is
 * dropped; ISO `yyyy-mm-dd` and Excel serial numbers are read too. 0 means "no date".
 */
import type { DayNumber } from '../../model/record-counts.js';

const monthDays = [0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The day number of a real calendar day, else null. */
export function dayFromParts(year: number, month: number, day: number): DayNumber | null {
  if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1 || day > monthDays[month]!) return null;
  if (month === 2 && day === 29 && !(year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0))) return null;
  return year * 10000 + month * 100 + day;
}

/** A zoneless Date as exceljs gives for date cells: midnight UTC of the day (any time of day is dropped). */
export function dayOfUtcDate(date: Date): DayNumber | null {
  const t = date.getTime();
  if (!Number.isFinite(t)) return null;
  return dayFromParts(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

/** Excel serial numbers that are days between 1950 and 2150. */
export function dayOfSerial(serial: number, date1904 = false): DayNumber | null {
  if (!(serial >= 18264 && serial <= 91311)) return null;
  const epoch = date1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, 30);
  return dayOfUtcDate(new Date(epoch + Math.floor(serial) * 86_400_000));
}

const dmy = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4}|\d{2})(?:[\sT,]+\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:\s*[AaPp][Mm])?)?$/;
const ymd = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[\sT]+\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const timeFirst = /^\d{1,2}:\d{2}(?::\d{2})?\s+(.+)$/;

/** A date as text; 0 when blank, null when it is not a date. */
export function dayFromText(input: string, date1904 = false): DayNumber | null {
  let text = input.trim();
  if (text === '') return 0;
  const t = timeFirst.exec(text);
  if (t) text = t[1]!;
  const a = dmy.exec(text);
  if (a) return dayFromParts(a[3]!.length === 2 ? 2000 + Number(a[3]) : Number(a[3]), Number(a[2]), Number(a[1]));
  const b = ymd.exec(text);
  if (b) return dayFromParts(Number(b[1]), Number(b[2]), Number(b[3]));
  if (/^\d{5}(\.\d+)?$/.test(text)) return dayOfSerial(Number(text), date1904);
  return null;
}

const SLASH = 0x2f;
const DASH = 0x2d;
const DOT = 0x2e;
const isSep = (c: number) => c === SLASH || c === DASH || c === DOT;

/** A date in UTF-8 bytes: `dd/mm/yyyy` read in place, anything else through dayFromText. */
export function dayFromBytes(buf: Buffer, s: number, e: number): DayNumber | null {
  if (e - s === 10 && isSep(buf[s + 2]!) && buf[s + 5] === buf[s + 2]) {
    const d = (buf[s]! - 48) * 10 + (buf[s + 1]! - 48);
    const m = (buf[s + 3]! - 48) * 10 + (buf[s + 4]! - 48);
    const y = (buf[s + 6]! - 48) * 1000 + (buf[s + 7]! - 48) * 100 + (buf[s + 8]! - 48) * 10 + (buf[s + 9]! - 48);
    // A non-digit makes a part out of range, which dayFromParts refuses; so does 31/02.
    if (d >= 0 && d <= 31 && m >= 0 && m <= 12 && y >= 1000 && y <= 9999 && isDigits(buf, s, e)) return dayFromParts(y, m, d);
  }
  if (s === e) return 0;
  return dayFromText(buf.toString('utf8', s, e));
}

function isDigits(buf: Buffer, s: number, e: number): boolean {
  for (let i = s; i < e; i++) {
    const c = buf[i]!;
    if ((c < 48 || c > 57) && !isSep(c)) return false;
  }
  return true;
}
