/**
 * Dossier (hồ sơ TTHC) column names (SPEC §2.4), in two shapes:
 * - the aggregated forms (Biểu 06/VPCP/KSTT and its local variants): `dossierFieldDefs` is what
 *   recognises such a table; `dossierBlockWords`, `dossierRoleWords` and `dossierChannelWords` are
 *   what dossier-columns.ts reads each column's meaning from, because in the form's three-row
 *   header a column is often named only by its parent (`Tổng số` three times, `Quá hạn` twice);
 * - the record exports of the one-stop-shop (một cửa) systems, one row per dossier:
 *   `dossierRecordFieldDefs`.
 */
import type { FieldDef } from './headers.js';

/** The counts a form needs at least one of (see FieldDef.anyOf). */
const counts = 'counts';

export const dossierFieldDefs: readonly FieldDef[] = [
  { field: 'stt', required: false, aliases: ['STT', 'TT', 'Số TT'] },
  {
    field: 'unit',
    required: true,
    aliases: [
      'Đơn vị', 'Tên đơn vị', 'Cơ quan', 'Cơ quan, đơn vị', 'Tên cơ quan, đơn vị', 'Đơn vị giải quyết', 'Cơ quan giải quyết',
      'Đơn vị, địa phương', 'Địa phương', 'Lĩnh vực, công việc giải quyết theo cấp', 'Cơ quan, đơn vị giải quyết TTHC', 'Unit',
      // A department's own form lists its sectors here (interpret/dossiers.ts counts them as its own).
      'Lĩnh vực', 'Tên lĩnh vực', 'Lĩnh vực giải quyết', 'Lĩnh vực TTHC',
    ],
  },
  { field: 'level', required: false, aliases: ['Cấp', 'Cấp hành chính', 'Cấp giải quyết', 'Cấp thực hiện', 'Level'] },
  {
    field: 'received',
    required: false,
    anyOf: counts,
    aliases: [
      'Tiếp nhận', 'Số hồ sơ tiếp nhận', 'Tổng số hồ sơ tiếp nhận', 'Số hồ sơ nhận giải quyết', 'Hồ sơ tiếp nhận', 'Tổng số hồ sơ',
      'Số hồ sơ cần xử lý', 'Cần xử lý', 'Received',
    ],
  },
  { field: 'carriedOver', required: false, anyOf: counts, aliases: ['Từ kỳ trước', 'Kỳ trước chuyển sang', 'Số kỳ trước chuyển qua', 'Tồn kỳ trước'] },
  { field: 'newReceived', required: false, anyOf: counts, aliases: ['Mới tiếp nhận', 'Tiếp nhận mới', 'Số mới tiếp nhận', 'Tiếp nhận trong kỳ'] },
  { field: 'online', required: false, anyOf: counts, aliases: ['Trực tuyến', 'Nộp trực tuyến', 'Hồ sơ trực tuyến', 'Tiếp nhận trực tuyến', 'Online'] },
  { field: 'resolved', required: false, anyOf: counts, aliases: ['Đã giải quyết', 'Số hồ sơ đã giải quyết', 'Đã xử lý', 'Đã trả kết quả', 'Resolved'] },
  { field: 'resolvedOnTime', required: false, aliases: ['Đúng hạn', 'Trước hạn', 'Trả đúng thời hạn', 'Trước hạn và đúng hạn', 'On time'] },
  { field: 'resolvedLate', required: false, aliases: ['Quá hạn', 'Trễ hạn', 'Trả quá hạn', 'Late'] },
  { field: 'pending', required: false, anyOf: counts, aliases: ['Đang giải quyết', 'Số hồ sơ đang giải quyết', 'Đang xử lý', 'Số lượng hồ sơ đang giải quyết', 'Pending'] },
  { field: 'paidOnline', required: false, aliases: ['Thanh toán trực tuyến', 'Số hồ sơ thanh toán trực tuyến', 'Số HS đã TTTT cổng DVC QG', 'Paid online'] },
];

/** The blocks of a form's header tree: the parent cell of each group of count columns. */
export type DossierBlock = 'received' | 'resolved' | 'pending' | 'returned' | 'supplement' | 'paid';

/**
 * Words that put a column in a block, wherever they appear in its header path. Longest match
 * wins, so `Số hồ sơ đã giải quyết` is resolved, not received.
 */
export const dossierBlockWords: Readonly<Record<string, DossierBlock>> = {
  'Tiếp nhận': 'received', 'Số hồ sơ tiếp nhận': 'received', 'Tổng số hồ sơ tiếp nhận': 'received', 'Số hồ sơ nhận giải quyết': 'received',
  'Nhận giải quyết': 'received', 'Hồ sơ tiếp nhận': 'received', 'Cần xử lý': 'received', 'Số hồ sơ cần xử lý': 'received', 'Received': 'received',
  'Kỳ trước chuyển sang': 'received', 'Số kỳ trước chuyển qua': 'received', 'Từ kỳ trước': 'received', 'Tồn kỳ trước': 'received',
  'Mới tiếp nhận': 'received', 'Số mới tiếp nhận': 'received', 'Tiếp nhận mới': 'received', 'Tiếp nhận trong kỳ': 'received',
  'Đã giải quyết': 'resolved', 'Số hồ sơ đã giải quyết': 'resolved', 'Đã xử lý': 'resolved', 'Đã trả kết quả': 'resolved', 'Kết quả giải quyết': 'resolved',
  'Trả đúng thời hạn': 'resolved', 'Trả quá hạn': 'resolved', 'Resolved': 'resolved',
  'Đang giải quyết': 'pending', 'Số hồ sơ đang giải quyết': 'pending', 'Số lượng hồ sơ đang giải quyết': 'pending', 'Đang xử lý': 'pending',
  'Chưa giải quyết': 'pending', 'Pending': 'pending',
  'Trả lại': 'returned', 'Xin rút': 'returned', 'Trả lại/Rút HS': 'returned', 'Trả lại, xin rút': 'returned', 'Hồ sơ trả lại': 'returned', 'Rút hồ sơ': 'returned',
  'Chờ bổ sung': 'supplement', 'Hồ sơ chờ bổ sung': 'supplement',
  'Thanh toán trực tuyến': 'paid', 'Số hồ sơ thanh toán trực tuyến': 'paid', 'Số HS đã TTTT cổng DVC QG': 'paid', 'Paid online': 'paid',
};

/** What a column counts within its block. */
export type DossierRole = 'total' | 'carriedOver' | 'new' | 'early' | 'onTime' | 'late' | 'within' | 'overdue';

/** Words naming a column's role, matched against the header's last part first. Longest match wins. */
export const dossierRoleWords: Readonly<Record<string, DossierRole>> = {
  'Tổng số': 'total', 'Tổng': 'total', 'Tổng cộng': 'total', 'Cộng': 'total', 'Total': 'total',
  'Từ kỳ trước': 'carriedOver', 'Kỳ trước chuyển sang': 'carriedOver', 'Số kỳ trước chuyển qua': 'carriedOver', 'Tồn kỳ trước': 'carriedOver',
  'Kỳ trước': 'carriedOver',
  'Mới tiếp nhận': 'new', 'Số mới tiếp nhận': 'new', 'Tiếp nhận mới': 'new', 'Tiếp nhận trong kỳ': 'new', 'Trong kỳ': 'new',
  'Trước hạn': 'early', 'Sớm hạn': 'early',
  'Đúng hạn': 'onTime', 'Trả đúng thời hạn': 'onTime', 'Đúng thời hạn': 'onTime', 'Trước hạn và đúng hạn': 'onTime', 'Trước hạn, đúng hạn': 'onTime',
  'Trước và đúng hạn': 'onTime', 'Đúng và trước hạn': 'onTime', 'On time': 'onTime',
  'Quá hạn': 'late', 'Trễ hạn': 'late', 'Trả quá hạn': 'late', 'Chậm': 'late', 'Late': 'late', 'Overdue': 'late',
  'Trong hạn': 'within', 'Chưa đến hạn': 'within', 'Còn hạn': 'within', 'Within deadline': 'within',
};

/** A column whose header says it is a rate (`Tỷ lệ đúng hạn (%)`) holds no count, whatever else it names. */
export const dossierRateWords = ['Tỷ lệ', 'Tỉ lệ', 'Rate'];

export type DossierChannel = 'online' | 'direct' | 'postal';

/** Words naming how the dossiers of a column were submitted. Longest match wins. */
export const dossierChannelWords: Readonly<Record<string, DossierChannel>> = {
  'Trực tuyến': 'online', 'Hồ sơ trực tuyến': 'online', 'Nộp trực tuyến': 'online', 'Qua mạng': 'online', 'Mức 3': 'online', 'Mức 4': 'online',
  'Online': 'online',
  'Trực tiếp': 'direct', 'Hồ sơ trực tiếp': 'direct', 'Nộp trực tiếp': 'direct', 'Trực tiếp, dịch vụ bưu chính': 'direct',
  'Trực tiếp/dịch vụ bưu chính': 'direct', 'Trực tiếp và qua dịch vụ bưu chính': 'direct', 'Direct': 'direct',
  'Bưu chính': 'postal', 'Dịch vụ bưu chính': 'postal', 'Bưu chính công ích': 'postal', 'Qua BCCI': 'postal', 'BCCI': 'postal', 'Postal': 'postal',
};

/** The columns of a one-stop-shop record export. */
export const dossierRecordFieldDefs: readonly FieldDef[] = [
  { field: 'code', required: false, aliases: ['Mã hồ sơ', 'Số hồ sơ', 'Mã HS', 'Mã biên nhận', 'Số biên nhận', 'Số hồ sơ TTHC', 'Dossier code'] },
  {
    field: 'unit',
    required: false,
    aliases: ['Đơn vị', 'Tên đơn vị', 'Đơn vị tiếp nhận', 'Đơn vị xử lý', 'Đơn vị giải quyết', 'Cơ quan giải quyết', 'Cơ quan thực hiện', 'Cơ quan', 'Unit'],
  },
  { field: 'level', required: false, aliases: ['Cấp', 'Cấp thực hiện', 'Cấp giải quyết', 'Cấp hành chính', 'Level'] },
  { field: 'sector', required: false, aliases: ['Lĩnh vực', 'Tên lĩnh vực', 'Sector'] },
  { field: 'procedure', required: false, aliases: ['Thủ tục', 'Tên thủ tục', 'Thủ tục hành chính', 'Tên thủ tục hành chính', 'Tên TTHC', 'Procedure'] },
  {
    field: 'receivedOn',
    required: true,
    aliases: ['Ngày tiếp nhận', 'Ngày nhận', 'Ngày nộp', 'Ngày nhận hồ sơ', 'Ngày tiếp nhận hồ sơ', 'Thời gian tiếp nhận', 'Received on'],
  },
  {
    field: 'dueOn',
    required: false,
    aliases: ['Hạn xử lý', 'Hạn trả kết quả', 'Ngày hẹn trả', 'Ngày hẹn trả kết quả', 'Hạn giải quyết', 'Thời hạn giải quyết', 'Due on'],
  },
  {
    field: 'resolvedOn',
    required: false,
    aliases: ['Ngày trả kết quả', 'Ngày có kết quả', 'Ngày kết thúc xử lý', 'Ngày giải quyết xong', 'Ngày trả', 'Ngày hoàn thành', 'Resolved on'],
  },
  { field: 'channel', required: false, aliases: ['Kênh nộp', 'Hình thức nộp', 'Kênh tiếp nhận', 'Hình thức tiếp nhận', 'Kênh thực hiện', 'Channel'] },
  { field: 'paidOnline', required: false, aliases: ['Thanh toán trực tuyến', 'Đã thanh toán trực tuyến', 'TTTT', 'Paid online'] },
  { field: 'status', required: false, aliases: ['Trạng thái', 'Tình trạng', 'Trạng thái hồ sơ', 'Tình trạng hồ sơ', 'Status'] },
];

/**
 * A table is a record export when it has a receipt date and at least this many of the columns
 * only such exports have (code, procedure, result date, channel) — and none that only a feedback
 * list has: a feedback list also has a receipt date and a due date, a dossier form has neither.
 */
export const dossierRecordMarkers = ['code', 'procedure', 'resolvedOn', 'channel'] as const;
export const dossierRecordMinMarkers = 2;
