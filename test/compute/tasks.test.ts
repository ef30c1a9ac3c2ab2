import { describe, expect, it } from 'vitest';
import { summarizeTasks } from '../../src/compute/tasks.js';
import { defaultThresholds } from '../../src/model/config.js';
import type { Task } from '../../src/model/records.js';

let row = 1;
function task(partial: Partial<Task> & Pick<Task, 'status'>): Task {
  row++;
  return { id: `T${row}`, title: `Task ${row}`, lead: 'Sở Nội vụ', statusText: '', source: { file: 'x.xlsx', sheet: 'S', row }, ...partial };
}
const due = (date: string) => ({ kind: 'date' as const, date, text: date });
const opts = { asOf: '2024-10-25', nearDueDays: 3, thresholds: defaultThresholds };

describe('tasks section (SPEC §4.1)', () => {
  const tasks: Task[] = [
    task({ status: 'done', deadline: due('2024-06-30'), completedOn: '2024-06-20' }),
    task({ status: 'done', deadline: due('2024-06-30'), completedOn: '2024-07-05' }), // late by date
    task({ status: 'done', deadline: due('2024-12-31'), claim: 'late' }), // late by its status
    task({ status: 'done', deadline: { kind: 'recurring', text: 'Thường xuyên' } }),
    task({ status: 'in_progress', deadline: due('2024-09-30'), lead: 'Sở Tư pháp' }), // overdue 25 days
    task({ status: 'in_progress', deadline: due('2024-10-27'), lead: 'Sở Tư pháp' }), // near due
    task({ status: 'not_started', deadline: due('2024-12-31'), lead: 'Sở Tư pháp' }),
    task({ status: 'not_reported', deadline: due('2024-10-25'), lead: 'Sở Tư pháp' }), // due today: due, not overdue
    task({ status: 'cancelled', deadline: due('2024-03-31') }),
  ];
  const { section } = summarizeTasks(tasks, opts);

  it('counts the plan without the cancelled tasks, and the statuses add up to it', () => {
    expect(section.total).toBe(8);
    expect(section.cancelled).toBe(1);
    expect(section.done + section.inProgress + section.notStarted + section.notReported + section.invalid).toBe(section.total);
    expect([section.done, section.inProgress, section.notStarted, section.notReported]).toEqual([4, 2, 1, 1]);
  });

  it('splits done into on time and late, by completion date or by the status', () => {
    expect(section.doneLate).toBe(2);
    expect(section.doneOnTime).toBe(2);
    expect(section.doneOnTime + section.doneLate).toBe(section.done);
  });

  it('rates completion over all tasks and over the tasks already due', () => {
    expect(section.completionRate).toBeCloseTo(4 / 8, 12);
    // due: the two June tasks, the September one and the one due on asOf; recurring never falls due.
    expect(section.due).toBe(4);
    expect(section.doneOfDue).toBe(2);
    expect(section.dueCompletionRate).toBeCloseTo(2 / 4, 12);
  });

  it('marks overdue only when not done and the deadline is before asOf, with the days', () => {
    expect(section.overdue).toBe(1);
    expect(section.open[0]).toMatchObject({ deadline: '2024-09-30', daysOverdue: 25, lead: 'Sở Tư pháp' });
    expect(section.nearDue).toBe(2); // 27/10 and the one due on asOf
  });

  it('lists every unfinished task, overdue first', () => {
    expect(section.open.map((o) => o.daysOverdue)).toEqual([25, 0, 0, 0]);
    expect(section.open.every((o) => o.status !== 'done' && o.status !== 'cancelled')).toBe(true);
  });

  it('breaks the figures down by unit', () => {
    expect(section.byUnit).toEqual([
      { unit: 'Sở Nội vụ', total: 4, done: 4, overdue: 0, notReported: 0, completionRate: 1, health: 'good' },
      { unit: 'Sở Tư pháp', total: 4, done: 0, overdue: 1, notReported: 1, completionRate: 0, health: 'bad' },
    ]);
  });

  it('never counts a task whose status could not be read (--lenient) as overdue or near due', () => {
    const s = summarizeTasks([task({ status: 'invalid', deadline: due('2024-01-31') }), task({ status: 'invalid', deadline: due('2024-10-26') })], opts).section;
    expect([s.total, s.invalid, s.overdue, s.nearDue]).toEqual([2, 2, 0, 0]);
  });

  it('gives null rates when there is nothing to divide by', () => {
    const empty = summarizeTasks([task({ status: 'cancelled' })], opts).section;
    expect(empty.total).toBe(0);
    expect(empty.completionRate).toBeNull();
    expect(empty.dueCompletionRate).toBeNull();
  });

  it('warns when a tracking system\'s timing qualifier contradicts the dates', () => {
    const { issues } = summarizeTasks(
      [
        task({ status: 'in_progress', claim: 'overdue', deadline: due('2024-12-31'), statusColumn: 'F' }),
        task({ status: 'in_progress', claim: 'within_deadline', deadline: due('2024-09-30') }),
        task({ status: 'done', claim: 'late', deadline: due('2024-09-30'), completedOn: '2024-09-01' }),
        task({ status: 'done', claim: 'on_time', deadline: due('2024-09-30'), completedOn: '2024-09-01' }),
      ],
      opts,
    );
    expect(issues.map((i) => i.code)).toEqual(['status-claim', 'status-claim', 'status-claim']);
    expect(issues[0]).toMatchObject({ severity: 'warning', column: 'F', file: 'x.xlsx', sheet: 'S' });
  });
});
