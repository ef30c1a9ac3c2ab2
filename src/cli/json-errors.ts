import type { TextPlace } from '../i18n/reasons.js';

/**
 * Where a JSON text stops being JSON, as a line and column, never the text itself: V8's messages
 * quote the file's bytes (`Unexpected token 'x', "{"a": x…" is not valid JSON`), which may be a
 * secret, a binary file or terminal escape codes. The place is found by bisection on prefixes: a
 * prefix of valid JSON fails only for ending early, so the longest such prefix ends where the
 * error is.
 */
export function jsonErrorPlace(text: string): TextPlace {
  const body = text.replace(/^\uFEFF/, '');
  let good = 0;
  let bad = body.length;
  if (endsEarly(body)) return 'incomplete';
  while (bad - good > 1) {
    const mid = (good + bad) >>> 1;
    if (endsEarly(body.slice(0, mid))) good = mid;
    else bad = mid;
  }
  const before = body.slice(0, good);
  const line = before.split('\n').length;
  return { line, column: good - before.lastIndexOf('\n'), detail: reason(body) };
}

/** V8's reason when it names a position (those quote nothing); otherwise a neutral one. */
function reason(body: string): string {
  try {
    JSON.parse(body);
  } catch (err) {
    const m = /^(.*) in JSON at position \d+/.exec((err as Error).message);
    if (m) return m[1]!;
  }
  return 'unexpected character';
}

/** The prefix parses, or fails only because it ends too soon (V8 says so, or names its end as the position). */
function endsEarly(prefix: string): boolean {
  try {
    JSON.parse(prefix);
    return true;
  } catch (err) {
    const message = (err as Error).message;
    if (/Unexpected end of JSON input/.test(message)) return true;
    const at = / at position (\d+)/.exec(message);
    return at !== null && Number(at[1]) >= prefix.length;
  }
}
