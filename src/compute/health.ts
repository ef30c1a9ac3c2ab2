import type { Thresholds } from '../model/config.js';
import type { Health } from '../model/summary.js';

export function healthOf(rate: number | null, t: Thresholds): Health {
  if (rate === null) return 'warn';
  return rate >= t.good ? 'good' : rate >= t.warn ? 'warn' : 'bad';
}

/** a / b, or null when b is 0 (shown as N/A). */
export function rate(a: number, b: number): number | null {
  return b === 0 ? null : a / b;
}
