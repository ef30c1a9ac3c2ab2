#!/usr/bin/env node
// Seeded generator of one-stop-shop (một cửa) record exports for the benchmark: one row per
// dossier, columns named the way the provincial systems export them, dates dd/mm/yyyy, ~4 %
// still pending, unit and procedure names that carry commas (so they are quoted).
//
//   node bench/generate.js csv  ROWS FILE     a UTF-8 (BOM) CSV, CRLF
//   node bench/generate.js xlsx ROWS FILE     an .xlsx written by exceljs's streaming writer
//
// Same seed and row count → byte-identical CSV. Files go in bench/data/ (git-ignored).
import fs from 'node:fs';
import path from 'node:path';
import { once } from 'node:events';
import { prng } from '../scripts/seeded-random.mjs';

export const header = ['Mã hồ sơ', 'Đơn vị', 'Cấp', 'Lĩnh vực', 'Thủ tục', 'Ngày tiếp nhận', 'Hạn xử lý', 'Ngày trả kết quả', 'Kênh nộp', 'Thanh toán trực tuyến', 'Trạng thái'];

const departments = [
  'Sở Tài nguyên và Môi trường', 'Sở Tư pháp', 'Sở Lao động - Thương binh và Xã hội', 'Sở Giao thông vận tải', 'Sở Kế hoạch và Đầu tư',
  'Sở Xây dựng', 'Sở Y tế', 'Sở Công Thương', 'Sở Nông nghiệp và Phát triển nông thôn', 'Sở Giáo dục và Đào tạo', 'Sở Nội vụ',
  'Sở Thông tin và Truyền thông', 'Sở Văn hóa, Thể thao và Du lịch', 'Sở Khoa học và Công nghệ', 'Sở Tài chính', 'Sở Ngoại vụ',
  'Ban Quản lý Khu kinh tế tỉnh', 'Công an tỉnh',
];
const districts = ['thành phố Tây Ninh', 'thị xã Hòa Thành', 'thị xã Trảng Bàng', 'huyện Tân Biên', 'huyện Tân Châu', 'huyện Dương Minh Châu', 'huyện Châu Thành', 'huyện Bến Cầu', 'huyện Gò Dầu'];
const communeWords = ['xã', 'phường', 'thị trấn'];
const places = ['An Tịnh', 'Bàu Đồn', 'Cẩm Giang', 'Đôn Thuận', 'Gia Lộc', 'Hảo Đước', 'Long Thành Bắc', 'Mỏ Công', 'Ninh Điền', 'Phước Chỉ', 'Suối Đá', 'Tân Hưng', 'Thạnh Đức', 'Trà Vong', 'Truông Mít', 'Long Khánh'];

export const units = [
  ...departments.map((name) => ({ name, level: 'Cấp tỉnh' })),
  ...districts.map((d) => ({ name: `UBND ${d}`, level: 'Cấp huyện' })),
  ...districts.flatMap((d, i) => places.slice(0, 8 + (i % 3) * 4).map((p, j) => ({ name: `UBND ${communeWords[(i + j) % 3]} ${p}, ${d}`, level: 'Cấp xã' }))),
];

const sectors = ['Đất đai', 'Hộ tịch', 'Chứng thực', 'Xây dựng', 'Đăng ký kinh doanh', 'Lao động, tiền lương', 'Giao thông đường bộ', 'Y tế', 'Giáo dục', 'Bảo trợ xã hội'];
const procedures = [
  'Đăng ký khai sinh', 'Chứng thực bản sao từ bản chính giấy tờ, văn bản', 'Cấp giấy phép xây dựng sửa chữa, cải tạo đối với công trình',
  'Đăng ký biến động quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất', 'Cấp đổi giấy phép lái xe', 'Đăng ký thành lập hộ kinh doanh',
  'Cấp phiếu lý lịch tư pháp', 'Đăng ký kết hôn', 'Cấp lại Giấy chứng nhận quyền sử dụng đất do bị mất', 'Trợ cấp xã hội hằng tháng đối với đối tượng bảo trợ xã hội',
  'Cấp giấy phép kinh doanh bán lẻ sản phẩm rượu', 'Thủ tục "một cửa" liên thông: đăng ký khai tử, xóa đăng ký thường trú, hưởng chế độ tử tuất',
];
const channels = ['Trực tuyến', 'Trực tiếp', 'Bưu chính'];

const DAY = 86_400_000;
const start = Date.UTC(2024, 0, 1);
const pad2 = (n) => (n < 10 ? `0${n}` : `${n}`);
const dmy = (t) => {
  const d = new Date(t);
  return `${pad2(d.getUTCDate())}/${pad2(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`;
};
const csvField = (s) => (/[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

/** The rows, as plain values; dates as UTC midnight timestamps, null when blank. */
export function* rows(count, seed = 20241025) {
  const rnd = prng(seed);
  const asOf = Date.UTC(2024, 11, 31);
  for (let i = 0; i < count; i++) {
    const unit = units[Math.floor(rnd() ** 1.6 * units.length)];
    const received = start + Math.floor(rnd() * 366) * DAY;
    const allowed = (3 + Math.floor(rnd() * 28)) * DAY;
    const due = received + allowed;
    let resolved = null;
    if (rnd() >= 0.04) {
      const late = rnd() < 0.015;
      resolved = received + (late ? allowed + (1 + Math.floor(rnd() * 20)) * DAY : Math.floor(rnd() * (allowed + DAY)));
      if (resolved > asOf) resolved = null;
    }
    const channel = channels[rnd() < 0.42 ? 0 : rnd() < 0.93 ? 1 : 2];
    const paid = channel === 'Trực tuyến' && rnd() < 0.35 ? 1 : 0;
    const code = `000.${pad2(1 + (i % 97))}.${pad2(Math.floor(i / 97) % 100)}.H57-${dmy(received).split('/').reverse().join('').slice(2)}-${String(i % 100000).padStart(5, '0')}`;
    yield {
      code,
      unit: unit.name,
      level: unit.level,
      sector: sectors[Math.floor(rnd() * sectors.length)],
      procedure: procedures[Math.floor(rnd() * procedures.length)],
      received,
      due,
      resolved,
      channel,
      paid,
      status: resolved === null ? 'Đang xử lý' : 'Đã trả kết quả',
    };
  }
}

async function writeCsv(count, file) {
  const out = fs.createWriteStream(file);
  out.write('\ufeff' + header.join(',') + '\r\n');
  let buf = '';
  for (const r of rows(count)) {
    buf += `${r.code},${csvField(r.unit)},${r.level},${csvField(r.sector)},${csvField(r.procedure)},${dmy(r.received)},${dmy(r.due)},${r.resolved === null ? '' : dmy(r.resolved)},${r.channel},${r.paid},${r.status}\r\n`;
    if (buf.length > 1 << 20) {
      if (!out.write(buf)) await once(out, 'drain');
      buf = '';
    }
  }
  out.end(buf);
  await once(out, 'finish');
}

async function writeXlsx(count, file) {
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true, useStyles: true });
  const ws = wb.addWorksheet('Danh sách hồ sơ');
  ws.addRow(header).commit();
  for (const r of rows(count)) {
    // Dates as real date cells (numFmt dd/mm/yyyy), as a system's Excel export writes them.
    const row = ws.addRow([r.code, r.unit, r.level, r.sector, r.procedure, new Date(r.received), new Date(r.due), r.resolved === null ? null : new Date(r.resolved), r.channel, r.paid, r.status]);
    for (const c of [6, 7, 8]) row.getCell(c).numFmt = 'dd/mm/yyyy';
    row.commit();
  }
  ws.commit();
  await wb.commit();
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [format, rowsArg, file] = process.argv.slice(2);
  if (!['csv', 'xlsx'].includes(format) || !rowsArg || !file) {
    console.error('usage: node bench/generate.js csv|xlsx ROWS FILE');
    process.exit(2);
  }
  fs.mkdirSync(path.dirname(file), { recursive: true });
  await (format === 'csv' ? writeCsv : writeXlsx)(Number(rowsArg), file);
}
