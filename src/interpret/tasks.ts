/**
 * Task rows → Task records (SPEC §2.2). Every cell of a row is checked, so a row with three
 * mistakes gets three issues at once. A row with an error is left out (strict), or kept with
 * status `invalid` under --lenient: counted in that bucket, never dropped.
 */
import type { Task } from '../model/records.js';
import type { RowReader, TableContext } from './context.js';
import { recordId, type ClassifiedRow } from './rows.js';
import { cellText, ownCell } from '../read/raw-table.js';
import { fieldScore, type HeaderColumn } from './header-match.js';
import { shorten, tidy } from '../model/text.js';
import { isStatusColumnName, readStatus, suggestStatus } from './status.js';
import { cellDate, cellDeadline, cellNumber } from './values.js';
import { acceptedStatusExamples, fieldDefs, unassignedUnit } from './vocabulary/index.js';
import { leadUnitOf } from './units.js';
import { decideByCells } from './column-cells.js';
import { issue } from '../i18n/issues.js';

export const taskContentFields = ['status', 'lead', 'deadline', 'completedOn', 'progress', 'evidence'] as const;
export const taskResultFields = ['status', 'completedOn', 'progress'] as const;

export function interpretTasks(ctx: TableContext): Task[] {
  const tasks: Task[] = [];
  const defaultYear = ctx.table.asOf ? Number(ctx.table.asOf.slice(0, 4)) : undefined;
  const ticks = tickColumns(ctx);
  if (!ticks) chooseStatusColumn(ctx);
  const records = ctx.rows.filter((r) => r.kind === 'record').map((r) => r.raw);
  for (const column of decideByCells(ctx.match, ctx.table.columns, records, ctx.raw.date1904)) {
    ctx.issues.push(issue('ambiguous-column', { file: ctx.raw.file, sheet: ctx.raw.sheet, column: column.letter }, { column: column.letter, header: column.text }));
  }
  for (const row of ctx.rows) {
    if (row.kind === 'subheading') reportHeadingStatus(ctx, row);
    if (row.kind !== 'record') continue;
    const task = readTask(ctx, row, defaultYear, ticks);
    if (task) tasks.push(task);
  }
  return tasks;
}

/** A heading over numbered items (`1.` over `1.1`) is not a task: a status written on it is not counted, so say so. */
function reportHeadingStatus(ctx: TableContext, row: ClassifiedRow): void {
  const status = tidy(cellText(ctx.cell(row, 'status')));
  if (!status) return;
  ctx.report(row, 'status', 'heading-status', { status }, { value: status });
}

/**
 * Reports often have a narrative `Kết quả thực hiện` (`Đã ban hành Kế hoạch số 12/KH-UBND…`)
 * beside the status (`Tình trạng`, `Đánh giá`). Both are named like a status, and the header
 * alone picks the longer name; the cells decide instead: the status is the column whose cells
 * read as statuses most often. The narrative one, when it loses, is kept as the note.
 */
function chooseStatusColumn(ctx: TableContext): void {
  const current = ctx.column('status');
  const statusDef = fieldDefs.tasks.find((d) => d.field === 'status')!;
  const used = new Set([...ctx.match.fields.values()].filter((c) => c !== current));
  const candidates = ctx.table.columns.filter((c) => !used.has(c) && fieldScore(c, statusDef) > 0);
  if (!current || candidates.length < 2) return;
  const records = ctx.rows.filter((r) => r.kind === 'record');
  const statusCells = (c: HeaderColumn) =>
    records.filter((r) => {
      const text = cellAt(r, c);
      return text !== '' && readStatus(text) !== null;
    }).length;
  // The current column wins ties: counted first, a later one must read as statuses more often.
  const counted = [current, ...candidates.filter((c) => c !== current)].map((column) => ({ column, cells: statusCells(column) }));
  const best = counted.reduce((a, b) => (b.cells > a.cells ? b : a)).column;
  if (best === current) return;
  ctx.match.fields.set('status', best);
  if (!ctx.match.fields.has('note')) ctx.match.fields.set('note', current);
}

/**
 * `Đã hoàn thành | Đang thực hiện | Chưa thực hiện`, one of them ticked per row: the status of a
 * tracker that has no status column. Two such columns at least, or it is not this layout.
 */
function tickColumns(ctx: TableContext): HeaderColumn[] | null {
  const ticks = ctx.table.columns.filter((c) => isStatusColumnName(c.parts[c.parts.length - 1] ?? ''));
  if (ticks.length < 2) return null;
  // A parent such as `Tiến độ thực hiện` may have given a tick column to another field: it holds ticks, not that field.
  for (const [field, column] of ctx.match.fields) if (field !== 'status' && ticks.includes(column)) ctx.match.fields.delete(field);
  return ticks;
}

/** The status a row's tick gives (the ticked column's name), '' for none; null after reporting two ticks. */
function tickedStatus(ctx: TableContext, row: ClassifiedRow, ticks: readonly HeaderColumn[], error: RowReader['error']): string | null {
  const ticked = ticks.filter((c) => cellAt(row, c) !== '');
  if (ticked.length <= 1) return ticked[0]?.parts[ticked[0].parts.length - 1] ?? '';
  error('status', 'bad-status', { ticked: ticked.map((c) => ({ column: c.letter, name: c.parts[c.parts.length - 1] ?? '' })) });
  return null;
}

/** The row's own text in a column no field names (a merged cell's copy is not the row's own). */
function cellAt(row: ClassifiedRow, column: HeaderColumn): string {
  return tidy(cellText(ownCell(row.raw.cells[column.index], row.raw.row)));
}

function readTask(ctx: TableContext, row: ClassifiedRow, defaultYear: number | undefined, ticks: readonly HeaderColumn[] | null): Task | null {
  const { text, error, state } = ctx.rowReader(row);

  const title = text('title');
  if (!title) {
    error('title', 'missing-title', { kind: 'tasks' });
  }
  const ticked = ticks ? tickedStatus(ctx, row, ticks, error) : text('status');
  const statusText = ticked ?? '';
  // `Chưa báo cáo`, `Đang cập nhật`, `-` in the status cell: the unit has not reported (an information line, not an unknown status).
  const unreported = ticks === null && ctx.placeholder(row, 'status', 'status', false);
  const reading = ticked === null ? null : unreported ? { status: 'not_reported' as const } : readStatus(statusText);
  if (ticked !== null && !reading) {
    const suggestion = suggestStatus(statusText);
    const params = { value: statusText, lettersLost: statusText.includes('?'), accepted: [...acceptedStatusExamples] };
    error('status', 'bad-status', suggestion ? { ...params, suggestion } : params, { value: statusText });
  }
  // No lead column: the file's unit leads (or, when nothing names it, one table-level error says so).
  const hasLeadColumn = ctx.column('lead') !== undefined;
  let lead = hasLeadColumn ? ctx.unitOf(leadUnitOf(text('lead')) || (ctx.fileUnit?.source === 'option' ? ctx.fileUnit.name : '')) : ctx.fileUnit ? ctx.options.units.canonical(ctx.fileUnit.name) : unassignedUnit;
  if (!lead) {
    lead = unassignedUnit;
    ctx.report(row, 'lead', 'missing-lead', { title: shorten(title), unassigned: unassignedUnit });
  }
  const deadline = ctx.placeholder(row, 'deadline', 'deadline', false) ? null : cellDeadline(ctx.cell(row, 'deadline'), ctx.raw.date1904, defaultYear);
  if (deadline && !deadline.ok) {
    // A date that does not exist is a mistake to fix; a wording we do not know only loses the deadline.
    const dateLike = /\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{2,4}/.test(text('deadline'));
    const value = { value: text('deadline') };
    if (dateLike) error('deadline', 'bad-deadline', { reason: deadline.reason, then: 'rejected', of: 'task' }, value);
    else ctx.report(row, 'deadline', 'bad-deadline', { reason: deadline.reason, then: 'no-deadline', of: 'task' }, value);
  }
  const completed = ctx.placeholder(row, 'completedOn', 'date', false) ? null : cellDate(ctx.cell(row, 'completedOn'), ctx.raw.date1904);
  if (completed && !completed.ok) error('completedOn', 'bad-date', { reason: completed.reason, then: 'rejected' }, { value: text('completedOn') });
  const progress = ctx.placeholder(row, 'progress', 'progress') ? null : cellNumber(ctx.cell(row, 'progress'));
  let fraction: number | undefined;
  if (progress?.ok) {
    const f = progress.value.percent || progress.value.value <= 1 ? progress.value.value : progress.value.value / 100;
    if (f >= 0 && f <= 1) fraction = f;
    else {
      ctx.report(row, 'progress', 'bad-percent', { field: 'progress', value: text('progress') }, { value: text('progress') });
    }
  } else if (progress) {
    ctx.report(row, 'progress', 'bad-number', { reason: progress.reason }, { value: text('progress') });
  }
  if (state.invalid && !ctx.options.lenient) return null;
  const dated = deadline?.ok === true && deadline.value.kind !== 'recurring';
  if (!state.invalid && !completed && reading?.status === 'done' && ctx.column('completedOn') && dated) {
    // Whether a done task was late is read from this date: without it the task counts as on time.
    // Recurring work, or a task with no deadline, cannot be late, so its blank date changes nothing.
    ctx.report(row, 'completedOn', 'missing-completion-date', { title: shorten(title), status: statusText });
  }

  const stt = text('stt');
  const task: Task = { id: text('id') || recordId(stt, row), title, lead, status: state.invalid ? 'invalid' : reading!.status, statusText, source: ctx.source(row) };
  if (stt) task.stt = stt;
  if (text('id')) task.writtenId = text('id');
  const area = text('area') || row.area;
  if (area) task.area = area;
  if (!text('area') && row.sectionNumber !== undefined && row.area !== undefined) task.areaNumber = row.sectionNumber;
  if (!state.invalid && reading?.claim) task.claim = reading.claim;
  const statusColumn = ctx.column('status')?.letter;
  if (statusColumn) task.statusColumn = statusColumn;
  if (deadline?.ok) task.deadline = deadline.value;
  if (completed?.ok) task.completedOn = completed.value;
  if (fraction !== undefined) task.progress = fraction;
  const evidence = text('evidence');
  if (evidence) task.evidence = evidence;
  const note = text('note');
  if (note) task.note = note;
  return task;
}
