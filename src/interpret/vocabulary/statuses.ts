/**
 * Task status words (SPEC §2.2): plain words, the abbreviations clerks type, and the vocabulary
 * task-tracking systems export — a base status with a qualifier in parentheses,
 * `Đã hoàn thành (quá hạn)`. A qualifier is a timing claim the tool re-checks against the
 * deadline and the as-of date (compute/tasks.ts, checkClaims).
 *
 * Each entry records where the word was seen and the decision taken. Sources: `idx:N` is a public
 * file in the code index (search tool, `read_file id=N`); FIELD-NOTES §n is /work/shared.
 * The rule for the unsure ones: a word that does not say the work is finished is not `done`
 * (`Chưa đạt`, `Không hoàn thành`, `Hoàn thành một phần` stay in the denominator as not done);
 * only a word that says the task was dropped is `cancelled` (it leaves the denominator).
 */
import type { TaskStatus, TimingClaim } from '../../model/records.js';

export interface StatusWord {
  status: Exclude<TaskStatus, 'not_reported'>;
  claim?: TimingClaim;
}

/** Whole status texts (after folding). Longest match wins, so order does not matter. */
export const statusWords: Readonly<Record<string, StatusWord>> = {
  // ── done ──
  // SPEC §2.2 list; Tây Ninh example plans.
  'Hoàn thành': { status: 'done' },
  'Đã hoàn thành': { status: 'done' },
  'HT': { status: 'done' },
  'Đã HT': { status: 'done' },
  // Clerks' shorthand; "Đã xong" named in issue 12 as done.
  'Xong': { status: 'done' },
  'Đã xong': { status: 'done' },
  // Task systems' "Chưa thực hiện / Đang thực hiện / Đã thực hiện / Hủy" (idx:55452519079, idx:30284409544):
  // the past of "thực hiện" is finished work, never "Đang thực hiện" (issue 12).
  'Đã thực hiện': { status: 'done' },
  'Đã thực hiện xong': { status: 'done' },
  // Evaluation scales "Hoàn thành tốt / Hoàn thành / Không hoàn thành" (idx:71619280386).
  'Hoàn thành tốt': { status: 'done' },
  // Government Office report 1270/BC-TCTTTg: "Đến hạn đã hoàn thành" (FIELD-NOTES §1.6).
  'Đến hạn đã hoàn thành': { status: 'done' },
  // Timing words on done: trackers (idx:6000754549 "Hoàn thành đúng hạn", "Hoàn thành muộn";
  // idx:59120657277 "Hoàn thành trễ"; idx:27198537747 report columns "Hoàn thành đúng hạn | Hoàn thành trễ").
  'Hoàn thành đúng hạn': { status: 'done', claim: 'on_time' },
  'Hoàn thành trong hạn': { status: 'done', claim: 'on_time' },
  'Hoàn thành trước hạn': { status: 'done', claim: 'on_time' },
  'Đã hoàn thành đúng hạn': { status: 'done', claim: 'on_time' },
  'Hoàn thành quá hạn': { status: 'done', claim: 'late' },
  'Hoàn thành trễ hạn': { status: 'done', claim: 'late' },
  'Hoàn thành trễ': { status: 'done', claim: 'late' },
  'Hoàn thành muộn': { status: 'done', claim: 'late' },
  'Hoàn thành chậm': { status: 'done', claim: 'late' },
  'Đã hoàn thành quá hạn': { status: 'done', claim: 'late' },
  // English exports.
  'Done': { status: 'done' },
  'Completed': { status: 'done' },
  'Complete': { status: 'done' },
  'Finished': { status: 'done' },

  // ── in progress (not done, in the denominator) ──
  'Đang thực hiện': { status: 'in_progress' },
  'Đang triển khai': { status: 'in_progress' },
  'Đang triển khai thực hiện': { status: 'in_progress' },
  'Đang tổ chức thực hiện': { status: 'in_progress' },
  // One-stop and task systems: "Đang xử lý" (idx:6000754549), "Đang chờ" (idx:19216945879).
  'Đang xử lý': { status: 'in_progress' },
  'Đang hoàn thiện': { status: 'in_progress' },
  'Đang chờ': { status: 'in_progress' },
  // SPEC §2.2: "Chưa hoàn thành" is not done, in progress; trackers export it with a qualifier
  // ("Chưa hoàn thành (trong hạn)", "(quá hạn)", "(Còn hạn)": idx:27212452883, idx:33472304002).
  'Chưa hoàn thành': { status: 'in_progress' },
  // Evaluations that say the work did not finish: not done, still counted (idx:71619280386, idx:30284409544).
  'Không hoàn thành': { status: 'in_progress' },
  'Chưa đạt': { status: 'in_progress' },
  'Hoàn thành một phần': { status: 'in_progress' },
  'Cơ bản hoàn thành': { status: 'in_progress' },
  // Behind schedule: not done, and the tracker claims it is late (idx:54567032157, idx:57368499327).
  'Chậm tiến độ': { status: 'in_progress', claim: 'overdue' },
  'Quá hạn': { status: 'in_progress', claim: 'overdue' },
  'Trễ hạn': { status: 'in_progress', claim: 'overdue' },
  'Chưa hoàn thành quá hạn': { status: 'in_progress', claim: 'overdue' },
  // Near due: "Sắp hết hạn (7 ngày)" (idx:27212452883), "Sắp quá hạn" (FIELD-NOTES §1.6), SPEC §2.2.
  'Sắp hết hạn': { status: 'in_progress', claim: 'near_due' },
  'Sắp đến hạn': { status: 'in_progress', claim: 'near_due' },
  'Sắp quá hạn': { status: 'in_progress', claim: 'near_due' },
  // "Chưa tới hạn" (idx:58422664497): open and not yet due.
  'Chưa đến hạn': { status: 'in_progress', claim: 'within_deadline' },
  'Chưa tới hạn': { status: 'in_progress', claim: 'within_deadline' },
  // Tracker states between open and closed (FIELD-NOTES §1.6 com.ngn.tdnv; SPEC §2.2): the task is
  // not finished until confirmed; postponed or paused work stays in the plan.
  'Chờ xác nhận': { status: 'in_progress' },
  'Chờ phê duyệt': { status: 'in_progress' },
  'Chờ duyệt': { status: 'in_progress' },
  'Tạm hoãn': { status: 'in_progress' },
  'Tạm dừng': { status: 'in_progress' },
  'Thực hiện lại': { status: 'in_progress' },
  'In progress': { status: 'in_progress' },
  'Ongoing': { status: 'in_progress' },
  'Delayed': { status: 'in_progress', claim: 'overdue' },
  'On hold': { status: 'in_progress' },

  // ── not started ──
  'Chưa thực hiện': { status: 'not_started' },
  'Chưa triển khai': { status: 'not_started' },
  'Chưa bắt đầu': { status: 'not_started' },
  // Assignment systems' first states (idx:30284409544: "Mới tạo", "Mới giao", "Đã tiếp nhận").
  'Mới giao': { status: 'not_started' },
  'Mới tạo': { status: 'not_started' },
  'Đã tiếp nhận': { status: 'not_started' },
  'Not started': { status: 'not_started' },
  'To do': { status: 'not_started' },

  // ── cancelled (leaves the denominator, listed) ──
  'Không thực hiện': { status: 'cancelled' },
  'Dừng thực hiện': { status: 'cancelled' },
  'Ngừng thực hiện': { status: 'cancelled' },
  // "Bị hủy" (idx:27212452883), "Hủy" (idx:55452519079), "Đã hủy" (idx:19216945879), "Đã hủy bỏ" (idx:54547069174).
  'Bị hủy': { status: 'cancelled' },
  'Hủy': { status: 'cancelled' },
  'Đã hủy': { status: 'cancelled' },
  'Đã hủy bỏ': { status: 'cancelled' },
  // "Từ chối" (FIELD-NOTES §1.6): the unit refused the task; it is not in its plan.
  'Từ chối': { status: 'cancelled' },
  'Cancelled': { status: 'cancelled' },
  'Canceled': { status: 'cancelled' },
};

/**
 * Words that carry a status's meaning. A "did you mean" may fix a typo in the other words, never
 * turn one of these into another (`Đã thực hiện` is not a slip for `Đang thực hiện`).
 */
export const statusMarkerWords = ['đã', 'đang', 'chưa', 'không', 'hủy', 'dừng', 'ngừng', 'xong', 'sắp', 'chờ', 'tạm', 'bị', 'mới', 'quá', 'trễ', 'muộn', 'chậm'];

/** Qualifiers in parentheses (or after a dash) and what they claim. */
export const timingQualifiers: Readonly<Record<string, TimingClaim | null>> = {
  'đúng hạn': 'on_time',
  'trước hạn': 'on_time',
  'trong hạn': 'within_deadline',
  // "Chưa hoàn thành (Còn hạn)" (idx:33472304002).
  'còn hạn': 'within_deadline',
  'chưa đến hạn': 'within_deadline',
  'chưa tới hạn': 'within_deadline',
  'quá hạn': 'overdue',
  'trễ hạn': 'overdue',
  'trễ': 'overdue',
  'muộn': 'overdue',
  'chậm': 'overdue',
  'chậm tiến độ': 'overdue',
  'sắp quá hạn': 'near_due',
  'sắp hết hạn': 'near_due',
  'sắp đến hạn': 'near_due',
  'không hạn': null,
  'không có hạn': null,
};

/** The accepted words, for the message of an unknown status. */
export const acceptedStatusExamples = [
  'Hoàn thành', 'Đã thực hiện', 'Hoàn thành quá hạn', 'Đã hoàn thành (đúng hạn)', 'Đang thực hiện', 'Đang thực hiện (quá hạn)',
  'Chưa hoàn thành', 'Chưa thực hiện', 'Sắp hết hạn', 'Chờ xác nhận', 'Tạm hoãn', 'Không thực hiện', 'Dừng thực hiện', 'Hủy',
  'Done', 'In progress', 'Not started', 'Cancelled', '(ô trống = chưa báo cáo)',
];
