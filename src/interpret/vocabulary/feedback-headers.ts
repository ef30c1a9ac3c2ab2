/**
 * Citizen feedback (phản ánh, kiến nghị — PAKN) columns (SPEC §2.5): one row per sector with
 * counts, or one row per item with its date and status. The `feedback` anyOf group holds the
 * columns only a feedback table has, so a task list with `Lĩnh vực` and `Trạng thái` is not one.
 */
import type { FieldDef } from './headers.js';

const feedbackOnly = 'feedback';

export const feedbackFieldDefs: readonly FieldDef[] = [
  { field: 'stt', required: false, aliases: ['STT', 'TT', 'Số TT'] },
  {
    field: 'sector',
    required: true,
    aliases: ['Lĩnh vực', 'Ngành', 'Lĩnh vực/Ngành', 'Ngành, lĩnh vực', 'Lĩnh vực, ngành', 'Lĩnh vực phản ánh', 'Nhóm lĩnh vực', 'Sector'],
  },
  {
    field: 'total',
    required: false,
    anyOf: feedbackOnly,
    aliases: [
      'Số phản ánh kiến nghị', 'Số phản ánh, kiến nghị', 'Số PAKN', 'Tổng số PAKN', 'Tổng số phản ánh kiến nghị', 'Tổng số PAKN tiếp nhận',
      'Số PAKN tiếp nhận', 'Số lượng phản ánh', 'Số lượng PAKN', 'Số lượng', 'Số lượt phản ánh', 'Feedback items',
    ],
  },
  { field: 'resolved', required: false, aliases: ['Đã xử lý', 'Đã giải quyết', 'Đã trả lời', 'Số đã xử lý', 'Số PAKN đã xử lý', 'Resolved'] },
  { field: 'pending', required: false, aliases: ['Đang xử lý', 'Chưa xử lý', 'Đang giải quyết', 'Số PAKN đang xử lý', 'Pending'] },
  {
    field: 'content',
    required: false,
    anyOf: feedbackOnly,
    aliases: ['Nội dung phản ánh', 'Nội dung phản ánh, kiến nghị', 'Nội dung PAKN', 'Tóm tắt nội dung phản ánh', 'Nội dung kiến nghị'],
  },
  { field: 'code', required: false, anyOf: feedbackOnly, aliases: ['Mã PAKN', 'Mã phản ánh', 'Số phiếu phản ánh', 'Mã số phản ánh'] },
  { field: 'receivedOn', required: false, aliases: ['Ngày tiếp nhận', 'Ngày nhận', 'Ngày phản ánh', 'Thời gian tiếp nhận', 'Ngày gửi', 'Received on'] },
  { field: 'status', required: false, aliases: ['Trạng thái', 'Tình trạng', 'Tình trạng xử lý', 'Kết quả xử lý', 'Status'] },
  { field: 'note', required: false, aliases: ['Ghi chú', 'Note'] },
];

/** Status of one feedback item. */
export const feedbackStatusWords: Readonly<Record<string, 'resolved' | 'pending'>> = {
  'Đã xử lý': 'resolved', 'Đã giải quyết': 'resolved', 'Đã trả lời': 'resolved', 'Đã xử lý xong': 'resolved', 'Hoàn thành': 'resolved',
  'Đã hoàn thành': 'resolved', 'Đã có kết quả': 'resolved', 'Đã phản hồi': 'resolved', 'Đã công khai kết quả': 'resolved', 'Resolved': 'resolved',
  'Đang xử lý': 'pending', 'Chưa xử lý': 'pending', 'Đang giải quyết': 'pending', 'Chờ xử lý': 'pending', 'Đã tiếp nhận': 'pending',
  'Đang chuyển xử lý': 'pending', 'Quá hạn': 'pending', 'Pending': 'pending',
};

/** Where an item with a blank sector is counted. */
export const unassignedSector = 'Chưa xác định lĩnh vực';
