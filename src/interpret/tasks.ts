/** Task rows → Task records (SPEC §2.2). */
import type { Task } from '../model/records.js';
import { cellText } from '../read/raw-table.js';
import type { TableContext } from './context.js';
import { recordId } from './rows.js';
import { tidy } from './fold.js';
import { readStatus } from './status.js';
import { cellDate, cellDeadline, cellNumber } from './values.js';
import { acceptedStatusExamples, unassignedUnit } from './vocabulary/index.js';

export const taskContentFields = ['status', 'lead', 'deadline', 'completedOn', 'progress', 'evidence'] as const;

export function interpretTasks(ctx: TableContext): Task[] {
  const tasks: Task[] = [];
  const defaultYear = ctx.table.asOf ? Number(ctx.table.asOf.slice(0, 4)) : undefined;
  for (const row of ctx.rows) {
    if (row.kind !== 'record') continue;
    const text = (field: string) => tidy(cellText(ctx.cell(row, field)));
    const title = text('title');
    if (!title) {
      ctx.report(row, 'title', 'error', 'missing-title', 'the task has no title (the title cell is empty but the row has other content)', {
        hint: 'write the task in the title column, or delete the row',
      });
      continue;
    }
    const statusText = text('status');
    const reading = readStatus(statusText);
    let status: Task['status'];
    if (reading) status = reading.status;
    else {
      ctx.report(row, 'status', ctx.options.lenient ? 'warning' : 'error', 'bad-status', `"${statusText}" is not a known status`, {
        value: statusText,
        hint: `use one of: ${acceptedStatusExamples.join(', ')}`,
      });
      if (!ctx.options.lenient) continue;
      status = 'invalid';
    }
    const leadText = text('lead') || ctx.options.unit || '';
    let lead = ctx.options.units.canonical(leadText);
    if (!lead) {
      lead = unassignedUnit;
      ctx.report(row, 'lead', 'warning', 'missing-lead', `the task "${short(title)}" has no lead unit; it is counted under "${unassignedUnit}"`, {
        hint: 'write the lead unit (Đơn vị chủ trì) in this cell',
      });
    }
    const stt = text('stt');
    const id = text('id') || recordId(stt, row);
    const task: Task = { id, title, lead, status, statusText, source: ctx.source(row) };
    if (stt) task.stt = stt;
    const area = text('area') || row.area;
    if (area) task.area = area;
    if (reading?.claim) task.claim = reading.claim;
    const statusColumn = ctx.column('status')?.letter;
    if (statusColumn) task.statusColumn = statusColumn;

    const deadline = cellDeadline(ctx.cell(row, 'deadline'), ctx.raw.date1904, defaultYear);
    if (deadline?.ok) task.deadline = deadline.value;
    else if (deadline) {
      const dateLike = /\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{2,4}/.test(text('deadline'));
      ctx.report(row, 'deadline', dateLike ? 'error' : 'warning', 'bad-deadline', dateLike ? deadline.reason : `${deadline.reason}; the task is treated as having no deadline`, {
        value: text('deadline'),
        hint: 'write the deadline as dd/mm/yyyy (30/06/2024), a period (Quý IV/2024, Tháng 10/2024, Năm 2024) or Thường xuyên',
      });
      if (dateLike && !ctx.options.lenient) continue;
    }
    const completed = cellDate(ctx.cell(row, 'completedOn'), ctx.raw.date1904);
    if (completed?.ok) task.completedOn = completed.value;
    else if (completed) {
      ctx.report(row, 'completedOn', 'error', 'bad-date', completed.reason, { value: text('completedOn'), hint: 'write the date as dd/mm/yyyy, e.g. 25/10/2024' });
      if (!ctx.options.lenient) continue;
    }
    const progress = cellNumber(ctx.cell(row, 'progress'));
    if (progress?.ok) {
      const fraction = progress.value.percent || progress.value.value <= 1 ? progress.value.value : progress.value.value / 100;
      if (fraction < 0 || fraction > 1) ctx.report(row, 'progress', 'warning', 'bad-percent', `progress ${text('progress')} is outside 0–100%; it is ignored`, { value: text('progress') });
      else task.progress = fraction;
    } else if (progress) ctx.report(row, 'progress', 'warning', 'bad-number', `${progress.reason}; progress is ignored`, { value: text('progress') });
    const evidence = text('evidence');
    if (evidence) task.evidence = evidence;
    const note = text('note');
    if (note) task.note = note;
    tasks.push(task);
  }
  return tasks;
}

function short(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
