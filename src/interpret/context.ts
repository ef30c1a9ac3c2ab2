/** What every kind's interpreter gets besides its table. */
import type { Issue } from '../model/issue.js';
import { issue, type IssueOptions } from '../i18n/issues.js';
import type { Code, ParamsOf } from '../i18n/messages.js';
import type { DataKind, IsoDate, Task } from '../model/records.js';
import { cellText, ownCell, type RawTable } from '../read/raw-table.js';
import { tidy } from '../model/text.js';
import { isOfficeOf, type UnitDirectory } from './units.js';
import type { FileUnit } from './reporting-unit.js';
import type { ColumnMatch, HeaderColumn } from './header-match.js';
import type { ClassifiedRow } from './rows.js';
import type { LocatedTable } from './table.js';
import { placeholderText } from './placeholders.js';

export interface InterpretOptions {
  /** `--kind`: read every table as this kind. */
  kind?: DataKind;
  /** `--unit`: the lead/unit of a table that has no such column. */
  unit?: string;
  /** `--lenient`: invalid rows are counted in an `invalid` bucket instead of being errors. */
  lenient: boolean;
  units: UnitDirectory;
  /** `--period`: a form stating another period is warned about (its figures are its own period's). */
  period?: { from: IsoDate; to: IsoDate };
  /** The config's `files` mapping (glob → unit): the unit of a file that names none, or null. */
  unitForFile?: (file: string) => string | null;
  /** `--strict-units` / config `strictUnits`: a unit name the config does not list is an error. */
  strictUnits?: boolean;
  /** Reading the plan's task list itself: a task table needs no status column. */
  planList?: boolean;
  /** The plan's tasks (config `plan`, `--plan`): the reports' tasks are matched to them (plan.ts). */
  plan?: { file: string; tasks: readonly Task[] };
}

/** One table being interpreted as one kind: its layout, its columns and a place for issues. */
export class TableContext {
  readonly issues: Issue[] = [];
  constructor(
    readonly table: LocatedTable,
    readonly match: ColumnMatch,
    readonly rows: ClassifiedRow[],
    readonly options: InterpretOptions,
    /** The unit the file is from (reporting-unit.ts), for rows and columns that do not say. */
    readonly fileUnit: FileUnit | null = null,
  ) {}

  /**
   * The unit a lead or unit cell names, canonical; an office inside the file's own unit
   * (`Phòng Nội vụ` in a district's file) is that unit, unless the config lists it.
   */
  unitOf(written: string): string {
    const units = this.options.units;
    if (this.fileUnit && written !== '' && isOfficeOf(written, this.fileUnit.name) && !units.isConfigured(written)) return units.canonical(this.fileUnit.name);
    return units.canonical(written);
  }

  get raw(): RawTable {
    return this.table.raw;
  }

  column(field: string): HeaderColumn | undefined {
    return this.match.fields.get(field);
  }

  cell(row: ClassifiedRow, field: string) {
    const col = this.column(field);
    return col ? ownCell(row.raw.cells[col.index], row.raw.row) : undefined;
  }

  at(row: number, field?: string) {
    return { file: this.raw.file, sheet: this.raw.sheet, row, column: field ? this.column(field)?.letter : undefined };
  }

  report<C extends Code>(row: ClassifiedRow, field: string | undefined, code: C, params: ParamsOf<C>, opts: IssueOptions = {}): void {
    this.issues.push(issue(code, this.at(row.raw.row, field), params, opts));
  }

  /**
   * Whether the row's cell of `field` says there is no figure yet (`Đang cập nhật`, `N/A`, `-`):
   * then an information line says so and the caller leaves the value absent, never 0.
   * `numeric`: a number is expected, so `x` is a placeholder too (elsewhere it is a tick).
   */
  placeholder(row: ClassifiedRow, field: string, what: ParamsOf<'placeholder-value'>['what'], numeric = true): boolean {
    const value = placeholderText(this.cell(row, field), numeric);
    if (value === null) return false;
    this.report(row, field, 'placeholder-value', { value, header: this.column(field)?.text ?? field, what }, { value });
    return true;
  }

  /**
   * Reading one record row: its cells as tidy text, and errors that mark the row invalid (left
   * out when strict, kept in the `invalid` bucket under --lenient).
   */
  rowReader(row: ClassifiedRow) {
    const state = { invalid: false };
    return {
      state,
      text: (field: string) => tidy(cellText(this.cell(row, field))),
      error: <C extends Code>(field: string, code: C, params: ParamsOf<C>, opts: IssueOptions = {}) => {
        this.report(row, field, code, params, { ...opts, severity: 'error' });
        state.invalid = true;
      },
    };
  }

  source(row: ClassifiedRow) {
    return this.raw.sheet === undefined ? { file: this.raw.file, row: row.raw.row } : { file: this.raw.file, sheet: this.raw.sheet, row: row.raw.row };
  }
}

/** What a row's reader gives each kind's interpreter: cell texts, and errors that make the row invalid. */
export type RowReader = ReturnType<TableContext['rowReader']>;

