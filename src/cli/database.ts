// The CLI's database: the file named by CLSM_DB (default data/clsm.sqlite), opened and migrated.
import { existsSync } from 'node:fs';
import { DEFAULT_DB_PATH, openDatabase, type Db } from '../store/db.js';
import { databaseNotFound, databaseUnreadable } from './messages.js';
import { EXIT, UsageError } from './usage-error.js';

export function dbPath(env: NodeJS.ProcessEnv = process.env): string {
  return env.CLSM_DB?.trim() || DEFAULT_DB_PATH;
}

/**
 * Runs `fn` on the open database and closes it. Only commands that write (`create: true`, the
 * import) create a missing file: for the others a missing file is a usage error naming the path
 * (a typo in CLSM_DB must not read as an empty registry). A file that cannot be opened is a
 * French message on stderr and exit code 1, not a stack trace.
 */
export async function withDatabase(
  fn: (db: Db) => Promise<number> | number,
  options: { create?: boolean } = {},
): Promise<number> {
  const path = dbPath();
  if (!options.create && path !== ':memory:' && !existsSync(path))
    throw new UsageError(databaseNotFound(path));
  let db: Db;
  try {
    db = openDatabase(path);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    process.stderr.write(`${databaseUnreadable(path, detail)}\n`);
    return EXIT.failure;
  }
  try {
    return await fn(db);
  } finally {
    db.close();
  }
}
