/**
 * The fuzzer's CI slice (issue 7): a short, seeded, bounded run of scripts/fuzz.mjs over the
 * built CLI. The long runs are done by hand (`npm run fuzz -- --iterations 5000 --seed S`).
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { repoRoot } from '../helpers/cli.js';

describe('fuzzing the built CLI with mutated fixtures', () => {
  // CPU time, not wall time, decides "over 10 s": tests share the machine; a run that waits instead still fails at 60 s.
  it('30 inputs of seed 7: no crash, stack trace, bad JSON, run over 10 s or over 1 GiB', () => {
    const out = mkdtempSync(path.join(tmpdir(), 'rr-fuzz-'));
    const r = spawnSync(process.execPath, [path.join(repoRoot, 'scripts/fuzz.mjs'), '--iterations', '30', '--seed', '7', '--jobs', '2', '--clock', 'cpu', '--json', '--out', out], { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
    const notes = readdirSync(out).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(path.join(out, f), 'utf8'));
    expect(notes.join('\n\n')).toBe('');
    expect(r.status, r.stderr).toBe(0);
    const totals = JSON.parse(r.stdout);
    expect(totals).toMatchObject({ seed: 7, inputs: 30, failures: 0 });
    // Two commands an input, validate left out only where summary refused the whole file.
    expect(totals.runs + totals.validateSkipped).toBe(60);
    expect(totals.validateSkipped).toBeLessThanOrEqual(totals.exitCodes['2'] ?? 0);
    // The slice reaches the readers' refusals as well as whole reports.
    expect(Object.keys(totals.exitCodes).sort()).toEqual(expect.arrayContaining(['0', '2']));
  }, 240_000);
});
