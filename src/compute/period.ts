/**
 * Reporting periods (SPEC §3): `--period 2024-01-01..2024-09-30`, or a named one — `2024-10`,
 * `2024-Q3`, `2024-H1`, `2024-9M`, `2024`. Named periods are calendar months by default; with
 * `--cutoff 15` they follow Decree 09/2019/NĐ-CP: a month runs from the 15th of the month before
 * to the 14th, so 2024-9M is 15/12/2023–14/09/2024 and 2024 is 15/12/2023–14/12/2024.
 */
import { addDaysIso, endOfMonthIso, isoFromParts } from '../model/calendar.js';
import type { IsoDate } from '../model/records.js';
import type { PeriodProblem } from '../i18n/messages.js';

export interface Period {
  from: IsoDate;
  to: IsoDate;
  /** As the user wrote it. */
  label: string;
}

export type PeriodResult = { ok: true; period: Period } | { ok: false; problem: PeriodProblem };

const named: readonly [RegExp, (m: RegExpExecArray) => [number, number] | null][] = [
  [/^(\d{4})$/, () => [1, 12]],
  [/^(\d{4})-(\d{1,2})$/, (m) => (Number(m[2]) >= 1 && Number(m[2]) <= 12 ? [Number(m[2]), Number(m[2])] : null)],
  [/^(\d{4})-Q([1-4])$/i, (m) => [Number(m[2]) * 3 - 2, Number(m[2]) * 3]],
  [/^(\d{4})-H([12])$/i, (m) => (m[2] === '1' ? [1, 6] : [7, 12])],
  [/^(\d{4})-9M$/i, () => [1, 9]],
];

/** `cutoff`: the first day of a named month (1 = calendar months; 15 = Decree 09). */
export function parsePeriod(text: string, cutoff = 1): PeriodResult {
  const label = text.trim();
  if (!Number.isInteger(cutoff) || cutoff < 1 || cutoff > 28) return { ok: false, problem: 'cutoff' };
  const range = /^(\d{4}-\d{2}-\d{2})\s*\.\.\s*(\d{4}-\d{2}-\d{2})$/.exec(label);
  if (range) {
    const [from, to] = [range[1]!, range[2]!];
    if (!validIso(from) || !validIso(to)) return { ok: false, problem: 'no-such-day' };
    if (from > to) return { ok: false, problem: 'ends-before-start' };
    return { ok: true, period: { from, to, label } };
  }
  for (const [pattern, months] of named) {
    const m = pattern.exec(label);
    const span = m ? months(m) : null;
    if (!m || !span) continue;
    const year = Number(m[1]);
    return { ok: true, period: { ...monthSpan(year, span[0], span[1], cutoff), label } };
  }
  return { ok: false, problem: 'not-a-period' };
}

function validIso(iso: string): boolean {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return isoFromParts(y, m, d) === iso;
}

/** Months `first..last` of `year`; with a cut-off day c > 1, from the c-th of the month before `first` to the day before the c-th of `last`. */
function monthSpan(year: number, first: number, last: number, cutoff: number): { from: IsoDate; to: IsoDate } {
  if (cutoff === 1) return { from: isoFromParts(year, first, 1)!, to: endOfMonthIso(year, last) };
  const before = first === 1 ? { y: year - 1, m: 12 } : { y: year, m: first - 1 };
  return { from: isoFromParts(before.y, before.m, cutoff)!, to: addDaysIso(isoFromParts(year, last, cutoff)!, -1) };
}
