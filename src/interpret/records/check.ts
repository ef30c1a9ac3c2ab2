/**
 * The one checker of a record row, whatever the format it came in: the unit, the level, the
 * three dates, the channel and the payment are read, each problem reported at its cell with the
 * same message, and a row that can be counted is counted. The formats differ only in how a cell
 * is read (dossier-csv.ts from the bytes, dossier-xlsx.ts from the scanned cells): each gives a
 * `RecordRow`, and caches the readings of the values it meets again.
 */
import { because } from '../../i18n/reasons.js';
import type { DayNumber } from '../../model/record-counts.js';
import { levelFromCell, levelNames } from '../dossier-levels.js';
import { levelRank } from '../../model/records.js';
import type { DossierAggregator } from './aggregate.js';
import { channelExamples, channelOf, paidExamples, paidOf, type RecordField, type RecordLayout } from './layout.js';

/** A level read from a cell: 0–2 (`levelRank`), or blank, or not a level. */
export const BLANK_LEVEL = 3;
export const BAD_LEVEL = 4;
/** A channel read from a cell. */
export const channelCodes = { online: 0, direct: 1, postal: 2, unknown: 3 } as const;
/** A payment read from a cell: 0 not paid online, 1 paid online, 2 not a known answer. */
export const UNKNOWN_PAID = 2;

export function levelCode(text: string): number {
  const level = levelFromCell(text);
  return level ? levelRank[level] : text.trim() === '' ? BLANK_LEVEL : BAD_LEVEL;
}

export function channelCode(text: string): number {
  return channelCodes[channelOf(text) ?? 'unknown'];
}

export function paidCode(text: string): number {
  const p = paidOf(text);
  return p === null ? UNKNOWN_PAID : p ? 1 : 0;
}

type DateField = 'receivedOn' | 'dueOn' | 'resolvedOn';

/** One row of a record export as its format reads it. A field whose column is absent reads as blank. */
export interface RecordRow {
  /** The row's number in its file or sheet. */
  readonly number: number;
  /** The unit's slot in the aggregator, -1 when blank. */
  unit(): number;
  /** A level code (above); BLANK_LEVEL when blank. */
  level(): number;
  /** The dates: 0 when blank, null when it is not a date. */
  received(): DayNumber | null;
  resolved(): DayNumber | null;
  due(): DayNumber | null;
  /** A channel code; direct when blank. */
  channel(): number;
  /** A payment code; not paid when blank. */
  paid(): number;
  returned(): boolean;
  /** The cell as written, '' when blank: what a message quotes. */
  text(field: RecordField): string;
}

/**
 * The columns of the fields a row is read by, numbered from `first` (0 for tokenized records, 1
 * for scanned cells; a field without a column has `first - 1`), and the dates read by `day`.
 */
export abstract class RecordColumns implements RecordRow {
  protected readonly cUnit: number;
  protected readonly cLevel: number;
  protected readonly cReceived: number;
  protected readonly cResolved: number;
  protected readonly cDue: number;
  protected readonly cChannel: number;
  protected readonly cPaid: number;
  protected readonly cStatus: number;

  constructor(
    private readonly layout: RecordLayout,
    private readonly first: number,
  ) {
    [this.cUnit, this.cLevel, this.cReceived, this.cResolved, this.cDue, this.cChannel, this.cPaid, this.cStatus] = (['unit', 'level', 'receivedOn', 'resolvedOn', 'dueOn', 'channel', 'paidOnline', 'status'] as const).map((f) => this.column(f)) as [number, number, number, number, number, number, number, number];
  }

  private column(field: RecordField): number {
    return (this.layout.columns.get(field)?.index ?? -1) + this.first;
  }

  abstract readonly number: number;
  abstract unit(): number;
  abstract level(): number;
  abstract channel(): number;
  abstract paid(): number;
  abstract returned(): boolean;
  /** The date in column `c`: 0 when blank or no column, null when it is not a date. */
  protected abstract day(c: number): DayNumber | null;
  /** The cell in column `c` as written, '' when blank or no column. */
  protected abstract textAt(c: number): string;

  received(): DayNumber | null {
    return this.day(this.cReceived);
  }

  resolved(): DayNumber | null {
    return this.day(this.cResolved);
  }

  due(): DayNumber | null {
    return this.day(this.cDue);
  }

  text(field: RecordField): string {
    return this.textAt(this.column(field));
  }
}

/** False (after saying why, once) when the export has no unit column and --unit gives none. */
export function canCount(agg: DossierAggregator, layout: RecordLayout): boolean {
  if (layout.columns.has('unit') || agg.reading.unit) return true;
  agg.fileIssue('missing-unit', { of: 'export' });
  return false;
}

/** Checks and counts the rows of one export into `agg`; `layout` places the messages at their cells. */
export function rowCounter(agg: DossierAggregator, layout: RecordLayout): (row: RecordRow) => void {
  const letter = (f: RecordField) => layout.columns.get(f)?.letter;
  const fixedUnit = agg.reading.unit ? agg.unitSlot(agg.reading.unit) : -1;
  const badDate = (row: RecordRow, field: DateField, then: 'not-counted' | 'no-due-date') => {
    const written = row.text(field);
    agg.report(row.number, letter(field), 'bad-date', { reason: because('not-a-date', { text: written }), then }, then === 'no-due-date' ? { value: written, severity: 'warning' } : { value: written });
  };

  return (row) => {
    const n = row.number;
    let slot = row.unit();
    if (slot < 0) slot = fixedUnit;
    if (slot < 0) {
      agg.report(n, letter('unit'), 'missing-unit', { of: 'dossier' });
      return;
    }
    // A unit at a level the config adds has one set of counts, named by the config when the export is finished.
    let level = agg.placed(slot) ? 0 : row.level();
    if (level === BAD_LEVEL) {
      const written = row.text('level');
      agg.report(n, letter('level'), 'bad-level', { value: written, accepted: [...levelNames] }, { value: written });
      return;
    }
    if (level === BLANK_LEVEL) {
      const fromName = agg.levelOf(slot);
      if (fromName === null) {
        agg.report(n, letter('unit'), 'no-level', { unit: agg.unitName(slot), of: 'dossier' });
        return;
      }
      level = levelRank[fromName];
    }

    const received = row.received();
    if (!received) {
      if (row.text('receivedOn')) badDate(row, 'receivedOn', 'not-counted');
      else agg.report(n, letter('receivedOn'), 'missing-date', {});
      return;
    }
    const resolved = row.resolved();
    if (resolved === null) {
      badDate(row, 'resolvedOn', 'not-counted');
      return;
    }
    let due = row.due();
    if (due === null) {
      badDate(row, 'dueOn', 'no-due-date');
      due = 0;
    }

    const channel = row.channel();
    if (channel === channelCodes.unknown) {
      const written = row.text('channel');
      agg.report(n, letter('channel'), 'bad-channel', { value: written, accepted: channelExamples }, { value: written });
    }
    const paid = row.paid();
    if (paid === UNKNOWN_PAID) {
      const written = row.text('paidOnline');
      agg.report(n, letter('paidOnline'), 'bad-paid', { value: written, accepted: paidExamples }, { value: written });
    }
    agg.add(slot, level, received, due, resolved, channel === channelCodes.online, paid === 1, row.returned());
  };
}
