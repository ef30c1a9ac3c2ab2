/**
 * Header aliases per data kind (SPEC §2.2–§2.5). Matching folds both sides (see fold.ts), so
 * write each alias once, the way it appears on real forms. In a header, a 4-digit year is read
 * as the word `năm` (so `Chỉ tiêu năm 2024` matches `Chỉ tiêu năm`), and text in parentheses
 * may be dropped (`Tiến độ (%)` also matches `Tiến độ`).
 */
import type { DataKind } from '../../model/records.js';
import { dossierFieldDefs } from './dossier-headers.js';
import { feedbackFieldDefs } from './feedback-headers.js';

export interface FieldDef {
  field: string;
  required: boolean;
  aliases: readonly string[];
  /** A kind needs at least one field of each anyOf group (a dossier form: any count column). */
  anyOf?: string;
  /**
   * Columns headed by a status (`Đã hoàn thành | Đang thực hiện | Chưa thực hiện`), one ticked
   * per row, fit this field too, more weakly than its names (interpret/tasks.ts reads the ticks).
   */
  statusTicks?: true;
}

const leadAliases = [
  'Đơn vị chủ trì', 'Cơ quan chủ trì', 'Đơn vị thực hiện', 'Đơn vị đầu mối', 'Cơ quan thực hiện',
  'Cơ quan, đơn vị chủ trì', 'Đơn vị chủ trì thực hiện', 'Cơ quan chủ trì thực hiện', 'Chủ trì',
  'Đơn vị chủ trì, thực hiện', 'Cơ quan đơn vị thực hiện', 'Đơn vị phụ trách', 'Lead', 'Department', 'Owner',
];
const deadlineAliases = [
  'Thời hạn', 'Thời gian hoàn thành', 'Hạn hoàn thành', 'Thời hạn hoàn thành', 'Thời gian thực hiện',
  'Hạn xử lý', 'Tiến độ hoàn thành', 'Thời hạn thực hiện', 'Deadline', 'Due', 'Due date',
];
const noteAliases = ['Ghi chú', 'Giải trình', 'Note', 'Notes', 'Remarks'];
const sttAliases = ['STT', 'TT', 'Số TT', 'Số thứ tự', 'No', 'No.', '#'];

export const fieldDefs: Record<DataKind, readonly FieldDef[]> = {
  tasks: [
    { field: 'id', required: false, aliases: ['Mã', 'Mã nhiệm vụ', 'Mã NV', 'Mã số', 'ID', 'Code'] },
    { field: 'stt', required: false, aliases: sttAliases },
    {
      field: 'title',
      required: true,
      aliases: [
        'Nhiệm vụ', 'Nội dung', 'Nội dung nhiệm vụ', 'Tên nhiệm vụ', 'Nội dung công việc', 'Công việc',
        'Nhiệm vụ, giải pháp', 'Nội dung thực hiện', 'Task', 'Title',
      ],
    },
    { field: 'area', required: false, aliases: ['Lĩnh vực', 'Nhóm nhiệm vụ', 'Nội dung CCHC', 'Area', 'Group'] },
    { field: 'lead', required: true, aliases: leadAliases },
    { field: 'deadline', required: false, aliases: deadlineAliases },
    {
      field: 'status',
      required: true,
      statusTicks: true,
      aliases: [
        'Tình trạng', 'Trạng thái', 'Kết quả thực hiện', 'Tình hình thực hiện', 'Tình trạng thực hiện',
        'Kết quả', 'Đánh giá', 'Đánh giá kết quả', 'Kết quả đánh giá', 'Mức độ hoàn thành', 'Status',
      ],
    },
    {
      field: 'completedOn',
      required: false,
      aliases: ['Ngày hoàn thành', 'Ngày hoàn thành thực tế', 'Thời gian hoàn thành thực tế', 'Completed on', 'Completed'],
    },
    {
      field: 'progress',
      required: false,
      aliases: ['Tiến độ', 'Tiến độ (%)', 'Tỷ lệ hoàn thành', 'Tỉ lệ hoàn thành', '% hoàn thành', 'Progress'],
    },
    {
      field: 'evidence',
      required: false,
      aliases: ['Tài liệu kiểm chứng', 'Sản phẩm', 'Sản phẩm đầu ra', 'Kết quả đầu ra', 'Hồ sơ minh chứng', 'Văn bản', 'Evidence'],
    },
    { field: 'note', required: false, aliases: noteAliases },
  ],
  indicators: [
    { field: 'id', required: false, aliases: ['Mã', 'Mã chỉ tiêu', 'ID', 'Code'] },
    { field: 'stt', required: false, aliases: sttAliases },
    {
      field: 'title',
      required: true,
      aliases: ['Chỉ tiêu', 'Tên chỉ tiêu', 'Nội dung chỉ tiêu', 'Nội dung', 'Indicator'],
    },
    { field: 'area', required: false, aliases: ['Lĩnh vực', 'Trụ cột', 'Nhóm', 'Nhóm chỉ tiêu', 'Area', 'Pillar'] },
    { field: 'unit', required: false, aliases: ['Đơn vị tính', 'ĐVT', 'Unit'] },
    {
      field: 'target',
      required: true,
      aliases: [
        'Chỉ tiêu', 'Mục tiêu', 'Kế hoạch', 'Chỉ tiêu kế hoạch', 'Chỉ tiêu năm', 'Kế hoạch năm', 'Mục tiêu năm',
        'Chỉ tiêu giao', 'Chỉ tiêu được giao', 'KH', 'Target',
      ],
    },
    {
      field: 'actual',
      required: true,
      aliases: [
        'Kết quả', 'Thực hiện', 'Kết quả thực hiện', 'Ước thực hiện', 'Kết quả đạt được', 'Ước thực hiện năm',
        'Thực hiện năm', 'Kết quả đến nay', 'TH', 'Actual',
      ],
    },
    { field: 'direction', required: false, aliases: ['So sánh', 'Direction'] },
    { field: 'lead', required: false, aliases: leadAliases },
    { field: 'deadline', required: false, aliases: deadlineAliases },
    { field: 'note', required: false, aliases: noteAliases },
  ],
  dossiers: dossierFieldDefs,
  feedback: feedbackFieldDefs,
};
