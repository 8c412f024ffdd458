// The `clsm` command: dispatches to one module per subcommand (src/cli/main.ts runs it).
import { KnowledgeError, knowledgeErrorText } from '../knowledge/errors.js';
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

const HELP = `clsm : l'assistant des conseils locaux de santé mentale (CLSM)

Usage :
  clsm ask "question"            répond à une question sur les textes (--json, --jsonl)
  clsm check --population N ...  vérifie un dossier de labellisation (--help pour le détail)
  clsm registry import FICHIER   importe le registre des CLSM (YAML) ; export : l'exporte
  clsm reminders plan --from AAAA-MM-JJ --to AAAA-MM-JJ [--json]
  clsm reminders failures [--json]   rappels qui ne sont pas partis, avec la raison
  clsm digest --department 81 [--json]   point hebdomadaire des CLSM d'un département
  clsm report [--json]           indicateurs de l'instruction de 2025 sur le registre
  clsm feedback export [--json]  avis 👍/👎 laissés dans Slack

Base de données : variable CLSM_DB (par défaut data/clsm.sqlite).`;

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'aide') {
    process.stdout.write(`${HELP}\n`);
    return name ? EXIT.ok : EXIT.usage;
  }
  const load = SUBCOMMANDS[name];
  if (!load) throw new UsageError(`commande inconnue « ${name} ». Tapez « clsm --help ».`);
  return (await load())(rest);
}

/** Runs `clsm argv…` and gives its exit code; usage and knowledge errors are told in French. */
export async function runCli(argv: string[]): Promise<number> {
  try {
    return await main(argv);
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`Erreur : ${error.message}\n`);
      return EXIT.usage;
    } else if (error instanceof KnowledgeError) {
      process.stderr.write(`${knowledgeErrorText(error)}\n`);
      return EXIT.failure;
    }
    throw error;
  }
}
