import { describe, expect, it } from 'vitest';
import { compareSnapshots, parseSnapshot, type Snapshot } from '../../src/compute/compare.js';
import { sampleSummary } from '../render/sample.js';
import { because } from '../../src/i18n/reasons.js';

/** The sample as it stood a week earlier: T3 not yet done, T2 not yet overdue, T4 absent. */
function earlier(): Snapshot {
  const s = JSON.parse(JSON.stringify(sampleSummary()));
  s.asOf = '2024-10-18';
  s.tasks.done = 1;
  s.tasks.overdue = 0;
  s.tasks.items = s.tasks.items.filter((t: { id: string }) => t.id !== 'T4');
  s.tasks.items[1].overdue = false;
  s.tasks.items[2].status = 'in_progress';
  s.tasks.byUnit[2].completionRate = 0;
  s.tasks.byUnit[0].completionRate = 0.75;
  return parseSnapshot(s) as Snapshot;
}

describe('the change since a previous snapshot (SPEC §5)', () => {
  it('gives the deltas of the headline figures and keeps the previous ones', () => {
    const change = compareSnapshots(sampleSummary(), earlier());
    expect(change).toMatchObject({ previousAsOf: '2024-10-18', tasksDone: 2, tasksOverdue: 1, indicatorsMet: 0, dossiersReceived: 0, feedbackTotal: 0 });
    expect(change.previous.tasksDone).toBe(1);
  });

  it('lists tasks newly done and newly overdue; a task the previous snapshot lacked counts as new', () => {
    const change = compareSnapshots(sampleSummary(), earlier());
    expect(change.newlyDone.map((t) => t.id)).toEqual(['T3', 'T4']);
    expect(change.newlyOverdue.map((t) => t.id)).toEqual(['T2']);
  });

  it('finds a task whose id changed by its title and lead', () => {
    const prev = earlier();
    prev.tasks!.items![2]!.id = 'III.2';
    prev.tasks!.items![2]!.status = 'done';
    expect(compareSnapshots(sampleSummary(), prev).newlyDone.map((t) => t.id)).toEqual(['T4']);
  });

  it('names the units whose completion rose or fell, risers first', () => {
    const change = compareSnapshots(sampleSummary(), earlier());
    expect(change.units).toEqual([
      { unit: 'Văn phòng UBND tỉnh', completionRateBefore: 0, completionRateNow: 1, change: 'improved' },
      { unit: 'Sở Nội vụ', completionRateBefore: 0.75, completionRateNow: 0.5, change: 'declined' },
    ]);
  });

  it('reads a snapshot that has only the public keys (open tasks, no task list)', () => {
    const prev = earlier();
    delete prev.tasks!.items;
    prev.tasks!.open = [{ id: 'T3', title: 'Số hóa hồ sơ TTHC', lead: 'Văn phòng UBND tỉnh', daysOverdue: 0 }];
    const change = compareSnapshots(sampleSummary(), prev);
    expect(change.newlyDone.map((t) => t.id)).toEqual(['T3']);
    expect(change.newlyOverdue.map((t) => t.id)).toEqual(['T2']);
  });

  it('gives null deltas for sections either side lacks', () => {
    const prev = earlier();
    prev.dossiers = null;
    expect(compareSnapshots(sampleSummary(), prev).dossiersReceived).toBeNull();
  });

  it('refuses what is not a snapshot, saying why', () => {
    expect(parseSnapshot([])).toEqual({ error: because('snapshot-not-object', {}) });
    expect(parseSnapshot({ schemaVersion: 2, asOf: '2024-10-18' })).toEqual({ error: because('snapshot-schema', { version: '2' }) });
    expect(parseSnapshot({ schemaVersion: 1 })).toEqual({ error: because('snapshot-no-asof', {}) });
  });
});

describe('which way a figure moved, and which units came and went (issue 12, point 7)', () => {
  it('calls a lower completion rate a fall though more tasks are done (61,5% → 61,1% when the plan grew)', () => {
    const now = sampleSummary();
    const prev = earlier();
    // Before: 8 of 13 (61,5%); now: 11 of 18 (61,1%): three more done, the rate fell.
    prev.tasks!.done = 8;
    prev.tasks!.total = 13;
    prev.tasks!.completionRate = 8 / 13;
    now.tasks!.done = 11;
    now.tasks!.total = 18;
    now.tasks!.completionRate = 11 / 18;
    const change = compareSnapshots(now, prev);
    expect(change.tasksDone).toBe(3);
    expect(change.trend.tasksDone).toBe('rise');
    expect(change.trend.tasksCompletionRate).toBe('fall');
  });

  it('calls a rate unchanged when it shows the same (61,54% and 61,50% are both 61,5%)', () => {
    const now = sampleSummary();
    const prev = earlier();
    prev.tasks!.completionRate = 0.615;
    now.tasks!.completionRate = 0.6154;
    expect(compareSnapshots(now, prev).trend.tasksCompletionRate).toBe('unchanged');
  });

  it('names the units that appear and vanish between snapshots', () => {
    const prev = earlier();
    prev.tasks!.byUnit!.push({ unit: 'Sở Kế hoạch và Đầu tư', total: 2, done: 1, completionRate: 0.5 });
    prev.tasks!.byUnit = prev.tasks!.byUnit!.filter((u) => u.unit !== 'Sở Tư pháp');
    prev.dossiers!.byUnit = prev.dossiers!.byUnit!.filter((u) => u.unit !== 'Sở Tư pháp');
    const change = compareSnapshots(sampleSummary(), prev);
    expect(change.unitsVanished).toEqual(['Sở Kế hoạch và Đầu tư']);
    expect(change.unitsAppeared).toEqual(['Sở Tư pháp']);
    // Now: Nội vụ, Tư pháp, VP UBND tỉnh (tasks), Châu Thành, Thái Bình (dossiers); before: Tư pháp gone, KH&ĐT in.
    expect([change.unitsCompared, change.sameUnits]).toEqual([{ both: 4, now: 5, before: 5 }, false]);
    expect(compareSnapshots(sampleSummary(), earlier())).toMatchObject({ unitsAppeared: [], unitsVanished: [], unitsCompared: { both: 5, now: 5, before: 5 }, sameUnits: true });
  });
});
