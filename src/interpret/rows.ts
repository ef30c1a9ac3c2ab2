/**
 * Classifying the rows below a header: every row is exactly one of blank, numbering,
 * section, total, footer or record, so that rows read = rows counted + rows reported + rows
 * recognised (nothing is dropped silently). Section rows (`I. CẢI CÁCH THỂ CHẾ`, STT in Roman
 * numerals) set the area of the records below them.
 */
import type { RawCell, RawRow } from '../read/raw-table.js';
import { cellText, isBlank, ownCell } from '../read/raw-table.js';
import type { HeaderColumn } from './header-match.js';
import type { LocatedTable } from './table.js';
import { fold, tidy } from './fold.js';
import { footerPhrases, keptAcronyms, romanNumeralPattern, totalRowWords } from './vocabulary/index.js';

export type RowClass = 'blank' | 'numbering' | 'section' | 'total' | 'footer' | 'record';

export interface ClassifiedRow {
  raw: RawRow;
  kind: RowClass;
  /** The section (area) in force for this row. */
  area?: string;
  /** The STT of the section in force (I, II, A…); on a section row, its own. */
  sectionNumber?: string;
}

export interface RowContext {
  fields: Map<string, HeaderColumn>;
  /** Fields that hold the row's content (status, counts…): a section or footer row has none. */
  contentFields: readonly string[];
  /** Field whose cell names the row (title, unit, sector). */
  labelField: string;
}

const foldedTotals = totalRowWords.map(fold);
const foldedFooter = footerPhrases.map(fold);

export function classifyRows(table: LocatedTable, ctx: RowContext): ClassifiedRow[] {
  const rows = table.raw.rows.slice(table.headerEnd + 1);
  const out: ClassifiedRow[] = [];
  let area: string | undefined;
  let sectionNumber: string | undefined;
  let inFooter = false;
  for (const raw of rows) {
    const cell = (field: string): RawCell | undefined => {
      const col = ctx.fields.get(field);
      return col ? ownCell(raw.cells[col.index], raw.row) : undefined;
    };
    const hasContent = ctx.contentFields.some((f) => !isBlank(cell(f)));
    const nonBlank = raw.cells.map((c) => ownCell(c, raw.row)).filter((c) => !isBlank(c));
    if (inFooter) {
      out.push({ raw, kind: nonBlank.length === 0 ? 'blank' : 'footer' });
      continue;
    }
    if (nonBlank.length === 0 || (nonBlank.length === 1 && !isBlank(cell('stt')) && !hasContent)) {
      out.push({ raw, kind: 'blank' });
      continue;
    }
    if (isNumberingRow(nonBlank)) {
      out.push({ raw, kind: 'numbering' });
      continue;
    }
    const leading = nonBlank.slice(0, 3).map((c) => fold(cellText(c)));
    if (leading.some((t) => foldedTotals.includes(t) || t.startsWith('tong cong'))) {
      out.push({ raw, kind: 'total', ...(area !== undefined ? { area } : {}) });
      continue;
    }
    if ((!hasContent || isBlank(cell(ctx.labelField))) && nonBlank.some((c) => isFooterText(cellText(c)))) {
      inFooter = true;
      out.push({ raw, kind: 'footer' });
      continue;
    }
    const section = hasContent ? null : sectionOf(cellText(cell('stt')), cellText(cell(ctx.labelField)) || firstText(nonBlank));
    if (section) {
      area = section.title;
      sectionNumber = section.number;
      out.push({ raw, kind: 'section', area, sectionNumber });
      continue;
    }
    out.push({ raw, kind: 'record', ...(area !== undefined ? { area } : {}), ...(sectionNumber !== undefined ? { sectionNumber } : {}) });
  }
  return out;
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

/** `I` + `CẢI CÁCH THỂ CHẾ`, or `I. CẢI CÁCH THỂ CHẾ` in the label cell, or `Phần A`. */
export function sectionOf(sttText: string, labelText: string): { number: string; title: string } | null {
  const stt = tidy(sttText).replace(/[.)]$/, '');
  const label = tidy(labelText);
  if (stt && (romanNumeralPattern.test(stt) || /^[A-H]$/.test(stt))) {
    return label ? { number: stt, title: sectionTitle(label.replace(/^([IVXLC]+|[A-H])[.)]\s*/, '')) } : null;
  }
  if (!stt) {
    const m = /^([IVXLC]+|[A-H])[.)]\s+(.+)$/.exec(label);
    if (m && romanNumeralPattern.test(m[1]!) ) return { number: m[1]!, title: sectionTitle(m[2]!) };
    const phan = /^(?:phần|PHẦN)\s+([IVXLC]+|[A-H]|\d+)[.:]?\s*(.*)$/u.exec(label);
    if (phan) return { number: phan[1]!, title: sectionTitle(phan[2] || label) };
  }
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

/** A record's id when the sheet has no id column: section and STT (`III.2`), else the row (`R14`). */
export function recordId(stt: string, row: ClassifiedRow): string {
  if (!stt) return `R${row.raw.row}`;
  return row.sectionNumber ? `${row.sectionNumber}.${stt}` : stt;
}
