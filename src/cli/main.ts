// Entry point of the `clsm` command (bin/clsm.mjs): runs it with the process's arguments.
import { runCli } from './run.js';

process.exitCode = await runCli(process.argv.slice(2));
