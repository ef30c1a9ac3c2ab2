/** Numbers and percents (SPEC §2.3, §2.4): any text parses to a value or a reason; what the reports print parses back. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cellNumber, isPercentFormat, parseNumberText } from '../../src/interpret/values.js';
import { formatInteger, formatNumber, formatPercent } from '../../src/render/format.js';
import { type Lang } from '../../src/model/lang.js';
import { cellText, isValueOrReason, rawCell } from './arbitraries.js';

const lang = fc.constantFrom<Lang>('vi', 'en');

describe('parseNumberText', () => {
  it('never throws, and gives a finite value or a reason', () => {
    fc.assert(
      fc.property(cellText, (text) => {
        const p = parseNumberText(text);
        expect(isValueOrReason(p)).toBe(true);
        if (p.ok) expect(Number.isFinite(p.value.value)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it('reads back every count the reports print (270.497, 270,497, 270497)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), lang, (n, l) => {
        for (const text of [formatInteger(n, l), String(n)]) {
          const p = parseNumberText(text);
          expect(p).toEqual({ ok: true, value: { value: n, percent: false } });
        }
      }),
    );
  });

  it('reads back decimals as the reports print them (1.234,5 and 1,234.5)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e11 }), lang, (cents, l) => {
        const x = cents / 100;
        const p = parseNumberText(formatNumber(x, l));
        expect(p.ok).toBe(true);
        if (p.ok) expect(p.value.value).toBeCloseTo(x, 9);
      }),
    );
  });

  it('reads back percents as fractions (95,7% → 0.957)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -100_000, max: 100_000 }), lang, (permille, l) => {
        const rate = permille / 1000;
        const p = parseNumberText(formatPercent(rate, l));
        expect(p.ok).toBe(true);
        if (p.ok) {
          expect(p.value.percent).toBe(true);
          expect(p.value.value).toBeCloseTo(rate, 9);
        }
      }),
    );
  });

  it('ignores a unit word after the number and spaces inside it', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e9 }), fc.constantFrom('hồ sơ', 'HS', 'phản ánh', 'đơn vị'), (n, unit) => {
        const p = parseNumberText(`${formatInteger(n, 'vi').replace(/\./g, ' ')} ${unit}`);
        expect(p).toEqual({ ok: true, value: { value: n, percent: false } });
      }),
    );
  });
});

describe('cellNumber', () => {
  it('never throws on any cell, and is null only for an empty one', () => {
    fc.assert(
      fc.property(rawCell, (cell) => {
        const p = cellNumber(cell);
        expect(isValueOrReason(p)).toBe(true);
        if (p === null) expect(cell.value.kind === 'text' && cell.value.text.trim() === '').toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it('takes a percent-formatted cell as the fraction it holds (0.805 shown as 80,5%)', () => {
    fc.assert(
      fc.property(fc.double({ min: -10, max: 10, noNaN: true }), fc.constantFrom('0%', '0.0%', '0.00%', '#,##0.0%'), (value, format) => {
        expect(cellNumber({ value: { kind: 'number', value, format } })).toEqual({ ok: true, value: { value, percent: true } });
        expect(isPercentFormat(format)).toBe(true);
      }),
    );
  });
});
