/** The four stages wired together for every command: read → interpret → compute. */
import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { DataKind, Task } from '../model/records.js';
import type { Summary } from '../model/summary.js';
import type { Issue } from '../model/issue.js';
import { isoFromText, todayIso } from '../model/calendar.js';
import { defaultLang, type Lang } from '../model/lang.js';
import { readInputs, fileErrorCodes, type ReadResult } from '../read/inputs.js';
import { interpret, UnitDirectory, type Interpretation, type InterpretOptions } from '../interpret/index.js';
import { issue } from '../i18n/issues.js';
import { summarize } from '../compute/index.js';
import { chooseAsOf } from '../compute/as-of.js';
import { successionTable } from '../compute/successors.js';
import { parsePeriod, type Period } from '../compute/period.js';
import { isoOfDay, windowOf, type StreamedRecords } from '../model/record-counts.js';
import { adoptStreamedRecords } from '../interpret/records/adopt.js';
import { parallelThreshold, recordStreams, type RecordReading } from '../interpret/records/index.js';
import { terminalProgress } from './progress.js';
import { loadConfig } from './config.js';
import { type Config } from '../model/config.js';
import { UsageError, usageError } from './errors.js';
import { fileUnitMapper } from './file-units.js';
import { stdinChunks } from './io.js';

export interface PipelineOptions {
  inputs: string[];
  config?: string;
  asOf?: string;
  kind?: DataKind;
  unit?: string;
  lenient?: boolean;
  /** `--strict-units`: a unit name the config does not list is an error. */
  strictUnits?: boolean;
  /** `--plan`: the plan's task list, relative to the current folder (else the config's `plan`). */
  plan?: string;
  title?: string;
  /** `--period` and `--cutoff` (SPEC §3). */
  period?: string;
  cutoff?: number;
  /** `--lang`: the report language, else the config's, else Vietnamese. */
  lang?: Lang;
  /** Show the progress of long reads on stderr (when it is a terminal). */
  progress?: boolean;
  cwd: string;
  now: Date;
}

export interface PipelineResult {
  config: Config;
  read: ReadResult;
  interpretation: Interpretation;
  summary: Summary;
  /** Whole files that could not be read: the command exits 2. */
  fileErrors: Issue[];
  /** Every unit name met, with the config's aliases: the list commands' --unit resolves here. */
  units: UnitDirectory;
  /** The report language the messages are written in. */
  lang: Lang;
}

export const defaultTitle = { vi: 'Báo cáo tình hình thực hiện nhiệm vụ Chuyển đổi số, Cải cách hành chính', en: 'Digital transformation and administrative reform: progress report' };

/** The config's real-date check, for the flag: 2024-13-01 and 2023-02-29 are refused before anything runs. */
export function asOfDate(text: string): string {
  if (!isoFromText(text)) throw usageError('bad-as-of', { text });
  return text;
}

export async function runPipeline(opts: PipelineOptions): Promise<PipelineResult> {
  const config = await loadConfig(opts.config, opts.cwd, opts.inputs);
  if (opts.asOf !== undefined) asOfDate(opts.asOf);
  const inputs = opts.inputs.length > 0 ? opts.inputs : (config.inputs ?? []).map((p) => displayPath(path.resolve(config.baseDir, p), opts.cwd));
  if (inputs.length === 0) {
    throw usageError('no-inputs', {});
  }
  const period = readPeriod(opts.period, opts.cutoff);
  const successions = successionTable(config.units ?? []);
  // Names before a merger are known names: compute counts them under the successor.
  const units = new UnitDirectory(config.units ?? [], successions.flatMap((s) => [s.former, ...s.aliases]));
  const asOf = opts.asOf ?? config.asOf;
  const progress = opts.progress ? terminalProgress(process.stderr, () => performance.now()) : null;
  const reading: RecordReading = {
    window: windowOf(asOf ?? todayIso(opts.now), period),
    units,
    unitConfig: config.units ?? [],
    parallelMinBytes: parallelThreshold(process.env),
    ...(opts.unit ? { unit: opts.unit } : {}),
    ...(progress ? { progress: progress.update } : {}),
  };
  const planFile = opts.plan !== undefined ? path.resolve(opts.cwd, opts.plan) : config.plan !== undefined ? path.resolve(config.baseDir, config.plan) : null;
  const read = withoutFile(await readInputs(inputs, stdinChunks, opts.kind === undefined || opts.kind === 'dossiers' ? recordStreams(reading) : undefined), planFile);
  progress?.end();
  const unitForFile = fileUnitMapper(config.files, config.baseDir, opts.cwd);
  const common = {
    lenient: opts.lenient === true,
    units,
    strictUnits: opts.strictUnits === true || config.strictUnits === true,
  };
  // Files are opened from the process's folder (readInputs), which a caller's cwd may not be.
  const plan = planFile ? await readPlan(displayPath(planFile, process.cwd()), common) : null;
  const interpretation = interpret(read.tables, {
    ...(opts.kind ? { kind: opts.kind } : {}),
    ...(opts.unit ? { unit: opts.unit } : {}),
    ...common,
    ...(period ? { period } : {}),
    ...(unitForFile ? { unitForFile } : {}),
    ...(plan ? { plan: { file: plan.file, tasks: plan.tasks } } : {}),
  });
  if (plan) interpretation.issues.unshift(...plan.issues);
  const streamed = asOf === undefined ? await recountAtStatedDate(read.streamed, interpretation, reading, period, todayIso(opts.now)) : { records: read.streamed, reading };
  adoptStreamedRecords(interpretation, streamed.records, isoOfDay(streamed.reading.window.to));
  const lang = opts.lang ?? config.lang ?? defaultLang;
  const summary = summarize(interpretation.records, [...read.issues, ...interpretation.issues], {
    title: opts.title ?? config.title ?? defaultTitle[lang],
    ...(config.organization ? { organization: config.organization } : {}),
    ...(config.place ? { place: config.place } : {}),
    ...(asOf ? { asOf } : {}),
    today: todayIso(opts.now),
    ...(config.nearDueDays !== undefined ? { nearDueDays: config.nearDueDays } : {}),
    ...(config.thresholds ? { thresholds: config.thresholds } : {}),
    expectedUnits: (config.expectedUnits ?? []).map((u) => units.canonical(u)),
    ...(period ? { period } : {}),
    lang,
    successions,
    ...(config.leagueSize !== undefined ? { leagueSize: config.leagueSize } : {}),
    ...(config.levels ? { levels: config.levels } : {}),
    ...(config.tasksPerUnit !== undefined ? { tasksPerUnit: config.tasksPerUnit } : {}),
    inputs: { files: read.files, tables: interpretation.tables },
  });
  const fileErrors = summary.issues.items.filter((i) => fileErrorCodes.has(i.code));
  return { config, read, interpretation, summary, fileErrors, units, lang };
}

/**
 * The plan's task list, read with the same table finder as any task table but needing no status
 * column. Its issues are the run's: a plan that cannot be read is an error, never an empty plan.
 */
export async function readPlan(file: string, options: Pick<InterpretOptions, 'lenient' | 'units' | 'strictUnits'>): Promise<{ file: string; tasks: Task[]; issues: Issue[] }> {
  const read = await readInputs([file]);
  const { records, issues } = interpret(read.tables, { ...options, kind: 'tasks', planList: true });
  const all = [...read.issues, ...issues];
  if (records.tasks.length === 0 && !all.some((i) => fileErrorCodes.has(i.code))) all.push(issue('plan-empty', { file }, {}));
  return { file, tasks: records.tasks, issues: all };
}

/**
 * A record export states no date of its own: it is counted up to its section's as-of, which the
 * tables state (SPEC §3) — never today while any table states a date. Exports are counted as they
 * stream, before the tables' dates are known; when those dates name another day, the exports on
 * disk are counted again up to it (standard input cannot be read twice: it keeps today's count).
 */
async function recountAtStatedDate(streamed: StreamedRecords[], interpretation: Interpretation, reading: RecordReading, period: Period | null, today: string): Promise<{ records: StreamedRecords[]; reading: RecordReading }> {
  const stated = interpretation.records.statedAsOf;
  if (streamed.length === 0 || stated.length === 0) return { records: streamed, reading };
  const window = windowOf(chooseAsOf(stated, undefined, today).section.dossiers, period);
  if (window.to === reading.window.to) return { records: streamed, reading };
  const again = { ...reading, window };
  const onDisk = new Set<string>();
  for (const file of new Set(streamed.map((s) => s.file))) if (file !== '-' && (await stat(file).catch(() => null))?.isFile()) onDisk.add(file);
  const recounted = onDisk.size > 0 ? (await readInputs([...onDisk], undefined, recordStreams(again))).streamed : [];
  return { records: [...streamed.filter((s) => !onDisk.has(s.file)), ...recounted], reading: onDisk.size > 0 ? again : reading };
}

/** The plan's own file, when it sits in a folder of inputs, is the plan and not a report. */
function withoutFile(read: ReadResult, file: string | null): ReadResult {
  if (file === null) return read;
  const other = (f: string) => path.resolve(f) !== file;
  return { ...read, tables: read.tables.filter((t) => other(t.file)), files: read.files.filter(other), issues: read.issues.filter((i) => other(i.file)) };
}

function readPeriod(text: string | undefined, cutoff: number | undefined): Period | null {
  if (text === undefined) {
    if (cutoff !== undefined) throw new UsageError('--cutoff sets how a named --period is cut; give --period too (e.g. --period 2024-9M --cutoff 15)');
    return null;
  }
  const parsed = parsePeriod(text, cutoff ?? 1);
  if (!parsed.ok) throw new UsageError(`--period: ${parsed.reason}`);
  return parsed.period;
}

function displayPath(abs: string, cwd: string): string {
  const rel = path.relative(cwd, abs);
  return rel === '' ? '.' : rel.startsWith('..') ? abs : rel;
}
