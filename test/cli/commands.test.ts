/**
 * The list commands and `summary`: formats, `-o` and its extension, filters and `--by` by the
 * built CLI's main in process (test/helpers/in-process.ts); exit codes and `--fail-on` by spawning
 * it. Counts are checked against each other (the filtered list against the summary's own figure),
 * so they hold whatever the example holds.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { run, example, exampleWithOneWarning, tempDir, tasksCsv } from '../helpers/cli.js';
import { runMain } from '../helpers/in-process.js';

const asOf = ['--as-of', '2024-10-25'];

function tsvRows(text: string): Record<string, string>[] {
  const [head, ...lines] = text.trimEnd().split('\n');
  const keys = head!.split('\t');
  return lines.map((l) => Object.fromEntries(l.split('\t').map((v, i) => [keys[i], v])));
}

function csvRows(text: string): Record<string, string>[] {
  const [head, ...lines] = text.trimEnd().split('\n');
  const keys = head!.split(',');
  // Only for rows without quoted commas: the columns compared here are codes and numbers.
  return lines.map((l) => Object.fromEntries(l.split(',').map((v, i) => [keys[i], v])));
}

let cached: Record<string, string> | undefined;
/** The example's headline figures, `tasks.total` → `46`, read once from `summary --format csv`. */
async function headline(): Promise<Record<string, string>> {
  if (!cached) {
    const r = await runMain(['summary', example, ...asOf, '--format', 'csv']);
    expect(r.code).toBe(0);
    cached = Object.fromEntries(csvRows(r.stdout).map((row) => [`${row.section}.${row.metric}`, row.value!]));
  }
  return cached;
}

describe('summary', { timeout: 180_000 }, () => {
  it('writes the headline figures as tidy CSV: one header row, plain numbers, rates as fractions, ISO dates', async () => {
    const figures = await headline();
    const r = await runMain(['summary', example, ...asOf, '--format', 'csv']);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('section,metric,value,as_of');
    expect(lines.filter((l) => l.startsWith('section,'))).toHaveLength(1);
    const rate = Number(figures['tasks.completion_rate']);
    expect(rate).toBeCloseTo(Number(figures['tasks.done']) / Number(figures['tasks.total']), 12);
    expect(rate).toBeLessThanOrEqual(1);
    expect(lines.find((l) => l.startsWith('tasks,total,'))).toMatch(/^tasks,total,\d+,2024-10-25$/);
    expect(r.stdout).not.toMatch(/\d\.\d{3}[,\n]|%/);
  });

  it('writes the same figures as TSV', async () => {
    const figures = await headline();
    const r = await runMain(['summary', example, ...asOf, '--format', 'tsv']);
    expect(r.stdout.split('\n')[0]).toBe('section\tmetric\tvalue\tas_of');
    expect(r.stdout).toContain(`tasks\ttotal\t${figures['tasks.total']}\t2024-10-25`);
  });

  it('prints the summary JSON, the Markdown brief and the terminal summary', async () => {
    const figures = await headline();
    const json = JSON.parse((await runMain(['summary', example, ...asOf, '--format', 'json'])).stdout);
    expect(json.schemaVersion).toBe(1);
    expect(json.tasks.total).toBe(Number(figures['tasks.total']));
    const md = await runMain(['summary', example, ...asOf, '--format', 'md']);
    expect(md.code).toBe(0);
    expect(md.stdout).toMatch(/^# /m);
    const table = await runMain(['summary', example, ...asOf]);
    expect(table.stdout).toContain(`${figures['tasks.done']}/${figures['tasks.total']}`);
    expect(table.stdout).not.toContain('\x1b[');
  });

  it('--by unit joins the sections by unit, with the same totals as the summary', async () => {
    const figures = await headline();
    const r = await runMain(['summary', example, ...asOf, '--by', 'unit', '--format', 'tsv']);
    expect(r.code).toBe(0);
    const rows = tsvRows(r.stdout);
    expect(Object.keys(rows[0]!)).toEqual(expect.arrayContaining(['unit', 'tasks_total', 'tasks_done', 'tasks_overdue', 'tasks_completion_rate']));
    const sum = (key: string) => rows.reduce((s, row) => s + Number(row[key] || 0), 0);
    expect(sum('tasks_total')).toBe(Number(figures['tasks.total']));
    expect(sum('tasks_overdue')).toBe(Number(figures['tasks.overdue']));
    expect(sum('dossiers_received')).toBe(Number(figures['dossiers.received']));
  });

  it('--by area lists the areas of tasks and of indicators', async () => {
    const figures = await headline();
    const r = await runMain(['summary', example, ...asOf, '--by', 'area', '--format', 'tsv']);
    const header = r.stdout.split('\n')[0]!.split('\t');
    expect(header).toEqual(['area', 'tasks_total', 'tasks_done', 'tasks_completion_rate', 'indicators_total', 'indicators_met']);
    const rows = r.stdout.trimEnd().split('\n').slice(1).map((l) => l.split('\t'));
    expect(rows.reduce((s, row) => s + Number(row[4] || 0), 0)).toBe(Number(figures['indicators.total']));
  });

  it('--by level without any dossier table says so and exits 1', async () => {
    const dir = tempDir();
    const r = await runMain(['summary', '-', '--by', 'level', '--format', 'csv', '--lang', 'en'], { input: tasksCsv([['Rà soát thủ tục', 'Sở Tư pháp', '30/09/2024', 'Hoàn thành']]), cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/--by level needs a dossiers table/);
    expect(r.stdout).toBe('');
  });

  it('-o chooses the file and, from its extension, the format; nothing on stdout', async () => {
    const figures = await headline();
    const dir = tempDir();
    for (const [name, check] of [
      ['figures.csv', (t: string) => t.startsWith('section,metric,value,as_of\n')],
      ['figures.tsv', (t: string) => t.startsWith('section\tmetric\tvalue\tas_of\n')],
      ['figures.json', (t: string) => JSON.parse(t).schemaVersion === 1],
      ['brief.md', (t: string) => /^# /m.test(t)],
      ['summary.txt', (t: string) => t.includes(`${figures['tasks.done']}/${figures['tasks.total']}`) && !t.includes('\x1b[')],
    ] as const) {
      const r = await runMain(['summary', example, ...asOf, '-o', path.join(dir, name)], { env: { FORCE_COLOR: '1' } });
      expect(r.code, name).toBe(0);
      expect(r.stdout, name).toBe('');
      expect(check(readFileSync(path.join(dir, name), 'utf8')), name).toBe(true);
    }
    const xlsx = await runMain(['summary', example, ...asOf, '-o', path.join(dir, 'report.xlsx')]);
    expect(xlsx.code).toBe(0);
    expect(readFileSync(path.join(dir, 'report.xlsx')).subarray(0, 2).toString()).toBe('PK');
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('--format wins over the extension of -o; an unknown extension is a usage error', async () => {
    const dir = tempDir();
    expect((await runMain(['summary', example, ...asOf, '-o', path.join(dir, 'figures.txt'), '--format', 'json'])).code).toBe(0);
    expect(JSON.parse(readFileSync(path.join(dir, 'figures.txt'), 'utf8')).schemaVersion).toBe(1);
    const bad = await runMain(['summary', example, '-o', path.join(dir, 'figures.ods'), '--lang', 'en']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/cannot tell the format from "\.ods"/);
    expect(existsSync(path.join(dir, 'figures.ods'))).toBe(false);
  });

  it('writes a workbook to a pipe or file, never to a terminal', async () => {
    const r = await runMain(['summary', example, ...asOf, '--format', 'xlsx']);
    expect(r.code).toBe(0);
    expect(r.bytes.subarray(0, 2).toString()).toBe('PK');
  });
});

describe('tasks', { timeout: 180_000 }, () => {
  it('lists every task with machine values: codes, ISO dates, booleans', async () => {
    const r = await runMain(['tasks', example, ...asOf, '--format', 'csv']);
    expect(r.code).toBe(0);
    const header = r.stdout.split('\n')[0]!;
    expect(header).toBe('id,stt,title,area,lead,deadline,deadline_text,recurring,status,status_text,claim,completed_on,progress,late,overdue,near_due,days_overdue,evidence,note,file,sheet,row');
    // TTHC-04 is the example's overdue task (fixtures/tay-ninh-2024/EXPECTED.md): deadline ISO,
    // the deadline as written, status code, progress as a fraction, overdue flag, days overdue.
    expect(r.stdout).toMatch(/^TTHC-04,,"Số hóa hồ sơ[^"]*",Cải cách thủ tục hành chính,Văn phòng UBND tỉnh,2024-09-30,30\/09\/2024,false,in_progress,Đang thực hiện,,,0\.85,false,true,false,25,/m);
  });

  it('--status overdue gives as many rows as the summary counts overdue, all marked overdue', async () => {
    const figures = await headline();
    const r = await runMain(['tasks', example, ...asOf, '--status', 'overdue', '--format', 'json']);
    const rows = JSON.parse(r.stdout) as { overdue: boolean; daysOverdue: number; status: string }[];
    expect(rows).toHaveLength(Number(figures['tasks.overdue']));
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(row.overdue).toBe(true);
      expect(row.daysOverdue).toBeGreaterThan(0);
    }
  });

  it('--status done, late, open and not_reported select what they say', async () => {
    const figures = await headline();
    const count = async (status: string) => (JSON.parse((await runMain(['tasks', example, ...asOf, '--status', status, '--format', 'json'])).stdout) as unknown[]).length;
    expect(await count('done')).toBe(Number(figures['tasks.done']));
    expect(await count('late')).toBe(Number(figures['tasks.done_late']));
    expect(await count('open')).toBe(Number(figures['tasks.in_progress']) + Number(figures['tasks.not_started']) + Number(figures['tasks.not_reported']) + Number(figures['tasks.invalid']));
    expect(await count('not_reported')).toBe(Number(figures['tasks.not_reported']));
  });

  it('--unit matches a code or alias from the config, and a name without diacritics', async () => {
    const all = JSON.parse((await runMain(['tasks', example, ...asOf, '--format', 'json'])).stdout) as { lead: string }[];
    const ofSnv = all.filter((t) => t.lead === 'Sở Nội vụ').length;
    expect(ofSnv).toBeGreaterThan(0);
    for (const name of ['SNV', 'Sở NV', 'so noi vu', 'SỞ NỘI VỤ']) {
      const rows = JSON.parse((await runMain(['tasks', example, ...asOf, '--unit', name, '--format', 'json'])).stdout) as { lead: string }[];
      expect(rows.length, name).toBe(ofSnv);
      expect(new Set(rows.map((r) => r.lead)), name).toEqual(new Set(['Sở Nội vụ']));
    }
  });

  it('an unknown --unit or --area is a usage error listing the names there are', async () => {
    const unit = await runMain(['tasks', example, ...asOf, '--unit', 'Sở Ngoại vụ', '--lang', 'en']);
    expect(unit.code).toBe(2);
    expect(unit.stderr).toMatch(/--unit "Sở Ngoại vụ": no such unit in the inputs \(units: .*Sở Nội vụ/);
    const area = await runMain(['tasks', example, ...asOf, '--area', 'Thể thao', '--lang', 'en']);
    expect(area.code).toBe(2);
    expect(area.stderr).toMatch(/--area "Thể thao": no such area/);
  });

  it('--area matches without diacritics and without the section number', async () => {
    const all = JSON.parse((await runMain(['tasks', example, ...asOf, '--format', 'json'])).stdout) as { area: string | null }[];
    const area = all.find((t) => t.area)!.area!;
    const folded = area.replace(/^\s*[IVX]+\.\s*/, '').normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').toLowerCase();
    const rows = JSON.parse((await runMain(['tasks', example, ...asOf, '--area', folded, '--format', 'json'])).stdout) as { area: string }[];
    expect(rows.length).toBe(all.filter((t) => t.area === area).length);
  });

  it('filters combine, in every format, with the same rows', async () => {
    const args = ['tasks', example, ...asOf, '--unit', 'VPUBND', '--status', 'open'];
    const json = JSON.parse((await runMain([...args, '--format', 'json'])).stdout) as { id: string }[];
    const csv = (await runMain([...args, '--format', 'csv'])).stdout.trimEnd().split('\n');
    const tsv = (await runMain([...args, '--format', 'tsv'])).stdout.trimEnd().split('\n');
    const md = (await runMain([...args, '--format', 'md'])).stdout.trimEnd().split('\n');
    const table = (await runMain([...args])).stdout.trimEnd().split('\n');
    expect(json.length).toBeGreaterThan(0);
    expect(csv).toHaveLength(json.length + 1);
    expect(tsv).toHaveLength(json.length + 1);
    expect(md).toHaveLength(json.length + 2);
    expect(table).toHaveLength(json.length + 1);
    for (const { id } of json) for (const out of [md, table]) expect(out.some((l) => l.includes(id))).toBe(true);
  });

  it('labels people-facing formats in the report language', async () => {
    expect((await runMain(['tasks', example, ...asOf, '--format', 'md', '--lang', 'en'])).stdout.split('\n')[0]).toMatch(/^\| ID \| Task \|/);
    expect((await runMain(['tasks', example, ...asOf, '--format', 'md'])).stdout.split('\n')[0]).toMatch(/^\| Mã \| Nhiệm vụ \|/);
  });

  it('exits 1 with a message when the inputs hold no task table', async () => {
    const r = await runMain(['tasks', path.join(example, 'chi-tieu-chuyen-doi-so.xlsx'), ...asOf, '--format', 'csv', '--lang', 'en']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/no tasks table in the inputs/);
    expect(r.stdout).toBe('');
  });
});

describe('indicators', { timeout: 180_000 }, () => {
  it('--status not_met lists the unmet indicators; target and actual are fractions for percents', async () => {
    const figures = await headline();
    const rows = JSON.parse((await runMain(['indicators', example, '--status', 'not_met', '--format', 'json'])).stdout) as { status: string; target: number; percent: boolean }[];
    expect(rows).toHaveLength(Number(figures['indicators.not_met']));
    for (const r of rows) expect(r.status).toBe('not_met');
    for (const r of rows.filter((x) => x.percent)) expect(r.target).toBeLessThanOrEqual(1);
    const csv = (await runMain(['indicators', example, '--status', 'met', '--format', 'csv'])).stdout.trimEnd().split('\n');
    expect(csv[0]).toBe('id,title,area,unit,target,target_text,actual,actual_text,percent,direction,status,lead,note');
    expect(csv).toHaveLength(Number(figures['indicators.met']) + 1);
  });
});

describe('dossiers', { timeout: 180_000 }, () => {
  it('lists the units of the dossier form; the levels add up to the summary (EXPECTED.md: 270.497 = 165.106 + 26.060 + 79.331)', async () => {
    const rows = JSON.parse((await runMain(['dossiers', example, ...asOf, '--format', 'json'])).stdout) as { unit: string; level: string; received: number }[];
    expect(rows.reduce((s, r) => s + r.received, 0)).toBe(270497);
    const byLevel = tsvRows((await runMain(['summary', example, ...asOf, '--by', 'level', '--format', 'tsv'])).stdout);
    expect(byLevel.map((r) => [r.level, Number(r.dossiers_received)])).toEqual([['province', 165106], ['district', 26060], ['commune', 79331]]);
    const district = tsvRows((await runMain(['dossiers', example, ...asOf, '--level', 'district', '--format', 'tsv'])).stdout);
    expect(district).toHaveLength(9);
    expect(district.reduce((s, r) => s + Number(r.received), 0)).toBe(26060);
    expect(Object.keys(district[0]!)).toEqual(['unit', 'level', 'received', 'resolved', 'resolved_on_time', 'resolved_late', 'pending', 'online', 'paid_online']);
  });

  it('--unit finds a unit of the form by its config code; people get labels and Vietnamese numbers', async () => {
    const csv = (await runMain(['dossiers', example, ...asOf, '--unit', 'STP', '--format', 'csv'])).stdout.trimEnd().split('\n');
    expect(csv).toHaveLength(2);
    expect(csv[1]).toMatch(/^Sở Tư pháp,province,\d+,/);
    const table = (await runMain(['dossiers', example, ...asOf, '--unit', 'so tu phap'])).stdout;
    expect(table).toMatch(/^Đơn vị\s+Cấp\s+Tiếp nhận/);
    expect(table).toMatch(/Sở Tư pháp\s+Cấp tỉnh\s+\d{1,3}\.\d{3}/);
  });
});

describe('exit codes and --fail-on', { timeout: 180_000 }, () => {
  it('0 on success; 2 for a bad flag, a missing file or an unknown --fail-on condition', () => {
    expect(run(['summary', example, ...asOf, '--format', 'csv']).code).toBe(0);
    const badFlag = run(['tasks', example, '--status', 'finished']);
    expect(badFlag.code).toBe(2);
    expect(badFlag.stderr).toMatch(/--status không nhận giá trị "finished"; các giá trị được nhận: overdue, open, done, late, not_reported/);
    const missing = run(['summary', 'no-such-file.csv']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/no-such-file\.csv: error file-not-found/);
    expect(missing.stderr).not.toMatch(/\n\s+at /);
    expect(run(['summary', example, '--fail-on', 'late']).code).toBe(2);
  });

  it('1 when the data has errors, with the error on stderr as file:row:column', () => {
    const dir = tempDir();
    const r = run(['summary', '-', '--format', 'csv'], { input: tasksCsv([['Rà soát thủ tục', 'Sở Tư pháp', '30/09/2024', 'Xong rồi']]), cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^-:D2: error /m);
  });

  it('--fail-on overdue exits 1 with one line saying why, after writing the output', () => {
    const r = run(['summary', example, ...asOf, '--format', 'csv', '--fail-on', 'overdue', '--quiet', '--lang', 'en']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^section,metric/);
    expect(r.stderr).toMatch(/^reform-report: --fail-on: \d+ tasks? overdue as of 2024-10-25\n$/);
  });

  it('--fail-on holds nothing when the plan is on track: exit 0', () => {
    const dir = tempDir();
    const input = tasksCsv([['Rà soát thủ tục', 'Sở Tư pháp', '30/09/2024', 'Hoàn thành']]);
    const r = run(['summary', '-', ...asOf, '--format', 'csv', '--fail-on', 'overdue,unmet,warnings'], { input, cwd: dir });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });

  it('--fail-on unmet,warnings names every condition that holds', () => {
    const r = run(['summary', exampleWithOneWarning(), ...asOf, '--format', 'json', '--fail-on', 'unmet,warnings', '--quiet', '--lang', 'en']);
    expect(r.code).toBe(1);
    // The example's 7 unmet indicators are in fixtures/tay-ninh-2024/EXPECTED.md.
    expect(r.stderr).toBe('reform-report: --fail-on: 7 indicators not met as of 2024-10-25; 1 data warning\n');
  });

  it('build --fail-on overdue writes the reports and exits 1', () => {
    const out = tempDir();
    const r = run(['build', example, ...asOf, '--out', out, '--quiet', '--fail-on', 'overdue']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    // The mail of a cron job opens with the receipts line (SPEC §4.6).
    expect(r.stderr).toMatch(/^reform-report: 7\/8 đơn vị đã gửi; mọi bảng số liệu đều đã đọc\nreform-report: --fail-on: \d+ nhiệm vụ quá hạn tính đến ngày 25\/10\/2024\n$/);
    expect(readdirSync(out)).toEqual(expect.arrayContaining(['reform-report-2024-10-25.json', 'reform-report-2024-10-25.md', 'reform-report-2024-10-25.xlsx']));
  });

  it('build --quiet prints nothing when all is well', () => {
    const out = tempDir();
    const r = run(['build', example, ...asOf, '--out', out, '--quiet']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('');
  });
});
