/**
 * One name per area across every table (SPEC §2.1): `CẢI CÁCH THỂ CHẾ`, `Cải cách thể chế` and
 * `Cai cach the che` are one area, shown the way it is written with the most diacritics (the
 * first such when tied). Where some records stand under a section and others under none, the
 * others are counted under an explicit area, so that the area totals add up to the total.
 */
import type { Records } from '../model/records.js';
import { fold } from '../model/text.js';
import { unclassifiedArea } from './vocabulary/index.js';

const marks = (text: string) => (text.normalize('NFD').match(/\p{M}|đ/giu) ?? []).length;

type Placed = { area?: string; areaNumber?: string; areaRank?: number };

export function unifyAreas(records: Records): void {
  for (const list of [records.tasks, records.indicators] as Placed[][]) {
    const shown = new Map<string, string>();
    for (const r of list) {
      if (r.area === undefined) continue;
      const key = fold(r.area);
      const seen = shown.get(key);
      if (seen === undefined || marks(r.area) > marks(seen)) shown.set(key, r.area);
    }
    if (shown.size === 0) continue;
    const order = planOrder(list);
    for (const r of list) {
      const key = r.area === undefined ? null : fold(r.area);
      r.area = key === null ? unclassifiedArea : shown.get(key)!;
      r.areaRank = key === null ? order.length : order.indexOf(key);
    }
  }
}

/**
 * The areas (folded) in the plan's order. Areas with a section numeral (I, II … VII) go by it
 * when each numeral names one area in every file; an area without one (a file with an area
 * column) keeps its place after the area it follows in the files. When departments number
 * their own sections differently, only the reading order is common: first appearance.
 */
function planOrder(list: readonly Placed[]): string[] {
  const firstSeen: string[] = [];
  const numeralsOf = new Map<string, Set<string>>();
  const areasOf = new Map<string, Set<string>>();
  for (const r of list) {
    if (r.area === undefined) continue;
    const key = fold(r.area);
    if (!firstSeen.includes(key)) firstSeen.push(key);
    if (r.areaNumber === undefined || sectionOrdinal(r.areaNumber) === null) continue;
    numeralsOf.set(key, (numeralsOf.get(key) ?? new Set()).add(r.areaNumber));
    areasOf.set(r.areaNumber, (areasOf.get(r.areaNumber) ?? new Set()).add(key));
  }
  const consistent = [...numeralsOf.values()].every((n) => n.size === 1) && [...areasOf.values()].every((a) => a.size === 1);
  if (!consistent || numeralsOf.size === 0) return firstSeen;
  const ordinal = (key: string) => sectionOrdinal([...numeralsOf.get(key)!][0]!)!;
  const order = firstSeen.filter((k) => numeralsOf.has(k)).sort((a, b) => ordinal(a) - ordinal(b));
  firstSeen.forEach((key, i) => {
    if (numeralsOf.has(key)) return;
    const before = firstSeen.slice(0, i).reverse().find((k) => order.includes(k));
    order.splice(before === undefined ? 0 : order.indexOf(before) + 1, 0, key);
  });
  return order;
}

const romanValues: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };

/** `VII` → 7, `B` → 2, `3` → 3; null for anything else. */
export function sectionOrdinal(numeral: string): number | null {
  if (/^\d+$/.test(numeral)) return Number(numeral);
  if (/^[IVXLC]+$/.test(numeral)) {
    let total = 0;
    for (let i = 0; i < numeral.length; i++) {
      const v = romanValues[numeral[i]!]!;
      total += v < (romanValues[numeral[i + 1] ?? ''] ?? 0) ? -v : v;
    }
    return total;
  }
  return /^[A-H]$/.test(numeral) ? numeral.charCodeAt(0) - 64 : null;
}
