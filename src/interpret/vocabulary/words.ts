/** Other words the interpreter recognises in sheets: title rows, totals, periods, targets, yes/no. */
import type { Comparison } from '../../model/records.js';

/** Phrases in title rows followed by the table's as-of date (`hết`, `ngày` may come between). */
export const asOfPhrases = [
  'tính đến ngày', 'tính đến', 'tính tới ngày', 'tính tới', 'đến ngày', 'tới ngày', 'đến hết ngày', 'đến thời điểm',
  'cập nhật đến ngày', 'cập nhật ngày', 'số liệu ngày', 'đến', 'as of', 'as at', 'as on',
];

/** The word before the date at the end of a tracker export's title: `Danh mục nhiệm vụ (Ngày 25/10/2024)` (idx:27212452883). */
export const exportDateWord = 'Ngày';

/** Cell texts that make a row a total row (SPEC §4.4). */
export const totalRowWords = ['Tổng cộng', 'Cộng', 'Tổng', 'Tổng số', 'Toàn tỉnh', 'Total', 'Grand total'];
/** Words after `Cộng` / `Tổng cộng` that make the row a group's subtotal: `Cộng cấp xã`, `Cộng khối huyện`, `Cộng mục II`. */
export const subtotalGroupWords = ['cấp', 'khối', 'nhóm', 'mục', 'phần', 'các'];
/** Total rows that sum the whole table; the others (`Cộng`, `Cộng cấp xã`) sum their group. */
export const grandTotalWords = ['Tổng cộng', 'Tổng số', 'Tổng', 'Toàn tỉnh', 'Total', 'Grand total'];

/** Texts that start a signature footer; the rows from there on are not data. */
export const footerPhrases = [
  'người lập biểu', 'người lập', 'người báo cáo', 'người tổng hợp', 'nơi nhận', 'giám đốc', 'kt giám đốc',
  'phó giám đốc', 'thủ trưởng đơn vị', 'thủ trưởng', 'chủ tịch', 'kt chủ tịch', 'trưởng phòng', 'chánh văn phòng',
  'ký tên', 'ký, ghi rõ họ tên', 'xác nhận của', 'tm', 'kt', 'tl', 'ttl', 'q giám đốc', 'q chủ tịch', 'phó chủ tịch',
  'lưu vt', 'người lập bảng', 'cán bộ tổng hợp',
];

/** Deadlines that recur and are never overdue. */
export const recurringDeadlineWords = ['Thường xuyên', 'Hằng năm', 'Hàng năm', 'Liên tục', 'Định kỳ', 'Hằng tháng', 'Hàng tháng', 'Hằng quý', 'Hàng quý', 'Ongoing'];

/** Period words (folded forms are matched by the period parser). */
export const periodWords = {
  quarter: ['quý', 'quy', 'q'],
  month: ['tháng', 'thang'],
  year: ['năm', 'nam'],
  firstHalf: ['6 tháng đầu năm', 'sáu tháng đầu năm'],
  secondHalf: ['6 tháng cuối năm', 'sáu tháng cuối năm'],
  nineMonths: ['9 tháng đầu năm', 'chín tháng đầu năm'],
  before: ['trước ngày', 'trước', 'chậm nhất', 'chậm nhất ngày', 'hạn chót', 'by', 'before'],
  /** Words before a period that still mean its end: `Trong năm 2024`, `Cuối quý III/2024`, `Giai đoạn 2024-2025`. */
  within: ['trong', 'cuối', 'đến hết', 'hết', 'giai đoạn', 'trong giai đoạn'],
};

/** Words before a target value and the comparison they mean. Longest match wins. */
export const targetComparisons: Readonly<Record<string, Comparison>> = {
  '≥': '>=',
  '>=': '>=',
  '=>': '>=',
  '>': '>',
  '≤': '<=',
  '<=': '<=',
  '=<': '<=',
  '<': '<',
  '=': '=',
  'Tối thiểu': '>=',
  'Ít nhất': '>=',
  'Không thấp hơn': '>=',
  'Không dưới': '>=',
  'Đạt': '>=',
  'Đạt tối thiểu': '>=',
  'Từ': '>=',
  'Trên': '>',
  'Hơn': '>',
  'Tối đa': '<=',
  'Không quá': '<=',
  'Không vượt quá': '<=',
  'Dưới': '<',
  'At least': '>=',
  'Min': '>=',
  'Max': '<=',
  'At most': '<=',
  'Above': '>',
  'Below': '<',
};

/** Direction column values. */
export const directionWords: Readonly<Record<string, Comparison>> = {
  '>=': '>=', '≥': '>=', '>': '>', '<=': '<=', '≤': '<=', '<': '<', '=': '=',
  'Cao hơn là tốt': '>=', 'Thấp hơn là tốt': '<=', 'Càng cao càng tốt': '>=', 'Càng thấp càng tốt': '<=',
  'Tăng': '>=', 'Giảm': '<=', 'Bằng': '=',
  'Higher is better': '>=', 'Lower is better': '<=',
};

/** Yes/no targets and actuals (SPEC §2.3). */
export const yesWords = ['Hoàn thành', 'Đã hoàn thành', 'Có', 'Đạt', 'Yes', 'Done', 'x', 'Đã có', 'Đã triển khai'];
export const noWords = ['Chưa hoàn thành', 'Không', 'Chưa', 'Chưa có', 'Không đạt', 'Chưa đạt', 'No', 'Chưa triển khai', 'Đang thực hiện', 'Đang triển khai', 'Chưa thực hiện'];

/** Words before a result's figure that only say it is one (`Đạt 85%`, `Ước đạt 38,9%`). */
export const resultLeadWords: readonly string[] = ['Đạt', 'Đã đạt', 'Đạt được', 'Ước đạt', 'Ước', 'Ước thực hiện', 'Thực hiện', 'Kết quả'];

/**
 * A target or result written as a change (`Giảm 10%` of late dossiers, `Tăng 15%` of online
 * payments): the word's sign. A result changing the way its target does counts up, the other
 * way down (`Tăng 2%` against `Giảm 10%` is −2%).
 */
export const changeWords: Readonly<Record<string, 1 | -1>> = { 'Tăng': 1, 'Tăng thêm': 1, 'Giảm': -1, 'Giảm thêm': -1, 'Increase': 1, 'Decrease': -1 };

/** Indicator names that start so are a part of a whole: as a percent, never above 100%. */
export const shareWords = ['Tỷ lệ', 'Tỉ lệ', 'Tỷ trọng', 'Tỉ trọng'];
/** …unless they measure a change, which can exceed 100%. */
export const growthWords = ['tăng', 'tăng trưởng', 'giảm', 'so với', 'so cùng kỳ'];

/** Units of measure that mean percent. */
export const percentUnits = ['%', 'Tỷ lệ', 'Tỷ lệ %', 'Tỉ lệ', 'phần trăm', 'percent'];

/** Words before a section's numeral: `Phần II: CẢI CÁCH THỂ CHẾ`, `Mục III – …`. */
export const sectionPartWords = ['Phần', 'Mục'];

/** The area of the tasks and indicators that stand under no section, when others do (SPEC §2.1). */
export const unclassifiedArea = 'Chưa phân loại';

/** Acronyms kept upper-case when an all-caps section title is turned into sentence case. */
export const keptAcronyms = ['CCHC', 'TTHC', 'CĐS', 'UBND', 'HĐND', 'QPPL', 'CNTT', 'PAR', 'SIPAS', 'DVC', 'DVCTT', 'CSDL', 'VNeID', 'PCI', 'DTI', 'ISO', 'KT-XH', 'NQ', 'QĐ', 'TW'];
