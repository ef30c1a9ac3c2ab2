/**
 * The read stage's output: cells exactly as found, with their positions. No header is
 * interpreted here; that is the interpret stage's job.
 */

/** A calendar date `yyyy-mm-dd`. Excel date cells carry no zone, so neither does this. */
export type IsoDate = string;

export type RawValue =
  | { kind: 'text'; text: string }
  /** `format` is the cell's Excel number format (`0.0%`, `dd/mm/yyyy`…), when it has one. */
  | { kind: 'number'; value: number; format?: string }
  | { kind: 'date'; date: IsoDate }
  | { kind: 'bool'; value: boolean }
  | { kind: 'error'; text: string };

export interface RawCell {
  value: RawValue;
  /** Set on the cells of a merged range other than its top-left one: the master's address. */
  mergedFrom?: string;
}

export interface RawRow {
  /** 1-based row number as Excel shows it; for CSV the record number. */
  row: number;
  /** Index 0 is column A. Holes are empty cells. */
  cells: (RawCell | undefined)[];
}

export interface RawTable {
  /** The input's path as the user named it. */
  file: string;
  /** Worksheet name; absent for CSV/TSV. */
  sheet?: string;
  hidden?: boolean;
  /** Very hidden: Excel's menus cannot show it, so it is an application's own (the lists behind dropdowns), never a person's table. */
  veryHidden?: boolean;
  /** Excel date system of the workbook (serial numbers in text columns are read with it). */
  date1904?: boolean;
  rows: RawRow[];
}

/** The cell's content as text, the way Excel would show it roughly; '' for empty. */
export function cellText(cell: RawCell | undefined): string {
  if (!cell) return '';
  const v = cell.value;
  switch (v.kind) {
    case 'text':
    case 'error':
      return v.text;
    case 'number':
      return String(v.value);
    case 'date':
      return v.date;
    case 'bool':
      return v.value ? 'TRUE' : 'FALSE';
  }
}

/**
 * The cell as data: a copy of a merge master from the same row (a title or section name merged
 * across columns) is not data of the columns it covers; a copy from a row above (a lead unit
 * merged down over several tasks) is.
 */
export function ownCell(cell: RawCell | undefined, row: number): RawCell | undefined {
  if (!cell?.mergedFrom) return cell;
  return Number(/\d+$/.exec(cell.mergedFrom)?.[0]) === row ? undefined : cell;
}

export function isBlank(cell: RawCell | undefined): boolean {
  return cell === undefined || (cell.value.kind === 'text' && cell.value.text.trim() === '');
}
