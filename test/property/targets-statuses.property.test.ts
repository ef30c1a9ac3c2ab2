/** Indicator targets (SPEC §2.3) and task statuses (§2.2): any cell gives a reading or a reason; every word of the vocabulary reads as itself. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readMeasure, readTarget } from '../../src/interpret/targets.js';
import { readStatus } from '../../src/interpret/status.js';
import { statusWords, targetComparisons, yesWords } from '../../src/interpret/vocabulary/index.js';
import { formatInteger, formatPercent } from '../../src/render/format.js';
import { cellText, isValueOrReason, rawCell } from './arbitraries.js';

const statuses = new Set(['done', 'in_progress', 'not_started', 'cancelled', 'not_reported']);

describe('readTarget and readMeasure', () => {
  it('never throw on any cell, and give a reading or a reason', () => {
    fc.assert(
      fc.property(rawCell, fc.boolean(), (cell, percentUnit) => {
        expect(isValueOrReason(readTarget(cell, percentUnit))).toBe(true);
        expect(isValueOrReason(readMeasure(cell, percentUnit))).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it('read every comparison word or sign with a printed percent (≥ 80%, Tối thiểu 80%, Dưới 5%)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...Object.entries(targetComparisons)), fc.integer({ min: 0, max: 1000 }), ([word, direction], permille) => {
        const rate = permille / 1000;
        const text = `${word} ${formatPercent(rate, 'vi')}`;
        const t = readTarget({ value: { kind: 'text', text } }, false);
        expect(t?.ok, text).toBe(true);
        if (t?.ok) {
          expect(t.value.direction, text).toBe(direction);
          expect(t.value.measure.kind).toBe('number');
          if (t.value.measure.kind === 'number') expect(t.value.measure.value).toBeCloseTo(rate, 9);
        }
      }),
    );
  });

  it('read counts as counts and yes/no words as yes', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e9 }), fc.constantFrom(...yesWords), (n, yes) => {
        expect(readTarget({ value: { kind: 'text', text: formatInteger(n, 'vi') } }, false)).toEqual({ ok: true, value: { measure: { kind: 'number', value: n, percent: false } } });
        expect(readMeasure({ value: { kind: 'text', text: yes } }, false)).toEqual({ ok: true, value: { kind: 'yesno', value: true } });
      }),
    );
  });
});

describe('readStatus', () => {
  it('never throws: any text is a known status or null (an error listing the accepted ones)', () => {
    fc.assert(
      fc.property(cellText, (text) => {
        const r = readStatus(text);
        if (r !== null) expect(statuses.has(r.status)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it('reads every word of the vocabulary as its status, whatever its case, spacing or Unicode form', () => {
    fc.assert(
      fc.property(fc.constantFrom(...Object.entries(statusWords)), fc.constantFrom('as is', 'upper', 'lower', 'nfd', 'spaces'), ([word, meaning], variant) => {
        const text = { 'as is': word, upper: word.toLocaleUpperCase('vi'), lower: word.toLocaleLowerCase('vi'), nfd: word.normalize('NFD'), spaces: `  ${word.replace(/ /g, '  ')} ` }[variant];
        expect(readStatus(text)?.status, text).toBe(meaning.status);
      }),
    );
  });

  it('reads blank as not reported', () => {
    fc.assert(fc.property(fc.constantFrom('', ' ', '\t', '\u00a0'), (blank) => {
      expect(readStatus(blank)).toEqual({ status: 'not_reported' });
    }));;
  });
});
