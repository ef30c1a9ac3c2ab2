/**
 * Finding the table inside a sheet (SPEC §2.1): real sheets start with title rows, have headers
 * merged over two or three rows, a numbering row `(1) (2) (3)`, section rows, total rows and a
 * signature footer. The header row is the row among the first 20 whose cells match the most
 * aliases; rows tied to it by vertical merges belong to the header too. A two-row header saved
 * without merge information (CSV, or "Center Across Selection" in Excel) is recognised by its
 * shape: a parent label over blank cells, with the child labels in the row below.
 */
import type { RawRow, RawTable } from '../read/raw-table.js';
import { cellText, isBlank } from '../read/raw-table.js';
import { columnLetter, fold, tidy } from '../model/text.js';
import type { IsoDate } from '../model/records.js';
import type { HeaderColumn } from './header-match.js';
import { fieldScores } from './header-match.js';
import { fieldDefs, asOfPhrases, exportDateWord } from './vocabulary/index.js';
import { parseDateText } from './values.js';
import { isStatusColumnName } from './status.js';

export const headerSearchRows = 20;

export interface LocatedTable {
  raw: RawTable;
  /** Index (into raw.rows) of the first and last header row. */
  headerStart: number;
  headerEnd: number;
  columns: HeaderColumn[];
  /** Texts of the rows above the header, in order. */
  titleLines: string[];
  /** The date after `tính đến ngày` / `đến ngày` / `as of` in the title rows. */
  asOf?: IsoDate;
  /** `Từ ngày … đến ngày …` in the title rows. */
  period?: { from: IsoDate; to: IsoDate };
}

const allDefs = Object.values(fieldDefs).flat();

/** How well a header text names some field: ≥ 1000 exactly, ≥ 500 as its start, 0 not at all. */
function aliasStrength(text: string): number {
  const column: HeaderColumn = { index: 0, letter: '', parts: [text], text };
  return Math.max(0, ...fieldScores(column, allDefs));
}

/** Distinct cells of the row that are a known column name: exact names count double. */
function rowHeaderScore(row: RawRow): number {
  let score = 0;
  const seen = new Set<string>();
  for (const cell of row.cells) {
    if (!cell || cell.value.kind !== 'text' || seen.has(cell.value.text)) continue;
    seen.add(cell.value.text);
    const best = aliasStrength(cell.value.text);
    score += best >= 1000 ? 2 : best >= 500 ? 1 : 0;
  }
  return score;
}

/** The table's layout, or null when no row looks like a header (an empty or free-text sheet). */
export function locateTable(raw: RawTable): LocatedTable | null {
  const limit = Math.min(raw.rows.length, headerSearchRows);
  let best = -1;
  let bestScore = 0;
  for (let i = 0; i < limit; i++) {
    const score = rowHeaderScore(raw.rows[i]!);
    if (score > bestScore) {
      best = i;
      bestScore = score;
    }
  }
  if (best < 0 || bestScore < 3) return null;
  let start = best;
  let end = best;
  while (start > 0 && mergedInto(raw.rows[start]!, raw.rows[start - 1]!)) start--;
  while (end + 1 < raw.rows.length && mergedInto(raw.rows[end + 1]!, raw.rows[end]!)) end++;
  let spans = false;
  if (start === end) {
    if (end + 1 < raw.rows.length && isChildRow(raw.rows[end + 1]!, raw.rows[end]!)) end++;
    else if (start > 0 && isParentRow(raw.rows[start - 1]!, raw.rows[start]!)) start--;
    spans = end > start;
  }
  const headerRows = raw.rows.slice(start, end + 1);
  const grid = headerRows.map((r) => r.cells.map((c) => tidy(cellText(c))));
  if (spans) spreadParents(grid);
  const width = Math.max(...grid.map((r) => r.length));
  const columns: HeaderColumn[] = [];
  for (let index = 0; index < width; index++) {
    const parts: string[] = [];
    for (const texts of grid) {
      const text = texts[index] ?? '';
      if (text && parts[parts.length - 1] !== text) parts.push(text);
    }
    if (parts.length > 0) columns.push({ index, letter: columnLetter(index), parts, text: parts.join(' / ') });
  }
  const titleLines = raw.rows
    .slice(0, start)
    .map((r) => r.cells.map((c) => tidy(cellText(c))).filter((t, i, all) => t && all.indexOf(t) === i).join(' '))
    .filter((t) => t !== '');
  const located: LocatedTable = { raw, headerStart: start, headerEnd: end, columns, titleLines };
  const dates = findTitleDates(titleLines);
  if (dates.asOf) located.asOf = dates.asOf;
  if (dates.period) located.period = dates.period;
  return located;
}

/** True when `row` continues a vertical merge that starts in `above` (same header block). */
function mergedInto(row: RawRow, above: RawRow): boolean {
  return row.cells.some((c) => c?.mergedFrom !== undefined && Number(/\d+$/.exec(c.mergedFrom)?.[0]) <= above.row);
}

/** The row's own text cells (merge copies left out), or null when it holds anything but text. */
function textCells(row: RawRow): { index: number; text: string }[] | null {
  const out: { index: number; text: string }[] = [];
  for (let index = 0; index < row.cells.length; index++) {
    const cell = row.cells[index];
    if (isBlank(cell) || cell!.mergedFrom !== undefined) continue;
    if (cell!.value.kind !== 'text') return null;
    out.push({ index, text: cell!.value.text });
  }
  return out;
}

/**
 * The row under the header holds child labels (`Kế hoạch | Thực hiện` under `Năm 2024`): text
 * only, at least one exact column name, some of it under blank header cells (or a merged label's
 * copies), and only column names under labelled ones. A data row fails: its title is not a
 * column name.
 */
function isChildRow(row: RawRow, header: RawRow): boolean {
  const cells = textCells(row);
  if (!cells || cells.length === 0) return false;
  let underBlank = 0;
  let exact = 0;
  for (const { index, text } of cells) {
    // A status over a column of ticks (`Kết quả thực hiện` over `Đã hoàn thành | Đang thực hiện`) names it exactly.
    const strength = isStatusColumnName(text) ? 1000 : aliasStrength(text);
    if (strength >= 1000) exact++;
    // Under a blank cell, or under a merged one's copy: either way a label spanning its children.
    if (isBlank(header.cells[index]) || header.cells[index]!.mergedFrom !== undefined) underBlank++;
    else if (strength < 500) return false;
  }
  return underBlank > 0 && exact > 0;
}

/**
 * The row above the header holds parent labels: exact column names over blank header cells
 * (`STT`, `Nội dung` standing alone) and group labels that span the child labels to their right.
 * A title row fails: `BIỂU TỔNG HỢP` is not a column name.
 */
function isParentRow(row: RawRow, header: RawRow): boolean {
  const cells = textCells(row);
  if (!cells || cells.length < 2) return false;
  const has = (r: RawRow, i: number) => !isBlank(r.cells[i]);
  let standalone = 0;
  for (const { index, text } of cells) {
    if (!has(header, index)) {
      if (aliasStrength(text) < 1000) return false;
      standalone++;
    } else if (has(row, index + 1) || !has(header, index + 1)) return false;
  }
  return standalone > 0;
}

/** Copies a parent label over the blank cells to its right that have a child label below. */
function spreadParents(grid: string[][]): void {
  const [top, child] = grid as [string[], string[]];
  for (let c = 1; c < child.length; c++) {
    if (top[c] || !child[c] || !top[c - 1] || !child[c - 1]) continue;
    top[c] = top[c - 1]!;
  }
}

const foldedAsOf = asOfPhrases.map(fold).sort((a, b) => b.length - a.length);
/** `… (Ngày 25/10/2024)` at the end of a title, folded with date separators as `x`. */
const exportTitleDate = new RegExp(`\\b${fold(exportDateWord)} (\\d{1,2}x\\d{1,2}x\\d{4})$`);
/** A date in a folded title, its separators turned to `x` (`25x10x2024`, `2024x10x25`, `25 thang 10 nam 2024`). */
const dateInTitle = /^(?:(?:het|ngay|thoi diem|hom nay)\s+)*(\d{1,2}x\d{1,2}x\d{2,4}|\d{4}x\d{1,2}x\d{1,2}|\d{1,2} thang \d{1,2} nam \d{4})/;

function titleDate(text: string): IsoDate | null {
  const m = dateInTitle.exec(text);
  if (!m) return null;
  const parsed = parseDateText(m[1]!.includes('thang') ? `ngay ${m[1]}` : m[1]!.replace(/x/g, '/'));
  return parsed.ok ? parsed.value : null;
}

export function findTitleDates(lines: readonly string[]): { asOf?: IsoDate; period?: { from: IsoDate; to: IsoDate } } {
  const result: { asOf?: IsoDate; period?: { from: IsoDate; to: IsoDate } } = {};
  for (const line of lines) {
    const f = fold(line.replace(/(\d)\s*[/.-]\s*(?=\d)/g, '$1x'));
    const range = /\btu (.+?) (?:den|toi) (.+)$/.exec(f);
    const from = range ? titleDate(range[1]!) : null;
    const to = range ? titleDate(range[2]!) : null;
    if (from && to) {
      result.period = { from, to };
      result.asOf ??= to;
      continue;
    }
    let found = false;
    for (const phrase of foldedAsOf) {
      const at = ` ${f} `.indexOf(` ${phrase} `);
      const date = at < 0 ? null : titleDate(f.slice(at + phrase.length).trimStart());
      if (date) {
        result.asOf = date;
        found = true;
        break;
      }
    }
    // A tracker's export title: `Danh mục nhiệm vụ (Ngày 25/10/2024)` — the day the list was taken.
    const exported = found ? null : exportTitleDate.exec(fold(line.replace(/(\d)\s*[/.-]\s*(?=\d)/g, '$1x')));
    const exportDate = exported ? parseDateText(exported[1]!.replace(/x/g, '/')) : null;
    if (exportDate?.ok) result.asOf = exportDate.value;
  }
  return result;
}
