/**
 * Issue 18, point 1: one story per unit. A district that sends its task list with every status
 * blank is "partly reported" everywhere — never "not reported", never a unit to push — and the
 * brief says what is missing. EXPECTED.json is computed by make-fixtures.py from the rows it
 * writes, by the README's rule, not by the tool.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { PipelineResult } from '../../src/cli/pipeline.js';
import { repoRoot, runInProcess } from '../helpers/cli.js';
import { renderMarkdown } from '../../src/render/markdown.js';
import { buildView } from '../../src/render/views.js';
import { renderTerminal } from '../../src/render/terminal.js';
import { labels } from '../../src/i18n/index.js';
import { Chalk } from 'chalk';

const dir = path.join(repoRoot, 'fixtures/partly-reported-18');
const expected = JSON.parse(readFileSync(path.join(dir, 'EXPECTED.json'), 'utf8')) as { standings: Record<string, string>; tasksBlank: Record<string, number> };
const template = (lang: 'vi' | 'en') => readFileSync(path.join(repoRoot, `templates/brief.${lang}.md.hbs`), 'utf8');

describe('fixtures/partly-reported-18: one story per unit', () => {
  let summary: PipelineResult['summary'];
  beforeAll(async () => {
    ({ summary } = await runInProcess([dir], { cwd: dir }));
  }, 120_000);

  it('decides each unit\'s standing once, in the summary', () => {
    const standings = summary.standings!;
    expect(Object.fromEntries(standings.map((s) => [s.unit, s.standing]))).toEqual(expected.standings);
    for (const [unit, blank] of Object.entries(expected.tasksBlank)) expect(standings.find((s) => s.unit === unit)!.tasksBlank, unit).toBe(blank);
    // Worst first: who sent nothing, then who sent part, then who is to be pushed, then who is on track.
    expect(standings.map((s) => s.standing)).toEqual(['not_reported', 'partly_reported', 'partly_reported', 'needs_pushing', 'on_track']);
    expect(summary.unitsNotReported).toEqual(['Sở Tư pháp']);
  });

  it('never tells a unit as not reported and as one to push, in the brief', () => {
    const brief = renderMarkdown(summary, { lang: 'vi', template: template('vi') });
    const notReported = /\*\*Chưa báo cáo:\*\* (.*)\./.exec(brief)![1]!;
    const toPush = /\*\*Cần đôn đốc\*\*[^:]*: (.*)\./.exec(brief)![1]!;
    expect(notReported).toBe('Sở Tư pháp');
    expect(toPush).toBe('Sở Nội vụ (25%, 2 quá hạn)');
    expect(brief).toContain('- UBND huyện Tân Châu: gửi danh sách nhưng chưa ghi tình trạng 4 nhiệm vụ.');
    expect(brief).toContain('- Sở Tài chính: chưa ghi tình trạng 2/4 nhiệm vụ; trong số đã báo cáo, 1 nhiệm vụ quá hạn.');
    const en = renderMarkdown(summary, { lang: 'en', template: template('en') });
    expect(en).toContain('- UBND huyện Tân Châu: sent its list without the status of its 4 tasks.');
  });

  it('gives the workbook, the dashboard and the Word report the same standing (the units view)', () => {
    const view = buildView(summary, 'league', 'vi')!;
    const of = (unit: string) => view.rows.find((r) => r.values.unit === unit)!.values.standing;
    expect(of('UBND huyện Tân Châu')).toBe(labels.vi.standing.partly_reported);
    expect(of('Sở Nội vụ')).toBe(labels.vi.standing.needs_pushing);
    expect(of('UBND huyện Gò Dầu')).toBe(labels.vi.standing.on_track);
  });

  it('lists the not reported units on the terminal from the same standings', () => {
    const text = renderTerminal(summary, 'vi', new Chalk({ level: 0 }));
    expect(text).toMatch(/Chưa báo cáo: Sở Tư pháp\n/);
    expect(text).not.toMatch(/Chưa báo cáo:.*Tân Châu/);
  });
});
