/**
 * Colour is decided once (SPEC §4.5): off with --no-color or NO_COLOR, on with FORCE_COLOR,
 * otherwise only when the stream is a terminal. Renderers receive a chalk instance.
 */
import { Chalk, type ChalkInstance } from 'chalk';

export function chooseChalk(opts: { color?: boolean }, stream: NodeJS.WriteStream, env: NodeJS.ProcessEnv = process.env): ChalkInstance {
  let enabled: boolean;
  if (opts.color === false || (env.NO_COLOR !== undefined && env.NO_COLOR !== '')) enabled = false;
  else if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false') enabled = true;
  else enabled = stream.isTTY === true;
  return new Chalk({ level: enabled ? 1 : 0 });
}
