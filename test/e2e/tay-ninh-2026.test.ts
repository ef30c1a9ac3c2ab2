/**
 * The second embedded example (fixtures/tay-ninh-2026): two tiers, merged departments, 96 communes
 * and wards, compared with a snapshot from before the mergers. Every figure against EXPECTED.md,
 * which expected.py computes from the files on its own.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, runInProcess } from '../helpers/cli.js';
import { compareSnapshots, parseSnapshot, type Snapshot } from '../../src/compute/compare.js';

const folder = path.join(repoRoot, 'fixtures/tay-ninh-2026');
const md = readFileSync(path.join(folder, 'EXPECTED.md'), 'utf8');
const fig = JSON.parse([...md.matchAll(/```json\n([\s\S]*?)```/g)].at(-1)![1]!);

describe('the 2026 example: Tây Ninh with two tiers and merged departments', async () => {
  const { summary } = await runInProcess([folder], { now: new Date(2026, 11, 2) });

  it('reads every file without an error or a warning', () => {
    expect(summary.issues.items.filter((i) => i.severity !== 'info').map((i) => `${i.file}: ${i.message}`)).toEqual([]);
    expect(summary.asOf).toBe('2026-11-20');
  });

  it('gives the tasks of the plan and of the communes, under today\'s department names', () => {
    const t = summary.tasks!;
    for (const k of ['total', 'done', 'doneLate', 'inProgress', 'notStarted', 'overdue', 'due', 'doneOfDue'] as const) expect(t[k], k).toBe(fig.tasks[k]);
    expect(t.byUnit).toHaveLength(fig.tasks.units);
    expect(t.byUnit.filter((u) => u.unit.startsWith('UBND ')).length).toBe(fig.tasks.communeUnits);
    expect(t.byUnit.filter((u) => u.overdue > 0).map((u) => u.unit).sort()).toEqual([...fig.tasks.unitsWithOverdue].sort());
    expect(t.byUnit.find((u) => u.unit === 'Sở Khoa học và Công nghệ')!.includes).toEqual([{ name: 'Sở Thông tin và Truyền thông', date: '2025-03-01' }]);
    expect(t.byUnit.some((u) => u.unit.startsWith('Sở Thông tin'))).toBe(false);
  });

  it('lists two levels of dossiers and no district row', () => {
    const d = summary.dossiers!;
    for (const k of ['received', 'resolved', 'resolvedOnTime', 'resolvedLate', 'pending', 'online', 'carriedOver'] as const) expect(d[k], k).toBe(fig.dossiers[k]);
    expect(d.byLevel.map((l) => [l.level, l.received, l.resolved])).toEqual(fig.dossiers.byLevel.map((l: any) => [l.level, l.received, l.resolved]));
    expect(d.byUnit.filter((u) => u.level === 'commune')).toHaveLength(96);
  });

  it('gives the indicators and the feedback', () => {
    expect([summary.indicators!.total, summary.indicators!.met]).toEqual([fig.indicators.total, fig.indicators.met]);
    expect(summary.indicators!.items.filter((i) => i.status === 'not_met').map((i) => i.title).sort()).toEqual(fig.indicators.notMet);
    expect([summary.feedback!.total, summary.feedback!.resolved]).toEqual([fig.feedback.total, fig.feedback.resolved]);
  });

  it('compares with the snapshot from before the mergers like for like, naming the merged departments', () => {
    const prev = parseSnapshot(JSON.parse(readFileSync(path.join(folder, 'snapshot-truoc-sap-nhap/reform-report-2025-02-20.json'), 'utf8'))) as Snapshot;
    const change = compareSnapshots(summary, prev);
    expect(change.tasksDone).toBe(fig.comparison.tasksDone);
    const ratio = (s: string) => s.split('/').map(Number).reduce((a, b) => a / b);
    // Risers first, then by name (the tool's Vietnamese order; expected.py sorts by code point).
    const order = (list: { unit: string; change: string }[]) => [...list].sort((a, b) => (a.change === b.change ? a.unit.localeCompare(b.unit, 'vi') : a.change === 'improved' ? -1 : 1));
    expect(change.units.map((u) => ({ unit: u.unit, before: u.completionRateBefore, now: u.completionRateNow, change: u.change, includes: (u.includes ?? []).map((f) => f.name) }))).toEqual(
      order(fig.comparison.units.map((u: any) => ({ unit: u.unit, before: ratio(u.before), now: ratio(u.now), change: u.change, includes: u.includes }))),
    );
  });
});

describe('a hundred units stay readable', async () => {
  const { summary } = await runInProcess([folder], { now: new Date(2026, 11, 2) });
  const { renderMarkdown } = await import('../../src/render/markdown.js');
  const { loadTemplate } = await import('../../src/cli/templates.js');
  const { renderTerminal } = await import('../../src/render/terminal.js');
  const { Chalk } = await import('chalk');

  it('the brief ranks the top 10, the bottom 10 and every unit with overdue tasks, and says where the full table is', async () => {
    const brief = renderMarkdown(summary, { lang: 'vi', template: await loadTemplate('vi', undefined) });
    const league = summary.tasks!.league!;
    const withOverdue = summary.tasks!.byUnit.filter((u) => u.overdue > 0).length;
    expect(league.shown.length).toBeLessThanOrEqual(20 + withOverdue);
    expect(league.shown.length).toBeLessThan(summary.tasks!.byUnit.length);
    expect(brief).toContain('bảng đủ 107 đơn vị ở sheet «Theo đơn vị»');
    for (const u of summary.tasks!.byUnit.filter((x) => x.overdue > 0)) expect(brief).toContain(u.unit);
    expect(brief).toContain('Sở Khoa học và Công nghệ (gồm Sở Thông tin và Truyền thông trước 01/03/2026'.replace('2026', '2025'));
  });

  it('a part of the units has no total row, and the units to push it leaves out are sent to the workbook', async () => {
    const brief = renderMarkdown(summary, { lang: 'vi', template: await loadTemplate('vi', undefined) });
    const section = brief.slice(brief.indexOf('### Kết quả theo đơn vị chủ trì'), brief.indexOf('Bảng trên gồm'));
    const rows = section.split('\n').filter((l) => /^\| \d+ \| /.test(l));
    expect(rows).toHaveLength(summary.tasks!.league!.shown.length);
    // The sum of the rows shown would say 79 tasks at 48,1 % beside the headline's 319 at 76,5 %.
    expect(section).not.toMatch(/Tổng cộng/);
    // The units to push (compute's standings): five named, the others not all in the table above.
    const pushing = summary.standings!.filter((u) => u.standing === 'needs_pushing').length;
    const pushedInTable = rows.filter((r) => r.endsWith('| Cần đôn đốc |')).length;
    expect(pushedInTable).toBeLessThan(pushing);
    expect(brief.match(/\*\*Cần đôn đốc\*\*[^\n]*/)![0]).toMatch(new RegExp(`; và ${pushing - 5} đơn vị khác \\(danh sách đủ ở sheet «Theo đơn vị» của sổ Excel\\)\\.$`));
  });

  it("the workbook's chart of a hundred units says it shows the bottom ten", async () => {
    const { renderXlsx } = await import('../../src/render/xlsx/index.js');
    const { default: JSZip } = await import('jszip');
    const zip = await JSZip.loadAsync(await renderXlsx(summary, { lang: 'vi' }));
    const chart = await zip.file('xl/charts/chart1.xml')!.async('string');
    const size = summary.tasks!.league!.bottom.length;
    expect([...chart.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => m[1]).join('')).toBe(`Tỷ lệ hoàn thành nhiệm vụ theo đơn vị — ${size} đơn vị cuối bảng`);
    expect(/<c:cat>.*?<c:ptCount val="(\d+)"\/>/s.exec(chart)![1]).toBe(String(size));
  });

  it("the brief's chart of a hundred units says which of them it shows", async () => {
    const { renderCompletionSvg } = await import('../../src/render/svg.js');
    const svg = renderCompletionSvg(summary, 'vi')!;
    const shown = summary.tasks!.league!.shown.length;
    expect(svg.match(/<rect x="250" /g)).toHaveLength(shown);
    expect(svg).toContain(`>${shown} trong 107 đơn vị: dẫn đầu, cuối bảng và có nhiệm vụ quá hạn</text>`);
  });

  it('the terminal stays within a screen or two', () => {
    const text = renderTerminal(summary, 'vi', new Chalk({ level: 0 }));
    expect(text.split('\n').length).toBeLessThan(120);
    expect(text).toContain('đơn vị khác (xem sổ Excel');
  });
});
