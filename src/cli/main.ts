/**
 * The command line: commander wiring only, in program.ts; this is the process around it. Exit
 * codes are listed in errors.ts (0 ok, 1 data errors or --fail-on, 2 usage or I/O, 70 a bug).
 */
import { main } from './program.js';

process.exitCode = await main(process.argv);
