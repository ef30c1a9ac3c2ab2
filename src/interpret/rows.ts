/**
 * Classifying the rows below a header: every row is exactly one of blank, numbering, section,
 * sub-heading, total, footer or record, so that rows read = rows counted + rows reported + rows
 * recognised (nothing is dropped silently). Section rows (`I. CẢI CÁCH THỂ CHẾ`, STT in Roman
 * numerals) set the area of the records below them. A sub-heading (`1 | Kiểm soát TTHC`, no
 * content, followed by `1.1` or `a`) groups the records below it; it is only the area when
 * no section is in force.
 */
import type { RawCell, RawRow } from '../read/raw-table.js';
import { cellText, isBlank, ownCell } from '../read/raw-table.js';
import type { HeaderColumn } from './header-match.js';
import type { LocatedTable } from './table.js';
import { fold, tidy } from '../model/text.js';
import { footerPhrases, keptAcronyms, sectionPartWords, subtotalGroupWords, totalRowWords } from './vocabulary/index.js';

export type RowClass = 'blank' | 'numbering' | 'section' | 'subheading' | 'total' | 'footer' | 'record';

export interface ClassifiedRow {
  raw: RawRow;
  kind: RowClass;
  /** The section (area) in force for this row. */
  area?: string;
  /** The STT of the section in force (I, II, A…); on a section row, its own. */
  sectionNumber?: string;
  /** The STT of the sub-heading in force (`1` above `a`, `b`); on a sub-heading row, its own. */
  subNumber?: string;
}

export interface RowContext {
  fields: Map<string, HeaderColumn>;
  /** Fields that hold the row's content (status, counts…): a section or footer row has none. */
  contentFields: readonly string[];
  /** Fields that say what became of the row (a status, a result): a row with none may be a section even with a lead or a deadline. Default: contentFields. */
  resultFields?: readonly string[];
  /** Field whose cell names the row (title, unit, sector). */
  labelField: string;
  /**
   * A label that names a group of rows (Biểu 06: `Sở, ban, ngành`, `Xã, phường, thị trấn`): the
   * row is a section even when it has content, which is then the group's subtotal.
   */
  isGroup?: (label: string) => boolean;
}

const foldedTotals = totalRowWords.map(fold);
const foldedFooter = footerPhrases.map(fold);

export function classifyRows(table: LocatedTable, ctx: RowContext): ClassifiedRow[] {
  const rows = table.raw.rows.slice(table.headerEnd + 1);
  const out: ClassifiedRow[] = [];
  let section: { area: string; number?: string } | undefined;
  /** The headings in force below the section, outermost first (`1` over `1.1` over `a`). */
  let headings: { number: string; title: string }[] = [];
  let inFooter = false;
  const sttColumn = ctx.fields.get('stt')?.index;
  const ownText = (raw: RawRow, field: string): string => {
    const col = ctx.fields.get(field);
    return col ? tidy(cellText(ownCell(raw.cells[col.index], raw.row))) : '';
  };
  const nextStt = (i: number): string => {
    const next = rows.slice(i + 1).find((r) => r.cells.some((c) => !isBlank(ownCell(c, r.row))));
    return next ? ownText(next, 'stt') : '';
  };
  const usesStt = sttColumn !== undefined && rows.some((r) => /^\d/.test(ownText(r, 'stt')));
  rows.forEach((raw, i) => {
    const cell = (field: string): RawCell | undefined => {
      const col = ctx.fields.get(field);
      return col ? ownCell(raw.cells[col.index], raw.row) : undefined;
    };
    const stt = ownText(raw, 'stt');
    // `2` after the items `a`, `b` of heading `1` is a sibling of the heading, outside it.
    if (stt) while (headings.length > 0 && !isNested(headings[headings.length - 1]!.number, stt)) headings.pop();
    const inForce = (): Omit<ClassifiedRow, 'raw' | 'kind'> => {
      const area = section?.area ?? headings[0]?.title;
      const sub = headingChain(headings);
      return {
        ...(area !== undefined ? { area } : {}),
        ...(section?.number !== undefined ? { sectionNumber: section.number } : {}),
        ...(sub !== undefined ? { subNumber: sub } : {}),
      };
    };
    const hasContent = ctx.contentFields.some((f) => !isBlank(cell(f)));
    const hasResult = (ctx.resultFields ?? ctx.contentFields).some((f) => !isBlank(cell(f)));
    const nonBlank = raw.cells.map((c) => ownCell(c, raw.row)).filter((c) => !isBlank(c));
    if (inFooter) {
      out.push({ raw, kind: nonBlank.length === 0 ? 'blank' : 'footer' });
      return;
    }
    if (nonBlank.length === 0 || (nonBlank.length === 1 && !isBlank(cell('stt')) && !hasContent)) {
      out.push({ raw, kind: 'blank' });
      return;
    }
    if (isNumberingRow(nonBlank)) {
      out.push({ raw, kind: 'numbering' });
      return;
    }
    if (nonBlank.slice(0, 3).some((c) => isTotalText(cellText(c)))) {
      out.push({ raw, kind: 'total', ...inForce() });
      return;
    }
    if ((!hasContent || isBlank(cell(ctx.labelField))) && nonBlank.some((c) => isFooterText(cellText(c)))) {
      inFooter = true;
      out.push({ raw, kind: 'footer' });
      return;
    }
    const label = ownText(raw, ctx.labelField);
    // The name of a section may stand in any cell beside the numeral (a merged range starting in a column no field names).
    const name = label || firstName(raw, sttColumn);
    const group = label !== '' && ctx.isGroup?.(label) === true;
    const found = group || !hasResult ? sectionOf(stt, name) : null;
    const nameOnly = !found && !group && !hasContent && !stt && name !== '' && looksLikeHeading(raw, name, usesStt && startsNumbering(nextStt(i)));
    if (found || group || nameOnly) {
      const number = found?.number ?? (stt || undefined);
      section = { area: found?.title ?? sectionTitle(name), ...(number !== undefined ? { number } : {}) };
      headings = [];
      out.push({ raw, kind: 'section', ...inForce() });
      return;
    }
    if (stt && (label || hasContent) && isNested(stt, nextStt(i))) {
      // SPEC §2.1: a row with rows numbered below it is their heading; only the leaves are records.
      headings.push({ number: stt.replace(/[.)]$/, ''), title: sectionTitle(label || name) });
      out.push({ raw, kind: 'subheading', ...inForce() });
      return;
    }
    out.push({ raw, kind: 'record', ...inForce() });
  });
  return out;
}

/** `1` › `1.1` › `a` → `1.1.a`: a dotted number already names its parents, so they are not repeated. */
function headingChain(headings: readonly { number: string }[]): string | undefined {
  if (headings.length === 0) return undefined;
  const parts: string[] = [];
  for (const h of headings) {
    const last = parts[parts.length - 1];
    if (last !== undefined && /^\d/.test(h.number) && h.number.startsWith(`${last}.`)) parts[parts.length - 1] = h.number;
    else parts.push(h.number);
  }
  return parts.join('.');
}

/** The first cell of the row that holds words, the STT cell and bare numerals left out. */
function firstName(raw: RawRow, sttColumn: number | undefined): string {
  for (let i = 0; i < raw.cells.length; i++) {
    if (i === sttColumn) continue;
    const text = tidy(cellText(ownCell(raw.cells[i], raw.row)));
    if (/\p{L}/u.test(text) && !sectionNumeral.test(text.replace(/[.):\-–]$/, ''))) return text;
  }
  return '';
}

/**
 * A row with a name and nothing else, no number, is a heading when it is written as one: in
 * capitals, merged across the row, or unnumbered among numbered rows. A task nobody reported
 * on has its number, or stands in a table that numbers nothing.
 */
function looksLikeHeading(raw: RawRow, name: string, numberingRestarts: boolean): boolean {
  const letters = name.replace(/[^\p{L}]/gu, '');
  if (letters.length >= 3 && letters === letters.toLocaleUpperCase('vi')) return true;
  if (raw.cells.some((c) => c?.mergedFrom !== undefined && Number(/\d+$/.exec(c.mergedFrom)?.[0]) === raw.row)) return true;
  return numberingRestarts;
}

/** `1`, `1.`, `a)`: the first item of a list, as under a heading. */
function startsNumbering(stt: string): boolean {
  return /^(1|a)[.)]?$/i.test(stt);
}

/** How deep a list number sits: `1` 1, `1.1` 2, `a)` 20, `-` 30, `+` 31; null for anything else. */
function listDepth(stt: string): number | null {
  const s = stt.replace(/[.)]$/, '');
  if (/^\d+(\.\d+)*$/.test(s)) return s.split('.').length;
  if (/^[a-zđ]$/.test(s)) return 20;
  const bullet = ['-', '–', '+', '*', '•'].indexOf(s);
  return bullet < 0 ? null : 30 + Math.min(bullet, 2);
}

/** `1` over `1.1`, `a)` or `-`; `1.1` over `a`; `a)` over `-`; `-` over `+`: the row above is a heading, not an item. */
export function isNested(parent: string, child: string): boolean {
  const p = parent.replace(/[.)]$/, '');
  const c = child.replace(/[.)]$/, '');
  const dp = listDepth(p);
  const dc = listDepth(c);
  if (dp === null || dc === null || !child) return false;
  if (dc < 20) return dp < 20 && c.startsWith(`${p}.`);
  return dc > dp && !(dp === 20 && dc === 20);
}

const foldedGroupWords = subtotalGroupWords.map(fold);

function isTotalText(text: string): boolean {
  const t = fold(text);
  if (foldedTotals.includes(t) || t.startsWith('tong cong') || /^cong (muc )?[ivxlc]+$/.test(t)) return true;
  // `Cộng cấp xã`, `Tổng số khối huyện`: a total word, then a word that names a group.
  const m = foldedTotals.find((w) => t.startsWith(`${w} `));
  return m !== undefined && foldedGroupWords.includes(t.slice(m.length + 1).split(' ')[0]!);
}

function firstText(cells: readonly (RawCell | undefined)[]): string {
  return cells.map(cellText).find((t) => /\p{L}/u.test(t)) ?? '';
}

const numberingCell = /^\(?\s*(\d{1,2}|[a-z])\s*\)?(\s*[=+\-*/x].*)?$/i;

/** `(1) (2) (3)…` or `1 2 3…` or `A B 1 2 3=4+5` under a header. */
export function isNumberingRow(cells: readonly (RawCell | undefined)[]): boolean {
  const texts = cells.map((c) => cellText(c).trim());
  if (texts.length < 3) return false;
  if (!texts.every((t) => numberingCell.test(t))) return false;
  const numbers = texts.map((t) => /\d{1,2}/.exec(t)?.[0]).filter((n): n is string => n !== undefined).map(Number);
  let increasing = 0;
  for (let i = 1; i < numbers.length; i++) if (numbers[i]! > numbers[i - 1]!) increasing++;
  return numbers.length >= 3 && increasing >= numbers.length - 2;
}

function isFooterText(text: string): boolean {
  const f = fold(text);
  if (foldedFooter.some((p) => f === p || f.startsWith(`${p} `))) return true;
  return /(^|\s)ngay\s+(\d+|\.+)?\s*thang\s+(\d+|\.+)?\s*nam\s+\d{4}/.test(f) && !/tinh den|den ngay/.test(f);
}

/** A section's numeral: a Roman numeral or a capital letter A–H, written in capitals. */
const sectionNumeral = /^(?:(?=[IVXLC]+$)C{0,3}(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})|[A-H])$/;
/** `Phần II: …`, `PHẦN B - …`, `Mục 3. …`. */
const partWord = new RegExp(`^(?:${sectionPartWords.join('|')})\\s+([IVXLC]+|[A-H]|\\d+)(?![\\p{L}\\d])\\s*[.:\\-–—)]?\\s*(.*)$`, 'iu');
/** `II. CẢI CÁCH`, `II- CẢI CÁCH`, `II.CẢI CÁCH`, `II: …`, `II) …`, `B – …`; not `I-Office` (a hyphenated word). */
const numeralThenName = /^([IVXLC]+|[A-H])(?:\s*[.:)]\s*|\s*[-–—]\s+|\s+[-–—]\s*|[-–—](?=[^\p{Ll}]+$))(.+)$/u;

/**
 * A section row's numeral and name, in every shape forms use (SPEC §2.1): `I` in STT with the
 * name beside it, `I. CẢI CÁCH THỂ CHẾ` or `Phần II: …` in one cell. The area is always the
 * name, never the numeral; null when the row is not a section.
 */
export function sectionOf(sttText: string, labelText: string): { number: string; title: string } | null {
  const stt = tidy(sttText).replace(/[.):\-–]$/, '');
  const label = tidy(labelText);
  const phanInStt = partWord.exec(stt);
  const number = sectionNumeral.test(stt) ? stt : phanInStt && !phanInStt[2] ? phanInStt[1]! : null;
  if (number !== null) {
    if (!label || sectionNumeral.test(label.replace(/[.):\-–]$/, ''))) return null;
    const inner = numeralThenName.exec(label);
    return { number, title: sectionTitle(inner && inner[1] === number ? inner[2]! : label) };
  }
  if (stt) return null;
  const phan = partWord.exec(label);
  if (phan) return { number: phan[1]!, title: sectionTitle(phan[2] || label) };
  const m = numeralThenName.exec(label);
  if (m && sectionNumeral.test(m[1]!)) return { number: m[1]!, title: sectionTitle(m[2]!) };
  return null;
}

const acronymByFold = new Map(keptAcronyms.map((a) => [a.toLocaleLowerCase('vi'), a]));

/** An all-caps title in sentence case, acronyms kept: `CẢI CÁCH TTHC` → `Cải cách TTHC`. */
export function sectionTitle(title: string): string {
  const t = tidy(title).replace(/[:.]$/, '');
  if (t !== t.toLocaleUpperCase('vi')) return t;
  const lower = t.toLocaleLowerCase('vi');
  const words = lower.split(' ').map((w) => acronymByFold.get(w.replace(/[,;:]$/, '')) ? acronymByFold.get(w.replace(/[,;:]$/, ''))! + w.slice(w.replace(/[,;:]$/, '').length) : w);
  const joined = words.join(' ');
  return joined.charAt(0).toLocaleUpperCase('vi') + joined.slice(1);
}

/** A record's id when the sheet has no id column: section, sub-heading and STT (`III.2.a`), else the row (`R14`). */
export function recordId(stt: string, row: ClassifiedRow): string {
  if (!stt) return `R${row.raw.row}`;
  const own = stt.replace(/[.)]$/, '');
  // `1.1` under heading `1` already names its parent.
  const sub = row.subNumber !== undefined && own.startsWith(`${row.subNumber}.`) ? undefined : row.subNumber;
  return [row.sectionNumber, sub, own].filter((p) => p !== undefined).join('.');
}
