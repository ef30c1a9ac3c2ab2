/**
 * A record export in xlsx, streamed with exceljs's WorkbookReader: rows are read one at a time
 * and counted, never kept (the in-memory reader of read/xlsx.ts would build every cell of a
 * 400.000-row sheet). The first sheet decides: when its header is not a record export's, null
 * is returned and the workbook is read as usual. Later sheets that are not record exports are
 * reported as skipped: they would need the whole workbook in memory.
 */
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { Issue } from '../../model/issue.js';
import { issueAt } from '../../model/issue.js';
import { channelOf, isReturnedStatus, paidOf, channelExamples, paidExamples, findRecordLayout, unreportedOf, type RecordField, type RecordLayout } from '../../interpret/dossier-records.js';
import { dayFromText, dayOfSerial, dayOfUtcDate, type DayNumber } from '../../interpret/dossier-dates.js';
import { levelFromCell, levelNames } from '../../interpret/dossier-levels.js';
import { headerSearchRows } from '../../interpret/table.js';
import { dateHint } from '../../interpret/values.js';
import { DossierAggregator, levelIndex, type RecordReading } from './aggregate.js';
import { levelUnknown, unitMissing } from './record-issues.js';
import { canCount } from './dossier-csv.js';

export interface XlsxRecords {
  aggregators: DossierAggregator[];
  issues: Issue[];
}

/** Distinct values of a column remembered with their reading; past this many, each is read anew. */
const cacheLimit = 4096;

export async function aggregateXlsxRecords(file: string, bytes: Uint8Array, reading: RecordReading): Promise<XlsxRecords | null> {
  const input = Readable.from(chunks(bytes));
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(input, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    // Without styles a date cell comes as its serial number, which the date columns read as a day;
    // parsing the styles would cost a third of the read.
    styles: 'ignore',
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  const out: XlsxRecords = { aggregators: [], issues: [] };
  let first = true;
  for await (const sheet of reader) {
    const name = (sheet as unknown as { name?: string }).name ?? '';
    const head: string[][] = [];
    const headRows: number[] = [];
    let handle: ((row: ExcelJS.Row) => void) | null = null;
    let other = false;
    let rows = 0;
    for await (const row of sheet) {
      rows++;
      if (handle) {
        handle(row);
        continue;
      }
      if (other) continue;
      head.push(rowTexts(row));
      headRows.push(row.number);
      const layout = findRecordLayout(head);
      if (layout) {
        const agg = new DossierAggregator(file, name, reading);
        agg.headerRow = headRows[layout.header]!;
        agg.unreported = unreportedOf(layout);
        out.aggregators.push(agg);
        handle = rowHandler(agg, layout, date1904(reader), reading);
      } else if (head.length >= headerSearchRows) {
        if (first) return null;
        other = true;
      }
    }
    if (!handle) {
      if (first) return null;
      if (rows > 0) {
        out.issues.push(issueAt({ file, sheet: name }, 'warning', 'sheet-skipped', 'skipped: the workbook holds a record export, which is read as a stream, and this sheet is not one', {
          hint: 'save this sheet as a workbook of its own to have it read',
        }));
      }
    }
    first = false;
  }
  return out;
}

/**
 * The bytes as a file stream gives them: fresh 64 KiB buffers. Views into the one big buffer
 * make V8's young-generation collections twice as slow over the whole read (measured: 7 s of
 * scavenges instead of 3,5 s for 270.000 rows), as the views keep it reachable from every chunk.
 */
function* chunks(bytes: Uint8Array): Generator<Buffer> {
  for (let at = 0; at < bytes.length; at += 65_536) yield Buffer.from(bytes.subarray(at, at + 65_536));
}

function date1904(reader: ExcelJS.stream.xlsx.WorkbookReader): boolean {
  return Boolean((reader as unknown as { properties?: { model?: { date1904?: boolean } } }).properties?.model?.date1904);
}

type Value = ExcelJS.CellValue | undefined;

function plain(v: Value): Value {
  if (v !== null && typeof v === 'object' && !(v instanceof Date)) {
    if ('result' in v) return plain(v.result as Value);
    if ('richText' in v) return v.richText.map((r) => r.text).join('');
    if ('text' in v) return plain(v.text as Value);
    if ('error' in v) return String(v.error);
  }
  return v;
}

/** A cell as text, not normalised: the readers of the values normalise what they keep. */
function textOf(v: Value): string {
  const p = plain(v);
  if (p === null || p === undefined) return '';
  if (p instanceof Date) return p.toISOString().slice(0, 10);
  return String(p);
}

function rowTexts(row: ExcelJS.Row): string[] {
  const out: string[] = [];
  row.eachCell({ includeEmpty: false }, (cell, col) => {
    out[col - 1] = textOf(cell.value).normalize('NFC');
  });
  return Array.from(out, (t) => t ?? '');
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

function rowHandler(agg: DossierAggregator, layout: RecordLayout, in1904: boolean, reading: RecordReading): (row: ExcelJS.Row) => void {
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
  const value = (row: ExcelJS.Row, c: number): Value => (c > 0 ? row.findCell(c)?.value : undefined);
  const serials = new Map<number, DayNumber | null>();
  const day = (v: Value): DayNumber | null => {
    const p = plain(v);
    if (p === null || p === undefined || p === '') return 0;
    if (p instanceof Date) return dayOfUtcDate(p);
    if (typeof p === 'number') {
      // A date-time cell is its day's serial plus a fraction: the day is the whole part.
      const whole = Math.floor(p);
      let d = serials.get(whole);
      if (d === undefined) {
        d = dayOfSerial(whole, in1904);
        if (serials.size < cacheLimit) serials.set(whole, d);
      }
      return d;
    }
    return dayFromText(String(p), in1904);
  };

  return (row) => {
    const texts = (c: number) => textOf(value(row, c));
    const n = row.number;
    // A formatted row with nothing in it is no record.
    if (!row.hasValues) return;
    agg.rowsRead++;
    let slot = cUnit > 0 ? unitOf(texts(cUnit)) : fixedUnit;
    if (slot < 0) slot = fixedUnit;
    if (slot < 0) {
      agg.report(n, letter('unit'), 'error', 'missing-unit', 'the dossier has no unit', { hint: unitMissing.hint });
      return;
    }
    const levelText = cLevel > 0 ? texts(cLevel) : '';
    let level: number;
    if (levelText.trim()) {
      const l = levelOf(levelText);
      if (!l) {
        agg.report(n, letter('level'), 'error', 'bad-level', `"${levelText}" is not a level`, { value: levelText, hint: `write one of: ${levelNames.join(', ')}` });
        return;
      }
      level = levelIndex[l];
    } else {
      const fromName = agg.levelOf(slot);
      if (fromName === null) {
        agg.report(n, letter('unit'), 'error', 'no-level', levelUnknown.message(agg.unitName(slot)), { hint: levelUnknown.hint });
        return;
      }
      level = levelIndex[fromName];
    }
    const received = day(value(row, cReceived));
    if (!received) {
      const written = texts(cReceived);
      agg.report(n, letter('receivedOn'), 'error', written ? 'bad-date' : 'missing-date', written ? `"${written}" is not a date; the dossier is not counted` : 'the dossier has no receipt date; it is not counted', { value: written, hint: dateHint });
      return;
    }
    const resolved = day(value(row, cResolved));
    if (resolved === null) {
      agg.report(n, letter('resolvedOn'), 'error', 'bad-date', `"${texts(cResolved)}" is not a date; the dossier is not counted`, { value: texts(cResolved), hint: dateHint });
      return;
    }
    let due = day(value(row, cDue));
    if (due === null) {
      agg.report(n, letter('dueOn'), 'warning', 'bad-date', `"${texts(cDue)}" is not a date; the dossier is counted as having no due date`, { value: texts(cDue), hint: dateHint });
      due = 0;
    }
    const ch = cChannel > 0 ? channel(texts(cChannel)) : 'direct';
    if (ch === null) agg.report(n, letter('channel'), 'warning', 'bad-channel', `"${texts(cChannel)}" is not a known channel; the dossier is counted as not submitted online`, { value: texts(cChannel), hint: `write one of: ${channelExamples}` });
    const p = cPaid > 0 ? paid(texts(cPaid)) : false;
    if (p === null) agg.report(n, letter('paidOnline'), 'warning', 'bad-paid', `"${texts(cPaid)}" does not say whether the dossier was paid online; it is counted as not paid`, { value: texts(cPaid), hint: `write ${paidExamples}` });
    const back = cStatus > 0 && returned(texts(cStatus));
    agg.add(slot, level, received, due, resolved, ch === 'online', p === true, back);
    if (reading.progress && agg.rowsRead % 10_000 === 0) reading.progress(agg.file, agg.rowsRead, 0);
  };
}
