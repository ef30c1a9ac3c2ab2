/** Values of the columns of one-stop-shop record exports (SPEC §2.4), matched after folding. */
import type { DossierChannel } from './dossier-headers.js';

/**
 * The submission channel. The national portal's codes (QĐ 766, `KenhThucHien`) are 1 = direct
 * (the default when blank), 2 = online, 3 = public postal service (BCCI).
 */
export const channelWords: Readonly<Record<string, DossierChannel>> = {
  'Trực tuyến': 'online', 'Nộp trực tuyến': 'online', 'Qua mạng': 'online', 'Dịch vụ công trực tuyến': 'online', 'DVC trực tuyến': 'online',
  'DVCTT': 'online', 'Online': 'online', 'Mức 3': 'online', 'Mức 4': 'online', 'Toàn trình': 'online', 'Một phần': 'online', '2': 'online',
  'Trực tiếp': 'direct', 'Nộp trực tiếp': 'direct', 'Tại quầy': 'direct', 'Bộ phận một cửa': 'direct', 'Direct': 'direct', '1': 'direct',
  'Bưu chính': 'postal', 'Bưu chính công ích': 'postal', 'Dịch vụ bưu chính': 'postal', 'Qua bưu điện': 'postal', 'BCCI': 'postal', 'Postal': 'postal',
  '3': 'postal',
};

/** Paid online: 1/0, Có/Không, x (a blank cell is not paid). */
export const paidWords: Readonly<Record<string, boolean>> = {
  '1': true, 'x': true, 'X': true, 'Có': true, 'Đã thanh toán': true, 'Yes': true, 'True': true, 'TRUE': true,
  '0': false, 'Không': false, 'Chưa thanh toán': false, 'Chưa': false, 'No': false, 'False': false, 'FALSE': false,
};

/**
 * Record statuses that take a dossier out of "resolved" and "pending": returned to the applicant
 * or withdrawn. Every other status is left to the dates (a result date means resolved), so
 * systems' many status names (`Đã trả kết quả`, `Chờ bổ sung`, `Đang xử lý`…) need no list.
 */
export const returnedStatusWords = [
  'Trả lại', 'Đã trả lại', 'Trả lại hồ sơ', 'Rút hồ sơ', 'Đã rút', 'Xin rút', 'Công dân rút hồ sơ', 'Hủy', 'Đã hủy', 'Hủy hồ sơ',
  'Từ chối', 'Từ chối tiếp nhận', 'Returned', 'Withdrawn', 'Cancelled',
];
