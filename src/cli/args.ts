import { parseArgs, type ParseArgsConfig } from 'node:util';
import { ARGS_ERROR } from './messages.js';
import { EXIT, UsageError } from './usage-error.js';

/** What node:util parseArgs reported (its English message), said in French. */
export function frenchArgsError(error: unknown, args: readonly string[] = []): string {
  const message = error instanceof Error ? error.message : String(error);
  const code = (error as { code?: unknown }).code;
  const quotedWord = /'([^']*)'/.exec(message)?.[1] ?? '';
  const option = quotedWord.split(' ')[0] ?? '';
  switch (code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return ARGS_ERROR.unknownOption(option);
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return ARGS_ERROR.unexpectedArgument(quotedWord);
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE': {
      if (/does not take an argument/.test(message)) return ARGS_ERROR.takesNoValue(option);
      if (/ambiguous/.test(message)) {
        const next = args[args.indexOf(option) + 1] ?? '-…';
        return ARGS_ERROR.dashValue(option, next);
      }
      return ARGS_ERROR.missingValue(option);
    }
    default:
      return ARGS_ERROR.invalid;
  }
}

/** node:util parseArgs, with a French usage error instead of its English exception. */
export function parseCliArgs<T extends ParseArgsConfig>(
  config: T,
  usage: string,
): ReturnType<typeof parseArgs<T>> {
  try {
    return parseArgs(config);
  } catch (error) {
    throw new UsageError(`${frenchArgsError(error, config.args ?? [])}. ${usage}`);
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
    throw new UsageError(action ? ARGS_ERROR.unknownAction(action, usage) : usage);
  return { action, rest };
}

/** Refuses arguments beyond those a command takes. */
export function noMoreArguments(rest: string[], usage: string): void {
  if (rest.length > 0) throw new UsageError(ARGS_ERROR.extraArguments(rest, usage));
}
