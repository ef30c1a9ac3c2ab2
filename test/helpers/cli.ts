/**
 * Runs reform-report for the tests: the built CLI spawned the way a user, a shell or cron runs it
 * (no colour, no TTY; `npm run build` first, npm test does), or the pipeline in this process.
 */
import { expect } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, writeFileSync, chmodSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PipelineOptions, PipelineResult } from '../../src/cli/pipeline.js';

/** The repository folder, with a trailing slash. */
export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
export const bin = path.join(repoRoot, 'bin/reform-report.js');
export const example = path.join(repoRoot, 'fixtures/tay-ninh-2024');

export interface Ran {
  code: number | null;
  stdout: string;
  stderr: string;
  bytes: Buffer;
}

/** NO_COLOR=1 and no FORCE_COLOR (even an empty one turns colour on) unless the test gives its own; `undefined` removes a variable. */
export function cliEnv(extra: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
  delete env.FORCE_COLOR;
  for (const [k, v] of Object.entries(extra)) {
    if (v === undefined) delete env[k];
    else env[k] = v;
  }
  return env;
}

export function run(args: string[], opts: { input?: string | Uint8Array; env?: Record<string, string | undefined>; cwd?: string } = {}): Ran {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: opts.cwd ?? repoRoot, input: opts.input ?? '', env: cliEnv(opts.env), maxBuffer: 64 * 1024 * 1024 });
  return { code: r.status, stdout: r.stdout.toString('utf8'), stderr: r.stderr.toString('utf8'), bytes: r.stdout };
}

/** A folder on PATH holding `reform-report`, as after `npm install -g`. */
export function pathWithCli(): string {
  const dir = tempDir('rr-bin-');
  const shim = path.join(dir, 'reform-report');
  writeFileSync(shim, `#!/bin/sh\nexec "${process.execPath}" "${bin}" "$@"\n`);
  chmodSync(shim, 0o755);
  return `${dir}${path.delimiter}${process.env.PATH ?? ''}`;
}

/** A bash script, with `set -o pipefail`, `reform-report` on PATH. */
export function bash(script: string, opts: { cwd?: string; env?: Record<string, string | undefined> } = {}): Ran {
  const env = cliEnv({ PATH: pathWithCli(), ...opts.env });
  const r = spawnSync('bash', ['-c', `set -o pipefail\n${script}`], { cwd: opts.cwd ?? repoRoot, env, maxBuffer: 64 * 1024 * 1024 });
  return { code: r.status, stdout: r.stdout.toString('utf8'), stderr: r.stderr.toString('utf8'), bytes: r.stdout };
}

/**
 * The whole pipeline over `inputs` in this process, from the repository root, with "today" fixed at
 * 30 November 2024. Loaded on the first call so that the tests that only spawn the CLI do not load src/.
 */
export async function runInProcess(inputs: string[], opts: Partial<PipelineOptions> = {}): Promise<PipelineResult> {
  const { runPipeline } = await import('../../src/cli/pipeline.js');
  const { expectRowsAccounted } = await import('./accounting.js');
  const result = await runPipeline({ inputs, cwd: repoRoot, now: new Date(2024, 10, 30), ...opts });
  // Every row of every table is accounted for (issue 7); streamed exports' reports come after the tables'.
  const tables = { ...result.interpretation, tables: result.interpretation.tables.slice(0, result.read.tables.length) };
  expectRowsAccounted(result.read.tables, tables, { ...(opts.kind ? { kind: opts.kind } : {}), ...(opts.unit ? { unit: opts.unit } : {}) });
  for (const s of result.read.streamed) expect(s.rowsCounted + s.rowsRejected + s.rowsOutside, `${s.file}: rows read`).toBe(s.rowsRead);
  return result;
}

const made: string[] = [];
process.on('exit', () => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** A fresh folder, removed when the test process ends. */
export function tempDir(prefix = 'rr-'): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

/**
 * The embedded example (consistent: no warning) plus the file of the unit that had not sent one,
 * with one done task whose completion date is blank: exactly one warning, missing-completion-date.
 */
export function exampleWithOneWarning(): string {
  const dir = tempDir();
  cpSync(example, dir, { recursive: true });
  writeFileSync(
    path.join(dir, 'so-ke-hoach-va-dau-tu.csv'),
    'STT,Nhiệm vụ,Đơn vị chủ trì,Thời hạn,Tình trạng,Ngày hoàn thành\r\n1,Xây dựng kế hoạch đầu tư công nghệ thông tin,Sở Kế hoạch và Đầu tư,30/06/2024,Hoàn thành,\r\n',
  );
  return dir;
}

/** A simple CSV in the shape a department sends (what `cat tasks.csv | …` pipes). */
export function tasksCsv(rows: [title: string, lead: string, deadline: string, status: string][]): string {
  return ['Nhiệm vụ,Đơn vị chủ trì,Thời hạn,Tình trạng', ...rows.map((r) => r.map(csvField).join(','))].join('\r\n') + '\r\n';
}

function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
