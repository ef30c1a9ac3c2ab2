import { describe, expect, it } from 'vitest';
import { meets, readMeasure, readTarget } from '../../src/interpret/targets.js';
import type { RawCell } from '../../src/read/raw-table.js';

const text = (t: string): RawCell => ({ value: { kind: 'text', text: t } });
const num = (value: number, format?: string): RawCell => ({ value: format ? { kind: 'number', value, format } : { kind: 'number', value } });

describe('targets', () => {
  it.each([
    ['≥ 80%', '>=', 0.8],
    ['>=80%', '>=', 0.8],
    ['Tối thiểu 80%', '>=', 0.8],
    ['Trên 50%', '>', 0.5],
    ['≤ 5%', '<=', 0.05],
    ['Dưới 5%', '<', 0.05],
    ['Không quá 5%', '<=', 0.05],
  ])('%s → %s %d', (t, direction, value) => {
    const r = readTarget(text(t), false);
    expect(r).toMatchObject({ ok: true, value: { direction, measure: { kind: 'number', percent: true } } });
    if (r?.ok && r.value.measure.kind === 'number') expect(r.value.measure.value).toBeCloseTo(value, 9);
  });

  it('reads 100%, counts and yes/no targets without a direction word', () => {
    expect(readTarget(text('100%'), false)).toEqual({ ok: true, value: { measure: { kind: 'number', value: 1, percent: true } } });
    expect(readTarget(text('1.200'), false)).toEqual({ ok: true, value: { measure: { kind: 'number', value: 1200, percent: false } } });
    for (const yes of ['Hoàn thành', 'Có', 'Đạt']) expect(readTarget(text(yes), false)).toEqual({ ok: true, value: { measure: { kind: 'yesno', value: true } } });
  });

  it('treats 80,5%, a 0.805 cell formatted as percent, and 0,805 or 80,5 under a % unit as the same value', () => {
    const values = [readMeasure(text('80,5%'), false), readMeasure(num(0.805, '0.0%'), false), readMeasure(text('0,805'), true), readMeasure(text('80,5'), true), readMeasure(num(80.5), true)];
    for (const v of values) {
      expect(v?.ok).toBe(true);
      if (v?.ok && v.value.kind === 'number') {
        expect(v.value.value).toBeCloseTo(0.805, 9);
        expect(v.value.percent).toBe(true);
      }
    }
  });

  it('compares in the direction of the target', () => {
    const pct = (value: number) => ({ kind: 'number' as const, value, percent: true });
    expect(meets(pct(0.805), pct(0.8), '>=')).toBe(true);
    expect(meets(pct(0.8), pct(0.8), '>=')).toBe(true);
    expect(meets(pct(0.8), pct(0.8), '>')).toBe(false);
    expect(meets(pct(0.04), pct(0.05), '<=')).toBe(true);
    expect(meets(pct(0.06), pct(0.05), '<=')).toBe(false);
    expect(meets({ kind: 'yesno', value: true }, { kind: 'yesno', value: true }, '=')).toBe(true);
    expect(meets({ kind: 'yesno', value: false }, { kind: 'yesno', value: true }, '=')).toBe(false);
    expect(meets(pct(0.5), { kind: 'yesno', value: true }, '=')).toBeNull();
  });
});
