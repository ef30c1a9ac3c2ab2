/**
 * The plan as the denominator (SPEC §2.2, §5.1 `plan`): the departments' reports are matched to
 * the plan's task list, so that the total is the plan's, and a task nobody reported is counted as
 * "chưa báo cáo" instead of being missing from the count.
 *
 * A report row is the plan task with the same id (`Mã nhiệm vụ`, as the intake workbooks `init
 * --plan` writes carry it), else the plan task with the same title (folded) under the same lead.
 * A title that is only close is never merged: a warning asks to confirm, and until then the row is
 * outside the plan and the plan task unreported. Two rows of one plan task are one task: with
 * different statuses that is an error naming both cells (which one is right is for the clerk).
 */
import type { Issue } from '../model/issue.js';
import { formatLocation } from '../model/issue.js';
import type { Deadline, Task } from '../model/records.js';
import { issue } from '../i18n/issues.js';
import { fold, shorten } from '../model/text.js';
import { editDistance } from './suggest.js';

export interface PlanMatch {
  /** One per plan task, in the plan's order: the report's status and dates on the plan's id, title, lead, deadline and area. */
  tasks: Task[];
  /** Reported tasks the plan does not list ("ngoài kế hoạch"). */
  outside: Task[];
  /** Rows that report a plan task another row reported first (counted once, as the first says). */
  repeated: Task[];
  issues: Issue[];
}

export function matchPlan(plan: readonly Task[], reported: readonly Task[]): PlanMatch {
  const issues: Issue[] = [];
  const byId = new Map<string, number>();
  const byTitle = new Map<string, number>();
  plan.forEach((p, i) => {
    byId.set(fold(p.writtenId ?? p.id), i);
    byTitle.set(titleKey(p.title, p.lead), i);
  });
  const reports: (Task | undefined)[] = plan.map(() => undefined);
  const outside: Task[] = [];
  const repeated: Task[] = [];
  for (const r of reported) {
    const found = (r.writtenId !== undefined ? byId.get(fold(r.writtenId)) : undefined) ?? byTitle.get(titleKey(r.title, r.lead));
    if (found === undefined) {
      const near = plan.find((p) => p.lead === r.lead && nearTitle(p.title, r.title));
      if (near) issues.push(issue('plan-near-match', r.source, { title: shorten(r.title), planTitle: shorten(near.title), planId: near.writtenId ?? near.id, plan: formatLocation(near.source) }));
      outside.push(r);
      continue;
    }
    const first = reports[found];
    if (!first) {
      reports[found] = r;
      continue;
    }
    repeated.push(r);
    if (first.status !== r.status) {
      const at = (t: Task) => formatLocation({ ...t.source, ...(t.statusColumn ? { column: t.statusColumn } : {}) });
      issues.push(issue('plan-task-conflict', { ...r.source, column: r.statusColumn }, { id: plan[found]!.writtenId ?? plan[found]!.id, title: shorten(plan[found]!.title), status: r.statusText, first: at(first), firstStatus: first.statusText }, { value: r.statusText }));
    }
  }
  const tasks = plan.map((p, i) => {
    const r = reports[i];
    if (!r) return p;
    if (r.deadline && p.deadline && !sameDeadline(r.deadline, p.deadline)) {
      issues.push(issue('plan-deadline-differs', r.source, { id: p.writtenId ?? p.id, reported: r.deadline.text, planned: p.deadline.text }, { value: r.deadline.text }));
    }
    return fromReport(p, r);
  });
  return { tasks, outside, repeated, issues };
}

/** The plan's id, title, lead and deadline; the report's status, dates and words; its area when it names one. */
function fromReport(p: Task, r: Task): Task {
  const task: Task = { ...r, id: p.id, title: p.title, lead: p.lead };
  for (const key of ['writtenId', 'stt', 'deadline', 'area', 'areaNumber'] as const) delete task[key];
  if (p.writtenId !== undefined) task.writtenId = p.writtenId;
  if (p.stt !== undefined) task.stt = p.stt;
  const deadline = p.deadline ?? r.deadline;
  if (deadline) task.deadline = deadline;
  // The plan's sections order the areas (I, II … VII): its area, unless the report names another.
  const area = r.area ?? p.area;
  const areaNumber = r.area !== undefined ? r.areaNumber : p.areaNumber;
  if (area !== undefined) task.area = area;
  if (areaNumber !== undefined) task.areaNumber = areaNumber;
  return task;
}

function titleKey(title: string, lead: string): string {
  return `${fold(title)}\u0000${fold(lead)}`;
}

function sameDeadline(a: Deadline, b: Deadline): boolean {
  return a.kind === 'date' && b.kind === 'date' ? a.date === b.date : a.kind === b.kind;
}

/** Close but not equal after folding: a few letters apart (one per eight, three at least), or one title cut short of the other. */
function nearTitle(a: string, b: string): boolean {
  const x = fold(a);
  const y = fold(b);
  if (x === y) return false;
  const shorter = Math.min(x.length, y.length);
  if (shorter >= 20 && (x.startsWith(y) || y.startsWith(x))) return true;
  return editDistance(x, y) <= Math.max(3, Math.floor(shorter / 8));
}
