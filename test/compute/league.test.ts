import { describe, expect, it } from 'vitest';
import { leagueOf } from '../../src/compute/league.js';
import type { UnitTaskRow } from '../../src/model/summary.js';

const unit = (name: string, done: number, total: number, overdue = 0): UnitTaskRow => ({ unit: name, total, done, overdue, notReported: 0, completionRate: done / total, health: 'good' });

describe('the league and what the first page shows of it (config leagueSize)', () => {
  const units = Array.from({ length: 30 }, (_, i) => unit(`Xã ${String(i).padStart(2, '0')}`, i % 4, 3 + (i % 2), i === 5 ? 1 : 0));

  it('shows the top and bottom N and every unit with overdue tasks, in league order', () => {
    const league = leagueOf(units, 3);
    expect(league.complete).toBe(false);
    expect(league.order).toHaveLength(30);
    const names = (p: number[]) => p.map((i) => units[i]!.unit);
    // 3 of 4 done is the best rate here (Xã 03, 07, 11, …): ties go by name.
    expect(names(league.top)).toEqual(['Xã 03', 'Xã 07', 'Xã 11']);
    expect(league.bottom.every((i) => units[i]!.done === 0)).toBe(true);
    expect(league.shown).toEqual(league.order.filter((i) => league.top.includes(i) || league.bottom.includes(i) || units[i]!.overdue > 0));
    expect(names(league.shown)).toContain('Xã 05');
  });

  it('shows every unit when there are at most 2 × N', () => {
    const league = leagueOf(units.slice(0, 6), 3);
    expect(league).toMatchObject({ complete: true, bottom: [] });
    expect(league.shown).toEqual(league.order);
  });

  it('ranks by rate, then fewer overdue, then name; a unit without a rate comes last', () => {
    const rows = [unit('B', 1, 2, 1), unit('A', 1, 2, 1), unit('C', 1, 2, 0), { ...unit('D', 0, 1), completionRate: null }, unit('E', 2, 2)];
    expect(leagueOf(rows).order.map((i) => rows[i]!.unit)).toEqual(['E', 'C', 'A', 'B', 'D']);
  });
});
