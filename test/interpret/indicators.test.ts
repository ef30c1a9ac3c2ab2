import { describe, expect, it } from 'vitest';
import { interpretRows } from './raw.js';

const header = ['STT', 'Chỉ tiêu', 'ĐVT', 'Kế hoạch', 'Thực hiện'];

describe('indicator rows', () => {
  it('refuses a share above 100%, but not a growth rate', () => {
    const r = interpretRows([header, [1, 'Tỷ lệ hồ sơ được số hóa', '%', '≥ 80%', '105%'], [2, 'Tỷ lệ tăng trưởng giao dịch so với năm 2023', '%', '≥ 100%', '135%'], [3, 'Tỷ trọng kinh tế số', '%', '≥ 10%', '-2%']]);
    expect(r.issues.map((i) => [`${i.code} ${i.column}${i.row}`, i.params])).toEqual([
      ['bad-percent E2', { field: 'actual', percent: 105, title: 'Tỷ lệ hồ sơ được số hóa' }],
      ['bad-percent E4', { field: 'actual', percent: -2, title: 'Tỷ trọng kinh tế số' }],
    ]);
    expect(r.records.indicators.map((i) => i.id)).toEqual(['2']);
  });

  it('reports a bad target and a bad result of the same row together', () => {
    const r = interpretRows([header, [1, 'Tỷ lệ người dân có tài khoản', '%', 'khoảng 80%', 'tám mươi phần trăm']]);
    expect(r.issues.map((i) => `${i.code} ${i.column}${i.row}`)).toEqual(['bad-target D2', 'bad-actual E2']);
  });

  it('reads Tăng / Giảm in a comparison column', () => {
    const r = interpretRows([[...header, 'So sánh'], [1, 'Tỷ lệ hồ sơ trễ hạn', '%', '5%', '3%', 'Giảm']]);
    expect(r.records.indicators[0]!.direction).toBe('<=');
  });

  it('under --lenient keeps an unreadable row as invalid', () => {
    const r = interpretRows([header, [1, 'Số doanh nghiệp dùng hóa đơn điện tử', 'doanh nghiệp', '', '1.250']], { lenient: true });
    expect(r.records.indicators).toMatchObject([{ invalid: true }]);
    expect(r.issues.map((i) => [i.severity, i.code])).toEqual([['error', 'missing-target']]);
  });
});

describe('targets and results written as a change, and results written as a status', () => {
  it('reads Giảm 10% / Tăng 15% as the size of the change, and a change the other way as negative', () => {
    const r = interpretRows([
      header,
      [1, 'Giảm tỷ lệ hồ sơ trễ hạn so với năm 2023', '%', 'Giảm 10%', 'Giảm 12%'],
      [2, 'Tăng tỷ lệ thanh toán trực tuyến so với năm 2023', '%', 'Tăng 15%', 'Tăng 12%'],
      [3, 'Giảm số hồ sơ trễ hạn', 'hồ sơ', 'Giảm 10%', 'Tăng 2%'],
    ]);
    expect(r.issues).toEqual([]);
    expect(r.records.indicators.map((i) => [i.target, i.actual, i.direction])).toEqual([
      [{ kind: 'number', value: 0.1, percent: true }, { kind: 'number', value: 0.12, percent: true }, '>='],
      [{ kind: 'number', value: 0.15, percent: true }, { kind: 'number', value: 0.12, percent: true }, '>='],
      [{ kind: 'number', value: 0.1, percent: true }, { kind: 'number', value: -0.02, percent: true }, '>='],
    ]);
  });

  it('reads a task status as the result of a yes/no target', () => {
    const r = interpretRows([header, [1, 'Xây dựng kho dữ liệu dùng chung', '', 'Hoàn thành', 'Đang thực hiện'], [2, 'Ban hành quy chế', '', 'Hoàn thành', 'Đã hoàn thành']]);
    expect(r.issues).toEqual([]);
    expect(r.records.indicators.map((i) => i.actual)).toEqual([{ kind: 'yesno', value: false }, { kind: 'yesno', value: true }]);
  });
});

describe('a result written with words around its figure', () => {
  it('takes the figure from "Đạt 85%", "Ước đạt 38,9%" and "38,9% (9 tháng)"', () => {
    const r = interpretRows([
      header,
      [1, 'Tỷ lệ dịch vụ công trực tuyến toàn trình', '%', '80%', 'Đạt 85%'],
      [2, 'Tỷ lệ hồ sơ nộp trực tuyến', '%', '50%', 'Ước đạt 38,9%'],
      [3, 'Tỷ lệ hồ sơ thanh toán trực tuyến', '%', '30%', '38,9% (9 tháng)'],
    ]);
    expect(r.issues).toEqual([]);
    expect(r.records.indicators.map((i) => i.actual)).toEqual([0.85, 0.389, 0.389].map((value) => ({ kind: 'number', value, percent: true })));
  });

  it('still refuses words that are not a figure', () => {
    const r = interpretRows([header, [1, 'Tỷ lệ hộ gia đình có cáp quang', '%', '≥ 85%', 'Đạt (đang tổng hợp)']]);
    expect(r.issues.map((i) => i.code)).toEqual(['bad-actual']);
  });
});
