/** `summary`: the figures on stdout, as a terminal table, JSON or the Markdown brief. */
import { Command, Option } from 'commander';
import { runPipeline } from '../pipeline.js';
import { withInputOptions, pipelineOptions, reportIssues, exitCodeFor, type InputFlags } from '../common.js';
import { writeStdout } from '../io.js';
import { chooseChalk } from '../color.js';
import { renderJson } from '../../render/json.js';
import { renderMarkdown } from '../../render/markdown.js';
import { renderTerminal } from '../../render/terminal.js';
import { loadTemplate } from '../templates.js';
import type { Lang } from '../../render/format.js';

interface SummaryFlags extends InputFlags {
  format: 'table' | 'json' | 'md';
  lang?: Lang;
}

export function summaryCommand(): Command {
  const cmd = new Command('summary').description('print the figures: a terminal summary, the summary JSON, or the Markdown brief');
  withInputOptions(cmd)
    .addOption(new Option('-f, --format <format>', 'output format').choices(['table', 'json', 'md']).default('table'))
    .addOption(new Option('--lang <lang>', 'report language').choices(['vi', 'en']))
    .action(async (inputs: string[], flags: SummaryFlags) => {
      const result = await runPipeline(pipelineOptions(inputs, flags));
      reportIssues(result.summary.issues.items, flags.quiet === true);
      const code = exitCodeFor(result, flags.lenient === true);
      process.exitCode = code;
      if (code === 2) return;
      const lang: Lang = flags.lang ?? result.config.lang ?? 'vi';
      switch (flags.format) {
        case 'json':
          await writeStdout(renderJson(result.summary));
          break;
        case 'md':
          await writeStdout(renderMarkdown(result.summary, { lang, template: await loadTemplate(lang) }));
          break;
        case 'table':
          await writeStdout(renderTerminal(result.summary, lang, chooseChalk(flags, process.stdout)));
          break;
      }
    });
  return cmd;
}
