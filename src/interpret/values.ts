/**
 * Parsing of cell values: Vietnamese numbers, percents, dates and deadline periods.
 * Every parser returns a value or a reason; none throws on user input.
 */
import type { RawCell } from '../read/raw-table.js';
import type { Deadline, IsoDate } from '../model/records.js';
import { endOfMonthIso, isoFromExcelSerial, isoFromParts, addDaysIso } from '../model/calendar.js';
import { fold, tidy } from '../model/text.js';
import { periodWords, recurringDeadlineWords } from './vocabulary/index.js';
import { because, type Reason } from '../i18n/reasons.js';

/** A value, or why the cell does not hold one (as data: the message catalogue words it). */
export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: Reason };
const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = <T>(reason: Reason): Parsed<T> => ({ ok: false, reason });

export interface NumberValue {
  value: number;
  /** Written with `%` (text) or formatted as percent (xlsx): `value` is then a fraction. */
  percent: boolean;
}

/**
 * `270.497`, `270,497`, `270497`, `95,7%`, `1.234,5`, `0,805`, `80.5 %`, `1.200 hồ sơ`.
 * A single separator followed by exactly three digits is a thousands separator (Vietnamese and
 * English files agree on that), unless the integer part is 0; anything else is a decimal mark.
 */
export function parseNumberText(input: string): Parsed<NumberValue> {
  const text = input.replace(/[\s\u00a0\u202f]+/g, ' ').replace(/[\u2212\u2013]/g, '-').trim();
  const m = /^([+-]?)\s*(\d[\d., ]*\d|\d)\s*(%?)\s*(\p{L}[\p{L}\s/.]*)?$/u.exec(text);
  if (!m) return fail(because('not-a-number', { text: input }));
  const sign = m[1] === '-' ? -1 : 1;
  const digits = m[2]!.replace(/ /g, '');
  const percent = m[3] === '%';
  const value = parseDigits(digits);
  if (value === null) return fail(because('mixed-separators', { text: input }));
  return ok({ value: (sign * value) / (percent ? 100 : 1), percent });
}

function parseDigits(digits: string): number | null {
  const dots = (digits.match(/\./g) ?? []).length;
  const commas = (digits.match(/,/g) ?? []).length;
  if (dots === 0 && commas === 0) return Number(digits);
  if (dots > 0 && commas > 0) {
    const decimal = digits.lastIndexOf('.') > digits.lastIndexOf(',') ? '.' : ',';
    const group = decimal === '.' ? ',' : '.';
    if ((digits.split(decimal).length - 1) !== 1) return null;
    const [intPart, frac] = digits.split(decimal) as [string, string];
    if (!isGrouped(intPart, group)) return null;
    return Number(`${intPart.split(group).join('')}.${frac}`);
  }
  const sep = dots > 0 ? '.' : ',';
  const count = dots + commas;
  if (count > 1) return isGrouped(digits, sep) ? Number(digits.split(sep).join('')) : null;
  const [intPart, frac] = digits.split(sep) as [string, string];
  if (frac.length === 3 && intPart !== '0' && !intPart.startsWith('0')) return Number(intPart + frac);
  return Number(`${intPart}.${frac}`);
}

function isGrouped(intPart: string, sep: string): boolean {
  const groups = intPart.split(sep);
  return groups.length === 1 || (groups[0]!.length >= 1 && groups[0]!.length <= 3 && groups.slice(1).every((g) => g.length === 3));
}

/** A number from a cell: numeric cells as they are (percent format → fraction flag), text parsed. */
export function cellNumber(cell: RawCell | undefined): Parsed<NumberValue> | null {
  if (!cell) return null;
  const v = cell.value;
  switch (v.kind) {
    case 'number':
      return ok({ value: v.value, percent: isPercentFormat(v.format) });
    case 'text':
      return v.text.trim() === '' ? null : parseNumberText(v.text);
    case 'bool':
      return fail(because('not-a-number', { text: String(v.value) }));
    case 'date':
      return fail(because('date-not-number', { date: v.date }));
    case 'error':
      return fail(because('excel-error', { text: v.text }));
  }
}

export function isPercentFormat(format: string | undefined): boolean {
  // A literal % inside quotes ("%") is text, not a percent format; rare enough to ignore here.
  return format !== undefined && /%/.test(format.replace(/"[^"]*"/g, ''));
}

const datePattern = /(\d{1,4})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{2,4})/;

/**
 * `dd/mm/yyyy`, `d/m/yyyy`, `dd-mm-yyyy`, `dd.mm.yyyy`, `yyyy-mm-dd`, `ngày 25 tháng 10 năm 2024`.
 * Day first, always. A two-digit year is 20yy.
 */
export function parseDateText(input: string): Parsed<IsoDate> {
  const text = tidy(input);
  const m = datePattern.exec(text);
  if (m) {
    const [a, b, c] = [m[1]!, m[2]!, m[3]!];
    if (a.length === 4) return dateFromParts(input, Number(a), Number(b), Number(c));
    if (c.length === 4 || c.length === 2) return dateFromParts(input, c.length === 2 ? 2000 + Number(c) : Number(c), Number(b), Number(a));
    return fail(because('not-a-date', { text: input }));
  }
  const words = /(?:^|\s)(?:ngay\s+)?(\d{1,2})\s+thang\s+(\d{1,2})\s+nam\s+(\d{4})/.exec(fold(text));
  if (words) return dateFromParts(input, Number(words[3]), Number(words[2]), Number(words[1]));
  return fail(because('not-a-date', { text: input }));
}

/** A date from its parts, or a reason that says which part is impossible (`31/02/2024`). */
function dateFromParts(input: string, year: number, month: number, day: number): Parsed<IsoDate> {
  const iso = isoFromParts(year, month, day);
  if (iso) return ok(iso);
  if (month < 1 || month > 12) return fail(because('no-such-month', { text: input, month }));
  if (year < 1900 || year > 2200) return fail(because('implausible-year', { text: input, year }));
  if (day < 1) return fail(because('no-such-day', { text: input, day }));
  return fail(because('month-too-short', { text: input, month, year, days: Number(endOfMonthIso(year, month).slice(8)) }));
}

/** Serial numbers Excel would show as dates between 1950 and 2150. */
const plausibleSerial = (n: number) => n >= 18264 && n <= 91311;

/** A date from a cell: date cells, Excel serials, or text. */
export function cellDate(cell: RawCell | undefined, date1904 = false): Parsed<IsoDate> | null {
  if (!cell) return null;
  const v = cell.value;
  switch (v.kind) {
    case 'date':
      return ok(v.date);
    case 'number': {
      if (!plausibleSerial(v.value)) return fail(because('not-a-date', { text: String(v.value) }));
      const iso = isoFromExcelSerial(v.value, date1904);
      return iso ? ok(iso) : fail(because('not-a-date', { text: String(v.value) }));
    }
    case 'text': {
      const text = v.text.trim();
      if (text === '') return null;
      // A program's export may write a date as its serial number in text (`45590`).
      if (/^\d{5}$/.test(text) && plausibleSerial(Number(text))) return cellDate({ value: { kind: 'number', value: Number(text) } }, date1904);
      return parseDateText(text);
    }
    case 'bool':
    case 'error':
      return fail(because('not-a-date', { text: v.kind === 'bool' ? String(v.value) : v.text }));
  }
}

const romanQuarter: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, '1': 1, '2': 2, '3': 3, '4': 4 };
const foldedRecurring = recurringDeadlineWords.map(fold);
const foldedBefore = periodWords.before.map(fold).sort((a, b) => b.length - a.length);
const foldedWithin = periodWords.within.map(fold).sort((a, b) => b.length - a.length);
/** `15/11` with no year: completed from the table's year, like `Quý IV`. */
const dayMonthPattern = /(?:^|\s)(\d{1,2})\s*[/.-]\s*(\d{1,2})$/;

/**
 * A deadline as plans write it: a date, or a period meaning its last day (`Quý IV/2024`,
 * `Quý 3 năm 2024`, `Tháng 10/2024`, `Năm 2024`, `6 tháng đầu năm 2024`, `Trước 30/6/2024`),
 * or recurring work (`Thường xuyên`) that is never overdue. A range (`Quý III-IV/2024`,
 * `Tháng 3 đến tháng 6/2024`) means its end. `defaultYear` completes `Quý IV` with no year.
 */
export function parseDeadlineText(input: string, defaultYear?: number): Parsed<Deadline> {
  const text = tidy(input);
  const f = fold(text);
  if (foldedRecurring.some((w) => f === w || f.startsWith(`${w} `))) return ok({ kind: 'recurring', text });
  const date = datePattern.exec(text);
  if (date) {
    const d = parseDateText(date[0]);
    return d.ok ? ok({ kind: 'date', date: d.value, text }) : fail(d.reason);
  }
  const dayMonth = defaultYear !== undefined ? dayMonthPattern.exec(text) : null;
  if (dayMonth) {
    const iso = isoFromParts(defaultYear!, Number(dayMonth[2]), Number(dayMonth[1]));
    if (iso) return ok({ kind: 'date', date: iso, text });
  }
  let rest = f;
  const before = foldedBefore.find((w) => rest.startsWith(`${w} `));
  if (before) rest = rest.slice(before.length + 1);
  const within = foldedWithin.find((w) => rest.startsWith(`${w} `));
  if (within) rest = rest.slice(within.length + 1);
  const end = periodEnd(rest, defaultYear);
  if (!end) return fail(because('not-a-deadline', { text: input }));
  const iso = before && end.isPeriod ? addDaysIso(end.start, -1) : end.end;
  return ok({ kind: 'date', date: iso, text });
}

interface PeriodEnd {
  start: IsoDate;
  end: IsoDate;
  isPeriod: boolean;
}

function periodEnd(f: string, defaultYear: number | undefined): PeriodEnd | null {
  // The last year written is the one the period ends in (`Quý IV/2024 - Quý I/2025`). Taking the
  // last match keeps this linear; a look-ahead for "no later year" was quadratic on long cells.
  const years = [...f.matchAll(/(?:^|\D)((?:19|20)\d{2})/g)].map((y) => Number(y[1]));
  const year = years.at(-1) ?? defaultYear;
  if (year === undefined) return null;
  const firstYear = years[0] ?? year;
  // Across a year end the range runs from the first part written to the last, not min to max.
  const acrossYears = firstYear !== year;
  const mk = (parts: number[], startMonth: (p: number) => number, endMonth: (p: number) => number): PeriodEnd => ({
    start: isoFromParts(firstYear, startMonth(acrossYears ? parts[0]! : Math.min(...parts)), 1)!,
    end: endOfMonthIso(year, endMonth(acrossYears ? parts.at(-1)! : Math.max(...parts))),
    isPeriod: true,
  });
  const month = (m: number) => m;
  if (/\b(6|sau) thang dau nam\b/.test(f)) return mk([1, 6], month, month);
  if (/\b(6|sau) thang cuoi nam\b/.test(f)) return mk([7, 12], month, month);
  if (/\b(9|chin) thang dau nam\b/.test(f)) return mk([1, 9], month, month);
  const quarters = [...f.matchAll(/\b(?:quy|q)\s*(iv|iii|ii|i|[1-4])\b/g)].map((q) => romanQuarter[q[1]!]!);
  const quarterRange = /\b(?:quy|q)\s*(iv|iii|ii|i|[1-4])\s*(?:den|toi)?\s*(iv|iii|ii|i|[1-4])\b/.exec(f);
  if (quarterRange) quarters.push(romanQuarter[quarterRange[2]!]!);
  if (quarters.length > 0) return mk(quarters, (q) => q * 3 - 2, (q) => q * 3);
  const months = [...f.matchAll(/\bthang\s*(\d{1,2})(?:\s*(?:den|toi|va)?\s*(\d{1,2}))?\b/g)].flatMap((mm) =>
    [mm[1], mm[2]].filter((x): x is string => x !== undefined).map(Number),
  );
  const bare = /^(\d{1,2})\s+((?:19|20)\d{2})$/.exec(f);
  if (bare) months.push(Number(bare[1]));
  if (months.length > 0 && months.every((mo) => mo >= 1 && mo <= 12)) return mk(months, month, month);
  if (/^(tu\s+)?(nam\s+)?((?:19|20)\d{2})(\s*(den|toi)?\s*(nam\s+)?((?:19|20)\d{2}))?$/.test(f)) {
    return { start: isoFromParts(Math.min(...years), 1, 1)!, end: isoFromParts(Math.max(...years), 12, 31)!, isPeriod: true };
  }
  return null;
}

/** A deadline from a cell: date cells and serials are days; text is parsed as above. */
export function cellDeadline(cell: RawCell | undefined, date1904 = false, defaultYear?: number): Parsed<Deadline> | null {
  if (!cell) return null;
  const v = cell.value;
  if (v.kind === 'text' && !/^\s*\d{5}\s*$/.test(v.text)) return v.text.trim() === '' ? null : parseDeadlineText(v.text, defaultYear);
  const d = cellDate(cell, date1904);
  if (!d) return null;
  return d.ok ? ok({ kind: 'date', date: d.value, text: d.value.split('-').reverse().join('/') }) : fail(d.reason);
}
