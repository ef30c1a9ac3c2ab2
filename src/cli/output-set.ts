/**
 * A build's outputs as one set (SPEC §5, issue 11): every file is written to a temporary file
 * first and the set is renamed together, so an interrupted build leaves at most a moment's mix;
 * every file carries the build's run id (the JSON's `runId`, the brief's first-line comment, the
 * workbook's keywords), so the next build finds a mixed set, says so, and rewrites it.
 */
import { readFile, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import type { Issue } from '../model/issue.js';
import { issue } from '../i18n/issues.js';
import { listZip, isZipDefect } from '../read/zip.js';
import { runIdKeyword, runIdProperty } from '../render/run-id.js';
import { stageFile } from './io.js';

/** The run id of a summary: a hash of its JSON, so the same inputs and flags give the same files. */
export async function runIdOf(json: string): Promise<string> {
  const { createHash } = await import('node:crypto');
  return createHash('sha256').update(json).digest('hex').slice(0, 12);
}

/** Stages every file, then renames them one after another; nothing is renamed unless all were staged. */
export async function writeSet(files: readonly { file: string; data: string | Uint8Array }[]): Promise<void> {
  const staged: { tmp: string; file: string }[] = [];
  try {
    for (const f of files) staged.push({ tmp: await stageFile(f.file, f.data), file: f.file });
  } catch (err) {
    await Promise.all(staged.map((s) => rm(s.tmp, { force: true })));
    throw err;
  }
  for (const [i, s] of staged.entries()) {
    try {
      await rename(s.tmp, s.file);
    } catch (err) {
      await Promise.all(staged.slice(i).map((t) => rm(t.tmp, { force: true })));
      throw err;
    }
  }
}

/** The run id a report file carries; null when it has none (or cannot be read). */
async function runIdIn(file: string): Promise<string | null> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch {
    return null;
  }
  if (file.endsWith('.json')) return /"runId": "([0-9a-f]+)"/.exec(bytes.toString('utf8'))?.[1] ?? null;
  if (file.endsWith('.md')) return /^<!-- reform-report run ([0-9a-f]+) -->/.exec(bytes.toString('utf8'))?.[1] ?? null;
  if (file.endsWith('.xlsx')) {
    const zip = listZip(bytes);
    if (isZipDefect(zip)) return null;
    const custom = zip.read('docProps/custom.xml')?.toString('utf8') ?? '';
    const core = zip.read('docProps/core.xml')?.toString('utf8') ?? '';
    return (
      new RegExp(`name="${runIdProperty}"><vt:lpwstr>([0-9a-f]+)</vt:lpwstr>`).exec(custom)?.[1] ??
      new RegExp(`<cp:keywords>${runIdKeyword}([0-9a-f]+)</cp:keywords>`).exec(core)?.[1] ??
      null
    );
  }
  return null;
}

/** A warning when the files about to be rewritten are not of one build (an interrupted run). */
export async function mixedSetIssue(files: readonly string[]): Promise<Issue | null> {
  const present: { file: string; id: string | null }[] = [];
  // The chart beside the brief carries no id: it is drawn from the same figures.
  for (const file of files.filter((f) => /\.(json|md|xlsx)$/.test(f))) {
    const id = await runIdIn(file);
    if (id !== null || (await readFile(file).then(() => true, () => false))) present.push({ file, id });
  }
  const ids = new Set(present.map((p) => p.id));
  if (present.length < 2 || ids.size < 2) return null;
  return issue('mixed-output-set', { file: path.dirname(files[0]!) }, { reports: present.map((p) => ({ file: path.basename(p.file), runId: p.id })) });
}
