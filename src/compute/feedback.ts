/**
 * The feedback section (SPEC §4.1): total, resolved and by sector. Items that carry a receipt
 * date are counted within the period and up to asOf; the others are reported, never dropped
 * silently.
 */
import type { Issue } from '../model/issue.js';
import { issue } from '../i18n/issues.js';
import type { FeedbackStats, IsoDate } from '../model/records.js';
import type { FeedbackSection, SectionPeriod } from '../model/summary.js';
import { fold, byName } from '../model/text.js';
import { rate } from './health.js';

const topSectorCount = 3;

/** Resolved over received; unknown when no table reports resolved items (absent is not zero). */
export function resolvedRate(resolved: number | null, total: number): number | null {
  return resolved === null ? null : rate(resolved, total);
}

/** The sectors with the most items, most first: positions in `bySector`. */
export function topSectorsOf(bySector: readonly { sector: string; total: number }[]): number[] {
  return bySector
    .map((_, i) => i)
    .sort((a, b) => bySector[b]!.total - bySector[a]!.total || byName(bySector[a]!.sector, bySector[b]!.sector))
    .slice(0, topSectorCount);
}

export function summarizeFeedback(items: readonly FeedbackStats[], asOf: IsoDate, period: SectionPeriod | null): { section: FeedbackSection; issues: Issue[] } {
  const from = period?.from ?? null;
  const to = period && period.to < asOf ? period.to : asOf;
  const sectors = new Map<string, { sector: string; total: number; resolved: number | null }>();
  const outside = new Map<string, number>();
  let dated = false;
  for (const item of items) {
    if (item.receivedOn !== undefined) {
      dated = true;
      if (item.receivedOn > to || (from !== null && item.receivedOn < from)) {
        outside.set(item.source.file, (outside.get(item.source.file) ?? 0) + 1);
        continue;
      }
    }
    const key = fold(item.sector);
    const s = sectors.get(key) ?? { sector: item.sector, total: 0, resolved: null };
    s.total += item.total;
    // Summed over what reports it: a table without a resolved column leaves the figure as it is.
    if (item.resolved !== null) s.resolved = (s.resolved ?? 0) + item.resolved;
    sectors.set(key, s);
  }
  const bySector = [...sectors.values()]
    .sort((a, b) => b.total - a.total || byName(a.sector, b.sector))
    .map((x) => ({ ...x, resolvedRate: resolvedRate(x.resolved, x.total) }));
  const total = bySector.reduce((s, x) => s + x.total, 0);
  const resolved = bySector.some((x) => x.resolved !== null) ? bySector.reduce((s, x) => s + (x.resolved ?? 0), 0) : null;
  const issues = [...outside].map(([file, count]) => issue('outside-period', { file }, from !== null ? { records: 'feedback', count, from, to } : { records: 'feedback', count, to }));
  return {
    section: {
      asOf: to,
      total,
      resolved,
      resolvedRate: resolvedRate(resolved, total),
      bySector,
      topSectors: topSectorsOf(bySector),
      period: dated && period ? period : null,
    },
    issues,
  };
}
