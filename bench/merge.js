#!/usr/bin/env node
// Roll-up benchmark (issue 14): 34 province snapshots, each the snapshot of a build from 10⁶
// dossier records, merged by `reform-report merge`. One snapshot is built for real from a
// generated 10⁶-row CSV (bench/generate.js); the other 33 are derived from it by scaling every
// count by a province factor (0,5–1,5) and renaming the province, so their sizes and shapes are
// those of real snapshots without 33 more builds. Time and peak RSS are of the merge process
// alone (GNU time). Run under nice: `nice -n 10 node bench/merge.js`.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const data = path.join(root, 'bench/data');
const csv = path.join(data, 'records-1000000.csv');
const dir = path.join(data, 'merge-34');
fs.mkdirSync(dir, { recursive: true });
if (!fs.existsSync(csv)) execFileSync(process.execPath, [path.join(root, 'bench/generate.js'), 'csv', '1000000', csv], { stdio: 'inherit' });
const built = path.join(data, 'merge-base');
const t0 = performance.now();
execFileSync(process.execPath, [path.join(root, 'bin/reform-report.js'), 'build', csv, '--out', built, '--format', 'json', '--as-of', '2026-11-20', '--quiet'], { stdio: 'inherit' });
const buildSeconds = (performance.now() - t0) / 1000;
const base = JSON.parse(fs.readFileSync(path.join(built, fs.readdirSync(built).find((n) => n.endsWith('.json'))), 'utf8'));

const counts = new Set(['received', 'resolved', 'resolvedOnTime', 'resolvedLate', 'pending', 'online', 'paidOnline', 'carriedOver', 'pendingOverdue', 'returned', 'total']);
/** Every count of the snapshot times `f` (whole numbers; parts rounded so that totals stay sums is not needed: merge adds what it is given). */
function scale(value, f) {
  if (Array.isArray(value)) return value.map((v) => scale(v, f));
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, typeof v === 'number' && counts.has(k) ? Math.round(v * f) : scale(v, f)]));
}
for (let i = 0; i < 34; i++) {
  const f = 0.5 + ((i * 37) % 101) / 100;
  const s = { ...scale(base, f), place: `Tỉnh số ${String(i + 1).padStart(2, '0')}` };
  fs.writeFileSync(path.join(dir, `province-${String(i + 1).padStart(2, '0')}.json`), JSON.stringify(s, null, 2));
}
const files = fs.readdirSync(dir).filter((n) => n.endsWith('.json')).sort().map((n) => path.join(dir, n));
const bytes = files.reduce((n, f) => n + fs.statSync(f).size, 0);
const runs = [];
for (let r = 0; r < 3; r++) {
  const res = spawnSync('/usr/bin/time', ['-f', '%e %M', process.execPath, path.join(root, 'bin/reform-report.js'), 'merge', ...files, '-o', path.join(data, 'merged.json')], { encoding: 'utf8' });
  if (res.status !== 0) throw new Error(res.stderr);
  const [secs, kib] = res.stderr.trim().split('\n').at(-1).split(' ').map(Number);
  runs.push({ secs, mib: kib / 1024 });
}
const merged = JSON.parse(fs.readFileSync(path.join(data, 'merged.json'), 'utf8'));
console.log(JSON.stringify({
  buildOf1e6Seconds: Number(buildSeconds.toFixed(2)),
  snapshots: files.length, snapshotBytes: bytes, baseReceived: base.dossiers.received, mergedReceived: merged.dossiers.received,
  mergedUnits: merged.dossiers.byUnit.length, runs, load: os.loadavg().map((l) => Number(l.toFixed(2))),
}, null, 2));
