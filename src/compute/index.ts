/**
 * compute: records + asOf → Summary. Pure: time comes in as `today`, never from the clock.
 * Each section uses `asOf` if given, else the as-of its tables state, else the report's date,
 * else today (SPEC §3).
 */
import type { Issue } from '../model/issue.js';
import { compareIssues } from '../model/issue.js';
import type { DataKind, IsoDate, LevelDef, Records } from '../model/records.js';
import type { Succession, Summary } from '../model/summary.js';
import { defaultLang, type Lang } from '../model/lang.js';
import { inLanguage } from '../i18n/issues.js';
import { chooseAsOf } from './as-of.js';
import { buildReceipts, type ReceiptInputs } from './receipts.js';
import { defaultThresholds, type Thresholds } from '../model/config.js';
import { summarizeTasks } from './tasks.js';
import { summarizePlan } from './plan.js';
import { summarizeIndicators } from './indicators.js';
import { summarizeDossiers } from './dossiers.js';
import { summarizeFeedback } from './feedback.js';
import { standingsOf, unitsStanding } from './standings.js';
import { applySuccessions, successionsAsOf, Successors } from './successors.js';

export interface SummaryOptions {
  title: string;
  organization?: string;
  /** Place name of the date line (config `place`). */
  place?: string;
  /** `--as-of` or the config's asOf. */
  asOf?: IsoDate;
  today: IsoDate;
  nearDueDays?: number;
  thresholds?: Thresholds;
  /** Who must report (config `expectedUnits`), canonical names. */
  expectedUnits?: readonly string[];
  period?: Summary['period'];
  /** The report language: every issue's message and fix are written in it (default Vietnamese). */
  lang?: Lang;
  /** Config `leagueSize` (default 10). */
  leagueSize?: number;
  /** Config `tasksPerUnit` (default 5): unfinished tasks the brief lists per lead unit. */
  tasksPerUnit?: number;
  /** Config `levels`: the order of the level rows and the ones it adds (absent: the three tiers). */
  levels?: readonly LevelDef[];
  /** Department mergers (built-in table with the config's formerNames); those in effect at the report's as-of apply. */
  successions?: readonly Succession[];
  /** The files read and what became of their tables, for the receipts (SPEC §4.6). */
  inputs?: ReceiptInputs;
}

export function summarize(written: Records, readIssues: readonly Issue[], opts: SummaryOptions): Summary {
  const thresholds = opts.thresholds ?? defaultThresholds;
  // The report is dated by the plan's tasks when their tables state a date (the meeting's first
  // figure), else by the first section that does; a section whose tables state none (a feedback
  // list without a title) takes the report's date rather than today, so reruns stay identical.
  const chosen = chooseAsOf(written.statedAsOf, opts.asOf, opts.today);
  const reportAsOf = chosen.report;
  const successions = successionsAsOf(opts.successions ?? [], reportAsOf);
  const { records, formers } = applySuccessions(written, successions);
  const successors = new Successors(successions);
  const expected = [...new Set((opts.expectedUnits ?? []).map((u) => successors.resolve(u).unit))];
  const asOfFor = (kind: DataKind) => chosen.section[kind];
  const issues: Issue[] = [...readIssues, ...chosen.issues];
  let tasks: Summary['tasks'] = null;
  if (records.kindsSeen.has('tasks')) {
    const t = summarizeTasks(records.tasks, {
      asOf: asOfFor('tasks'),
      nearDueDays: opts.nearDueDays ?? 3,
      thresholds,
      ...(opts.leagueSize !== undefined ? { leagueSize: opts.leagueSize } : {}),
      ...(opts.tasksPerUnit !== undefined ? { tasksPerUnit: opts.tasksPerUnit } : {}),
    });
    tasks = t.section;
    for (const row of tasks.byUnit) {
      const includes = formers.of(row.unit);
      if (includes) row.includes = includes;
    }
    issues.push(...t.issues);
  }
  const plan = records.plan && tasks ? summarizePlan(records.plan, tasks) : null;
  const indicators = records.kindsSeen.has('indicators') ? summarizeIndicators(records.indicators, asOfFor('indicators'), thresholds) : null;
  // Record-level figures are as of the period's end when that comes first (SPEC §3).
  const periodAsOf = (asOf: IsoDate) => (opts.period && opts.period.to < asOf ? opts.period.to : asOf);
  let dossiers: Summary['dossiers'] = null;
  if (records.kindsSeen.has('dossiers')) {
    const d = summarizeDossiers(records.dossiers, periodAsOf(asOfFor('dossiers')), opts.period ?? null, opts.levels);
    dossiers = opts.levels ? { ...d.section, levels: [...opts.levels] } : d.section;
    issues.push(...d.issues);
  }
  let feedback: Summary['feedback'] = null;
  if (records.kindsSeen.has('feedback')) {
    const f = summarizeFeedback(records.feedback, asOfFor('feedback'), opts.period ?? null);
    feedback = f.section;
    issues.push(...f.issues);
  }
  const lang = opts.lang ?? defaultLang;
  const items = (lang === defaultLang ? issues : issues.map((i) => inLanguage(i, lang))).sort(compareIssues);
  const received = buildReceipts(opts.inputs ?? { files: [], tables: [] }, items, expected, (u) => successors.resolve(u).unit, reportedUnits(records), lang);
  const standings = standingsOf({ tasks, indicators, receipts: received.receipts, expected });
  return {
    schemaVersion: 1,
    title: opts.title,
    organization: opts.organization ?? null,
    place: opts.place ?? null,
    asOf: reportAsOf,
    period: opts.period ?? null,
    tasks,
    indicators,
    dossiers,
    feedback,
    ...(plan ? { plan } : {}),
    unitsNotReported: unitsStanding(standings, 'not_reported').map((s) => s.unit),
    standings,
    comparison: null,
    ...(successions.length > 0 ? { successions } : {}),
    issues: {
      errors: items.filter((i) => i.severity === 'error').length,
      warnings: items.filter((i) => i.severity === 'warning').length,
      items,
    },
    inputs: received.inputs,
    receipts: received.receipts,
  };
}

/** Units with a task status or an indicator result of their own in the records. */
function reportedUnits(records: Records): string[] {
  const reported = new Set<string>();
  for (const t of records.tasks) if (t.status !== 'not_reported') reported.add(t.lead);
  for (const i of records.indicators) if (i.lead && i.actual) reported.add(i.lead);
  return [...reported];
}
