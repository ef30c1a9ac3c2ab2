/**
 * What the plan says of the reports (SPEC §2.2): how many of its tasks have a report, which
 * have none, per unit, and which reported tasks it does not list. The tasks section itself is
 * computed as usual over the plan's tasks (interpret/plan.ts put the reports' statuses on them).
 */
import type { Task } from '../model/records.js';
import type { PlanSection, TasksSection } from '../model/summary.js';
import { byName } from '../model/text.js';
import { groupBy } from './tasks.js';

export function summarizePlan(plan: { file: string; outside: readonly Task[] }, tasks: TasksSection): PlanSection {
  const active = tasks.items.filter((i) => i.status !== 'cancelled');
  const missing = groupBy(active.filter((i) => i.status === 'not_reported'), (i) => i.lead);
  return {
    file: plan.file,
    total: tasks.total,
    reported: tasks.total - tasks.notReported,
    notReported: [...missing.entries()]
      .sort((a, b) => byName(a[0], b[0]))
      .map(([unit, list]) => ({ unit, tasks: list.map((i) => ({ id: i.id, title: i.title, deadline: i.deadline })) })),
    outside: plan.outside.map((t) => ({ id: t.id, title: t.title, lead: t.lead, status: t.status, file: t.source.file, sheet: t.source.sheet ?? null, row: t.source.row })),
  };
}
