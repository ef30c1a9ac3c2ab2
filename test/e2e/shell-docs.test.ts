/**
 * Every shell recipe of the README and of docs/ runs as written, and what it prints is checked.
 * The recipes are taken from the documents themselves (each ```sh, ```bash, ```console and
 * ```crontab block); each must have a check below, keyed by its exact text, so that a recipe
 * that changes in a document fails here until its new form has a check. The blocks of one
 * section run in order in one folder laid out like a clone (fixtures/, scripts/, bin/), with
 * `reform-report` on PATH, as a reader following the section would run them.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, symlinkSync, cpSync, readdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import { bash, example, repoRoot, tempDir, pathWithCli, type Ran } from '../helpers/cli.js';
import { runMain } from '../helpers/in-process.js';

interface Recipe {
  doc: string;
  section: string;
  lang: string;
  text: string;
}

const docs = ['README.md', ...readdirSync(path.join(repoRoot, 'docs')).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`)];
const shellTags = new Set(['sh', 'bash', 'shell', 'console', 'crontab']);

/** Every fenced block of a shell kind, with the section (## heading) it stands in. */
function recipesOf(doc: string): { recipes: Recipe[]; untaggedCommands: string[] } {
  const text = readFileSync(path.join(repoRoot, doc), 'utf8');
  const recipes: Recipe[] = [];
  const untaggedCommands: string[] = [];
  let section = '';
  let fence: { lang: string; lines: string[] } | null = null;
  for (const line of text.split('\n')) {
    if (fence) {
      if (line.startsWith('```')) {
        const body = `${fence.lines.join('\n')}\n`;
        if (shellTags.has(fence.lang)) recipes.push({ doc, section, lang: fence.lang, text: body });
        // A command in a block with no language would escape the checks below.
        else if (fence.lang === '' && /^(reform-report|node |npm |cat |\$ )/m.test(body)) untaggedCommands.push(`${doc} § ${section}: ${body}`);
        fence = null;
      } else fence.lines.push(line);
    } else if (line.startsWith('```')) fence = { lang: line.slice(3).trim(), lines: [] };
    else if (line.startsWith('## ')) section = line.slice(3).trim();
  }
  return { recipes, untaggedCommands };
}

const found = docs.map(recipesOf);
const recipes = found.flatMap((f) => f.recipes);

function clone(): string {
  const dir = tempDir('rr-doc-');
  for (const f of ['fixtures', 'scripts', 'bin']) symlinkSync(path.join(repoRoot, f), path.join(dir, f));
  return dir;
}

type Check = (r: Ran & { dir: string }) => void | Promise<void>;

const tsv = (text: string) => text.trimEnd().split('\n').map((l) => l.split('\t'));
const asOf = ['--as-of', '2024-10-25'];
/**
 * The figures the recipes are checked against, asked for independently of each recipe's pipes,
 * in this process (in-process.ts): the recipes themselves are what runs in a shell.
 */
const json = async (args: string[]) => JSON.parse((await runMain([...args, '--format', 'json', '--quiet'])).stdout);
const summaryJson = () => json(['summary', example]);
const tasksJson = (...args: string[]) => json(['tasks', example, ...args]) as Promise<Record<string, unknown>[]>;

/** The checks, keyed by the exact text of each recipe. */
const checks: Record<string, Check> = {
  // Quick start: installing and running the whole suite cannot run inside the suite; its commands are the package's scripts.
  'npm install && npm start\nnpm test\n': () => {
    const scripts = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')).scripts;
    expect(scripts.start).toMatch(/build fixtures\/tay-ninh-2024 --out out/);
    // `npm test` runs the suite, directly or through scripts/test.mjs.
    const runner = /scripts\/test\.mjs/.test(scripts.test) ? readFileSync(path.join(repoRoot, 'scripts/test.mjs'), 'utf8') : scripts.test;
    expect(runner).toMatch(/vitest/);
  },

  [`# The meeting reports: out/reform-report-2024-10-25.{xlsx,md,json}
node bin/reform-report.js build fixtures/tay-ninh-2024 --out out

# The same in English
node bin/reform-report.js build fixtures/tay-ninh-2024 --out out-en --lang en

# The figures on the terminal, or as the summary JSON
node bin/reform-report.js summary fixtures/tay-ninh-2024
node bin/reform-report.js summary fixtures/tay-ninh-2024 --format json

# Every problem in the inputs, one per line, with its cell: file:sheet!E14
node bin/reform-report.js validate fixtures/tay-ninh-2024

# Lists for a shell: overdue tasks as CSV, unmet indicators, dossiers by level
node bin/reform-report.js tasks fixtures/tay-ninh-2024 --status overdue --format csv
node bin/reform-report.js indicators fixtures/tay-ninh-2024 --status not_met
node bin/reform-report.js summary fixtures/tay-ninh-2024 --by level --format tsv

# CSV through a pipe
cat fixtures/tay-ninh-2024/so-thong-tin-truyen-thong.csv | node bin/reform-report.js summary - --format csv

# Dossier figures for a named period (Decree 09: months cut on the 15th with --cutoff 15)
node bin/reform-report.js summary fixtures/dossiers --period 2024-9M

# Last week's reports, then this week's compared with them (without --previous, the newest
# earlier snapshot in --out is used)
node bin/reform-report.js build fixtures/tay-ninh-2024 --out out --as-of 2024-10-18
node bin/reform-report.js build fixtures/tay-ninh-2024 --out out --previous out/reform-report-2024-10-18.json

# Intake workbooks, config and templates for the departments
node bin/reform-report.js init intake/

# One intake workbook per lead unit, the plan's tasks written in; then count against the plan
node bin/reform-report.js init --plan fixtures/plan-2024-11/ke-hoach-cchc-2024.xlsx gui-don-vi/
node bin/reform-report.js build fixtures/plan-2024-11   # its config names the plan: "plan": "ke-hoach-cchc-2024.xlsx"

# Compute as of another date
node bin/reform-report.js summary fixtures/tay-ninh-2024 --as-of 2024-12-31
`]: ({ dir, code, stderr }) => {
    expect(code, stderr).toBe(0);
    expect(stderr).not.toMatch(/cannot read|ENOENT/);
    const out = readdirSync(path.join(dir, 'out'));
    expect(out).toEqual(expect.arrayContaining(['reform-report-2024-10-25.xlsx', 'reform-report-2024-10-25.md', 'reform-report-2024-10-25.json', 'reform-report-2024-10-18.json']));
    // The comparison with last week's snapshot is in this week's.
    expect(JSON.parse(readFileSync(path.join(dir, 'out/reform-report-2024-10-25.json'), 'utf8')).comparison.previousAsOf).toBe('2024-10-18');
    expect(readdirSync(path.join(dir, 'out-en'))).toContain('reform-report-2024-10-25.md');
    expect(existsSync(path.join(dir, 'intake/reform-report.config.json'))).toBe(true);
    // One intake workbook per lead unit of the plan, and the plan's figures counted against it.
    const plan = JSON.parse(readFileSync(path.join(repoRoot, 'fixtures/plan-2024-11/reform-report.config.json'), 'utf8'));
    const leads = new Set((plan.units as { name: string }[]).map((u) => u.name));
    expect(readdirSync(path.join(dir, 'gui-don-vi')).filter((f) => f.endsWith('.xlsx')).length).toBe(leads.size);
    const planned = JSON.parse(readFileSync(path.join(dir, 'out/reform-report-2024-11-15.json'), 'utf8'));
    expect(planned.plan.total).toBe(planned.tasks.total);
    expect(planned.plan.reported).toBeLessThan(planned.plan.total);
  },

  'cat fixtures/tay-ninh-2024/so-thong-tin-truyen-thong.csv | reform-report summary - --format csv --as-of 2024-10-25\n': ({ stdout }) => {
    expect(stdout).toMatch(/^section,metric,value,as_of\ntasks,total,\d+,2024-10-25\n/);
  },

  'reform-report tasks fixtures/tay-ninh-2024 --status overdue --format tsv --quiet | cut -f1,5,17\n': async ({ stdout }) => {
    const overdue = await tasksJson('--status', 'overdue');
    expect(tsv(stdout)).toEqual([['id', 'lead', 'days_overdue'], ...overdue.map((t) => [t.id, t.lead, String(t.daysOverdue)])]);
    expect(overdue.length).toBeGreaterThan(0);
  },

  'reform-report tasks fixtures/tay-ninh-2024 --unit SNV --status open --quiet\n': async ({ stdout }) => {
    const open = await tasksJson('--unit', 'SNV', '--status', 'open');
    expect(open.length).toBeGreaterThan(0);
    // A header and one line per open task of Sở Nội vụ.
    expect(stdout.trimEnd().split('\n')).toHaveLength(1 + open.length);
    for (const t of open) expect(stdout).toContain(String(t.id));
  },

  [`reform-report summary fixtures/tay-ninh-2024 --by unit --columns unit,tasks_completion_rate --format tsv --quiet | tail -n +2 | awk -F '\\t' '$2 != ""' | sort -t "$(printf '\\t')" -k2,2g | head -3
`]: async ({ stdout }) => {
    // Independently: the units that lead tasks, by completion rate, lowest first.
    const byUnit = (await summaryJson()).tasks.byUnit as { unit: string; total: number; completionRate: number }[];
    const lowest = byUnit.filter((u) => u.total > 0).sort((a, b) => a.completionRate - b.completionRate).slice(0, 3);
    expect(tsv(stdout).map(([unit, rate]) => [unit, Number(rate)])).toEqual(lowest.map((u) => [u.unit, u.completionRate]));
  },

  "reform-report summary fixtures/tay-ninh-2024 --format json --quiet | jq '{overdue: .tasks.overdue, notMet: .indicators.notMet}'\n": async ({ stdout }) => {
    const s = await summaryJson();
    expect(JSON.parse(stdout)).toEqual({ overdue: s.tasks.overdue, notMet: s.indicators.notMet });
  },

  'reform-report indicators fixtures/tay-ninh-2024 --status not_met --bom -o chua-dat.csv --quiet\nreform-report indicators fixtures/tay-ninh-2024 --status not_met -o chua-dat.md --quiet --lang en\nhead -3 chua-dat.md\n': async ({ dir, stdout }) => {
    const csv = readFileSync(path.join(dir, 'chua-dat.csv'), 'utf8');
    expect(csv.startsWith('\uFEFFid,title,')).toBe(true);
    expect(csv.trimEnd().split('\n')).toHaveLength(1 + (await summaryJson()).indicators.notMet);
    expect(stdout.split('\n')[0]).toMatch(/^\| .*Target/);
  },

  'cat fixtures/tay-ninh-2024/so-noi-vu.xlsx | reform-report summary - --as-of 2024-10-25 --format xlsx > so-noi-vu-tong-hop.xlsx\n': ({ dir }) => {
    expect(readFileSync(path.join(dir, 'so-noi-vu-tong-hop.xlsx')).subarray(0, 2).toString()).toBe('PK');
  },

  'reform-report tasks fixtures/tay-ninh-2024 --format csv --quiet | head -2\n': ({ stdout, stderr, code }) => {
    expect(stdout.split('\n')[0]).toMatch(/^id,stt,title,/);
    expect(stdout.trimEnd().split('\n')).toHaveLength(2);
    expect(stderr).toBe('');
    expect(code).toBe(0);
  },

  'if reform-report summary fixtures/tay-ninh-2024 --as-of 2024-10-25 --fail-on overdue --quiet --format csv > /dev/null; then\n  echo "on track"\nelse\n  echo "behind plan (exit $?)"\nfi\n': async ({ stdout, stderr }) => {
    // One task of the example is overdue on 25/10/2024.
    expect((await json(['summary', example, ...asOf])).tasks.overdue).toBe(1);
    expect(stdout).toBe('behind plan (exit 1)\n');
    expect(stderr).toMatch(/^reform-report: --fail-on: 1 nhiệm vụ quá hạn tính đến ngày 25\/10\/2024$/m);
  },

  [`for day in 2024-09-27 2024-10-04 2024-10-11 2024-10-18 2024-10-25; do
  AS_OF=$day KEEP=3 scripts/weekly.sh fixtures/tay-ninh-2024 weekly-out
  echo "$day: exit $?"
done
ls weekly-out
`]: ({ dir, stdout, stderr }) => {
    expect(stdout).toMatch(/^2024-09-27: exit 0\n2024-10-04: exit 1\n/);
    expect(stderr).toMatch(/^reform-report: --fail-on: 1 nhiệm vụ quá hạn tính đến ngày 04\/10\/2024$/m);
    const files = readdirSync(path.join(dir, 'weekly-out'));
    const weeks = new Set(files.map((f) => /^reform-report-(\d{4}-\d\d-\d\d)\./.exec(f)?.[1]));
    expect([...weeks].sort()).toEqual(['2024-10-11', '2024-10-18', '2024-10-25']);
    expect(files).toEqual(expect.arrayContaining(['reform-report-2024-10-25.json', 'reform-report-2024-10-25.md', 'reform-report-2024-10-25.xlsx']));
  },

  // Run below with the crontab's environment.
  [`MAILTO=cchc@example.gov.vn
PATH=/usr/local/bin:/usr/bin:/bin
30 6 * * 1  "$HOME/reform-report/scripts/weekly.sh" "$HOME/bao-cao" "$HOME/bao-cao-tuan"
`]: () => {},

  [`reform-report summary fixtures/tay-ninh-2024 --by unit --columns unit,tasks_completion_rate --format tsv --quiet | head -3
`]: ({ stdout }) => {
    const rows = tsv(stdout);
    expect(rows[0]).toEqual(['unit', 'tasks_completion_rate']);
    expect(rows).toHaveLength(3);
  },
};

/** Recipes that are not run as a shell script: the crontab is run with its own environment below. */
const notRunInBash = (r: Recipe) => r.lang === 'crontab' || r.text.startsWith('npm install');

describe('the shell recipes of the README and docs/', { timeout: 900_000 }, () => {
  it('every recipe has a check, and every check a recipe', () => {
    expect(recipes.length).toBeGreaterThan(10);
    expect(found.flatMap((f) => f.untaggedCommands), 'a block of commands without a language (```sh) would go untested').toEqual([]);
    const unchecked = recipes.filter((r) => !Object.hasOwn(checks, r.text)).map((r) => `${r.doc} § ${r.section}:\n${r.text}`);
    expect(unchecked, 'these recipes changed or are new: write their check in this file').toEqual([]);
    const stale = Object.keys(checks).filter((k) => !recipes.some((r) => r.text === k));
    expect(stale, 'these checks have no recipe any more').toEqual([]);
  });

  const sections = [...new Set(recipes.map((r) => `${r.doc} § ${r.section}`))];
  for (const name of sections) {
    const inSection = recipes.filter((r) => `${r.doc} § ${r.section}` === name);
    it(`${name}: each recipe runs as written, and prints what it should`, async () => {
      const dir = clone();
      for (const recipe of inSection) {
        const check = checks[recipe.text];
        if (!check) continue; // reported by the test above
        if (notRunInBash(recipe)) {
          await check({ code: 0, stdout: '', stderr: '', bytes: Buffer.alloc(0), dir });
          continue;
        }
        const r = bash(recipe.text, { cwd: dir });
        expect(r.stderr, recipe.text).not.toMatch(/internal error|command not found|No such file|\n\s+at /);
        await check({ ...r, dir });
      }
    });
  }

  it('the crontab line runs with the crontab environment', () => {
    const crontab = recipes.find((r) => r.lang === 'crontab')!.text;
    const lines = crontab.trim().split('\n');
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
    expect(mail[mail.length - 1]).toMatch(/^reform-report: --fail-on: \d+ nhiệm vụ quá hạn tính đến ngày \d\d\/\d\d\/\d{4}$/);
    expect(r.code).toBe(1);
    expect(readdirSync(path.join(home, 'bao-cao-tuan')).filter((f) => f.endsWith('.xlsx'))).toHaveLength(1);
  });
});
