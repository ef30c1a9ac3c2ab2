/**
 * `--columns` (issue 18, point 5): columns picked by name in every list format, checked before
 * any file is read; and the columns of `--by unit` stay in place whichever sections are present.
 */
import { describe, expect, it } from 'vitest';
import { example, tempDir, tasksCsv } from '../helpers/cli.js';
import { runMain } from '../helpers/in-process.js';

const asOf = ['--as-of', '2024-10-25'];

describe('--columns', { timeout: 120_000 }, () => {
  it('picks the columns by name, in the order given, with the same rows as the whole list', async () => {
    const all = JSON.parse((await runMain(['tasks', example, ...asOf, '--format', 'json', '--quiet'])).stdout) as Record<string, unknown>[];
    const r = await runMain(['tasks', example, ...asOf, '--columns', 'lead,id,days_overdue', '--format', 'csv', '--quiet']);
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('lead,id,days_overdue');
    expect(lines.slice(1)).toEqual(all.map((t) => `${t.lead},${t.id},${t.daysOverdue}`));
    // JSON keys in camelCase are accepted too, and JSON keeps only those keys.
    const json = JSON.parse((await runMain(['tasks', example, ...asOf, '--columns', 'id,daysOverdue', '--format', 'json', '--quiet'])).stdout);
    expect(json).toEqual(all.map((t) => ({ id: t.id, daysOverdue: t.daysOverdue })));
  });

  it('people get the picked columns labelled in the report language', async () => {
    const r = await runMain(['dossiers', example, ...asOf, '--columns', 'unit,received', '--quiet', '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toMatch(/^Unit\s+Received$/);
  });

  it('an unknown name is a usage error listing the names there are, before any file is read', async () => {
    const r = await runMain(['summary', 'no-such-folder', '--by', 'unit', '--columns', 'unit,completion', '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--columns: no column "completion" \(columns: unit, level, tasks_total, .*tasks_completion_rate, dossiers_received/);
    expect(r.stderr).not.toMatch(/no-such-folder/);
    const s = await runMain(['summary', example, '--columns', 'unit']);
    expect(s.code).toBe(2);
    expect(s.stderr).toMatch(/--columns .* --by/);
  });

  it('--by unit keeps every column in place when the inputs hold no dossier form', async () => {
    const full = (await runMain(['summary', example, ...asOf, '--by', 'unit', '--format', 'tsv', '--quiet'])).stdout.split('\n')[0];
    const dir = tempDir();
    const tasksOnly = await runMain(['summary', '-', '--by', 'unit', '--format', 'tsv', '--quiet'], { input: tasksCsv([['Rà soát thủ tục', 'Sở Tư pháp', '30/09/2024', 'Hoàn thành']]), cwd: dir });
    expect(tasksOnly.code).toBe(0);
    const [header, row] = tasksOnly.stdout.replace(/\n$/, '').split('\n');
    expect(header).toBe(full);
    const cells = Object.fromEntries(header!.split('\t').map((k, i) => [k, row!.split('\t')[i]]));
    expect(cells).toMatchObject({ unit: 'Sở Tư pháp', level: '', tasks_total: '1', tasks_done: '1', tasks_completion_rate: '1', dossiers_received: '' });
  });
});
