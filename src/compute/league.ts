/**
 * The league of units (SPEC §4.2) and the part of it the first page shows. With a hundred units
 * (a province's departments and its communes) a full table is unreadable at a meeting: the brief,
 * the workbook's first page and the terminal show the top and bottom `size` units (config
 * `leagueSize`) and every unit with overdue tasks; the workbook keeps the whole table.
 */
import type { League, TasksSection, UnitTaskRow } from '../model/summary.js';
import { byName } from '../model/text.js';

export const defaultLeagueSize = 10;

/** By completion rate (highest first), then overdue count (fewest first), then name (and province); a unit with no rate comes last. */
function compareUnits(a: UnitTaskRow, b: UnitTaskRow): number {
  return (b.completionRate ?? -1) - (a.completionRate ?? -1) || a.overdue - b.overdue || byName(a.unit, b.unit) || byName(a.province ?? '', b.province ?? '');
}

export function leagueOf(byUnit: readonly UnitTaskRow[], size: number = defaultLeagueSize): League {
  const order = byUnit.map((_, i) => i).sort((a, b) => compareUnits(byUnit[a]!, byUnit[b]!));
  const complete = order.length <= 2 * size;
  const top = complete ? order : order.slice(0, size);
  const bottom = complete ? [] : order.slice(-size);
  const chosen = new Set([...top, ...bottom, ...order.filter((i) => byUnit[i]!.overdue > 0)]);
  // The brief names the units that completed every task; with a hundred units, only those of the top.
  const leaders = top.filter((i) => byUnit[i]!.completionRate === 1);
  return { size, order, top, bottom, leaders, shown: order.filter((i) => chosen.has(i)), complete };
}

/** The section's league; computed here for a summary built by hand (tests) or read from an older snapshot. */
export function leagueFor(t: Pick<TasksSection, 'byUnit' | 'league'>): League {
  return t.league?.leaders ? t.league : leagueOf(t.byUnit, t.league?.size);
}

/** The rows of `byUnit` at the given positions. */
export function unitsAt(t: Pick<TasksSection, 'byUnit'>, positions: readonly number[]): UnitTaskRow[] {
  return positions.map((p) => t.byUnit[p]!);
}
