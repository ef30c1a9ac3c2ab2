/**
 * Task status words (SPEC §2.2): plain words, the abbreviations clerks type, and the vocabulary
 * task-tracking systems export — a base status with a qualifier in parentheses,
 * `Đã hoàn thành (quá hạn)`. A qualifier is a timing claim the tool re-checks.
 */
import type { TaskStatus, TimingClaim } from '../../model/records.js';

export interface StatusWord {
  status: Exclude<TaskStatus, 'not_reported'>;
  claim?: TimingClaim;
}

/** Whole status texts (after folding). Longest match wins, so order does not matter. */
export const statusWords: Readonly<Record<string, StatusWord>> = {
  'Hoàn thành': { status: 'done' },
  'Đã hoàn thành': { status: 'done' },
  'HT': { status: 'done' },
  'Đã HT': { status: 'done' },
  'Xong': { status: 'done' },
  'Đã xong': { status: 'done' },
  'Hoàn thành đúng hạn': { status: 'done', claim: 'on_time' },
  'Hoàn thành trong hạn': { status: 'done', claim: 'on_time' },
  'Hoàn thành trước hạn': { status: 'done', claim: 'on_time' },
  'Hoàn thành quá hạn': { status: 'done', claim: 'late' },
  'Hoàn thành trễ hạn': { status: 'done', claim: 'late' },
  'Hoàn thành chậm': { status: 'done', claim: 'late' },
  'Done': { status: 'done' },
  'Completed': { status: 'done' },
  'Complete': { status: 'done' },
  'Đang thực hiện': { status: 'in_progress' },
  'Đang triển khai': { status: 'in_progress' },
  'Đang triển khai thực hiện': { status: 'in_progress' },
  'Đang tổ chức thực hiện': { status: 'in_progress' },
  'Chưa hoàn thành': { status: 'in_progress' },
  'Sắp hết hạn': { status: 'in_progress', claim: 'near_due' },
  'Sắp đến hạn': { status: 'in_progress', claim: 'near_due' },
  'Sắp quá hạn': { status: 'in_progress', claim: 'near_due' },
  'Chờ xác nhận': { status: 'in_progress' },
  'Chờ phê duyệt': { status: 'in_progress' },
  'Tạm hoãn': { status: 'in_progress' },
  'Thực hiện lại': { status: 'in_progress' },
  'Quá hạn': { status: 'in_progress', claim: 'overdue' },
  'In progress': { status: 'in_progress' },
  'Ongoing': { status: 'in_progress' },
  'Chưa thực hiện': { status: 'not_started' },
  'Chưa triển khai': { status: 'not_started' },
  'Chưa bắt đầu': { status: 'not_started' },
  'Not started': { status: 'not_started' },
  'Không thực hiện': { status: 'cancelled' },
  'Dừng thực hiện': { status: 'cancelled' },
  'Ngừng thực hiện': { status: 'cancelled' },
  'Bị hủy': { status: 'cancelled' },
  'Hủy': { status: 'cancelled' },
  'Đã hủy': { status: 'cancelled' },
  'Từ chối': { status: 'cancelled' },
  'Cancelled': { status: 'cancelled' },
  'Canceled': { status: 'cancelled' },
};

/** Qualifiers in parentheses (or after a dash) and what they claim. */
export const timingQualifiers: Readonly<Record<string, TimingClaim | null>> = {
  'đúng hạn': 'on_time',
  'trước hạn': 'on_time',
  'trong hạn': 'within_deadline',
  'quá hạn': 'overdue',
  'trễ hạn': 'overdue',
  'chậm': 'overdue',
  'sắp quá hạn': 'near_due',
  'sắp hết hạn': 'near_due',
  'sắp đến hạn': 'near_due',
  'không hạn': null,
  'không có hạn': null,
};

/** The accepted words, for the message of an unknown status. */
export const acceptedStatusExamples = [
  'Hoàn thành', 'Hoàn thành quá hạn', 'Đã hoàn thành (đúng hạn)', 'Đang thực hiện', 'Đang thực hiện (quá hạn)',
  'Chưa hoàn thành', 'Chưa thực hiện', 'Sắp hết hạn', 'Chờ xác nhận', 'Tạm hoãn', 'Không thực hiện', 'Dừng thực hiện', 'Hủy',
  'Done', 'In progress', 'Not started', 'Cancelled', '(ô trống = chưa báo cáo)',
];
