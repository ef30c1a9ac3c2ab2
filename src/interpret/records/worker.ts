/** The second thread of parallel.ts: counts the records of a file from an offset to its end. */
import { open } from 'node:fs/promises';
import { parentPort, workerData } from 'node:worker_threads';
import { UnitDirectory } from '../units.js';
import { DossierAggregator } from './aggregate.js';
import { fileSource } from '../../read/stream/byte-source.js';
import { countCsvRecords } from './dossier-csv.js';
import type { HalfJob, HalfResult } from './parallel.js';

const job = workerData as HalfJob;
const agg = new DossierAggregator(job.file, undefined, {
  window: job.window,
  units: new UnitDirectory(job.unitConfig),
  unitConfig: job.unitConfig,
  parallelMinBytes: 0,
  ...(job.unit ? { unit: job.unit } : {}),
});
const handle = await open(job.file, 'r');
try {
  const { records, error } = await countCsvRecords(agg, fileSource(handle, job.start), job.delimiter, job.layout, 1);
  const result: HalfResult = { part: agg.part(), records, error };
  parentPort!.postMessage(result);
} finally {
  await handle.close();
}
