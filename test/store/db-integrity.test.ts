// Opening the database checks it: a damaged, foreign or read-only file stops with a French
// message saying what to do, before anything is written; the bot does not start on it.
import { spawnSync } from 'node:child_process';
import { chmodSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  DatabaseUnusableError,
  checkDatabase,
  openDatabase,
  schemaVersion,
} from '../../src/store/db.js';
import { importRegistry } from '../../src/store/registry.js';
import { tempDb, type TempDb } from '../support/temp-db.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const PAGE = 4096;

let t: TempDb;
beforeEach(() => {
  t = tempDb();
  const lines = ['clsms:'];
  for (let i = 0; i < 200; i += 1)
    lines.push(
      `  - { id: "c${i}", name: "CLSM ${i}", channel: C0${i}X, population: ${i + 1}, meetings: [{ kind: copil, date: 2026-03-12 }] }`,
    );
  importRegistry(t.db, lines.join('\n'), new Date('2026-11-30T10:00:00Z'));
  t.db.pragma('wal_checkpoint(TRUNCATE)');
  t.db.close();
});
afterEach(() => t.cleanup());

/** A copy of the database with the b-tree page header of `table`'s root page overwritten. */
function damaged(table: string): string {
  const db = new Database(t.path, { readonly: true });
  const { rootpage } = db
    .prepare('SELECT rootpage FROM sqlite_master WHERE name = ?')
    .get(table) as {
    rootpage: number;
  };
  db.close();
  const bytes = readFileSync(t.path);
  bytes.fill(0xff, (rootpage - 1) * PAGE, (rootpage - 1) * PAGE + 12);
  const path = join(t.dir, `damaged-${table}.sqlite`);
  writeFileSync(path, bytes);
  return path;
}

function openError(path: string): string {
  try {
    openDatabase(path).close();
  } catch (error) {
    expect(error).toBeInstanceOf(DatabaseUnusableError);
    return (error as Error).message;
  }
  throw new Error('the database should have been refused');
}

describe('openDatabase checks the file', () => {
  it('opens a sound file', () => {
    const db = openDatabase(t.path);
    expect(db.prepare('SELECT count(*) AS n FROM clsm').get()).toEqual({ n: 200 });
    db.close();
  });

  it('refuses a file with a damaged index page, saying to restore the backup, writing nothing', () => {
    const path = damaged('meeting_by_date');
    const before = readFileSync(path);
    const message = openError(path);
    expect(message).toContain(`la base ${path} est endommagée (contrôle d’intégrité : `);
    expect(message).toContain('restaurez la dernière sauvegarde');
    expect(message).not.toContain('\n');
    expect(readFileSync(path).equals(before)).toBe(true);
  });

  it('refuses a file with a damaged table page', () => {
    expect(openError(damaged('clsm'))).toMatch(/est endommagée .*restaurez la dernière sauvegarde/);
  });

  it('refuses a file that is not a SQLite database, and leaves it as it was', () => {
    const path = join(t.dir, 'notes.sqlite');
    writeFileSync(path, 'pas une base de données\n'.repeat(400));
    expect(openError(path)).toMatch(
      /est endommagée \(file is not a database\) : arrêtez le bot, restaurez/,
    );
    expect(readFileSync(path, 'utf8')).toBe('pas une base de données\n'.repeat(400));
  });

  it('the write probe refuses a connection that cannot write', () => {
    const db = new Database(t.path, { readonly: true });
    try {
      expect(() => checkDatabase(db, t.path)).toThrow(DatabaseUnusableError);
      expect(() => checkDatabase(db, t.path)).toThrow(
        /n’est pas accessible en écriture .* donnez à l’utilisateur du bot le droit d’écrire/,
      );
    } finally {
      db.close();
    }
    const writable = new Database(t.path);
    try {
      const version = schemaVersion(writable);
      expect(() => checkDatabase(writable, t.path)).not.toThrow();
      expect(schemaVersion(writable)).toBe(version);
    } finally {
      writable.close();
    }
  });

  it('refuses a file the process may not write', () => {
    // root writes whatever the mode says: there, run the check as "nobody".
    const asRoot = process.getuid?.() === 0;
    chmodSync(t.path, 0o444);
    if (asRoot) chmodSync(t.dir, 0o755);
    chmodSync(join(t.dir, 'data'), asRoot ? 0o755 : 0o555);
    try {
      const result = spawnSync(
        process.execPath,
        [
          '--import',
          'tsx',
          '-e',
          `import('./src/store/db.ts').then((m) => { try { m.openDatabase(process.argv[1]); } catch (e) { console.log(e.name + ': ' + e.message); } })`,
          t.path,
        ],
        {
          cwd: ROOT,
          encoding: 'utf8',
          timeout: 60_000,
          ...(asRoot ? { uid: 65534, gid: 65534 } : {}),
        },
      );
      expect(result.stdout).toMatch(
        /^DatabaseUnusableError: la base .* n’est pas accessible en écriture .*donnez à l’utilisateur du bot le droit d’écrire/,
      );
      expect(statSync(t.path).mode & 0o777).toBe(0o444);
    } finally {
      chmodSync(join(t.dir, 'data'), 0o755);
      chmodSync(t.path, 0o644);
    }
  });
});

describe('the bot at start', () => {
  it('does not start on a damaged database: exit code and the French message on stderr', () => {
    const path = damaged('meeting_by_date');
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 60_000,
      env: {
        PATH: process.env.PATH ?? '',
        HOME: process.env.HOME ?? '',
        SLACK_BOT_TOKEN: 'xoxb-integrity-test',
        SLACK_SIGNING_SECRET: 'integrity-test-secret',
        SLACK_API_URL: 'http://127.0.0.1:9/api/',
        PORT: '0',
        CLSM_DB: path,
      },
    });
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain(`Base de données ${path} inutilisable`);
    expect(result.stderr).toContain('restaurez la dernière sauvegarde');
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});
