/**
 * Modules loaded on first use, not at start-up: a shell pipe on a small UTF-8 CSV needs neither,
 * and loading them costs it milliseconds each (bench/RESULTS-startup.md). Both are CommonJS (or
 * built in), so a synchronous require serves the synchronous readers that call them.
 */
import { createRequire } from 'node:module';

const nodeRequire = createRequire(import.meta.url);

type IconvLite = typeof import('iconv-lite');
type Zlib = typeof import('node:zlib');
let iconv: IconvLite | undefined;
let zlib: Zlib | undefined;

/** iconv-lite's code tables: only legacy 8-bit and UTF-16 text need them. */
export function iconvLite(): IconvLite {
  iconv ??= nodeRequire('iconv-lite') as IconvLite;
  return iconv;
}

/** node:zlib, which also loads Node's streams: only workbooks (zip packages) need it. */
export function nodeZlib(): Zlib {
  zlib ??= nodeRequire('node:zlib') as Zlib;
  return zlib;
}
