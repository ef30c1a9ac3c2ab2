/**
 * A large UTF-8 record export read by two threads, one per half (the machines this runs on have
 * two cores or more; the parsing, not the disk, is the limit). The file is cut after a line
 * break near its middle. That break may lie inside a quoted cell; the first half then ends in an
 * unclosed quote, which its tokenizer reports — the cut is wrong, the second thread's counts are
 * thrown away and the caller reads the file whole, as one thread. Otherwise the second half's
 * counts are added to the first's, its record numbers shifted by the first half's records.
 */
import type { FileHandle } from 'node:fs/promises';
import { Worker } from 'node:worker_threads';
import { unreportedOf, type RecordLayout } from './layout.js';
import { DossierAggregator, type AggregatePart, type RecordReading } from './aggregate.js';
import { fileSource } from '../../read/stream/byte-source.js';
import type { CsvError } from '../../read/stream/csv-tokenizer.js';
import { canCount } from './check.js';
import { countCsvRecords, reportMalformed } from './dossier-csv.js';

/** What the second thread is given (structured-cloned). */
export interface HalfJob {
  file: string;
  start: number;
  delimiter: number;
  layout: RecordLayout;
  window: RecordReading['window'];
  unitConfig: RecordReading['unitConfig'];
  unit?: string;
}

export interface HalfResult {
  part: AggregatePart;
  records: number;
  error: CsvError | null;
}

const workerFile = new URL('./worker.js', import.meta.url);

/** null when the file cannot be cut (no line break past the middle, or the cut fell inside a quoted cell). */
export async function countInTwoHalves(file: string, handle: FileHandle, size: number, start: number, delimiter: number, layout: RecordLayout, reading: RecordReading): Promise<DossierAggregator | null> {
  // Compiled (dist/, dist/bundle/), the worker's script is beside this one; run from the TypeScript
  // sources (unit tests) there is none, and one thread reads. A missing worker in a build is a bug,
  // and fails loudly (test/e2e/dossiers-parallel.test.ts runs the built CLI with two threads).
  if (import.meta.url.endsWith('.ts')) return null;
  const cut = await lineStartAfter(handle, Math.floor((start + size) / 2), size);
  if (cut < 0) return null;
  const job: HalfJob = { file, start: cut, delimiter, layout, window: reading.window, unitConfig: reading.unitConfig, ...(reading.unit ? { unit: reading.unit } : {}) };
  const worker = new Worker(workerFile, { workerData: job });
  const second = new Promise<HalfResult>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
  });
  const agg = new DossierAggregator(file, undefined, reading);
  agg.headerRow = layout.header + 1;
  agg.unreported = unreportedOf(layout);
  if (!canCount(agg, layout)) {
    await worker.terminate();
    return agg;
  }
  const first = await countCsvRecords(agg, fileSource(handle, start, cut), delimiter, layout, layout.header + 2);
  if (first.error) {
    await worker.terminate();
    return null;
  }
  const half = await second;
  await worker.terminate();
  agg.absorb(half.part, first.records);
  if (half.error) reportMalformed(agg, { ...half.error, record: half.error.record + first.records });
  return agg;
}

/** The offset just after the first `\n` at or after `from`, or -1. */
async function lineStartAfter(handle: FileHandle, from: number, size: number): Promise<number> {
  const window = Buffer.allocUnsafe(1 << 16);
  for (let at = from; at < size; at += window.length) {
    const { bytesRead } = await handle.read(window, 0, window.length, at);
    const lf = window.subarray(0, bytesRead).indexOf(0x0a);
    if (lf >= 0) return at + lf + 1 < size ? at + lf + 1 : -1;
    if (bytesRead === 0) break;
  }
  return -1;
}
