// `clsm registry import FILE` (all or nothing) and `clsm registry export` (YAML on stdout).
import { readFileSync } from 'node:fs';
import { RegistryError, exportRegistry, importRegistry } from '../store/registry.js';
import { expectAction, noMoreArguments, parseCliArgs, printUsage } from './args.js';
import { withDatabase } from './database.js';
import { EXIT, UsageError } from './usage-error.js';

const USAGE =
  'usage : clsm registry import FICHIER.yml (ou - pour l’entrée standard) | clsm registry export';

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
  const { action, rest } = expectAction(positionals, ['import', 'export'], USAGE);
  if (action === 'import') {
    const [file, ...extra] = rest;
    if (!file) throw new UsageError(`fichier manquant. ${USAGE}`);
    noMoreArguments(extra, USAGE);
    const text = readInput(file);
    return withDatabase((db) => {
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
    });
  }
  noMoreArguments(rest, USAGE);
  return withDatabase((db) => {
    process.stdout.write(exportRegistry(db));
    return EXIT.ok;
  });
}
