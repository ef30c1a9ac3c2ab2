/**
 * Finding the table inside a sheet (SPEC §2.1): real sheets start with title rows, have headers
 * merged over two or three rows, a numbering row `(1) (2) (3)`, section rows, total rows and a
 * signature footer. The header row is the row among the first 20 whose cells match the most
 * aliases; rows tied to it by vertical merges belong to the header too.
 */
import type { RawCell, RawRow, RawTable } from '../read/raw-table.js';
import { cellText, columnLetter, isBlank } from '../read/raw-table.js';
import type { DataKind, IsoDate } from '../model/records.js';
import type { HeaderColumn } from './header-match.js';
import { fieldScore } from './header-match.js';
import { fieldDefs, asOfPhrases } from './vocabulary/index.js';
import { fold, tidy } from './fold.js';
import { parseDateText } from './values.js';

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

/** Distinct cells of the row that are a known column name: exact names count double. */
function rowHeaderScore(row: RawRow): number {
  let score = 0;
  const seen = new Set<string>();
  row.cells.forEach((cell, index) => {
    if (!cell || cell.value.kind !== 'text' || seen.has(cell.value.text)) return;
    seen.add(cell.value.text);
    const column: HeaderColumn = { index, letter: '', parts: [cell.value.text], text: cell.value.text };
    const best = Math.max(0, ...allDefs.map((def) => fieldScore(column, def)));
    score += best >= 1000 ? 2 : best >= 500 ? 1 : 0;
  });
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
  const headerRows = raw.rows.slice(start, end + 1);
  const width = Math.max(...headerRows.map((r) => r.cells.length));
  const columns: HeaderColumn[] = [];
  for (let index = 0; index < width; index++) {
    const parts: string[] = [];
    for (const r of headerRows) {
      const text = tidy(cellText(r.cells[index]));
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

const foldedAsOf = asOfPhrases.map(fold).sort((a, b) => b.length - a.length);

export function findTitleDates(lines: readonly string[]): { asOf?: IsoDate; period?: { from: IsoDate; to: IsoDate } } {
  const result: { asOf?: IsoDate; period?: { from: IsoDate; to: IsoDate } } = {};
  for (const line of lines) {
    const f = fold(line.replace(/(\d)\s*[/.-]\s*(?=\d)/g, '$1x'));
    const range = /tu ngay (\d{1,2}x\d{1,2}x\d{2,4}) den ngay (\d{1,2}x\d{1,2}x\d{2,4})/.exec(f);
    if (range) {
      const from = parseDateText(range[1]!.replace(/x/g, '/'));
      const to = parseDateText(range[2]!.replace(/x/g, '/'));
      if (from.ok && to.ok) {
        result.period = { from: from.value, to: to.value };
        result.asOf ??= to.value;
        continue;
      }
    }
    for (const phrase of foldedAsOf) {
      const at = f.indexOf(`${phrase} `);
      if (at < 0) continue;
      const after = f.slice(at + phrase.length + 1);
      const numeric = /^(?:ngay )?(\d{1,2}x\d{1,2}x\d{2,4})/.exec(after);
      const words = /^(?:ngay )?(\d{1,2}) thang (\d{1,2}) nam (\d{4})/.exec(after);
      const parsed = numeric ? parseDateText(numeric[1]!.replace(/x/g, '/')) : words ? parseDateText(`${words[1]}/${words[2]}/${words[3]}`) : null;
      if (parsed?.ok) {
        result.asOf = parsed.value;
        break;
      }
    }
  }
  return result;
}

/** The first `limit` non-blank text cells of a row, folded (for total/section words). */
export function leadingTexts(cells: readonly (RawCell | undefined)[], limit = 3): string[] {
  const out: string[] = [];
  for (const c of cells) {
    if (isBlank(c)) continue;
    out.push(fold(cellText(c)));
    if (out.length >= limit) break;
  }
  return out;
}

export function kindFieldDefs(kind: DataKind) {
  return fieldDefs[kind];
}
