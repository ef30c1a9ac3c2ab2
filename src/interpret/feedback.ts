/**
 * Feedback tables → FeedbackStats (SPEC §2.5). Two shapes: one row per sector with a count
 * (`Lĩnh vực | Số phản ánh kiến nghị | Đã xử lý`), checked against the table's total row; or one
 * row per item with its receipt date and status, which compute counts within the period.
 */
import type { FeedbackStats } from '../model/records.js';
import { issue } from '../i18n/issues.js';
import { because } from '../i18n/reasons.js';
import { cellText } from '../read/raw-table.js';
import type { TableContext } from './context.js';
import { fold, tidy } from '../model/text.js';
import type { HeaderColumn } from './header-match.js';
import type { ClassifiedRow } from './rows.js';
import { checkTableTotals } from './totals.js';
import { cellDate, cellNumber } from './values.js';
import { placeholderText } from './placeholders.js';
import { feedbackStatusWords, unassignedSector } from './vocabulary/index.js';

export const feedbackContentFields = ['total', 'resolved', 'pending', 'status', 'receivedOn', 'content', 'code'] as const;

const statuses = new Map(Object.entries(feedbackStatusWords).map(([w, s]) => [fold(w), s]));

export function interpretFeedback(ctx: TableContext): FeedbackStats[] {
  return ctx.column('total') ? bySector(ctx) : byItem(ctx);
}

function bySector(ctx: TableContext): FeedbackStats[] {
  const out: FeedbackStats[] = [];
  const counted = new Set<ClassifiedRow['raw']>();
  for (const row of ctx.rows) {
    if (row.kind !== 'record') continue;
    const total = count(ctx, row, 'total');
    const resolved = count(ctx, row, 'resolved');
    const pending = count(ctx, row, 'pending');
    if (total === null || resolved === null || pending === null) continue;
    // A sector whose count says `Chưa báo cáo` reported nothing: not a sector with 0 items (the information line says so).
    if (total === undefined && says(ctx, row, 'total') === 'placeholder') continue;
    const sector = sectorOf(ctx, row);
    const t = total ?? 0;
    // A table without a resolved or pending column, or a row with a placeholder there, does not say how many were resolved: null, never 0.
    const reports = says(ctx, row, 'resolved') === 'column' || says(ctx, row, 'pending') === 'column';
    const r = resolved ?? (pending !== undefined ? t - pending : reports ? 0 : null);
    if (resolved !== undefined && pending !== undefined && t !== resolved + pending) {
      ctx.report(row, 'total', 'feedback-identity', { total: t, resolved, pending }, { value: String(t) });
    } else if (r !== null && (r > t || r < 0)) {
      ctx.report(row, 'resolved', 'feedback-identity', { total: t, resolved: r }, { value: String(r) });
    }
    out.push({ sector, total: t, resolved: r, source: ctx.source(row) });
    counted.add(row.raw);
  }
  const columns = ['total', 'resolved', 'pending'].map((f) => ctx.column(f)).filter((c): c is HeaderColumn => c !== undefined);
  ctx.issues.push(...checkTableTotals({ file: ctx.raw.file, sheet: ctx.raw.sheet }, ctx.rows, counted, columns));
  return out;
}

function byItem(ctx: TableContext): FeedbackStats[] {
  const out: FeedbackStats[] = [];
  for (const row of ctx.rows) {
    if (row.kind !== 'record') continue;
    const sector = sectorOf(ctx, row);
    if (!ctx.column('status')) {
      out.push(dated(ctx, row, { sector, total: 1, resolved: null, source: ctx.source(row) }));
      continue;
    }
    const statusText = tidy(cellText(ctx.cell(row, 'status')));
    let status = statuses.get(fold(statusText));
    if (!status) {
      status = 'pending';
      ctx.report(row, 'status', 'bad-feedback-status', { value: statusText, accepted: Object.keys(feedbackStatusWords).slice(0, 6) }, { value: statusText });
    }
    out.push(dated(ctx, row, { sector, total: 1, resolved: status === 'resolved' ? 1 : 0, source: ctx.source(row) }));
  }
  return out;
}

/** The item with its receipt date, when the cell holds one. */
function dated(ctx: TableContext, row: ClassifiedRow, item: FeedbackStats): FeedbackStats {
  const date = cellDate(ctx.cell(row, 'receivedOn'), ctx.raw.date1904);
  if (date?.ok) item.receivedOn = date.value;
  else if (date) ctx.report(row, 'receivedOn', 'bad-date', { reason: date.reason, then: 'any-period' }, { value: tidy(cellText(ctx.cell(row, 'receivedOn'))), severity: 'warning' });
  return item;
}

function sectorOf(ctx: TableContext, row: ClassifiedRow): string {
  const sector = tidy(cellText(ctx.cell(row, 'sector')));
  if (sector) return sector;
  ctx.report(row, 'sector', 'missing-sector', { unassigned: unassignedSector });
  return unassignedSector;
}

/** Whether the table has a column for `field` and the row's cell is a figure there, or a placeholder. */
function says(ctx: TableContext, row: ClassifiedRow, field: string): 'column' | 'placeholder' | 'none' {
  if (ctx.column(field) === undefined) return 'none';
  return placeholderText(ctx.cell(row, field), true) === null ? 'column' : 'placeholder';
}

/** A count cell: undefined when blank, absent or a placeholder (`Chưa báo cáo`: not reported), null (after an issue) when not a whole number ≥ 0. */
function count(ctx: TableContext, row: ClassifiedRow, field: string): number | undefined | null {
  if (ctx.placeholder(row, field, 'count')) return undefined;
  const parsed = cellNumber(ctx.cell(row, field));
  if (!parsed) return undefined;
  if (parsed.ok && !parsed.value.percent && Number.isInteger(parsed.value.value) && parsed.value.value >= 0) return parsed.value.value;
  const text = tidy(cellText(ctx.cell(row, field)));
  ctx.issues.push(issue('bad-count', ctx.at(row.raw.row, field), { reason: parsed.ok ? because('not-a-count', { text }) : parsed.reason, lenient: false, of: 'items' }, { value: text }));
  return null;
}
