/**
 * The package entry (package.json `exports`): a program that installs reform-report imports it by
 * name and gets the stages and the renderers of the built code. Run on the build (`npm run build`).
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from './helpers/cli.js';

describe('the package entry', () => {
  it('points at files the build makes', () => {
    const pkg = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { main: string; types: string; exports: Record<string, Record<string, string>> };
    for (const file of [pkg.main, pkg.types, pkg.exports['.']!.import!, pkg.exports['.']!.types!]) expect(existsSync(path.join(repoRoot, file)), file).toBe(true);
  });

  it('is imported by name and runs the embedded example through the stages', () => {
    const script = `
      const rr = await import('reform-report');
      const { summary } = await rr.runPipeline({ inputs: ['fixtures/tay-ninh-2024'], cwd: process.cwd(), now: new Date(2024, 10, 30) });
      const json = await rr.render('json', summary, { lang: 'vi' });
      const csv = await rr.render('csv', summary, { lang: 'vi' });
      console.log(JSON.stringify({ formats: rr.formatNames, tasks: JSON.parse(json).tasks.total, done: summary.tasks.done, csv: csv.split('\\n')[0] }));`;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: repoRoot, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    const out = JSON.parse(r.stdout) as { formats: string[]; tasks: number; done: number; csv: string };
    expect(out).toMatchObject({ tasks: 46, done: 44 });
    expect(out.formats).toEqual(expect.arrayContaining(['xlsx', 'md', 'json', 'csv', 'tsv', 'table']));
    expect(out.csv).toMatch(/^section,/);
  });
});
