/** Indicator rows → Indicator records (SPEC §2.3). */
import type { Comparison, Indicator } from '../model/records.js';
import { cellText } from '../read/raw-table.js';
import type { TableContext } from './context.js';
import { fold, tidy } from './fold.js';
import { isPercentUnit, readMeasure, readTarget } from './targets.js';
import { cellDeadline } from './values.js';
import { recordId } from './rows.js';
import { directionWords } from './vocabulary/index.js';

export const indicatorContentFields = ['target', 'actual', 'unit', 'direction'] as const;

const directions = new Map(Object.entries(directionWords).map(([w, c]) => [/^[\p{L}\s]+$/u.test(w) ? fold(w) : w, c]));

export function interpretIndicators(ctx: TableContext): Indicator[] {
  const out: Indicator[] = [];
  const defaultYear = ctx.table.asOf ? Number(ctx.table.asOf.slice(0, 4)) : undefined;
  for (const row of ctx.rows) {
    if (row.kind !== 'record') continue;
    const text = (field: string) => tidy(cellText(ctx.cell(row, field)));
    const title = text('title');
    if (!title) {
      ctx.report(row, 'title', 'error', 'missing-title', 'the indicator has no name (the cell is empty but the row has other content)', { hint: 'write the indicator name, or delete the row' });
      continue;
    }
    const unit = text('unit');
    const percentUnit = isPercentUnit(unit, title);
    const target = readTarget(ctx.cell(row, 'target'), percentUnit);
    const actual = readMeasure(ctx.cell(row, 'actual'), percentUnit || (target?.ok === true && target.value.measure.kind === 'number' && target.value.measure.percent));
    const severity = ctx.options.lenient ? 'warning' : 'error';
    let invalid = false;
    if (!target || !target.ok) {
      ctx.report(row, 'target', severity, target ? 'bad-target' : 'missing-target', target ? target.reason : `the indicator "${title}" has no target`, {
        value: text('target'),
        hint: 'write the target as a number or percent with its comparison, e.g. ≥ 80%, Tối thiểu 50%, ≤ 5%, 1.200, or Hoàn thành',
      });
      invalid = true;
    }
    if (actual && !actual.ok) {
      ctx.report(row, 'actual', severity, 'bad-actual', actual.reason, { value: text('actual'), hint: 'write the result as a number or percent (80,5%), or Hoàn thành / Chưa hoàn thành' });
      invalid = true;
    }
    if (invalid && !ctx.options.lenient) continue;
    const yesNoTarget = target?.ok === true && target.value.measure.kind === 'yesno';
    let direction: Comparison = (target?.ok && target.value.direction) || (yesNoTarget ? '=' : '>=');
    const dirText = text('direction');
    if (dirText) {
      const d = directions.get(/^[\p{L}\s]+$/u.test(dirText) ? fold(dirText) : dirText.replace(/\s+/g, ''));
      if (d) direction = d;
      else ctx.report(row, 'direction', 'warning', 'bad-direction', `"${dirText}" is not a comparison; ${direction} is used`, { value: dirText, hint: 'write >=, <= or =' });
    }
    const ind: Indicator = {
      id: text('id') || recordId(text('stt'), row),
      title,
      target: target?.ok ? target.value.measure : { kind: 'number', value: 0, percent: false },
      targetText: text('target'),
      actualText: text('actual'),
      direction,
      source: ctx.source(row),
    };
    if (invalid) ind.invalid = true;
    if (actual?.ok) ind.actual = actual.value;
    const stt = text('stt');
    if (stt) ind.stt = stt;
    const area = text('area') || row.area;
    if (area) ind.area = area;
    if (unit) ind.unit = unit;
    const lead = ctx.options.units.canonical(text('lead') || ctx.options.unit || '');
    if (lead) ind.lead = lead;
    const deadline = cellDeadline(ctx.cell(row, 'deadline'), ctx.raw.date1904, defaultYear);
    if (deadline?.ok) ind.deadline = deadline.value;
    const note = text('note');
    if (note) ind.note = note;
    out.push(ind);
  }
  return out;
}
