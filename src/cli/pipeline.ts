/** The four stages wired together for every command: read → interpret → compute. */
import path from 'node:path';
import type { DataKind } from '../model/records.js';
import type { Summary } from '../model/summary.js';
import type { Issue } from '../model/issue.js';
import { isoFromText, todayIso } from '../model/calendar.js';
import { defaultLang, type Lang } from '../model/lang.js';
import { readInputs, fileErrorCodes, type ReadResult } from '../read/inputs.js';
import { interpret, UnitDirectory, type Interpretation } from '../interpret/index.js';
import { summarize } from '../compute/index.js';
import { successionTable } from '../compute/successors.js';
import { parsePeriod, type Period } from '../compute/period.js';
import { windowOf } from '../compute/dossiers.js';
import { isoOfDay } from '../interpret/dossier-dates.js';
import { adoptStreamedRecords } from '../interpret/dossier-streams.js';
import { parallelThreshold, type RecordReading } from '../read/stream/index.js';
import { terminalProgress } from '../read/stream/progress.js';
import { loadConfig, type Config } from './config.js';
import { UsageError } from './errors.js';
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
  if (!isoFromText(text)) throw new UsageError(`--as-of must be a real date written yyyy-mm-dd (e.g. 2024-10-25), not "${text}"`);
  return text;
}

export async function runPipeline(opts: PipelineOptions): Promise<PipelineResult> {
  const config = await loadConfig(opts.config, opts.cwd, opts.inputs);
  if (opts.asOf !== undefined) asOfDate(opts.asOf);
  const inputs = opts.inputs.length > 0 ? opts.inputs : (config.inputs ?? []).map((p) => displayPath(path.resolve(config.baseDir, p), opts.cwd));
  if (inputs.length === 0) {
    throw new UsageError('no inputs: name the files or folders to read (or - for standard input), or list them under "inputs" in reform-report.config.json');
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
  const read = await readInputs(inputs, stdinChunks, opts.kind === undefined || opts.kind === 'dossiers' ? reading : undefined);
  progress?.end();
  const unitForFile = fileUnitMapper(config.files, config.baseDir, opts.cwd);
  const interpretation = interpret(read.tables, {
    ...(opts.kind ? { kind: opts.kind } : {}),
    ...(opts.unit ? { unit: opts.unit } : {}),
    lenient: opts.lenient === true,
    units,
    ...(period ? { period } : {}),
    ...(unitForFile ? { unitForFile } : {}),
    strictUnits: opts.strictUnits === true || config.strictUnits === true,
  });
  adoptStreamedRecords(interpretation, read.streamed, isoOfDay(reading.window.to));
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
    ...(config.tasksPerUnit !== undefined ? { tasksPerUnit: config.tasksPerUnit } : {}),
    inputs: { files: read.files, tables: interpretation.tables },
  });
  const fileErrors = summary.issues.items.filter((i) => fileErrorCodes.has(i.code));
  return { config, read, interpretation, summary, fileErrors, units, lang };
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
