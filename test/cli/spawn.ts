/** Spawning the built CLI (`npm run build` first) the way a shell or cron would. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, chmodSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../..', import.meta.url));
export const bin = path.join(root, 'bin/reform-report.js');
export const example = path.join(root, 'fixtures/tay-ninh-2024');

export interface Ran {
  code: number | null;
  stdout: string;
  stderr: string;
  bytes: Buffer;
}

/** NO_COLOR=1 and no FORCE_COLOR unless the test gives its own. */
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
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: opts.cwd ?? root, input: opts.input ?? '', env: cliEnv(opts.env), maxBuffer: 64 * 1024 * 1024 });
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
  const r = spawnSync('bash', ['-c', `set -o pipefail\n${script}`], { cwd: opts.cwd ?? root, env, maxBuffer: 64 * 1024 * 1024 });
  return { code: r.status, stdout: r.stdout.toString('utf8'), stderr: r.stderr.toString('utf8'), bytes: r.stdout };
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

/** A simple CSV in the shape a department sends (what `cat tasks.csv | …` pipes). */
export function tasksCsv(rows: [title: string, lead: string, deadline: string, status: string][]): string {
  return ['Nhiệm vụ,Đơn vị chủ trì,Thời hạn,Tình trạng', ...rows.map((r) => r.map(csvField).join(','))].join('\r\n') + '\r\n';
}

function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
