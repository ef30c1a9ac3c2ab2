/**
 * Output plumbing: atomic file writes (temporary file in the same folder, then rename — a cron
 * job killed mid-write leaves the old report or the new one, never half a file), stdout writes
 * that end quietly when the reader has gone (`… | head`), and reading stdin whole.
 */
import { mkdir, rename, writeFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { randomBytes } from 'node:crypto';

export async function writeFileAtomic(file: string, data: string | Uint8Array): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await writeFile(tmp, data);
    await rename(tmp, file);
  } catch (err) {
    await rm(tmp, { force: true });
    throw err;
  }
}

let stdoutClosed = false;
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') {
    stdoutClosed = true;
    process.exit(process.exitCode ?? 0);
  }
  throw err;
});

export function writeStdout(text: string | Uint8Array): Promise<void> {
  if (stdoutClosed) return Promise.resolve();
  return new Promise((resolve) => {
    if (process.stdout.write(text)) resolve();
    else process.stdout.once('drain', () => resolve());
  });
}

export function writeStderr(line: string): void {
  process.stderr.write(line.endsWith('\n') ? line : `${line}\n`);
}

export async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
