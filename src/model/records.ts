/**
 * Typed records: the interpret stage's output and the compute stage's input.
 * Dates are calendar dates `yyyy-mm-dd`; rates and percents are fractions (0.805 = 80,5%).
 */
import type { SourceRef } from './issue.js';

export type IsoDate = string;

export type TaskStatus = 'done' | 'in_progress' | 'not_started' | 'cancelled' | 'not_reported';

/**
 * What a task-tracking system claims about timing, in the qualifier of its status
 * (`Đã hoàn thành (quá hạn)`). The tool re-checks it against the deadline and asOf.
 */
export type TimingClaim = 'on_time' | 'late' | 'within_deadline' | 'overdue' | 'near_due';

/** A deadline as written: a day, a period (meaning its last day), or recurring work. */
export type Deadline =
  | { kind: 'date'; date: IsoDate; text: string }
  | { kind: 'recurring'; text: string };

/** What tasks and indicators share: a line of the plan, placed in its area. */
export interface PlanLine {
  id: string;
  stt?: string;
  title: string;
  area?: string;
  /** The numeral of the section that gave the area (`II`), as the file numbers it. */
  areaNumber?: string;
  /** The area's place in the plan (0 first), the same for every record of the area: outputs list areas by it. */
  areaRank?: number;
}

export interface Task extends PlanLine {
  /** The id as its file gives it (id column, else section and number), when `id` had the file's name put before it to be unique. */
  ref?: string;
  /** The id as the row writes it (a `Mã nhiệm vụ` cell), before ids repeated across files are told apart: the plan is matched on it. */
  writtenId?: string;
  /** Canonical unit name (config aliases applied); the unassigned unit when blank. */
  lead: string;
  deadline?: Deadline;
  /** `invalid` only under --lenient, for a row whose status could not be read. */
  status: TaskStatus | 'invalid';
  /** The status text as written. */
  statusText: string;
  claim?: TimingClaim;
  /** Column letter of the status cell, so later checks can point at it. */
  statusColumn?: string;
  completedOn?: IsoDate;
  /** 0..1 */
  progress?: number;
  evidence?: string;
  note?: string;
  source: SourceRef;
}

export type Comparison = '>=' | '>' | '<=' | '<' | '=';

/** A target or actual value: a number (percent values as fractions) or a yes/no. */
export type Measure =
  | { kind: 'number'; value: number; percent: boolean }
  | { kind: 'yesno'; value: boolean };

export interface Indicator extends PlanLine {
  unit?: string;
  /** Absent = not reported (a placeholder such as `Đang cập nhật` in the target cell): nothing to judge against. */
  target?: Measure;
  targetText: string;
  /** Absent = not reported. */
  actual?: Measure;
  actualText: string;
  direction: Comparison;
  lead?: string;
  deadline?: Deadline;
  note?: string;
  /** Set under --lenient for a row whose target or actual could not be read. */
  invalid?: boolean;
  source: SourceRef;
}

/**
 * The tiers of government a form can name (a `Cấp` cell, a group row, a unit's name), province
 * first: the level rows of a report unless the config's `levels` orders them or adds others.
 */
export const levels = ['province', 'district', 'commune'] as const;
export type Level = (typeof levels)[number];
/** A tier's place in `levels`. */
export const levelRank = Object.fromEntries(levels.map((l, i) => [l, i])) as Readonly<Record<Level, number>>;

/**
 * A level row of the report: a tier (`Level`) or one the config's `levels` adds, such as the
 * province's public-service centre (`centre`). No form names an added level: a unit is placed at
 * it by the config.
 */
export type LevelId = string;

export function isTier(level: LevelId): level is Level {
  return (levels as readonly string[]).includes(level);
}

/** An entry of the config's `levels`: a row's id and its labels (a tier's labels default to the report's own). */
export interface LevelDef {
  id: LevelId;
  vi?: string;
  en?: string;
}

/**
 * The order of the level rows: the config's `levels` as listed, then the tiers it leaves out in
 * their usual order (a form may still name them). Without `levels`: the three tiers.
 */
export function levelOrder(defs: readonly LevelDef[] = []): LevelId[] {
  const listed = defs.map((d) => d.id);
  return [...listed, ...levels.filter((l) => !listed.includes(l))];
}

/** Counts of one unit (and level) from an aggregated form, or accumulated from records. */
export interface DossierCounts {
  /** Carried over from earlier periods plus new: the form's `Số hồ sơ nhận giải quyết`. */
  received: number;
  resolved: number;
  /** Early and on time. */
  resolvedOnTime: number;
  resolvedLate: number;
  pending: number;
  /** Submitted online, among the new dossiers. */
  online: number;
  paidOnline: number;
  /** Received before the period and still unresolved at its start (`Từ kỳ trước`). */
  carriedOver: number;
  /** Pending past their due date. */
  pendingOverdue: number;
  /** Returned to the applicant or withdrawn: received, neither resolved nor pending. */
  returned: number;
}

/**
 * The counts a dossier table may not report at all: a form without an on-time/late split, without
 * an online or paid-online column, or an export without a due date. Absent is not zero (SPEC §4.1).
 */
export type DossierMeasure = 'received' | 'resolved' | 'pending' | 'resolvedOnTime' | 'resolvedLate' | 'online' | 'paidOnline' | 'pendingOverdue';
export const dossierMeasures: readonly DossierMeasure[] = ['received', 'resolved', 'pending', 'resolvedOnTime', 'resolvedLate', 'online', 'paidOnline', 'pendingOverdue'];

export interface DossierStats extends DossierCounts {
  unit: string;
  level: LevelId;
  /** The sector (lĩnh vực) of the unit's procedures the row counts, when its form lists the unit's sectors. */
  sector?: string;
  /**
   * A sector row under a unit row that states the unit's own counts: kept as the unit's
   * breakdown by sector, never added to the unit's figures again.
   */
  breakdown?: true;
  /** The measures this table does not report (their counts here are 0 and mean nothing). */
  unreported?: readonly DossierMeasure[];
  /** The period the counts cover, when the form or the reading states one. */
  period?: { from: IsoDate | null; to: IsoDate };
  source: SourceRef;
}

/** Feedback of one sector in one table, or one feedback item (then `total` is 1). */
export interface FeedbackStats {
  sector: string;
  total: number;
  /** Null when the table has no resolved, pending or status column: not reported, never 0. */
  resolved: number | null;
  /** Set on an item with a receipt date: it is counted only within the period and up to asOf. */
  receivedOn?: IsoDate;
  source: SourceRef;
}

/** Everything the interpret stage produced from all inputs. */
export interface Records {
  tasks: Task[];
  indicators: Indicator[];
  dossiers: DossierStats[];
  feedback: FeedbackStats[];
  /** Which kinds had at least one table (a kind with a table but no rows is still present). */
  kindsSeen: Set<DataKind>;
  /** The as-of date each table states in its title rows (SPEC §3: a section's as-of is the one most state). */
  statedAsOf: StatedAsOf[];
  /**
   * Set when the reports were matched against the plan (config `plan`, `--plan`): `tasks` are then
   * the plan's, each with its report's status or none; the reported tasks the plan does not list are here.
   */
  plan?: { file: string; outside: Task[]; repeated: Task[] };
}

export interface StatedAsOf {
  kind: DataKind;
  asOf: IsoDate;
  file: string;
  sheet?: string;
  /** The date ends the period the table states (`Từ ngày … đến ngày …`): its figures are that period's. */
  periodEnd?: true;
}

export type DataKind = 'tasks' | 'indicators' | 'dossiers' | 'feedback';
export const dataKinds: readonly DataKind[] = ['tasks', 'indicators', 'dossiers', 'feedback'];
