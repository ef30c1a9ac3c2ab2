/**
 * A record export in CSV, streamed: tokenized in place (csv-tokenizer.ts), each row's unit,
 * level, channel, payment and status looked up by their bytes (byte-interner.ts), its dates read
 * from the bytes, and counted into the aggregator. Nothing is kept per row.
 */
import type { DayNumber } from '../../model/record-counts.js';
import { ByteInterner } from '../../read/stream/byte-interner.js';
import { CsvTokenizer, fieldText, type CsvError, type CsvRecord } from '../../read/stream/csv-tokenizer.js';
import { pump, type ByteSource } from '../../read/stream/byte-source.js';
import { DossierAggregator, type RecordReading } from './aggregate.js';
import { BLANK_LEVEL, canCount, channelCode, channelCodes, levelCode, paidCode, rowCounter, RecordColumns } from './check.js';
import { dayFromBytes } from './dates.js';
import { isReturnedStatus, unreportedOf, type RecordLayout } from './layout.js';

export async function aggregateCsvRecords(file: string, source: ByteSource, delimiter: number, layout: RecordLayout, reading: RecordReading): Promise<DossierAggregator> {
  const agg = new DossierAggregator(file, undefined, reading);
  agg.headerRow = layout.header + 1;
  agg.unreported = unreportedOf(layout);
  if (!canCount(agg, layout)) return agg;
  const { error } = await countCsvRecords(agg, source, delimiter, layout, layout.header + 2);
  if (error) reportMalformed(agg, error);
  return agg;
}

export function reportMalformed(agg: DossierAggregator, error: CsvError): void {
  agg.report(error.record, undefined, 'csv-malformed', { problem: 'stream', detail: error.message });
}

/** A CSV record as the row checker reads it: each field's value looked up by its bytes, or read from its text once and kept. */
class CsvRow extends RecordColumns {
  private r!: CsvRecord;
  private view!: DataView;
  private viewOf: Buffer | null = null;
  private readonly units = new ByteInterner(1 << 16);
  private readonly levels = new ByteInterner();
  private readonly channels = new ByteInterner();
  private readonly payments = new ByteInterner();
  private readonly statuses = new ByteInterner();
  private readonly readUnit: (text: string) => number;

  constructor(agg: DossierAggregator, layout: RecordLayout) {
    super(layout, 0);
    this.readUnit = (text) => agg.unitSlot(text);
  }

  /** Points at the next record; its buffer changes between chunks. */
  at(r: CsvRecord): void {
    this.r = r;
    if (this.viewOf !== r.buf) {
      this.view = new DataView(r.buf.buffer, r.buf.byteOffset, r.buf.byteLength);
      this.viewOf = r.buf;
    }
  }

  get number(): number {
    return this.r.number;
  }

  /** The record has a value in column `c`. */
  private present(c: number): boolean {
    const r = this.r;
    return c >= 0 && c < r.count && r.starts[c] !== r.ends[c];
  }

  /** The value in column `c` by its bytes, or `blank`: found, or read from its text once and kept. */
  private lookup(interner: ByteInterner, c: number, read: (text: string) => number, blank: number): number {
    if (!this.present(c)) return blank;
    const r = this.r;
    const found = interner.find(r.buf, this.view, r.starts[c]!, r.ends[c]!);
    if (found >= 0) return found;
    const value = read(fieldText(r, c));
    interner.add(r.buf, r.starts[c]!, r.ends[c]!, value);
    return value;
  }

  protected day(c: number): DayNumber | null {
    return this.present(c) ? dayFromBytes(this.r.buf, this.r.starts[c]!, this.r.ends[c]!) : 0;
  }

  unit(): number {
    return this.lookup(this.units, this.cUnit, this.readUnit, -1);
  }

  level(): number {
    return this.lookup(this.levels, this.cLevel, levelCode, BLANK_LEVEL);
  }

  channel(): number {
    return this.lookup(this.channels, this.cChannel, channelCode, channelCodes.direct);
  }

  paid(): number {
    return this.lookup(this.payments, this.cPaid, paidCode, 0);
  }

  returned(): boolean {
    return this.lookup(this.statuses, this.cStatus, readReturned, 0) === 1;
  }

  protected textAt(c: number): string {
    return this.present(c) ? fieldText(this.r, c) : '';
  }
}

const readReturned = (text: string) => (isReturnedStatus(text) ? 1 : 0);

/**
 * Counts the records of `source` into `agg`, from record number `firstData` on (the ones before
 * are the title and header rows). Returns how many records there were, and the tokenizer's error.
 */
export async function countCsvRecords(agg: DossierAggregator, source: ByteSource, delimiter: number, layout: RecordLayout, firstData: number): Promise<{ records: number; error: CsvError | null }> {
  const { reading, file } = agg;
  const count = rowCounter(agg, layout);
  const row = new CsvRow(agg, layout);
  const tokenizer = new CsvTokenizer(delimiter, (r) => {
    if (r.number < firstData) return;
    if (r.count === 1 && r.starts[0] === r.ends[0]) return;
    agg.rowsRead++;
    row.at(r);
    count(row);
  });
  await pump(source, tokenizer, reading.progress ? (bytes) => reading.progress!(file, agg.rowsRead, bytes) : undefined);
  return { records: tokenizer.recordsRead, error: tokenizer.error };
}
