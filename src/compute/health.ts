import type { Health } from '../model/summary.js';

/** Colour thresholds of the config (`thresholds`): a rate at or above `good` is good, at or above `warn` is warn. */
export interface Thresholds {
  good: number;
  warn: number;
}

export const defaultThresholds: Thresholds = { good: 0.9, warn: 0.7 };

export function healthOf(rate: number | null, t: Thresholds): Health {
  if (rate === null) return 'warn';
  return rate >= t.good ? 'good' : rate >= t.warn ? 'warn' : 'bad';
}

/** a / b, or null when b is 0 (shown as N/A). */
export function rate(a: number, b: number): number | null {
  return b === 0 ? null : a / b;
}

// Created on first sort, not at import: ICU's Vietnamese collator costs a pipe that sorts nothing ~10 ms.
let collator: Intl.Collator | undefined;
/** Vietnamese alphabetical order, stable across runs. */
export function byName(a: string, b: string): number {
  collator ??= new Intl.Collator('vi', { sensitivity: 'base', numeric: true });
  return collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}
