/**
 * The command line: commander wiring only. Each command runs the pipeline and writes; exit
 * codes are decided here and in common.ts (0 ok, 1 data errors, 2 usage or I/O).
 */
import { Command, CommanderError } from 'commander';
import { buildCommand } from './commands/build.js';
import { summaryCommand } from './commands/summary.js';
import { validateCommand } from './commands/validate.js';
import { UsageError, exitCodes } from './errors.js';
import { writeStderr } from './io.js';

const program = new Command('reform-report')
  .description('Meeting reports for a Steering Committee for Digital Transformation and Administrative Reform, from department spreadsheets')
  .version('0.1.0')
  .showHelpAfterError('(run with --help for usage)')
  .exitOverride()
  .configureOutput({ writeErr: (s) => process.stderr.write(s) });

for (const cmd of [buildCommand(), summaryCommand(), validateCommand()]) {
  program.addCommand(cmd.exitOverride().showHelpAfterError('(run with --help for usage)'));
}

try {
  await program.parseAsync(process.argv);
} catch (err) {
  if (err instanceof CommanderError) {
    process.exitCode = err.exitCode === 0 ? 0 : exitCodes.usage;
  } else if (err instanceof UsageError) {
    writeStderr(`reform-report: ${err.message}`);
    process.exitCode = exitCodes.usage;
  } else {
    writeStderr(`reform-report: internal error: ${(err as Error).message}`);
    if (process.env.REFORM_REPORT_DEBUG) writeStderr(String((err as Error).stack));
    writeStderr('This is a bug in reform-report, not in your files; please report it with the command you ran.');
    process.exitCode = 70;
  }
}
