/**
 * The previous snapshot a build compares with (SPEC §5): `--previous FILE`, else the newest
 * `reform-report-<date>.json` in the output folder whose date is before this report's asOf.
 * A snapshot of the same date is the one this build replaces, never its "previous": comparing
 * with it would make a second run of the same build report no change and differ from the first.
 */
import { readdir } from 'node:fs/promises';
import { readBounded } from '../read/bounded.js';
import { readLimits } from '../read/limits.js';
import path from 'node:path';
import type { Issue } from '../model/issue.js';
import { issue } from '../i18n/issues.js';
import { because, type Reason } from '../i18n/reasons.js';
import type { IsoDate } from '../model/records.js';
import { parseSnapshot, type Snapshot } from '../compute/compare.js';
import { UsageError, dataError, usageError } from './errors.js';
import { readSideFile } from './io.js';
import { jsonErrorPlace } from './json-errors.js';
import { mergeSnapshots, type MergeOptions } from '../compute/merge.js';
import type { Summary } from '../model/summary.js';

export type PreviousSnapshot = { file: string; snapshot: Snapshot } | { warning: Issue } | null;

const snapshotName = /^reform-report-(\d{4}-\d{2}-\d{2})\.json$/;

export async function findPrevious(explicit: string | undefined, outDir: string, asOf: IsoDate): Promise<PreviousSnapshot> {
  if (explicit !== undefined) {
    const read = await readSnapshot(explicit);
    if ('error' in read) throw usageError('previous-unreadable', { file: explicit, reason: read.error });
    return { file: explicit, snapshot: read.snapshot };
  }
  let names: string[];
  try {
    names = await readdir(outDir);
  } catch {
    // No output folder yet: the first build has nothing to compare with.
    return null;
  }
  const earlier = names
    .map((n) => snapshotName.exec(n))
    .filter((m): m is RegExpExecArray => m !== null && m[1]! < asOf)
    .sort((a, b) => (a[1]! < b[1]! ? 1 : -1));
  const newest = earlier[0];
  if (!newest) return null;
  const file = path.join(outDir, newest[0]);
  const read = await readSnapshot(file);
  if ('error' in read) {
    return { warning: issue('previous-snapshot', { file }, { reason: read.error }) };
  }
  return { file, snapshot: read.snapshot };
}

async function readSnapshot(file: string): Promise<{ snapshot: Snapshot } | { error: Reason }> {
  let text: string;
  try {
    const read = await readBounded(file, readLimits.sideFileBytes);
    if ('tooLarge' in read) return { error: because('snapshot-too-large', { max: readLimits.sideFileBytes }) };
    text = read.bytes.toString('utf8');
  } catch (err) {
    return { error: because('snapshot-unreadable', { cause: (err as NodeJS.ErrnoException).code ?? (err as Error).message }) };
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    return { error: because('snapshot-not-json', { at: jsonErrorPlace(text) }) };
  }
  const snapshot = parseSnapshot(data);
  return 'error' in snapshot ? { error: snapshot.error } : { snapshot };
}

/**
 * Snapshots merged into one report (`merge`, `build --from-snapshots`). A file that cannot be
 * read or is not a snapshot is a usage error (exit 2); snapshots that do not add up (other
 * dates, other periods, one province twice) a data error (exit 1). Either is one line.
 */
export async function mergeSnapshotFiles(files: readonly string[], opts: MergeOptions = {}): Promise<Summary> {
  const parsed = [];
  for (const file of files) {
    let text: string;
    try {
      text = await readSideFile(file, file, 'snapshot');
    } catch (err) {
      if (err instanceof UsageError) throw err;
      throw usageError('snapshot-unreadable', { file, reason: because('snapshot-unreadable', { cause: (err as NodeJS.ErrnoException).code ?? (err as Error).message }) });
    }
    try {
      parsed.push({ file, data: JSON.parse(text) as unknown });
    } catch (err) {
      throw usageError('snapshot-unreadable', { file, reason: because('snapshot-not-json', { at: jsonErrorPlace(text) }) });
    }
  }
  const merged = mergeSnapshots(parsed, opts);
  if ('summary' in merged) return merged.summary;
  if (merged.refused === 'input') throw usageError('merge-refused', { ...(merged.file !== undefined ? { file: merged.file } : {}), ...(merged.reason ? { reason: merged.reason } : {}) });
  throw dataError('merge-refused', { reason: merged.reason });
}

/** The snapshots in a folder: its `*.json` files, in name order. */
export async function snapshotsIn(dir: string): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (err) {
    throw usageError('snapshots-folder', { dir, problem: 'unreadable', cause: (err as NodeJS.ErrnoException).code ?? (err as Error).message });
  }
  const files = names.filter((n) => /\.json$/i.test(n)).sort().map((n) => path.join(dir, n));
  if (files.length === 0) throw usageError('snapshots-folder', { dir, problem: 'empty' });
  return files;
}
