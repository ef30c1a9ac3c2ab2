import { describe, expect, it } from 'vitest';
import { reportVi } from '../../src/i18n/report-vi.js';
import { reportEn } from '../../src/i18n/report-en.js';

describe('the data-check sentence of the Word report and the dashboard', () => {
  it('points to the workbook sheet only when there is something on it', () => {
    expect(reportVi.dataIssues('0', '0')).toBe('Kiểm tra dữ liệu đầu vào: không phát hiện lỗi hay cảnh báo.');
    expect(reportVi.dataIssues('0', '2')).toBe('Kiểm tra dữ liệu đầu vào: 0 lỗi, 2 cảnh báo (chi tiết tại trang tính "Kiểm tra dữ liệu" của bảng tính kèm theo).');
    expect(reportEn.dataIssues('0', '0')).toBe('Input checks: no errors or warnings.');
    expect(reportEn.dataIssues('1', '0')).toMatch(/^Input checks: 1 error, 0 warnings \(details on the "Data checks" sheet/);
  });
});
