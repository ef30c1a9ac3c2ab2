import { describe, expect, it } from 'vitest';
import { summarize } from '../../src/compute/index.js';
import { compareSnapshots, parseSnapshot, type Snapshot } from '../../src/compute/compare.js';
import { successionTable, Successors } from '../../src/compute/successors.js';
import type { Records, Task } from '../../src/model/records.js';

function task(id: string, lead: string, status: Task['status']): Task {
  return { id, title: `Nhiệm vụ ${id}`, lead, status, statusText: status, deadline: { kind: 'date', date: '2024-06-30', text: '30/6/2024' }, source: { file: `${lead}.xlsx`, row: 1 } };
}

function records(tasks: Task[]): Records {
  return { tasks, indicators: [], dossiers: [], feedback: [], kindsSeen: new Set(['tasks']), statedAsOf: [] };
}

const table = successionTable([]);

describe('successor units (the 2025 department mergers)', () => {
  it('counts a former department under its successor in a report dated after the change, naming it', () => {
    const s = summarize(records([task('1', 'Sở Thông tin và Truyền thông', 'done'), task('2', 'Sở Khoa học và Công nghệ', 'in_progress'), task('3', 'Sở TT&TT', 'done')]), [], {
      title: 't', asOf: '2026-06-30', today: '2026-06-30', successions: table, expectedUnits: ['Sở Kế hoạch và Đầu tư'],
    });
    expect(s.tasks!.byUnit).toMatchObject([{ unit: 'Sở Khoa học và Công nghệ', total: 3, done: 2, includes: [{ name: 'Sở Thông tin và Truyền thông', date: '2025-03-01' }] }]);
    expect(s.unitsNotReported).toEqual(['Sở Tài chính']);
    expect(s.successions!.map((x) => x.former)).toContain('Sở Kế hoạch và Đầu tư');
  });

  it('leaves the names of a report dated before the change as they were', () => {
    const s = summarize(records([task('1', 'Sở Thông tin và Truyền thông', 'done')]), [], { title: 't', asOf: '2024-10-25', today: '2024-10-25', successions: table });
    expect(s.tasks!.byUnit.map((u) => u.unit)).toEqual(['Sở Thông tin và Truyền thông']);
    expect(s.tasks!.byUnit[0]!.includes).toBeUndefined();
    expect(s).not.toHaveProperty('successions');
  });

  it('compares a merged department like for like with a snapshot from before the merger', () => {
    const before = summarize(
      records([task('1', 'Sở Thông tin và Truyền thông', 'done'), task('2', 'Sở Thông tin và Truyền thông', 'in_progress'), task('3', 'Sở Khoa học và Công nghệ', 'in_progress'), task('4', 'Sở Tư pháp', 'done')]),
      [],
      { title: 't', asOf: '2025-01-15', today: '2025-01-15', successions: table },
    );
    const prev = parseSnapshot(JSON.parse(JSON.stringify(before))) as Snapshot;
    const now = summarize(records([task('1', 'Sở Khoa học và Công nghệ', 'done'), task('2', 'Sở Khoa học và Công nghệ', 'done'), task('3', 'Sở Khoa học và Công nghệ', 'in_progress'), task('4', 'Sở Tư pháp', 'done')]), [], {
      title: 't', asOf: '2026-06-30', today: '2026-06-30', successions: table,
    });
    const change = compareSnapshots(now, prev);
    // Before: 1 of 3 (Sở TT&TT 1/2 + Sở KH&CN 0/1); now 2 of 3.
    expect(change.units).toEqual([
      { unit: 'Sở Khoa học và Công nghệ', completionRateBefore: 1 / 3, completionRateNow: 2 / 3, change: 'improved', includes: [{ name: 'Sở Thông tin và Truyền thông', date: '2025-03-01' }] },
    ]);
    // Task 2 was led by Sở TT&TT before and by Sở KH&CN now: found by title and successor, newly done.
    expect(change.newlyDone.map((t) => t.id)).toEqual(['2']);
  });

  it('lets the config replace a line of the built-in table (another date, another successor)', () => {
    const t = successionTable([{ name: 'Sở Y tế', formerNames: [{ name: 'Sở Lao động - Thương binh và Xã hội', date: '2025-03-15', aliases: ['Sở LĐTBXH'] }] }]);
    const m = new Successors(t);
    expect(m.resolve('Sở LĐTBXH')).toEqual({ unit: 'Sở Y tế', formers: [{ name: 'Sở Lao động - Thương binh và Xã hội', date: '2025-03-15' }] });
    expect(t.filter((s) => s.former === 'Sở Lao động - Thương binh và Xã hội')).toHaveLength(1);
    expect(m.resolve('Sở KH&ĐT').unit).toBe('Sở Tài chính');
  });

  it('follows a chain of mergers and stops on a loop', () => {
    const m = new Successors(successionTable([
      { name: 'Sở B', formerNames: [{ name: 'Sở A', date: '2025-03-01' }] },
      { name: 'Sở C', formerNames: [{ name: 'Sở B', date: '2025-07-01' }] },
      { name: 'Sở A', formerNames: [{ name: 'Sở C', date: '2025-08-01' }] },
    ]));
    expect(m.resolve('Sở A').formers.map((f) => f.name)).toEqual(['Sở A', 'Sở B', 'Sở C']);
    const chain = new Successors(successionTable([{ name: 'Sở B', formerNames: [{ name: 'Sở A', date: '2025-03-01' }] }, { name: 'Sở C', formerNames: [{ name: 'Sở B', date: '2025-07-01' }] }]));
    expect(chain.resolve('Sở A').unit).toBe('Sở C');
  });
});

describe('a merged unit in the outputs', () => {
  it('says what it includes, in the report language', async () => {
    const { unitLabel } = await import('../../src/render/format.js');
    const includes = [{ name: 'Sở Thông tin và Truyền thông', date: '2025-03-01' }];
    expect(unitLabel('Sở Khoa học và Công nghệ', includes, 'vi')).toBe('Sở Khoa học và Công nghệ (gồm Sở Thông tin và Truyền thông trước 01/03/2025)');
    expect(unitLabel('Sở Khoa học và Công nghệ', includes, 'en')).toBe('Sở Khoa học và Công nghệ (incl. Sở Thông tin và Truyền thông before 2025-03-01)');
    expect(unitLabel('Sở Tư pháp', undefined, 'vi')).toBe('Sở Tư pháp');
  });
});
