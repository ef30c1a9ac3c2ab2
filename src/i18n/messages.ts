/**
 * The message catalogue: every issue code once, with its severity, its Vietnamese and English
 * text, and what to do (SPEC §5: messages in the report language, Vietnamese by default). Nothing
 * else in the code spells a message: a stage creates an issue from a code, a location and the
 * code's parameters (`issue()` in issues.ts), and the text is written from here in the report's
 * language.
 *
 * To add a code:
 * 1. add one entry below: `'my-code': entry<{ value: string; … }>({ severity, vi, en, fix })`.
 *    The type argument lists the parameters; both texts and the fix get them, and so does every
 *    caller of `issue('my-code', where, params)`, checked by the compiler. Parameters are data
 *    (strings, numbers, ISO dates, lists, a `Reason` from reasons.ts) — never a sentence — and
 *    are written through `w` (words.ts): `w.n(count)`, `w.d(iso)`, `w.list(names)`, `w.cells(addresses)`.
 * 2. Vietnamese first, as a clerk would say it; the English says the same. Neither names the
 *    cell: the location is rendered from the issue's fields.
 * 3. `fix` says what to change, in the cell or the command; leave it out only when there is nothing to do.
 * 4. `severity` is the usual one; a caller may override it (`{ severity }`) where the same
 *    problem weighs differently (a bad count is a warning under --lenient).
 * 5. give the code a fixture and a golden line in test/golden/errors/ when it is an error.
 */
import type { DataKind, Level, LevelId } from '../model/records.js';
import type { Severity } from '../model/issue.js';
import type { Lang } from '../model/lang.js';
import { explain, textPlace, type Reason, type TextPlace } from './reasons.js';
import type { Words } from './words.js';

type Say<P> = (p: P, w: Words) => string;
export interface MessageEntry<P> {
  severity: Severity;
  vi: Say<P>;
  en: Say<P>;
  fix?: { vi: Say<P>; en: Say<P> };
}
const entry = <P extends object>(e: MessageEntry<P>): MessageEntry<P> => e;
const same = (vi: string, en: string) => ({ vi: () => vi, en: () => en });
const r = (reason: Reason, w: Words) => explain(reason, w.lang);

const saveAsXlsx = same(
  'mở tệp bằng Excel, chọn File > Save As > "Excel Workbook (*.xlsx)", rồi gửi hoặc dùng tệp .xlsx đó',
  'open it in Excel and choose File > Save As > "Excel Workbook (*.xlsx)", then send or use the .xlsx file',
);
const splitFile = {
  vi: 'chia bảng tính thành các tệp nhỏ hơn, hoặc lưu trang tính lớn thành "CSV UTF-8" rồi đọc tệp đó',
  en: 'split the workbook into smaller files, or save the large sheet as "CSV UTF-8" and read that',
};
const crafted = {
  vi: 'Excel và LibreOffice không lưu bảng tính như vậy: tệp bị hỏng hoặc được tạo ra để gây hại; đề nghị đơn vị lưu lại bằng Excel rồi gửi lại',
  en: 'this is not how Excel or LibreOffice save a workbook: the file is damaged or was made to harm; ask the department to save it again from Excel and resend it',
};
const dateFix = same('ghi ngày theo dạng ngày/tháng/năm, ví dụ 25/10/2024', 'write the date as day/month/year, e.g. 25/10/2024');
const deadlineFix = same(
  'ghi thời hạn dạng ngày/tháng/năm (30/06/2024), một kỳ (Quý IV/2024, Tháng 10/2024, Năm 2024) hoặc Thường xuyên',
  'write the deadline as day/month/year (30/06/2024), a period (Quý IV/2024, Tháng 10/2024, Năm 2024) or Thường xuyên',
);
const rowFix = same('sửa các ô của dòng này; số liệu được dùng như đã ghi', 'correct the cells of this row; the counts are used as written');
const writeOneOf = { vi: (p: { accepted: string[] }) => `ghi một trong các giá trị: ${p.accepted.join(', ')}`, en: (p: { accepted: string[] }) => `write one of: ${p.accepted.join(', ')}` };

/** Why a file or folder could not be opened, from the system's error code. */
export type OpenFailure = 'permission' | 'busy' | 'loop' | 'name-too-long' | 'other';
const openFailures: Record<Lang, Record<OpenFailure, string>> = {
  vi: { permission: 'không có quyền đọc', busy: 'chương trình khác đang dùng', loop: 'là lối tắt dẫn về chính nó', 'name-too-long': 'đường dẫn quá dài', other: 'lỗi hệ thống' },
  en: { permission: 'permission denied', busy: 'it is in use by another program', loop: 'it is a shortcut that leads back to itself', 'name-too-long': 'the path is too long', other: 'system error' },
};

/** What a path in a folder is when it is neither a file nor a folder. */
export type SpecialFile = 'pipe' | 'socket' | 'device' | 'other' | 'link-loop' | 'broken-link';
const specialFiles: Record<Lang, Record<SpecialFile, string>> = {
  vi: { pipe: 'một đường ống có tên', socket: 'một socket', device: 'một thiết bị', other: 'thứ không phải tệp cũng không phải thư mục', 'link-loop': 'một lối tắt dẫn về chính nó', 'broken-link': 'một lối tắt tới thứ không tồn tại' },
  en: { pipe: 'a named pipe', socket: 'a socket', device: 'a device', other: 'neither a file nor a folder', 'link-loop': 'a shortcut that leads back to itself', 'broken-link': 'a shortcut to something that does not exist' },
};

/** What the bytes of a file that is no spreadsheet are. */
export type OtherFormat = 'doc' | 'pdf' | 'picture' | 'docx' | 'odt' | 'zip';
const otherFormats: Record<Lang, Record<OtherFormat, string>> = {
  vi: { doc: 'văn bản Word cũ (.doc)', pdf: 'tài liệu PDF', picture: 'hình ảnh', docx: 'văn bản Word', odt: 'văn bản OpenDocument', zip: 'tệp nén zip' },
  en: { doc: 'an old Word document (.doc)', pdf: 'a PDF document', picture: 'a picture', docx: 'a Word document', odt: 'an OpenDocument text document', zip: 'a zip archive' },
};

/** What a config value should have been (`config-value`): the English says what it said before the catalogue. */
export type ConfigExpectation =
  | 'object' | 'text' | 'texts' | 'list' | 'date' | 'lang' | 'out' | 'near-due-days' | 'league-size' | 'tasks-per-unit'
  | 'files' | 'boolean' | 'plan' | 'thresholds' | 'fraction' | 'unit' | 'name' | 'former-names' | 'change-date' | 'signature';
type ConfigValue = { expected: ConfigExpectation; value?: string; folder?: string };
const signatureExample = '{ "authority": "TM. BAN CHỈ ĐẠO", "title": "TRƯỞNG BAN", "name": "…", "recipients": ["Như trên;", "Lưu: VT."], "symbol": "BC-BCĐ" }';
const formerExample = '{ "name": "Sở Thông tin và Truyền thông", "date": "2025-03-01" }';
const configExpectations: Record<Lang, (p: ConfigValue) => string> = {
  vi: (p) =>
    ({
      object: 'phải là một đối tượng ({ … })',
      text: 'phải là văn bản',
      texts: 'phải là danh sách các văn bản',
      list: 'phải là một danh sách',
      date: `phải là một ngày có thật, viết dạng năm-tháng-ngày (ví dụ 2024-10-25), không phải "${p.value ?? ''}"`,
      lang: `phải là "vi" hoặc "en", không phải "${p.value ?? ''}"`,
      out: `phải là một thư mục nằm trong thư mục của tệp cấu hình ${p.folder ?? ''}, không phải "${p.value ?? ''}"; để ghi báo cáo ở nơi khác, dùng --out`,
      'near-due-days': 'phải là số ngày nguyên, từ 0 đến 366',
      'league-size': 'phải là số đơn vị nguyên, ít nhất là 1 (ví dụ 10: 10 đơn vị đứng đầu và 10 đơn vị đứng cuối)',
      'tasks-per-unit': 'phải là số nhiệm vụ nguyên, ít nhất là 1 (ví dụ 5: bản tóm tắt liệt kê 5 nhiệm vụ chưa hoàn thành của mỗi đơn vị, bảng tính liệt kê tất cả)',
      files: 'phải gắn tên tệp hoặc mẫu tên tệp với đơn vị: { "bao-cao-huyen-*.xlsx": "UBND huyện Gò Dầu" }',
      boolean: 'phải là true hoặc false',
      plan: 'phải ghi tên tệp danh sách nhiệm vụ của kế hoạch, ví dụ "ke-hoach/phu-luc-nhiem-vu.xlsx"',
      thresholds: 'phải có dạng { "good": 0.9, "warn": 0.7 }: tỷ lệ từ 0 đến 1, warn không lớn hơn good',
      fraction: 'phải là tỷ lệ từ 0 đến 1 (0.5 là 50%)',
      unit: 'phải là một đối tượng có "name"',
      name: 'cần có "name"',
      'former-names': `phải là danh sách dạng ${formerExample} (ngày đầu tiên mang tên mới)`,
      'change-date': `phải là ngày thay đổi, viết dạng năm-tháng-ngày (ví dụ 2025-03-01), không phải ${p.value ?? 'null'}`,
      signature: `phải có dạng ${signatureExample}`,
    })[p.expected],
  en: (p) =>
    ({
      object: 'must be an object ({ … })',
      text: 'must be text',
      texts: 'must be a list of texts',
      list: 'must be a list',
      date: `must be a real date written yyyy-mm-dd (e.g. 2024-10-25), not "${p.value ?? ''}"`,
      lang: `must be "vi" or "en", not "${p.value ?? ''}"`,
      out: `must be a folder inside the config's folder ${p.folder ?? ''}, not "${p.value ?? ''}"; to write the reports elsewhere, give --out`,
      'near-due-days': 'must be a whole number of days from 0 to 366',
      'league-size': 'must be a whole number of units, at least 1 (e.g. 10: the top 10 and the bottom 10)',
      'tasks-per-unit': 'must be a whole number of tasks, at least 1 (e.g. 5: the brief lists 5 unfinished tasks of each unit, the workbook all of them)',
      files: 'must map file names or globs to units: { "bao-cao-huyen-*.xlsx": "UBND huyện Gò Dầu" }',
      boolean: 'must be true or false',
      plan: 'must name the file of the plan\'s task list, e.g. "ke-hoach/phu-luc-nhiem-vu.xlsx"',
      thresholds: 'must be { "good": 0.9, "warn": 0.7 }: fractions from 0 to 1, warn not above good',
      fraction: 'must be a fraction from 0 to 1 (0.5 for 50%)',
      unit: 'must be an object with a "name"',
      name: 'needs a "name"',
      'former-names': `must be a list of ${formerExample} (the first day under the new name)`,
      'change-date': `must be the day of the change written yyyy-mm-dd (e.g. 2025-03-01), not ${p.value ?? 'null'}`,
      signature: `must be ${signatureExample}`,
    })[p.expected],
};
/** A top-level key is quoted (`"asOf"`), a path into the config is not (`units[2].code`). */
const configKey = (at: string) => (/^[A-Za-z$]+$/.test(at) ? `"${at}"` : at);

/** A file the command reads beside the data, refused when it is too large to be one. */
export type SideFile = 'config' | 'template' | 'snapshot';
const sideFiles: Record<Lang, Record<SideFile, string>> = {
  vi: { config: 'tệp cấu hình', template: 'tệp mẫu', snapshot: 'bản tổng hợp' },
  en: { config: 'config file', template: 'template', snapshot: 'snapshot' },
};

/** Why `--period` was refused (compute/period.ts). */
export type PeriodProblem = 'no-such-day' | 'ends-before-start' | 'not-a-period' | 'cutoff';

/** One `--fail-on` condition that holds (cli/fail-on.ts). */
export type FailOnHold = { condition: 'overdue' | 'unmet'; count: number; asOf: string } | { condition: 'warnings'; count: number };

/** How a CSV file was decoded when it was not UTF-8. */
export type Encoding = 'windows-1258' | 'windows-1252' | 'tcvn3' | 'utf-16le' | 'utf-16be';
const encodings: Record<Lang, Record<Encoding, string>> = {
  vi: {
    'windows-1258': 'Windows-1258 (tiếng Việt, kiểu "CSV" thường mà Excel lưu trên Windows tiếng Việt)',
    'windows-1252': 'Windows-1252 (phương Tây, kiểu "CSV" thường mà Excel lưu trên Windows tiếng Anh)',
    tcvn3: 'TCVN3 (phông .VnTime cũ)',
    'utf-16le': 'UTF-16 không có dấu thứ tự byte',
    'utf-16be': 'UTF-16 (big-endian) không có dấu thứ tự byte',
  },
  en: {
    'windows-1258': 'Windows-1258 (Vietnamese, what Excel\'s plain "CSV" gives on a Vietnamese Windows)',
    'windows-1252': 'Windows-1252 (Western, what Excel\'s plain "CSV" gives on an English Windows)',
    tcvn3: 'TCVN3 (the old .VnTime fonts)',
    'utf-16le': 'UTF-16 without a byte-order mark',
    'utf-16be': 'UTF-16 (big-endian) without a byte-order mark',
  },
};

/** The same task or indicator in two tables: both counted, the second named with the first's place. */
function repeatedRecord(en: string, vi: string) {
  return entry<{ title: string; lead?: string; count: number; first: string }>({
    severity: 'warning',
    vi: (p) => `${p.count === 1 ? `${vi} "${p.title}"${p.lead ? ` (${p.lead})` : ''}` : `${p.count} ${vi}, từ "${p.title}" trở đi,`} cũng có ở ${p.first}${p.count === 1 ? '' : ' và các dòng dưới'}; cả hai đều được tính`,
    en: (p) => `${p.count === 1 ? `the ${en} "${p.title}"${p.lead ? ` (${p.lead})` : ''} is` : `${p.count} ${en}s, from "${p.title}" on, are`} also at ${p.first}${p.count === 1 ? '' : ' and below'}; both are counted`,
    fix: same(
      'nếu một trang tính hay tệp lặp lại trang khác (trang tổng hợp trên các trang của đơn vị, một tệp gửi hai lần), chỉ giữ một',
      "if one sheet or file repeats another (a summary sheet over the departments' sheets, a file sent twice), give only one of them",
    ),
  });
}

/** Which limit of read/limits.ts a file passed, with the file's number and the limit. */
export type Limit =
  | { limit: 'zip-entries' | 'sheets' | 'expanded-cells' | 'csv-lines'; count: number; max: number }
  | { limit: 'rows' | 'row-number' | 'columns' | 'merges'; count: number; max: number; part?: string }
  | { limit: 'zip-bomb'; part: string; packed: number; unpacked: number }
  | { limit: 'part-overflow'; part: string; declared: number }
  | { limit: 'xml-bytes' | 'all-bytes' | 'csv-bytes' | 'workbook-file'; bytes: number; max: number }
  /** Standard input (`-`) or a pipe or device named as a path. */
  | { limit: 'stream'; stdin: boolean; max: number }
  | { limit: 'cell-chars'; count: number; max: number }
  /** exceljs's own limits, for what the scan could not see: more rows, or more cells in one row. */
  | { limit: 'max-rows' | 'max-row-cells'; max: number }
  | { limit: 'csv-fields'; line: number; count: number; max: number };

/** `12,5 MB` / `12.5 MB`: one decimal below 10 MB. */
const mb = (bytes: number, w: Words) => {
  const n = bytes / 1024 / 1024;
  return `${w.n(n < 10 ? Math.round(n * 10) / 10 : Math.round(n))} MB`;
};
const inPart = (p: { part?: string }) => (p.part ? ` (${p.part})` : '');

const limitText: Record<Lang, Say<Limit>> = {
  vi: (p, w) => {
    switch (p.limit) {
      case 'zip-entries': return `bảng tính có ${w.n(p.count)} phần (chỉ đọc tối đa ${w.n(p.max)})`;
      case 'sheets': return `bảng tính có ${w.n(p.count)} trang tính (chỉ đọc tối đa ${w.n(p.max)})`;
      case 'rows': return `một trang tính có ${w.n(p.count)} dòng, kể cả dòng trống đã định dạng (chỉ đọc tối đa ${w.n(p.max)})${inPart(p)}`;
      case 'merges': return `một trang tính có ${w.n(p.count)} vùng ô gộp (chỉ đọc tối đa ${w.n(p.max)})${inPart(p)}`;
      case 'columns': return `một trang tính khai báo cột ${w.n(p.count)}, vượt quá cột cuối cùng của Excel (${w.n(p.max)})${inPart(p)}`;
      case 'row-number': return `một trang tính ghi dòng số ${w.n(p.count)}, vượt quá dòng cuối cùng của Excel (${w.n(p.max)})${inPart(p)}`;
      case 'expanded-cells': return `các ô gộp và vùng được đặt tên phủ ${w.n(p.count)} ô (chỉ đọc tối đa ${w.n(p.max)})`;
      case 'csv-lines': return `tệp có hơn ${w.n(p.max)} dòng (chỉ đọc tối đa ${w.n(p.max)} dòng một lần)`;
      case 'zip-bomb': return `phần ${p.part} giải nén từ ${mb(p.packed, w)} thành ${mb(p.unpacked, w)}, gấp ${w.n(Math.round(p.unpacked / Math.max(1, p.packed)))} lần (một "zip bomb"); phần này không được giải nén`;
      case 'part-overflow': return `phần ${p.part} chứa nhiều hơn ${mb(p.declared, w)} mà danh mục của nó khai báo; không giải nén tiếp`;
      case 'xml-bytes': return `các trang tính chứa ${mb(p.bytes, w)} dữ liệu khi giải nén (chỉ đọc tối đa ${mb(p.max, w)} một lần)`;
      case 'all-bytes': return `bảng tính chứa ${mb(p.bytes, w)} khi giải nén (chỉ đọc tối đa ${mb(p.max, w)})`;
      case 'csv-bytes': return `tệp có dung lượng ${mb(p.bytes, w)} (chỉ đọc tối đa ${mb(p.max, w)} một lần)`;
      case 'stream': return `${p.stdin ? 'đầu vào chuẩn' : 'đường ống hoặc thiết bị này'} cho hơn ${mb(p.max, w)} và không phải tệp hồ sơ chi tiết có thể đếm khi đang đọc`;
      case 'workbook-file': return `tệp bảng tính có dung lượng ${mb(p.bytes, w)} (chỉ đọc tối đa ${mb(p.max, w)})`;
      case 'cell-chars': return `ô chứa ${w.n(p.count)} ký tự, nhiều hơn Excel cho phép trong một ô (${w.n(p.max)})`;
      case 'max-rows': return `một trang tính có hơn ${w.n(p.max)} dòng`;
      case 'max-row-cells': return `một trang tính có hơn ${w.n(p.max)} ô trong một dòng`;
      case 'csv-fields': return `dòng ${p.line} có ${w.n(p.count)} trường, nhiều hơn số cột của một trang tính (${w.n(p.max)})`;
    }
  },
  en: (p, w) => {
    switch (p.limit) {
      case 'zip-entries': return `the workbook holds ${w.n(p.count)} parts (at most ${w.n(p.max)} are read)`;
      case 'sheets': return `the workbook has ${w.n(p.count)} sheets (at most ${w.n(p.max)} are read)`;
      case 'rows': return `a sheet has ${w.n(p.count)} rows, counting empty formatted ones (at most ${w.n(p.max)} are read)${inPart(p)}`;
      case 'merges': return `a sheet has ${w.n(p.count)} merged ranges (at most ${w.n(p.max)} are read)${inPart(p)}`;
      case 'columns': return `a sheet declares column ${w.n(p.count)}, past Excel's last column (${w.n(p.max)})${inPart(p)}`;
      case 'row-number': return `a sheet numbers a row ${w.n(p.count)}, past Excel's last row (${w.n(p.max)})${inPart(p)}`;
      case 'expanded-cells': return `merged cells and named ranges cover ${w.n(p.count)} cells (at most ${w.n(p.max)} are read)`;
      case 'csv-lines': return `the file has more than ${w.n(p.max)} lines (at most ${w.n(p.max)} are read at once)`;
      case 'zip-bomb': return `the part ${p.part} unpacks from ${mb(p.packed, w)} to ${mb(p.unpacked, w)}, ${w.n(Math.round(p.unpacked / Math.max(1, p.packed)))} times its size (a "zip bomb"); it is not unpacked`;
      case 'part-overflow': return `the part ${p.part} holds more than the ${mb(p.declared, w)} its directory declares; it is not unpacked further`;
      case 'xml-bytes': return `the workbook's sheets hold ${mb(p.bytes, w)} of data once unpacked (at most ${mb(p.max, w)} are read at once)`;
      case 'all-bytes': return `the workbook holds ${mb(p.bytes, w)} once unpacked (at most ${mb(p.max, w)} are read)`;
      case 'csv-bytes': return `the file is ${mb(p.bytes, w)} (at most ${mb(p.max, w)} are read at once)`;
      case 'stream': return `${p.stdin ? 'standard input is' : 'this pipe or device gives'} more than ${mb(p.max, w)} and is not a record export that can be counted as it streams`;
      case 'workbook-file': return `the workbook file is ${mb(p.bytes, w)} (at most ${mb(p.max, w)} are read)`;
      case 'cell-chars': return `the cell holds ${w.n(p.count)} characters, more than Excel allows in a cell (${w.n(p.max)})`;
      case 'max-rows': return `a sheet has more than ${w.n(p.max)} rows`;
      case 'max-row-cells': return `a sheet has more than ${w.n(p.max)} cells in one row`;
      case 'csv-fields': return `line ${p.line} has ${w.n(p.count)} fields, more than a sheet has columns (${w.n(p.max)})`;
    }
  },
};
const limitFix: Record<Lang, Say<Limit>> = {
  vi: (p) => {
    switch (p.limit) {
      case 'sheets': case 'xml-bytes': case 'csv-bytes': case 'csv-fields': return splitFile.vi;
      case 'all-bytes': case 'workbook-file': return `xoá hình ảnh khỏi bảng tính, hoặc ${splitFile.vi}`;
      case 'max-row-cells': return splitFile.vi;
      case 'rows': case 'max-rows': return `xoá các dòng trống bên dưới bảng (chọn chúng, bấm chuột phải > Delete), lưu và gửi lại tệp; hoặc ${splitFile.vi}`;
      case 'merges': return splitFile.vi;
      case 'expanded-cells': return 'bỏ gộp các ô của cả dòng hoặc cả cột (Home > Merge & Center > Unmerge Cells), lưu và gửi lại tệp';
      case 'csv-lines': return 'xoá các dòng trống ở cuối tệp, hoặc chia tệp thành các tệp nhỏ hơn';
      case 'stream': return 'chia dữ liệu thành các tệp nhỏ hơn và đọc các tệp đó thay vì chuyển qua đầu vào chuẩn';
      default: return crafted.vi;
    }
  },
  en: (p) => {
    switch (p.limit) {
      case 'sheets': case 'xml-bytes': case 'csv-bytes': case 'csv-fields': return splitFile.en;
      case 'all-bytes': case 'workbook-file': return `remove the pictures from the workbook, or ${splitFile.en}`;
      case 'max-row-cells': return splitFile.en;
      case 'rows': case 'max-rows': return `delete the empty rows below the table (select them, right-click > Delete), save, and send the file again; or ${splitFile.en}`;
      case 'merges': return splitFile.en;
      case 'expanded-cells': return 'unmerge the cells of whole rows or columns (Home > Merge & Center > Unmerge Cells), save, and send the file again';
      case 'csv-lines': return 'delete the empty lines at the end of the file, or split it into smaller files';
      case 'stream': return 'split the data into smaller files and name them instead of piping';
      default: return crafted.en;
    }
  },
};

/** A count of the dossier forms' identities (SPEC §2.4), as a message names it. */
export type DossierTerm =
  | 'received' | 'carriedOver' | 'newReceived' | 'online' | 'direct' | 'postal'
  | 'resolved' | 'early' | 'onTime' | 'late' | 'pending' | 'within' | 'overdue' | 'returned' | 'paidOnline';
const terms: Record<Lang, Record<DossierTerm, string>> = {
  vi: {
    received: 'tiếp nhận', carriedOver: 'kỳ trước chuyển sang', newReceived: 'mới tiếp nhận', online: 'trực tuyến', direct: 'trực tiếp/bưu chính', postal: 'bưu chính',
    resolved: 'đã giải quyết', early: 'trước hạn', onTime: 'đúng hạn', late: 'quá hạn', pending: 'đang giải quyết', within: 'trong hạn', overdue: 'quá hạn',
    returned: 'trả lại/rút', paidOnline: 'thanh toán trực tuyến',
  },
  en: {
    received: 'received', carriedOver: 'carried over', newReceived: 'new', online: 'online', direct: 'direct/postal', postal: 'postal',
    resolved: 'resolved', early: 'early', onTime: 'on time', late: 'late', pending: 'pending', within: 'within deadline', overdue: 'overdue',
    returned: 'returned/withdrawn', paidOnline: 'paid online',
  },
};
const term = (t: DossierTerm, w: Words) => terms[w.lang][t];

/** What a timing qualifier of a tracking system claimed, against what the dates say. */
export type StatusClaim =
  | { claim: 'late'; completedOn: string; deadline: string }
  | { claim: 'on_time'; completedOn: string; deadline: string }
  | { claim: 'overdue'; deadline: string; asOf: string }
  | { claim: 'within_deadline'; deadline: string; asOf: string };

/** The first cells of a list (eight at most) and how many there are. */
export interface CellList {
  cells: string[];
  count: number;
}
/** The first eight addresses and the count, for a message that lists cells. */
export const cellList = (addresses: readonly string[]): CellList => ({ cells: addresses.slice(0, 8), count: addresses.length });

export const catalogue = {
  // ── Files and folders (read/) ──────────────────────────────────────────────────────────────
  'file-not-found': entry<object>({
    severity: 'error',
    ...same('không có tệp hoặc thư mục nào có tên này', 'there is no file or folder with this name'),
    fix: same('kiểm tra lại tên và đường dẫn; đặt đường dẫn trong dấu nháy nếu có dấu cách', 'check the spelling of the path; put it in quotes if it contains spaces'),
  }),
  'file-unreadable': entry<{ what: 'file' | 'folder' | 'path'; cause: OpenFailure; detail?: string }>({
    severity: 'error',
    vi: (p) => `không mở được ${p.what === 'file' ? 'tệp' : p.what === 'folder' ? 'thư mục' : 'tệp hoặc thư mục'} (${p.cause === 'other' && p.detail ? p.detail : openFailures.vi[p.cause]})`,
    en: (p) => `the ${p.what === 'path' ? 'file or folder' : p.what} cannot be opened (${p.cause === 'other' && p.detail ? p.detail : openFailures.en[p.cause]})`,
    fix: same('đóng tệp nếu chương trình khác đang mở, kiểm tra quyền đọc của tài khoản, rồi chạy lại', 'close the file if another program has it open, check that your account may read it, and run again'),
  }),
  'own-report-skipped': entry<object>({
    severity: 'info',
    ...same('báo cáo do reform-report tạo ra không được đọc làm dữ liệu đầu vào', 'a report written by reform-report is not read as input'),
  }),
  'folder-empty': entry<{ extensions: string[] }>({
    severity: 'error',
    vi: (p) => `thư mục không có tệp nào để đọc (${p.extensions.join(', ')})`,
    en: (p) => `the folder holds no file to read (${p.extensions.join(', ')})`,
    fix: same('đặt các tệp .xlsx hoặc .csv của các đơn vị vào thư mục này, hoặc chỉ rõ từng tệp', "put the departments' .xlsx or .csv files in this folder, or name the files themselves"),
  }),
  'file-empty': entry<object>({
    severity: 'error',
    ...same('tệp rỗng (0 byte)', 'the file is empty (0 bytes)'),
    fix: same('tệp chưa được lưu hoặc đính kèm chưa hết: đề nghị đơn vị gửi lại', 'the file was not saved or not attached completely: ask the department to send it again'),
  }),
  'file-copy': entry<{ original: string }>({
    severity: 'warning',
    vi: (p) => `là bản sao của tệp ${p.original} (giống hệt từng byte): số liệu chỉ được tính một lần, ở tệp đó`,
    en: (p) => `a copy of ${p.original} (the same bytes): its figures are counted once, there`,
    fix: same('xóa bản sao khỏi thư mục (thường là tệp đính kèm tải về hai lần)', 'remove the copy from the folder (usually an attachment downloaded twice)'),
  }),
  'file-legacy-xls': entry<object>({
    severity: 'error',
    ...same('đây là bảng tính Excel 97-2003 cũ (.xls), không đọc được', 'this is an old Excel 97-2003 workbook (.xls), which cannot be read'),
    fix: saveAsXlsx,
  }),
  'file-encrypted': entry<object>({
    severity: 'error',
    ...same('bảng tính được bảo vệ bằng mật khẩu nên không đọc được', 'the workbook is protected by a password, so it cannot be read'),
    fix: same(
      'mở tệp bằng Excel với mật khẩu, chọn File > Info > Protect Workbook > Encrypt with Password, xoá mật khẩu, lưu lại rồi dùng tệp đó',
      'open it in Excel with the password, choose File > Info > Protect Workbook > Encrypt with Password, clear the password, save, and use that file',
    ),
  }),
  'file-unsupported': entry<{ format: 'ods' | 'xlsb' } | { format: 'other'; what: OtherFormat }>({
    severity: 'error',
    vi: (p) => ('what' in p ? `đây là ${otherFormats.vi[p.what]}, không phải bảng tính` : p.format === 'ods' ? 'đây là bảng tính OpenDocument (.ods), không đọc được' : 'đây là bảng tính Excel nhị phân (.xlsb), không đọc được'),
    en: (p) => ('what' in p ? `this is ${otherFormats.en[p.what]}, not a spreadsheet` : p.format === 'ods' ? 'this is an OpenDocument spreadsheet (.ods), which cannot be read' : 'this is an Excel binary workbook (.xlsb), which cannot be read'),
    fix: {
      vi: (p) => (p.format === 'ods' ? 'mở tệp bằng LibreOffice Calc, chọn File > Save As > "Excel 2007-365 (.xlsx)"' : p.format === 'xlsb' ? saveAsXlsx.vi() : 'dùng tệp Excel (.xlsx) hoặc CSV của đơn vị'),
      en: (p) => (p.format === 'ods' ? 'open it in LibreOffice Calc and choose File > Save As > "Excel 2007-365 (.xlsx)"' : p.format === 'xlsb' ? saveAsXlsx.en() : "use the department's Excel (.xlsx) or CSV file instead"),
    },
  }),
  'file-corrupt': entry<{ damage: 'cut' | 'workbook' } | { damage: 'directory'; detail: string }>({
    severity: 'error',
    vi: (p) =>
      'detail' in p
        ? `danh mục zip của bảng tính tự mâu thuẫn (${p.detail}), nên không được đọc`
        : p.damage === 'cut'
          ? 'tệp bị hỏng hoặc không đầy đủ (bị cắt trước khi hết) nên không mở được'
          : 'bảng tính bị hỏng, không mở được',
    en: (p) =>
      'detail' in p
        ? `the workbook's zip directory contradicts itself (${p.detail}), so it is not read`
        : p.damage === 'cut'
          ? 'the file is damaged or incomplete (cut off before its end), so it cannot be opened'
          : 'the workbook is damaged and cannot be opened',
    fix: {
      vi: (p) => (p.damage === 'cut' ? 'có lẽ việc tải về hoặc đính kèm thư bị gián đoạn: đề nghị đơn vị gửi lại tệp' : p.damage === 'workbook' ? 'mở tệp bằng Excel (Excel có thể đề nghị sửa), lưu lại thành .xlsx rồi gửi lại' : crafted.vi),
      en: (p) => (p.damage === 'cut' ? 'the download or the e-mail attachment was probably interrupted: ask the department to send the file again' : p.damage === 'workbook' ? 'open it in Excel (which may offer to repair it), save it again as .xlsx and send it again' : crafted.en),
    },
  }),
  'file-web-page': entry<{ what: 'excel-xml' | 'html' }>({
    severity: 'error',
    vi: (p) => `đây là ${p.what === 'html' ? 'một trang web (HTML) được lưu với tên bảng tính' : 'bảng tính Excel 2003 dạng XML'}, không phải bảng tính .xlsx: một số phần mềm xuất tệp "Excel" theo cách này`,
    en: (p) => `this is ${p.what === 'html' ? 'a web page (HTML) saved with a spreadsheet name' : 'an Excel 2003 XML spreadsheet'}, not a workbook: some web systems export "Excel" files this way`,
    fix: same(
      'mở tệp bằng Excel (chọn Yes khi Excel cảnh báo định dạng khác), chọn File > Save As > "Excel Workbook (*.xlsx)" rồi dùng tệp đó',
      'open it in Excel (say Yes when Excel warns that the format differs), choose File > Save As > "Excel Workbook (*.xlsx)", and use that file',
    ),
  }),
  'folder-loop': entry<object>({
    severity: 'warning',
    ...same('thư mục này là lối tắt tới một thư mục đang được đọc; không đọc lại', 'this folder is a shortcut to a folder already being read; it is not read again'),
    fix: same('xoá lối tắt nếu nó không có chủ đích', 'remove the shortcut if it was not meant to be there'),
  }),
  'file-duplicate': entry<object>({
    severity: 'info',
    ...same('đây là lối tắt tới một tệp đã đọc; tệp chỉ được đọc một lần', 'this is a shortcut to a file already read; it is read once'),
  }),
  'file-special': entry<{ what: SpecialFile }>({
    severity: 'warning',
    vi: (p) => `đây là ${specialFiles.vi[p.what]}, không phải tệp; không được đọc`,
    en: (p) => `this is ${specialFiles.en[p.what]}, not a file; it is not read`,
    fix: same('chỉ đặt chính các tệp bảng tính vào thư mục', 'move the spreadsheet files themselves into the folder'),
  }),
  'control-characters': entry<CellList>({
    severity: 'warning',
    vi: (p, w) => `${w.cellCount(p.count)} chứa ký tự điều khiển ẩn, đã thay bằng "\uFFFD": ${w.cells(p.cells, p.count)}`,
    en: (p, w) => `${p.count === 1 ? '1 cell holds' : `${w.n(p.count)} cells hold`} invisible control characters, replaced by "\uFFFD": ${w.cells(p.cells, p.count)}`,
    fix: same(
      'chữ được dán từ chương trình khác hoặc tệp do chương trình khác tạo ra; gõ lại hoặc kiểm tra các ô đã nêu',
      'the text was pasted from another program or the file was made by one; retype the cells named, or check them',
    ),
  }),
  'file-too-large': entry<Limit>({
    severity: 'error',
    vi: limitText.vi,
    en: limitText.en,
    fix: limitFix,
  }),
  'csv-encoding': entry<{ encoding: Encoding }>({
    severity: 'info',
    vi: (p) => `tệp không phải UTF-8; đã được đọc theo bảng mã ${encodings.vi[p.encoding]}`,
    en: (p) => `the file is not UTF-8; it was read as ${encodings.en[p.encoding]}`,
  }),
  'csv-malformed': entry<{ problem: 'unclosed-quote'; line: number } | { problem: 'unreadable'; line?: number; detail: string } | { problem: 'stream'; detail: string }>({
    severity: 'error',
    vi: (p) =>
      p.problem === 'unclosed-quote'
        ? `dấu nháy kép (") mở ở dòng ${p.line} không được đóng, nên không đọc được tệp từ đó trở đi`
        : p.problem === 'unreadable'
          ? `không đọc được tệp theo dạng CSV sau dòng ${p.line ?? '?'} (${p.detail})`
          : `tệp CSV bị lỗi ở đây (${p.detail}); các dòng từ đây trở đi không được đếm`,
    en: (p) =>
      p.problem === 'unclosed-quote'
        ? `a quote (") opened on line ${p.line} is never closed, so the file cannot be read from there on`
        : p.problem === 'unreadable'
          ? `the file cannot be read as CSV past line ${p.line ?? '?'} (${p.detail})`
          : `${p.detail}; the rows from here on are not counted`,
    fix: {
      vi: (p) => (p.problem === 'unclosed-quote' ? 'thêm dấu " đóng sau nội dung của ô đó, hoặc mở tệp bằng Excel rồi lưu lại thành "CSV UTF-8"' : 'có lẽ một dấu nháy kép (") chưa được đóng; mở tệp bằng Excel rồi lưu lại thành "CSV UTF-8"'),
      en: (p) => (p.problem === 'unclosed-quote' ? 'put the closing " after the text of that cell, or open the file in Excel and save it again as "CSV UTF-8"' : 'a quote (") is probably not closed; open the file in Excel and save it again as "CSV UTF-8"'),
    },
  }),
  'tcvn3-converted': entry<CellList & { from: string; to: string }>({
    severity: 'warning',
    vi: (p, w) => `chữ gõ bằng phông TCVN3 (.VnTime) cũ đã được chuyển sang Unicode ở ${w.cellCount(p.count)}: ${w.cells(p.cells, p.count)} (ví dụ "${p.from}" → "${p.to}")`,
    en: (p, w) => `text typed in the old TCVN3 (.VnTime) font was converted to Unicode in ${w.cellCount(p.count)}: ${w.cells(p.cells, p.count)} (e.g. "${p.from}" → "${p.to}")`,
    fix: same(
      'kiểm tra chữ đã chuyển có đọc đúng không; để sửa hẳn tệp, chuyển mã bằng Unikey (Ctrl+Shift+F6, từ TCVN3 sang Unicode) và dùng phông Unicode như Times New Roman',
      'check that the converted text reads right; to fix the file for good, convert it with Unikey (Ctrl+Shift+F6, from TCVN3 to Unicode) and use a Unicode font such as Times New Roman',
    ),
  }),
  'lost-letters': entry<CellList & { example: string }>({
    severity: 'warning',
    vi: (p, w) => `chữ tiếng Việt đã bị thay bằng dấu "?" ở ${w.cellCount(p.count)}: ${w.cells(p.cells, p.count)} (ví dụ "${p.example}"); tệp được lưu dạng "CSV" thường, làm mất hẳn các chữ này`,
    en: (p, w) => `Vietnamese letters were replaced by "?" in ${w.cellCount(p.count)}: ${w.cells(p.cells, p.count)} (e.g. "${p.example}"); the file was saved as plain "CSV", which loses them for good`,
    fix: same(
      'mở bảng tính gốc bằng Excel và lưu bằng File > Save As > "CSV UTF-8 (Comma delimited) (*.csv)", hoặc gửi chính tệp .xlsx',
      'open the original workbook in Excel and save it with File > Save As > "CSV UTF-8 (Comma delimited) (*.csv)", or send the .xlsx file itself',
    ),
  }),
  'formula-no-result': entry<CellList>({
    severity: 'warning',
    vi: (p, w) => `${w.cellCount(p.count)} chứa công thức mà kết quả không được lưu cùng tệp, nên được đọc là ô trống: ${w.cells(p.cells, p.count)}`,
    en: (p, w) => `${p.count === 1 ? '1 cell holds a formula' : `${w.n(p.count)} cells hold formulas`} whose result was not saved with the file, so ${p.count === 1 ? 'it is' : 'they are'} read as empty: ${w.cells(p.cells, p.count)}`,
    fix: same(
      'chương trình tạo tệp đã không tính công thức: mở tệp bằng Excel, lưu lại (Excel tính và lưu kết quả), rồi gửi lại',
      'the program that wrote the file did not calculate it: open the file in Excel, save it (Excel calculates and stores the results), and send it again',
    ),
  }),

  // ── Tables and their kinds (interpret/) ─────────────────────────────────────────────────────
  'sheet-skipped': entry<{ reason: Reason } | { besideRecords: true }>({
    severity: 'warning',
    vi: (p, w) => ('reason' in p ? `bỏ qua: ${r(p.reason, w)}` : 'bỏ qua: bảng tính chứa một tệp hồ sơ chi tiết, được đọc theo luồng, và trang tính này không phải tệp đó'),
    en: (p, w) => ('reason' in p ? `skipped: ${r(p.reason, w)}` : 'skipped: the workbook holds a record export, which is read as a stream, and this sheet is not one'),
    fix: {
      vi: (p) => ('reason' in p ? 'nếu cần đọc bảng này, đổi tên các cột theo tên đã biết (README, "Recognised headers") hoặc dùng --kind' : 'lưu trang tính này thành một bảng tính riêng để được đọc'),
      en: (p) => ('reason' in p ? 'if this table should be read, rename its column headers (see README, "Recognised headers") or give --kind' : 'save this sheet as a workbook of its own to have it read'),
    },
  }),
  'table-not-read': entry<{ reason: Reason }>({
    severity: 'error',
    vi: (p, w) => `các dòng trông như số liệu nhưng không được đọc: ${r(p.reason, w)}`,
    en: (p, w) => `rows that look like data were not read: ${r(p.reason, w)}`,
    fix: same(
      'đặt lại tên các cột như README ("Recognised headers") liệt kê (cột nhiệm vụ, tình trạng, đơn vị chủ trì…), hoặc dùng --kind; trang tính không phải báo cáo có thể xoá khỏi tệp',
      'name the columns the way the README\'s "Recognised headers" lists them (the task, status, lead… columns), or give --kind; a sheet that is not a report can be deleted from the file',
    ),
  }),
  'unit-option-given': entry<{ unit: string; files: string[] }>({
    severity: 'info',
    vi: (p, w) => `--unit "${p.unit}" được dùng cho ${w.n(p.files.length)} tệp không ghi đơn vị: ${p.files.join(', ')}`,
    en: (p, w) => `--unit "${p.unit}" was given to ${w.n(p.files.length)} ${p.files.length === 1 ? 'file' : 'files'} that name no unit: ${p.files.join(', ')}`,
  }),
  'unit-option-mixed': entry<{ unit: string; files: { file: string; head: string }[] }>({
    severity: 'error',
    vi: (p) => `--unit "${p.unit}" được dùng cho các tệp do nhiều cơ quan khác nhau ban hành (theo phần đầu văn bản): ${p.files.map((f) => `${f.file} (${f.head})`).join(', ')}`,
    en: (p) => `--unit "${p.unit}" would be given to files issued by different bodies (by their heads): ${p.files.map((f) => `${f.file} (${f.head})`).join(', ')}`,
    fix: same(
      'chạy --unit riêng cho tệp của từng cơ quan, hoặc gán từng tệp cho đơn vị của nó trong mục "files" của reform-report.config.json',
      'run --unit on each body\'s files separately, or map each file to its unit under "files" in reform-report.config.json',
    ),
  }),
  'unit-undecided': entry<{ kind: 'tasks' | 'dossiers' }>({
    severity: 'error',
    vi: (p) => `bảng không có cột ${p.kind === 'tasks' ? 'đơn vị chủ trì' : 'đơn vị'} và không có gì cho biết bảng của đơn vị nào (không có dòng "Đơn vị báo cáo:", không có đơn vị ở phần đầu văn bản, không có đơn vị trong tên tệp)`,
    en: (p) => `the table has no ${p.kind === 'tasks' ? 'lead unit (Đơn vị chủ trì)' : 'unit (Đơn vị)'} column and nothing says whose it is (no "Đơn vị báo cáo:" line, no unit in its head, no unit in the file name)`,
    fix: same(
      'dùng --unit "Sở …" cho tệp này, hoặc gán tệp cho đơn vị của nó trong mục "files" của reform-report.config.json',
      'give --unit "Sở …" for this file, or map the file to its unit under "files" in reform-report.config.json',
    ),
  }),
  'hidden-sheet': entry<{ kind: DataKind }>({
    severity: 'info',
    vi: (p, w) => `trang tính bị ẩn; vẫn được đọc là bảng ${w.kind(p.kind)} vì tiêu đề cột khớp`,
    en: (p, w) => `the sheet is hidden; it is read as ${w.kind(p.kind)} because its headers match`,
  }),
  'no-kind': entry<{ tables: { where: string; reason: Reason | 'empty' }[] }>({
    severity: 'error',
    vi: (p, w) => `không bảng nào khớp với loại dữ liệu nào: ${p.tables.map((t) => `${t.where} (${t.reason === 'empty' ? 'trống' : r(t.reason, w)})`).join('; ')}`,
    en: (p, w) => `no table matches any data kind: ${p.tables.map((t) => `${t.where} (${t.reason === 'empty' ? 'empty' : r(t.reason, w)})`).join('; ')}`,
    fix: same(
      'kiểm tra các tệp có dòng tiêu đề với tên cột đã biết (README, "Recognised headers"), hoặc dùng --kind',
      'check that the files have a header row with known column names (README, "Recognised headers"), or give --kind',
    ),
  }),

  // ── Tasks and indicators ──────────────────────────────────────────────────────────────────
  'bad-status': entry<{ value: string; suggestion?: string; lettersLost: boolean; accepted: string[] } | { ticked: { column: string; name: string }[] }>({
    severity: 'error',
    vi: (p) =>
      'ticked'
        in p
        ? `nhiệm vụ được đánh dấu ở ${p.ticked.length} cột trạng thái (${p.ticked.map((t) => `${t.column} "${t.name}"`).join(', ')})`
        : `"${p.value}" không phải là tình trạng đã biết${p.suggestion ? `; có phải là "${p.suggestion}"?` : ''}${p.lettersLost ? ' (chữ tiếng Việt của ô đã mất khi lưu tệp: xem cảnh báo lost-letters)' : ''}`,
    en: (p) =>
      'ticked' in p
        ? `the task is ticked in ${p.ticked.length} status columns (${p.ticked.map((t) => `${t.column} "${t.name}"`).join(', ')})`
        : `"${p.value}" is not a known status${p.suggestion ? `; did you mean "${p.suggestion}"?` : ''}${p.lettersLost ? ' (its Vietnamese letters were lost when the file was saved: see the lost-letters warning)' : ''}`,
    fix: {
      vi: (p) => ('ticked' in p ? 'chỉ đánh dấu (x) vào một cột trạng thái' : `ghi một trong các tình trạng sau vào ô: ${p.accepted.join(', ')}`),
      en: (p) => ('ticked' in p ? 'leave the tick (x) in one status column only' : `write one of these in the cell: ${p.accepted.join(', ')}`),
    },
  }),
  'missing-title': entry<{ kind: 'tasks' | 'indicators' }>({
    severity: 'error',
    vi: (p) => `${p.kind === 'tasks' ? 'nhiệm vụ không có nội dung' : 'chỉ tiêu không có tên'} (ô trống nhưng dòng có nội dung khác)`,
    en: (p) => `${p.kind === 'tasks' ? 'the task has no title' : 'the indicator has no name'} (the cell is empty but the row has other content)`,
    fix: {
      vi: (p) => `ghi ${p.kind === 'tasks' ? 'nội dung nhiệm vụ' : 'tên chỉ tiêu'} vào ô này, hoặc xoá dòng`,
      en: (p) => `write the ${p.kind === 'tasks' ? 'task' : 'indicator name'} in this cell, or delete the row`,
    },
  }),
  'heading-status': entry<{ status: string }>({
    severity: 'warning',
    vi: (p) => `dòng có các nội dung được đánh số bên dưới nên được đọc là tiêu đề của chúng, không phải nhiệm vụ; tình trạng "${p.status}" của dòng không được tính (các nội dung con được tính)`,
    en: (p) => `the row has items numbered below it, so it is read as their heading, not as a task; its status "${p.status}" is not counted (its items are)`,
    fix: same('ghi tình trạng cho từng nội dung bên dưới, hoặc bỏ đánh số các nội dung nếu dòng này là một nhiệm vụ', 'write the status on each item below, or remove the numbering of the items if this row is one task'),
  }),
  'missing-completion-date': entry<{ title: string; status: string }>({
    severity: 'warning',
    vi: (p) => `nhiệm vụ "${p.title}" đã hoàn thành ("${p.status}") nhưng để trống ngày hoàn thành; được tính là hoàn thành đúng hạn`,
    en: (p) => `the task "${p.title}" is done ("${p.status}") but its completion date is blank; it is counted as done on time`,
    fix: same('ghi ngày hoàn thành nhiệm vụ (ngày/tháng/năm)', 'write the date the task was completed (dd/mm/yyyy)'),
  }),
  'ambiguous-column': entry<{ column: string; header: string }>({
    severity: 'warning',
    vi: (p) => `cột ${p.column} "${p.header}" có thể là thời hạn, tình trạng hoặc tiến độ, và các ô của cột không cho biết là gì (không phải ngày hay kỳ, không phải tình trạng, không phải phần trăm); cột không được đọc`,
    en: (p) => `column ${p.column} "${p.header}" could be the deadline, the status or the progress, and its cells do not say which (neither dates or periods, nor statuses, nor percents); it is not read`,
    fix: same('đặt lại tên cột cho rõ, ví dụ Thời hạn hoàn thành, Tình trạng hoặc Tiến độ (%)', 'rename the column, e.g. Thời hạn hoàn thành, Tình trạng or Tiến độ (%)'),
  }),
  'missing-lead': entry<{ title: string; unassigned: string }>({
    severity: 'warning',
    vi: (p) => `nhiệm vụ "${p.title}" không có đơn vị chủ trì; được tính vào "${p.unassigned}"`,
    en: (p) => `the task "${p.title}" has no lead unit; it is counted under "${p.unassigned}"`,
    fix: same('ghi đơn vị chủ trì vào ô này, ví dụ Sở Nội vụ', 'write the lead unit (Đơn vị chủ trì) in this cell, e.g. Sở Nội vụ'),
  }),
  'bad-deadline': entry<{ reason: Reason; then: 'rejected' | 'no-deadline'; of: 'task' | 'indicator' }>({
    severity: 'warning',
    vi: (p, w) => `${r(p.reason, w)}${p.then === 'no-deadline' ? `; ${p.of === 'task' ? 'nhiệm vụ' : 'chỉ tiêu'} được coi là không có thời hạn` : ''}`,
    en: (p, w) => `${r(p.reason, w)}${p.then === 'no-deadline' ? `; the ${p.of} is treated as having no deadline` : ''}`,
    fix: deadlineFix,
  }),
  'bad-date': entry<{ reason: Reason; then: 'rejected' | 'not-counted' | 'no-due-date' | 'any-period' }>({
    severity: 'error',
    vi: (p, w) => `${r(p.reason, w)}${{ rejected: '', 'not-counted': '; hồ sơ không được đếm', 'no-due-date': '; hồ sơ được tính là không có hạn xử lý', 'any-period': '; phản ánh được tính không phụ thuộc kỳ báo cáo' }[p.then]}`,
    en: (p, w) => `${r(p.reason, w)}${{ rejected: '', 'not-counted': '; the dossier is not counted', 'no-due-date': '; the dossier is counted as having no due date', 'any-period': '; the item is counted whatever the period' }[p.then]}`,
    fix: dateFix,
  }),
  'missing-date': entry<object>({
    severity: 'error',
    ...same('hồ sơ không có ngày tiếp nhận; hồ sơ không được đếm', 'the dossier has no receipt date; it is not counted'),
    fix: dateFix,
  }),
  'bad-percent': entry<{ field: 'progress'; value: string } | { field: 'target' | 'actual'; percent: number; title: string }>({
    severity: 'warning',
    vi: (p, w) =>
      p.field === 'progress'
        ? `tiến độ ${p.value} nằm ngoài khoảng 0–100%; bỏ qua (không số liệu nào phụ thuộc vào tiến độ)`
        : `${p.field === 'target' ? 'chỉ tiêu' : 'kết quả'} ${w.n(p.percent)}% ${p.percent < 0 ? 'nhỏ hơn 0%' : 'lớn hơn 100%'}, trong khi "${p.title}" là một tỷ lệ (chỉ từ 0% đến 100%)`,
    en: (p, w) =>
      p.field === 'progress'
        ? `progress ${p.value} is outside 0–100%, which progress cannot be; it is ignored (no figure depends on it)`
        : `${p.field === 'target' ? 'the target' : 'the result'} ${w.n(p.percent)}% is ${p.percent < 0 ? 'below 0%' : 'above 100%'}, which a share ("${p.title}") cannot be`,
    fix: {
      vi: (p) => (p.field === 'progress' ? 'ghi tiến độ dạng phần trăm từ 0% đến 100%, ví dụ 80%' : 'kiểm tra số liệu và ghi dạng phần trăm của tổng, từ 0% đến 100%, ví dụ 85,2%'),
      en: (p) => (p.field === 'progress' ? 'write the progress as a percent from 0% to 100%, e.g. 80%' : 'check the figure and write it as a percent of the whole, from 0% to 100%, e.g. 85,2%'),
    },
  }),
  'bad-number': entry<{ reason: Reason }>({
    severity: 'warning',
    vi: (p, w) => `${r(p.reason, w)}; bỏ qua tiến độ (không số liệu nào phụ thuộc vào tiến độ)`,
    en: (p, w) => `${r(p.reason, w)}; progress is ignored (no figure depends on it)`,
    fix: same('ghi tiến độ dạng phần trăm, ví dụ 80%', 'write the progress as a percent, e.g. 80%'),
  }),
  'missing-target': entry<{ title: string }>({
    severity: 'error',
    vi: (p) => `chỉ tiêu "${p.title}" không có chỉ tiêu kế hoạch`,
    en: (p) => `the indicator "${p.title}" has no target`,
    fix: same('ghi chỉ tiêu kế hoạch vào ô này, ví dụ ≥ 80%, Tối thiểu 50%, ≤ 5%, 1.200 hoặc Hoàn thành', 'write the target in this cell, e.g. ≥ 80%, Tối thiểu 50%, ≤ 5%, 1.200, or Hoàn thành'),
  }),
  'bad-target': entry<{ reason: Reason }>({
    severity: 'error',
    vi: (p, w) => r(p.reason, w),
    en: (p, w) => r(p.reason, w),
    fix: same(
      'ghi chỉ tiêu dạng số hoặc phần trăm kèm phép so sánh, ví dụ ≥ 80%, Tối thiểu 50%, ≤ 5%, 1.200 hoặc Hoàn thành',
      'write the target as a number or percent with its comparison, e.g. ≥ 80%, Tối thiểu 50%, ≤ 5%, 1.200, or Hoàn thành',
    ),
  }),
  'bad-actual': entry<{ reason: Reason }>({
    severity: 'error',
    vi: (p, w) => r(p.reason, w),
    en: (p, w) => r(p.reason, w),
    fix: same(
      'ghi kết quả dạng số, phần trăm (80,5%) hoặc Hoàn thành / Chưa hoàn thành',
      'write the result as a number or percent (80,5%), or Hoàn thành / Chưa hoàn thành',
    ),
  }),
  'bad-direction': entry<{ value: string; used: string }>({
    severity: 'warning',
    vi: (p) => `"${p.value}" không phải là phép so sánh; dùng ${p.used}`,
    en: (p) => `"${p.value}" is not a comparison; ${p.used} is used`,
    fix: same('ghi >=, <= hoặc =', 'write >=, <= or ='),
  }),
  'duplicate-task': repeatedRecord('task', 'nhiệm vụ'),
  'duplicate-indicator': repeatedRecord('indicator', 'chỉ tiêu'),
  'plan-near-match': entry<{ title: string; planTitle: string; planId: string; plan: string }>({
    severity: 'warning',
    vi: (p) => `nhiệm vụ "${p.title}" gần giống nhiệm vụ ${p.planId} "${p.planTitle}" của kế hoạch (${p.plan}) nhưng không trùng; chưa được ghép: nhiệm vụ này được tính là ngoài kế hoạch và nhiệm vụ của kế hoạch là chưa báo cáo`,
    en: (p) => `the task "${p.title}" is close to task ${p.planId} "${p.planTitle}" of the plan (${p.plan}) but not the same; it is not matched: this task counts as outside the plan and the plan's task as not reported`,
    fix: {
      vi: (p) => `nếu là cùng một nhiệm vụ, ghi mã "${p.planId}" vào cột "Mã nhiệm vụ" hoặc chép đúng tên nhiệm vụ như trong kế hoạch`,
      en: (p) => `if it is the same task, write "${p.planId}" in the "Mã nhiệm vụ" column, or copy the task's title exactly as the plan writes it`,
    },
  }),
  'plan-task-conflict': entry<{ id: string; title: string; status: string; first: string; firstStatus: string }>({
    severity: 'error',
    vi: (p) => `nhiệm vụ ${p.id} "${p.title}" của kế hoạch được báo cáo hai lần với tình trạng khác nhau: "${p.firstStatus}" ở ${p.first} (tình trạng được tính) và "${p.status}" ở đây`,
    en: (p) => `task ${p.id} "${p.title}" of the plan is reported twice with different statuses: "${p.firstStatus}" at ${p.first} (the status counted) and "${p.status}" here`,
    fix: same('hỏi đơn vị chủ trì tình trạng đúng và sửa một trong hai ô, hoặc bỏ dòng thừa', 'ask the lead unit which status is right and correct one of the two cells, or remove the extra row'),
  }),
  'plan-deadline-differs': entry<{ id: string; reported: string; planned: string }>({
    severity: 'warning',
    vi: (p) => `thời hạn của nhiệm vụ ${p.id} ghi là "${p.reported}", khác thời hạn trong kế hoạch "${p.planned}"; thời hạn của kế hoạch được dùng`,
    en: (p) => `the deadline of task ${p.id} is written "${p.reported}", not the plan's "${p.planned}"; the plan's deadline is used`,
    fix: same('ghi thời hạn như trong kế hoạch; nếu thời hạn đã được điều chỉnh, sửa trong tệp kế hoạch', "write the plan's deadline; if the deadline was changed, change it in the plan's file"),
  }),
  'plan-empty': entry<object>({
    severity: 'error',
    ...same('tệp kế hoạch không có danh sách nhiệm vụ đọc được (cần các cột Nội dung nhiệm vụ và Đơn vị chủ trì)', 'the plan file holds no task list that can be read (it needs a task column and a lead unit column)'),
    fix: same('chỉ ra tệp phụ lục danh mục nhiệm vụ của kế hoạch bằng --plan hoặc mục "plan" của reform-report.config.json', 'name the appendix listing the plan\'s tasks with --plan or "plan" in reform-report.config.json'),
  }),
  'status-claim': entry<StatusClaim>({
    severity: 'warning',
    vi: (p, w) => {
      switch (p.claim) {
        case 'late': return `tình trạng ghi là quá hạn, nhưng nhiệm vụ hoàn thành ngày ${w.d(p.completedOn)}, không muộn hơn thời hạn ${w.d(p.deadline)}`;
        case 'on_time': return `tình trạng ghi là đúng hạn, nhưng nhiệm vụ hoàn thành ngày ${w.d(p.completedOn)}, sau thời hạn ${w.d(p.deadline)}`;
        case 'overdue': return `tình trạng ghi là quá hạn, nhưng thời hạn ${w.d(p.deadline)} không trước ngày ${w.d(p.asOf)}`;
        case 'within_deadline': return `tình trạng ghi là trong hạn, nhưng thời hạn ${w.d(p.deadline)} đã qua tính đến ngày ${w.d(p.asOf)}`;
      }
    },
    en: (p, w) => {
      switch (p.claim) {
        case 'late': return `the status says late, but it was completed on ${w.d(p.completedOn)}, on or before the deadline ${w.d(p.deadline)}`;
        case 'on_time': return `the status says on time, but it was completed on ${w.d(p.completedOn)}, after the deadline ${w.d(p.deadline)}`;
        case 'overdue': return `the status says overdue, but the deadline ${w.d(p.deadline)} is not before ${w.d(p.asOf)}`;
        case 'within_deadline': return `the status says within the deadline, but the deadline ${w.d(p.deadline)} has passed as of ${w.d(p.asOf)}`;
      }
    },
    fix: same('kiểm tra lại tình trạng, thời hạn và ngày hoàn thành', 'check the status, the deadline and the completion date'),
  }),

  // ── Dossiers and feedback ─────────────────────────────────────────────────────────────────
  'missing-unit': entry<{ of: 'row' | 'dossier' | 'export' }>({
    severity: 'error',
    vi: (p) => ({ row: 'dòng có số liệu nhưng không có tên đơn vị', dossier: 'hồ sơ không có đơn vị', export: 'tệp hồ sơ chi tiết không có cột đơn vị (Đơn vị), nên không đếm được hồ sơ theo đơn vị' })[p.of],
    en: (p) => ({ row: 'the row has counts but no unit name', dossier: 'the dossier has no unit', export: 'the record export has no unit column (Đơn vị), so its dossiers cannot be counted by unit' })[p.of],
    fix: {
      vi: (p) => (p.of === 'row' ? 'ghi tên đơn vị vào ô này, hoặc xoá dòng' : 'thêm cột đơn vị vào tệp xuất, hoặc chỉ rõ đơn vị bằng --unit'),
      en: (p) => (p.of === 'row' ? 'write the unit (Đơn vị) in this cell, or delete the row' : 'add the unit column to the export, or give the unit with --unit'),
    },
  }),
  'bad-level': entry<{ value: string; accepted: string[] }>({
    severity: 'error',
    vi: (p) => `"${p.value}" không phải là cấp hành chính`,
    en: (p) => `"${p.value}" is not a level`,
    fix: writeOneOf,
  }),
  'no-level': entry<{ unit: string; of: 'row' | 'dossier' }>({
    severity: 'error',
    vi: (p) => `không xác định được cấp (tỉnh, huyện hay xã) của "${p.unit}" từ tên đơn vị${p.of === 'dossier' ? '; hồ sơ không được đếm' : ''}`,
    en: (p) => `the level of "${p.unit}" (province, district or commune) cannot be told from its name${p.of === 'dossier' ? '; the dossier is not counted' : ''}`,
    fix: {
      vi: (p) =>
        p.of === 'row'
          ? 'thêm cột Cấp (Cấp tỉnh / Cấp huyện / Cấp xã), đặt dòng dưới một dòng nhóm (Sở, ban, ngành / Huyện, thị xã, thành phố / Xã, phường, thị trấn), hoặc khai báo cấp của đơn vị trong tệp cấu hình (units)'
          : 'thêm cột Cấp (Cấp tỉnh / Cấp huyện / Cấp xã) vào tệp xuất, hoặc khai báo cấp của đơn vị trong tệp cấu hình (units)',
      en: (p) =>
        p.of === 'row'
          ? 'add a Cấp column (Cấp tỉnh / Cấp huyện / Cấp xã), put the row under a group row (Sở, ban, ngành / Huyện, thị xã, thành phố / Xã, phường, thị trấn), or give the unit a level in the config (units)'
          : 'add a Cấp column (Cấp tỉnh / Cấp huyện / Cấp xã) to the export, or give the unit a level in the config (units)',
    },
  }),
  'placeholder-value': entry<{ value: string; header: string; what: 'result' | 'target' | 'count' | 'status' | 'progress' | 'deadline' | 'date' }>({
    severity: 'info',
    vi: (p) =>
      `ô "${p.header}" ghi "${p.value}": chưa có số liệu; ${
        { result: 'chỉ tiêu được tính là chưa báo cáo kết quả, không phải không đạt', target: 'chưa có mức kế hoạch để so sánh: chỉ tiêu được tính là chưa báo cáo', count: 'số này được coi là chưa báo cáo, không tính là 0', status: 'nhiệm vụ được tính là chưa báo cáo', progress: 'tiến độ để trống', deadline: 'nhiệm vụ được coi là chưa có thời hạn', date: 'ngày để trống' }[p.what]
      }`,
    en: (p) =>
      `"${p.header}" says "${p.value}": no figure yet; ${
        { result: 'the indicator counts as not reported, not as not met', target: 'with no target to judge against, the indicator counts as not reported', count: 'the count is taken as not reported, not as 0', status: 'the task counts as not reported', progress: 'the progress is left blank', deadline: 'the task is taken as having no deadline', date: 'the date is left blank' }[p.what]
      }`,
    fix: same('ghi số liệu vào ô khi đơn vị có số liệu', 'write the figure in the cell once the unit has it'),
  }),
  'bad-count': entry<{ reason: Reason; header?: string; lenient: boolean; of: 'dossiers' | 'items' }>({
    severity: 'error',
    vi: (p, w) => `${r(p.reason, w)}${p.header ? ` (${p.header})` : ''}${p.lenient ? '; tính là 0' : ''}`,
    en: (p, w) => `${r(p.reason, w)}${p.header ? ` (${p.header})` : ''}${p.lenient ? '; counted as 0' : ''}`,
    fix: {
      vi: (p) => (p.of === 'dossiers' ? 'ghi số hồ sơ, ví dụ 270.497 hoặc 270497' : 'ghi số lượng, ví dụ 78'),
      en: (p) => (p.of === 'dossiers' ? 'write the number of dossiers, e.g. 270.497 or 270497' : 'write the number of items, e.g. 78'),
    },
  }),
  'dossier-identity': entry<{ total: DossierTerm; parts: DossierTerm[] | 'channels'; totalCells: string[]; totalValue: number; partCells: string[]; partValue: number }>({
    severity: 'warning',
    vi: (p, w) =>
      `${term(p.total, w)} ≠ ${p.parts === 'channels' ? 'tổng các kênh' : p.parts.map((t) => term(t, w)).join(' + ')}: ${p.totalCells.join(' + ')} = ${w.n(p.totalValue)}, nhưng ${p.partCells.join(' + ')} = ${w.n(p.partValue)} (chênh lệch ${w.n(p.totalValue - p.partValue)})`,
    en: (p, w) =>
      `${term(p.total, w)} ≠ ${p.parts === 'channels' ? 'the sum of its channels' : p.parts.map((t) => term(t, w)).join(' + ')}: ${p.totalCells.join(' + ')} = ${w.n(p.totalValue)}, but ${p.partCells.join(' + ')} = ${w.n(p.partValue)} (difference ${w.n(p.totalValue - p.partValue)})`,
    fix: rowFix,
  }),
  'dossier-column-doubt': entry<{ columns: { column: string; header: string }[]; block: DossierTerm; fitsBoth: boolean }>({
    severity: 'warning',
    vi: (p, w) =>
      `cột ${p.columns.map((c) => `${c.column} "${c.header}"`).join(', ')} có thể là số hồ sơ tiếp nhận qua kênh đó, hoặc là phần tách của cột ${term(p.block, w)} đứng trước; ${p.fitsBoth ? 'các dòng khớp với cả hai cách đọc' : 'các dòng không khớp với cách đọc nào'}: được đọc là tiếp nhận`,
    en: (p, w) =>
      `column ${p.columns.map((c) => `${c.column} "${c.header}"`).join(', ')} may count dossiers received by that channel, or split the ${term(p.block, w)} column before it; ${p.fitsBoth ? 'the rows fit both readings' : 'the rows fit neither reading'}: it is read as received`,
    fix: same(
      'đặt các cột kênh dưới một ô cha (Số hồ sơ tiếp nhận / Đang giải quyết) để biểu cho biết cột thuộc về đâu',
      'put the channel columns under a parent cell (Số hồ sơ tiếp nhận / Đang giải quyết) so that the form says which it is',
    ),
  }),
  'total-mismatch': entry<{ row: 'total' | 'subtotal'; label?: string; columns: { column: string; header: string; stated: number; computed: number }[] }>({
    severity: 'warning',
    vi: (p, w) =>
      `${p.row === 'total' ? 'dòng tổng' : `dòng cộng${p.label ? ` "${p.label}"` : ''}`} không khớp với nhóm dòng nào mà nó có thể cộng: ${p.columns
        .map((c) => `cột ${c.column} (${c.header}) ghi ${w.n(c.stated)}, nhưng các dòng được cộng có tổng ${w.n(c.computed)} (chênh lệch ${w.n(c.stated - c.computed)})`)
        .join('; ')}`,
    en: (p, w) =>
      `the ${p.row === 'total' ? 'total row' : `subtotal row${p.label ? ` "${p.label}"` : ''}`} matches no group of rows it could sum: ${p.columns
        .map((c) => `column ${c.column} (${c.header}) says ${w.n(c.stated)}, but the rows it sums add up to ${w.n(c.computed)} (difference ${w.n(c.stated - c.computed)})`)
        .join('; ')}`,
    fix: same('kiểm tra các dòng và dòng tổng; số liệu được tính từ các dòng, không lấy từ dòng tổng', 'check the rows and the total row; the figures are computed from the rows, not from the total'),
  }),
  'sector-rows': entry<{ sectors: string[]; more: boolean; unit: string }>({
    severity: 'info',
    vi: (p) => `các dòng là lĩnh vực (${p.sectors.join(', ')}${p.more ? ', …' : ''}), không phải đơn vị: được tính cho ${p.unit}`,
    en: (p) => `the rows are sectors (${p.sectors.join(', ')}${p.more ? ', …' : ''}), not units: they are counted as ${p.unit}'s`,
  }),
  'period-mismatch': entry<{ from: string; to: string; askedFrom: string; askedTo: string }>({
    severity: 'warning',
    vi: (p, w) => `biểu báo cáo kỳ ${w.d(p.from)}–${w.d(p.to)}, không phải kỳ được yêu cầu (${w.d(p.askedFrom)}–${w.d(p.askedTo)}); số liệu được tính như đã ghi`,
    en: (p, w) => `the form reports ${w.d(p.from)}–${w.d(p.to)}, not the period asked for (${w.d(p.askedFrom)}–${w.d(p.askedTo)}); its figures are counted as they are`,
    fix: same('đề nghị đơn vị gửi lại biểu đúng kỳ báo cáo, hoặc chạy với kỳ mà các biểu báo cáo', 'ask the department for the form of the period asked for, or run with the period the forms report'),
  }),
  /** `levelName`: the config's labels of a level it adds (the public-service centre). */
  'duplicate-unit': entry<{ unit: string; level: LevelId; levelName?: { vi: string; en: string }; files: string[] }>({
    severity: 'warning',
    vi: (p, w) => `hồ sơ của "${p.unit}" (${p.levelName?.vi ?? w.level(p.level)}) cũng có trong ${p.files.join(', ')}; cả hai được cộng lại`,
    en: (p, w) => `the dossiers of "${p.unit}" (${p.levelName?.en ?? w.level(p.level)}) are also in ${p.files.join(', ')}; both are added up`,
    fix: same('nếu các tệp cùng một kỳ, chỉ dùng một tệp', 'if the files cover the same period, give only one of them'),
  }),
  'bad-channel': entry<{ value: string; accepted: string[] }>({
    severity: 'warning',
    vi: (p) => `"${p.value}" không phải là kênh nộp đã biết; hồ sơ được tính là không nộp trực tuyến`,
    en: (p) => `"${p.value}" is not a known channel; the dossier is counted as not submitted online`,
    fix: writeOneOf,
  }),
  'bad-paid': entry<{ value: string; accepted: string }>({
    severity: 'warning',
    vi: (p) => `"${p.value}" không cho biết hồ sơ có thanh toán trực tuyến hay không; được tính là không thanh toán trực tuyến`,
    en: (p) => `"${p.value}" does not say whether the dossier was paid online; it is counted as not paid`,
    fix: { vi: (p) => `ghi ${p.accepted}`, en: (p) => `write ${p.accepted}` },
  }),
  'outside-period': entry<{ records: 'after'; count: number; date: string } | { records: 'before'; count: number; date: string } | { records: 'feedback'; count: number; from?: string; to: string }>({
    severity: 'info',
    vi: (p, w) =>
      p.records === 'after'
        ? `${w.n(p.count)} hồ sơ tiếp nhận sau ngày ${w.d(p.date)} không được đếm`
        : p.records === 'before'
          ? `${w.n(p.count)} hồ sơ đã giải quyết trước khi kỳ báo cáo bắt đầu (${w.d(p.date)}) không được đếm`
          : `${w.n(p.count)} phản ánh, kiến nghị không được đếm: tiếp nhận ngoài kỳ báo cáo (được đếm: tiếp nhận ${p.from ? `từ ${w.d(p.from)} đến ${w.d(p.to)}` : `đến hết ngày ${w.d(p.to)}`})`,
    en: (p, w) =>
      p.records === 'after'
        ? `${w.n(p.count)} record${p.count === 1 ? '' : 's'} received after ${w.d(p.date)} ${p.count === 1 ? 'was' : 'were'} not counted`
        : p.records === 'before'
          ? `${w.n(p.count)} record${p.count === 1 ? '' : 's'} resolved before the period began (${w.d(p.date)}) ${p.count === 1 ? 'was' : 'were'} not counted`
          : `${w.n(p.count)} feedback item${p.count === 1 ? ' was' : 's were'} not counted: received outside the period (counted: received ${p.from ? `between ${w.d(p.from)} and ${w.d(p.to)}` : `on or before ${w.d(p.to)}`})`,
  }),
  'feedback-identity': entry<{ total: number; resolved: number; pending?: number }>({
    severity: 'warning',
    vi: (p, w) =>
      p.pending !== undefined
        ? `tổng số ≠ đã xử lý + đang xử lý: ${w.n(p.total)}, nhưng ${w.n(p.resolved)} + ${w.n(p.pending)} = ${w.n(p.resolved + p.pending)}`
        : `${w.n(p.resolved)} đã xử lý, nhiều hơn ${w.n(p.total)} đã tiếp nhận`,
    en: (p, w) =>
      p.pending !== undefined
        ? `total ≠ resolved + pending: ${w.n(p.total)}, but ${w.n(p.resolved)} + ${w.n(p.pending)} = ${w.n(p.resolved + p.pending)}`
        : `${w.n(p.resolved)} resolved is more than the ${w.n(p.total)} received`,
    fix: rowFix,
  }),
  'bad-feedback-status': entry<{ value: string; accepted: string[] }>({
    severity: 'warning',
    vi: (p) => `"${p.value}" không phải là tình trạng xử lý phản ánh đã biết; được tính là đang xử lý`,
    en: (p) => `"${p.value}" is not a known feedback status; the item is counted as pending`,
    fix: writeOneOf,
  }),
  'missing-sector': entry<{ unassigned: string }>({
    severity: 'warning',
    vi: (p) => `dòng không có lĩnh vực; được tính vào "${p.unassigned}"`,
    en: (p) => `the row has no sector; it is counted under "${p.unassigned}"`,
    fix: same('ghi lĩnh vực vào ô này', 'write the sector (Lĩnh vực) in this cell'),
  }),

  'stale-data': entry<{ stated: string; used: string; kind: DataKind; days: number }>({
    severity: 'warning',
    vi: (p, w) => `bảng ghi số liệu tính đến ngày ${w.d(p.stated)}, trước ${w.n(p.days)} ngày so với ngày số liệu của phần ${w.kind(p.kind)} (${w.d(p.used)}): số liệu đã cũ`,
    en: (p, w) => `the table states its figures as of ${w.d(p.stated)}, ${w.n(p.days)} days before the ${w.kind(p.kind)} figures' as-of ${w.d(p.used)}: its data is old`,
    fix: same('đề nghị đơn vị gửi báo cáo mới, hoặc lập báo cáo với --as-of là hạn nộp báo cáo', 'ask the unit for its current report, or build with --as-of the date the reports were due'),
  }),
  'asof-differs': entry<{ stated: string; used: string; kind: DataKind }>({
    severity: 'warning',
    vi: (p, w) => `bảng ghi số liệu tính đến ngày ${w.d(p.stated)}; phần ${w.kind(p.kind)} tính đến ngày ${w.d(p.used)} (ngày mà phần lớn các bảng ghi), và bảng này được đánh giá theo ngày đó`,
    en: (p, w) => `the table states its figures as of ${w.d(p.stated)}; the ${w.kind(p.kind)} section is as of ${w.d(p.used)} (the date most of its tables state), and this table is judged at that date`,
    fix: same('kiểm tra ngày số liệu ở tiêu đề bảng, hoặc dùng --as-of', 'check the date in the title of this table, or give --as-of'),
  }),
  'unit-unknown': entry<{ name: string; guess?: string; strict: boolean; rows: number }>({
    severity: 'warning',
    vi: (p, w) => `"${p.name}" không phải là đơn vị trong tệp cấu hình${p.guess ? ` (có phải là "${p.guess}"?)` : ''}; ${p.strict ? 'đơn vị phải là đơn vị của cấu hình (--strict-units)' : 'được tính như đã ghi'}${p.rows > 1 ? ` (${w.n(p.rows)} dòng)` : ''}`,
    en: (p, w) => `"${p.name}" is not a unit of the config${p.guess ? ` (did you mean "${p.guess}"?)` : ''}; ${p.strict ? "the units must be the config's (--strict-units)" : 'it is counted as written'}${p.rows > 1 ? ` (${w.n(p.rows)} rows)` : ''}`,
    fix: {
      vi: (p) => (p.guess ? `sửa tên trong tệp, hoặc thêm "${p.name}" vào bí danh (aliases) của "${p.guess}" trong mục "units" của reform-report.config.json` : `thêm "${p.name}" vào mục "units" của reform-report.config.json nếu là đơn vị của báo cáo, hoặc sửa tên trong tệp`),
      en: (p) => (p.guess ? `correct the name in the file, or add "${p.name}" to the aliases of "${p.guess}" under "units" in reform-report.config.json` : `add "${p.name}" to "units" in reform-report.config.json if it is a unit of the report, or correct the name in the file`),
    },
  }),

  'mixed-output-set': entry<{ reports: { file: string; runId: string | null }[] }>({
    severity: 'warning',
    vi: (p) => `các báo cáo ở đây không cùng một lần lập: ${p.reports.map((r) => `${r.file} (${r.runId ?? 'không có mã lần lập'})`).join(', ')}; một lần lập đã bị gián đoạn. Tất cả được ghi lại bây giờ`,
    en: (p) => `the reports found here are not of one build: ${p.reports.map((r) => `${r.file} (${r.runId ?? 'no run id'})`).join(', ')}; a build was interrupted. They are all rewritten now`,
    fix: same(
      'không cần làm gì: bộ báo cáo mới thay thế chúng; kiểm tra điều gì đã dừng lần chạy trước (ổ đĩa đầy, tác vụ bị dừng)',
      'nothing to do: the new set replaces them; check what stopped the earlier run (a full disk, a killed job)',
    ),
  }),

  // ── The command (cli/) ────────────────────────────────────────────────────────────────────
  // Usage errors (exit 2): written on stderr as `reform-report: message — fix`, in the report
  // language that argv asks for (cli/errors.ts), Vietnamese by default.
  'usage-flag': entry<{ kind: 'unknown-option' | 'unknown-command' | 'invalid-choice' | 'missing-argument' | 'option-value' | 'excess-arguments' | 'other'; name: string; value?: string; choices?: string[] }>({
    severity: 'error',
    vi: (p) =>
      ({
        'unknown-option': `không có tuỳ chọn ${p.name}`,
        'unknown-command': `không có lệnh ${p.name}`,
        'invalid-choice': `${p.name} không nhận giá trị "${p.value ?? ''}"${p.choices ? `; các giá trị được nhận: ${p.choices.join(', ')}` : ''}`,
        'missing-argument': `thiếu ${p.name}`,
        'option-value': `tuỳ chọn ${p.name} cần một giá trị`,
        'excess-arguments': `lệnh nhận ít đối số hơn số đã ghi${p.name ? ` (${p.name})` : ''}`,
        other: `dòng lệnh không đúng${p.name ? `: ${p.name}` : ''}`,
      })[p.kind],
    en: (p) =>
      ({
        'unknown-option': `there is no option ${p.name}`,
        'unknown-command': `there is no command ${p.name}`,
        'invalid-choice': `${p.name} does not take "${p.value ?? ''}"${p.choices ? `; it takes: ${p.choices.join(', ')}` : ''}`,
        'missing-argument': `${p.name} is missing`,
        'option-value': `the option ${p.name} needs a value`,
        'excess-arguments': `the command takes fewer arguments than were given${p.name ? ` (${p.name})` : ''}`,
        other: `the command line is not right${p.name ? `: ${p.name}` : ''}`,
      })[p.kind],
    fix: same('xem cách dùng: reform-report --help, hoặc reform-report TÊN-LỆNH --help', 'see the usage: reform-report --help, or reform-report COMMAND --help'),
  }),
  'config-levels': entry<{ file: string; at: string; problem: 'not-a-list' | 'not-an-entry' | 'unknown-key' | 'bad-id' | 'repeated' | 'no-label' | 'unknown-level'; value?: string; known?: string[] }>({
    severity: 'error',
    vi: (p) =>
      `${p.file}: ${p.at}: ` +
      ({
        'not-a-list': 'mục "levels" phải là danh sách các cấp, theo thứ tự sẽ in',
        'not-an-entry': 'mỗi cấp phải có dạng { "id": "…", "vi": "…", "en": "…" }',
        'unknown-key': `không có khóa "${p.value ?? ''}"; các khóa được nhận: ${(p.known ?? []).join(', ')}`,
        'bad-id': `mã cấp "${p.value ?? ''}" không hợp lệ: chỉ dùng chữ thường không dấu, chữ số và dấu gạch ngang`,
        repeated: `cấp "${p.value ?? ''}" được liệt kê hai lần`,
        'no-label': `cấp thêm "${p.value ?? ''}" cần tên tiếng Việt ("vi") và tiếng Anh ("en")`,
        'unknown-level': `"${p.value ?? ''}" không phải là một cấp; các cấp: ${(p.known ?? []).join(', ')}`,
      })[p.problem],
    en: (p) =>
      `${p.file}: ${p.at}: ` +
      ({
        'not-a-list': '"levels" must be the list of levels, in the order they are printed',
        'not-an-entry': 'each level must be { "id": "…", "vi": "…", "en": "…" }',
        'unknown-key': `unknown key "${p.value ?? ''}"; known keys: ${(p.known ?? []).join(', ')}`,
        'bad-id': `the level id "${p.value ?? ''}" is not valid: use lower-case letters without marks, digits and hyphens`,
        repeated: `the level "${p.value ?? ''}" is listed twice`,
        'no-label': `the added level "${p.value ?? ''}" needs a Vietnamese ("vi") and an English ("en") label`,
        'unknown-level': `"${p.value ?? ''}" is not a level; the levels: ${(p.known ?? []).join(', ')}`,
      })[p.problem],
    fix: same(
      'ví dụ "levels": [{ "id": "province" }, { "id": "centre", "vi": "Trung tâm Phục vụ hành chính công", "en": "Public-service centre" }, { "id": "commune" }], và "level": "centre" cho đơn vị của cấp đó trong mục "units"',
      'e.g. "levels": [{ "id": "province" }, { "id": "centre", "vi": "Trung tâm Phục vụ hành chính công", "en": "Public-service centre" }, { "id": "commune" }], and "level": "centre" for that level\'s unit under "units"',
    ),
  }),
  'bad-as-of': entry<{ text: string }>({
    severity: 'error',
    vi: (p) => `--as-of phải là một ngày có thật, viết dạng năm-tháng-ngày, không phải "${p.text}"`,
    en: (p) => `--as-of must be a real date written yyyy-mm-dd, not "${p.text}"`,
    fix: same('ví dụ --as-of 2024-10-25', 'e.g. --as-of 2024-10-25'),
  }),
  'no-inputs': entry<Record<string, never>>({
    severity: 'error',
    vi: () => 'không có tệp nào để đọc',
    en: () => 'no inputs',
    fix: same(
      'ghi tên các tệp hoặc thư mục cần đọc (hoặc - để đọc từ đầu vào chuẩn), hoặc liệt kê chúng ở mục "inputs" của reform-report.config.json',
      'name the files or folders to read (or - for standard input), or list them under "inputs" in reform-report.config.json',
    ),
  }),
  'stdin-terminal': entry<Record<string, never>>({
    severity: 'error',
    vi: () => '- đọc từ đầu vào chuẩn, mà ở đây đầu vào chuẩn là bàn phím',
    en: () => '- reads standard input, which is a terminal here',
    fix: same('chuyển một tệp vào qua đường ống (cat tasks.csv | reform-report summary -) hoặc ghi tên tệp', 'pipe a file in (cat tasks.csv | reform-report summary -) or name the file'),
  }),
  // The config file (cli/config.ts): `file: where: what`, read before anything else.
  'config-unreadable': entry<{ file: string; cause: string }>({
    severity: 'error',
    vi: (p) => `${p.file}: không đọc được tệp cấu hình (${p.cause})`,
    en: (p) => `${p.file}: cannot read the config file (${p.cause})`,
    fix: same('kiểm tra đường dẫn và quyền đọc tệp', 'check the path, and that the file may be read'),
  }),
  'config-syntax': entry<{ file: string; format: 'JSON' | 'YAML'; at: TextPlace }>({
    severity: 'error',
    vi: (p) => `${p.file}: tệp cấu hình không phải ${p.format} hợp lệ: ${textPlace(p.at, 'vi')}`,
    en: (p) => `${p.file}: the config file is not valid ${p.format}: ${textPlace(p.at, 'en')}`,
    fix: same('sửa tệp ở chỗ đã chỉ (thường thiếu dấu phẩy, dấu ngoặc hoặc dấu nháy)', 'correct the file at that place (often a missing comma, bracket or quote)'),
  }),
  'config-unknown-key': entry<{ file: string; at?: string; key: string; guess?: string; known: readonly string[] }>({
    severity: 'error',
    vi: (p) => `${p.file}: ${p.at ? `${p.at}: ` : ''}không có khóa "${p.key}"${p.guess ? ` (có phải là "${p.guess}"?)` : ''}; các khóa được nhận: ${p.known.join(', ')}`,
    en: (p) => `${p.file}: ${p.at ? `${p.at}: ` : ''}unknown key "${p.key}"${p.guess ? ` (did you mean "${p.guess}"?)` : ''}; known keys: ${p.known.join(', ')}`,
    fix: same('sửa hoặc xoá khóa này: một khóa gõ sai sẽ làm thay đổi báo cáo mà không ai biết', 'correct or remove the key: a mistyped key would change the report unnoticed'),
  }),
  /** A value of the config that is not what its key takes; `at` is the key's path (`asOf`, `units[2].code`). */
  'config-value': entry<{ file: string; at: string; expected: ConfigExpectation; value?: string; folder?: string }>({
    severity: 'error',
    vi: (p) => `${p.file}: ${p.at === '' ? 'tệp cấu hình' : configKey(p.at)} ${configExpectations.vi(p)}`,
    en: (p) => `${p.file}: ${p.at === '' ? 'the config' : configKey(p.at)} ${configExpectations.en(p)}`,
    fix: same('sửa giá trị này trong tệp cấu hình rồi chạy lại; README mục «Configuration» liệt kê các khóa và giá trị được nhận', 'correct the value in the config file and run again; the README section «Configuration» lists the keys and the values they take'),
  }),
  'config-name-twice': entry<{ file: string; name: string; units: [string, string]; former: boolean }>({
    severity: 'error',
    vi: (p) => (p.former ? `"${p.name}" là tên cũ của hai đơn vị, "${p.units[0]}" và "${p.units[1]}"` : `"${p.name}" là tên của hai đơn vị, "${p.units[0]}" và "${p.units[1]}"`).replace(/^/, `${p.file}: `),
    en: (p) => `${p.file}: ` + (p.former ? `"${p.name}" is a former name of two units, "${p.units[0]}" and "${p.units[1]}"` : `"${p.name}" names two units, "${p.units[0]}" and "${p.units[1]}"`),
    fix: {
      vi: (p) => (p.former ? 'chỉ ghi tên cũ này cho đơn vị đã tiếp nhận công việc của đơn vị cũ' : 'mỗi tên, mã hoặc bí danh chỉ thuộc về một đơn vị'),
      en: (p) => (p.former ? 'give it to the one that took over its work' : 'a name, code or alias must belong to one unit only'),
    },
  }),
  'side-file-too-large': entry<{ file: string; what: SideFile; mb: number }>({
    severity: 'error',
    vi: (p, w) => `${p.file}: ${sideFiles.vi[p.what]} lớn hơn ${w.n(p.mb)} MB, mà không ${sideFiles.vi[p.what]} nào lớn như vậy`,
    en: (p, w) => `${p.file}: the ${sideFiles.en[p.what]} is larger than ${w.n(p.mb)} MB, which no ${sideFiles.en[p.what]} is`,
    fix: same('kiểm tra xem có đúng là tệp cần dùng không', 'check that this is the right file'),
  }),

  // The flags that choose what is counted and written.
  'bad-cutoff': entry<{ text: string }>({
    severity: 'error',
    vi: (p) => `--cutoff phải là một ngày trong tháng, từ 1 đến 28, không phải "${p.text}"`,
    en: (p) => `--cutoff must be a day of the month from 1 to 28, not "${p.text}"`,
    fix: same('ví dụ --cutoff 15 (kỳ báo cáo theo Nghị định 09/2019/NĐ-CP)', 'e.g. --cutoff 15 (the reporting periods of Decree 09/2019/NĐ-CP)'),
  }),
  'cutoff-without-period': entry<Record<string, never>>({
    severity: 'error',
    vi: () => '--cutoff quy định cách cắt một kỳ --period có tên, mà không có --period',
    en: () => '--cutoff sets how a named --period is cut, and there is no --period',
    fix: same('ghi cả --period, ví dụ --period 2024-9M --cutoff 15', 'give --period too, e.g. --period 2024-9M --cutoff 15'),
  }),
  'bad-period': entry<{ text: string; problem: PeriodProblem }>({
    severity: 'error',
    vi: (p) =>
      `--period: "${p.text}" ` +
      ({ 'no-such-day': 'ghi một ngày không có thật', 'ends-before-start': 'kết thúc trước khi bắt đầu', 'not-a-period': 'không phải là một kỳ', cutoff: 'dùng ngày cắt kỳ ngoài khoảng 1 đến 28' })[p.problem],
    en: (p) =>
      `--period: "${p.text}" ` +
      ({ 'no-such-day': 'names a day that does not exist', 'ends-before-start': 'ends before it starts', 'not-a-period': 'is not a period', cutoff: 'is cut on a day outside 1 to 28' })[p.problem],
    fix: same('ví dụ: 2024-10, 2024-Q3, 2024-H1, 2024-9M, 2024 hoặc 2024-01-01..2024-09-30', 'e.g. 2024-10, 2024-Q3, 2024-H1, 2024-9M, 2024 or 2024-01-01..2024-09-30'),
  }),
  'no-such-name': entry<{ flag: '--unit' | '--area'; wanted: string; present: readonly string[] }>({
    severity: 'error',
    vi: (p) => `${p.flag} "${p.wanted}": không có ${p.flag === '--unit' ? 'đơn vị' : 'lĩnh vực'} này trong dữ liệu (${p.flag === '--unit' ? 'các đơn vị' : 'các lĩnh vực'}: ${p.present.join('; ') || 'không có'})`,
    en: (p) => `${p.flag} "${p.wanted}": no such ${p.flag === '--unit' ? 'unit' : 'area'} in the inputs (${p.flag === '--unit' ? 'units' : 'areas'}: ${p.present.join('; ') || 'none'})`,
    fix: same('ghi một tên trong danh sách trên', 'give one of the names listed'),
  }),
  'columns-none': entry<{ columns: readonly string[] }>({
    severity: 'error',
    vi: () => '--columns: chưa ghi cột nào',
    en: () => '--columns: no column named',
    fix: { vi: (p) => `ghi ít nhất một cột (${p.columns.join(', ')})`, en: (p) => `name at least one column (${p.columns.join(', ')})` },
  }),
  'columns-unknown': entry<{ unknown: readonly string[]; columns: readonly string[] }>({
    severity: 'error',
    vi: (p) => `--columns: không có cột ${p.unknown.map((n) => `"${n}"`).join(', ')} (các cột: ${p.columns.join(', ')})`,
    en: (p) => `--columns: no column ${p.unknown.map((n) => `"${n}"`).join(', ')} (columns: ${p.columns.join(', ')})`,
    fix: same('ghi tên cột như trong danh sách trên, cách nhau bằng dấu phẩy', 'write the column names as listed, comma-separated'),
  }),
  'columns-without-by': entry<Record<string, never>>({
    severity: 'error',
    vi: () => '--columns chọn cột của các bảng theo nhóm, mà không có --by',
    en: () => '--columns picks columns of the tables by group, and there is no --by',
    fix: same('ghi cả --by unit, area hoặc level', 'give --by unit, area or level too'),
  }),
  'by-no-table': entry<{ by: string; kinds: readonly DataKind[] }>({
    severity: 'error',
    vi: (p, w) => `--by ${p.by} cần một bảng ${p.kinds.map((k) => w.kind(k)).join(' hoặc ')}, mà dữ liệu không có bảng nào như vậy`,
    en: (p, w) => `--by ${p.by} needs a ${p.kinds.map((k) => w.kind(k)).join(' or ')} table, and the inputs have none`,
    fix: same('xem các trang tính bị bỏ qua ở trên, hoặc chọn nhóm khác', 'see the skipped sheets above, or choose another grouping'),
  }),
  'no-section-table': entry<{ kind: DataKind }>({
    severity: 'error',
    vi: (p, w) => `dữ liệu không có bảng ${w.kind(p.kind)} nào`,
    en: (p, w) => `no ${w.kind(p.kind)} table in the inputs`,
    fix: same('xem các trang tính bị bỏ qua ở trên, hoặc dùng --kind để đọc bảng theo loại đó', 'see the skipped sheets above, or give --kind to read the tables as that kind'),
  }),
  /** The alert the user asked for with --fail-on, not a mistake in a file: nothing to correct, so a warning. */
  'fail-on-holds': entry<{ holds: readonly FailOnHold[] }>({
    severity: 'warning',
    vi: (p, w) =>
      `--fail-on: ${p.holds
        .map((h) => (h.condition === 'overdue' ? `${w.n(h.count)} nhiệm vụ quá hạn tính đến ngày ${w.d(h.asOf)}` : h.condition === 'unmet' ? `${w.n(h.count)} chỉ tiêu chưa đạt tính đến ngày ${w.d(h.asOf)}` : `${w.n(h.count)} cảnh báo về số liệu`))
        .join('; ')}`,
    en: (p, w) =>
      `--fail-on: ${p.holds
        .map((h) => {
          const count = (one: string, many: string) => `${w.n(h.count)} ${h.count === 1 ? one : many}`;
          return h.condition === 'overdue' ? `${count('task', 'tasks')} overdue as of ${h.asOf}` : h.condition === 'unmet' ? `${count('indicator', 'indicators')} not met as of ${h.asOf}` : count('data warning', 'data warnings');
        })
        .join('; ')}`,
  }),

  // Writing: the output file, the report folder, standard output.
  'format-from-extension': entry<{ file: string; ext: string; formats: readonly string[] }>({
    severity: 'error',
    vi: (p) => `-o ${p.file}: không biết định dạng của ${p.ext ? `"${p.ext}"` : 'tệp không có phần mở rộng'}`,
    en: (p) => `-o ${p.file}: cannot tell the format from "${p.ext || 'no extension'}"`,
    fix: { vi: (p) => `ghi --format (${p.formats.join(', ')})`, en: (p) => `give --format (${p.formats.join(', ')})` },
  }),
  'format-not-here': entry<{ flag: string; format: string; formats: readonly string[] }>({
    severity: 'error',
    vi: (p) => `${p.flag}: lệnh này không ghi ${p.format} (lệnh ghi ${p.formats.join(', ')})`,
    en: (p) => `${p.flag}: this command does not write ${p.format} here (it writes ${p.formats.join(', ')})`,
    fix: same('chọn một trong các định dạng đó bằng --format hoặc phần mở rộng của -o', 'choose one of those with --format or the extension of -o'),
  }),
  'binary-to-terminal': entry<{ format: string; extension: string }>({
    severity: 'error',
    vi: (p) => `không ghi tệp ${p.format} (dạng nhị phân) ra màn hình`,
    en: (p) => `refusing to write a binary ${p.format} file to the terminal`,
    fix: { vi: (p) => `ghi -o TỆP.${p.extension}, hoặc chuyển đầu ra chuẩn vào một tệp`, en: (p) => `give -o FILE.${p.extension}, or redirect standard output to a file` },
  }),
  'cannot-write': entry<{ file: string; cause: string; what: 'file' | 'reports' }>({
    severity: 'error',
    vi: (p) => `${p.file}: không ghi được ${p.what === 'reports' ? 'các báo cáo' : 'tệp'} (${p.cause})`,
    en: (p) => `${p.file}: cannot write${p.what === 'reports' ? ' the reports' : ''} (${p.cause})`,
    fix: same('kiểm tra thư mục có tồn tại, được phép ghi và ổ đĩa còn chỗ trống', 'check that the folder exists and may be written, and that the disk has room'),
  }),
  'stdout-write': entry<{ cause: string }>({
    severity: 'error',
    vi: (p) => `không ghi được ra đầu ra chuẩn (${p.cause}${p.cause === 'ENOSPC' ? ': ổ đĩa đã đầy' : ''}); kết quả không đầy đủ`,
    en: (p) => `cannot write to standard output (${p.cause}${p.cause === 'ENOSPC' ? ': the disk is full' : ''}); the output is incomplete`,
    fix: same('giải phóng chỗ trống hoặc ghi ra tệp ở nơi khác bằng -o, rồi chạy lại', 'make room, or write elsewhere with -o, and run again'),
  }),
  'nothing-written': entry<{ why: 'unreadable' | 'data-errors' | 'plan-errors' | 'files-exist'; files?: readonly string[] }>({
    severity: 'error',
    vi: (p) =>
      `không ghi gì: ${({ unreadable: 'có tệp không đọc được (xem ở trên)', 'data-errors': 'dữ liệu có lỗi (xem ở trên)', 'plan-errors': 'kế hoạch có lỗi (xem ở trên)', 'files-exist': `các tệp sau đã có và không bao giờ bị ghi đè: ${(p.files ?? []).join(', ')}` })[p.why]}`,
    en: (p) =>
      `nothing written: ${({ unreadable: 'a file could not be read (see above)', 'data-errors': 'the data has errors (see above)', 'plan-errors': 'the plan has errors (see above)', 'files-exist': `these files exist already and are never overwritten: ${(p.files ?? []).join(', ')}` })[p.why]}`,
    fix: {
      vi: (p) => ({ unreadable: 'sửa hoặc bỏ tệp đó', 'data-errors': 'sửa các lỗi, hoặc dùng --lenient để vẫn ghi báo cáo', 'plan-errors': 'sửa các lỗi của kế hoạch', 'files-exist': 'chọn thư mục khác, hoặc chuyển các tệp đó đi' })[p.why],
      en: (p) => ({ unreadable: 'correct or leave out that file', 'data-errors': 'fix them, or use --lenient to write the reports anyway', 'plan-errors': "correct the plan's errors", 'files-exist': 'choose another folder, or move those files away' })[p.why],
    },
  }),
  'init-not-folder': entry<{ dir: string }>({
    severity: 'error',
    vi: (p) => `${p.dir}: đây là một tệp, không phải thư mục`,
    en: (p) => `${p.dir}: this is a file, not a folder`,
    fix: same('ghi tên một thư mục để init chuẩn bị (thư mục chưa có sẽ được tạo)', 'name a folder for init to set up (it is created when missing)'),
  }),

  // Templates and snapshots: files the command reads beside the data.
  'template-unreadable': entry<{ file: string; cause: string }>({
    severity: 'error',
    vi: (p) => `${p.file}: không đọc được mẫu (${p.cause})`,
    en: (p) => `${p.file}: cannot read the template (${p.cause})`,
    fix: same('kiểm tra đường dẫn của --template', 'check the path given to --template'),
  }),
  'template-syntax': entry<{ file: string; line?: number; detail: string }>({
    severity: 'error',
    vi: (p, w) => `${p.file}: mẫu có lỗi cú pháp${p.line !== undefined ? ` ở dòng ${w.n(p.line)}` : ''} (${p.detail})`,
    en: (p, w) => `${p.file}: the template has a syntax error${p.line !== undefined ? ` on line ${w.n(p.line)}` : ''}: ${p.detail}`,
    fix: same('sửa dòng đó: mỗi {{#if}} và {{#each}} cần {{/if}} và {{/each}} tương ứng', 'correct that line: each {{#if}} and {{#each}} needs its {{/if}} and {{/each}}'),
  }),
  'previous-unreadable': entry<{ file: string; reason: Reason }>({
    severity: 'error',
    vi: (p, w) => `--previous ${p.file}: ${r(p.reason, w)}`,
    en: (p, w) => `--previous ${p.file}: ${r(p.reason, w)}`,
    fix: same('chỉ rõ tệp reform-report-NGÀY.json do một lần build trước ghi', 'give a reform-report-DATE.json that an earlier build wrote'),
  }),
  'snapshot-unreadable': entry<{ file: string; reason: Reason }>({
    severity: 'error',
    vi: (p, w) => `${p.file}: ${r(p.reason, w)}`,
    en: (p, w) => `${p.file}: ${r(p.reason, w)}`,
    fix: same('chỉ gộp các tệp reform-report-NGÀY.json do build ghi', 'merge only the reform-report-DATE.json files that build writes'),
  }),
  'snapshots-folder': entry<{ dir: string; problem: 'unreadable' | 'empty' | 'with-inputs' | 'is-out'; cause?: string; inputs?: readonly string[] }>({
    severity: 'error',
    vi: (p) =>
      ({
        unreadable: `--from-snapshots ${p.dir}: không đọc được thư mục (${p.cause ?? ''})`,
        empty: `--from-snapshots ${p.dir}: thư mục không có bản tổng hợp .json nào`,
        'with-inputs': `--from-snapshots dựng báo cáo từ các bản tổng hợp trong ${p.dir}, mà lệnh còn ghi tệp khác (${(p.inputs ?? []).join(' ')})`,
        'is-out': `--out ${p.dir} là thư mục của các bản tổng hợp đang được gộp`,
      })[p.problem],
    en: (p) =>
      ({
        unreadable: `--from-snapshots ${p.dir}: cannot read the folder (${p.cause ?? ''})`,
        empty: `--from-snapshots ${p.dir}: no .json snapshots in the folder`,
        'with-inputs': `--from-snapshots renders the snapshots in ${p.dir}, and other inputs were given (${(p.inputs ?? []).join(' ')})`,
        'is-out': `--out ${p.dir} is the folder of the snapshots being merged`,
      })[p.problem],
    fix: {
      vi: (p) => ({ unreadable: 'kiểm tra đường dẫn và quyền đọc thư mục', empty: 'chỉ thư mục chứa các tệp reform-report-NGÀY.json của các tỉnh hoặc xã', 'with-inputs': 'bỏ các tệp khác khỏi lệnh', 'is-out': 'ghi báo cáo gộp vào thư mục khác' })[p.problem],
      en: (p) => ({ unreadable: 'check the path, and that the folder may be read', empty: 'name the folder of the provinces\' or communes\' reform-report-DATE.json files', 'with-inputs': 'give no other inputs', 'is-out': 'write the merged report elsewhere' })[p.problem],
    },
  }),
  'merge-refused': entry<{ file?: string; reason?: Reason }>({
    severity: 'error',
    vi: (p, w) => (p.reason === undefined ? 'không có bản tổng hợp nào để gộp' : p.file !== undefined ? `${p.file}: không phải bản tổng hợp của reform-report (${r(p.reason, w)})` : `không gộp được: ${r(p.reason, w)}`),
    en: (p, w) => (p.reason === undefined ? 'no snapshots to merge' : p.file !== undefined ? `${p.file}: not a reform-report snapshot (${r(p.reason, w)})` : `cannot merge: ${r(p.reason, w)}`),
    fix: same(
      'chỉ gộp các tệp .json mà `reform-report build` đã ghi, cùng một ngày số liệu và cùng một kỳ',
      'merge only the .json snapshots that `reform-report build` wrote, of one date and one period',
    ),
  }),
  'internal-error': entry<{ detail: string }>({
    severity: 'error',
    vi: (p) => `lỗi bên trong chương trình: ${p.detail}`,
    en: (p) => `internal error: ${p.detail}`,
    fix: same('đây là lỗi của reform-report, không phải của các tệp; xin báo lỗi kèm câu lệnh đã chạy', 'this is a bug in reform-report, not in your files; please report it with the command you ran'),
  }),
  'previous-snapshot': entry<{ reason: Reason }>({
    severity: 'warning',
    vi: (p, w) => `không so sánh với bản tổng hợp kỳ trước này: ${r(p.reason, w)}`,
    en: (p, w) => `not compared with this earlier snapshot: ${r(p.reason, w)}`,
    fix: same('chỉ rõ bản tổng hợp cần so sánh bằng --previous TỆP, hoặc chuyển tệp bị hỏng ra khỏi thư mục kết quả', 'give the snapshot to compare with as --previous FILE, or move the damaged file out of the output folder'),
  }),
};

/**
 * The one shared sentence: an export's rows with the same problem past the first ones listed
 * (read as records, issues are listed per code up to a limit). It keeps the code of the problem.
 */
export const repeatedRows = {
  vi: (p: { more: number; listed: number }, w: Words) => `còn ${w.n(p.more)} dòng khác có cùng lỗi như ${w.n(p.listed)} dòng đã liệt kê`,
  en: (p: { more: number; listed: number }, w: Words) => `${w.n(p.more)} more rows have the same problem as the ${w.n(p.listed)} listed`,
};

export type Code = keyof typeof catalogue;
export type ParamsOf<C extends Code> = (typeof catalogue)[C] extends MessageEntry<infer P> ? P : never;
