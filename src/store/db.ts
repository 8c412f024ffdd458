// The SQLite file: opening (WAL, foreign keys), versioned migrations (PRAGMA user_version), writes.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';

export type Db = Database.Database;

export const DEFAULT_DB_PATH = 'data/clsm.sqlite';

interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** Append only: a released migration is never edited, a change is a new version. */
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'registry',
    sql: `
      CREATE TABLE clsm (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        channel TEXT NOT NULL UNIQUE,
        population INTEGER NOT NULL CHECK (population > 0),
        department TEXT,
        coordinator TEXT,
        copil_people_and_carers INTEGER CHECK (copil_people_and_carers IN (0, 1)),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE TABLE meeting (
        id INTEGER PRIMARY KEY,
        clsm_id TEXT NOT NULL REFERENCES clsm(id) ON DELETE CASCADE ON UPDATE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('copil', 'pleniere')),
        date TEXT NOT NULL,
        time TEXT,
        place TEXT,
        cancelled_at TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        UNIQUE (clsm_id, kind, date)
      ) STRICT;
      CREATE INDEX meeting_by_date ON meeting(date);
    `,
  },
  {
    version: 2,
    name: 'sent reminders ledger',
    sql: `
      CREATE TABLE sent_reminder (
        key TEXT PRIMARY KEY,
        clsm_id TEXT NOT NULL,
        channel TEXT NOT NULL,
        meeting TEXT NOT NULL CHECK (meeting IN ('copil', 'pleniere')),
        type TEXT NOT NULL CHECK (type IN ('upcoming', 'to-plan', 'overdue')),
        post_at TEXT NOT NULL,
        meeting_date TEXT,
        offset_days INTEGER,
        period TEXT,
        state TEXT NOT NULL CHECK (state IN ('claimed', 'posted', 'failed', 'superseded')),
        attempts INTEGER NOT NULL DEFAULT 0,
        maybe_posted INTEGER NOT NULL DEFAULT 0 CHECK (maybe_posted IN (0, 1)),
        claimed_at TEXT,
        lease_until TEXT,
        retry_at TEXT,
        last_error TEXT,
        ts TEXT,
        posted_at TEXT,
        confirmed_via TEXT CHECK (confirmed_via IN ('response', 'history')),
        reason TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX sent_reminder_by_state ON sent_reminder(state);
      CREATE INDEX sent_reminder_by_clsm ON sent_reminder(clsm_id);
    `,
  },
  {
    version: 3,
    name: 'answer feedback',
    sql: `
      CREATE TABLE feedback (
        id INTEGER PRIMARY KEY,
        question TEXT NOT NULL,
        entry_ids TEXT NOT NULL,
        verdict TEXT NOT NULL CHECK (verdict IN ('up', 'down')),
        user_id TEXT NOT NULL,
        created_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX feedback_by_date ON feedback(created_at);
    `,
  },
  {
    version: 4,
    name: 'slack deliveries answered once (event ids, request signatures)',
    sql: `
      CREATE TABLE slack_delivery (
        key TEXT PRIMARY KEY,
        received_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX slack_delivery_by_date ON slack_delivery(received_at);
    `,
  },
];

export const SCHEMA_VERSION = MIGRATIONS.length;

/** The file was written by a newer clsm-bot: refusing is safer than guessing. */
export class DatabaseVersionError extends Error {
  override name = 'DatabaseVersionError';
}

export function schemaVersion(db: Db): number {
  return Number(db.pragma('user_version', { simple: true }));
}

/** Runs `fn` in one IMMEDIATE transaction (all or nothing; the write lock taken up front). */
export function write<T>(db: Db, fn: () => T): T {
  return db.transaction(fn).immediate();
}

/** Applies the migrations the file lacks, each in its own transaction. Returns the version. */
export function migrate(db: Db): number {
  for (const migration of MIGRATIONS) {
    write(db, () => {
      const current = schemaVersion(db);
      if (current >= migration.version) return;
      if (current !== migration.version - 1)
        throw new Error(`migration ${migration.version} expects version ${migration.version - 1}`);
      db.exec(migration.sql);
      db.pragma(`user_version = ${migration.version}`);
    });
  }
  return schemaVersion(db);
}

/** Opens (creating it and its folder if needed) and migrates the database at `path`. */
export function openDatabase(path: string): Db {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    // FULL: a committed claim survives a power cut, so a posted reminder is never re-posted blind.
    db.pragma('synchronous = FULL');
    const found = schemaVersion(db);
    if (found > SCHEMA_VERSION)
      throw new DatabaseVersionError(
        `la base ${path} est au schéma ${found}, plus récent que celui de ce programme (${SCHEMA_VERSION}) : mettez clsm-bot à jour`,
      );
    migrate(db);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}
