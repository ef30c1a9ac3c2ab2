/**
 * Colour is decided here and nowhere else (SPEC §4.5). In order: `--no-color` turns it off;
 * FORCE_COLOR turns it on (`0`/`false` off), as in Node itself, where it outranks NO_COLOR;
 * NO_COLOR (not empty) turns it off; otherwise colour only on a terminal that is not `dumb`.
 * Renderers receive a chalk instance; chalk is loaded only when a table is drawn.
 */
import type { ChalkInstance } from 'chalk';

export type ColorLevel = 0 | 1 | 2 | 3;

export function colorLevel(opts: { color?: boolean }, stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv = process.env): ColorLevel {
  if (opts.color === false) return 0;
  const force = env.FORCE_COLOR;
  if (force !== undefined) {
    if (force === '0' || force === 'false') return 0;
    return force === '2' ? 2 : force === '3' ? 3 : 1;
  }
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return 0;
  return stream.isTTY === true && env.TERM !== 'dumb' ? 1 : 0;
}

export async function chooseChalk(opts: { color?: boolean }, stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv = process.env): Promise<ChalkInstance> {
  const { Chalk } = await import('chalk');
  return new Chalk({ level: colorLevel(opts, stream, env) });
}
