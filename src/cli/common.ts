/** Options shared by the commands that read inputs, and the reporting of issues on stderr. */
import { Command, Option } from 'commander';
import type { Issue } from '../model/issue.js';
import { formatIssue } from '../model/issue.js';
import { dataKinds, type DataKind } from '../model/records.js';
import type { PipelineOptions, PipelineResult } from './pipeline.js';
import { writeStderr } from './io.js';
import { exitCodes } from './errors.js';

export interface InputFlags {
  config?: string;
  asOf?: string;
  kind?: DataKind;
  unit?: string;
  lenient?: boolean;
  color?: boolean;
  quiet?: boolean;
}

export function withInputOptions(cmd: Command): Command {
  return cmd
    .argument('[inputs...]', 'files or folders to read (.xlsx, .csv, .tsv, .txt); - for standard input')
    .option('--config <file>', 'config file (default: reform-report.config.json in the current folder)')
    .option('--as-of <date>', 'compute the figures as of this date (yyyy-mm-dd)')
    .addOption(new Option('--kind <kind>', 'read every table as this kind').choices([...dataKinds]))
    .option('--unit <name>', 'the lead unit of files that have no such column')
    .option('--lenient', 'count invalid rows in an "invalid" bucket instead of failing')
    .option('--no-color', 'no colour in terminal output')
    .option('-q, --quiet', 'print nothing but errors');
}

export function pipelineOptions(inputs: string[], flags: InputFlags): PipelineOptions {
  const opts: PipelineOptions = { inputs, cwd: process.cwd(), now: new Date(), lenient: flags.lenient === true };
  if (flags.config) opts.config = flags.config;
  if (flags.asOf) opts.asOf = flags.asOf;
  if (flags.kind) opts.kind = flags.kind;
  if (flags.unit) opts.unit = flags.unit;
  return opts;
}

/** Errors and warnings to stderr, one per line, `file:sheet!F14: error code: message — hint`. */
export function reportIssues(issues: readonly Issue[], quiet: boolean): void {
  for (const issue of issues) {
    if (issue.severity === 'info') continue;
    if (quiet && issue.severity !== 'error') continue;
    writeStderr(formatIssue(issue));
  }
}

/** 2 when a whole file could not be read, 1 when the data has errors (unless lenient), else 0. */
export function exitCodeFor(result: PipelineResult, lenient: boolean): number {
  if (result.fileErrors.length > 0) return exitCodes.usage;
  if (result.summary.issues.errors > 0 && !lenient) return exitCodes.dataErrors;
  return exitCodes.ok;
}
