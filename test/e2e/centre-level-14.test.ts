/**
 * Issue 14, point 1: the config's `levels` adds a row for the province's public-service centre.
 * fixtures/centre-level-14: a two-tier Biểu 06 of departments and communes, and the centre's own
 * record export whose `Cấp` column says `Cấp tỉnh`; the config places the centre at `centre`.
 * EXPECTED.json is added up by make-fixtures.py from the rows it writes, not by the tool.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { repoRoot, runInProcess, tempDir } from '../helpers/cli.js';
import { runMain } from '../helpers/in-process.js';
import { labels } from '../../src/i18n/index.js';
import { mergeSnapshots } from '../../src/compute/merge.js';

const dir = path.join(repoRoot, 'fixtures/centre-level-14');
interface LevelFigures { level: string; received: number; resolved: number; resolvedOnTime: number; pending: number; online: number; units: number }
const expected = JSON.parse(readFileSync(path.join(dir, 'EXPECTED.json'), 'utf8')) as { asOf: string; centre: string; byLevel: LevelFigures[] };
const config = JSON.parse(readFileSync(path.join(dir, 'reform-report.config.json'), 'utf8')) as { levels: { id: string; vi?: string; en?: string }[] };
const centreLabel = config.levels.find((l) => l.id === 'centre')!;
const figures = (l: LevelFigures) => [l.level, l.received, l.resolved, l.resolvedOnTime, l.pending, l.online];

describe('fixtures/centre-level-14: a level row the config adds', async () => {
  const out = tempDir('rr-centre-');
  const built = await runMain(['build', '.', '--out', out, '--format', 'json,xlsx'], { cwd: dir });

  it('builds without an error or a warning', async () => {
    expect(built.stderr).not.toMatch(/lỗi:|cảnh báo:/);
    expect(built.code).toBe(0);
  });

  it('counts the centre in its own row, in the configured order, and no row for the district level nobody reported (JSON)', async () => {
    const summary = JSON.parse(readFileSync(path.join(out, `reform-report-${expected.asOf}.json`), 'utf8'));
    const d = summary.dossiers;
    expect(d.byLevel.map(figures)).toEqual(expected.byLevel.map(figures));
    expect(d.byLevel.some((l: { level: string }) => l.level === 'district')).toBe(false);
    // The unit rows follow the same order: the three departments, the centre, the communes.
    expect(d.byUnit.map((u: { level: string }) => u.level)).toEqual(expected.byLevel.flatMap((l) => Array<string>(l.units).fill(l.level)));
    expect(d.byUnit.find((u: { unit: string }) => u.unit === expected.centre).level).toBe('centre');
    expect(d.levels).toEqual(config.levels);
  });

  it('shows the centre\'s row under its label in the workbook, between the tiers, with no district row', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(out, `reform-report-${expected.asOf}.xlsx`));
    const ws = wb.getWorksheet(labels.vi.sheets.dossiers)!;
    const firstColumn: string[] = [];
    ws.eachRow((row) => firstColumn.push(String(row.getCell(1).value ?? '')));
    const levelRows = firstColumn.filter((v) => Object.values(labels.vi.level).includes(v) || v === centreLabel.vi);
    expect(levelRows).toEqual([labels.vi.level.province, centreLabel.vi, labels.vi.level.commune]);
    const centreRow = ws.getRows(1, ws.rowCount)!.find((r) => r.getCell(1).value === centreLabel.vi)!;
    expect(centreRow.getCell(2).value).toBe(expected.byLevel.find((l) => l.level === 'centre')!.received);
  });

  it('lists the same rows in the CSV by level, on the terminal, and in English', async () => {
    const csv = await runMain(['summary', '.', '--by', 'level', '--format', 'csv'], { cwd: dir });
    expect(csv.stdout.split('\n').slice(1, -1).map((l) => l.split(',').slice(0, 2).join(','))).toEqual(expected.byLevel.map((l) => `${l.level},${l.received}`));
    const terminal = await runMain(['summary', '.', '--lang', 'en'], { cwd: dir });
    const lines = terminal.stdout.split('\n').filter((l) => /^ {2}\S/.test(l) && /\d$/.test(l)).map((l) => l.trim().replace(/\s{2,}.*$/, ''));
    expect(lines).toEqual([labels.en.level.province, centreLabel.en, labels.en.level.commune]);
    // Columns picked by name keep the configured label too.
    const picked = await runMain(['summary', '.', '--by', 'level', '--columns', 'level,dossiers_received', '--format', 'md'], { cwd: dir });
    expect(picked.stdout.split('\n').slice(2, -1).map((l) => l.split('|')[1]!.trim())).toEqual([labels.vi.level.province, centreLabel.vi, labels.vi.level.commune]);
    const only = await runMain(['dossiers', '.', '--level', 'centre', '--format', 'csv'], { cwd: dir });
    expect(only.stdout.split('\n').slice(1, -1).map((l) => l.split(',')[0])).toEqual([expected.centre]);
  });

  it('keeps the added row and the level grouping when snapshots are merged (compute orders them, not the renderer)', async () => {
    const one = JSON.parse(readFileSync(path.join(out, `reform-report-${expected.asOf}.json`), 'utf8'));
    const other = { ...one, place: 'Long An', dossiers: { ...one.dossiers, levels: undefined } };
    const merged = mergeSnapshots([{ file: 'tay-ninh.json', data: one }, { file: 'long-an.json', data: other }]);
    if ('refused' in merged) throw new Error(JSON.stringify(merged));
    const d = merged.summary.dossiers!;
    expect(d.byLevel.map((l) => [l.level, l.received])).toEqual(expected.byLevel.map((l) => [l.level, 2 * l.received]));
    expect(d.byUnit.map((u) => u.level)).toEqual(expected.byLevel.flatMap((l) => Array<string>(2 * l.units).fill(l.level)));
    expect(d.levels).toEqual(config.levels);
  });

  it('counts the centre at the level its export names when the config adds no level (the default is unchanged)', async () => {
    const plain = path.join(tempDir('rr-centre-plain-'), 'reform-report.config.json');
    writeFileSync(plain, JSON.stringify({ asOf: expected.asOf }));
    const { summary } = await runInProcess([dir], { cwd: dir, config: plain });
    const byLevel = Object.fromEntries(summary.dossiers!.byLevel.map((l) => [l.level, l.received]));
    const of = (level: string) => expected.byLevel.find((l) => l.level === level)!.received;
    expect(byLevel).toEqual({ province: of('province') + of('centre'), commune: of('commune') });
    expect(summary.dossiers!.levels).toBeUndefined();
  });
});
