/**
 * The report as plain data. SPEC §4.1 is its JSON serialisation: keys here are public and
 * stable (schemaVersion 1); more may be added, none renamed. Rates are fractions 0..1, or null
 * when their denominator is 0. Nothing here is formatted for one output.
 */
import type { Comparison, DossierMeasure, IsoDate, LevelDef, LevelId, TaskStatus, TimingClaim } from './records.js';
import type { Issue } from './issue.js';
import type { InputReceipt, ReceiptsSection } from './receipts.js';

export interface Summary {
  schemaVersion: 1;
  title: string;
  organization: string | null;
  /** Place name of the date line (`Tây Ninh, ngày …`), from the config; null to derive it from the organization. */
  place: string | null;
  asOf: IsoDate;
  /** Reporting period for record-level data, when one was given. */
  period: { from: IsoDate; to: IsoDate; label: string } | null;
  tasks: TasksSection | null;
  indicators: IndicatorsSection | null;
  dossiers: DossiersSection | null;
  feedback: FeedbackSection | null;
  /** The reports matched against the plan (config `plan`, `--plan`); absent when no plan was given. */
  plan?: PlanSection;
  /** Units whose standing is `not_reported` (see `standings`): "chưa báo cáo". */
  unitsNotReported: string[];
  /**
   * Every unit's standing, decided once (compute/standings.ts), worst first: not reported, partly
   * reported, needs pushing, on track, reported. Every output takes a unit's story from here, so
   * no unit is both "not reported" and "needs pushing". Always set by compute; optional so
   * hand-built summaries and older snapshots need not spell it.
   */
  standings?: UnitStanding[];
  /** The change since a previous snapshot, when one was found. */
  comparison: SnapshotChange | null;
  /** A report merged from snapshots (`merge`, `build --from-snapshots`): the provinces or bodies it covers, in order. */
  mergedFrom?: { province: string; file: string }[];
  /**
   * Departments merged into others on or before asOf (built-in 2025 mergers and the config's
   * `formerNames`): what was written under a former name counts under its successor. Absent
   * when none is in effect (a report from before the mergers).
   */
  successions?: Succession[];
  issues: { errors: number; warnings: number; items: Issue[] };
  /** The build that wrote this file: the same in every file of one build's set (its JSON, workbook and brief). */
  runId?: string;
  /** Every input file accounted for (SPEC §4.6). Always set by compute; optional so hand-built summaries need not spell it. */
  inputs?: InputReceipt[];
  /** Who sent what, per unit, and the counts of the receipts line. Always set by compute. */
  receipts?: ReceiptsSection;
}

/**
 * The plan as the denominator (SPEC §2.2): `tasks.total` is then the plan's tasks less the
 * cancelled ones, and `reported` of them have a status in some report ("N/M nhiệm vụ đã có báo cáo").
 */
export interface PlanSection {
  /** The plan's file, as named. */
  file: string;
  /** = tasks.total. */
  total: number;
  /** Plan tasks (not cancelled) that some report gives a status. */
  reported: number;
  /** Plan tasks with no status reported ("chưa báo cáo"), per lead unit, units by name. */
  notReported: { unit: string; tasks: { id: string; title: string; deadline: IsoDate | null }[] }[];
  /** Reported tasks the plan does not list ("ngoài kế hoạch"): not in the total. */
  outside: { id: string; title: string; lead: string; status: TaskStatus | 'invalid'; file: string; sheet: string | null; row: number }[];
}

/** A unit that took over another's work from `date`. */
export interface Succession {
  former: string;
  /** Other ways the former name was written (`Sở TT&TT`). */
  aliases: string[];
  successor: string;
  /** The first day under the successor. */
  date: IsoDate;
  /** The legal basis; null when the config gave none. */
  basis: string | null;
}

/** A former unit counted in a row under its successor's name. */
export interface FormerUnit {
  name: string;
  /** The first day under the successor: "trước {date}" in outputs. */
  date: IsoDate;
}

/**
 * How a unit stands (README "One story per unit"):
 * - `not_reported`: no file of its own was read, and none of its tasks has a status, none of its
 *   indicators a result;
 * - `partly_reported`: it sent something (a file, or statuses in a list someone compiled), but
 *   some of its tasks have no status or some of its indicators no result — all of them, when it
 *   sent its list with every status blank;
 * - `needs_pushing`: every task and indicator reported, and a task overdue or the completion
 *   rate below `thresholds.warn`;
 * - `on_track`: every task and indicator reported, nothing overdue, completion at or above `thresholds.warn`;
 * - `reported`: it sent a file but leads no task or indicator (a dossier form): nothing to judge.
 */
export type Standing = 'not_reported' | 'partly_reported' | 'needs_pushing' | 'on_track' | 'reported';

export interface UnitStanding {
  unit: string;
  standing: Standing;
  /** Listed in the config's expectedUnits. */
  expected: boolean;
  /** A file of its own was read (its receipt). */
  sentFile: boolean;
  /** Tasks it leads (cancelled ones left out), and those without a status. */
  tasks: number;
  tasksBlank: number;
  /** Indicators it leads, and those without a result. */
  indicators: number;
  indicatorsBlank: number;
  /** Overdue tasks with a status: a blank status is "not reported", never counted here as overdue. */
  overdue: number;
  /** done / tasks, as in `tasks.byUnit`; null when it leads no task. */
  completionRate: number | null;
  /** Whether needs_pushing was decided by overdue tasks, by a low completion rate, or both. */
  reasons: ('overdue' | 'low_rate')[];
}

/** good ≥ thresholds.good, warn ≥ thresholds.warn, else bad; computed in the core, coloured at the edge. */
export type Health = 'good' | 'warn' | 'bad';

export interface TasksSection {
  asOf: IsoDate;
  /** Tasks of the plan without the cancelled ones. */
  total: number;
  done: number;
  doneOnTime: number;
  doneLate: number;
  inProgress: number;
  notStarted: number;
  notReported: number;
  /** Rows whose status could not be read (only under --lenient; otherwise they are errors). */
  invalid: number;
  cancelled: number;
  overdue: number;
  nearDue: number;
  /** done / total */
  completionRate: number | null;
  /** Tasks (not cancelled) whose deadline is on or before asOf. */
  due: number;
  doneOfDue: number;
  /** doneOfDue / due */
  dueCompletionRate: number | null;
  nearDueDays: number;
  health: Health;
  byUnit: UnitTaskRow[];
  /** The league of byUnit and what the first page shows of it. Always set by compute; optional so hand-built summaries (tests) need not spell it. */
  league?: League;
  byArea: AreaTaskRow[];
  /** Not done, not cancelled: most days overdue first, then the earliest deadline, lead and id. */
  open: OpenTask[];
  /**
   * `open` grouped by lead unit, the unit with the most overdue tasks first (then the league's
   * worst); each group lists its tasks in `open`'s order and how many the brief shows (config
   * `tasksPerUnit`, default 5). Always set by compute; optional for hand-built summaries.
   */
  openByLead?: OpenTaskGroup[];
  /** Config `tasksPerUnit`: how many unfinished tasks of each unit the brief lists. Always set by compute. */
  tasksPerUnit?: number;
  cancelledTasks: { id: string; title: string; lead: string; note: string | null }[];
  items: TaskItem[];
}

export interface UnitTaskRow {
  unit: string;
  total: number;
  done: number;
  overdue: number;
  notReported: number;
  completionRate: number | null;
  health: Health;
  /** Former units whose tasks count in this row (a merged department); absent when none. */
  includes?: FormerUnit[];
  /** The province (or other body) whose snapshot the row came from, in a merged report (`merge`). */
  province?: string;
}

/**
 * Positions in `byUnit`, in league order (completion rate, then fewest overdue, then name). The
 * first page (brief, the workbook's summary sheet, the terminal, the chart) shows `shown`: the
 * top and bottom `size` units and every unit with overdue tasks, in league order.
 */
export interface League {
  /** Config `leagueSize` (default 10). */
  size: number;
  order: number[];
  top: number[];
  bottom: number[];
  /** Units of `top` that completed every task (they are named in the brief). Absent in older snapshots. */
  leaders?: number[];
  shown: number[];
  /** Every unit is shown: there are at most 2 × size of them. */
  complete: boolean;
}

export interface AreaTaskRow {
  area: string;
  total: number;
  done: number;
  completionRate: number | null;
}

/** One lead unit's unfinished tasks. */
export interface OpenTaskGroup {
  lead: string;
  /** Positions in `open`, in its order. */
  tasks: number[];
  overdue: number;
  /**
   * How many of its overdue tasks (the first `overdue` of `tasks`) the brief lists; the other
   * overdue ones are "và k nhiệm vụ khác", the ones not yet due only counted (the workbook lists all).
   */
  shown: number;
  /** The files the group's tasks come from (as given), so a reference like `VI.5` is read in its file. */
  files: string[];
}

export interface OpenTask {
  id: string;
  /** How the task is referred to in its file: its id column (the plan's id), else section and number (`VI.5`). Absent in older snapshots. */
  ref?: string;
  /** The file it comes from. Absent in older snapshots. */
  file?: string;
  /** Its position in `items`. Absent in older snapshots and merged reports. */
  item?: number;
  title: string;
  lead: string;
  deadline: IsoDate | null;
  status: TaskStatus | 'invalid';
  /** Days past the deadline as of asOf; 0 when not overdue. */
  daysOverdue: number;
  nearDue: boolean;
  /** In a merged report: whose snapshot the task came from. */
  province?: string;
}

/** Every task with what was computed of it, for the task list outputs. */
export interface TaskItem {
  id: string;
  /** How the task is referred to in its file: its id column, else section and number (`VI.5`); `id` may carry the file's name to be unique. Absent in older snapshots. */
  ref?: string;
  stt: string | null;
  title: string;
  area: string | null;
  lead: string;
  deadline: IsoDate | null;
  deadlineText: string | null;
  recurring: boolean;
  status: TaskStatus | 'invalid';
  statusText: string;
  claim: TimingClaim | null;
  completedOn: IsoDate | null;
  progress: number | null;
  late: boolean;
  overdue: boolean;
  nearDue: boolean;
  daysOverdue: number;
  evidence: string | null;
  note: string | null;
  file: string;
  sheet: string | null;
  row: number;
  /** In a merged report: whose snapshot the task came from. */
  province?: string;
}

export type IndicatorStatus = 'met' | 'not_met' | 'not_reported';

export interface IndicatorsSection {
  asOf: IsoDate;
  total: number;
  met: number;
  notMet: number;
  notReported: number;
  invalid: number;
  metRate: number | null;
  health: Health;
  byArea: { area: string; total: number; met: number }[];
  items: IndicatorItem[];
}

/** target/actual: number (percent as fraction), boolean for yes/no, null when not reported. */
export interface IndicatorItem {
  id: string;
  title: string;
  area: string | null;
  unit: string | null;
  target: number | boolean | null;
  targetText: string;
  actual: number | boolean | null;
  actualText: string;
  percent: boolean;
  direction: Comparison;
  status: IndicatorStatus | 'invalid';
  lead: string | null;
  note: string | null;
  /** In a merged report: whose snapshot the indicator came from. */
  province?: string;
}

/**
 * The counts of a unit, a level or the whole section. received = resolved + pending + returned;
 * received includes carriedOver; online and paidOnline count new dossiers. A measure no table of
 * the row reports is null (absent is not zero, SPEC §4.1); over several units it is the sum over
 * those that report it, and `coverage` says how many they are.
 */
export interface DossierCountsRow {
  received: number | null;
  resolved: number | null;
  pending: number | null;
  resolvedOnTime: number | null;
  resolvedLate: number | null;
  online: number | null;
  paidOnline: number | null;
  /** Always set by compute; optional so hand-built summaries (tests) need not spell them. */
  carriedOver?: number;
  pendingOverdue?: number | null;
  returned?: number;
  /** resolvedOnTime / resolved over the units that report the split; null when none does. Always set by compute on rows. */
  onTimeRate?: number | null;
  /** online / newly received (received less carriedOver, QĐ 766 3.3) over the units that report online. Always set by compute on rows. */
  onlineRate?: number | null;
  /** How many of the row's units report each measure. Always set by compute. */
  coverage?: DossierCoverage;
}

/** A unit's counts of one sector (lĩnh vực), when its forms list its sectors under it (issue 18). */
export interface DossierSectorRow extends DossierCountsRow {
  sector: string;
}

/** For each measure that may be absent: `units` of the `of` units of the row report it. */
export type DossierCoverage = Record<DossierMeasure, { units: number; of: number }>;

/** A reporting period; `from` null = everything up to `to`. */
export interface SectionPeriod {
  from: IsoDate | null;
  to: IsoDate;
  /** `2024-9M`, `2024-01-01..2024-09-30`, or null when taken from the tables' titles. */
  label: string | null;
}

export interface DossiersSection extends DossierCountsRow {
  asOf: IsoDate;
  onlineRate: number | null;
  onTimeRate: number | null;
  /** The levels present, in the report's level order (never a row for a level nobody reported). */
  byLevel: ({ level: LevelId } & DossierCountsRow)[];
  /** Grouped by level in the order of `byLevel`, then by name. `province`: in a merged report, whose snapshot the row came from. */
  byUnit: ({ unit: string; level: LevelId; province?: string; sectors?: DossierSectorRow[] } & DossierCountsRow)[];
  /** The config's `levels` (ids and labels), only when it has them: renderers label the added rows from it. */
  levels?: LevelDef[];
  /** The period the figures cover: --period, else the one the forms state (`Từ ngày … đến ngày …`), else null. Always set by compute. */
  period?: SectionPeriod | null;
}

export interface FeedbackSection {
  asOf: IsoDate;
  total: number;
  /** Over the tables that report it; null when none does (absent is not zero, SPEC §4.1). */
  resolved: number | null;
  /** resolved / total; null when either is unknown or total is 0. Always set by compute. */
  resolvedRate?: number | null;
  /** `resolvedRate` per sector; most items first in `topSectors` (positions in bySector). */
  bySector: { sector: string; total: number; resolved: number | null; resolvedRate?: number | null }[];
  /** The three sectors with the most items, most first (positions in `bySector`). Always set by compute. */
  topSectors?: number[];
  /** --period when items with dates were counted within it; null otherwise. Always set by compute. */
  period?: SectionPeriod | null;
}

/** Change since the previous snapshot (SPEC §5). */
export interface SnapshotChange {
  previousAsOf: IsoDate;
  tasksDone: number | null;
  tasksOverdue: number | null;
  indicatorsMet: number | null;
  dossiersReceived: number | null;
  dossiersResolved: number | null;
  newlyDone: { id: string; title: string; lead: string }[];
  newlyOverdue: { id: string; title: string; lead: string }[];
  /** Units whose completion rate moved; a merged unit is compared with its parts summed, and `includes` names them. */
  units: { unit: string; completionRateBefore: number | null; completionRateNow: number | null; change: 'improved' | 'declined'; includes?: FormerUnit[] }[];
  feedbackTotal: number | null;
  /** Which way each headline figure moved (null where either snapshot has none): outputs choose their words from it. */
  trend: Record<keyof HeadlineFigures, Trend | null>;
  /** Units reported now and not in the previous snapshot (under today's names). */
  unitsAppeared: string[];
  /** Units of the previous snapshot that report nothing now: the two snapshots count different units. */
  unitsVanished: string[];
  /**
   * How many units the two snapshots have in common, and how many each has: the changes above
   * compare `both` of `now` units when the sets differ ("so sánh trên 8/9 đơn vị").
   */
  unitsCompared: { both: number; now: number; before: number };
  /** Both snapshots count the same units (nothing appeared or vanished). */
  sameUnits: boolean;
  /** The previous snapshot's headline figures (null where it had no such section), so outputs can show before and after. */
  previous: HeadlineFigures;
}

/** How a figure moved between two snapshots, from the sign of the difference. */
export type Trend = 'rise' | 'fall' | 'unchanged';

/** The figures of the summary sheet's first table; rates are fractions 0..1. */
export interface HeadlineFigures {
  tasksTotal: number | null;
  tasksDone: number | null;
  tasksCompletionRate: number | null;
  tasksDue: number | null;
  tasksDoneOfDue: number | null;
  tasksDueCompletionRate: number | null;
  tasksOverdue: number | null;
  indicatorsTotal: number | null;
  indicatorsMet: number | null;
  indicatorsMetRate: number | null;
  dossiersReceived: number | null;
  dossiersResolved: number | null;
  dossiersResolvedOnTime: number | null;
  dossiersOnTimeRate: number | null;
  dossiersOnline: number | null;
  dossiersOnlineRate: number | null;
  feedbackTotal: number | null;
  feedbackResolved: number | null;
}
