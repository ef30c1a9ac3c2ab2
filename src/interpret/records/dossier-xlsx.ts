/**
 * A record export in xlsx, its rows as read/stream/sheets.ts scans them one at a time: each is
 * checked and counted, never kept.
 */
import { because } from '../../i18n/reasons.js';
import { channelOf, isReturnedStatus, paidOf, channelExamples, paidExamples, findRecordLayout, unreportedOf, type RecordField, type RecordLayout } from './layout.js';
import { dayFromText, dayOfSerial } from './dates.js';
import type { DayNumber } from '../../model/record-counts.js';
import { levelFromCell, levelNames } from '../dossier-levels.js';
import { headerSearchRows } from '../table.js';
import { CellKind, type ScannedRow } from '../../read/xlsx-scan/index.js';
import type { SheetVisitor } from '../../read/stream/sheets.js';
import { DossierAggregator, levelIndex, type RecordReading } from './aggregate.js';
import { canCount } from './dossier-csv.js';

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

/** A cell as text, not normalised: the readers of the values normalise what they keep. */
function textAt(row: ScannedRow, column: number): string {
  const i = column > 0 ? row.find(column) : -1;
  return i < 0 ? '' : row.text(i);
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

function rowHandler(agg: DossierAggregator, layout: RecordLayout, in1904: boolean, reading: RecordReading): (row: ScannedRow) => void {
  const col = (f: RecordField) => (layout.columns.get(f)?.index ?? -1) + 1;
  const letter = (f: RecordField) => layout.columns.get(f)?.letter;
  const [cUnit, cLevel, cReceived, cDue, cResolved, cChannel, cPaid, cStatus] = (['unit', 'level', 'receivedOn', 'dueOn', 'resolvedOn', 'channel', 'paidOnline', 'status'] as const).map(col) as [number, number, number, number, number, number, number, number];
  if (!canCount(agg, layout)) return () => {};
  const fixedUnit = reading.unit ? agg.unitSlot(reading.unit) : -1;
  const unitOf = cached((t) => agg.unitSlot(t));
  const levelOf = cached((t) => levelFromCell(t));
  const channel = cached((t) => channelOf(t));
  const paid = cached((t) => paidOf(t));
  const returned = cached((t) => isReturnedStatus(t));
  const serials = new Map<number, DayNumber | null>();
  const day = (row: ScannedRow, c: number): DayNumber | null => {
    const i = c > 0 ? row.find(c) : -1;
    if (i < 0) return 0;
    const kind = row.kinds[i];
    if (kind === CellKind.number || kind === CellKind.date) {
      // A date-time cell is its day's serial plus a fraction: the day is the whole part.
      const whole = Math.floor(row.numbers[i]!);
      let d = serials.get(whole);
      if (d === undefined) {
        d = dayOfSerial(whole, in1904);
        if (serials.size < cacheLimit) serials.set(whole, d);
      }
      return d;
    }
    if (kind === CellKind.formula) return null;
    const text = row.text(i);
    return text === '' ? 0 : dayFromText(text, in1904);
  };

  return (row) => {
    const texts = (c: number) => textAt(row, c);
    const n = row.number;
    // A formatted row with nothing in it is no record.
    if (row.length === 0) return;
    agg.rowsRead++;
    let slot = cUnit > 0 ? unitOf(texts(cUnit)) : fixedUnit;
    if (slot < 0) slot = fixedUnit;
    if (slot < 0) {
      agg.report(n, letter('unit'), 'missing-unit', { of: 'dossier' });
      return;
    }
    const levelText = cLevel > 0 ? texts(cLevel) : '';
    let level: number;
    if (levelText.trim()) {
      const l = levelOf(levelText);
      if (!l) {
        agg.report(n, letter('level'), 'bad-level', { value: levelText, accepted: [...levelNames] }, { value: levelText });
        return;
      }
      level = levelIndex[l];
    } else {
      const fromName = agg.levelOf(slot);
      if (fromName === null) {
        agg.report(n, letter('unit'), 'no-level', { unit: agg.unitName(slot), of: 'dossier' });
        return;
      }
      level = levelIndex[fromName];
    }
    const received = day(row, cReceived);
    if (!received) {
      const written = texts(cReceived);
      if (written) agg.report(n, letter('receivedOn'), 'bad-date', { reason: because('not-a-date', { text: written }), then: 'not-counted' }, { value: written });
      else agg.report(n, letter('receivedOn'), 'missing-date', {});
      return;
    }
    const resolved = day(row, cResolved);
    if (resolved === null) {
      agg.report(n, letter('resolvedOn'), 'bad-date', { reason: because('not-a-date', { text: texts(cResolved) }), then: 'not-counted' }, { value: texts(cResolved) });
      return;
    }
    let due = day(row, cDue);
    if (due === null) {
      agg.report(n, letter('dueOn'), 'bad-date', { reason: because('not-a-date', { text: texts(cDue) }), then: 'no-due-date' }, { value: texts(cDue), severity: 'warning' });
      due = 0;
    }
    const ch = cChannel > 0 ? channel(texts(cChannel)) : 'direct';
    if (ch === null) agg.report(n, letter('channel'), 'bad-channel', { value: texts(cChannel), accepted: channelExamples }, { value: texts(cChannel) });
    const p = cPaid > 0 ? paid(texts(cPaid)) : false;
    if (p === null) agg.report(n, letter('paidOnline'), 'bad-paid', { value: texts(cPaid), accepted: paidExamples }, { value: texts(cPaid) });
    const back = cStatus > 0 && returned(texts(cStatus));
    agg.add(slot, level, received, due, resolved, ch === 'online', p === true, back);
    if (reading.progress && agg.rowsRead % 10_000 === 0) reading.progress(agg.file, agg.rowsRead, 0);
  };
}
