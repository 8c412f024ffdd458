// The scheduler's ledger: one row per reminder key, written before and after each Slack post.
//
//   (no row) ──claim──▶ claimed ──confirm──▶ posted       Slack answered ok, or the key was
//                        │   ▲                             found in the channel's history
//                        │   └── release                   429 / 5xx / network: retry later,
//                        │                                 with a doubling delay
//                        ├──fail──────▶ failed             Slack refused for good, failures for
//                        │                                 24 h, or expired unposted: reason kept
//   (no row) ────────────┴──supersede─▶ superseded         a newer reminder of the same meeting
//                                                          is due, or it is no longer due
//
// `maybe_posted` is set while a post may have reached Slack (from the claim until a clear
// answer): such a claim is looked up in the channel's history before anything else is done
// with it. A claim is worked on under a lease; each lease bumps the row's `fence`, and a post
// starts only if the fence is still the one leased (checked and extended in one transaction),
// so a worker whose lease ran out while it looked in Slack cannot post behind another's back.
// `failing_since`: when the current run of transient failures began (the 24 h bound).
// Every transition is one transaction.
import type { MeetingKind } from '../knowledge/data-schema.js';
import type { ReminderType } from '../reminders/planner.js';
import { write, type Db } from './db.js';

export type LedgerState = 'claimed' | 'posted' | 'failed' | 'superseded';

/**
 * The ledgers sharing these claim rules: reminders, and the weekly digests (whose rows have no
 * meeting: read them through the claim fields only).
 */
export type LedgerTable = 'sent_reminder' | 'sent_digest';

/** What the ledger keeps of the reminder itself. */
export interface LedgerReminder {
  key: string;
  clsm: string;
  channel: string;
  meeting: MeetingKind;
  type: ReminderType;
  postAt: string;
  meetingDate: string | null;
  offsetDays: number | null;
  /** The period id ("2026-S1", "2026") of a to-plan or overdue reminder. */
  period: string | null;
}

export interface LedgerEntry extends LedgerReminder {
  state: LedgerState;
  attempts: number;
  maybePosted: boolean;
  claimedAt: string | null;
  leaseUntil: string | null;
  retryAt: string | null;
  lastError: string | null;
  ts: string | null;
  postedAt: string | null;
  confirmedVia: 'response' | 'history' | null;
  reason: string | null;
  updatedAt: string;
  /** Bumped by every lease: the token a worker must still hold to post or record. */
  fence: number;
  failingSince: string | null;
}

interface Row {
  key: string;
  clsm_id: string;
  channel: string;
  meeting: MeetingKind;
  type: ReminderType;
  post_at: string;
  meeting_date: string | null;
  offset_days: number | null;
  period: string | null;
  state: LedgerState;
  attempts: number;
  maybe_posted: number;
  claimed_at: string | null;
  lease_until: string | null;
  retry_at: string | null;
  last_error: string | null;
  ts: string | null;
  posted_at: string | null;
  confirmed_via: 'response' | 'history' | null;
  reason: string | null;
  updated_at: string;
  fence: number;
  failing_since: string | null;
}

function toEntry(row: Row): LedgerEntry {
  return {
    key: row.key,
    clsm: row.clsm_id,
    channel: row.channel,
    meeting: row.meeting,
    type: row.type,
    postAt: row.post_at,
    meetingDate: row.meeting_date,
    offsetDays: row.offset_days,
    period: row.period,
    state: row.state,
    attempts: row.attempts,
    maybePosted: row.maybe_posted === 1,
    claimedAt: row.claimed_at,
    leaseUntil: row.lease_until,
    retryAt: row.retry_at,
    lastError: row.last_error,
    ts: row.ts,
    postedAt: row.posted_at,
    confirmedVia: row.confirmed_via,
    reason: row.reason,
    updatedAt: row.updated_at,
    fence: row.fence,
    failingSince: row.failing_since,
  };
}

function insertRow(
  db: Db,
  r: LedgerReminder,
  state: 'claimed' | 'superseded',
  now: Date,
  leaseMs: number,
  reason: string | null,
): boolean {
  const at = now.toISOString();
  const claimed = state === 'claimed';
  return (
    db
      .prepare(
        `INSERT INTO sent_reminder (key, clsm_id, channel, meeting, type, post_at, meeting_date,
           offset_days, period, state, attempts, maybe_posted, claimed_at, lease_until, reason,
           created_at, updated_at, fence)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (key) DO NOTHING`,
      )
      .run(
        r.key,
        r.clsm,
        r.channel,
        r.meeting,
        r.type,
        r.postAt,
        r.meetingDate,
        r.offsetDays,
        r.period,
        state,
        claimed ? 1 : 0,
        claimed ? 1 : 0,
        claimed ? at : null,
        claimed ? new Date(now.getTime() + leaseMs).toISOString() : null,
        reason,
        at,
        at,
        claimed ? FIRST_FENCE : 0,
      ).changes === 1
  );
}

/** The fence of a fresh claim (each later lease bumps it). */
export const FIRST_FENCE = 1;

/**
 * Takes a reminder nobody has taken yet and starts its first post in the same transaction
 * (one attempt, "maybe posted", held `holdMs`: Slack's completion window), with `FIRST_FENCE`.
 * False when the key already has a row.
 */
export function claimReminder(db: Db, r: LedgerReminder, now: Date, holdMs: number): boolean {
  return write(db, () => insertRow(db, r, 'claimed', now, holdMs, null));
}

/**
 * Leases a claim whose lease has ended and whose retry time has come, bumping its fence.
 * Returns the row as it was before, with the new fence (its `maybePosted` says whether to look
 * in Slack first), or null when it is not claimed, leased by another, or not yet to be retried.
 */
export function leaseClaim(
  db: Db,
  key: string,
  now: Date,
  leaseMs: number,
  table: LedgerTable = 'sent_reminder',
): LedgerEntry | null {
  const at = now.toISOString();
  return write(db, () => {
    const row = db
      .prepare(
        `SELECT * FROM ${table} WHERE key = ? AND state = 'claimed'
           AND (lease_until IS NULL OR lease_until <= ?) AND (retry_at IS NULL OR retry_at <= ?)`,
      )
      .get(key, at, at) as Row | undefined;
    if (!row) return null;
    db.prepare(
      `UPDATE ${table} SET lease_until = ?, updated_at = ?, fence = fence + 1 WHERE key = ?`,
    ).run(new Date(now.getTime() + leaseMs).toISOString(), at, key);
    return { ...toEntry(row), fence: row.fence + 1 };
  });
}

/**
 * Just before a post: true only if the claim is still held with `fence` (nobody leased it since);
 * then, in the same transaction, counts an attempt, marks it "maybe posted" and holds it for
 * `holdMs` (Slack's completion window), so that no one else touches it while the post may land.
 */
export function startPost(
  db: Db,
  key: string,
  fence: number,
  now: Date,
  holdMs: number,
  table: LedgerTable = 'sent_reminder',
): boolean {
  const at = now.toISOString();
  return write(
    db,
    () =>
      db
        .prepare(
          `UPDATE ${table} SET lease_until = ?, updated_at = ?, attempts = attempts + 1,
             maybe_posted = 1
           WHERE key = ? AND state = 'claimed' AND fence = ?`,
        )
        .run(new Date(now.getTime() + holdMs).toISOString(), at, key, fence).changes === 1,
  );
}

/**
 * The post is known to be in Slack (its answer, or its key found in the channel's history).
 * `channel`: where it is, when the CLSM moved to another channel since the claim.
 */
export function confirmPosted(
  db: Db,
  key: string,
  ts: string,
  via: 'response' | 'history',
  now: Date,
  channel?: string,
  table: LedgerTable = 'sent_reminder',
): void {
  const at = now.toISOString();
  write(db, () =>
    db
      .prepare(
        `UPDATE ${table} SET state = 'posted', ts = ?, posted_at = ?, confirmed_via = ?,
           channel = coalesce(?, channel), maybe_posted = 0, lease_until = NULL, retry_at = NULL,
           updated_at = ?
         WHERE key = ? AND state = 'claimed'`,
      )
      .run(ts, at, via, channel ?? null, at, key),
  );
}

/**
 * Ends the lease of a claim that did not go through (if still held with `fence`), to retry at
 * `retryAt` (null: next sweep). `maybePosted` false only when Slack clearly did not post.
 * Starts the run of failures (`failing_since`) if none is running.
 */
export function releaseClaim(
  db: Db,
  key: string,
  fence: number,
  now: Date,
  release: { retryAt: Date | null; error: string; maybePosted: boolean },
  table: LedgerTable = 'sent_reminder',
): void {
  const at = now.toISOString();
  write(db, () =>
    db
      .prepare(
        `UPDATE ${table} SET lease_until = NULL, retry_at = ?, last_error = ?,
           maybe_posted = ?, failing_since = coalesce(failing_since, ?), updated_at = ?
         WHERE key = ? AND state = 'claimed' AND fence = ?`,
      )
      .run(
        release.retryAt?.toISOString() ?? null,
        release.error,
        release.maybePosted ? 1 : 0,
        at,
        at,
        key,
        fence,
      ),
  );
}

/**
 * A reminder that will not go out: Slack refused for good (the Slack error code), the retries
 * ran out (`retries_exhausted`) or it expired unposted (`expired`). Kept with the reason for
 * admins. `fence`: only if still held with it. `error`: the last Slack error (default: reason).
 * `maybePosted` (default: unchanged) says whether the message may be in Slack all the same.
 */
export function markFailed(
  db: Db,
  key: string,
  reason: string,
  now: Date,
  options: { fence?: number; error?: string; maybePosted?: boolean; table?: LedgerTable } = {},
): void {
  const at = now.toISOString();
  const { fence, error, maybePosted, table = 'sent_reminder' } = options;
  write(db, () =>
    db
      .prepare(
        `UPDATE ${table} SET state = 'failed', reason = ?, last_error = ?, lease_until = NULL,
           retry_at = NULL, maybe_posted = coalesce(?, maybe_posted), updated_at = ?
         WHERE key = ? AND state = 'claimed' AND (? IS NULL OR fence = ?)`,
      )
      .run(
        reason,
        error ?? reason,
        maybePosted === undefined ? null : maybePosted ? 1 : 0,
        at,
        key,
        fence ?? null,
        fence ?? null,
      ),
  );
}

const RETRY_SQL = `UPDATE sent_reminder SET state = 'claimed', reason = NULL, lease_until = NULL,
  retry_at = NULL, failing_since = NULL, updated_at = ? WHERE state = 'failed'`;

/**
 * An admin asks to try a failed reminder again: it becomes a claim free to be leased, and the
 * next sweep posts it if it is still due (else closes it). False when the key is not failed.
 */
export function retryFailed(db: Db, key: string, now: Date): boolean {
  return write(
    db,
    () => db.prepare(`${RETRY_SQL} AND key = ?`).run(now.toISOString(), key).changes === 1,
  );
}

/** "Réessayer tout" once a channel is fixed: every failed reminder of the channel. Returns how many. */
export function retryFailedInChannel(db: Db, channel: string, now: Date): number {
  return write(
    db,
    () => db.prepare(`${RETRY_SQL} AND channel = ?`).run(now.toISOString(), channel).changes,
  );
}

/**
 * Closes a reminder that will not be posted: records it if it has no row, or closes a claim
 * known not to be in Slack (if still held with `fence`, when given). Rows already posted, failed or superseded are left as they are.
 */
export function markSuperseded(
  db: Db,
  r: LedgerReminder,
  reason: string,
  now: Date,
  fence?: number,
): void {
  write(db, () => {
    if (insertRow(db, r, 'superseded', now, 0, reason)) return;
    db.prepare(
      `UPDATE sent_reminder SET state = 'superseded', reason = ?, maybe_posted = 0,
         lease_until = NULL, retry_at = NULL, updated_at = ?
       WHERE key = ? AND state = 'claimed' AND (? IS NULL OR fence = ?)`,
    ).run(reason, now.toISOString(), r.key, fence ?? null, fence ?? null);
  });
}

/** Records a reminder as superseded if it has no row yet (rows already there are left as is). */
export function recordSuperseded(db: Db, r: LedgerReminder, reason: string, now: Date): boolean {
  return write(db, () => insertRow(db, r, 'superseded', now, 0, reason));
}

export function getLedgerEntry(
  db: Db,
  key: string,
  table: LedgerTable = 'sent_reminder',
): LedgerEntry | null {
  const row = db.prepare(`SELECT * FROM ${table} WHERE key = ?`).get(key) as Row | undefined;
  return row ? toEntry(row) : null;
}

/** The rows of the given keys (absent keys are absent from the map). */
export function getLedgerEntries(db: Db, keys: readonly string[]): Map<string, LedgerEntry> {
  const found = new Map<string, LedgerEntry>();
  const CHUNK = 500;
  for (let i = 0; i < keys.length; i += CHUNK) {
    const chunk = keys.slice(i, i + CHUNK);
    const rows = db
      .prepare(`SELECT * FROM sent_reminder WHERE key IN (${chunk.map(() => '?').join(',')})`)
      .all(...chunk) as Row[];
    for (const row of rows) found.set(row.key, toEntry(row));
  }
  return found;
}

/** Every claim not yet resolved (posted, failed or superseded), by planned time. */
export function listClaimed(db: Db, table: LedgerTable = 'sent_reminder'): LedgerEntry[] {
  return (
    db
      .prepare(`SELECT * FROM ${table} WHERE state = 'claimed' ORDER BY post_at, key`)
      .all() as Row[]
  ).map(toEntry);
}

/** Reminders Slack refused for good, most recent first: what admins must look at. */
export function listFailed(db: Db): LedgerEntry[] {
  return (
    db
      .prepare("SELECT * FROM sent_reminder WHERE state = 'failed' ORDER BY updated_at DESC, key")
      .all() as Row[]
  ).map(toEntry);
}

/** The whole ledger, or one CLSM's, by planned time. */
export function listLedger(db: Db, clsm?: string): LedgerEntry[] {
  const rows = clsm
    ? db.prepare('SELECT * FROM sent_reminder WHERE clsm_id = ? ORDER BY post_at, key').all(clsm)
    : db.prepare('SELECT * FROM sent_reminder ORDER BY post_at, key').all();
  return (rows as Row[]).map(toEntry);
}
