/** Dates and deadlines (SPEC §2.2): day first, always; every printed date and period reads back to its day. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cellDate, cellDeadline, parseDateText, parseDeadlineText } from '../../src/interpret/values.js';
import { endOfMonthIso, isoFromExcelSerial } from '../../src/model/calendar.js';
import { formatDate } from '../../src/render/format.js';
import { calendarDate, cellText, isValueOrReason, rawCell } from './arbitraries.js';

const pad = (n: number) => String(n).padStart(2, '0');
const roman = ['I', 'II', 'III', 'IV'];

describe('parseDateText', () => {
  it('never throws, and gives a real date or a reason', () => {
    fc.assert(
      fc.property(cellText, (text) => {
        const p = parseDateText(text);
        expect(isValueOrReason(p)).toBe(true);
        if (p.ok) expect(p.value).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }),
      { numRuns: 3000 },
    );
  });

  it('reads back every date the reports print, in both languages', () => {
    fc.assert(
      fc.property(calendarDate, ({ iso }) => {
        expect(parseDateText(formatDate(iso, 'vi'))).toEqual({ ok: true, value: iso });
        expect(parseDateText(formatDate(iso, 'en'))).toEqual({ ok: true, value: iso });
      }),
    );
  });

  it('reads dd/mm/yyyy, d/m/yyyy, dd-mm-yyyy and dd.mm.yyyy day first', () => {
    fc.assert(
      fc.property(calendarDate, ({ y, m, d, iso }) => {
        for (const text of [`${pad(d)}/${pad(m)}/${y}`, `${d}/${m}/${y}`, `${pad(d)}-${pad(m)}-${y}`, `${pad(d)}.${pad(m)}.${y}`, `ngày ${d} tháng ${m} năm ${y}`]) {
          expect(parseDateText(text)).toEqual({ ok: true, value: iso });
        }
      }),
    );
  });

  it('refuses a day that does not exist, with a reason', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2200 }), fc.integer({ min: 1, max: 12 }), (y, m) => {
        const last = Number(endOfMonthIso(y, m).slice(8));
        const p = parseDateText(`${last + 1}/${m}/${y}`);
        expect(p.ok).toBe(false);
      }),
    );
  });
});

describe('cellDate', () => {
  it('never throws on any cell', () => {
    fc.assert(fc.property(rawCell, fc.boolean(), (cell, date1904) => {
      expect(isValueOrReason(cellDate(cell, date1904))).toBe(true);
    }), { numRuns: 3000 });
  });

  it('reads an Excel serial as the day Excel shows, in both date systems', () => {
    fc.assert(
      fc.property(fc.integer({ min: 18_264, max: 91_311 }), fc.boolean(), (serial, date1904) => {
        const iso = isoFromExcelSerial(serial, date1904);
        expect(cellDate({ value: { kind: 'number', value: serial } }, date1904)).toEqual({ ok: true, value: iso });
      }),
    );
  });
});

describe('parseDeadlineText', () => {
  it('never throws, and gives a deadline or a reason', () => {
    fc.assert(
      fc.property(cellText, fc.option(fc.integer({ min: 1900, max: 2200 }), { nil: undefined }), (text, year) => {
        expect(isValueOrReason(parseDeadlineText(text, year))).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it('reads a quarter as its last day (Quý IV/2024, Quý 3 năm 2024)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1900, max: 2099 }), (q, y) => {
        const end = endOfMonthIso(y, q * 3);
        for (const text of [`Quý ${roman[q - 1]}/${y}`, `Quý ${q} năm ${y}`, `quý ${roman[q - 1]!.toLowerCase()} năm ${y}`]) {
          expect(parseDeadlineText(text)).toEqual({ ok: true, value: { kind: 'date', date: end, text } });
        }
      }),
    );
  });

  it('reads a month as its last day and a year as 31/12 (Tháng 10/2024, Năm 2024)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1900, max: 2099 }), (m, y) => {
        expect(parseDeadlineText(`Tháng ${m}/${y}`)).toMatchObject({ ok: true, value: { kind: 'date', date: endOfMonthIso(y, m) } });
        expect(parseDeadlineText(`Năm ${y}`)).toMatchObject({ ok: true, value: { kind: 'date', date: `${y}-12-31` } });
      }),
    );
  });

  it('reads a date deadline as that day, "Trước" included', () => {
    fc.assert(
      fc.property(calendarDate, ({ iso }) => {
        expect(parseDeadlineText(formatDate(iso, 'vi'))).toMatchObject({ ok: true, value: { kind: 'date', date: iso } });
        expect(parseDeadlineText(`Trước ${formatDate(iso, 'vi')}`)).toMatchObject({ ok: true, value: { kind: 'date', date: iso } });
      }),
    );
  });

  it('never makes recurring work (Thường xuyên) a date', () => {
    fc.assert(
      fc.property(fc.constantFrom('Thường xuyên', 'THƯỜNG XUYÊN', 'Hằng năm', 'Hàng năm', 'thuong xuyen'), (text) => {
        expect(parseDeadlineText(text)).toMatchObject({ ok: true, value: { kind: 'recurring' } });
      }),
    );
  });

  it('cellDeadline never throws on any cell', () => {
    fc.assert(fc.property(rawCell, fc.boolean(), (cell, date1904) => {
      expect(isValueOrReason(cellDeadline(cell, date1904, 2024))).toBe(true);
    }), { numRuns: 3000 });
  });
});
