/** The indicators section (SPEC §4.1): met / not met / not reported, by area. */
import type { Indicator, IsoDate, Measure } from '../model/records.js';
import type { IndicatorItem, IndicatorsSection, IndicatorStatus } from '../model/summary.js';
import { meets } from '../interpret/targets.js';
import { healthOf, rate } from './health.js';
import { type Thresholds } from '../model/config.js';
import { groupBy, inPlanOrder } from './tasks.js';

export function indicatorStatus(ind: Indicator): IndicatorStatus | 'invalid' {
  if (ind.invalid) return 'invalid';
  if (!ind.actual || !ind.target) return 'not_reported';
  const m = meets(ind.actual, ind.target, ind.direction);
  return m === null ? 'invalid' : m ? 'met' : 'not_met';
}

const plain = (m: Measure | undefined): number | boolean | null => (m === undefined ? null : m.value);
const isPercent = (m: Measure | undefined): boolean => m?.kind === 'number' && m.percent;

export function summarizeIndicators(list: readonly Indicator[], asOf: IsoDate, thresholds: Thresholds): IndicatorsSection {
  const items: IndicatorItem[] = list.map((ind) => ({
    id: ind.id,
    title: ind.title,
    area: ind.area ?? null,
    unit: ind.unit ?? null,
    target: plain(ind.target),
    targetText: ind.targetText,
    actual: plain(ind.actual),
    actualText: ind.actualText,
    // With no target written, the result says whether the indicator is a percentage.
    percent: isPercent(ind.target ?? ind.actual),
    direction: ind.direction,
    status: indicatorStatus(ind),
    lead: ind.lead ?? null,
    note: ind.note ?? null,
  }));
  const met = items.filter((i) => i.status === 'met').length;
  const metRate = rate(met, items.length);
  const byArea = inPlanOrder([...groupBy(items.filter((i) => i.area !== null), (i) => i.area!).entries()], list)
    .map(([area, group]) => ({ area, total: group.length, met: group.filter((i) => i.status === 'met').length }));
  return {
    asOf,
    total: items.length,
    met,
    notMet: items.filter((i) => i.status === 'not_met').length,
    notReported: items.filter((i) => i.status === 'not_reported').length,
    invalid: items.filter((i) => i.status === 'invalid').length,
    metRate,
    health: healthOf(metRate, thresholds),
    byArea,
    items,
  };
}
