/**
 * `summary`: the figures — a terminal summary, the summary JSON, the headline figures as CSV/TSV,
 * the Markdown brief or the workbook; with --by, the tables by unit, area or level instead.
 */
import { Command, Option } from 'commander';
import { runPipeline, type PipelineResult } from '../pipeline.js';
import { withInputOptions, pipelineOptions, reportIssues, exitCodeFor, withFailOn, parseFailOn, failOnReason, type InputFlags } from '../common.js';
import { writeStderr } from '../io.js';
import { exitCodes } from '../errors.js';
import { withOutputOptions, chooseDestination, emit, renderList, chalkFor, outputFormats, listFormats, type OutputFlags, type ListFormat, type Destination } from '../output.js';
import { groupTable, groupSections, headlineTable, labelledView, type GroupBy } from '../../render/data-tables.js';
import { renderDelimited } from '../../render/csv.js';
import { renderJson } from '../../render/json.js';
import { loadTemplate } from '../templates.js';
import type { Lang } from '../../render/format.js';
import { briefKinds, renderDocument, type BriefKind } from '../documents.js';

interface SummaryFlags extends InputFlags, OutputFlags {
  by?: GroupBy;
  failOn?: string;
  brief?: BriefKind;
}

export function summaryCommand(): Command {
  const cmd = new Command('summary').description('print the figures: a terminal summary, the summary JSON, the headline figures as CSV/TSV, the Markdown brief, the Word report or the HTML dashboard, or the tables --by unit, area or level');
  withFailOn(withOutputOptions(withInputOptions(cmd), outputFormats))
    .addOption(new Option('--by <group>', 'the tables by unit, area or level instead of the summary').choices(['unit', 'area', 'level']))
    .addOption(new Option('--brief <kind>', "with --format docx: the full report, or the chairman's one-page version").choices(briefKinds).default('full'))
    .action(async (inputs: string[], flags: SummaryFlags) => {
      const failOn = parseFailOn(flags.failOn);
      const dest = chooseDestination(flags, flags.by ? listFormats : outputFormats);
      const result = await runPipeline(pipelineOptions(inputs, flags));
      reportIssues(result.summary.issues.items, flags.quiet === true);
      const code = exitCodeFor(result, flags.lenient === true);
      if (code === exitCodes.usage) {
        process.exitCode = code;
        return;
      }
      const lang: Lang = flags.lang ?? result.config.lang ?? 'vi';
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
        await emit(dest, await renderList(dest as Destination<ListFormat>, flags, lang, table, async () => labelledView(table, flags.by!, lang)));
      } else {
        await emit(dest, await renderSummary(dest, flags, result, lang));
      }
      if (reason) writeStderr(`reform-report: ${reason}`);
    });
  return cmd;
}

async function renderSummary(dest: Destination, flags: SummaryFlags, { summary, config }: PipelineResult, lang: Lang): Promise<string | Uint8Array> {
  switch (dest.format) {
    case 'json':
      return renderJson(summary);
    case 'csv':
    case 'tsv':
      return renderDelimited(headlineTable(summary), dest.format, { bom: flags.bom === true });
    case 'md': {
      const { renderMarkdown } = await import('../../render/markdown.js');
      return renderMarkdown(summary, { lang, template: await loadTemplate(lang) });
    }
    case 'xlsx': {
      const { renderXlsx } = await import('../../render/xlsx/index.js');
      return renderXlsx(summary, { lang, ...(config.thresholds ? { thresholds: config.thresholds } : {}) });
    }
    case 'docx':
    case 'html':
      return renderDocument(dest.format, summary, lang, config, flags.brief);
    case 'table': {
      const { renderTerminal } = await import('../../render/terminal.js');
      return renderTerminal(summary, lang, await chalkFor(dest, flags));
    }
  }
}
