import { parseArgs, type ParseArgsConfig } from 'node:util';
import { EXIT, UsageError } from './usage-error.js';

/** node:util parseArgs, with a French usage error instead of its English exception. */
export function parseCliArgs<T extends ParseArgsConfig>(
  config: T,
  usage: string,
): ReturnType<typeof parseArgs<T>> {
  try {
    return parseArgs(config);
  } catch (error) {
    const detail = error instanceof Error ? error.message.split('\n')[0] : '';
    throw new UsageError(`option invalide (${detail}). ${usage}`);
  }
}

/** Prints the usage for --help: the subcommand then returns this exit code. */
export function printUsage(usage: string): number {
  process.stdout.write(`${usage}\n`);
  return EXIT.ok;
}

/** `clsm <subcommand> <action> ...`: the action, or a usage error naming what was typed. */
export function expectAction(
  positionals: string[],
  actions: readonly string[],
  usage: string,
): { action: string; rest: string[] } {
  const [action, ...rest] = positionals;
  if (!action || !actions.includes(action))
    throw new UsageError(action ? `action inconnue « ${action} ». ${usage}` : usage);
  return { action, rest };
}

/** Refuses arguments beyond those a command takes. */
export function noMoreArguments(rest: string[], usage: string): void {
  if (rest.length > 0) throw new UsageError(`arguments en trop : ${rest.join(' ')}. ${usage}`);
}
