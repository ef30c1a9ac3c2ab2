/** The four stages wired together for every command: read → interpret → compute. */
import path from 'node:path';
import type { DataKind } from '../model/records.js';
import type { Summary } from '../model/summary.js';
import type { Issue } from '../model/issue.js';
import { todayIso } from '../model/calendar.js';
import { readInputs, fileErrorCodes, type ReadResult } from '../read/inputs.js';
import { interpret, UnitDirectory, type Interpretation } from '../interpret/index.js';
import { summarize } from '../compute/index.js';
import { loadConfig, type Config } from './config.js';
import { UsageError } from './errors.js';
import { readStdin } from './io.js';

export interface PipelineOptions {
  inputs: string[];
  config?: string;
  asOf?: string;
  kind?: DataKind;
  unit?: string;
  lenient?: boolean;
  title?: string;
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
}

export const defaultTitle = { vi: 'Báo cáo tình hình thực hiện nhiệm vụ Chuyển đổi số, Cải cách hành chính', en: 'Digital transformation and administrative reform: progress report' };

export async function runPipeline(opts: PipelineOptions): Promise<PipelineResult> {
  const config = await loadConfig(opts.config, opts.cwd, opts.inputs);
  if (opts.asOf !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(opts.asOf)) throw new UsageError(`--as-of must be a date yyyy-mm-dd, not "${opts.asOf}"`);
  const inputs = opts.inputs.length > 0 ? opts.inputs : (config.inputs ?? []).map((p) => displayPath(path.resolve(config.baseDir, p), opts.cwd));
  if (inputs.length === 0) {
    throw new UsageError('no inputs: name the files or folders to read (or - for standard input), or list them under "inputs" in reform-report.config.json');
  }
  const read = await readInputs(inputs, readStdin);
  const fileErrors = read.issues.filter((i) => fileErrorCodes.has(i.code));
  const units = new UnitDirectory(config.units ?? []);
  const interpretation = interpret(read.tables, {
    ...(opts.kind ? { kind: opts.kind } : {}),
    ...(opts.unit ? { unit: opts.unit } : {}),
    lenient: opts.lenient === true,
    units,
  });
  const lang = config.lang ?? 'vi';
  const asOf = opts.asOf ?? config.asOf;
  const summary = summarize(interpretation.records, [...read.issues, ...interpretation.issues], {
    title: opts.title ?? config.title ?? defaultTitle[lang],
    ...(config.organization ? { organization: config.organization } : {}),
    ...(asOf ? { asOf } : {}),
    today: todayIso(opts.now),
    ...(config.nearDueDays !== undefined ? { nearDueDays: config.nearDueDays } : {}),
    ...(config.thresholds ? { thresholds: config.thresholds } : {}),
    expectedUnits: (config.expectedUnits ?? []).map((u) => units.canonical(u)),
  });
  return { config, read, interpretation, summary, fileErrors };
}

function displayPath(abs: string, cwd: string): string {
  const rel = path.relative(cwd, abs);
  return rel === '' ? '.' : rel.startsWith('..') ? abs : rel;
}
