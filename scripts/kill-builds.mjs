#!/usr/bin/env node
/**
 * Kills `build` runs with SIGKILL at random moments and checks that a mixed output set is never
 * left unreported (issue 11, point 8): after each kill, when the files in the output folder are
 * not of one build, the next build must say so (`mixed-output-set`) and leave one set.
 *
 *   node scripts/kill-builds.mjs [RUNS=200] [SEED=11]     (after npm run build)
 *
 * Two tiny inputs alternate, so consecutive builds write different sets under the same names.
 * Prints one line of counts; exits 1 on the first mixed set left unreported.
 *
 * Run on 2026-12-02 (2 shared cores, load ~14): {"runs":200,"killed":185,"mixed":1,"reported":1,"ok":true}
 * — 185 builds killed mid-run, one left a mixed set, and the next build reported and rewrote it.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, watch, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { prng } from './seeded-random.mjs';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const bin = path.join(root, 'bin/reform-report.js');

export async function killBuilds(runs, seed) {
  const random = prng(seed);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'kill-builds-'));
  const input = path.join(dir, 'nhiem-vu.csv');
  const out = path.join(dir, 'out');
  const variants = ['Hoàn thành', 'Đang thực hiện'].map((s) => `STT;Nhiệm vụ;Đơn vị chủ trì;Thời hạn;Tình trạng\n1;Rà soát thủ tục;Sở Nội vụ;30/09/2024;${s}\n`);
  const args = ['build', input, '--out', out, '--as-of', '2024-10-25', '--quiet'];
  const counts = { runs: 0, killed: 0, mixed: 0, reported: 0 };
  mkdirSync(out);
  try {
    for (let i = 0; i < runs; i++) {
      writeFileSync(input, variants[i % 2]);
      const child = spawn(process.execPath, [bin, ...args], { stdio: 'ignore' });
      // Kill within a few milliseconds of the first file event: the moments that matter are the writes.
      let timer = null;
      const watcher = watch(out, () => {
        timer ??= setTimeout(() => child.kill('SIGKILL'), Math.floor(random() * 250));
      });
      const signal = await new Promise((resolve) => child.once('exit', (_c, s) => resolve(s)));
      watcher.close();
      clearTimeout(timer);
      counts.runs++;
      if (signal === 'SIGKILL') counts.killed++;
      if (runIds(out).size > 1) {
        counts.mixed++;
        const next = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8' });
        if (!next.stderr.includes('mixed-output-set') || runIds(out).size > 1) {
          console.error(`run ${i}: a mixed set was left unreported:\n${next.stderr}`);
          return { ...counts, ok: false };
        }
        counts.reported++;
      }
    }
    return { ...counts, ok: true };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Run ids of the set in `out` (a file without one counts as its own id). */
function runIds(out) {
  const ids = new Set();
  let files;
  try {
    files = readdirSync(out).filter((f) => /^reform-report-.*\.(json|md)$/.test(f));
  } catch {
    return ids;
  }
  for (const f of files) {
    const text = readFileSync(path.join(out, f), 'utf8');
    ids.add((/"runId": "([0-9a-f]+)"/.exec(text) ?? /^<!-- reform-report run ([0-9a-f]+) -->/.exec(text))?.[1] ?? `none:${f}`);
  }
  return ids;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const result = await killBuilds(Number(process.argv[2] ?? 200), Number(process.argv[3] ?? 11));
  console.log(JSON.stringify(result));
  process.exitCode = result.ok ? 0 : 1;
}
