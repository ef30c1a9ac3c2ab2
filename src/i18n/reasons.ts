/**
 * Why a value could not be read: the part of a message that a parser decides (values.ts,
 * targets.ts, the kind detector), carried as data — `{ key, params }` — inside an issue's
 * parameters and written in the report language only when the message is. A parser returns a
 * `Reason`; it never writes a sentence.
 *
 * To add a reason: one entry below with its Vietnamese and English text; `because('key', params)`
 * then type-checks its parameters.
 */
import type { DataKind } from '../model/records.js';
import type { Lang } from '../model/lang.js';
import { words, type Words } from './words.js';
import type { ReasonData } from '../model/issue.js';

type Say<P> = (p: P, w: Words) => string;
interface ReasonText<P> {
  vi: Say<P>;
  en: Say<P>;
}
const reason = <P extends object>(text: ReasonText<P>): ReasonText<P> => text;

const enMonths = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * Where a JSON or YAML text stops being read (cli/json-errors.ts), never its bytes. `detail` is
 * the parser's own English words (`Expected ',' or '}' after property value`): kept in English
 * text, where they were always shown, left out of the Vietnamese.
 */
export type TextPlace = { line: number; column: number; detail?: string } | 'incomplete' | 'unreadable';

export function textPlace(at: TextPlace, lang: Lang): string {
  if (at === 'incomplete') return lang === 'vi' ? 'tệp kết thúc khi JSON chưa đầy đủ' : 'it ends before the JSON is complete';
  if (at === 'unreadable') return lang === 'vi' ? 'không đọc được cấu trúc của tệp' : 'its structure cannot be read';
  const place = lang === 'vi' ? `dòng ${at.line}, cột ${at.column}` : `line ${at.line}, column ${at.column}`;
  return at.detail !== undefined && lang === 'en' ? `${place}: ${at.detail}` : place;
}

const reasons = {
  'not-a-number': reason<{ text: string }>({
    vi: (p) => `"${p.text}" không phải là số`,
    en: (p) => `"${p.text}" is not a number`,
  }),
  'mixed-separators': reason<{ text: string }>({
    vi: (p) => `"${p.text}" không phải là số (dấu chấm và dấu phẩy dùng lẫn lộn)`,
    en: (p) => `"${p.text}" is not a number (mixed separators)`,
  }),
  'date-not-number': reason<{ date: string }>({
    vi: (p, w) => `ngày ${w.d(p.date)} không phải là số`,
    en: (p, w) => `the date ${w.d(p.date)} is not a number`,
  }),
  'excel-error': reason<{ text: string }>({
    vi: (p) => `ô chứa lỗi Excel ${p.text}`,
    en: (p) => `the cell holds the Excel error ${p.text}`,
  }),
  'not-a-count': reason<{ text: string }>({
    vi: (p) => `"${p.text}" không phải là số lượng (số nguyên, từ 0 trở lên)`,
    en: (p) => `${p.text} is not a count (a whole number, 0 or more)`,
  }),
  'not-a-date': reason<{ text: string }>({
    vi: (p) => `"${p.text}" không phải là ngày (ngày/tháng/năm, ví dụ 25/10/2024)`,
    en: (p) => `"${p.text}" is not a date (day/month/year, e.g. 25/10/2024)`,
  }),
  'no-such-month': reason<{ text: string; month: number }>({
    vi: (p) => `"${p.text}" không phải là ngày có thật: không có tháng ${p.month} (ngày được đọc theo thứ tự ngày/tháng/năm)`,
    en: (p) => `"${p.text}" is not a real date: there is no month ${p.month} (dates are read day first: dd/mm/yyyy)`,
  }),
  'implausible-year': reason<{ text: string; year: number }>({
    vi: (p) => `"${p.text}" không phải là ngày hợp lý: năm ${p.year}`,
    en: (p) => `"${p.text}" is not a plausible date: the year is ${p.year}`,
  }),
  'no-such-day': reason<{ text: string; day: number }>({
    vi: (p) => `"${p.text}" không phải là ngày có thật: không có ngày ${p.day}`,
    en: (p) => `"${p.text}" is not a real date: there is no day ${p.day}`,
  }),
  'month-too-short': reason<{ text: string; month: number; year: number; days: number }>({
    vi: (p) => `"${p.text}" không phải là ngày có thật: tháng ${p.month}/${p.year} chỉ có ${p.days} ngày`,
    en: (p) => `"${p.text}" is not a real date: ${enMonths[p.month - 1]} ${p.year} has ${p.days} days`,
  }),
  'not-a-deadline': reason<{ text: string }>({
    vi: (p) => `"${p.text}" không phải là thời hạn (cần một ngày như 30/06/2024, một kỳ như Quý IV/2024, Tháng 10/2024, Năm 2024, hoặc Thường xuyên)`,
    en: (p) => `"${p.text}" is not a deadline (expected a date such as 30/06/2024, a period such as Quý IV/2024, Tháng 10/2024, Năm 2024, or Thường xuyên)`,
  }),
  'target-not-understood': reason<{ text: string }>({
    vi: (p) => `không hiểu được chỉ tiêu "${p.text}"`,
    en: (p) => `the target "${p.text}" is not understood`,
  }),
  'no-header-row': reason<object>({
    vi: () => 'không có dòng tiêu đề: không ô nào trong 20 dòng đầu là tên cột đã biết',
    en: () => 'no header row: no cell in the first 20 rows is a known column name',
  }),
  'no-known-column': reason<object>({
    vi: () => 'không cột nào có tên đã biết',
    en: () => 'no column matches a known name',
  }),
  /** Each kind the header came close to, with the required columns it lacks and their first names. */
  'missing-columns': reason<{ kinds: { kind: DataKind; missing: { field: string; aliases: string[] }[] }[] }>({
    vi: (p, w) => p.kinds.map((k) => `không phải bảng ${w.kind(k.kind)}: thiếu ${k.missing.map((m) => `cột ${m.aliases.join(', ')}…`).join('; thiếu ')}`).join('; '),
    en: (p, w) => p.kinds.map((k) => `not ${w.kind(k.kind)}: no ${k.missing.map((m) => `${m.field} column (${m.aliases.join(', ')}…)`).join(', no ')}`).join('; '),
  }),
  'snapshot-unreadable': reason<{ cause: string }>({
    vi: (p) => `không đọc được tệp (${p.cause})`,
    en: (p) => `cannot read it (${p.cause})`,
  }),
  'snapshot-not-json': reason<{ at: TextPlace }>({
    vi: (p) => `tệp không phải JSON hợp lệ (${textPlace(p.at, 'vi')})`,
    en: (p) => `it is not valid JSON (${textPlace(p.at, 'en')})`,
  }),
  'snapshot-too-large': reason<{ max: number }>({
    vi: (p, w) => `tệp lớn hơn ${w.n(p.max / 1024 / 1024)} MB, không bản tổng hợp nào lớn như vậy`,
    en: (p, w) => `it is larger than ${w.n(p.max / 1024 / 1024)} MB, which no snapshot is`,
  }),
  'snapshot-not-object': reason<object>({
    vi: () => 'tệp không chứa một đối tượng JSON',
    en: () => 'not a JSON object',
  }),
  'snapshot-schema': reason<{ version: string }>({
    vi: (p) => `không phải bản tổng hợp của reform-report theo lược đồ 1 (schemaVersion: ${p.version})`,
    en: (p) => `not a reform-report summary of schema 1 (schemaVersion: ${p.version})`,
  }),
  'snapshot-no-asof': reason<object>({
    vi: () => 'tệp không có ngày "asOf"',
    en: () => 'it has no "asOf" date',
  }),
  'snapshot-field': reason<{ field: string; expected: 'section' | 'count' | 'count-or-null' | 'lists' }>({
    vi: (p) => ({ section: `"${p.field}" không phải là một phần số liệu, cũng không phải null`, count: `"${p.field}" không phải là một số đếm`, 'count-or-null': `"${p.field}" không phải là số đếm, cũng không phải null`, lists: 'tệp không có "unitsNotReported" hoặc "issues"' })[p.expected],
    en: (p) => ({ section: `"${p.field}" is neither a section nor null`, count: `"${p.field}" is not a count`, 'count-or-null': `"${p.field}" is neither a count nor null`, lists: 'no "unitsNotReported" or "issues"' })[p.expected],
  }),
  /** Snapshots that do not add up (compute/merge.ts): both sides named. */
  'merge-mismatch': reason<{ problem: 'dates' | 'periods' | 'section-dates' | 'twice'; first: { file: string; value: string }; other: { file: string; value: string }; section?: DataKind }>({
    vi: (p, w) => {
      const period = (v: string) => (v === '' ? 'không có kỳ' : v);
      return {
        dates: `các bản tổng hợp không cùng ngày: ${p.first.file} tính đến ngày ${w.d(p.first.value)}, ${p.other.file} tính đến ngày ${w.d(p.other.value)}; chỉ gộp các bản tổng hợp cùng một ngày`,
        periods: `các bản tổng hợp không cùng kỳ: ${p.first.file} ${period(p.first.value)}, ${p.other.file} ${period(p.other.value)}; lập chúng với cùng --period`,
        'section-dates': `phần ${w.kind(p.section ?? 'tasks')} của các bản tổng hợp không cùng ngày: ${p.first.file} tính đến ngày ${w.d(p.first.value)}, ${p.other.file} tính đến ngày ${w.d(p.other.value)}; lập chúng với cùng --as-of`,
        twice: `${p.first.file} và ${p.other.file} đều là của ${p.first.value}: số liệu sẽ bị tính hai lần; mỗi tỉnh chỉ ghi một lần`,
      }[p.problem];
    },
    en: (p) => {
      const period = (v: string) => (v === '' ? 'no period' : v);
      return {
        dates: `the snapshots are of different dates: ${p.first.file} is as of ${p.first.value}, ${p.other.file} as of ${p.other.value}; merge snapshots of one date`,
        periods: `the snapshots cover different periods: ${p.first.file} ${period(p.first.value)}, ${p.other.file} ${period(p.other.value)}; build them with the same --period`,
        'section-dates': `the ${p.section ?? ''} of the snapshots are of different dates: ${p.first.file} as of ${p.first.value}, ${p.other.file} as of ${p.other.value}; give each build the same --as-of`,
        twice: `${p.first.file} and ${p.other.file} are both of ${p.first.value}: its figures would be counted twice; give each province once`,
      }[p.problem];
    },
  }),
};

export type ReasonKey = keyof typeof reasons;
export type ReasonParams<K extends ReasonKey> = (typeof reasons)[K] extends ReasonText<infer P> ? P : never;
/** Why a value could not be read, as data. */
export type Reason = { [K in ReasonKey]: { key: K; params: ReasonParams<K> } }[ReasonKey];

export function because<K extends ReasonKey>(key: K, params: ReasonParams<K>): Reason {
  return { key, params } as Reason;
}

/** The reason as a clause in the language (a key this version does not know is said as it is). */
export function explain(r: Reason | ReasonData, lang: Lang): string {
  const text = reasons[r.key as ReasonKey] as ReasonText<object> | undefined;
  return text ? text[lang](r.params, words[lang]) : r.key;
}
