/**
 * The level of a dossier row (SPEC §2.4): a `Cấp` cell, the group row above it (`Sở, ban,
 * ngành` / `Huyện, thị xã, thành phố` / `Xã, phường, thị trấn`), or the unit's name.
 */
import type { Level } from '../model/records.js';
import { fold } from '../model/text.js';
import { levelWords } from './vocabulary/index.js';

const words = new Map(Object.entries(levelWords).map(([w, l]) => [fold(w), l]));
// `Huyện Tân Biên` is a unit, not the group of districts: one-word names match only whole.
const prefixes = [...words.entries()].filter(([w]) => w.includes(' ')).sort((a, b) => b[0].length - a[0].length);
const leading = /^(?:(?:cac|ubnd|uy ban nhan dan|khoi)\s+)+/;

/** A `Cấp` cell: `Cấp tỉnh`, `Tỉnh`, `Huyện`, `Cấp xã`, `province`… */
export function levelFromCell(text: string): Level | null {
  return words.get(fold(text).replace(leading, '')) ?? null;
}

/**
 * A group row's label. `exact`: a row with counts is a group (a subtotal) only when its label is
 * a group name and nothing else; a row without counts may say more (`Cấp tỉnh (Sở, ban, ngành)`).
 */
export function levelOfGroup(text: string, exact: boolean): Level | null {
  const f = fold(text).replace(/^([ivxlc]+|[a-h]|\d+)\s+/, '').replace(leading, '');
  const whole = words.get(f);
  if (whole || exact) return whole ?? null;
  return prefixes.find(([w]) => f.startsWith(`${w} `))?.[1] ?? null;
}

export const levelNames: readonly string[] = Object.keys(levelWords);
