// The `clsm` command: dispatches to one module per subcommand (src/cli/main.ts runs it).
import { KnowledgeError, knowledgeErrorText } from '../knowledge/errors.js';
import { CLI_HELP, errorLine, unknownCommand } from './messages.js';
import { EXIT, UsageError } from './usage-error.js';

type Subcommand = (args: string[]) => Promise<number>;

const SUBCOMMANDS: Record<string, () => Promise<Subcommand>> = {
  ask: async () => (await import('./ask.js')).runAsk,
  check: async () => (await import('./check.js')).runCheck,
  registry: async () => (await import('./registry.js')).runRegistry,
  reminders: async () => (await import('./reminders.js')).runReminders,
  digest: async () => (await import('./digest.js')).runDigest,
  report: async () => (await import('./report.js')).runReport,
  feedback: async () => (await import('./feedback.js')).runFeedback,
};

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'aide') {
    process.stdout.write(`${CLI_HELP}\n`);
    return name ? EXIT.ok : EXIT.usage;
  }
  const load = SUBCOMMANDS[name];
  if (!load) throw new UsageError(unknownCommand(name));
  return (await load())(rest);
}

/** Runs `clsm argv…` and gives its exit code; usage and knowledge errors are told in French. */
export async function runCli(argv: string[]): Promise<number> {
  try {
    return await main(argv);
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`${errorLine(error.message)}\n`);
      return EXIT.usage;
    } else if (error instanceof KnowledgeError) {
      process.stderr.write(`${knowledgeErrorText(error)}\n`);
      return EXIT.failure;
    }
    throw error;
  }
}
