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

/** What a cell of these kinds accepts is the same in every form, and so is its prompt. */
const kindPrompts: Partial<Record<IntakeColumnKind, string>> = {
  deadline: 'Ngày (25/10/2024), hoặc kỳ: Quý IV/2024, Tháng 10/2024, Năm 2024, Thường xuyên.',
  status: 'Chọn trong danh sách. Để trống nếu chưa có kết quả.',
  level: 'Chọn: Cấp tỉnh, Cấp huyện hoặc Cấp xã.',
};

/** The task form's headers that `init --plan` writes in and locks, by field. */
export const taskFormHeaders = { stt: 'STT', id: 'Mã nhiệm vụ', title: 'Nội dung nhiệm vụ', area: 'Lĩnh vực', lead: 'Đơn vị chủ trì', deadline: 'Thời hạn hoàn thành' } as const;

export const intakeForms: IntakeForm[] = [
  form('tasks', 'mau-nhiem-vu.xlsx', 'Nhiệm vụ', 'BIỂU BÁO CÁO KẾT QUẢ THỰC HIỆN NHIỆM VỤ',
    [
      column(taskFormHeaders.id, 'text', 12, 'Mã nhiệm vụ theo kế hoạch (nếu có), ví dụ I.1.'),
      column(taskFormHeaders.title, 'text', 55),
      column(taskFormHeaders.area, 'text', 28),
      column(taskFormHeaders.lead, 'text', 26, 'Tên đầy đủ của đơn vị chủ trì, ví dụ: Sở Nội vụ.'),
      column(taskFormHeaders.deadline, 'deadline', 16),
      column('Tình trạng', 'status', 22),
      column('Ngày hoàn thành', 'date', 14, 'Ngày hoàn thành thực tế, dạng ngày/tháng/năm, ví dụ 25/10/2024.'),
      column('Sản phẩm', 'text', 30, 'Văn bản, tài liệu kiểm chứng (số, ký hiệu, ngày).'),
      column('Ghi chú', 'text', 30),
    ],
    [
      'Mỗi nhiệm vụ ghi trên một dòng. Cột "Tình trạng": chọn trong danh sách; để trống nếu chưa có kết quả (được tính là "chưa báo cáo").',
      'Cột "Thời hạn hoàn thành": ghi ngày (25/10/2024) hoặc kỳ (Quý IV/2024, Tháng 10/2024, 6 tháng đầu năm 2024, Năm 2024), hoặc "Thường xuyên".',
      'Nhiệm vụ hoàn thành sau thời hạn: chọn "Hoàn thành quá hạn" hoặc ghi ngày hoàn thành thực tế.',
    ],
  ),
  form('indicators', 'mau-chi-tieu.xlsx', 'Chỉ tiêu', 'BIỂU BÁO CÁO KẾT QUẢ THỰC HIỆN CHỈ TIÊU',
    [
      column('Mã chỉ tiêu', 'text', 12),
      column('Tên chỉ tiêu', 'text', 55),
      column('Trụ cột', 'text', 18, 'Chính quyền số, Kinh tế số hoặc Xã hội số.'),
      column('Đơn vị tính', 'text', 10, 'Ví dụ: %, hồ sơ, người.'),
      column('Chỉ tiêu kế hoạch', 'text', 16, 'Ví dụ: ≥ 80%, Tối thiểu 30%, ≤ 5%, 1.200, Hoàn thành.'),
      column('Kết quả thực hiện', 'text', 16, 'Ví dụ: 86,2% hoặc 1.485 hoặc Hoàn thành. Để trống nếu chưa có số liệu.'),
      column('Đơn vị chủ trì', 'text', 26),
      column('Ghi chú', 'text', 30),
    ],
    [
      'Mỗi chỉ tiêu ghi trên một dòng. Cột "Chỉ tiêu kế hoạch" ghi cả dấu so sánh: "≥ 80%", "Tối thiểu 30%", "≤ 5%", "Trên 50%"; chỉ tiêu có/không ghi "Hoàn thành".',
      'Cột "Kết quả thực hiện": số liệu thực tế (86,2%); để trống nếu chưa có số liệu.',
    ],
  ),
  form('dossiers', 'mau-ho-so-tthc.xlsx', 'Hồ sơ TTHC', 'BIỂU TỔNG HỢP TÌNH HÌNH GIẢI QUYẾT HỒ SƠ THỦ TỤC HÀNH CHÍNH',
    [
      column('Tên đơn vị', 'text', 34),
      column('Cấp', 'level', 12),
      column('Số hồ sơ tiếp nhận', 'count', 14, 'Tổng số hồ sơ nhận giải quyết trong kỳ (kể cả kỳ trước chuyển sang).'),
      column('Trực tuyến', 'count', 12, 'Trong số hồ sơ tiếp nhận: số hồ sơ nộp trực tuyến.'),
      column('Đã giải quyết', 'count', 13),
      column('Trước và đúng hạn', 'count', 13),
      column('Quá hạn', 'count', 11),
      column('Đang giải quyết', 'count', 13),
      column('Thanh toán trực tuyến', 'count', 13),
    ],
    [
      'Mỗi đơn vị ghi trên một dòng, số liệu là số hồ sơ (số nguyên, không âm).',
      'Số liệu phải khớp: Đã giải quyết = Trước và đúng hạn + Quá hạn; Số hồ sơ tiếp nhận = Đã giải quyết + Đang giải quyết.',
    ],
  ),
  form('feedback', 'mau-phan-anh-kien-nghi.xlsx', 'Phản ánh kiến nghị', 'BIỂU TỔNG HỢP TIẾP NHẬN, XỬ LÝ PHẢN ÁNH, KIẾN NGHỊ',
    [column('Lĩnh vực', 'text', 40), column('Số phản ánh kiến nghị', 'count', 16, 'Số phản ánh, kiến nghị tiếp nhận trong kỳ.'), column('Đã xử lý', 'count', 12)],
    ['Mỗi lĩnh vực ghi trên một dòng, số liệu là số phản ánh, kiến nghị (số nguyên, không âm).'],
  ),
];

/** Every form opens with the row number column (STT) of any Vietnamese administrative table. */
function form(kind: DataKind, file: string, sheet: string, title: string, columns: IntakeColumn[], instructions: string[]): IntakeForm {
  return { kind, file, sheet, title, columns: [column(taskFormHeaders.stt, 'text', 6), ...columns], instructions };
}

function column(header: string, kind: IntakeColumnKind, width: number, prompt = kindPrompts[kind]): IntakeColumn {
  return prompt ? { header, kind, width, prompt } : { header, kind, width };
}

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
