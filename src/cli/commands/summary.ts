/**
 * `summary`: the figures — a terminal summary, the summary JSON, the headline figures as CSV/TSV,
 * the Markdown brief or the workbook; with --by, the tables by unit, area or level instead.
 */
import { Command, Option } from 'commander';
import { runPipeline } from '../pipeline.js';
import { withInputOptions, pipelineOptions, exitCodeFor, withFailOn, parseFailOn, failOnReason, type InputFlags } from '../common.js';
import { writeStderr } from '../io.js';
import { withColumnsOption, parseColumns } from '../columns.js';
import { withVerbose, reportListingIssues } from '../listing-issues.js';
import { UsageError } from '../errors.js';
import { exitCodes } from '../errors.js';
import { withOutputOptions, chooseDestination, emit, renderList, renderSummaryTo, outputFormats, listFormats, type OutputFlags, type ListFormat, type Destination } from '../output.js';
import { groupTable, groupColumns, groupSections, labelledView, type GroupBy } from '../../render/data-tables.js';
import { briefKinds, type BriefKind } from '../../render/index.js';

interface SummaryFlags extends InputFlags, OutputFlags {
  by?: GroupBy;
  failOn?: string;
  brief?: BriefKind;
}

export function summaryCommand(): Command {
  const cmd = new Command('summary').description('print the figures: a terminal summary, the summary JSON, the headline figures as CSV/TSV, the Markdown brief, the Word report or the HTML dashboard, or the tables --by unit, area or level');
  withVerbose(withColumnsOption(withFailOn(withOutputOptions(withInputOptions(cmd), outputFormats))))
    .addOption(new Option('--by <group>', 'the tables by unit, area or level instead of the summary').choices(['unit', 'area', 'level']))
    .addOption(new Option('--brief <kind>', "with --format docx: the full report, or the chairman's one-page version").choices(briefKinds).default('full'))
    .action(async (inputs: string[], flags: SummaryFlags) => {
      const failOn = parseFailOn(flags.failOn);
      const dest = chooseDestination(flags, flags.by ? listFormats : outputFormats);
      if (flags.columns !== undefined && !flags.by) throw new UsageError('--columns picks columns of the tables by group: give --by unit, area or level too');
      const columns = flags.by ? parseColumns(flags.columns, groupColumns(flags.by)) : undefined;
      const result = await runPipeline(pipelineOptions(inputs, flags));
      reportListingIssues(result.summary.issues.items, flags, result.lang);
      const code = exitCodeFor(result, flags.lenient === true);
      if (code === exitCodes.usage) {
        process.exitCode = code;
        return;
      }
      const { lang } = result;
      const reason = code === exitCodes.ok ? failOnReason(result.summary, failOn) : null;
      if (flags.by && !groupSections[flags.by].some((s) => result.summary[s] !== null)) {
        writeStderr(`reform-report: --by ${flags.by} needs a ${groupSections[flags.by].join(' or ')} table, and the inputs have none`);
        process.exitCode = exitCodes.dataErrors;
        return;
      }
      // Decided before writing: a reader that closes the pipe early ends the run with this code.
      process.exitCode = reason ? exitCodes.dataErrors : code;
      if (flags.by) {
        const table = groupTable(result.summary, flags.by);
        await emit(dest, await renderList(dest as Destination<ListFormat>, flags, lang, table, async () => labelledView(table, flags.by!, lang, result.summary.dossiers?.levels), columns, result.summary.dossiers?.levels));
      } else {
        await emit(dest, await renderSummaryTo(dest, flags, result.summary, { lang, config: result.config, brief: flags.brief }));
      }
      if (reason) writeStderr(`reform-report: ${reason}`);
    });
  return cmd;
}
