/**
 * The previous snapshot a build compares with (SPEC §5): `--previous FILE`, else the newest
 * `reform-report-<date>.json` in the output folder whose date is before this report's asOf.
 * A snapshot of the same date is the one this build replaces, never its "previous": comparing
 * with it would make a second run of the same build report no change and differ from the first.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Issue } from '../model/issue.js';
import { issue } from '../i18n/issues.js';
import { because, explain, type Reason } from '../i18n/reasons.js';
import type { IsoDate } from '../model/records.js';
import { parseSnapshot, type Snapshot } from '../compute/compare.js';
import { UsageError } from './errors.js';

export type PreviousSnapshot = { file: string; snapshot: Snapshot } | { warning: Issue } | null;

const snapshotName = /^reform-report-(\d{4}-\d{2}-\d{2})\.json$/;

export async function findPrevious(explicit: string | undefined, outDir: string, asOf: IsoDate): Promise<PreviousSnapshot> {
  if (explicit !== undefined) {
    const read = await readSnapshot(explicit);
    if ('error' in read) throw new UsageError(`--previous ${explicit}: ${explain(read.error, 'en')}`);
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
    text = await readFile(file, 'utf8');
  } catch (err) {
    return { error: because('snapshot-unreadable', { cause: (err as NodeJS.ErrnoException).code ?? (err as Error).message }) };
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    return { error: because('snapshot-not-json', { detail: (err as Error).message }) };
  }
  const snapshot = parseSnapshot(data);
  return 'error' in snapshot ? { error: snapshot.error } : { snapshot };
}
