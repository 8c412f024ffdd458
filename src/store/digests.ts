// The weekly digests: where each département's goes (digest_setting; none: the admins by DM),
// and the digests' ledger (sent_digest), claimed and confirmed like the reminders' one.
import { write, type Db } from './db.js';
import { FIRST_FENCE, getLedgerEntry, listClaimed, type LedgerEntry } from './sent-reminders.js';

export interface DigestSetting {
  department: string;
  channel: string;
  updatedBy: string | null;
  updatedAt: string;
}

interface SettingRow {
  department: string;
  channel: string;
  updated_by: string | null;
  updated_at: string;
}

const toSetting = (r: SettingRow): DigestSetting => ({
  department: r.department,
  channel: r.channel,
  updatedBy: r.updated_by,
  updatedAt: r.updated_at,
});

export function setDigestChannel(
  db: Db,
  department: string,
  channel: string,
  by: string | null,
  now: Date,
): void {
  write(db, () =>
    db
      .prepare(
        `INSERT INTO digest_setting (department, channel, updated_by, updated_at) VALUES (?, ?, ?, ?)
         ON CONFLICT (department) DO UPDATE SET channel = excluded.channel,
           updated_by = excluded.updated_by, updated_at = excluded.updated_at`,
      )
      .run(department, channel, by, now.toISOString()),
  );
}

/** Back to the admins by DM. False when the département had no channel set. */
export function clearDigestChannel(db: Db, department: string): boolean {
  return write(
    db,
    () =>
      db.prepare('DELETE FROM digest_setting WHERE department = ?').run(department).changes === 1,
  );
}

export function listDigestSettings(db: Db): DigestSetting[] {
  return (db.prepare('SELECT * FROM digest_setting ORDER BY department').all() as SettingRow[]).map(
    toSetting,
  );
}

/** The départements of the registry's CLSMs (those a digest is made for), sorted. */
export function listDepartments(db: Db): string[] {
  return (
    db
      .prepare(
        'SELECT DISTINCT department FROM clsm WHERE department IS NOT NULL ORDER BY department',
      )
      .all() as { department: string }[]
  ).map((r) => r.department);
}

/** One digest to send: a département's week, to a channel or to one admin. */
export interface DigestClaim {
  /** `digest/81/2026-11-30/C0DDARS81` (week's Monday, then the target). */
  key: string;
  department: string;
  week: string;
  channel: string;
  postAt: string;
}

/** Takes a digest nobody has taken yet and starts its first post, like `claimReminder`. */
export function claimDigest(db: Db, d: DigestClaim, now: Date, holdMs: number): boolean {
  const at = now.toISOString();
  return write(
    db,
    () =>
      db
        .prepare(
          `INSERT INTO sent_digest (key, clsm_id, channel, post_at, period, state, attempts,
           maybe_posted, claimed_at, lease_until, created_at, updated_at, fence)
         VALUES (?, ?, ?, ?, ?, 'claimed', 1, 1, ?, ?, ?, ?, ${FIRST_FENCE}) ON CONFLICT (key) DO NOTHING`,
        )
        .run(
          d.key,
          d.department,
          d.channel,
          d.postAt,
          d.week,
          at,
          new Date(now.getTime() + holdMs).toISOString(),
          at,
          at,
        ).changes === 1,
  );
}

export function getDigestEntry(db: Db, key: string): LedgerEntry | null {
  return getLedgerEntry(db, key, 'sent_digest');
}

/** Digest claims not yet resolved (claim fields only are meaningful). */
export function listClaimedDigests(db: Db): LedgerEntry[] {
  return listClaimed(db, 'sent_digest');
}
