/**
 * A record export in CSV, streamed: tokenized in place (csv-tokenizer.ts), each row's unit,
 * level, channel, payment and status looked up by their bytes (byte-interner.ts), its dates read
 * from the bytes, and counted into the aggregator. Nothing is kept per row.
 */
import { channelExamples, channelOf, isReturnedStatus, paidExamples, paidOf, unreportedOf, type RecordField, type RecordLayout } from './layout.js';
import { dayFromBytes } from './dates.js';
import { levelFromCell, levelNames } from '../dossier-levels.js';
import { because } from '../../i18n/reasons.js';
import { DossierAggregator, levelIndex, type RecordReading } from './aggregate.js';
import { ByteInterner } from '../../read/stream/byte-interner.js';
import { CsvTokenizer, fieldText, type CsvError, type CsvRecord } from '../../read/stream/csv-tokenizer.js';
import { pump, type ByteSource } from '../../read/stream/byte-source.js';

// What the interners keep per distinct value: a channel (or UNKNOWN); a level index 0–2 (or BLANK_LEVEL, BAD_LEVEL).
const channelCodes = { online: 0, direct: 1, postal: 2 } as const;
const UNKNOWN = 3;
const BLANK_LEVEL = 3;
const BAD_LEVEL = 4;

export async function aggregateCsvRecords(file: string, source: ByteSource, delimiter: number, layout: RecordLayout, reading: RecordReading): Promise<DossierAggregator> {
  const agg = new DossierAggregator(file, undefined, reading);
  agg.headerRow = layout.header + 1;
  agg.unreported = unreportedOf(layout);
  if (!canCount(agg, layout)) return agg;
  const { error } = await countCsvRecords(agg, source, delimiter, layout, layout.header + 2);
  if (error) reportMalformed(agg, error);
  return agg;
}

/** False (after saying why, once) when the export has no unit column and --unit gives none. */
export function canCount(agg: DossierAggregator, layout: RecordLayout): boolean {
  if (layout.columns.has('unit') || agg.reading.unit) return true;
  agg.fileIssue('missing-unit', { of: 'export' });
  return false;
}

export function reportMalformed(agg: DossierAggregator, error: CsvError): void {
  agg.report(error.record, undefined, 'csv-malformed', { problem: 'stream', detail: error.message });
}

/**
 * Counts the records of `source` into `agg`, from record number `firstData` on (the ones before
 * are the title and header rows). Returns how many records there were, and the tokenizer's error.
 */
export async function countCsvRecords(agg: DossierAggregator, source: ByteSource, delimiter: number, layout: RecordLayout, firstData: number): Promise<{ records: number; error: CsvError | null }> {
  const { reading, file } = agg;
  const col = (f: RecordField) => layout.columns.get(f)?.index ?? -1;
  const letter = (f: RecordField) => layout.columns.get(f)?.letter;
  const [cUnit, cLevel, cReceived, cDue, cResolved, cChannel, cPaid, cStatus] = (['unit', 'level', 'receivedOn', 'dueOn', 'resolvedOn', 'channel', 'paidOnline', 'status'] as const).map(col) as [number, number, number, number, number, number, number, number];
  const fixedUnit = reading.unit ? agg.unitSlot(reading.unit) : -1;
  const units = new ByteInterner(1 << 16);
  const levelWords = new ByteInterner();
  const channels = new ByteInterner();
  const payments = new ByteInterner();
  const statuses = new ByteInterner();
  let view: DataView | null = null;
  let viewOf: Buffer | null = null;

  /** The value of a field by its bytes: found, or read from its text once and kept. */
  const lookup = (interner: ByteInterner, r: CsvRecord, view: DataView, c: number, read: (text: string) => number): number => {
    const found = interner.find(r.buf, view, r.starts[c]!, r.ends[c]!);
    if (found >= 0) return found;
    const value = read(fieldText(r, c));
    interner.add(r.buf, r.starts[c]!, r.ends[c]!, value);
    return value;
  };
  const readUnit = (text: string) => agg.unitSlot(text);
  const readReturned = (text: string) => (isReturnedStatus(text) ? 1 : 0);

  const onRecord = (r: CsvRecord) => {
    if (r.number < firstData) return;
    if (r.count === 1 && r.starts[0] === r.ends[0]) return;
    agg.rowsRead++;
    const { buf, starts, ends } = r;
    if (viewOf !== buf) {
      view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
      viewOf = buf;
    }
    const v = view!;
    const row = r.number;

    let slot = present(r, cUnit) ? lookup(units, r, v, cUnit, readUnit) : fixedUnit;
    if (slot < 0) slot = fixedUnit;
    if (slot < 0) {
      agg.report(row, letter('unit'), 'missing-unit', { of: 'dossier' });
      return;
    }
    let level = present(r, cLevel) ? lookup(levelWords, r, v, cLevel, levelCode) : BLANK_LEVEL;
    if (level === BAD_LEVEL) {
      const written = fieldText(r, cLevel);
      agg.report(row, letter('level'), 'bad-level', { value: written, accepted: [...levelNames] }, { value: written });
      return;
    }
    if (level === BLANK_LEVEL) {
      const fromName = agg.levelOf(slot);
      if (fromName === null) {
        agg.report(row, letter('unit'), 'no-level', { unit: agg.unitName(slot), of: 'dossier' });
        return;
      }
      level = levelIndex[fromName];
    }

    const received = present(r, cReceived) ? dayFromBytes(buf, starts[cReceived]!, ends[cReceived]!) : 0;
    if (!received) {
      const written = present(r, cReceived) ? fieldText(r, cReceived) : '';
      if (written) agg.report(row, letter('receivedOn'), 'bad-date', { reason: because('not-a-date', { text: written }), then: 'not-counted' }, { value: written });
      else agg.report(row, letter('receivedOn'), 'missing-date', {});
      return;
    }
    const resolved = present(r, cResolved) ? dayFromBytes(buf, starts[cResolved]!, ends[cResolved]!) : 0;
    if (resolved === null) {
      const written = fieldText(r, cResolved);
      agg.report(row, letter('resolvedOn'), 'bad-date', { reason: because('not-a-date', { text: written }), then: 'not-counted' }, { value: written });
      return;
    }
    let due = present(r, cDue) ? dayFromBytes(buf, starts[cDue]!, ends[cDue]!) : 0;
    if (due === null) {
      const written = fieldText(r, cDue);
      agg.report(row, letter('dueOn'), 'bad-date', { reason: because('not-a-date', { text: written }), then: 'no-due-date' }, { value: written, severity: 'warning' });
      due = 0;
    }

    const channel = present(r, cChannel) ? lookup(channels, r, v, cChannel, channelCode) : channelCodes.direct;
    if (channel === UNKNOWN) {
      const written = fieldText(r, cChannel);
      agg.report(row, letter('channel'), 'bad-channel', { value: written, accepted: channelExamples }, { value: written });
    }
    const paid = present(r, cPaid) ? lookup(payments, r, v, cPaid, paidCode) : 0;
    if (paid === 2) {
      const written = fieldText(r, cPaid);
      agg.report(row, letter('paidOnline'), 'bad-paid', { value: written, accepted: paidExamples }, { value: written });
    }
    const returned = present(r, cStatus) && lookup(statuses, r, v, cStatus, readReturned) === 1;

    agg.add(slot, level, received, due, resolved, channel === channelCodes.online, paid === 1, returned);
  };

  const tokenizer = new CsvTokenizer(delimiter, onRecord);
  await pump(source, tokenizer, reading.progress ? (bytes) => reading.progress!(file, agg.rowsRead, bytes) : undefined);
  return { records: tokenizer.recordsRead, error: tokenizer.error };
}

/** The record has the field, and it is not empty. */
function present(r: CsvRecord, c: number): boolean {
  return c >= 0 && c < r.count && r.starts[c] !== r.ends[c];
}

function levelCode(text: string): number {
  const level = levelFromCell(text);
  return level ? levelIndex[level] : text.trim() === '' ? BLANK_LEVEL : BAD_LEVEL;
}

function channelCode(text: string): number {
  const c = channelOf(text);
  return c ? channelCodes[c] : UNKNOWN;
}

function paidCode(text: string): number {
  const p = paidOf(text);
  return p === null ? 2 : p ? 1 : 0;
}
