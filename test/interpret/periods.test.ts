import { describe, expect, it } from 'vitest';
import { parseDateText, parseDeadlineText, parseNumberText, cellDate } from '../../src/interpret/values.js';
import { because } from '../../src/i18n/reasons.js';

describe('dates: day first, always', () => {
  it.each([
    ['05/03/2024', '2024-03-05'],
    ['5/3/2024', '2024-03-05'],
    ['05-03-2024', '2024-03-05'],
    ['05.03.2024', '2024-03-05'],
    ['2024-03-05', '2024-03-05'],
    ['ngày 25 tháng 10 năm 2024', '2024-10-25'],
    ['29/02/2024', '2024-02-29'],
  ])('%s → %s', (text, iso) => {
    expect(parseDateText(text)).toEqual({ ok: true, value: iso });
  });

  it.each(['31/02/2024', '29/02/2023', '32/01/2024', '12/13/2024'])('%s is not a real date', (text) => {
    expect(parseDateText(text).ok).toBe(false);
  });

  it('reads Excel serials in the 1900 and 1904 systems', () => {
    expect(cellDate({ value: { kind: 'number', value: 45590 } })).toEqual({ ok: true, value: '2024-10-25' });
    expect(cellDate({ value: { kind: 'number', value: 44128 } }, true)).toEqual({ ok: true, value: '2024-10-25' });
  });
});

describe('deadlines: a period means its last day', () => {
  it.each([
    ['Quý IV/2024', '2024-12-31'],
    ['Quý 3 năm 2024', '2024-09-30'],
    ['Quý I/2024', '2024-03-31'],
    ['Quý II năm 2024', '2024-06-30'],
    ['Q3/2024', '2024-09-30'],
    ['Quý III-IV/2024', '2024-12-31'],
    ['Tháng 10/2024', '2024-10-31'],
    ['Tháng 2/2024', '2024-02-29'],
    ['Tháng 10 năm 2024', '2024-10-31'],
    ['Năm 2024', '2024-12-31'],
    ['2024', '2024-12-31'],
    ['6 tháng đầu năm 2024', '2024-06-30'],
    ['9 tháng đầu năm 2024', '2024-09-30'],
    ['Trước 30/6/2024', '2024-06-30'],
    ['Trước ngày 30/6/2024', '2024-06-30'],
    ['Trước tháng 7/2024', '2024-06-30'],
    ['30/06/2024', '2024-06-30'],
    ['Quý IV/2024 - Quý I/2025', '2025-03-31'],
    ['Tháng 11/2024 đến tháng 2/2025', '2025-02-28'],
    ['Từ năm 2024 đến năm 2025', '2025-12-31'],
    ['Trước tháng 1/2025', '2024-12-31'],
    ['Trong năm 2024', '2024-12-31'],
    ['Cuối năm 2024', '2024-12-31'],
    ['Cuối quý III/2024', '2024-09-30'],
    ['Giai đoạn 2024-2025', '2025-12-31'],
    ['Tháng 11 và 12/2024', '2024-12-31'],
  ])('%s → %s', (text, iso) => {
    expect(parseDeadlineText(text)).toMatchObject({ ok: true, value: { kind: 'date', date: iso } });
  });

  it.each(['Thường xuyên', 'Hằng năm', 'Hàng năm', 'THƯỜNG XUYÊN'])('%s is recurring', (text) => {
    expect(parseDeadlineText(text)).toMatchObject({ ok: true, value: { kind: 'recurring' } });
  });

  it('reads the last year of a cell however long it is', () => {
    // A whole note pasted into the deadline column: the fuzzer's 32k-character cells took 0,1 s
    // each with a look-ahead regex; the answer must stay the last year written.
    expect(parseDeadlineText(`${'theo Kế hoạch năm 2023, '.repeat(1500)}Quý IV/2024`)).toMatchObject({ ok: true, value: { date: '2024-12-31' } });
  });

  it('starts a range across a year end in its first year', () => {
    expect(parseDeadlineText('Trước Quý IV/2024 - Quý I/2025')).toMatchObject({ ok: true, value: { date: '2024-09-30' } });
  });

  it('completes a day and month without a year from the table year, as it does a quarter', () => {
    expect(parseDeadlineText('Trước 15/11', 2024)).toMatchObject({ ok: true, value: { date: '2024-11-15' } });
    expect(parseDeadlineText('15/11').ok).toBe(false);
  });

  it('completes a quarter without a year from the table year', () => {
    expect(parseDeadlineText('Quý IV', 2024)).toMatchObject({ ok: true, value: { date: '2024-12-31' } });
    expect(parseDeadlineText('Quý IV').ok).toBe(false);
  });

  it('refuses what it cannot read, saying what it expects', () => {
    const r = parseDeadlineText('Theo chỉ đạo của UBND tỉnh');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toEqual(because('not-a-deadline', { text: 'Theo chỉ đạo của UBND tỉnh' }));
  });
});

describe('Vietnamese numbers', () => {
  it.each([
    ['270.497', 270497, false],
    ['270,497', 270497, false],
    ['270497', 270497, false],
    ['1.234.567', 1234567, false],
    ['1.234,5', 1234.5, false],
    ['1,234.5', 1234.5, false],
    ['0,805', 0.805, false],
    ['1,5', 1.5, false],
    ['95,7%', 0.957, true],
    ['80.5%', 0.805, true],
    ['100 %', 1, true],
    ['1.200 hồ sơ', 1200, false],
  ])('%s → %d', (text, value, percent) => {
    const r = parseNumberText(text);
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.value.value).toBeCloseTo(value, 9);
      expect(r.value.percent).toBe(percent);
    }
  });

  it.each(['abc', '1.23.4', '12,34.56,7', ''])('%s is not a number', (text) => {
    expect(parseNumberText(text).ok).toBe(false);
  });
});
