/**
 * Vietnamese wording of the Word report and the HTML dashboard (SPEC §4.2a). Figures arrive
 * formatted; `**…**` marks what the document prints in bold.
 */
export const reportVi = {
  docType: 'BÁO CÁO',
  /** The number is left blank: the clerk writes it when the document is registered (Decree 30, Art. 15). */
  number: (symbol: string) => `Số:        /${symbol}`,
  defaultSymbol: 'BC-BCĐ',
  /** `Báo cáo tình hình …` → `Tình hình …`: the document type is printed on its own line above. */
  summaryLine(title: string): string {
    const rest = title.replace(/^\s*báo cáo\s*/iu, '').trim();
    return rest.charAt(0).toLocaleUpperCase('vi') + rest.slice(1);
  },
  asOf: (line: string) => `(${line})`,
  intro: 'Trên cơ sở số liệu báo cáo của các cơ quan, đơn vị, kết quả thực hiện như sau:',
  sections: {
    overview: 'KẾT QUẢ CHUNG',
    units: 'KẾT QUẢ THỰC HIỆN NHIỆM VỤ THEO ĐƠN VỊ CHỦ TRÌ',
    overdue: 'NHIỆM VỤ QUÁ HẠN THEO ĐƠN VỊ CHỦ TRÌ',
    indicators: 'CHỈ TIÊU CHUYỂN ĐỔI SỐ CHƯA ĐẠT',
    dossiers: 'GIẢI QUYẾT HỒ SƠ THỦ TỤC HÀNH CHÍNH',
    feedback: 'TIẾP NHẬN, XỬ LÝ PHẢN ÁNH, KIẾN NGHỊ',
    data: 'TÌNH HÌNH BÁO CÁO CỦA CÁC ĐƠN VỊ',
    directions: 'NHIỆM VỤ, GIẢI PHÁP VÀ CHỈ ĐẠO ĐỐI VỚI CÁC ĐƠN VỊ',
  },
  table: (n: number, title: string) => `Bảng ${n}. ${title}`,
  figure: (n: number, title: string) => `Hình ${n}. ${title}`,
  unitsTable: 'Kết quả thực hiện nhiệm vụ theo đơn vị chủ trì',
  overdueTable: 'Nhiệm vụ quá hạn',
  indicatorsTable: 'Chỉ tiêu chưa đạt',
  dossiersTable: 'Hồ sơ thủ tục hành chính theo cấp',
  feedbackTable: 'Phản ánh, kiến nghị theo lĩnh vực',
  receiptsTable: 'Tiếp nhận báo cáo của các đơn vị',
  absent: 'chưa có số liệu',
  tasks: (f: { total: string; fraction: string; rate: string; late: string | null; due: string; dueFraction: string; dueRate: string; overdue: string }) =>
    `Nhiệm vụ cải cách hành chính: kế hoạch gồm **${f.total}** nhiệm vụ; đã hoàn thành **${f.fraction}**, đạt **${f.rate}**${f.late ? ` (${f.late} nhiệm vụ hoàn thành quá hạn)` : ''}; trong ${f.due} nhiệm vụ đã đến hạn, đã hoàn thành ${f.dueFraction} (${f.dueRate}); còn **${f.overdue}** nhiệm vụ quá hạn.`,
  indicators: (f: { fraction: string; rate: string; notReported: string | null }) =>
    `Chỉ tiêu chuyển đổi số: đạt **${f.fraction}** chỉ tiêu (${f.rate})${f.notReported ? `; ${f.notReported} chỉ tiêu chưa có số liệu` : ''}.`,
  dossiers: (f: { when: string; received: string; receivedNote: string; byLevel: string; resolved: string; resolvedNote: string; onTime: string; onTimeRate: string; pending: string; pendingNote: string; online: string; onlineRate: string }) =>
    `Hồ sơ thủ tục hành chính: ${f.when.charAt(0).toLocaleLowerCase('vi') + f.when.slice(1)}, tiếp nhận **${f.received}** hồ sơ${f.receivedNote} (${f.byLevel}); đã giải quyết **${f.resolved}** hồ sơ${f.resolvedNote}, trong đó trước và đúng hạn ${f.onTime} (**${f.onTimeRate}**); đang giải quyết ${f.pending}${f.pendingNote}; tiếp nhận trực tuyến ${f.online} (${f.onlineRate}).`,
  feedback: (f: { when: string; total: string; resolved: string; rate: string }) =>
    `Phản ánh, kiến nghị: ${f.when.charAt(0).toLocaleLowerCase('vi') + f.when.slice(1)}, tiếp nhận **${f.total}**, đã xử lý ${f.resolved} (${f.rate}).`,
  noOverdue: 'Không có nhiệm vụ quá hạn.',
  noUnmet: 'Tất cả chỉ tiêu có số liệu đều đạt.',
  notReportedIndicators: (n: string) => `Có ${n} chỉ tiêu chưa có số liệu, chưa đánh giá được.`,
  overdueLead: (lead: string, n: string) => `${lead}: ${n} nhiệm vụ quá hạn`,
  overdueItem: (title: string, deadline: string, days: string) => `${title} (thời hạn ${deadline}, quá hạn ${days} ngày).`,
  unitsNotReported: (list: string) => `Đơn vị chưa gửi báo cáo: ${list}.`,
  allReported: 'Các đơn vị được giao đã gửi báo cáo.',
  // Counts as written (0 is "0" in both languages): with none, there are no details to point to.
  dataIssues: (errors: string, warnings: string) =>
    errors === '0' && warnings === '0'
      ? 'Kiểm tra dữ liệu đầu vào: không phát hiện lỗi hay cảnh báo.'
      : `Kiểm tra dữ liệu đầu vào: ${errors} lỗi, ${warnings} cảnh báo (chi tiết tại trang tính "Kiểm tra dữ liệu" của bảng tính kèm theo).`,
  /** One paragraph per unit for the chairman's directions, dotted for the secretariat to fill in. */
  direction: (unit: string, standing: string) => `${unit} (${standing}): `,
  partly: (blank: string, total: string) => `chưa ghi tình trạng ${blank}/${total} nhiệm vụ`,
  standing: (rate: string, overdue: string) => `hoàn thành ${rate}, ${overdue} nhiệm vụ quá hạn`,
  noTasks: 'không chủ trì nhiệm vụ nào',
  recipients: 'Nơi nhận:',
  defaultRecipients: ['Thường trực Tỉnh ủy (b/c);', 'Chủ tịch, các PCT UBND tỉnh;', 'Thành viên Ban Chỉ đạo;', 'Các sở, ban, ngành; UBND các huyện, thị xã, thành phố;', 'Lưu: VT.'],
  defaultAuthority: 'TM. BAN CHỈ ĐẠO',
  defaultSignerTitle: 'TRƯỞNG BAN',
  /** The chairman's one-page version (`--brief short`). */
  brief: {
    docType: 'BÁO CÁO TÓM TẮT',
    headline: 'SỐ LIỆU CHÍNH',
    worst: 'NĂM ĐƠN VỊ CÓ TỶ LỆ HOÀN THÀNH THẤP NHẤT',
    overdue: 'NHIỆM VỤ QUÁ HẠN',
    decide: 'ĐỀ NGHỊ TRƯỞNG BAN CHO Ý KIẾN',
    more: (n: string) => `… và ${n} nhiệm vụ quá hạn khác (xem báo cáo đầy đủ).`,
    pushLeads: (leads: string) => `Yêu cầu hoàn thành các nhiệm vụ quá hạn trước ngày ……/……/………: ${leads}.`,
    fixIndicators: (n: string) => `Giao các đơn vị chủ trì đề xuất giải pháp đối với ${n} chỉ tiêu chưa đạt.`,
    chaseReports: (list: string) => `Nhắc các đơn vị chưa gửi báo cáo: ${list}.`,
    andOthers: (list: string, n: string) => `${list} và ${n} đơn vị khác`,
    other: 'Ý kiến khác: ……………………………………………………………………',
  },
  /** The HTML dashboard. */
  dashboard: {
    lang: 'vi',
    filters: 'Lọc',
    all: 'Tất cả',
    sortHint: 'Bấm vào tiêu đề cột để sắp xếp',
    onlineTarget: 'Chỉ tiêu',
    onlineRateChart: 'Tỷ lệ hồ sơ trực tuyến theo cấp',
    onlineRateAgainstTarget: 'Tỷ lệ hồ sơ trực tuyến theo cấp so với chỉ tiêu',
    dossiersChart: 'Hồ sơ tiếp nhận theo cấp',
    shown: (n: string, total: string) => `Hiển thị ${n}/${total} dòng`,
    generated: (date: string) => `Số liệu tính đến ngày ${date}. Trang này không cần kết nối mạng.`,
  },
};
