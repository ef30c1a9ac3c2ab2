import { describe, expect, it } from 'vitest';
import { parsePeriod } from '../../src/compute/period.js';
import { summarizeDossiers } from '../../src/compute/dossiers.js';
import { inLanguage } from '../../src/i18n/issues.js';
import { countRecord, windowOf, zeroCounts } from '../../src/model/record-counts.js';
import { summarizeFeedback } from '../../src/compute/feedback.js';
import type { DossierStats, FeedbackStats, Level } from '../../src/model/records.js';

describe('reporting periods (SPEC §3)', () => {
  const period = (text: string, cutoff?: number) => {
    const p = parsePeriod(text, cutoff);
    return p.ok ? `${p.period.from}..${p.period.to}` : p.reason;
  };

  it('names calendar periods', () => {
    expect(period('2024-10')).toBe('2024-10-01..2024-10-31');
    expect(period('2024-02')).toBe('2024-02-01..2024-02-29');
    expect(period('2024-Q3')).toBe('2024-07-01..2024-09-30');
    expect(period('2024-q1')).toBe('2024-01-01..2024-03-31');
    expect(period('2024-H1')).toBe('2024-01-01..2024-06-30');
    expect(period('2024-H2')).toBe('2024-07-01..2024-12-31');
    expect(period('2024-9M')).toBe('2024-01-01..2024-09-30');
    expect(period('2024')).toBe('2024-01-01..2024-12-31');
    expect(period('2024-01-01..2024-09-30')).toBe('2024-01-01..2024-09-30');
  });

  it('cuts on the 15th with --cutoff 15 (Decree 09/2019)', () => {
    expect(period('2024-10', 15)).toBe('2024-09-15..2024-10-14');
    expect(period('2024-01', 15)).toBe('2023-12-15..2024-01-14');
    expect(period('2024-Q3', 15)).toBe('2024-06-15..2024-09-14');
    expect(period('2024-H1', 15)).toBe('2023-12-15..2024-06-14');
    expect(period('2024-9M', 15)).toBe('2023-12-15..2024-09-14');
    expect(period('2024', 15)).toBe('2023-12-15..2024-12-14');
    expect(period('2024-03-01..2024-03-31', 15)).toBe('2024-03-01..2024-03-31');
  });

  it('refuses what is not a period, saying why', () => {
    expect(period('2024-13')).toContain('is not a period');
    expect(period('Q3/2024')).toContain('examples: 2024-10');
    expect(period('2024-09-30..2024-01-01')).toContain('ends before it starts');
    expect(period('2024-02-30..2024-03-01')).toContain('does not exist');
    expect(period('2024', 31)).toContain('cut-off day');
  });
});

describe('counting one record (SPEC §3)', () => {
  const day = (iso: string) => Number(iso.replace(/-/g, ''));
  const count = (w: ReturnType<typeof windowOf>, r: [string, string, string, boolean?, boolean?, boolean?]) => {
    const c = zeroCounts();
    const outside = countRecord(c, w, day(r[0]), r[1] ? day(r[1]) : 0, r[2] ? day(r[2]) : 0, r[3] ?? false, r[4] ?? false, r[5] ?? false);
    return outside ?? Object.fromEntries(Object.entries(c).filter(([, v]) => v > 0));
  };

  it('as of a date: received up to it; resolved when the result is on or before it, on time by the due date; else pending', () => {
    const w = windowOf('2024-09-30', null);
    expect(count(w, ['2024-09-01', '2024-09-10', '2024-09-10', true, true])).toEqual({ received: 1, resolved: 1, resolvedOnTime: 1, online: 1, paidOnline: 1 });
    expect(count(w, ['2024-09-01', '2024-09-10', '2024-09-11'])).toEqual({ received: 1, resolved: 1, resolvedLate: 1 });
    expect(count(w, ['2024-09-01', '', '2024-09-20'])).toEqual({ received: 1, resolved: 1, resolvedOnTime: 1 });
    expect(count(w, ['2024-09-01', '2024-09-10', '2024-10-02'])).toEqual({ received: 1, pending: 1, pendingOverdue: 1 });
    expect(count(w, ['2024-09-25', '2024-10-10', ''])).toEqual({ received: 1, pending: 1 });
    expect(count(w, ['2024-09-25', '2024-10-10', '2024-09-26', false, false, true])).toEqual({ received: 1, returned: 1 });
    expect(count(w, ['2024-10-01', '2024-10-10', '2024-10-02'])).toBe('after');
  });

  it('within a period: a dossier received before it and still open at its start is carried over; one resolved before it is not counted', () => {
    const w = windowOf('2024-12-31', { from: '2024-07-01', to: '2024-09-30' });
    expect(count(w, ['2024-06-20', '2024-07-05', '2024-07-03', true])).toEqual({ received: 1, carriedOver: 1, resolved: 1, resolvedOnTime: 1 });
    expect(count(w, ['2024-06-20', '2024-06-25', '2024-06-24'])).toBe('before');
    expect(count(w, ['2024-09-29', '2024-10-05', '2024-10-01'])).toEqual({ received: 1, pending: 1 });
    expect(count(w, ['2024-10-01', '', ''])).toBe('after');
  });

  it('counts as of the period end when asOf is later, as of asOf when the period is not over', () => {
    expect(windowOf('2025-01-10', { from: '2024-07-01', to: '2024-09-30' })).toEqual({ from: 20240701, to: 20240930 });
    expect(windowOf('2024-08-15', { from: '2024-07-01', to: '2024-09-30' })).toEqual({ from: 20240701, to: 20240815 });
    expect(windowOf('2024-08-15', null)).toEqual({ from: 0, to: 20240815 });
  });
});

function stats(unit: string, level: Level, received: number, resolved: number, onTime: number, file = 'a.xlsx'): DossierStats {
  return { ...zeroCounts(), unit, level, received, resolved, resolvedOnTime: onTime, resolvedLate: resolved - onTime, pending: received - resolved, online: Math.floor(received / 2), source: { file, row: 1 } };
}

describe('the dossiers section (SPEC §4.1)', () => {
  it('sums by level (province, district, commune) and by unit, sorted, with rates', () => {
    const { section, issues } = summarizeDossiers(
      [stats('UBND xã Ân Hòa', 'commune', 10, 8, 8), stats('Sở Y tế', 'province', 100, 90, 85), stats('UBND huyện Bến Cầu', 'district', 40, 40, 39), stats('Sở Nội vụ', 'province', 20, 10, 10)],
      '2024-09-30',
      null,
    );
    expect(issues).toEqual([]);
    expect(section).toMatchObject({ asOf: '2024-09-30', received: 170, resolved: 148, resolvedOnTime: 142, pending: 22, online: 85, period: null });
    expect(section.onTimeRate).toBeCloseTo(142 / 148);
    expect(section.onlineRate).toBeCloseTo(85 / 170);
    expect(section.byLevel.map((l) => [l.level, l.received])).toEqual([['province', 120], ['district', 40], ['commune', 10]]);
    expect(section.byUnit.map((u) => u.unit)).toEqual(['Sở Nội vụ', 'Sở Y tế', 'UBND huyện Bến Cầu', 'UBND xã Ân Hòa']);
  });

  it('gives null rates when nothing was received or resolved, and the period the forms state when they agree', () => {
    const s = { ...stats('Sở Y tế', 'province', 0, 0, 0), period: { from: '2024-01-01', to: '2024-06-30' } };
    const { section } = summarizeDossiers([s, { ...s, unit: 'Sở Nội vụ' }], '2024-06-30', null);
    expect(section.onlineRate).toBeNull();
    expect(section.onTimeRate).toBeNull();
    expect(section.period).toEqual({ from: '2024-01-01', to: '2024-06-30', label: null });
    expect(summarizeDossiers([s, { ...s, period: { from: '2024-01-01', to: '2024-09-30' } }], '2024-09-30', null).section.period).toBeNull();
  });

  it('adds up one unit met in two files, and warns that it did', () => {
    const { section, issues } = summarizeDossiers([stats('Sở Y tế', 'province', 10, 5, 5, 'a.xlsx'), stats('Sở Y tế', 'province', 10, 5, 5, 'b.xlsx')], '2024-09-30', null);
    expect(section.byUnit).toHaveLength(1);
    expect(section.byUnit[0]!.received).toBe(20);
    expect(issues.map((i) => `${i.code} ${i.file}`)).toEqual(['duplicate-unit b.xlsx']);
  });

  it('names an added level by the config\'s label when it warns of a unit met twice', () => {
    const centre = 'Trung tâm Phục vụ hành chính công tỉnh';
    const twice = [{ ...stats(centre, 'province', 10, 5, 5, 'a.xlsx'), level: 'centre' }, { ...stats(centre, 'province', 10, 5, 5, 'b.xlsx'), level: 'centre' }];
    const { issues } = summarizeDossiers(twice, '2024-09-30', null, [{ id: 'centre', vi: 'Trung tâm Phục vụ HCC', en: 'Public-service centre' }]);
    expect(issues.map((i) => i.message)).toEqual([`hồ sơ của "${centre}" (Trung tâm Phục vụ HCC) cũng có trong a.xlsx; cả hai được cộng lại`]);
    expect(inLanguage(issues[0]!, 'en').message).toMatch(/\(Public-service centre\)/);
  });
});

describe('the feedback section', () => {
  const item = (sector: string, receivedOn: string | undefined, resolved: 0 | 1): FeedbackStats => ({ sector, total: 1, resolved, ...(receivedOn ? { receivedOn } : {}), source: { file: 'pakn.csv', row: 2 } });

  it('counts dated items within the period and up to asOf, and says how many were left out', () => {
    const items = [item('Đất đai', '2024-06-30', 1), item('Đất đai', '2024-07-01', 1), item('Xây dựng', '2024-09-30', 0), item('đất  đai', '2024-10-01', 1), item('Y tế', undefined, 1)];
    const p = { from: '2024-07-01', to: '2024-09-30', label: '2024-Q3' };
    const { section, issues } = summarizeFeedback(items, '2024-12-31', p);
    expect(section).toMatchObject({ asOf: '2024-09-30', total: 3, resolved: 2, period: p });
    expect(section.bySector).toEqual([{ sector: 'Đất đai', total: 1, resolved: 1, resolvedRate: 1 }, { sector: 'Xây dựng', total: 1, resolved: 0, resolvedRate: 0 }, { sector: 'Y tế', total: 1, resolved: 1, resolvedRate: 1 }]);
    // The rates and the sectors the brief names are the summary's, not the renderer's.
    expect(section.resolvedRate).toBeCloseTo(2 / 3);
    expect(section.topSectors).toEqual([0, 1, 2]);
    expect(issues.map((i) => [i.code, i.params])).toEqual([['outside-period', { records: 'feedback', count: 2, from: '2024-07-01', to: '2024-09-30' }]]);
  });

  it('sorts sectors by their count, then by name', () => {
    const counts = (sector: string, total: number): FeedbackStats => ({ sector, total, resolved: 0, source: { file: 'f.csv', row: 1 } });
    expect(summarizeFeedback([counts('Y tế', 2), counts('Đất đai', 5), counts('Tư pháp', 2)], '2024-09-30', null).section.bySector.map((s) => s.sector)).toEqual(['Đất đai', 'Tư pháp', 'Y tế']);
  });
});
