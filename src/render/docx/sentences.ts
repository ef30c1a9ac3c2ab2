/**
 * The headline figures as sentences, shared by the full report and the chairman's page. A
 * figure no table reports is written "chưa có số liệu", never 0 (SPEC §4.1, absent is not zero).
 */
import type { OpenTask, Summary } from '../../model/summary.js';
import { labels } from '../../i18n/index.js';
import { coverageNote, formatFraction, formatInteger, formatPercent } from '../format.js';
import { type Lang } from '../../model/lang.js';
import { periodOpening } from '../document.js';
import { openGroupsFor } from '../../compute/tasks.js';
import { resolvedRate } from '../../compute/feedback.js';
import { byLevelPhrase } from '../level-labels.js';

export function headlineSentences(summary: Summary, lang: Lang): string[] {
  const L = labels[lang];
  const R = L.report;
  const int = (n: number | null | undefined) => (typeof n === 'number' ? formatInteger(n, lang) : R.absent);
  const pct = (r: number | null | undefined) => (r === undefined || r === null ? R.absent : formatPercent(r, lang));
  const out: string[] = [];
  const t = summary.tasks;
  if (t) {
    out.push(
      R.tasks({
        total: int(t.total),
        fraction: formatFraction(t.done, t.total, lang),
        rate: pct(t.completionRate),
        late: t.doneLate > 0 ? int(t.doneLate) : null,
        due: int(t.due),
        dueFraction: formatFraction(t.doneOfDue, t.due, lang),
        dueRate: pct(t.dueCompletionRate),
        overdue: int(t.overdue),
      }),
    );
  }
  const ind = summary.indicators;
  if (ind) out.push(R.indicators({ fraction: formatFraction(ind.met, ind.total, lang), rate: pct(ind.metRate), notReported: ind.notReported > 0 ? int(ind.notReported) : null }));
  const d = summary.dossiers;
  if (d) {
    out.push(
      R.dossiers({
        when: periodOpening(summary.period, d.asOf, lang),
        received: int(d.received),
        receivedNote: coverageNote(d.coverage?.received, lang),
        byLevel: byLevelPhrase(d, lang),
        resolved: int(d.resolved),
        resolvedNote: coverageNote(d.coverage?.resolved, lang),
        onTime: int(d.resolvedOnTime),
        onTimeRate: pct(d.onTimeRate),
        pending: int(d.pending),
        pendingNote: coverageNote(d.coverage?.pending, lang),
        online: int(d.online),
        onlineRate: pct(d.onlineRate),
      }),
    );
  }
  const f = summary.feedback;
  if (f) out.push(R.feedback({ when: periodOpening(summary.period, f.asOf, lang), total: int(f.total), resolved: int(f.resolved), rate: pct(f.resolvedRate ?? resolvedRate(f.resolved, f.total)) }));
  return out;
}

/** Overdue tasks by lead unit, in compute's order of the groups (most overdue tasks first) and of the tasks. */
export function overdueByLead(summary: Summary): [string, OpenTask[]][] {
  const t = summary.tasks;
  if (!t) return [];
  return openGroupsFor(t)
    .filter((g) => g.overdue > 0)
    .map((g) => [g.lead, g.tasks.map((i) => t.open[i]!).filter((o) => o.daysOverdue > 0)]);
}
