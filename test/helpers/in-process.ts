/**
 * The built CLI's `main` (dist/cli/program.js) called in the test's own process: the same argv,
 * environment, folder and standard input as `run` gives a spawned CLI, with stdout and stderr
 * captured and the exit code returned. A spawned CLI costs a Node start and a cold load of the
 * pipeline for each run (about 1,8 s of CPU for a summary of the example; in process about 0,3 s
 * once warm), which adds nothing when a test is about figures and outputs.
 *
 * What only a real process shows stays with `run` and `bash` (cli.ts): signals, closed pipes,
 * stdout that is a file or a full disk, a terminal, start-up, the bin shim itself.
 */
import path from 'node:path';
import { Readable } from 'node:stream';
import { pathToFileURL } from 'node:url';
import { cliEnv, repoRoot, type Ran } from './cli.js';

type Main = (argv: readonly string[]) => Promise<number>;

let loaded: Promise<Main> | undefined;

// One run at a time: a run borrows the process's streams, folder and environment.
let queue: Promise<unknown> = Promise.resolve();

export interface RunOptions {
  input?: string | Uint8Array;
  env?: Record<string, string | undefined>;
  cwd?: string;
}

/** `run(args, opts)` without the spawn: same options, same result (`code` is never null here). */
export function runMain(args: string[], opts: RunOptions = {}): Promise<Ran> {
  const next = queue.then(() => runNow(args, opts));
  queue = next.catch(() => undefined);
  return next;
}

async function runNow(args: string[], opts: RunOptions): Promise<Ran> {
  // vitest.config.ts leaves dist/ to Node: the built files load as the bin loads them,
  // untransformed, and the CSV worker of parallel reading is found beside them.
  loaded ??= (import(pathToFileURL(path.join(repoRoot, 'dist/cli/program.js')).href) as Promise<{ main: Main }>).then((m) => m.main);
  const main = await loaded;
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  const saved = { env: process.env, cwd: process.cwd(), exitCode: process.exitCode, exit: process.exit, stdin: Object.getOwnPropertyDescriptor(process, 'stdin')! };
  const restoreOut = capture(process.stdout, out);
  const restoreErr = capture(process.stderr, err);
  process.env = cliEnv(opts.env);
  process.chdir(opts.cwd ?? repoRoot);
  // As spawnSync gives it: a pipe that holds the input, then ends.
  const input = opts.input ?? '';
  Object.defineProperty(process, 'stdin', { value: Readable.from([typeof input === 'string' ? Buffer.from(input, 'utf8') : Buffer.from(input)]), configurable: true, enumerable: true });
  process.exitCode = undefined;
  process.exit = ((code?: number) => {
    throw new Error(`process.exit(${code}) in an in-process run: this test needs a real process (run, not runMain)`);
  }) as typeof process.exit;
  let code: number;
  try {
    code = await main([process.execPath, path.join(repoRoot, 'bin/reform-report.js'), ...args]);
  } finally {
    restoreOut();
    restoreErr();
    process.env = saved.env;
    process.chdir(saved.cwd);
    Object.defineProperty(process, 'stdin', saved.stdin);
    process.exitCode = saved.exitCode;
    process.exit = saved.exit;
  }
  const stdout = Buffer.concat(out);
  return { code, stdout: stdout.toString('utf8'), stderr: Buffer.concat(err).toString('utf8'), bytes: stdout };
}

/** Collects what is written to `stream` until the returned function puts its own `write` back. */
function capture(stream: NodeJS.WriteStream, into: Buffer[]): () => void {
  const own = Object.getOwnPropertyDescriptor(stream, 'write');
  stream.write = ((chunk: string | Uint8Array, encoding?: BufferEncoding | ((err?: Error | null) => void), done?: (err?: Error | null) => void) => {
    into.push(typeof chunk === 'string' ? Buffer.from(chunk, typeof encoding === 'string' ? encoding : 'utf8') : Buffer.from(chunk));
    const callback = typeof encoding === 'function' ? encoding : done;
    if (callback) queueMicrotask(() => callback(null));
    return true;
  }) as typeof stream.write;
  return () => {
    if (own) Object.defineProperty(stream, 'write', own);
    else delete (stream as { write?: unknown }).write;
  };
}
