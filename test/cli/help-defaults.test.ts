/**
 * `--help` states the true defaults (issue 18, point 6). Every default that commander cannot
 * print by itself is said once, in src/cli/defaults.ts: each command's help must take its
 * "(default: …)" from there (no default written as prose beside it), and the commands must
 * behave as those defaults say.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { flagDefaults } from '../../src/cli/defaults.js';
import { run, tempDir, tasksCsv } from '../helpers/cli.js';

const factories: Record<string, () => Promise<Command>> = {
  build: async () => (await import('../../src/cli/commands/build.js')).buildCommand(),
  summary: async () => (await import('../../src/cli/commands/summary.js')).summaryCommand(),
  tasks: async () => (await import('../../src/cli/commands/tasks.js')).tasksCommand(),
  indicators: async () => (await import('../../src/cli/commands/indicators.js')).indicatorsCommand(),
  dossiers: async () => (await import('../../src/cli/commands/dossiers.js')).dossiersCommand(),
  validate: async () => (await import('../../src/cli/commands/validate.js')).validateCommand(),
  init: async () => (await import('../../src/cli/commands/init.js')).initCommand(),
  merge: async () => (await import('../../src/cli/commands/merge.js')).mergeCommand(),
};

const helps = Object.values(flagDefaults).map((d) => d.help);
const oneLine = (text: string) => text.replace(/\s+/g, ' ');

describe('--help of every command', { timeout: 120_000 }, () => {
  it('every command of the CLI is checked here', () => {
    const files = readdirSync(path.join(import.meta.dirname, '../../src/cli/commands')).map((f) => f.replace(/\.ts$/, ''));
    expect(Object.keys(factories).sort()).toEqual(files.sort());
  });

  for (const [name, make] of Object.entries(factories)) {
    it(`${name}: a default in a description is one of src/cli/defaults.ts, and --help prints it`, async () => {
      const cmd = await make();
      const printed = oneLine(run([name, '--help']).stdout);
      for (const option of cmd.options) {
        const stated = /\(default: (.*)\)$/.exec(option.description)?.[1];
        if (stated !== undefined) expect(helps, `${name} ${option.flags}`).toContain(stated);
        else expect(option.description, `${name} ${option.flags}: a default written outside defaults.ts`).not.toMatch(/default/i);
        expect(printed).toContain(oneLine(option.description));
        // A plain default commander prints itself, from the value the code gets.
        if (option.defaultValue !== undefined && option.defaultValue !== true && option.defaultValue !== false) expect(printed, `${name} ${option.flags}`).toContain(`default: ${JSON.stringify(option.defaultValue)}`);
      }
    });
  }
});

describe('the commands do what their defaults say', { timeout: 120_000 }, () => {
  it('build, with no --format and no --out: the formats of defaults.ts and the chart, into ./out', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'so-tu-phap.csv'), tasksCsv([['Rà soát thủ tục', 'Sở Tư pháp', '30/09/2024', 'Hoàn thành']]));
    const r = run(['build', 'so-tu-phap.csv', '--as-of', '2024-10-25', '--quiet'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    const written = readdirSync(path.join(dir, flagDefaults.out.value)).map((f) => path.extname(f).slice(1)).sort();
    expect(written).toEqual([...flagDefaults.buildFormats.value, 'svg'].sort());
    expect(flagDefaults.buildFormats.help).toMatch(/svg/);
  });

  it('a list, with no --format and no --lang: the table, labelled in the default language', () => {
    const dir = tempDir();
    const r = run(['tasks', '-', '--quiet'], { input: tasksCsv([['Rà soát thủ tục', 'Sở Tư pháp', '30/09/2024', 'Hoàn thành']]), cwd: dir });
    expect(flagDefaults.format.value).toBe('table');
    expect(flagDefaults.lang.value).toBe('vi');
    expect(r.stdout).toMatch(/^Mã\s+Nhiệm vụ/);
  });

  it('merge, with no -o: the merged snapshot on standard output', () => {
    const dir = tempDir();
    const snapshot = run(['summary', '-', '--format', 'json', '--as-of', '2024-10-25', '--quiet'], { input: tasksCsv([['Rà soát thủ tục', 'Sở Tư pháp', '30/09/2024', 'Hoàn thành']]), cwd: dir }).stdout;
    writeFileSync(path.join(dir, 'a.json'), snapshot);
    expect(flagDefaults.mergeOutput.value).toBe('-');
    const r = run(['merge', 'a.json'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).tasks.total).toBe(1);
    expect(readdirSync(dir)).toEqual(['a.json']);
  });
});
