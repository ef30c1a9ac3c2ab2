import { describe, expect, it } from 'vitest';
import { documentDate, documentHead, periodOpening, placeOf } from '../../src/render/document.js';
import { labels } from '../../src/i18n/index.js';
import { sampleSummary } from './sample.js';

describe('the head of an administrative document (Decree 30/2020)', () => {
  it('writes the date line with a leading zero for days below 10 and for January and February only', () => {
    const line = labels.vi.document.dateLine;
    expect(line('Tây Ninh', '2024-11-01')).toBe('Tây Ninh, ngày 01 tháng 11 năm 2024');
    expect(line('Tây Ninh', '2024-02-05')).toBe('Tây Ninh, ngày 05 tháng 02 năm 2024');
    expect(line('Tây Ninh', '2024-03-15')).toBe('Tây Ninh, ngày 15 tháng 3 năm 2024');
    expect(line(null, '2024-10-31')).toBe('Ngày 31 tháng 10 năm 2024');
    expect(labels.en.document.dateLine('Tây Ninh', '2024-11-01')).toBe('Tây Ninh, 1 November 2024');
  });

  it('takes the place from the config, else from the organisation it names', () => {
    const s = sampleSummary();
    expect(placeOf(s)).toBe('Tây Ninh');
    expect(placeOf({ ...s, organization: 'ỦY BAN NHÂN DÂN\nTỈNH BÀ RỊA - VŨNG TÀU' })).toBe('Bà Rịa - Vũng Tàu');
    expect(placeOf({ ...s, organization: 'UBND HUYỆN CHÂU THÀNH' })).toBe('Châu Thành');
    expect(placeOf({ ...s, organization: 'BAN CHỈ ĐẠO' })).toBeNull();
    expect(placeOf({ ...s, place: 'TP. Tây Ninh' })).toBe('TP. Tây Ninh');
  });

  it('is dated by the report date, and says each section\'s as-of when they differ', () => {
    const s = sampleSummary();
    expect(documentDate(s)).toBe('2024-10-25');
    expect(documentHead(s, 'vi').asOfLine).toBe('Nhiệm vụ tính đến ngày 25/10/2024; chỉ tiêu tính đến ngày 31/10/2024; hồ sơ TTHC tính đến ngày 30/09/2024; phản ánh, kiến nghị tính đến ngày 30/09/2024');
    const one = { ...s, indicators: null, dossiers: null, feedback: null };
    expect(documentHead(one, 'vi').asOfLine).toBe('Số liệu tính đến ngày 25/10/2024');
  });
});

describe('the reporting period in a sentence', () => {
  const open = (from: string, to: string, lang: 'vi' | 'en' = 'vi') => periodOpening({ from, to, label: '' }, to, lang);
  it('names calendar periods', () => {
    expect(open('2024-01-01', '2024-09-30')).toBe('Trong 9 tháng đầu năm 2024');
    expect(open('2024-01-01', '2024-06-30')).toBe('Trong 6 tháng đầu năm 2024');
    expect(open('2024-01-01', '2024-12-31')).toBe('Trong năm 2024');
    expect(open('2024-07-01', '2024-09-30')).toBe('Trong quý III năm 2024');
    expect(open('2024-01-01', '2024-03-31')).toBe('Trong quý I năm 2024');
    expect(open('2024-10-01', '2024-10-31')).toBe('Trong tháng 10 năm 2024');
    expect(open('2024-01-01', '2024-09-30', 'en')).toBe('In the first 9 months of 2024');
  });
  it('names the periods cut on the 15th (Decree 09/2019) like the calendar ones they stand for', () => {
    expect(open('2023-12-15', '2024-09-14')).toBe('Trong 9 tháng đầu năm 2024');
    expect(open('2023-12-15', '2024-12-14')).toBe('Trong năm 2024');
    expect(open('2024-06-15', '2024-09-14')).toBe('Trong quý III năm 2024');
    expect(open('2024-09-15', '2024-10-14')).toBe('Trong tháng 10 năm 2024');
  });
  it('gives other spans as dates, and the as-of without a period', () => {
    expect(open('2024-01-05', '2024-09-30')).toBe('Từ ngày 05/01/2024 đến ngày 30/09/2024');
    expect(periodOpening(null, '2024-09-30', 'vi')).toBe('Tính đến ngày 30/09/2024');
  });
});
