import { parseArgs, type ParseArgsConfig } from 'node:util';
import { EXIT, UsageError } from './usage-error.js';

/** What node:util parseArgs reported (its English message), said in French. */
export function frenchArgsError(error: unknown, args: readonly string[] = []): string {
  const message = error instanceof Error ? error.message : String(error);
  const code = (error as { code?: unknown }).code;
  const quotedWord = /'([^']*)'/.exec(message)?.[1] ?? '';
  const option = quotedWord.split(' ')[0] ?? '';
  switch (code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `option inconnue « ${option} »`;
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return `argument inattendu « ${quotedWord} » : cette commande ne prend que des options`;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE': {
      if (/does not take an argument/.test(message))
        return `l’option « ${option} » ne prend pas de valeur`;
      if (/ambiguous/.test(message)) {
        const next = args[args.indexOf(option) + 1] ?? '-…';
        return `valeur de « ${option} » commençant par un tiret (« ${next} ») : écrivez ${option}=${next} si c’est bien la valeur voulue`;
      }
      return `valeur manquante pour l’option « ${option} »`;
    }
    default:
      return 'option invalide';
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
    throw new UsageError(action ? `action inconnue « ${action} ». ${usage}` : usage);
  return { action, rest };
}

/** Refuses arguments beyond those a command takes. */
export function noMoreArguments(rest: string[], usage: string): void {
  if (rest.length > 0) throw new UsageError(`arguments en trop : ${rest.join(' ')}. ${usage}`);
}
