/** Options shared by the commands that read inputs, and the reporting of issues on stderr. */
import { Command, Option } from 'commander';
import type { Issue } from '../model/issue.js';
import { formatIssue } from '../model/issue.js';
import { dataKinds, type DataKind } from '../model/records.js';
import type { Summary } from '../model/summary.js';
import { asOfDate, runPipeline, type PipelineOptions, type PipelineResult } from './pipeline.js';
import { writeStderr } from './io.js';
import type { Lang } from '../model/lang.js';
import { exitCodes, say, usageError } from './errors.js';
import type { FailOnHold } from '../i18n/messages.js';
import { shownIssues } from './shown-issues.js';
import { withDefault } from './defaults.js';
import { reportListingIssues } from './listing-issues.js';

export { shownIssues };

/** The flags of the commands that read inputs: the pipeline's options as the user gives them, and how issues are shown. */
export type InputFlags = Omit<PipelineOptions, 'inputs' | 'cwd' | 'now' | 'title' | 'progress'> & {
  color?: boolean;
  quiet?: boolean;
  /** Listing commands: every warning, not their count (cli/listing-issues.ts). */
  verbose?: boolean;
};

/** `unitHelp`: the list commands also filter by --unit (the same unit names either way). */
export function withInputOptions(cmd: Command, unitHelp = 'the lead unit of files that name no unit (no lead column, mapping, head or unit in the file name)'): Command {
  return cmd
    .argument('[inputs...]', 'files or folders to read (.xlsx, .csv, .tsv, .txt); - for standard input')
    .option('--config <file>', withDefault('config file', 'config'))
    .addOption(new Option('--as-of <date>', withDefault('compute the figures as of this date (yyyy-mm-dd)', 'asOf')).argParser(asOfDate))
    .addOption(new Option('--kind <kind>', 'read every table as this kind').choices([...dataKinds]))
    .option('--unit <name>', unitHelp)
    .option('--period <period>', 'count record-level dossiers and feedback items received in this period: 2024-10, 2024-Q3, 2024-H1, 2024-9M, 2024 or 2024-01-01..2024-09-30')
    .addOption(new Option('--cutoff <day>', 'named periods start on this day of the month before (15: Decree 09/2019, 15/12/2023–14/09/2024 for 2024-9M)').argParser(cutoffDay))
    .option('--lenient', 'count invalid rows in an "invalid" bucket instead of failing')
    .option('--plan <file>', "the plan's task list (the appendix of the Kế hoạch): the tasks' total is the plan's, and its tasks nobody reported are listed")
    .option('--strict-units', 'a unit name that the config\'s "units" do not list is an error, not a warning')
    .option('--no-color', 'no colour in terminal output')
    .option('-q, --quiet', 'only errors and warnings about data not counted on stderr (build: nothing on stdout either)');
}

export function pipelineOptions(inputs: string[], flags: InputFlags): PipelineOptions {
  const opts: PipelineOptions = { inputs, cwd: process.cwd(), now: new Date(), lenient: flags.lenient === true };
  if (flags.config) opts.config = flags.config;
  if (flags.asOf) opts.asOf = flags.asOf;
  if (flags.kind) opts.kind = flags.kind;
  if (flags.unit) opts.unit = flags.unit;
  if (flags.period) opts.period = flags.period;
  if (flags.strictUnits) opts.strictUnits = true;
  if (flags.plan) opts.plan = flags.plan;
  if (flags.cutoff !== undefined) opts.cutoff = flags.cutoff;
  if (flags.lang) opts.lang = flags.lang;
  opts.progress = flags.quiet !== true;
  return opts;
}

function cutoffDay(text: string): number {
  const day = Number(text);
  if (!Number.isInteger(day) || day < 1 || day > 28) throw usageError('bad-cutoff', { text });
  return day;
}

/**
 * Errors and warnings to stderr, one per line, `file:sheet!F14: error code: message — hint`.
 * `lead` (the receipts line) goes first when anything else is printed, so a cron job's mail
 * opens with who sent what.
 */
export function reportIssues(issues: readonly Issue[], quiet: boolean, lead: { line: string | null; force?: boolean } = { line: null }): void {
  const shown = shownIssues(issues, quiet);
  if (lead.line && (shown.length > 0 || lead.force)) writeStderr(`reform-report: ${lead.line}`);
  for (const issue of shown) writeStderr(formatIssue(issue));
}

/** 2 when a whole file could not be read, 1 when the data has errors (unless lenient), else 0. */
export function exitCodeFor(result: PipelineResult, lenient: boolean): number {
  if (result.fileErrors.length > 0) return exitCodes.usage;
  if (result.summary.issues.errors > 0 && !lenient) return exitCodes.dataErrors;
  return exitCodes.ok;
}

export const failOnConditions = ['overdue', 'unmet', 'warnings'] as const;
export type FailOn = (typeof failOnConditions)[number];

export function withFailOn(cmd: Command): Command {
  return cmd.option('--fail-on <conditions>', `exit 1, with the reason on stderr, when any holds (comma-separated: ${failOnConditions.join(', ')}); output is written anyway`);
}

export function parseFailOn(text: string | undefined): FailOn[] {
  if (text === undefined) return [];
  const list = text.split(',').map((c) => c.trim()).filter(Boolean);
  for (const c of list) if (!failOnConditions.includes(c as FailOn)) throw usageError('usage-flag', { kind: 'invalid-choice', name: '--fail-on', value: c, choices: [...failOnConditions] });
  return list as FailOn[];
}

/** One line saying which --fail-on conditions hold, for a cron job's mail, in `lang`; null when none. */
export function failOnReason(summary: Summary, conditions: readonly FailOn[], lang: Lang): string | null {
  const holds: FailOnHold[] = [];
  for (const c of conditions) {
    if (c === 'overdue' && summary.tasks && summary.tasks.overdue > 0) holds.push({ condition: c, count: summary.tasks.overdue, asOf: summary.tasks.asOf });
    if (c === 'unmet' && summary.indicators && summary.indicators.notMet > 0) holds.push({ condition: c, count: summary.indicators.notMet, asOf: summary.indicators.asOf });
    if (c === 'warnings' && summary.issues.warnings > 0) holds.push({ condition: c, count: summary.issues.warnings });
  }
  return holds.length > 0 ? say('fail-on-holds', { holds }, lang) : null;
}

/**
 * The pipeline for a command that lists one section (tasks, indicators, dossiers): issues on
 * stderr and the exit code set; null when there is nothing to list (unreadable file, or no table
 * of that kind — exit 1, as SPEC §2 says of a kind no table matches).
 */
export async function runForSection<K extends 'tasks' | 'indicators' | 'dossiers'>(
  inputs: string[],
  flags: InputFlags,
  kind: K,
): Promise<{ result: PipelineResult; section: NonNullable<Summary[K]>; lang: Lang } | null> {
  const result = await runPipeline(pipelineOptions(inputs, flags));
  reportListingIssues(result.summary.issues.items, flags, result.lang);
  process.exitCode = exitCodeFor(result, flags.lenient === true);
  if (process.exitCode === exitCodes.usage) return null;
  const section = result.summary[kind];
  if (!section) {
    writeStderr(say('no-section-table', { kind }, result.lang));
    process.exitCode = exitCodes.dataErrors;
    return null;
  }
  return { result, section: section as NonNullable<Summary[K]>, lang: result.lang };
}
