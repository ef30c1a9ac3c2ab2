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

/*
 * Where each name was seen. `idx:N` is a public file in the code index (search tool, `read_file
 * id=N`): idx:56767656472 a ministry task tracker's 25-column unit report; idx:27212452883 a
 * steering-directive tracker's export; idx:57085553051 a task-progress appendix template;
 * idx:68896576863 a provincial Party committee's conclusion tracker; idx:59120657277 a compliance
 * tracker's report; idx:71465208357 a commune task-import template. FIELD-NOTES §1.7 is the field
 * dictionary gathered from plan appendices (Kế hoạch CCHC/CĐS). "form" marks the wording of
 * provincial plan appendices and reporting forms (Tây Ninh, Hải Dương 1914/KH-UBND, Bình Định
 * 636/QĐ-UBND) without an indexed copy.
 */
const leadAliases = [
  // SPEC §2.2; FIELD-NOTES §1.7 "Cơ quan (Đơn vị) chủ trì"; idx:43892420006.
  'Đơn vị chủ trì', 'Cơ quan chủ trì', 'Đơn vị thực hiện', 'Đơn vị đầu mối', 'Cơ quan thực hiện', 'Chủ trì',
  'Cơ quan, đơn vị chủ trì', 'Cơ quan đơn vị thực hiện', 'Cơ quan, đơn vị thực hiện', 'Chủ trì thực hiện',
  // idx:56767656472, idx:57085553051 "Đơn vị chủ trì thực hiện"; idx:56767656472 "Đầu mối thực hiện".
  'Đơn vị chủ trì thực hiện', 'Cơ quan chủ trì thực hiện', 'Đơn vị chủ trì, thực hiện', 'Đầu mối thực hiện', 'Cơ quan đầu mối',
  // idx:27212452883 "Đơn vị đầu mối"; idx:71465208357 "Cơ quan chủ trì tham mưu".
  'Cơ quan chủ trì tham mưu', 'Cơ quan tham mưu', 'Đơn vị tham mưu',
  // form: assignment tables ("Phân công nhiệm vụ"): the unit given the task.
  'Đơn vị được giao', 'Cơ quan được giao', 'Đơn vị được giao chủ trì', 'Đơn vị được giao nhiệm vụ', 'Phân công thực hiện',
  'Trách nhiệm thực hiện', 'Đơn vị chịu trách nhiệm', 'Cơ quan chịu trách nhiệm', 'Đơn vị phụ trách', 'Đơn vị thực hiện chính',
  'Phòng chủ trì', 'Bộ phận chủ trì', 'Bộ phận thực hiện', 'Đơn vị xử lý chính', 'Đơn vị thụ lý',
  // English exports; idx:57085553051 "assigned_unit".
  'Lead', 'Lead unit', 'Department', 'Owner', 'Assigned unit', 'Responsible unit', 'Responsible',
];
const deadlineAliases = [
  // SPEC §2.2; FIELD-NOTES §1.7 "Thời hạn hoàn thành / Thời gian hoàn thành / Hạn xử lý".
  'Thời hạn', 'Thời gian hoàn thành', 'Hạn hoàn thành', 'Thời hạn hoàn thành', 'Thời gian thực hiện',
  'Hạn xử lý', 'Tiến độ hoàn thành', 'Thời hạn thực hiện',
  // idx:27212452883 "Thời hạn HT"; idx:59120657277 "Hạn gốc"; idx:68896576863 "han_xu_ly".
  'Thời hạn HT', 'Hạn HT', 'Hạn gốc', 'Thời hạn xử lý', 'Hạn giải quyết', 'Thời hạn giải quyết',
  // form: plan appendices give the planned time in many words.
  'Thời gian hoàn thành dự kiến', 'Thời hạn hoàn thành dự kiến', 'Dự kiến hoàn thành', 'Thời điểm hoàn thành',
  'Hạn chót', 'Hạn cuối', 'Ngày hết hạn', 'Ngày đến hạn', 'Hạn thực hiện', 'Mốc thời gian', 'Mốc hoàn thành',
  'Thời gian triển khai', 'Thời hạn triển khai', 'Thời gian hoàn thành theo kế hoạch', 'Hạn hoàn thành theo kế hoạch',
  'Deadline', 'Due', 'Due date', 'Due on', 'Target date',
];
const statusAliases = [
  // SPEC §2.2; FIELD-NOTES §1.7 "Tình trạng / Trạng thái".
  'Tình trạng', 'Trạng thái', 'Kết quả thực hiện', 'Tình hình thực hiện', 'Tình trạng thực hiện',
  'Kết quả', 'Đánh giá', 'Đánh giá kết quả', 'Kết quả đánh giá', 'Mức độ hoàn thành',
  // idx:56767656472 "Trạng thái nhiệm vụ", "Mức độ hoàn thành"; idx:57085553051 "status" (Trạng thái thực hiện).
  'Trạng thái nhiệm vụ', 'Trạng thái thực hiện', 'Tình trạng nhiệm vụ', 'Tình hình thực hiện nhiệm vụ', 'Kết quả thực hiện nhiệm vụ',
  // form: report appendices judging each task.
  'Đánh giá tiến độ', 'Đánh giá mức độ hoàn thành', 'Đánh giá kết quả thực hiện', 'Tình trạng hoàn thành', 'Trạng thái hoàn thành',
  'Kết quả triển khai', 'Tình hình triển khai', 'Kết quả triển khai thực hiện', 'Mức độ thực hiện', 'Tiến độ, kết quả thực hiện',
  'Trạng thái xử lý', 'Tình trạng xử lý', 'Hiện trạng', 'Kết quả thực hiện đến nay',
  'Status', 'Task status', 'State',
];
const completedAliases = [
  // SPEC §2.2; idx:56767656472 "Ngày hoàn thành thực tế"; idx:68896576863 "ngay_hoan_thanh" (the real date, from the evidence).
  'Ngày hoàn thành', 'Ngày hoàn thành thực tế', 'Thời gian hoàn thành thực tế', 'Thời điểm hoàn thành thực tế',
  // idx:59120657277 "Hoàn thành lúc"; idx:11990517896 "ngày nghiệm thu".
  'Hoàn thành lúc', 'Ngày nghiệm thu', 'Ngày hoàn thành nhiệm vụ', 'Hoàn thành ngày', 'Ngày HT', 'Ngày HT thực tế',
  // form: trackers' closing dates.
  'Ngày xong', 'Ngày hoàn tất', 'Ngày kết thúc', 'Ngày kết thúc thực tế', 'Thời gian kết thúc', 'Thời gian kết thúc thực tế',
  'Ngày thực hiện xong', 'Ngày báo cáo hoàn thành', 'Ngày hoàn thành công việc', 'Thời gian hoàn thành trên thực tế', 'Đã hoàn thành ngày',
  'Ngày đóng nhiệm vụ', 'Ngày kết thúc nhiệm vụ',
  'Completed on', 'Completed', 'Completion date', 'Date completed', 'Finished on', 'Actual finish', 'Actual end date', 'Done on', 'Closed on',
];
const evidenceAliases = [
  // SPEC §2.2; FIELD-NOTES §1.7 "Tài liệu kiểm chứng / Hồ sơ minh chứng", "Sản phẩm (dự kiến) / Kết quả đầu ra".
  'Tài liệu kiểm chứng', 'Sản phẩm', 'Sản phẩm đầu ra', 'Kết quả đầu ra', 'Hồ sơ minh chứng', 'Văn bản',
  // idx:57386243965 "Sản phẩm dự kiến", "Tài liệu kiểm chứng"; idx:29199755447 "Hồ sơ minh chứng"; idx:68896576863 "minh_chung", "van_ban_trien_khai".
  'Sản phẩm dự kiến', 'Minh chứng', 'Văn bản triển khai', 'Tài liệu minh chứng', 'Hồ sơ kiểm chứng',
  // idx:57085553051 "evidence_document" (số văn bản, đường dẫn hoặc tài liệu chứng minh kết quả).
  'Tài liệu chứng minh', 'Văn bản chứng minh', 'Văn bản kiểm chứng', 'Số, ký hiệu văn bản', 'Số hiệu văn bản',
  // form: report appendices.
  'Sản phẩm hoàn thành', 'Sản phẩm cụ thể', 'Sản phẩm đạt được', 'Kết quả sản phẩm', 'Văn bản ban hành', 'Văn bản đã ban hành',
  'Tệp minh chứng', 'File minh chứng', 'Tệp đính kèm', 'Đính kèm', 'Đường dẫn minh chứng', 'Link minh chứng', 'Bằng chứng',
  'Evidence', 'Evidence document', 'Deliverable', 'Attachment',
];
const noteAliases = ['Ghi chú', 'Giải trình', 'Note', 'Notes', 'Remarks'];

/**
 * Headers that could name two fields (SPEC §2.1): the cells decide — dates or periods make the
 * deadline, status words the status, percents the progress (interpret/tasks.ts). `Ngày hoàn
 * thành` is the deadline in a tracker that also has `Ngày hoàn thành thực tế` (idx:56767656472).
 */
export const ambiguousTaskHeaders = ['Thời gian', 'Hạn', 'Tiến độ', 'Tiến độ thực hiện', 'Kết quả thực hiện', 'Kết quả', 'Thời gian thực hiện', 'Ngày hoàn thành'];
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
    { field: 'status', required: true, statusTicks: true, aliases: statusAliases },
    { field: 'completedOn', required: false, aliases: completedAliases },
    {
      field: 'progress',
      required: false,
      aliases: ['Tiến độ', 'Tiến độ (%)', 'Tỷ lệ hoàn thành', 'Tỉ lệ hoàn thành', '% hoàn thành', 'Progress'],
    },
    { field: 'evidence', required: false, aliases: evidenceAliases },
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
