#!/usr/bin/env node
// The record-path benchmark (issues 4, 17): for each data set, the wall time, rows/s and peak RSS of
//   node bin/reform-report.js summary FILE --format json --as-of 2024-12-31
// and, in the same run, alternating with it, of the same per-unit aggregation done by DuckDB
// (2 threads) for the CSV files, and for the xlsx of exceljs's bare streaming read and of DuckDB
// on the CSV of the same records, with the ratios. Results go to bench/RESULTS.md with the
// machine and the load average of each run (the machine may be shared: run it under nice).
// Data sets are generated on first use into bench/data/ (git-ignored; ~1,7 GB for all four).
//
//   npm run bench                       all data sets, 3 runs each (the median is kept)
//   npm run bench -- --runs 5 --only 1m,xlsx
//
// Peak RSS comes from GNU time (`/usr/bin/time`); without it (apt-get install -y time) the runner
// polls /proc/PID/status for VmHWM instead, which can miss a peak in the last few milliseconds.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync, writeFileSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const data = (name) => path.join(root, 'bench/data', name);
const asOf = '2024-12-31';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const runs = Number(option('runs', '3'));
const only = option('only', '1m,5m,xlsx,xlsx1m').split(',');

const datasets = [
  { key: '1m', name: '1.000.000-row CSV', file: data('records-1m.csv'), make: ['csv', 1_000_000], rows: 1_000_000, reference: 'duckdb', ratioTarget: 1.5, rssTarget: 150 },
  { key: '5m', name: '5.000.000-row CSV', file: data('records-5m.csv'), make: ['csv', 5_000_000], rows: 5_000_000, reference: 'duckdb', ratioTarget: null, rssTarget: 150 },
  // The CSV of the same records (same seed, same rows), for DuckDB beside the xlsx.
  { key: 'xlsx', name: '270.000-row xlsx', file: data('records-270k.xlsx'), make: ['xlsx', 270_000], rows: 270_000, reference: 'exceljs', ratioTarget: 0.33, rssTarget: 150, csv: { file: data('records-270k.csv'), make: ['csv', 270_000] } },
  { key: 'xlsx1m', name: '1.000.000-row xlsx', file: data('records-1m.xlsx'), make: ['xlsx', 1_000_000], rows: 1_000_000, reference: 'exceljs', ratioTarget: 0.33, rssTarget: 150, csv: { file: data('records-1m.csv'), make: ['csv', 1_000_000] } },
].filter((d) => only.includes(d.key));

const gnuTime = existsSync('/usr/bin/time') && spawnSync('/usr/bin/time', ['-f', '%e', 'true']).status === 0;
if (!gnuTime) console.error('note: GNU time not found (apt-get install -y time); peak RSS is polled from /proc/PID/status instead');

/** Runs `node ARGS`, returning its stdout, wall seconds, CPU seconds and peak RSS in MiB. */
async function measure(nodeArgs) {
  if (gnuTime) {
    const out = path.join(mkdtempSync(path.join(os.tmpdir(), 'rr-bench-')), 'time');
    const r = spawnSync('/usr/bin/time', ['-f', '%e %U %S %M', '-o', out, process.execPath, ...nodeArgs], { cwd: root, maxBuffer: 256 * 1024 * 1024, env: { ...process.env, NO_COLOR: '1' } });
    const [wall, user, sys, kib] = readFileSync(out, 'utf8').trim().split('\n').pop().split(' ').map(Number);
    return { stdout: r.stdout.toString(), stderr: r.stderr.toString(), status: r.status, wall, cpu: user + sys, rss: kib / 1024 };
  }
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn(process.execPath, nodeArgs, { cwd: root, env: { ...process.env, NO_COLOR: '1' } });
    const chunks = [];
    const errs = [];
    let peak = 0;
    const poll = setInterval(() => {
      try {
        const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
        if (m) peak = Math.max(peak, Number(m[1]));
      } catch {
        // exited between two polls
      }
    }, 10);
    child.stdout.on('data', (c) => chunks.push(c));
    child.stderr.on('data', (c) => errs.push(c));
    child.on('exit', (status) => {
      clearInterval(poll);
      resolve({ stdout: Buffer.concat(chunks).toString(), stderr: Buffer.concat(errs).toString(), status, wall: (performance.now() - started) / 1000, cpu: NaN, rss: peak / 1024 });
    });
  });
}

function ensure(d) {
  if (d.csv) ensure(d.csv);
  if (existsSync(d.file)) return;
  console.error(`generating ${path.relative(root, d.file)} (${d.make[1]} rows)…`);
  const r = spawnSync(process.execPath, ['bench/generate.js', d.make[0], String(d.make[1]), d.file], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`generating ${d.file} failed`);
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (n, digits = 2) => n.toFixed(digits).replace('.', ',');
const int = (n) => Math.round(n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, '.');

const sameAsDuckdb = (summary, other) =>
  ['received', 'resolved', 'resolvedOnTime', 'pending', 'online', 'paidOnline'].filter((k) => summary[k] !== other[k]).map((k) => `${k}: ${summary[k]} vs DuckDB ${other[k]}`);
const summarize = (xs) => ({ wall: median(xs.map((x) => x.wall)), cpu: median(xs.map((x) => x.cpu)), rss: Math.max(...xs.map((x) => x.rss)) });
const load1 = () => Number(readFileSync('/proc/loadavg', 'utf8').split(' ')[0]);

const loadBefore = os.loadavg();
const results = [];
for (const d of datasets) {
  ensure(d);
  const ours = [];
  const ref = [];
  const duck = [];
  const loads = [];
  let check = null;
  for (let i = 0; i < runs; i++) {
    loads.push(load1());
    const a = await measure(['bin/reform-report.js', 'summary', d.file, '--format', 'json', '--as-of', asOf]);
    if (a.status !== 0) throw new Error(`reform-report exited ${a.status}: ${a.stderr.slice(0, 2000)}`);
    ours.push(a);
    const b = await measure(d.reference === 'duckdb' ? ['bench/duckdb-aggregate.js', d.file, asOf] : ['bench/exceljs-read.js', d.file]);
    if (b.status !== 0) throw new Error(`${d.reference} exited ${b.status}: ${b.stderr.slice(0, 2000)}`);
    ref.push(b);
    const c = d.csv ? await measure(['bench/duckdb-aggregate.js', d.csv.file, asOf]) : null;
    if (c && c.status !== 0) throw new Error(`DuckDB exited ${c.status}: ${c.stderr.slice(0, 2000)}`);
    if (c) duck.push(c);
    if (!check) {
      const summary = JSON.parse(a.stdout).dossiers;
      const other = JSON.parse(b.stdout);
      check =
        d.reference === 'duckdb'
          ? sameAsDuckdb(summary, other)
          : [...(summary.received === other.rows - 1 ? [] : [`received ${summary.received} vs ${other.rows - 1} data rows`]), ...(c ? sameAsDuckdb(summary, JSON.parse(c.stdout)) : [])];
      check.push(`groups: ${summary.byUnit.length}`);
    }
    console.error(`${d.name}, run ${i + 1}/${runs} (load ${fmt(loads[i])}): reform-report ${fmt(a.wall)} s ${fmt(a.rss, 0)} MiB; ${d.reference} ${fmt(b.wall)} s ${fmt(b.rss, 0)} MiB${c ? `; DuckDB on the CSV ${fmt(c.wall)} s ${fmt(c.rss, 0)} MiB` : ''}`);
  }
  const o = summarize(ours);
  const r = summarize(ref);
  const k = duck.length ? summarize(duck) : null;
  results.push({ d, o, r, k, loads, ratio: o.wall / r.wall, cpuRatio: o.cpu / r.cpu, size: statSync(d.file).size, check });
}
const loadAfter = os.loadavg();

const version = (pkg) => JSON.parse(readFileSync(path.join(root, 'node_modules', pkg, 'package.json'), 'utf8')).version;
const verdict = (ok) => (ok ? 'met' : '**missed**');
const lines = [
  '# Record-path benchmark',
  '',
  `Written by \`npm run bench\` (bench/run.js) on ${new Date().toISOString().slice(0, 10)}; ${runs} runs per data set, interleaved with the reference, median wall and CPU time, highest peak RSS.`,
  '',
  '## Machine',
  '',
  `- ${os.cpus().length} CPUs (\`nproc\`: ${spawnSync('nproc').stdout?.toString().trim() || '?'}), ${os.cpus()[0]?.model ?? '?'}; RAM ${fmt(os.totalmem() / 2 ** 30, 1)} GiB`,
  `- Node ${process.version}; @duckdb/node-api ${version('@duckdb/node-api')} (DuckDB, 2 threads); exceljs ${version('exceljs')}`,
  `- Load average (1, 5, 15 min) before: ${loadBefore.map((x) => fmt(x)).join(' / ')}; after: ${loadAfter.map((x) => fmt(x)).join(' / ')} — other work on the machine slows both sides of a ratio, not always equally.`,
  `- Peak RSS: ${gnuTime ? 'GNU time (`/usr/bin/time -f %M`)' : 'polled from /proc/PID/status (VmHWM)'}.`,
  '',
  '## Results',
  '',
  '| data set | size | reform-report wall | rows/s | peak RSS | CPU | reference | ref. wall | ref. peak RSS | ref. CPU | wall ratio | CPU ratio |',
  '|---|---:|---:|---:|---:|---:|---|---:|---:|---:|---:|---:|',
  ...results.map(({ d, o, r, ratio, cpuRatio, size }) =>
    `| ${d.name} | ${fmt(size / 2 ** 20, 0)} MiB | ${fmt(o.wall)} s | ${int(d.rows / o.wall)} | ${fmt(o.rss, 0)} MiB | ${fmt(o.cpu)} s | ${d.reference === 'duckdb' ? 'DuckDB' : 'exceljs streaming read'} | ${fmt(r.wall)} s | ${fmt(r.rss, 0)} MiB | ${fmt(r.cpu)} s | ${fmt(ratio)}× | ${fmt(cpuRatio)}× |`,
  ),
  '',
  ...(results.some((x) => x.k)
    ? [
        'The xlsx beside DuckDB reading the CSV of the same records (same rows, same seed), in the same runs:',
        '',
        '| data set | reform-report on the xlsx | DuckDB on the CSV | DuckDB peak RSS | DuckDB CPU | wall ratio |',
        '|---|---:|---:|---:|---:|---:|',
        ...results.filter((x) => x.k).map(({ d, o, k }) => `| ${d.name} | ${fmt(o.wall)} s | ${fmt(k.wall)} s | ${fmt(k.rss, 0)} MiB | ${fmt(k.cpu)} s | ${fmt(o.wall / k.wall)}× |`),
        '',
      ]
    : []),
  'Load average (1 min) at the start of each run: ' + results.map(({ d, loads }) => `${d.name} ${loads.map((x) => fmt(x)).join(' / ')}`).join('; ') + '.',
  '',
  '## Targets',
  '',
  ...results.flatMap(({ d, o, ratio }) => [
    ...(d.ratioTarget ? [`- ${d.name}: wall ≤ ${fmt(d.ratioTarget, 2).replace(/0$/, "")}× ${d.reference === 'duckdb' ? 'DuckDB' : 'exceljs'}: ${fmt(ratio)}× — ${verdict(ratio <= d.ratioTarget)}`] : []),
    `- ${d.name}: peak RSS ≤ ${d.rssTarget} MiB: ${fmt(o.rss, 0)} MiB — ${verdict(o.rss <= d.rssTarget)}`,
  ]),
  '',
  '## Same figures',
  '',
  ...results.map(({ d, check }) => `- ${d.name}: ${check.length === 1 ? `reform-report and ${d.reference === 'duckdb' ? 'DuckDB' : 'exceljs (row count) and DuckDB on the CSV (totals)'} agree (${check[0]})` : check.join('; ')}`),
  '',
  '## Commands',
  '',
  '```',
  `node bin/reform-report.js summary FILE --format json --as-of ${asOf}`,
  `node bench/duckdb-aggregate.js FILE ${asOf}     # CSV reference, and beside the xlsx on the CSV of its records`,
  'node bench/exceljs-read.js FILE                    # xlsx reference',
  'node bench/generate.js csv|xlsx ROWS FILE          # the data (seeded)',
  '```',
  '',
];
writeFileSync(path.join(root, 'bench/RESULTS.md'), lines.join('\n'));
console.log(lines.join('\n'));
