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
import { fold, tidy } from './fold.js';
import { footerPhrases, keptAcronyms, romanNumeralPattern, totalRowWords } from './vocabulary/index.js';

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
  let sectionArea: string | undefined;
  let sectionNumber: string | undefined;
  let subArea: string | undefined;
  let subNumber: string | undefined;
  let inFooter = false;
  const ownText = (raw: RawRow, field: string): string => {
    const col = ctx.fields.get(field);
    return col ? tidy(cellText(ownCell(raw.cells[col.index], raw.row))) : '';
  };
  const nextStt = (i: number): string => {
    const next = rows.slice(i + 1).find((r) => r.cells.some((c) => !isBlank(ownCell(c, r.row))));
    return next ? ownText(next, 'stt') : '';
  };
  rows.forEach((raw, i) => {
    const cell = (field: string): RawCell | undefined => {
      const col = ctx.fields.get(field);
      return col ? ownCell(raw.cells[col.index], raw.row) : undefined;
    };
    const stt = ownText(raw, 'stt');
    // `2` after the items `a`, `b` of sub-heading `1` is a sibling of the sub-heading, outside it.
    if (subNumber !== undefined && stt && !isNested(subNumber, stt)) {
      subNumber = undefined;
      subArea = undefined;
    }
    const area = sectionArea ?? subArea;
    const inForce = {
      ...(area !== undefined ? { area } : {}),
      ...(sectionNumber !== undefined ? { sectionNumber } : {}),
      ...(subNumber !== undefined ? { subNumber } : {}),
    };
    const hasContent = ctx.contentFields.some((f) => !isBlank(cell(f)));
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
      out.push({ raw, kind: 'total', ...inForce });
      return;
    }
    if ((!hasContent || isBlank(cell(ctx.labelField))) && nonBlank.some((c) => isFooterText(cellText(c)))) {
      inFooter = true;
      out.push({ raw, kind: 'footer' });
      return;
    }
    const label = ownText(raw, ctx.labelField);
    const group = label !== '' && ctx.isGroup?.(label) === true;
    const section = hasContent && !group ? null : (sectionOf(stt, label || firstText(nonBlank)) ?? (group ? { number: stt, title: sectionTitle(label) } : null));
    if (section) {
      sectionArea = section.title;
      sectionNumber = section.number;
      subArea = undefined;
      subNumber = undefined;
      out.push({ raw, kind: 'section', area: sectionArea, sectionNumber });
      return;
    }
    if (!hasContent && label && stt && isNested(stt, nextStt(i))) {
      subNumber = stt.replace(/[.)]$/, '');
      subArea = sectionTitle(label);
      out.push({ raw, kind: 'subheading', ...(sectionArea ?? subArea ? { area: sectionArea ?? subArea } : {}), ...(sectionNumber !== undefined ? { sectionNumber } : {}), subNumber });
      return;
    }
    out.push({ raw, kind: 'record', ...inForce });
  });
  return out;
}

/** `1` over `1.1` or over `a`, `a)`, `-`, `+`: the row above is a heading, not an item. */
export function isNested(parent: string, child: string): boolean {
  const p = parent.replace(/[.)]$/, '');
  if (!/^\d+(\.\d+)*$/.test(p) || !child) return false;
  return child.startsWith(`${p}.`) || /^([a-zđ][.)]?|[-+*•])$/i.test(child);
}

function isTotalText(text: string): boolean {
  const t = fold(text);
  return foldedTotals.includes(t) || t.startsWith('tong cong') || /^cong (muc )?[ivxlc]+$/.test(t);
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

/** A record's id when the sheet has no id column: section, sub-heading and STT (`III.2.a`), else the row (`R14`). */
export function recordId(stt: string, row: ClassifiedRow): string {
  if (!stt) return `R${row.raw.row}`;
  return [row.sectionNumber, row.subNumber, stt].filter((p) => p !== undefined).join('.');
}
