/**
 * Indicator targets and actuals (SPEC §2.3): `≥ 80%`, `Tối thiểu 80%`, `Trên 50%`, `≤ 5%`,
 * `1.200`, `Hoàn thành`, `Có`. The comparison word or sign gives the direction. Percent values
 * are fractions: a cell formatted as percent already holds one; `80,5%` and, under a `%` unit,
 * `80,5` or `0,805` all mean 0.805.
 */
import type { Comparison, Measure } from '../model/records.js';
import type { RawCell } from '../read/raw-table.js';
import { cellText } from '../read/raw-table.js';
import { fold, tidy } from '../model/text.js';
import { type Parsed, cellNumber, parseNumberText } from './values.js';
import { because } from '../i18n/reasons.js';
import { changeWords, noWords, percentUnits, resultLeadWords, targetComparisons, yesWords } from './vocabulary/index.js';

const comparisons = Object.entries(targetComparisons)
  .map(([w, c]) => [/^[\p{L}\s]+$/u.test(w) ? fold(w) : w, c] as const)
  .sort((a, b) => b[0].length - a[0].length);
const yes = new Set(yesWords.map(fold));
const no = new Set(noWords.map(fold));
const percentUnitSet = new Set(percentUnits.map(fold));

export function isPercentUnit(unit: string, title: string): boolean {
  return percentUnitSet.has(fold(unit)) || unit.includes('%') || (unit.trim() === '' && /^(ty|ti) le\b/.test(fold(title)));
}

export interface TargetReading {
  measure: Measure;
  direction?: Comparison;
  /** Written as a change (`Giảm 10%`): its sign; results are read in the same sense. */
  change?: 1 | -1;
}

const changes = Object.entries(changeWords)
  .map(([w, sign]) => [fold(w), sign] as const)
  .sort((a, b) => b[0].length - a[0].length);

const resultLeads = resultLeadWords.map(fold).sort((a, b) => b.length - a.length);

/**
 * A result's figure without what is written around it: `Đạt 85%` and `38,9% (9 tháng)` are
 * 85% and 38,9%. Null when there is nothing to take away (the text is read as it is).
 */
function resultFigure(text: string): string | null {
  let rest = text.replace(/\s*\([^)]*\)\s*$/, '');
  const folded = fold(rest);
  const lead = resultLeads.find((w) => folded.startsWith(`${w} `));
  if (lead) rest = rest.split(/\s+/).slice(lead.split(' ').length).join(' ');
  return rest !== text && rest !== '' ? rest : null;
}

/** `Giảm 10%` → the sign −1 and `10%`; null when the text does not start with a change word. */
function splitChange(text: string): { sign: 1 | -1; rest: string } | null {
  const folded = fold(text);
  const found = changes.find(([w]) => folded.startsWith(`${w} `));
  return found ? { sign: found[1], rest: text.split(/\s+/).slice(found[0].split(' ').length).join(' ') } : null;
}

export function readTarget(cell: RawCell | undefined, percentUnit: boolean): Parsed<TargetReading> | null {
  const text = tidy(cellText(cell));
  if (!cell || text === '') return null;
  if (cell.value.kind !== 'text') {
    const m = readMeasure(cell, percentUnit);
    return m && m.ok ? { ok: true, value: { measure: m.value } } : m ? { ok: false, reason: m.reason } : null;
  }
  const yn = yesNo(text);
  if (yn !== null) return { ok: true, value: { measure: { kind: 'yesno', value: yn } } };
  const change = splitChange(text);
  let rest = change ? change.rest : text;
  let direction: Comparison | undefined;
  const folded = fold(rest);
  for (const [word, cmp] of comparisons) {
    if (/^[a-z\s]+$/.test(word) ? folded.startsWith(`${word} `) : rest.startsWith(word)) {
      direction = cmp;
      rest = /^[a-z\s]+$/.test(word) ? text.split(/\s+/).slice(word.split(' ').length).join(' ') : rest.slice(word.length);
      break;
    }
  }
  const n = parseNumberText(rest);
  if (!n.ok) return { ok: false, reason: because('target-not-understood', { text }) };
  const measure = toPercentAware(n.value.value, n.value.percent, percentUnit);
  return { ok: true, value: { measure, ...(direction ? { direction } : {}), ...(change ? { change: change.sign } : {}) } };
}

/** `targetChange`: the sign of a target written as a change, in whose sense a result written as one is read. */
export function readMeasure(cell: RawCell | undefined, percentUnit: boolean, targetChange: 1 | -1 = 1): Parsed<Measure> | null {
  const text = tidy(cellText(cell));
  if (!cell || text === '') return null;
  if (cell.value.kind === 'text') {
    const yn = yesNo(text);
    if (yn !== null) return { ok: true, value: { kind: 'yesno', value: yn } };
    const change = splitChange(text);
    if (change) {
      const n = parseNumberText(change.rest);
      if (!n.ok) return n;
      return { ok: true, value: toPercentAware(change.sign * targetChange * n.value.value, n.value.percent, percentUnit) };
    }
    const figure = resultFigure(text);
    const n = figure === null ? null : parseNumberText(figure);
    if (n?.ok) return { ok: true, value: toPercentAware(n.value.value, n.value.percent, percentUnit) };
  }
  if (cell.value.kind === 'bool') return { ok: true, value: { kind: 'yesno', value: cell.value.value } };
  const n = cellNumber(cell);
  if (!n) return null;
  if (!n.ok) return n;
  return { ok: true, value: toPercentAware(n.value.value, n.value.percent, percentUnit) };
}

/** Under a percent unit a bare number above 1 is in percent points (80,5), at most 1 a fraction (0,805). */
function toPercentAware(value: number, isPercent: boolean, percentUnit: boolean): Measure {
  if (isPercent) return { kind: 'number', value, percent: true };
  if (percentUnit) return { kind: 'number', value: Math.abs(value) > 1 ? value / 100 : value, percent: true };
  return { kind: 'number', value, percent: false };
}

function yesNo(text: string): boolean | null {
  const f = fold(text);
  if (yes.has(f)) return true;
  if (no.has(f)) return false;
  return null;
}

/** Whether an actual meets its target in the given direction. */
export function meets(actual: Measure, target: Measure, direction: Comparison): boolean | null {
  if (target.kind === 'yesno') return actual.kind === 'yesno' ? actual.value === target.value : null;
  if (actual.kind !== 'number') return null;
  const a = round9(actual.value);
  const t = round9(target.value);
  switch (direction) {
    case '>=': return a >= t;
    case '>': return a > t;
    case '<=': return a <= t;
    case '<': return a < t;
    case '=': return a === t;
  }
}

/** Fractions from 80,5% and 0,805 must compare equal. */
function round9(n: number): number {
  return Math.round(n * 1e9) / 1e9;
}
