/**
 * What a form writes in a value cell that has no figure yet (SPEC §2.3, §4.1): the measure is not
 * reported — absent, never 0 — and an information line says so; it is not an error. Matched after
 * folding (diacritics, case, trailing dots), the whole cell only: `Chưa có` and `Không` are not
 * here, because against a yes/no target they are a result (not met).
 *
 * Where each was seen:
 * - SPEC §2.3 (amended 2026-12-02) and issue 12: `Đang cập nhật`, `Chưa có số liệu`, `Chưa báo
 *   cáo`, `N/A`, `-`, `…`.
 * - `Đang cập nhật` as the text of a value not known yet: idx:40698826640 (`servicePrice =
 *   'Đang cập nhật'`), idx:61375134905 (`email ?? 'Đang cập nhật'`), idx:101449700.
 * - `Chưa có số liệu` / `Hiện tại chưa có số liệu` for a count with no data, and "không hiển thị
 *   0%": idx:2504112281, idx:66607941041, idx:68885524376 (`Kỳ này chưa có số liệu`).
 * - Statistical-table conventions (studmed.ru, a statistics textbook, §"Відсутність даних";
 *   pref.yamanashi.jp/toukei_2/etc/caution.htm): `...` = no information, `x` = the cell cannot
 *   be filled. The same sources use `-` for "nothing happened" (zero); SPEC §2.3 reads it as not
 *   reported, which errs on the side of never inventing a 0.
 * - QĐ 766 formula notes (FIELD-NOTES §1.2): a figure with no denominator is written "N/A".
 * The others are the same sentences as clerks vary them (`Chưa cập nhật`, `Không có số liệu`,
 * `Chưa có dữ liệu`, `Chưa thống kê`, `Đang tổng hợp`) — each a claim that no figure was given.
 */
export const placeholderWords: readonly string[] = [
  'Đang cập nhật', 'Đang cập nhật số liệu', 'Chưa cập nhật', 'Chưa cập nhật số liệu',
  'Chưa có số liệu', 'Không có số liệu', 'Chưa có dữ liệu', 'Không có dữ liệu', 'Chưa có thông tin',
  'Chưa báo cáo', 'Chưa có báo cáo', 'Không báo cáo', 'Đơn vị chưa báo cáo',
  'Đang tổng hợp', 'Chưa tổng hợp', 'Chưa thống kê', 'Đang thống kê', 'Chưa đánh giá', 'Đang đánh giá',
  'N/A', 'NA', 'n.a', '#N/A', 'Không áp dụng', 'KAD', 'No data', 'Not reported', 'TBD',
];

/**
 * Marks with no letters that mean the same: a dash, an ellipsis, `x` (statistical tables: the
 * cell cannot be filled). `x` only where a number is expected: in a yes/no cell and under a
 * status column it is a tick (vocabulary/words.ts yesWords, tasks.ts).
 */
export const placeholderMarks: readonly string[] = ['-', '--', '–', '—', '…', '...', '..', 'x', 'X'];
