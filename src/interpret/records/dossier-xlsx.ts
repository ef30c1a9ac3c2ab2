/**
 * A record export in xlsx, its rows as read/stream/sheets.ts scans them one at a time: each is
 * checked and counted, never kept.
 */
import type { DayNumber } from '../../model/record-counts.js';
import type { SheetVisitor } from '../../read/stream/sheets.js';
import { CellKind, type ScannedRow } from '../../read/xlsx-scan/index.js';
import { headerSearchRows } from '../table.js';
import { DossierAggregator, type RecordReading } from './aggregate.js';
import { BLANK_LEVEL, canCount, channelCode, channelCodes, levelCode, paidCode, rowCounter, RecordColumns } from './check.js';
import { dayFromText, dayOfSerial } from './dates.js';
import { findRecordLayout, isReturnedStatus, unreportedOf, type RecordLayout } from './layout.js';

/** Distinct values of a column remembered with their reading; past this many, each is read anew. */
const cacheLimit = 4096;

/** The sheets of a workbook that are record exports, recognised by their first rows and counted row by row. */
export function sheetVisitor(reading: RecordReading): SheetVisitor {
  return {
    headRows: headerSearchRows,
    take(head) {
      const layout = findRecordLayout(head.rows);
      if (!layout) return null;
      const agg = new DossierAggregator(head.file, head.sheet, reading);
      agg.headerRow = head.rowNumbers[layout.header]!;
      agg.unreported = unreportedOf(layout);
      return { row: rowHandler(agg, layout, head.date1904, reading), finish: () => agg.finish() };
    },
  };
}

/** A cached reading of a column's text values. */
function cached<T>(read: (text: string) => T): (text: string) => T {
  const cache = new Map<string, T>();
  return (text) => {
    let v = cache.get(text);
    if (v === undefined) {
      v = read(text);
      if (cache.size < cacheLimit) cache.set(text, v);
    }
    return v;
  };
}

/** A scanned row as the row checker reads it: text values read through caches, dates from the cells' serials. */
class SheetRow extends RecordColumns {
  row!: ScannedRow;
  private readonly unitOf: (text: string) => number;
  private readonly levelOf = cached(levelCode);
  private readonly channelOf = cached(channelCode);
  private readonly paidOf = cached(paidCode);
  private readonly returnedOf = cached(isReturnedStatus);
  private readonly serials = new Map<number, DayNumber | null>();

  constructor(agg: DossierAggregator, layout: RecordLayout, private readonly in1904: boolean) {
    // Scanned cells are numbered by column from 1; 0 is no column.
    super(layout, 1);
    this.unitOf = cached((t) => agg.unitSlot(t));
  }

  get number(): number {
    return this.row.number;
  }

  /** A cell as text, not normalised: the readers of the values normalise what they keep. */
  protected textAt(c: number): string {
    const i = c > 0 ? this.row.find(c) : -1;
    return i < 0 ? '' : this.row.text(i);
  }

  unit(): number {
    return this.cUnit > 0 ? this.unitOf(this.textAt(this.cUnit)) : -1;
  }

  level(): number {
    const text = this.textAt(this.cLevel);
    return text.trim() ? this.levelOf(text) : BLANK_LEVEL;
  }

  protected day(c: number): DayNumber | null {
    const { row } = this;
    const i = c > 0 ? row.find(c) : -1;
    if (i < 0) return 0;
    const kind = row.kinds[i];
    if (kind === CellKind.number || kind === CellKind.date) {
      // A date-time cell is its day's serial plus a fraction: the day is the whole part.
      const whole = Math.floor(row.numbers[i]!);
      let d = this.serials.get(whole);
      if (d === undefined) {
        d = dayOfSerial(whole, this.in1904);
        if (this.serials.size < cacheLimit) this.serials.set(whole, d);
      }
      return d;
    }
    if (kind === CellKind.formula) return null;
    const text = row.text(i);
    return text === '' ? 0 : dayFromText(text, this.in1904);
  }

  channel(): number {
    return this.cChannel > 0 ? this.channelOf(this.textAt(this.cChannel)) : channelCodes.direct;
  }

  paid(): number {
    return this.cPaid > 0 ? this.paidOf(this.textAt(this.cPaid)) : 0;
  }

  returned(): boolean {
    return this.cStatus > 0 && this.returnedOf(this.textAt(this.cStatus));
  }
}

function rowHandler(agg: DossierAggregator, layout: RecordLayout, in1904: boolean, reading: RecordReading): (row: ScannedRow) => void {
  if (!canCount(agg, layout)) return () => {};
  const count = rowCounter(agg, layout);
  const sheetRow = new SheetRow(agg, layout, in1904);
  return (row) => {
    // A formatted row with nothing in it is no record.
    if (row.length === 0) return;
    agg.rowsRead++;
    sheetRow.row = row;
    count(sheetRow);
    if (reading.progress && agg.rowsRead % 10_000 === 0) reading.progress(agg.file, agg.rowsRead, 0);
  };
}
