/** Task status text → status and timing claim (SPEC §2.2), through vocabulary/statuses. */
import type { TaskStatus, TimingClaim } from '../model/records.js';
import { fold } from '../model/text.js';
import { closest } from './suggest.js';
import { statusMarkerWords, statusWords, timingQualifiers } from './vocabulary/index.js';

export type StatusReading = { status: TaskStatus; claim?: TimingClaim } | null;

const words = new Map(Object.entries(statusWords).map(([w, s]) => [fold(w), s]));
const qualifiers = new Map(Object.entries(timingQualifiers).map(([w, c]) => [fold(w), c]));

/** null = not a known status. Blank = not reported. */
export function readStatus(text: string): StatusReading {
  const f = fold(text);
  if (f === '') return { status: 'not_reported' };
  const whole = words.get(f);
  if (whole) return withClaim(whole.status, whole.claim);
  // `Đã hoàn thành (quá hạn)`, `Đang thực hiện - trong hạn`, `Sắp hết hạn (7 ngày)`: base + qualifier.
  const m = /^([^(\-–:]+?)\s*(?:\((.*)\)|[-–:]\s*(.*))\s*$/.exec(text.trim());
  if (m) {
    const base = words.get(fold(m[1]!));
    if (base) {
      const q = fold(m[2] ?? m[3] ?? '');
      const claim = qualifiers.has(q) ? qualifiers.get(q) ?? undefined : undefined;
      return withClaim(base.status, refineClaim(base.status, claim ?? base.claim));
    }
  }
  // `Hoàn thành 100%`, `Hoàn thành (Văn bản số 12/UBND)`: a known status followed by detail.
  let best: { key: string; status: TaskStatus; claim?: TimingClaim } | null = null;
  for (const [key, s] of words) {
    if (f.startsWith(`${key} `) && (!best || key.length > best.key.length)) best = { key, ...s };
  }
  if (best && /^[\d\s%]*$/.test(f.slice(best.key.length))) {
    // `Hoàn thành 80%` is how far the work has got, not done: only 100% (or no figure) finishes it.
    const share = /(\d+)\s*%/.exec(f.slice(best.key.length));
    if (best.status === 'done' && share && Number(share[1]) < 100) return { status: 'in_progress' };
    return withClaim(best.status, best.claim);
  }
  return null;
}

/** A qualifier means a finished task was late/on time, or an open one overdue/within its deadline. */
function refineClaim(status: TaskStatus, claim: TimingClaim | undefined): TimingClaim | undefined {
  if (claim === undefined) return undefined;
  if (status === 'done') return claim === 'overdue' ? 'late' : claim === 'within_deadline' ? 'on_time' : claim === 'near_due' ? 'on_time' : claim;
  return claim === 'late' ? 'overdue' : claim === 'on_time' ? 'within_deadline' : claim;
}

function withClaim(status: TaskStatus, claim: TimingClaim | undefined): { status: TaskStatus; claim?: TimingClaim } {
  return claim === undefined ? { status } : { status, claim };
}

const foldedMarkers = new Set(statusMarkerWords.map(fold));
const markersOf = (text: string) => fold(text).split(' ').filter((w) => foldedMarkers.has(w)).sort().join(' ');

/**
 * The known status an unknown one was probably meant to be (`Hoàn thàn` → `Hoàn thành`), or
 * null. Only within the same meaning: the words that carry it (`đã`, `đang`, `chưa`, `hủy`…)
 * must be the same, so a suggestion never turns done into in progress (`Đã thực hiện` is not
 * `Đang thực hiện` mistyped) nor cancelled into done.
 */
export function suggestStatus(text: string): string | null {
  const base = /^([^(\-–:]+?)\s*(?:\(.*\)|[-–:].*)$/.exec(text.trim())?.[1] ?? text;
  const markers = markersOf(base);
  return closest(base, Object.keys(statusWords).filter((w) => markersOf(w) === markers));
}

/**
 * A column headed by a status (`Đã hoàn thành`, `Đang thực hiện`, `Chưa thực hiện`): trackers
 * often tick one of several such columns with an `x` instead of writing the status.
 */
export function isStatusColumnName(text: string): boolean {
  const reading = readStatus(text);
  return reading !== null && reading.status !== 'not_reported';
}

