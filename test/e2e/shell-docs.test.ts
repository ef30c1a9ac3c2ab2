/**
 * The README promises that every command of "Using it in a shell" and "Running it weekly" runs
 * as written. This runs them: each ```sh block in bash, from a folder laid out like a clone
 * (fixtures/, scripts/), with `reform-report` on PATH; and the crontab's command with its
 * environment, with a home folder laid out as the crontab describes.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, symlinkSync, cpSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { bash, example, repoRoot, tempDir, pathWithCli } from '../helpers/cli.js';

const doc = readFileSync(path.join(repoRoot, 'README.md'), 'utf8');

function section(title: string): string {
  const start = doc.indexOf(`\n## ${title}\n`);
  expect(start, title).toBeGreaterThan(0);
  const end = doc.indexOf('\n## ', start + 1);
  return doc.slice(start, end < 0 ? undefined : end);
}

function blocks(text: string, lang: string): string[] {
  return [...text.matchAll(new RegExp('```' + lang + '\\n([\\s\\S]*?)```', 'g'))].map((m) => m[1]!);
}

function clone(): string {
  const dir = tempDir('rr-doc-');
  symlinkSync(path.join(repoRoot, 'fixtures'), path.join(dir, 'fixtures'));
  symlinkSync(path.join(repoRoot, 'scripts'), path.join(dir, 'scripts'));
  return dir;
}

/** Runs every ```sh block of a section in one folder, as a reader would, in order. */
function runSection(title: string) {
  const scripts = blocks(section(title), 'sh');
  const dir = clone();
  const results = scripts.map((script) => ({ script, ...bash(script, { cwd: dir }) }));
  for (const r of results) {
    expect(r.code, `${r.script}\n${r.stderr}`).toBe(0);
    expect(r.stderr, r.script).not.toMatch(/internal error|command not found|No such file|\n\s+at /);
  }
  return { dir, results };
}

describe('README shell sections', { timeout: 300_000 }, () => {
  it('"Using it in a shell": every command runs as written', () => {
    const { results } = runSection('Using it in a shell');
    expect(results.length).toBeGreaterThan(5);
    expect(results[0]!.stdout).toMatch(/^section,metric,value,as_of\ntasks,total,\d+,2024-10-25\n/);
  });

  it('"Running it weekly": the example runs as written, keeps three weeks and says why the later runs exit 1', () => {
    const { dir, results } = runSection('Running it weekly');
    const weekly = results.find((r) => r.script.includes('weekly.sh'))!;
    expect(weekly.stdout).toMatch(/^2024-09-27: exit 0\n2024-10-04: exit 1\n/);
    expect(weekly.stderr).toMatch(/^reform-report: --fail-on: 1 task overdue as of 2024-10-04$/m);
    const files = readdirSync(path.join(dir, 'weekly-out'));
    const weeks = new Set(files.map((f) => /^reform-report-(\d{4}-\d\d-\d\d)\./.exec(f)?.[1]));
    expect([...weeks].sort()).toEqual(['2024-10-11', '2024-10-18', '2024-10-25']);
    expect(files).toEqual(expect.arrayContaining(['reform-report-2024-10-25.json', 'reform-report-2024-10-25.md', 'reform-report-2024-10-25.xlsx']));
  });

  it('the crontab line runs with the crontab environment', () => {
    const [crontab] = blocks(section('Running it weekly'), 'crontab');
    const lines = crontab!.trim().split('\n');
    const env = Object.fromEntries(lines.filter((l) => /^[A-Z]+=/.test(l)).map((l) => l.split(/=(.*)/s).slice(0, 2) as [string, string]));
    const job = lines.find((l) => /^[\d*]/.test(l))!;
    const command = job.split(/\s+/).slice(5).join(' ');
    expect(command).toContain('weekly.sh');
    const home = tempDir('rr-home-');
    symlinkSync(repoRoot, path.join(home, 'reform-report'));
    cpSync(example, path.join(home, 'bao-cao'), { recursive: true });
    // As if reform-report were installed in /usr/local/bin: the crontab's PATH, plus where it is here.
    const r = bash(command, { cwd: home, env: { HOME: home, MAILTO: env.MAILTO, PATH: `${pathWithCli().split(path.delimiter)[0]}${path.delimiter}${path.dirname(process.execPath)}${path.delimiter}${env.PATH}` } });
    // Today every task of 2024 with a past deadline is overdue: the job reports it and exits 1.
    // The mail opens with the receipts line (issue 11), and ends with why the job failed.
    const mail = r.stderr.trim().split('\n');
    expect(mail[0]).toMatch(/đơn vị đã gửi/);
    expect(mail[mail.length - 1]).toMatch(/^reform-report: --fail-on: \d+ tasks? overdue as of \d{4}-\d\d-\d\d$/);
    expect(r.code).toBe(1);
    expect(readdirSync(path.join(home, 'bao-cao-tuan')).filter((f) => f.endsWith('.xlsx'))).toHaveLength(1);
  });
});
