// The reminder scheduler: the only part of the reminders with a clock and side effects.
// Each sweep plans what is due from the registry, claims it in the ledger, posts it through
// the port and records the outcome, so that every reminder is posted once and only once.
import type { Db } from '../store/db.js';
import { listClsms } from '../store/registry.js';
import {
  claimReminder,
  confirmPosted,
  getLedgerEntries,
  leaseClaim,
  listClaimed,
  markFailed,
  markSuperseded,
  releaseClaim,
  type LedgerEntry,
  type LedgerReminder,
} from '../store/sent-reminders.js';
import { addDays, parisDateOf } from '../reminders/calendar.js';
import { planReminders, type PlannedReminder } from '../reminders/planner.js';
import type { MeetingRule, ReminderPolicy } from '../reminders/policy.js';

/** What the port answers: a value, or why Slack did not give it. */
export type PortResult<T> =
  | { ok: true; value: T }
  /** 429: nothing was done; try again after `retryAfterSeconds`. */
  | { ok: false; kind: 'rate-limited'; retryAfterSeconds: number; error: string }
  /** 5xx, network, timeout: Slack may or may not have done it; try again later. */
  | { ok: false; kind: 'unknown'; error: string }
  /** Slack answered with an error that may pass (auth, scopes...): nothing was done; retry later. */
  | { ok: false; kind: 'refused'; error: string }
  /** The channel is gone for the bot (not_in_channel, channel_not_found, is_archived). */
  | { ok: false; kind: 'permanent'; error: string };

export interface ReminderToPost {
  reminder: PlannedReminder;
  rule: MeetingRule;
}

/** Where reminders go (Slack in production: src/slack/reminder-poster.ts). */
export interface ReminderPort {
  /** Posts the message, carrying `reminder.key` in its metadata. */
  post(item: ReminderToPost): Promise<PortResult<{ ts: string }>>;
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
  /** How long one post attempt holds a claim (default 60 s). */
  leaseMs?: number;
  /** Time between sweeps of `start()` (default 60 s). */
  intervalMs?: number;
  /** The real clock, read only by `start()`; `sweep(now)` takes the time as a parameter. */
  clock?: () => Date;
  logger?: SchedulerLogger;
}

export interface SweepSummary {
  /** Reminders whose time has come and that still make sense. */
  due: number;
  posted: number;
  /** Unconfirmed posts found in the channel's history (a crash between post and record). */
  recovered: number;
  failed: number;
  superseded: number;
  /** Attempts to do again later (429, 5xx, network). */
  retrying: number;
  /** Left for a later sweep because Slack asked to slow down. */
  deferred: number;
}

const SUPERSEDED = 'remplacé par un rappel plus récent de la même réunion';
const NOT_DUE = 'plus dû : réunion annulée, déplacée ou passée, ou période close';
/** The history is searched from a little before the first claim (clock skew with Slack). */
const HISTORY_MARGIN_MS = 5 * 60_000;

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

function emptySummary(): SweepSummary {
  return { due: 0, posted: 0, recovered: 0, failed: 0, superseded: 0, retrying: 0, deferred: 0 };
}

export class ReminderScheduler {
  private readonly db: Db;
  private readonly port: ReminderPort;
  private readonly policy: ReminderPolicy;
  private readonly leaseMs: number;
  private readonly intervalMs: number;
  private readonly clock: () => Date;
  private readonly log: SchedulerLogger;
  private pausedUntilMs = 0;
  private running: Promise<SweepSummary> | null = null;
  private timer: NodeJS.Timeout | null = null;

  constructor(options: SchedulerOptions) {
    this.db = options.db;
    this.port = options.port;
    this.policy = options.policy;
    this.leaseMs = options.leaseMs ?? 60_000;
    this.intervalMs = options.intervalMs ?? 60_000;
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

  /** Every reminder whose time has come at `now` and that still makes sense, by time. */
  dueAt(now: Date): PlannedReminder[] {
    const today = parisDateOf(now);
    const lookback = addDays(today, -((this.policy.offsets[0] ?? 0) + 10));
    const yearStart = `${today.slice(0, 4)}-01-01`;
    const from = lookback < yearStart ? lookback : yearStart;
    const nowMs = now.getTime();
    return planReminders(listClsms(this.db), { from, to: today }, this.policy).filter(
      (r) => r.postAtMs <= nowMs && nowMs < r.expiresAtMs,
    );
  }

  private async run(now: Date): Promise<SweepSummary> {
    const summary = emptySummary();
    const due = this.dueAt(now);
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

    // Claims left by an earlier run for reminders no longer due.
    const dueKeys = new Set(due.map((r) => r.key));
    for (const entry of listClaimed(this.db)) {
      if (dueKeys.has(entry.key)) continue;
      if (this.paused(now)) break;
      await this.close(entry, NOT_DUE, now, summary);
    }

    // Oldest groups first; in each, only the most recent reminder is posted.
    const ordered = [...groups.values()].sort(
      (a, b) => (a.at(-1)?.postAtMs ?? 0) - (b.at(-1)?.postAtMs ?? 0),
    );
    for (const group of ordered) {
      const latest = group.at(-1);
      if (!latest) continue;
      if (this.paused(now)) {
        summary.deferred += 1;
        continue;
      }
      for (const older of group.slice(0, -1)) {
        const entry = ledger.get(older.key);
        if (!entry) {
          markSuperseded(this.db, toLedger(older), SUPERSEDED, now);
          summary.superseded += 1;
        } else if (entry.state === 'claimed') await this.close(entry, SUPERSEDED, now, summary);
      }
      const entry = ledger.get(latest.key);
      if (!entry) {
        if (claimReminder(this.db, toLedger(latest), now, this.leaseMs))
          await this.post(latest, now, summary);
      } else if (entry.state === 'claimed') {
        const leased = leaseClaim(this.db, latest.key, now, this.leaseMs, true);
        if (!leased) continue;
        if (leased.maybePosted && (await this.lookUp(leased, now, summary)) !== 'absent') continue;
        await this.post(latest, now, summary);
      }
    }
    if (summary.posted + summary.recovered + summary.failed + summary.retrying > 0)
      this.log.info(`reminders: ${JSON.stringify(summary)}`);
    return summary;
  }

  private paused(now: Date): boolean {
    return now.getTime() < this.pausedUntilMs;
  }

  /** Closes a claim that must not be posted: confirmed if Slack has it, else superseded. */
  private async close(
    entry: LedgerEntry,
    reason: string,
    now: Date,
    summary: SweepSummary,
  ): Promise<void> {
    const leased = leaseClaim(this.db, entry.key, now, this.leaseMs, false);
    if (!leased) return;
    if (leased.maybePosted && (await this.lookUp(leased, now, summary)) !== 'absent') return;
    markSuperseded(this.db, leased, reason, now);
    summary.superseded += 1;
  }

  /**
   * Looks for a claim's key in its channel's history. 'found': confirmed; 'absent': known not
   * posted; 'unknown': the lookup failed and the claim was released (or failed).
   */
  private async lookUp(
    entry: LedgerEntry,
    now: Date,
    summary: SweepSummary,
  ): Promise<'found' | 'absent' | 'unknown'> {
    const since = new Date(Date.parse(entry.claimedAt ?? entry.updatedAt) - HISTORY_MARGIN_MS);
    const result = await this.guard(() => this.port.findPosted(entry.channel, entry.key, since));
    if (result.ok) {
      if (!result.value) return 'absent';
      confirmPosted(this.db, entry.key, result.value.ts, 'history', now);
      summary.recovered += 1;
      this.log.info(`reminder ${entry.key} found in Slack history, recorded as posted`);
      return 'found';
    }
    this.setBack(entry.key, result, true, now, summary);
    return 'unknown';
  }

  private async post(r: PlannedReminder, now: Date, summary: SweepSummary): Promise<void> {
    const rule = this.policy.rules[r.meeting];
    const result = await this.guard(() => this.port.post({ reminder: r, rule }));
    if (result.ok) {
      confirmPosted(this.db, r.key, result.value.ts, 'response', now, r.channel);
      summary.posted += 1;
      return;
    }
    this.setBack(r.key, result, result.kind === 'unknown', now, summary);
  }

  /** Records a failed call: failed for good, or released for a later retry. */
  private setBack(
    key: string,
    result: Exclude<PortResult<unknown>, { ok: true }>,
    maybePosted: boolean,
    now: Date,
    summary: SweepSummary,
  ): void {
    if (result.kind === 'permanent') {
      markFailed(this.db, key, result.error, now, maybePosted);
      summary.failed += 1;
      this.log.warn(`reminder ${key} failed for good: ${result.error}`);
      return;
    }
    let retryAt: Date | null = null;
    if (result.kind === 'rate-limited') {
      retryAt = new Date(now.getTime() + Math.max(1, result.retryAfterSeconds) * 1000);
      this.pausedUntilMs = Math.max(this.pausedUntilMs, retryAt.getTime());
    }
    releaseClaim(this.db, key, now, { retryAt, error: result.error, maybePosted });
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
