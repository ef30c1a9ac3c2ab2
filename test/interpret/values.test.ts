import { describe, expect, it } from 'vitest';
import { cellDate, cellDeadline, parseDateText, parseNumberText } from '../../src/interpret/values.js';
import { because } from '../../src/i18n/reasons.js';

describe('impossible dates say what is wrong', () => {
  it.each([
    ['31/02/2024', because('month-too-short', { text: '31/02/2024', month: 2, year: 2024, days: 29 })],
    ['29/02/2023', because('month-too-short', { text: '29/02/2023', month: 2, year: 2023, days: 28 })],
    ['31/04/2024', because('month-too-short', { text: '31/04/2024', month: 4, year: 2024, days: 30 })],
    ['10/25/2024', because('no-such-month', { text: '10/25/2024', month: 25 })],
    ['00/10/2024', because('no-such-day', { text: '00/10/2024', day: 0 })],
    ['25/10/1024', because('implausible-year', { text: '25/10/1024', year: 1024 })],
    ['25/10', because('not-a-date', { text: '25/10' })],
  ])('%s', (text, reason) => {
    expect(parseDateText(text)).toEqual({ ok: false, reason });
  });
});

describe('date forms', () => {
  it.each([
    ['25 tháng 10 năm 2024', '2024-10-25'],
    ['Ngày 5 tháng 7 năm 2024', '2024-07-05'],
    ['25/10/24', '2024-10-25'],
    ['2024/10/25', '2024-10-25'],
    ['25/10/2024 14:30', '2024-10-25'],
  ])('%s → %s', (text, iso) => {
    expect(parseDateText(text)).toEqual({ ok: true, value: iso });
  });

  it('reads a serial number written as text, in the workbook date system', () => {
    expect(cellDate({ value: { kind: 'text', text: '45590' } })).toEqual({ ok: true, value: '2024-10-25' });
    expect(cellDate({ value: { kind: 'text', text: '44128' } }, true)).toEqual({ ok: true, value: '2024-10-25' });
    expect(cellDeadline({ value: { kind: 'text', text: '45565' } })).toEqual({ ok: true, value: { kind: 'date', date: '2024-09-30', text: '30/09/2024' } });
  });

  it('does not take a small number for a date', () => {
    expect(cellDate({ value: { kind: 'number', value: 2024 } })).toEqual({ ok: false, reason: because('not-a-date', { text: '2024' }) });
  });
});

describe('numbers', () => {
  it('reads the minus signs word processors write', () => {
    expect(parseNumberText('−5')).toEqual({ ok: true, value: { value: -5, percent: false } });
    expect(parseNumberText('– 2,5%')).toEqual({ ok: true, value: { value: -0.025, percent: true } });
  });
});
