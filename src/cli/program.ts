/**
 * The command line as a function: argv in, exit code out. main.ts calls it for the real process;
 * the tests call it in their own process, where a spawned CLI would only add the start-up.
 * Commands set `process.exitCode` before they write (a reader that closes the pipe early ends the
 * run with it), so that is what comes back. Exit codes are listed in errors.ts.
 */
import { Command, CommanderError } from 'commander';
import { DataError, UsageError, argvLang, commanderUsage, exitCodes, say, sayUsage } from './errors.js';
import { writeStderr } from './io.js';

/**
 * Each command's module, loaded on demand: `summary` on a small CSV should not pay for loading
 * what `build` needs (bench/RESULTS-startup.md). The command named in argv is the only one
 * loaded; --help, --version and unknown names load them all.
 */
const commands: Record<string, () => Promise<Command>> = {
  build: async () => (await import('./commands/build.js')).buildCommand(),
  summary: async () => (await import('./commands/summary.js')).summaryCommand(),
  tasks: async () => (await import('./commands/tasks.js')).tasksCommand(),
  indicators: async () => (await import('./commands/indicators.js')).indicatorsCommand(),
  dossiers: async () => (await import('./commands/dossiers.js')).dossiersCommand(),
  validate: async () => (await import('./commands/validate.js')).validateCommand(),
  init: async () => (await import('./commands/init.js')).initCommand(),
  merge: async () => (await import('./commands/merge.js')).mergeCommand(),
};

/** `argv` as Node gives it: the node binary and the script first, then the arguments. */
export async function main(argv: readonly string[]): Promise<number> {
  // A new program each call: commander keeps the parsed options on the command objects.
  // Commander's own error lines are English: they are silenced and said again from the catalogue (errors.ts).
  const output = { writeErr: (s: string) => process.stderr.write(s), outputError: () => {} };
  const lang = argvLang(argv);
  const program = new Command('reform-report')
    .description('Meeting reports for a Steering Committee for Digital Transformation and Administrative Reform, from department spreadsheets')
    .version('0.1.0')
    .exitOverride()
    .configureOutput(output);
  const named = argv[2];
  const wanted = named !== undefined && Object.hasOwn(commands, named) ? [named] : Object.keys(commands);
  try {
    for (const name of wanted) program.addCommand((await commands[name]!()).exitOverride().configureOutput(output));
    await program.parseAsync([...argv]);
  } catch (err) {
    if (err instanceof CommanderError) {
      const done = err.exitCode === 0 || err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help';
      if (!done) writeStderr(`reform-report: ${sayUsage(commanderUsage(err.code, err.message).said!, lang)}`);
      process.exitCode = done ? err.exitCode : exitCodes.usage;
    } else if (err instanceof UsageError || err instanceof DataError) {
      writeStderr(`reform-report: ${err.said ? sayUsage(err.said, lang) : err.message}`);
      process.exitCode = err.exitCode;
    } else {
      writeStderr(say('internal-error', { detail: (err as Error).message }, lang));
      if (process.env.REFORM_REPORT_DEBUG) writeStderr(String((err as Error).stack));
      process.exitCode = exitCodes.internal;
    }
  }
  return Number(process.exitCode ?? 0);
}
