// The SQLite file: opening (WAL, foreign keys), versioned migrations (PRAGMA user_version), writes.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { DATABASE_PROBLEMS } from './messages.js';

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
    name: 'retired CLSMs',
    // The date a CLSM was retired (YYYY-MM-DD): kept with its history, no more reminders.
    sql: 'ALTER TABLE clsm ADD COLUMN retired_on TEXT;',
  },
  {
    version: 5,
    name: 'feedback: one vote per user per answer',
    sql: `
      ALTER TABLE feedback ADD COLUMN answer TEXT;
      ALTER TABLE feedback ADD COLUMN updated_at TEXT;
      UPDATE feedback SET answer = 'avant-vote-unique:' || id, updated_at = created_at;
      CREATE UNIQUE INDEX feedback_one_vote ON feedback(answer, user_id);
    `,
  },
  {
    version: 6,
    name: 'slack deliveries answered once (event ids, request signatures)',
    sql: `
      CREATE TABLE slack_delivery (
        key TEXT PRIMARY KEY,
        received_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX slack_delivery_by_date ON slack_delivery(received_at);
    `,
  },
  {
    version: 7,
    name: 'reminder claim fencing and failure bound',
    sql: `
      ALTER TABLE sent_reminder ADD COLUMN fence INTEGER NOT NULL DEFAULT 0;
      ALTER TABLE sent_reminder ADD COLUMN failing_since TEXT;
      CREATE INDEX sent_reminder_by_channel ON sent_reminder(channel, state);
    `,
  },
  {
    version: 8,
    name: 'weekly digest: channel per département and its ledger',
    sql: `
      CREATE TABLE digest_setting (
        department TEXT PRIMARY KEY,
        channel TEXT NOT NULL,
        updated_by TEXT,
        updated_at TEXT NOT NULL
      ) STRICT;
      -- The same columns and claim rules as sent_reminder: clsm_id holds the département,
      -- period the week's Monday; meeting, meeting_date and offset_days stay empty.
      CREATE TABLE sent_digest (
        key TEXT PRIMARY KEY,
        clsm_id TEXT NOT NULL,
        channel TEXT NOT NULL,
        meeting TEXT,
        type TEXT NOT NULL DEFAULT 'digest' CHECK (type = 'digest'),
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
        updated_at TEXT NOT NULL,
        fence INTEGER NOT NULL DEFAULT 0,
        failing_since TEXT
      ) STRICT;
    `,
  },
];

export const SCHEMA_VERSION = MIGRATIONS.length;

/**
 * The file cannot be used as is (damaged, read-only, not a database): the French message says
 * what to do. Nothing has been written.
 */
export class DatabaseUnusableError extends Error {
  override name = 'DatabaseUnusableError';
}

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

function sqliteCode(error: unknown): string {
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' ? code : '';
}

/** A SQLite failure while opening or probing `path`, as what the operator must do. */
function unusable(path: string, error: unknown): DatabaseUnusableError {
  const code = sqliteCode(error);
  const detail = error instanceof Error ? error.message : String(error);
  if (code.startsWith('SQLITE_READONLY') || code === 'SQLITE_CANTOPEN' || code === 'SQLITE_PERM')
    return new DatabaseUnusableError(DATABASE_PROBLEMS.notWritable(path, detail));
  if (code === 'SQLITE_FULL')
    return new DatabaseUnusableError(DATABASE_PROBLEMS.diskFull(path, detail));
  if (code === 'SQLITE_CORRUPT' || code === 'SQLITE_NOTADB' || code.startsWith('SQLITE_IOERR'))
    return new DatabaseUnusableError(DATABASE_PROBLEMS.damaged(path, detail));
  return new DatabaseUnusableError(DATABASE_PROBLEMS.unusable(path, detail));
}

/**
 * The start-up check: `PRAGMA quick_check` finds damaged pages and indexes, and a write that
 * commits (the schema version rewritten as is) proves the file, its journal and its folder are
 * writable. Throws DatabaseUnusableError saying what to do.
 */
export function checkDatabase(db: Db, path: string): void {
  let problems: string[];
  try {
    problems = (db.pragma('quick_check(5)') as { quick_check: string }[]).map((r) => r.quick_check);
  } catch (error) {
    throw unusable(path, error);
  }
  if (problems.length !== 1 || problems[0] !== 'ok')
    throw new DatabaseUnusableError(
      DATABASE_PROBLEMS.failsIntegrityCheck(
        path,
        problems.join(' ; ').replace(/\s+/g, ' ').slice(0, 300),
      ),
    );
  try {
    write(db, () => db.pragma(`user_version = ${schemaVersion(db)}`));
  } catch (error) {
    throw unusable(path, error);
  }
}

/**
 * Opens (creating it and its folder if needed), checks (checkDatabase) and migrates the
 * database at `path`. A file it cannot use throws DatabaseUnusableError (French).
 */
export function openDatabase(path: string): Db {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  let db: Db;
  try {
    db = new Database(path);
  } catch (error) {
    throw unusable(path, error);
  }
  try {
    try {
      db.pragma('journal_mode = WAL');
      db.pragma('foreign_keys = ON');
      db.pragma('busy_timeout = 5000');
      // FULL: a committed claim survives a power cut, so a posted reminder is never re-posted blind.
      db.pragma('synchronous = FULL');
    } catch (error) {
      throw unusable(path, error);
    }
    const found = schemaVersion(db);
    if (found > SCHEMA_VERSION)
      throw new DatabaseVersionError(DATABASE_PROBLEMS.newerSchema(path, found, SCHEMA_VERSION));
    checkDatabase(db, path);
    migrate(db);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}
