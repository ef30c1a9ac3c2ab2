/**
 * The listing commands on a terminal (issue 18, point 6): the table fits the terminal's width
 * (run under a pseudo-terminal made by util-linux `script`), a pipe gets the plain table; the
 * warnings are one line counting them unless --verbose, errors always each on their line.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { bin, cliEnv, example, exampleWithOneWarning, run, repoRoot } from '../helpers/cli.js';
import { runMain } from '../helpers/in-process.js';

const hasScript = spawnSync('script', ['--version']).status === 0;
const chars = (line: string) => [...line].length;

/** The command's stdout and stderr as a terminal of `cols` columns shows them (both go to the pty). */
function onTerminal(cols: number, args: string[]): string[] {
  const command = `stty cols ${cols} rows 60; exec "${process.execPath}" "${bin}" ${args.map((a) => `'${a}'`).join(' ')}`;
  const r = spawnSync('script', ['-qec', command, '/dev/null'], { cwd: repoRoot, env: cliEnv(), input: '' });
  return r.stdout.toString('utf8').replace(/\r/g, '').trimEnd().split('\n');
}

describe('on a terminal', { timeout: 120_000 }, () => {
  it.skipIf(!hasScript)('the task list fits a terminal of 100 columns; through a pipe it is the plain table', () => {
    const lines = onTerminal(100, ['tasks', example, '--as-of', '2024-10-25']);
    const table = lines.filter((l) => !l.startsWith('reform-report:'));
    expect(table[0]).toMatch(/^Mã\s+Nhiệm vụ/);
    for (const line of lines) expect(chars(line), line).toBeLessThanOrEqual(100);
    expect(table.filter((l) => l.includes('…')).length).toBeGreaterThan(10);
    const piped = run(['tasks', example, '--as-of', '2024-10-25', '--quiet']).stdout.trimEnd().split('\n');
    expect(Math.max(...piped.map(chars))).toBeGreaterThan(100);
    // Same rows either way: the header, one line per task (and on the terminal, a note of the columns left out).
    expect(table.filter((l) => /^\S+\s{2}/.test(l)).length).toBe(piped.length);
  });

  it.skipIf(!hasScript)('the summary fits a terminal of 72 columns', () => {
    const lines = onTerminal(72, ['summary', example, '--as-of', '2024-10-25']);
    for (const line of lines) expect(chars(line), line).toBeLessThanOrEqual(72);
  });
});

// What a listing command writes to stderr is the same in the test's process (in-process.ts):
// these are about which lines, not about the process.
describe('warnings on a listing command', { timeout: 120_000 }, () => {
  const asOf = ['--as-of', '2024-10-25'];
  const warned = exampleWithOneWarning();

  it('are one line counting them, and --verbose prints each', async () => {
    const validate = await runMain(['validate', warned, ...asOf]);
    const warnings = validate.stderr.split('\n').concat(validate.stdout.split('\n')).filter((l) => /: warning [a-z-]+: /.test(l));
    expect(warnings).toEqual([expect.stringMatching(/so-ke-hoach-va-dau-tu\.csv:F2: warning missing-completion-date: /)]);
    for (const command of ['summary', 'tasks', 'indicators', 'dossiers']) {
      const r = await runMain([command, warned, ...asOf]);
      expect(r.code, `${command}: ${r.stderr}`).toBe(0);
      expect(r.stderr, command).toBe('reform-report: 1 cảnh báo — xem `reform-report validate`\n');
      const verbose = await runMain([command, warned, ...asOf, '--verbose']);
      expect(verbose.stderr.trimEnd().split('\n'), command).toEqual(warnings);
      // Consistent data: not even the counting line.
      expect((await runMain([command, example, ...asOf])).stderr, command).toBe('');
    }
    expect((await runMain(['tasks', warned, ...asOf, '--lang', 'en'])).stderr).toBe('reform-report: 1 warning — see `reform-report validate`\n');
  });

  it('errors are always printed, each on its line', async () => {
    const r = await runMain(['dossiers', 'fixtures/dossiers', '--period', '2024-9M']);
    const errors = r.stderr.split('\n').filter((l) => /: error [a-z-]+: /.test(l));
    expect(errors.length).toBeGreaterThan(5);
    expect(r.stderr).not.toMatch(/: warning [a-z-]+: /);
    expect(r.stderr).toMatch(/^reform-report: \d+ cảnh báo — xem/m);
  });
});
