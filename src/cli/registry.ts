// `clsm registry import FILE` (all or nothing), `clsm registry export` (YAML on stdout) and
// `clsm registry retire ID` (no more reminders, history kept).
import { readFileSync } from 'node:fs';
import { processClock } from '../config/clock.js';
import { frenchShortDate, parisDateOf } from '../reminders/calendar.js';
import { clsmIdSchema } from '../reminders/registry-schema.js';
import { RegistryError, exportRegistry, importRegistry, retireClsm } from '../store/registry.js';
import { expectAction, noMoreArguments, parseCliArgs, printUsage } from './args.js';
import { withDatabase } from './database.js';
import { USAGE, REGISTRY_TEXT } from './messages.js';
import { EXIT, UsageError } from './usage-error.js';

function readInput(file: string): string {
  try {
    return readFileSync(file === '-' ? 0 : file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(
      code === 'ENOENT'
        ? REGISTRY_TEXT.fileNotFound(file)
        : REGISTRY_TEXT.unreadable(file, code ?? String(error)),
    );
  }
}

export async function runRegistry(args: string[]): Promise<number> {
  const { values, positionals } = parseCliArgs(
    { args, allowPositionals: true, options: { help: { type: 'boolean', short: 'h' } } },
    USAGE.registry,
  );
  if (values.help) return printUsage(USAGE.registry);
  const { action, rest } = expectAction(
    positionals,
    ['import', 'export', 'retire'],
    USAGE.registry,
  );
  if (action === 'import') {
    const [file, ...extra] = rest;
    if (!file) throw new UsageError(REGISTRY_TEXT.missingFile);
    noMoreArguments(extra, USAGE.registry);
    const text = readInput(file);
    return withDatabase(
      (db) => {
        let counts;
        try {
          counts = importRegistry(db, text, processClock(process.env)());
        } catch (error) {
          if (error instanceof RegistryError)
            throw new UsageError(REGISTRY_TEXT.refused(file, error.message));
          throw error;
        }
        process.stdout.write(`${REGISTRY_TEXT.imported(counts.clsms, counts.meetings)}\n`);
        return EXIT.ok;
      },
      { create: true },
    );
  }
  if (action === 'retire') return retire(rest);
  noMoreArguments(rest, USAGE.registry);
  return withDatabase((db) => {
    process.stdout.write(exportRegistry(db));
    return EXIT.ok;
  });
}

async function retire(rest: string[]): Promise<number> {
  const [id, ...extra] = rest;
  if (!id) throw new UsageError(REGISTRY_TEXT.missingId);
  noMoreArguments(extra, USAGE.registry);
  const parsedId = clsmIdSchema.safeParse(id);
  if (!parsedId.success)
    throw new UsageError(REGISTRY_TEXT.invalidId(id, parsedId.error.issues[0]?.message));
  return withDatabase((db) => {
    const now = processClock(process.env)();
    const today = parisDateOf(now);
    let clsm;
    try {
      clsm = retireClsm(db, parsedId.data, today, now);
    } catch (error) {
      if (error instanceof RegistryError) throw new UsageError(error.message);
      throw error;
    }
    process.stdout.write(`${REGISTRY_TEXT.retired(clsm, frenchShortDate(today))}\n`);
    return EXIT.ok;
  });
}
