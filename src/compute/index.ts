/**
 * compute: records + asOf → Summary. Pure: time comes in as `today`, never from the clock.
 * Each section uses `asOf` if given, else the as-of its tables state, else today (SPEC §3).
 */
import type { Issue } from '../model/issue.js';
import { compareIssues } from '../model/issue.js';
import type { IsoDate, Records } from '../model/records.js';
import type { Summary } from '../model/summary.js';
import { fold } from '../interpret/fold.js';
import { defaultThresholds, type Thresholds } from './health.js';
import { summarizeTasks } from './tasks.js';
import { summarizeIndicators } from './indicators.js';

export interface SummaryOptions {
  title: string;
  organization?: string;
  /** `--as-of` or the config's asOf. */
  asOf?: IsoDate;
  today: IsoDate;
  nearDueDays?: number;
  thresholds?: Thresholds;
  /** Who must report (config `expectedUnits`), canonical names. */
  expectedUnits?: readonly string[];
  period?: Summary['period'];
}

export function summarize(records: Records, readIssues: readonly Issue[], opts: SummaryOptions): Summary {
  const thresholds = opts.thresholds ?? defaultThresholds;
  const asOfFor = (kind: keyof Records['tableAsOf']) => opts.asOf ?? records.tableAsOf[kind] ?? opts.today;
  const issues: Issue[] = [...readIssues];
  let tasks: Summary['tasks'] = null;
  if (records.kindsSeen.has('tasks')) {
    const t = summarizeTasks(records.tasks, { asOf: asOfFor('tasks'), nearDueDays: opts.nearDueDays ?? 3, thresholds });
    tasks = t.section;
    issues.push(...t.issues);
  }
  const indicators = records.kindsSeen.has('indicators') ? summarizeIndicators(records.indicators, asOfFor('indicators'), thresholds) : null;
  const sectionAsOfs = [tasks?.asOf, indicators?.asOf].filter((d): d is string => d !== undefined);
  issues.sort(compareIssues);
  return {
    schemaVersion: 1,
    title: opts.title,
    organization: opts.organization ?? null,
    // The report is dated by the plan's tasks when there are any (the first figure of the meeting), else by its first section.
    asOf: opts.asOf ?? sectionAsOfs[0] ?? opts.today,
    period: opts.period ?? null,
    tasks,
    indicators,
    dossiers: null,
    feedback: null,
    unitsNotReported: unitsNotReported(records, opts.expectedUnits ?? []),
    comparison: null,
    issues: {
      errors: issues.filter((i) => i.severity === 'error').length,
      warnings: issues.filter((i) => i.severity === 'warning').length,
      items: issues,
    },
  };
}

/**
 * Expected units that reported nothing: no task they lead has a status, no indicator they lead
 * has a result. Dossier rows do not count: a consolidated form lists every unit whether or not
 * the unit itself sent anything.
 */
function unitsNotReported(records: Records, expected: readonly string[]): string[] {
  const reported = new Set<string>();
  for (const t of records.tasks) if (t.status !== 'not_reported') reported.add(fold(t.lead));
  for (const i of records.indicators) if (i.lead && i.actual) reported.add(fold(i.lead));
  return expected.filter((u) => !reported.has(fold(u)));
}
