/**
 * Record-level dossier exports (SPEC §2.4, §6), counted as they stream past read/stream: a table
 * whose header is a one-stop-shop export's is never held whole; its rows are counted as they
 * pass, into DossierStats per unit and level, with the vocabulary of layout.ts and the counting
 * rule of model/record-counts.ts — millions of rows cannot wait in memory for the ordinary path.
 *
 * Every text table is shown to `recordStreams` to be recognised, so this module stays small: the
 * counting modules (and the worker thread) load only once a table is found to be an export.
 */
import type { StreamedRecords } from '../../model/record-counts.js';
import type { RecordStreams, TextHead } from '../../read/stream/index.js';
import { headerSearchRows } from '../table.js';
import type { RecordReading } from './aggregate.js';
import { findRecordLayout } from './layout.js';

export type { RecordReading } from './aggregate.js';

/**
 * Files at least this large are read by two threads; below it, starting a thread costs more
 * than it saves. `REFORM_REPORT_PARALLEL_MIN_BYTES` sets another size (0: always one thread),
 * for tests and benchmarks.
 */
export function parallelThreshold(env: NodeJS.ProcessEnv): number {
  const set = Number(env.REFORM_REPORT_PARALLEL_MIN_BYTES);
  return env.REFORM_REPORT_PARALLEL_MIN_BYTES !== undefined && Number.isFinite(set) && set >= 0 ? set : 32 * 1024 * 1024;
}

/** The reader that read/ hands the tables it streams to: record exports counted as `reading` says. */
export function recordStreams(reading: RecordReading): RecordStreams {
  return {
    headRows: headerSearchRows,
    text: (head) => countText(head, reading),
    async sheets() {
      return (await import('./dossier-xlsx.js')).sheetVisitor(reading);
    },
  };
}

async function countText(head: TextHead, reading: RecordReading): Promise<StreamedRecords | null> {
  const layout = findRecordLayout(head.rows);
  if (!layout) return null;
  const disk = head.onDisk;
  if (disk && reading.parallelMinBytes > 0 && disk.size >= reading.parallelMinBytes) {
    const { countInTwoHalves } = await import('./parallel.js');
    const halves = await countInTwoHalves(head.file, disk.handle, disk.size, disk.start, head.delimiter, layout, reading);
    if (halves) return halves.finish();
  }
  const { aggregateCsvRecords } = await import('./dossier-csv.js');
  return (await aggregateCsvRecords(head.file, await head.bytes(), head.delimiter, layout, reading)).finish();
}
