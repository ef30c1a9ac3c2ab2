/**
 * Output plumbing: atomic file writes (temporary file in the same folder, then rename — a cron
 * job killed mid-write leaves the old report or the new one, never half a file), stdout writes
 * that end quietly when the reader has gone (`… | head`), standard input as it arrives, and
 * whether a path exists.
 */
import { fstatSync, writeSync } from 'node:fs';
import { access, mkdir, open, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { argvLang, say, usageError } from './errors.js';
import type { SideFile } from '../i18n/messages.js';
import { readBounded } from '../read/bounded.js';
import { readLimits } from '../read/limits.js';

/**
 * The temporary file is hidden and ends in `.tmp` (`.reform-report-2024-10-25.xlsx.k2f0lx9a3q.tmp`),
 * so one left behind by a killed run is never taken for a report or a snapshot. It is synced to
 * disk before the rename, so a power cut cannot leave a renamed but empty file either.
 */
let temporaries = 0;

export async function writeFileAtomic(file: string, data: string | Uint8Array): Promise<void> {
  const tmp = await stageFile(file, data);
  try {
    await rename(tmp, file);
  } catch (err) {
    await rm(tmp, { force: true });
    throw err;
  }
}

/** Writes `data` to a hidden temporary file beside `file`, synced to disk; returns its path (removed on failure). */
export async function stageFile(file: string, data: string | Uint8Array): Promise<string> {
  await mkdir(path.dirname(file), { recursive: true });
  // Unique per process and per call; 'wx' refuses to reuse a name a crashed run left behind.
  // (Not node:crypto: loading it costs every shell pipe a few milliseconds of start-up.)
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid.toString(36)}${(temporaries++).toString(36)}${Date.now().toString(36)}.tmp`);
  try {
    const handle = await open(tmp, 'wx');
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    return tmp;
  } catch (err) {
    await rm(tmp, { force: true });
    throw err;
  }
}

/** Whether anything (file or folder) is at `p`. */
export async function exists(p: string): Promise<boolean> {
  try {
    await access(p);
    return true;
  } catch {
    return false;
  }
}

let stderrClosed = false;
// The reader went away (`… | head -1`): that is the reader's choice, not a failure. End quietly
// with the exit code already decided (commands decide it before they write). Any other failure
// (a full disk, `> /dev/full`) is one line and exit 2: the output is incomplete.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  stdoutFailed(err);
});
process.stderr.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code !== 'EPIPE') throw err;
  stderrClosed = true;
});

function stdoutFailed(err: NodeJS.ErrnoException): never {
  // No config is at hand here: the language is argv's, as for any usage error.
  writeStderr(say('stdout-write', { cause: err.code ?? err.message }, argvLang(process.argv)));
  process.exit(2);
}

/**
 * Standard output redirected to a file or a device is written synchronously by Node, which drops
 * a short write without a word (a nearly full disk gave exit 0 and a cut JSON): those are written
 * here, every byte accounted for. Pipes and terminals go through the stream.
 */
let stdoutIsFile: boolean | undefined;

export function writeStdout(text: string | Uint8Array): Promise<void> {
  if (typeof text === 'string') text = terminalSafe(text);
  stdoutIsFile ??= !process.stdout.isTTY && isFileOrDevice(1);
  if (stdoutIsFile) {
    const bytes = typeof text === 'string' ? Buffer.from(text, 'utf8') : text;
    try {
      for (let at = 0; at < bytes.length; ) {
        const n = writeSync(1, bytes, at, bytes.length - at);
        if (n <= 0) throw Object.assign(new Error('nothing was written'), { code: 'EIO' });
        at += n;
      }
    } catch (err) {
      stdoutFailed(err as NodeJS.ErrnoException);
    }
    return Promise.resolve();
  }
  return writeThroughStream(text);
}

function writeThroughStream(text: string | Uint8Array): Promise<void> {
  return new Promise((resolve) => {
    if (process.stdout.write(text)) resolve();
    else process.stdout.once('drain', () => resolve());
  });
}

function isFileOrDevice(fd: number): boolean {
  try {
    const info = fstatSync(fd);
    return info.isFile() || info.isCharacterDevice();
  } catch {
    return false;
  }
}

/** Control characters (ESC, CSI, a lone CR) that would let text from a file move the cursor, retitle or rewrite a terminal. */
const terminalControls = /[\x00-\x08\x0B-\x1F\x7F-\x9F]/g;

export function writeStderr(line: string): void {
  const clean = line.replace(terminalControls, '\uFFFD');
  if (!stderrClosed) process.stderr.write(clean.endsWith('\n') ? clean : `${clean}\n`);
}

/**
 * Text for standard output, which is a terminal now or later (`cat report.md`): colour codes
 * (SGR, what chalk writes), tabs and line breaks (`\r\n` too) kept; every other control character
 * replaced, so a file's bytes cannot move the cursor, clear the screen or retitle the window.
 */
export function terminalSafe(text: string): string {
  return text.replace(/\x1b\[[0-9;]*m|[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F]|\r(?!\n)/g, (m) => (m.length > 1 ? m : '\uFFFD'));
}

/** Standard input, as it arrives. Never waits on a person typing: `-` needs a pipe or a redirect. */
export function stdinChunks(): AsyncIterable<Uint8Array> {
  if (process.stdin.isTTY) throw usageError('stdin-terminal', {});
  return process.stdin;
}

/** A config, a template: measured before it is read (a pipe is read up to the limit), refused past it. */
export async function readSideFile(file: string, shownAs: string, what: SideFile): Promise<string> {
  const read = await readBounded(file, readLimits.sideFileBytes);
  if ('tooLarge' in read) throw usageError('side-file-too-large', { file: shownAs, what, mb: readLimits.sideFileBytes / 1024 / 1024 });
  return read.bytes.toString('utf8');
}
