/**
 * Receipts (SPEC §4.6): every input file accounted for — whose it is and how that was decided,
 * the date it states, and what became of each of its tables. Plain data: the workbook sheet, the
 * brief's section, `validate` and the JSON's `inputs[]` lay out the same values.
 */
import type { DataKind, IsoDate } from './records.js';
import type { ReasonData } from './issue.js';

/**
 * How the unit a file is counted for was decided, strongest first (SPEC §4.6): a unit column in
 * its rows; the config's `files` mapping; `--unit`; an `Đơn vị báo cáo:` line; the issuing body
 * of its Decree-30 head; its file name matched against the config's units.
 */
export type UnitSource = 'column' | 'config-files' | 'option' | 'label' | 'letterhead' | 'file-name';
export const unitSources: readonly UnitSource[] = ['column', 'config-files', 'option', 'label', 'letterhead', 'file-name'];

/** Rows of a table that are neither records nor rejected, by what they were recognised as. */
export interface RecognisedRows {
  title: number;
  header: number;
  numbering: number;
  section: number;
  total: number;
  footer: number;
  blank: number;
  /** Record-export rows outside the reporting window. */
  outside: number;
}

/** What happened to one table (a worksheet, or a CSV file). */
export interface TableReport {
  file: string;
  sheet?: string;
  hidden: boolean;
  kind: DataKind | null;
  /** Why it matched no kind, as data (`empty`: no cell at all). */
  reason?: ReasonData | 'empty';
  /** The table matched no kind although its rows look like data: an error, not a note. */
  dataNotRead?: boolean;
  /** The date its title states (`tính đến ngày …`). */
  asOf?: IsoDate;
  /** The unit its rows are counted for when they do not say (a form's own unit), and how that was decided. */
  unit?: string;
  unitSource?: UnitSource;
  /** Units named in its unit/lead column, when it has one. */
  columnUnits?: string[];
  rowsRead: number;
  /** Rows that became records. */
  rowsCounted: number;
  /** Record rows left out because of an error (each has an issue). */
  rowsRejected: number;
  /** Title, header, numbering, section, total, footer and blank rows. */
  rowsRecognised: number;
  recognised?: RecognisedRows;
}

export interface TableReceipt {
  sheet: string | null;
  kind: DataKind | null;
  read: boolean;
  /** Why it was not read; null when it was. */
  reason: string | null;
  /** True when a table that was not read holds rows that look like data (an error). */
  dataNotRead: boolean;
  asOf: IsoDate | null;
  rowsRead: number;
  rowsCounted: number;
  rowsRejected: number;
  rowsRecognised: number;
  recognised: RecognisedRows;
}

export interface InputReceipt {
  file: string;
  /** The unit the file is counted for; null when its rows name several units, or nothing decides. */
  unit: string | null;
  unitSource: UnitSource | null;
  /** Units its unit/lead columns name (a consolidated list names many). */
  columnUnits: string[];
  /** The date it states (the latest of its tables'), null when none. */
  statedAsOf: IsoDate | null;
  tables: TableReceipt[];
  /** The file could not be read at all: the code and message. */
  problem: { code: string; message: string } | null;
}

export interface UnitReceipt {
  unit: string;
  /** Listed in the config's expectedUnits. */
  expected: boolean;
  /** It sent a file of its own, or its results are in a list someone else compiled. */
  sent: boolean;
  /** Its results (task statuses, indicator results) are in the rows of a compiled list. */
  inRows: boolean;
  files: string[];
  statedAsOf: IsoDate | null;
  tablesRead: number;
  tablesNotRead: number;
}

export interface ReceiptsSection {
  /** Units expected to report (config expectedUnits); 0 when the config names none. */
  expected: number;
  /** Expected units that sent at least one file. */
  expectedSent: number;
  /** Units that sent at least one file, expected or not. */
  unitsSent: number;
  files: number;
  filesNotRead: number;
  tablesRead: number;
  /** Tables that hold data but were not read (errors). */
  tablesNotRead: number;
  /** Tables skipped as holding no data (lists, notes). */
  tablesSkipped: number;
  /** One row per unit: the expected ones in config order, then the others by name. */
  byUnit: UnitReceipt[];
}
