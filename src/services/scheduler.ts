// The reminder scheduler: the only part of the reminders with a clock and side effects.
// Each sweep plans what is due from the registry, claims it in the ledger, posts it through
// the port and records the outcome, so that every reminder is posted once and only once:
// a post starts only under a claim still held (its fence checked and the claim held for
// Slack's completion window in one transaction), and a post with no answer is looked up in
// the channel's history once that window has passed, never posted blind. Posts go out on
// business-day mornings only. The weekly digests follow the same rules in their own ledger.
import type { Db } from '../store/db.js';
import { listClsms } from '../store/registry.js';
import {
  claimReminder,
  FIRST_FENCE,
  confirmPosted,
  getLedgerEntries,
  leaseClaim,
  listClaimed,
  listFailed,
  markFailed,
  markSuperseded,
  recordSuperseded,
  releaseClaim,
  startPost,
  type LedgerEntry,
  type LedgerReminder,
  type LedgerTable,
} from '../store/sent-reminders.js';
import {
  claimDigest,
  getDigestEntry,
  listDepartments,
  listClaimedDigests,
  listDigestSettings,
} from '../store/digests.js';
import { buildDigest, digestSlot, type Digest } from '../reminders/digest.js';
import { addDays, MAX_POSTING_SHIFT_DAYS, parisDateOf } from '../reminders/calendar.js';
import { planReminders, type PlannedReminder } from '../reminders/planner.js';
import type { Clsm } from '../reminders/registry-schema.js';
import { inPostingWindow, type MeetingRule, type ReminderPolicy } from '../reminders/policy.js';
import { NOT_DUE_REASON, SUPERSEDED_REASON, WELCOME_REASON } from './messages.js';

/** What the port answers: a value, or why Slack did not give it. */
export type PortResult<T> =
  | { ok: true; value: T }
  /** 429: nothing was done; try again after `retryAfterSeconds`. */
  | { ok: false; kind: 'rate-limited'; retryAfterSeconds: number; error: string }
  /** 5xx, network, timeout: Slack may or may not have done it; try again later. */
  | { ok: false; kind: 'unknown'; error: string }
  /** Slack answered an error that may pass (internal_error...): nothing was done; retry later. */
  | { ok: false; kind: 'transient'; error: string }
  /** Slack refused for good (channel gone, scopes, token, message): nothing was done. */
  | { ok: false; kind: 'permanent'; error: string };

export interface ReminderToPost {
  reminder: PlannedReminder;
  rule: MeetingRule;
}

/** A weekly digest to post: to a channel, or to an admin (a user id: their DM with the bot). */
export interface DigestToPost {
  key: string;
  channel: string;
  digest: Digest;
}

/** Where reminders go (Slack in production: src/slack/reminder-poster.ts). */
export interface ReminderPort {
  /** Posts the message, carrying `reminder.key` in its metadata. */
  post(item: ReminderToPost): Promise<PortResult<{ ts: string }>>;
  /** Posts a weekly digest, carrying its key in the metadata (without it: no digests). */
  postDigest?(item: DigestToPost): Promise<PortResult<{ ts: string }>>;
  /** Looks for a message carrying `key` in the channel's history since `since`. */
  findPosted(channel: string, key: string, since: Date): Promise<PortResult<{ ts: string } | null>>;
}

export interface SchedulerLogger {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

export interface SchedulerOptions {
  db: Db;
  port: ReminderPort;
  policy: ReminderPolicy;
  /** How long a claim is held to look in Slack's history before a post (default 60 s). */
  leaseMs?: number;
  /**
   * How long a post may still land in Slack after we stopped waiting for its answer (default
   * 5 min, above Slack's own late completions): a claim is held that long from each post
   * attempt, and a post with no answer is looked up in the history only once it has passed.
   */
  completionWindowMs?: number;
  /** First delay after a transient failure (default 60 s); doubles, up to `maxBackoffMs` (1 h). */
  backoffMs?: number;
  maxBackoffMs?: number;
  /** Transient failures for this long make the reminder fail for good (default 24 h). */
  giveUpAfterMs?: number;
  /**
   * Weekly digests for the DDARS (first business day of the week, in the posting window), to the
   * channel set per département, else by DM to `admins`. Off without it.
   */
  digests?: { admins: readonly string[] };
  /** Time between sweeps of `start()` (default 60 s). */
  intervalMs?: number;
  /** The real clock, read only by `start()`; `sweep(now)` takes the time as a parameter. */
  clock?: () => Date;
  logger?: SchedulerLogger;
}

export interface SweepSummary {
  /** Reminders whose time has come, that still make sense, in the posting window. */
  due: number;
  posted: number;
  /** Unconfirmed posts found in the channel's history (a crash between post and record). */
  recovered: number;
  /** Refused for good, retries run out, or expired unposted: shown to admins. */
  failed: number;
  superseded: number;
  /** Attempts to do again later (429, 5xx, network). */
  retrying: number;
  /** Left for a later sweep because Slack asked to slow down. */
  deferred: number;
}

/** The history is searched from a little before the first claim (clock skew with Slack). */
const HISTORY_MARGIN_MS = 5 * 60_000;
const MINUTE = 60_000;
const REMINDERS: LedgerTable = 'sent_reminder';
const DIGESTS: LedgerTable = 'sent_digest';

const silent: SchedulerLogger = { info: () => {}, warn: () => {}, error: () => {} };

function toLedger(r: PlannedReminder): LedgerReminder {
  return {
    key: r.key,
    clsm: r.clsm,
    channel: r.channel,
    meeting: r.meeting,
    type: r.type,
    postAt: r.postAt,
    meetingDate: r.meetingDate,
    offsetDays: r.offsetDays,
    period: r.period?.id ?? null,
  };
}

/** Reminders covered by the welcome message: those already due, and period ones within a week. */
const WELCOME_COVERS_MS = 7 * 86_400_000;

/**
 * When a channel is linked to a CLSM, its welcome message tells where it stands: the reminders
 * it makes pointless (missed ones, and "to plan" / "overdue" of the coming week) are recorded
 * as superseded, so that no burst follows. Returns how many.
 */
export function coverByWelcome(db: Db, clsm: Clsm, policy: ReminderPolicy, now: Date): number {
  const nowMs = now.getTime();
  const today = parisDateOf(now);
  const lookback = addDays(today, -((policy.offsets[0] ?? 0) + MAX_POSTING_SHIFT_DAYS));
  const yearStart = `${today.slice(0, 4)}-01-01`;
  const window = { from: lookback < yearStart ? lookback : yearStart, to: addDays(today, 7) };
  let covered = 0;
  for (const r of planReminders([clsm], window, policy)) {
    if (nowMs >= r.expiresAtMs) continue;
    const covers =
      r.postAtMs <= nowMs || (r.type !== 'upcoming' && r.postAtMs <= nowMs + WELCOME_COVERS_MS);
    if (covers && recordSuperseded(db, toLedger(r), WELCOME_REASON, now)) covered += 1;
  }
  return covered;
}

function emptySummary(): SweepSummary {
  return { due: 0, posted: 0, recovered: 0, failed: 0, superseded: 0, retrying: 0, deferred: 0 };
}

/** The sweep's time moving on with the real time spent in it: leases are taken at this time. */
type Live = () => Date;

function liveFrom(now: Date): Live {
  const start = performance.now();
  return () => new Date(now.getTime() + Math.round(performance.now() - start));
}

type Failure = Exclude<PortResult<unknown>, { ok: true }>;

/** The claim a worker holds: its key, channel, fence and run of failures. */
interface Held {
  key: string;
  channel: string;
  fence: number;
  failingSince: string | null;
  /** Set for a fresh claim, whose first post started when it was taken. */
  postStartedAt?: Date;
}

export class ReminderScheduler {
  private readonly db: Db;
  private readonly port: ReminderPort;
  private readonly policy: ReminderPolicy;
  private readonly leaseMs: number;
  private readonly completionWindowMs: number;
  private readonly backoffMs: number;
  private readonly maxBackoffMs: number;
  private readonly giveUpAfterMs: number;
  private readonly intervalMs: number;
  private readonly digestAdmins: readonly string[] | null;
  private readonly clock: () => Date;
  private readonly log: SchedulerLogger;
  /** What Slack rate-limited, until when (ms): `post:<channel>` or `history`. */
  private readonly pauses = new Map<string, number>();
  private running: Promise<SweepSummary> | null = null;
  private timer: NodeJS.Timeout | null = null;

  constructor(options: SchedulerOptions) {
    this.db = options.db;
    this.port = options.port;
    this.policy = options.policy;
    this.leaseMs = options.leaseMs ?? MINUTE;
    this.completionWindowMs = options.completionWindowMs ?? 5 * MINUTE;
    this.backoffMs = options.backoffMs ?? MINUTE;
    this.maxBackoffMs = options.maxBackoffMs ?? 60 * MINUTE;
    this.giveUpAfterMs = options.giveUpAfterMs ?? 24 * 60 * MINUTE;
    this.intervalMs = options.intervalMs ?? MINUTE;
    this.digestAdmins = options.digests?.admins ?? null;
    this.clock = options.clock ?? (() => new Date());
    this.log = options.logger ?? silent;
  }

  /** Sweeps now, then every `intervalMs` (a tick is skipped while a sweep runs). */
  start(): void {
    if (this.timer) return;
    const tick = (): void => {
      if (this.running) return;
      this.sweep(this.clock()).catch((error: unknown) =>
        this.log.error(
          `reminder sweep failed: ${error instanceof Error ? error.stack : String(error)}`,
        ),
      );
    };
    this.timer = setInterval(tick, this.intervalMs);
    this.timer.unref();
    tick();
  }

  /** Stops the timer and waits for the running sweep. */
  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running?.catch(() => undefined);
  }

  /** One pass at `now`; sweeps never overlap (a call waits for the running one). */
  async sweep(now: Date): Promise<SweepSummary> {
    while (this.running) await this.running.catch(() => undefined);
    const run = this.run(now);
    this.running = run;
    try {
      return await run;
    } finally {
      if (this.running === run) this.running = null;
    }
  }

  /** Every reminder that would go out at `now` (its time has come, it still makes sense, and
   * `now` is in the posting window), by time. */
  dueAt(now: Date): PlannedReminder[] {
    return inPostingWindow(now, this.policy) ? this.plan(now).due : [];
  }

  /** Reminders whose time has come and that still make sense; keys of those that expired. */
  private plan(now: Date): { clsms: Clsm[]; due: PlannedReminder[]; expired: Set<string> } {
    const today = parisDateOf(now);
    const lookback = addDays(today, -((this.policy.offsets[0] ?? 0) + MAX_POSTING_SHIFT_DAYS));
    const yearStart = `${today.slice(0, 4)}-01-01`;
    const from = lookback < yearStart ? lookback : yearStart;
    const nowMs = now.getTime();
    const due: PlannedReminder[] = [];
    const expired = new Set<string>();
    const clsms = listClsms(this.db);
    for (const r of planReminders(clsms, { from, to: today }, this.policy)) {
      if (r.postAtMs > nowMs) continue;
      if (nowMs < r.expiresAtMs) due.push(r);
      else expired.add(r.key);
    }
    return { clsms, due, expired };
  }

  private async run(now: Date): Promise<SweepSummary> {
    const live = liveFrom(now);
    const summary = emptySummary();
    const { clsms, due, expired } = this.plan(now);
    const open = inPostingWindow(now, this.policy);

    // Claims left by an earlier run for reminders no longer due: closed, or failed if expired.
    const dueKeys = new Set(due.map((r) => r.key));
    for (const entry of listClaimed(this.db)) {
      if (dueKeys.has(entry.key)) continue;
      await this.close(entry, expired.has(entry.key) ? null : NOT_DUE_REASON, now, live, summary);
    }
    if (!open) return this.logged(summary);

    summary.due = due.length;
    const groups = new Map<string, PlannedReminder[]>();
    for (const r of due) {
      const group = groups.get(r.group);
      if (group) group.push(r);
      else groups.set(r.group, [r]);
    }
    const ledger = getLedgerEntries(
      this.db,
      due.map((r) => r.key),
    );

    // Oldest groups first; in each, only the most recent reminder is posted.
    const ordered = [...groups.values()].sort(
      (a, b) => (a.at(-1)?.postAtMs ?? 0) - (b.at(-1)?.postAtMs ?? 0),
    );
    for (const group of ordered) {
      const latest = group.at(-1);
      if (!latest) continue;
      if (this.paused(`post:${latest.channel}`, now)) {
        summary.deferred += 1;
        continue;
      }
      for (const older of group.slice(0, -1)) {
        const entry = ledger.get(older.key);
        if (!entry) {
          markSuperseded(this.db, toLedger(older), SUPERSEDED_REASON, live());
          summary.superseded += 1;
        } else if (entry.state === 'claimed')
          await this.close(entry, SUPERSEDED_REASON, now, live, summary);
      }
      const entry = ledger.get(latest.key);
      if (!entry) {
        const claimedAt = live();
        if (claimReminder(this.db, toLedger(latest), claimedAt, this.completionWindowMs))
          await this.post(
            latest,
            {
              key: latest.key,
              channel: latest.channel,
              fence: FIRST_FENCE,
              failingSince: null,
              postStartedAt: claimedAt,
            },
            live,
            summary,
          );
      } else if (entry.state === 'claimed') {
        if (entry.maybePosted && this.paused('history', now)) {
          summary.deferred += 1;
          continue;
        }
        const leased = leaseClaim(this.db, latest.key, live(), this.leaseMs);
        if (!leased) continue;
        if (leased.maybePosted && (await this.lookUp(leased, live, summary)) !== 'absent') continue;
        await this.post(latest, leased, live, summary);
      }
    }
    await this.sweepDigests(clsms, now, live, summary);
    return this.logged(summary);
  }

  /** This week's digests, once each: claimed, posted and confirmed like the reminders. */
  private async sweepDigests(
    clsms: readonly Clsm[],
    now: Date,
    live: Live,
    summary: SweepSummary,
  ): Promise<void> {
    const admins = this.digestAdmins;
    const postDigest = this.port.postDigest?.bind(this.port);
    if (!admins || !postDigest) return;
    const slot = digestSlot(now, this.policy);
    if (!slot) return;
    const nowMs = now.getTime();
    // Claims of past weeks: confirmed if Slack has them, else failed (visible in the logs).
    for (const entry of listClaimedDigests(this.db)) {
      if ((entry.period ?? '') >= slot.week) continue;
      const leased = leaseClaim(this.db, entry.key, live(), this.leaseMs, DIGESTS);
      if (!leased) continue;
      if (leased.maybePosted && (await this.lookUp(leased, live, summary, DIGESTS)) !== 'absent')
        continue;
      markFailed(this.db, leased.key, 'expired', live(), {
        fence: leased.fence,
        error: leased.lastError ?? 'expired',
        maybePosted: false,
        table: DIGESTS,
      });
      summary.failed += 1;
      this.log.warn(`digest ${leased.key} expired unposted (last error: ${leased.lastError})`);
    }
    if (nowMs < slot.postAt.getTime() || nowMs >= slot.expiresAt.getTime()) return;
    const departments = listDepartments(this.db);
    if (departments.length === 0) return;
    const channels = new Map(listDigestSettings(this.db).map((s) => [s.department, s.channel]));
    const failures = listFailed(this.db);
    for (const department of departments) {
      const channel = channels.get(department);
      for (const target of channel ? [channel] : admins) {
        const key = `digest/${department}/${slot.week}/${target}`;
        const entry = getDigestEntry(this.db, key);
        if (entry && entry.state !== 'claimed') continue;
        if (this.paused(`post:${target}`, now)) {
          summary.deferred += 1;
          continue;
        }
        let held: Held;
        if (!entry) {
          const claimedAt = live();
          const claimed = claimDigest(
            this.db,
            {
              key,
              department,
              week: slot.week,
              channel: target,
              postAt: slot.postAt.toISOString(),
            },
            claimedAt,
            this.completionWindowMs,
          );
          if (!claimed) continue;
          held = {
            key,
            channel: target,
            fence: FIRST_FENCE,
            failingSince: null,
            postStartedAt: claimedAt,
          };
        } else {
          if (entry.maybePosted && this.paused('history', now)) {
            summary.deferred += 1;
            continue;
          }
          const leased = leaseClaim(this.db, key, live(), this.leaseMs, DIGESTS);
          if (!leased) continue;
          if (
            leased.maybePosted &&
            (await this.lookUp(leased, live, summary, DIGESTS)) !== 'absent'
          )
            continue;
          held = leased;
        }
        const digest = buildDigest(department, clsms, failures, this.policy, now);
        await this.postHeld(
          held,
          DIGESTS,
          () => postDigest({ key, channel: target, digest }),
          live,
          summary,
        );
      }
    }
  }

  private logged(summary: SweepSummary): SweepSummary {
    if (summary.posted + summary.recovered + summary.failed + summary.retrying > 0)
      this.log.info(`reminders: ${JSON.stringify(summary)}`);
    return summary;
  }

  private paused(scope: string, now: Date): boolean {
    return now.getTime() < (this.pauses.get(scope) ?? 0);
  }

  /**
   * Closes a claim that must not be posted: confirmed if Slack has it; else superseded with
   * `reason`, or (reason null: it expired unposted) failed, for admins to see.
   */
  private async close(
    entry: LedgerEntry,
    reason: string | null,
    now: Date,
    live: Live,
    summary: SweepSummary,
  ): Promise<void> {
    if (entry.maybePosted && this.paused('history', now)) return;
    const leased = leaseClaim(this.db, entry.key, live(), this.leaseMs);
    if (!leased) return;
    if (leased.maybePosted && (await this.lookUp(leased, live, summary)) !== 'absent') return;
    if (reason === null) {
      markFailed(this.db, leased.key, 'expired', live(), {
        fence: leased.fence,
        error: leased.lastError ?? 'expired',
        maybePosted: false,
      });
      summary.failed += 1;
      this.log.warn(`reminder ${leased.key} expired unposted (last error: ${leased.lastError})`);
      return;
    }
    markSuperseded(this.db, leased, reason, live(), leased.fence);
    summary.superseded += 1;
  }

  /**
   * Looks for a claim's key in its channel's history. 'found': confirmed; 'absent': known not
   * posted; 'unknown': the lookup failed and the claim was released (or failed).
   */
  private async lookUp(
    entry: LedgerEntry,
    live: Live,
    summary: SweepSummary,
    table: LedgerTable = REMINDERS,
  ): Promise<'found' | 'absent' | 'unknown'> {
    const since = new Date(Date.parse(entry.claimedAt ?? entry.updatedAt) - HISTORY_MARGIN_MS);
    const result = await this.guard(() => this.port.findPosted(entry.channel, entry.key, since));
    const at = live();
    if (result.ok) {
      if (!result.value) return 'absent';
      confirmPosted(this.db, entry.key, result.value.ts, 'history', at, undefined, table);
      summary.recovered += 1;
      this.log.info(`reminder ${entry.key} found in Slack history, recorded as posted`);
      return 'found';
    }
    this.setBack(entry, result, 'history', at, at, summary, table);
    return 'unknown';
  }

  /** Posts a reminder under the claim `held`. */
  private async post(
    r: PlannedReminder,
    held: Held,
    live: Live,
    summary: SweepSummary,
  ): Promise<void> {
    const rule = this.policy.rules[r.meeting];
    await this.postHeld(
      held,
      REMINDERS,
      () => this.port.post({ reminder: r, rule }),
      live,
      summary,
    );
  }

  /**
   * Sends under the claim `held`, only if it is still held (its fence unchanged; a fresh claim
   * started its post when it was taken).
   */
  private async postHeld(
    held: Held,
    table: LedgerTable,
    send: () => Promise<PortResult<{ ts: string }>>,
    live: Live,
    summary: SweepSummary,
  ): Promise<void> {
    let started = held.postStartedAt;
    if (!started) {
      started = live();
      if (!startPost(this.db, held.key, held.fence, started, this.completionWindowMs, table)) {
        this.log.info(`${held.key}: claim taken over by another worker, not posted here`);
        return;
      }
    }
    const result = await this.guard(send);
    const at = live();
    if (result.ok) {
      confirmPosted(this.db, held.key, result.value.ts, 'response', at, held.channel, table);
      summary.posted += 1;
      return;
    }
    this.setBack(held, result, 'post', started, at, summary, table);
  }

  /**
   * Records a failed call (a post started at `started`, or a history lookup): failed for good
   * when Slack refused or the failures last beyond the bound, else released to retry later with
   * a doubling delay, and never before a post with no answer could have landed.
   */
  private setBack(
    held: Held,
    result: Failure,
    call: 'post' | 'history',
    started: Date,
    at: Date,
    summary: SweepSummary,
    table: LedgerTable = REMINDERS,
  ): void {
    const { key, fence } = held;
    const maybePosted = call === 'history' || result.kind === 'unknown';
    if (result.kind === 'permanent') {
      markFailed(this.db, key, result.error, at, { fence, maybePosted, table });
      summary.failed += 1;
      this.log.warn(`reminder ${key} failed for good: ${result.error}`);
      return;
    }
    const atMs = at.getTime();
    const since = held.failingSince ? Date.parse(held.failingSince) : atMs;
    if (atMs - since >= this.giveUpAfterMs) {
      markFailed(this.db, key, 'retries_exhausted', at, {
        fence,
        error: result.error,
        maybePosted,
        table,
      });
      summary.failed += 1;
      this.log.warn(
        `reminder ${key} failed after retrying since ${held.failingSince}: ${result.error}`,
      );
      return;
    }
    let retryAtMs = atMs + Math.min(this.maxBackoffMs, Math.max(this.backoffMs, atMs - since));
    if (result.kind === 'rate-limited') {
      retryAtMs = atMs + Math.max(1, result.retryAfterSeconds) * 1000;
      const scope = call === 'post' ? `post:${held.channel}` : 'history';
      this.pauses.set(scope, Math.max(this.pauses.get(scope) ?? 0, retryAtMs));
    }
    if (call === 'post' && result.kind === 'unknown')
      retryAtMs = Math.max(retryAtMs, started.getTime() + this.completionWindowMs);
    releaseClaim(
      this.db,
      key,
      fence,
      at,
      { retryAt: new Date(retryAtMs), error: result.error, maybePosted },
      table,
    );
    summary.retrying += 1;
    this.log.warn(`reminder ${key} will be retried: ${result.error}`);
  }

  /** A port that throws is a bug, but must not lose a claim: treated as an unknown outcome. */
  private async guard<T>(call: () => Promise<PortResult<T>>): Promise<PortResult<T>> {
    try {
      return await call();
    } catch (error) {
      return {
        ok: false,
        kind: 'unknown',
        error: error instanceof Error ? error.message : String(error),
      };
    }
  }
}
