import { describe, expect, it } from 'vitest';
import { summarizeIndicators } from '../../src/compute/indicators.js';
import { defaultThresholds } from '../../src/model/config.js';
import type { Indicator } from '../../src/model/records.js';

const pct = (value: number) => ({ kind: 'number' as const, value, percent: true });
let n = 0;
function ind(partial: Partial<Indicator> & Pick<Indicator, 'target'>): Indicator {
  n++;
  return { id: `I${n}`, title: `Indicator ${n}`, targetText: '', actualText: '', direction: '>=', source: { file: 'x.xlsx', row: n }, ...partial };
}

describe('indicators section (SPEC §4.1)', () => {
  const s = summarizeIndicators(
    [
      ind({ target: pct(0.8), actual: pct(0.805), area: 'Chính quyền số' }),
      ind({ target: pct(0.5), actual: pct(0.389), area: 'Chính quyền số' }),
      ind({ target: pct(0.05), actual: pct(0.014), direction: '<=', area: 'Chính quyền số' }),
      ind({ target: { kind: 'yesno', value: true }, actual: { kind: 'yesno', value: false }, direction: '=', area: 'Kinh tế số' }),
      ind({ target: pct(0.4), area: 'Kinh tế số' }),
    ],
    '2024-10-31',
    defaultThresholds,
  );

  it('counts met, not met and not reported; the total includes the not reported', () => {
    expect([s.total, s.met, s.notMet, s.notReported]).toEqual([5, 2, 2, 1]);
    expect(s.metRate).toBeCloseTo(2 / 5, 12);
  });

  it('keeps values as fractions and states each status', () => {
    expect(s.items.map((i) => i.status)).toEqual(['met', 'not_met', 'met', 'not_met', 'not_reported']);
    expect(s.items[0]).toMatchObject({ target: 0.8, actual: 0.805, percent: true, direction: '>=' });
  });

  it('breaks down by area', () => {
    expect(s.byArea).toEqual([
      { area: 'Chính quyền số', total: 3, met: 2 },
      { area: 'Kinh tế số', total: 2, met: 0 },
    ]);
  });
});
