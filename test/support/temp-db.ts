// A real SQLite file in a fresh temporary folder, removed after the test file.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase, type Db } from '../../src/store/db.js';

export interface TempDb {
  dir: string;
  path: string;
  db: Db;
  /** Another connection to the same file (a second process, a restart). */
  reopen(): Db;
  cleanup(): void;
}

export function tempDb(name = 'clsm.sqlite'): TempDb {
  const dir = mkdtempSync(join(tmpdir(), 'clsm-test-'));
  const path = join(dir, 'data', name);
  const db = openDatabase(path);
  const opened: Db[] = [db];
  return {
    dir,
    path,
    db,
    reopen() {
      const other = openDatabase(path);
      opened.push(other);
      return other;
    },
    cleanup() {
      for (const d of opened) if (d.open) d.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
