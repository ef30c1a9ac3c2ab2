/**
 * The least a CSV pipe can do with the libraries the stack decided on: commander parses the
 * arguments, csv-parse reads the file, the rows go to stdout. Nothing is recognised, checked or
 * counted. bench/startup.mjs runs it beside the real command, as it is and bundled, to show how
 * much of the start-up these libraries and Node's module loading take by themselves.
 */
import { readFileSync } from 'node:fs';
import { Command } from 'commander';
import { parse } from 'csv-parse/sync';

new Command('floor')
  .argument('<file>')
  .option('--format <format>')
  .option('--as-of <date>')
  .action((file) => {
    const rows = parse(readFileSync(file, 'utf8'), { bom: true, relax_column_count: true });
    process.stdout.write(`${rows.map((r) => r.join(',')).join('\n')}\n`);
  })
  .parse();
