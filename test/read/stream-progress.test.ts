import { describe, expect, it } from 'vitest';
import { terminalProgress } from '../../src/cli/progress.js';

describe('progress of long reads', () => {
  it('shows nothing when stderr is not a terminal', () => {
    expect(terminalProgress({ isTTY: false, write: () => true }, () => 0)).toBeNull();
  });

  it('rewrites one line with rows and rate, at most four times a second, and clears it at the end', () => {
    const out: string[] = [];
    let now = 0;
    const p = terminalProgress({ isTTY: true, write: (s: string) => out.push(s) }, () => now)!;
    now = 300;
    p.update('hs.csv', 150_000, 30 * 1_048_576);
    now = 400;
    p.update('hs.csv', 200_000, 40 * 1_048_576);
    now = 1000;
    p.update('hs.csv', 1_000_000, 200 * 1_048_576);
    p.end();
    expect(out).toEqual(['\r\x1b[2Khs.csv: 150.000 rows, 30 MB, 500.000 rows/s', '\r\x1b[2Khs.csv: 1.000.000 rows, 200 MB, 1.000.000 rows/s', '\r\x1b[2K']);
  });
});
