/** `validate`: every problem in the inputs, one per line; exit 1 when any is an error. */
import { Command, Option } from 'commander';
import { runPipeline } from '../pipeline.js';
import { withInputOptions, pipelineOptions, exitCodeFor, type InputFlags } from '../common.js';
import { writeStdout } from '../io.js';
import { formatIssue } from '../../model/issue.js';
import { receiptLines } from '../../render/receipts-text.js';
import { labels } from '../../i18n/index.js';
import { formatInteger } from '../../render/format.js';

interface ValidateFlags extends InputFlags {
  format: 'text' | 'json';
}

export function validateCommand(): Command {
  const cmd = new Command('validate').description('check the inputs and list every problem found, with its cell');
  withInputOptions(cmd)
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'))
    .addOption(new Option('--lang <lang>', 'language of the messages').choices(['vi', 'en']))
    .action(async (inputs: string[], flags: ValidateFlags) => {
      const result = await runPipeline(pipelineOptions(inputs, flags));
      const { items, errors, warnings } = result.summary.issues;
      if (flags.format === 'json') {
        const { inputs, receipts } = result.summary;
        await writeStdout(`${JSON.stringify({ errors, warnings, items, tables: result.interpretation.tables, inputs, receipts }, null, 2)}\n`);
      } else {
        const lines = items.map(formatIssue);
        const receipts = receiptLines(result.summary, result.lang);
        const counts = labels[result.lang].words.errorsAndWarnings(formatInteger(errors, result.lang), formatInteger(warnings, result.lang));
        await writeStdout([...lines, ...(lines.length ? [''] : []), ...receipts, counts].join('\n') + '\n');
      }
      // validate reports errors as its output; the exit code says whether there were any.
      process.exitCode = exitCodeFor(result, false);
    });
  return cmd;
}
