// `clsm registry import FILE` (all or nothing), `clsm registry export` (YAML on stdout) and
// `clsm registry retire ID` (no more reminders, history kept).
import { readFileSync } from 'node:fs';
import { frenchShortDate, parisDateOf } from '../reminders/calendar.js';
import { clsmIdSchema } from '../reminders/registry-schema.js';
import { RegistryError, exportRegistry, importRegistry, retireClsm } from '../store/registry.js';
import { expectAction, noMoreArguments, parseCliArgs, printUsage } from './args.js';
import { withDatabase } from './database.js';
import { EXIT, UsageError } from './usage-error.js';

const USAGE =
  'usage : clsm registry import FICHIER.yml (ou - pour l’entrée standard) | clsm registry export | clsm registry retire IDENTIFIANT';

function readInput(file: string): string {
  try {
    return readFileSync(file === '-' ? 0 : file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(
      code === 'ENOENT'
        ? `fichier introuvable : ${file}`
        : `lecture impossible de ${file} (${code ?? String(error)})`,
    );
  }
}

export async function runRegistry(args: string[]): Promise<number> {
  const { values, positionals } = parseCliArgs(
    { args, allowPositionals: true, options: { help: { type: 'boolean', short: 'h' } } },
    USAGE,
  );
  if (values.help) return printUsage(USAGE);
  const { action, rest } = expectAction(positionals, ['import', 'export', 'retire'], USAGE);
  if (action === 'import') {
    const [file, ...extra] = rest;
    if (!file) throw new UsageError(`fichier manquant. ${USAGE}`);
    noMoreArguments(extra, USAGE);
    const text = readInput(file);
    return withDatabase(
      (db) => {
        let counts;
        try {
          counts = importRegistry(db, text, new Date());
        } catch (error) {
          if (error instanceof RegistryError)
            throw new UsageError(`${file} : ${error.message} (rien n’a été importé)`);
          throw error;
        }
        process.stdout.write(
          `Registre importé : ${counts.clsms} CLSM, ${counts.meetings} réunion(s).\n`,
        );
        return EXIT.ok;
      },
      { create: true },
    );
  }
  if (action === 'retire') return retire(rest);
  noMoreArguments(rest, USAGE);
  return withDatabase((db) => {
    process.stdout.write(exportRegistry(db));
    return EXIT.ok;
  });
}

async function retire(rest: string[]): Promise<number> {
  const [id, ...extra] = rest;
  if (!id) throw new UsageError(`identifiant du CLSM manquant. ${USAGE}`);
  noMoreArguments(extra, USAGE);
  const parsedId = clsmIdSchema.safeParse(id);
  if (!parsedId.success)
    throw new UsageError(
      `identifiant « ${id} » : ${parsedId.error.issues[0]?.message ?? 'invalide'}`,
    );
  return withDatabase((db) => {
    const now = new Date();
    const today = parisDateOf(now);
    let clsm;
    try {
      clsm = retireClsm(db, parsedId.data, today, now);
    } catch (error) {
      if (error instanceof RegistryError) throw new UsageError(error.message);
      throw error;
    }
    process.stdout.write(
      `CLSM « ${clsm.name} » (${clsm.id}) retiré le ${frenchShortDate(today)} : plus aucun rappel ne sera publié pour lui ; ses réunions et l’historique des rappels sont conservés.\n`,
    );
    return EXIT.ok;
  });
}
