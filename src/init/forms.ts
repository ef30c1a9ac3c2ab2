/**
 * The intake forms `init` writes for departments (SPEC §5.1): one per data kind, with headers
 * the interpreter recognises (test/init checks that a filled form reads back with no warning),
 * dropdowns of the accepted words, and instructions in Vietnamese. Departments fill them the
 * way they fill any Excel file; the secretariat drops them into the inputs folder.
 */
import type { DataKind } from '../model/records.js';

export type IntakeColumnKind = 'text' | 'date' | 'deadline' | 'status' | 'level' | 'count';

export interface IntakeColumn {
  header: string;
  kind: IntakeColumnKind;
  width: number;
  /** Shown when the cell is selected (Excel's input message, at most 255 characters). */
  prompt?: string;
}

export interface IntakeForm {
  kind: DataKind;
  file: string;
  sheet: string;
  title: string;
  columns: IntakeColumn[];
  /** The instructions sheet's lines, after the common ones. */
  instructions: string[];
}

/** The dropdown of task statuses: words the vocabulary reads (a blank cell is "not reported"). */
export const taskStatusChoices = ['Hoàn thành', 'Hoàn thành quá hạn', 'Đang thực hiện', 'Chưa thực hiện', 'Tạm hoãn', 'Dừng thực hiện'];
export const levelChoices = ['Cấp tỉnh', 'Cấp huyện', 'Cấp xã'];

export const intakeForms: IntakeForm[] = [
  {
    kind: 'tasks',
    file: 'mau-nhiem-vu.xlsx',
    sheet: 'Nhiệm vụ',
    title: 'BIỂU BÁO CÁO KẾT QUẢ THỰC HIỆN NHIỆM VỤ',
    columns: [
      { header: 'STT', kind: 'text', width: 6 },
      { header: 'Mã nhiệm vụ', kind: 'text', width: 12, prompt: 'Mã nhiệm vụ theo kế hoạch (nếu có), ví dụ I.1.' },
      { header: 'Nội dung nhiệm vụ', kind: 'text', width: 55 },
      { header: 'Lĩnh vực', kind: 'text', width: 28 },
      { header: 'Đơn vị chủ trì', kind: 'text', width: 26, prompt: 'Tên đầy đủ của đơn vị chủ trì, ví dụ: Sở Nội vụ.' },
      { header: 'Thời hạn hoàn thành', kind: 'deadline', width: 16, prompt: 'Ngày (25/10/2024), hoặc kỳ: Quý IV/2024, Tháng 10/2024, Năm 2024, Thường xuyên.' },
      { header: 'Tình trạng', kind: 'status', width: 22, prompt: 'Chọn trong danh sách. Để trống nếu chưa có kết quả.' },
      { header: 'Ngày hoàn thành', kind: 'date', width: 14, prompt: 'Ngày hoàn thành thực tế, dạng ngày/tháng/năm, ví dụ 25/10/2024.' },
      { header: 'Sản phẩm', kind: 'text', width: 30, prompt: 'Văn bản, tài liệu kiểm chứng (số, ký hiệu, ngày).' },
      { header: 'Ghi chú', kind: 'text', width: 30 },
    ],
    instructions: [
      'Mỗi nhiệm vụ ghi trên một dòng. Cột "Tình trạng": chọn trong danh sách; để trống nếu chưa có kết quả (được tính là "chưa báo cáo").',
      'Cột "Thời hạn hoàn thành": ghi ngày (25/10/2024) hoặc kỳ (Quý IV/2024, Tháng 10/2024, 6 tháng đầu năm 2024, Năm 2024), hoặc "Thường xuyên".',
      'Nhiệm vụ hoàn thành sau thời hạn: chọn "Hoàn thành quá hạn" hoặc ghi ngày hoàn thành thực tế.',
    ],
  },
  {
    kind: 'indicators',
    file: 'mau-chi-tieu.xlsx',
    sheet: 'Chỉ tiêu',
    title: 'BIỂU BÁO CÁO KẾT QUẢ THỰC HIỆN CHỈ TIÊU',
    columns: [
      { header: 'STT', kind: 'text', width: 6 },
      { header: 'Mã chỉ tiêu', kind: 'text', width: 12 },
      { header: 'Tên chỉ tiêu', kind: 'text', width: 55 },
      { header: 'Trụ cột', kind: 'text', width: 18, prompt: 'Chính quyền số, Kinh tế số hoặc Xã hội số.' },
      { header: 'Đơn vị tính', kind: 'text', width: 10, prompt: 'Ví dụ: %, hồ sơ, người.' },
      { header: 'Chỉ tiêu kế hoạch', kind: 'text', width: 16, prompt: 'Ví dụ: ≥ 80%, Tối thiểu 30%, ≤ 5%, 1.200, Hoàn thành.' },
      { header: 'Kết quả thực hiện', kind: 'text', width: 16, prompt: 'Ví dụ: 86,2% hoặc 1.485 hoặc Hoàn thành. Để trống nếu chưa có số liệu.' },
      { header: 'Đơn vị chủ trì', kind: 'text', width: 26 },
      { header: 'Ghi chú', kind: 'text', width: 30 },
    ],
    instructions: [
      'Mỗi chỉ tiêu ghi trên một dòng. Cột "Chỉ tiêu kế hoạch" ghi cả dấu so sánh: "≥ 80%", "Tối thiểu 30%", "≤ 5%", "Trên 50%"; chỉ tiêu có/không ghi "Hoàn thành".',
      'Cột "Kết quả thực hiện": số liệu thực tế (86,2%); để trống nếu chưa có số liệu.',
    ],
  },
  {
    kind: 'dossiers',
    file: 'mau-ho-so-tthc.xlsx',
    sheet: 'Hồ sơ TTHC',
    title: 'BIỂU TỔNG HỢP TÌNH HÌNH GIẢI QUYẾT HỒ SƠ THỦ TỤC HÀNH CHÍNH',
    columns: [
      { header: 'STT', kind: 'text', width: 6 },
      { header: 'Tên đơn vị', kind: 'text', width: 34 },
      { header: 'Cấp', kind: 'level', width: 12, prompt: 'Chọn: Cấp tỉnh, Cấp huyện hoặc Cấp xã.' },
      { header: 'Số hồ sơ tiếp nhận', kind: 'count', width: 14, prompt: 'Tổng số hồ sơ nhận giải quyết trong kỳ (kể cả kỳ trước chuyển sang).' },
      { header: 'Trực tuyến', kind: 'count', width: 12, prompt: 'Trong số hồ sơ tiếp nhận: số hồ sơ nộp trực tuyến.' },
      { header: 'Đã giải quyết', kind: 'count', width: 13 },
      { header: 'Trước và đúng hạn', kind: 'count', width: 13 },
      { header: 'Quá hạn', kind: 'count', width: 11 },
      { header: 'Đang giải quyết', kind: 'count', width: 13 },
      { header: 'Thanh toán trực tuyến', kind: 'count', width: 13 },
    ],
    instructions: [
      'Mỗi đơn vị ghi trên một dòng, số liệu là số hồ sơ (số nguyên, không âm).',
      'Số liệu phải khớp: Đã giải quyết = Trước và đúng hạn + Quá hạn; Số hồ sơ tiếp nhận = Đã giải quyết + Đang giải quyết.',
    ],
  },
  {
    kind: 'feedback',
    file: 'mau-phan-anh-kien-nghi.xlsx',
    sheet: 'Phản ánh kiến nghị',
    title: 'BIỂU TỔNG HỢP TIẾP NHẬN, XỬ LÝ PHẢN ÁNH, KIẾN NGHỊ',
    columns: [
      { header: 'STT', kind: 'text', width: 6 },
      { header: 'Lĩnh vực', kind: 'text', width: 40 },
      { header: 'Số phản ánh kiến nghị', kind: 'count', width: 16, prompt: 'Số phản ánh, kiến nghị tiếp nhận trong kỳ.' },
      { header: 'Đã xử lý', kind: 'count', width: 12 },
    ],
    instructions: ['Mỗi lĩnh vực ghi trên một dòng, số liệu là số phản ánh, kiến nghị (số nguyên, không âm).'],
  },
];

/** The instructions every form starts with. */
export function commonInstructions(form: IntakeForm): string[] {
  return [
    `Nhập số liệu trên trang "${form.sheet}", bắt đầu từ dòng 2. Không đổi tên, không xóa và không chèn thêm cột tiêu đề ở dòng 1.`,
    'Ô có danh sách chọn (mũi tên bên phải ô): chọn một giá trị trong danh sách, không gõ khác đi.',
    'Ngày ghi theo dạng ngày/tháng/năm, ví dụ 25/10/2024.',
  ];
}

export const closingInstructions = [
  'Lưu tệp dạng Excel Workbook (.xlsx) và gửi lại cho tổ giúp việc. Không lưu dạng .xls hoặc CSV.',
  'Tệp được đọc tự động: mọi ô không đọc được sẽ được báo lại kèm vị trí (tên tệp, trang, ô) để đơn vị sửa.',
];
