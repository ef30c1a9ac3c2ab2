/**
 * Indicator rows → Indicator records (SPEC §2.3). Every cell of a row is checked; a row with an
 * error is left out (strict) or kept as `invalid` under --lenient, counted in that bucket.
 */
import type { Comparison, Indicator, Measure } from '../model/records.js';
import type { TableContext } from './context.js';
import { fold, shorten } from '../model/text.js';
import { isPercentUnit, readMeasure, readTarget } from './targets.js';
import { cellDeadline } from './values.js';
import { recordId, type ClassifiedRow } from './rows.js';
import { directionWords, growthWords, shareWords } from './vocabulary/index.js';
import { leadUnitOf } from './units.js';

export const indicatorContentFields = ['target', 'actual', 'unit', 'direction'] as const;
export const indicatorResultFields = ['target', 'actual'] as const;

const directions = new Map(Object.entries(directionWords).map(([w, c]) => [/^[\p{L}\s]+$/u.test(w) ? fold(w) : w, c]));
const foldedShares = shareWords.map(fold);
const foldedGrowth = growthWords.map(fold);

export function interpretIndicators(ctx: TableContext): Indicator[] {
  const out: Indicator[] = [];
  const defaultYear = ctx.table.asOf ? Number(ctx.table.asOf.slice(0, 4)) : undefined;
  for (const row of ctx.rows) {
    if (row.kind !== 'record') continue;
    const ind = readIndicator(ctx, row, defaultYear);
    if (ind) out.push(ind);
  }
  return out;
}

/** `Tỷ lệ …`, `Tỷ trọng …`: a part of a whole, so never above 100% (unless it is a growth rate). */
function isShare(title: string): boolean {
  const f = fold(title);
  return foldedShares.some((w) => f.startsWith(`${w} `)) && !foldedGrowth.some((w) => ` ${f} `.includes(` ${w} `));
}

function readIndicator(ctx: TableContext, row: ClassifiedRow, defaultYear: number | undefined): Indicator | null {
  const { text, error, state } = ctx.rowReader(row);
  const title = text('title');
  if (!title) {
    error('title', 'missing-title', { kind: 'indicators' });
  }
  const unit = text('unit');
  const percentUnit = isPercentUnit(unit, title);
  // `Đang cập nhật` as the target: not reported, so nothing to judge the result against (not an error).
  const target = ctx.placeholder(row, 'target', 'target', false) ? 'absent' : readTarget(ctx.cell(row, 'target'), percentUnit);
  const read = target === 'absent' ? undefined : target;
  const yesNoTarget = read?.ok === true && read.value.measure.kind === 'yesno';
  // `Đang cập nhật`, `N/A`, `-` as the result: not reported, not a value to judge (`Chưa có` against a yes/no target is one: not met).
  const actual = ctx.placeholder(row, 'actual', 'result', !yesNoTarget)
    ? null
    : readMeasure(
        ctx.cell(row, 'actual'),
        percentUnit || (read?.ok === true && read.value.measure.kind === 'number' && read.value.measure.percent),
        (read?.ok && read.value.change) || 1,
      );
  if (!target) {
    error('target', 'missing-target', { title });
  } else if (target !== 'absent' && !target.ok) {
    error('target', 'bad-target', { reason: target.reason }, { value: text('target') });
  }
  if (actual && !actual.ok) {
    error('actual', 'bad-actual', { reason: actual.reason }, { value: text('actual') });
  }
  const share = isShare(title);
  const checkPercent = (field: 'target' | 'actual', m: Measure | undefined) => {
    if (m?.kind !== 'number' || !m.percent || !share || (m.value >= 0 && m.value <= 1 + 1e-9)) return;
    error(field, 'bad-percent', { field, percent: Math.round(m.value * 10000) / 100, title: shorten(title) }, { value: text(field) });
  };
  checkPercent('target', read?.ok ? read.value.measure : undefined);
  checkPercent('actual', actual?.ok ? actual.value : undefined);

  let direction: Comparison = (read?.ok && read.value.direction) || (yesNoTarget ? '=' : '>=');
  const dirText = text('direction');
  if (dirText) {
    const d = directions.get(/^[\p{L}\s]+$/u.test(dirText) ? fold(dirText) : dirText.replace(/\s+/g, ''));
    if (d) direction = d;
    else ctx.report(row, 'direction', 'bad-direction', { value: dirText, used: direction }, { value: dirText });
  }
  const deadline = cellDeadline(ctx.cell(row, 'deadline'), ctx.raw.date1904, defaultYear);
  if (deadline && !deadline.ok) {
    ctx.report(row, 'deadline', 'bad-deadline', { reason: deadline.reason, then: 'no-deadline', of: 'indicator' }, { value: text('deadline') });
  }
  if (state.invalid && !ctx.options.lenient) return null;

  const ind: Indicator = {
    id: text('id') || recordId(text('stt'), row),
    title,
    targetText: text('target'),
    actualText: text('actual'),
    direction,
    source: ctx.source(row),
  };
  if (state.invalid) ind.invalid = true;
  if (read?.ok) ind.target = read.value.measure;
  else if (target !== 'absent') ind.target = { kind: 'number', value: 0, percent: false };
  if (actual?.ok) ind.actual = actual.value;
  const stt = text('stt');
  if (stt) ind.stt = stt;
  const area = text('area') || row.area;
  if (area) ind.area = area;
  if (!text('area') && row.sectionNumber !== undefined && row.area !== undefined) ind.areaNumber = row.sectionNumber;
  if (unit) ind.unit = unit;
  const lead = ctx.column('lead') !== undefined ? ctx.unitOf(leadUnitOf(text('lead')) || ctx.options.unit || '') : ctx.options.unit ? ctx.options.units.canonical(ctx.options.unit) : '';
  if (lead) ind.lead = lead;
  if (deadline?.ok) ind.deadline = deadline.value;
  const note = text('note');
  if (note) ind.note = note;
  return ind;
}
