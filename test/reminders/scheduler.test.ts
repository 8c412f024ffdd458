// The scheduler against a real SQLite file, a fake clock and a fake Slack Web API on 127.0.0.1.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { KnownBlock } from '@slack/types';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ReminderScheduler, type SweepSummary } from '../../src/services/scheduler.js';
import { RECORD_MEETING_ACTION, parseRecordMeetingValue } from '../../src/slack/blocks/reminder.js';
import { SlackReminderPoster } from '../../src/slack/reminder-poster.js';
import type { Db } from '../../src/store/db.js';
import { cancelMeeting, importRegistry, rescheduleMeeting } from '../../src/store/registry.js';
import {
  getLedgerEntry,
  listFailed,
  listLedger,
  retryFailed,
  retryFailedInChannel,
} from '../../src/store/sent-reminders.js';
import { startFakeSlack, type FakeSlack } from '../support/fake-slack.js';
import { testPolicy } from '../support/reminder-policy.js';
import { tempDb, type TempDb } from '../support/temp-db.js';

const policy = testPolicy();
const SWEEP_ONCE = fileURLToPath(new URL('../support/sweep-once.ts', import.meta.url));

const ALBI = `clsms:
  - id: albigeois
    name: "CLSM de l'Albigeois"
    channel: C0123ABCD
    population: 83000
    meetings:
      - { kind: copil, date: 2026-03-12, time: "14:00" }
      - { kind: pleniere, date: 2026-06-18 }
`;
const J30 = 'albigeois/copil/2026-03-12/upcoming/J-30';
const J7 = 'albigeois/copil/2026-03-12/upcoming/J-7';
const J1 = 'albigeois/copil/2026-03-12/upcoming/J-1';

let t: TempDb;
let fake: FakeSlack;
let now: Date;

beforeEach(async () => {
  t = tempDb();
  now = new Date('2026-01-05T09:00:00+01:00');
  fake = await startFakeSlack({ clock: () => now.getTime() });
});
afterEach(async () => {
  await fake.close();
  t.cleanup();
});

function at(iso: string): Date {
  now = new Date(iso);
  return now;
}

function scheduler(db: Db = t.db, token = 'xoxb-test'): ReminderScheduler {
  return new ReminderScheduler({
    db,
    port: new SlackReminderPoster({ token, slackApiUrl: fake.url, timeoutMs: 5000 }),
    policy,
  });
}

const posts = (): string[] =>
  fake
    .callsTo('chat.postMessage')
    .map((c) => String((c.args.metadata as { event_payload: { key: string } }).event_payload.key));

function summary(partial: Partial<SweepSummary>): SweepSummary {
  return {
    due: 0,
    posted: 0,
    recovered: 0,
    failed: 0,
    superseded: 0,
    retrying: 0,
    deferred: 0,
    ...partial,
  };
}

describe('scheduler: posting', () => {
  beforeEach(() => {
    importRegistry(t.db, ALBI, now);
  });

  it('posts a reminder at 09:00 Paris, once, with its key in the message metadata', async () => {
    const s = scheduler();
    expect(await s.sweep(at('2026-02-10T08:59:00+01:00'))).toEqual(summary({}));
    expect(fake.calls).toHaveLength(0);

    expect(await s.sweep(at('2026-02-10T09:00:00+01:00'))).toEqual(summary({ due: 1, posted: 1 }));
    const [call] = fake.callsTo('chat.postMessage');
    expect(call?.token).toBe('xoxb-test');
    expect(call?.args).toMatchObject({
      channel: 'C0123ABCD',
      metadata: { event_type: 'clsm_reminder', event_payload: { key: J30 } },
    });
    expect(String(call?.args.text)).toContain('jeudi 12 mars 2026');
    const blocks = call?.args.blocks as KnownBlock[];
    const flat = JSON.stringify(blocks);
    expect(flat).toContain('*jeudi 12 mars 2026* à 14h00');
    expect(flat).toContain('Annexe 1 §4 : « Le COPIL se réunit deux fois par an');
    const actions = blocks.find((b) => b.type === 'actions');
    const button = actions && 'elements' in actions ? actions.elements[0] : undefined;
    expect(button).toMatchObject({ type: 'button', action_id: RECORD_MEETING_ACTION });
    expect(parseRecordMeetingValue((button as { value?: string }).value)).toEqual({
      clsm: 'albigeois',
      meeting: 'copil',
      date: '2026-03-12',
    });

    const entry = getLedgerEntry(t.db, J30);
    expect(entry).toMatchObject({
      state: 'posted',
      confirmedVia: 'response',
      ts: fake.messages[0]?.ts,
      attempts: 1,
      maybePosted: false,
    });

    // Later sweeps, and a new process on the same file, post nothing more.
    expect(await s.sweep(at('2026-02-10T09:01:00+01:00'))).toMatchObject({ due: 1, posted: 0 });
    expect(await scheduler(t.reopen()).sweep(at('2026-02-11T09:00:00+01:00'))).toMatchObject({
      posted: 0,
    });
    expect(posts()).toEqual([J30]);
  });

  it('posts J-30, J-7 and J-1 on their days, each once', async () => {
    const s = scheduler();
    for (const day of [
      '2026-02-10',
      '2026-02-11',
      '2026-03-05',
      '2026-03-06',
      '2026-03-11',
      '2026-03-12',
    ])
      for (const time of ['09:00', '09:01', '17:00']) await s.sweep(at(`${day}T${time}:00+01:00`));
    expect(posts()).toEqual([J30, J7, J1]);
    expect(listLedger(t.db).map((e) => [e.key, e.state])).toEqual([
      [J30, 'posted'],
      [J7, 'posted'],
      [J1, 'posted'],
    ]);
  });

  it('honours Retry-After on a 429, then posts once', async () => {
    fake.failNext('chat.postMessage', { kind: 'rate-limited', retryAfter: 30 });
    const s = scheduler();
    expect(await s.sweep(at('2026-02-10T09:00:00+01:00'))).toEqual(
      summary({ due: 1, retrying: 1 }),
    );
    expect(getLedgerEntry(t.db, J30)).toMatchObject({
      state: 'claimed',
      maybePosted: false,
      retryAt: expect.stringMatching(/^2026-02-10T08:00:30\./),
      lastError: 'ratelimited',
    });

    expect(await s.sweep(at('2026-02-10T09:00:20+01:00'))).toEqual(
      summary({ due: 1, deferred: 1 }),
    );
    // Another process does not know of the pause, but the ledger says when to retry.
    expect(await scheduler(t.reopen()).sweep(at('2026-02-10T09:00:20+01:00'))).toEqual(
      summary({ due: 1 }),
    );
    expect(fake.callsTo('chat.postMessage')).toHaveLength(1);

    expect(await s.sweep(at('2026-02-10T09:00:31+01:00'))).toEqual(summary({ due: 1, posted: 1 }));
    expect(fake.callsTo('conversations.history')).toHaveLength(0); // a 429 posted nothing: no lookup
    expect(fake.messages).toHaveLength(1);
    expect(getLedgerEntry(t.db, J30)).toMatchObject({ state: 'posted', attempts: 2 });
  });

  it('retries a 5xx once Slack could no longer complete it, after checking the channel history', async () => {
    fake.failNext('chat.postMessage', { kind: 'http', status: 503 });
    const s = scheduler();
    expect(await s.sweep(at('2026-02-10T09:00:00+01:00'))).toEqual(
      summary({ due: 1, retrying: 1 }),
    );
    expect(getLedgerEntry(t.db, J30)).toMatchObject({ state: 'claimed', maybePosted: true });
    // Within Slack's completion window (5 min): not looked up, not posted again.
    expect(await s.sweep(at('2026-02-10T09:04:00+01:00'))).toEqual(summary({ due: 1 }));
    expect(fake.callsTo('conversations.history')).toHaveLength(0);

    expect(await s.sweep(at('2026-02-10T09:06:00+01:00'))).toEqual(summary({ due: 1, posted: 1 }));
    const [lookup] = fake.callsTo('conversations.history');
    expect(lookup?.args).toMatchObject({ channel: 'C0123ABCD', include_all_metadata: 'true' });
    expect(fake.messages).toHaveLength(1);
  });

  it('does not post twice when Slack posted but the answer was lost (network error)', async () => {
    fake.failNext('chat.postMessage', { kind: 'drop', afterEffect: true });
    const s = scheduler();
    expect(await s.sweep(at('2026-02-10T09:00:00+01:00'))).toEqual(
      summary({ due: 1, retrying: 1 }),
    );
    expect(fake.messages).toHaveLength(1);

    expect(await s.sweep(at('2026-02-10T09:06:00+01:00'))).toEqual(
      summary({ due: 1, recovered: 1 }),
    );
    expect(fake.callsTo('chat.postMessage')).toHaveLength(1);
    expect(getLedgerEntry(t.db, J30)).toMatchObject({
      state: 'posted',
      confirmedVia: 'history',
      ts: fake.messages[0]?.ts,
    });
  });

  it('records a channel the bot was removed from as failed, with the reason, and retries on demand', async () => {
    fake.failNext('chat.postMessage', { kind: 'error', error: 'not_in_channel' });
    const s = scheduler();
    expect(await s.sweep(at('2026-02-10T09:00:00+01:00'))).toEqual(summary({ due: 1, failed: 1 }));
    expect(listFailed(t.db)).toMatchObject([
      { key: J30, reason: 'not_in_channel', channel: 'C0123ABCD' },
    ]);
    expect(await s.sweep(at('2026-02-10T09:05:00+01:00'))).toEqual(summary({ due: 1 }));
    expect(fake.callsTo('chat.postMessage')).toHaveLength(1);

    // An admin re-invited the bot and asks to retry.
    expect(retryFailed(t.db, J30, now)).toBe(true);
    expect(await s.sweep(at('2026-02-10T09:10:00+01:00'))).toEqual(summary({ due: 1, posted: 1 }));
    expect(fake.callsTo('conversations.history')).toHaveLength(0);
    expect(listFailed(t.db)).toEqual([]);
  });

  it('fails an invalid token at once, visibly; retried once the token is fixed', async () => {
    expect(await scheduler(t.db, 'xoxb-wrong').sweep(at('2026-02-10T09:00:00+01:00'))).toEqual(
      summary({ due: 1, failed: 1 }),
    );
    expect(getLedgerEntry(t.db, J30)).toMatchObject({
      state: 'failed',
      reason: 'invalid_auth',
      maybePosted: false,
    });
    expect(retryFailedInChannel(t.db, 'C0123ABCD', now)).toBe(1);
    expect(await scheduler().sweep(at('2026-02-10T09:01:00+01:00'))).toEqual(
      summary({ due: 1, posted: 1 }),
    );
    expect(fake.messages).toHaveLength(1);
  });

  it('posts once when two processes sweep the same file at the same time', async () => {
    const [a, b] = await Promise.all([
      scheduler(t.db).sweep(at('2026-02-10T09:00:00+01:00')),
      scheduler(t.reopen()).sweep(now),
    ]);
    expect(a.posted + b.posted).toBe(1);
    expect(fake.messages).toHaveLength(1);
  });

  it('sweeps at start-up, then on its interval, with its own clock', async () => {
    at('2026-02-10T09:00:00+01:00');
    const s = new ReminderScheduler({
      db: t.db,
      port: new SlackReminderPoster({ token: 'xoxb-test', slackApiUrl: fake.url }),
      policy,
      intervalMs: 20,
      clock: () => now,
    });
    s.start();
    await fake.waitFor('chat.postMessage');
    at('2026-03-05T09:00:00+01:00');
    await fake.waitFor('chat.postMessage', 2);
    await s.stop();
    expect(posts()).toEqual([J30, J7]);
  });
});

describe('scheduler: crash between post and record', () => {
  it('finds the key in the channel history after a kill, and does not post again', async () => {
    importRegistry(t.db, ALBI, now);
    at('2026-02-10T09:00:00+01:00');
    // Slack receives and posts the message, but the answer never comes: the process is killed.
    fake.failNext('chat.postMessage', { kind: 'hang', afterEffect: true });
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', SWEEP_ONCE, t.path, fake.url, now.toISOString()],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    const exited = new Promise<NodeJS.Signals | null>((resolve) =>
      child.on('exit', (_code, signal) => resolve(signal)),
    );
    await fake.waitFor('chat.postMessage');
    child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');
    expect(fake.messages).toHaveLength(1);
    expect(getLedgerEntry(t.db, J30)).toMatchObject({
      state: 'claimed',
      maybePosted: true,
      attempts: 1,
      ts: null,
    });

    // Restarted within Slack's completion window of the dead process's post: left alone.
    const restarted = scheduler(t.reopen());
    expect(await restarted.sweep(at('2026-02-10T09:04:30+01:00'))).toEqual(summary({ due: 1 }));
    // Once it has passed: the claim is looked up in Slack and confirmed, not posted again.
    expect(await restarted.sweep(at('2026-02-10T09:05:30+01:00'))).toEqual(
      summary({ due: 1, recovered: 1 }),
    );
    expect(fake.callsTo('chat.postMessage')).toHaveLength(1);
    expect(fake.callsTo('conversations.history')).toHaveLength(1);
    expect(getLedgerEntry(t.db, J30)).toMatchObject({
      state: 'posted',
      confirmedVia: 'history',
      ts: fake.messages[0]?.ts,
    });
  });

  it('posts after a kill before the post reached Slack (key not in history)', async () => {
    importRegistry(t.db, ALBI, now);
    at('2026-02-10T09:00:00+01:00');
    fake.failNext('chat.postMessage', { kind: 'hang', afterEffect: false });
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', SWEEP_ONCE, t.path, fake.url, now.toISOString()],
      {
        stdio: 'ignore',
      },
    );
    const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
    await fake.waitFor('chat.postMessage');
    child.kill('SIGKILL');
    await exited;
    expect(fake.messages).toHaveLength(0);
    expect(await scheduler(t.reopen()).sweep(at('2026-02-10T09:06:00+01:00'))).toEqual(
      summary({ due: 1, posted: 1 }),
    );
    expect(fake.messages).toHaveLength(1);
  });
});

describe('scheduler: after downtime', () => {
  it('posts only the most recent missed reminder of a meeting; the older ones are superseded', async () => {
    importRegistry(t.db, ALBI, now);
    // Down from before J-30 until the day before the meeting.
    expect(await scheduler().sweep(at('2026-03-11T10:00:00+01:00'))).toEqual(
      summary({ due: 3, posted: 1, superseded: 2 }),
    );
    expect(posts()).toEqual([J1]);
    expect(listLedger(t.db).map((e) => [e.key, e.state, e.reason])).toEqual([
      [J30, 'superseded', 'remplacé par un rappel plus récent de la même réunion'],
      [J7, 'superseded', 'remplacé par un rappel plus récent de la même réunion'],
      [J1, 'posted', null],
    ]);
  });

  it('posts the J-1 on the meeting day before it starts, nothing once it started or passed', async () => {
    importRegistry(t.db, ALBI, now);
    expect(await scheduler().sweep(at('2026-03-12T15:00:00+01:00'))).toEqual(summary({}));
    expect(listLedger(t.db)).toEqual([]);
    expect(await scheduler().sweep(at('2026-03-12T10:00:00+01:00'))).toMatchObject({
      posted: 1,
      superseded: 2,
    });
    expect(posts()).toEqual([J1]);
  });

  it('posts one reminder per missed period: the overdue, not the older to-plan', async () => {
    importRegistry(
      t.db,
      `clsms:
  - id: castres
    name: "CLSM de Castres"
    channel: C0CASTRES
    population: 41000
`,
      now,
    );
    expect(await scheduler().sweep(at('2026-06-15T11:00:00+02:00'))).toEqual(
      summary({ due: 3, posted: 2, superseded: 1 }),
    );
    expect(posts()).toEqual(['castres/pleniere/2026/to-plan', 'castres/copil/2026-S1/overdue']);
    expect(getLedgerEntry(t.db, 'castres/copil/2026-S1/to-plan')?.state).toBe('superseded');
    const overdue = fake.messages.find(
      (m) => m.metadata?.event_payload.key === 'castres/copil/2026-S1/overdue',
    );
    expect(JSON.stringify(overdue?.blocks)).toContain(
      'le premier semestre 2026 se termine le *mardi 30 juin 2026* et aucun COPIL n’est daté',
    );
    // The half-year is over: nothing more about it, even after a long silence.
    expect(await scheduler().sweep(at('2026-07-01T09:00:00+02:00'))).toMatchObject({ posted: 1 });
    expect(posts().at(-1)).toBe('castres/copil/2026-S2/to-plan');
  });

  it('does not flood on the first start over a registry with history', async () => {
    importRegistry(
      t.db,
      `clsms:
  - id: albigeois
    name: "CLSM de l'Albigeois"
    channel: C0123ABCD
    population: 83000
    meetings:
      - { kind: copil, date: 2025-03-12 }
      - { kind: copil, date: 2025-10-02 }
      - { kind: pleniere, date: 2025-06-20 }
      - { kind: copil, date: 2026-02-05 }
      - { kind: pleniere, date: 2026-06-18 }
`,
      now,
    );
    // 3 February 2026: the 2025 meetings are history, the 5 February COPIL's J-30 and J-7 were missed.
    expect(await scheduler().sweep(at('2026-02-03T09:30:00+01:00'))).toEqual(
      summary({ due: 2, posted: 1, superseded: 1 }),
    );
    expect(posts()).toEqual(['albigeois/copil/2026-02-05/upcoming/J-7']);
  });
});

describe('scheduler: rescheduling and cancelling', () => {
  beforeEach(() => {
    importRegistry(t.db, ALBI, now);
  });

  it('follows a rescheduled meeting; what was posted stays recorded', async () => {
    const s = scheduler();
    await s.sweep(at('2026-02-10T09:00:00+01:00'));
    rescheduleMeeting(t.db, 'albigeois', 'copil', '2026-03-12', { date: '2026-04-16' }, now);
    expect(await s.sweep(at('2026-03-05T09:00:00+01:00'))).toEqual(summary({}));
    // New J-30: 17 March.
    expect(await s.sweep(at('2026-03-17T09:00:00+01:00'))).toEqual(summary({ due: 1, posted: 1 }));
    expect(posts()).toEqual([J30, 'albigeois/copil/2026-04-16/upcoming/J-30']);
    expect(getLedgerEntry(t.db, J30)?.state).toBe('posted');
    expect(JSON.stringify(fake.messages[1]?.blocks)).toContain('jeudi 16 avril 2026');
  });

  it('posts nothing more for a cancelled meeting, and the half-year has no COPIL again', async () => {
    const s = scheduler();
    await s.sweep(at('2026-02-10T09:00:00+01:00'));
    cancelMeeting(t.db, 'albigeois', 'copil', '2026-03-12', now);
    for (const day of ['2026-03-05', '2026-03-11']) await s.sweep(at(`${day}T09:00:00+01:00`));
    // The first-half COPIL is to plan again: its (missed) to-plan reminder is now due.
    expect(posts()).toEqual([J30, 'albigeois/copil/2026-S1/to-plan']);
    expect(getLedgerEntry(t.db, J7)).toBeNull();
  });

  it('closes a pending retry whose meeting was cancelled, after checking Slack if needed', async () => {
    const s = scheduler();
    await s.sweep(at('2026-02-10T09:00:00+01:00'));
    fake.failNext('chat.postMessage', { kind: 'http', status: 500 });
    expect(await s.sweep(at('2026-03-05T09:00:00+01:00'))).toMatchObject({ retrying: 1 });
    cancelMeeting(t.db, 'albigeois', 'copil', '2026-03-12', now);
    expect(await s.sweep(at('2026-03-05T09:06:00+01:00'))).toEqual(
      summary({ due: 1, superseded: 1, posted: 1 }),
    );
    expect(fake.callsTo('conversations.history')).toHaveLength(1);
    expect(getLedgerEntry(t.db, J7)).toMatchObject({
      state: 'superseded',
      reason: expect.stringContaining('plus dû'),
    });
    // The call for J-7 was the 500; then the half-year's to-plan, due again.
    expect(posts()).toEqual([J30, J7, 'albigeois/copil/2026-S1/to-plan']);
    expect(fake.messages.map((m) => m.metadata?.event_payload.key)).toEqual([
      J30,
      'albigeois/copil/2026-S1/to-plan',
    ]);
  });

  it('stops the period reminders once a COPIL is dated in the half-year', async () => {
    importRegistry(
      t.db,
      `clsms:
  - id: castres
    name: "CLSM de Castres"
    channel: C0CASTRES
    population: 41000
    meetings:
      - { kind: pleniere, date: 2026-11-20 }
`,
      now,
    );
    const s = scheduler();
    await s.sweep(at('2026-01-02T09:00:00+01:00'));
    expect(posts()).toContain('castres/copil/2026-S1/to-plan');
    const before = posts().length;
    importRegistry(
      t.db,
      `clsms:
  - id: castres
    name: "CLSM de Castres"
    channel: C0CASTRES
    population: 41000
    meetings:
      - { kind: pleniere, date: 2026-11-20 }
      - { kind: copil, date: 2026-06-25 }
`,
      now,
    );
    await s.sweep(at('2026-06-01T09:00:00+02:00'));
    // No "overdue" for the half-year; the new COPIL's J-30 (26 May, missed) is posted late.
    expect(
      posts()
        .slice(before)
        .filter((k) => k.startsWith('castres/')),
    ).toEqual(['castres/copil/2026-06-25/upcoming/J-30']);
    expect(getLedgerEntry(t.db, 'castres/copil/2026-S1/overdue')).toBeNull();
  });
});

describe('scheduler: exactly once when Slack is slow', () => {
  beforeEach(() => {
    importRegistry(t.db, ALBI, now);
  });

  it('does not re-post a timed-out post before Slack could complete it late', async () => {
    // Slack completes the post 1 s after the call, long after the client gave up (200 ms).
    fake.failNext('chat.postMessage', { kind: 'late', afterMs: 1000 });
    const s = new ReminderScheduler({
      db: t.db,
      port: new SlackReminderPoster({ token: 'xoxb-test', slackApiUrl: fake.url, timeoutMs: 200 }),
      policy,
    });
    expect(await s.sweep(at('2026-02-10T09:00:00+01:00'))).toEqual(
      summary({ due: 1, retrying: 1 }),
    );
    // The next sweeps, within Slack's completion window: no lookup, no post.
    expect(await s.sweep(at('2026-02-10T09:01:00+01:00'))).toEqual(summary({ due: 1 }));
    expect(await scheduler(t.reopen()).sweep(at('2026-02-10T09:02:00+01:00'))).toEqual(
      summary({ due: 1 }),
    );
    await fake.idle(); // the late completion has landed
    expect(fake.messages).toHaveLength(1);
    expect(await s.sweep(at('2026-02-10T09:05:01+01:00'))).toEqual(
      summary({ due: 1, recovered: 1 }),
    );
    expect(fake.callsTo('chat.postMessage')).toHaveLength(1);
    expect(getLedgerEntry(t.db, J30)).toMatchObject({ state: 'posted', confirmedVia: 'history' });
  });

  it('does not post from a worker whose lease ran out during a slow history lookup', async () => {
    fake.failNext('chat.postMessage', { kind: 'http', status: 500 });
    await scheduler().sweep(at('2026-02-10T09:00:00+01:00'));
    // The first lookup answers in 400 ms; meanwhile the lease (60 s on the sweep's clock) ends
    // and another process takes the claim, looks (fast), and posts.
    let lookups = 0;
    fake.setLatency('conversations.history', () => (++lookups === 1 ? 400 : 0));
    const slow = scheduler().sweep(at('2026-02-10T09:06:00+01:00'));
    await fake.waitFor('conversations.history');
    const other = await scheduler(t.reopen()).sweep(at('2026-02-10T09:07:01+01:00'));
    expect(other).toEqual(summary({ due: 1, posted: 1 }));
    // The slow worker's lookup said "absent" (read before the other's post), but its fence is stale.
    expect(await slow).toEqual(summary({ due: 1 }));
    expect(fake.callsTo('conversations.history')).toHaveLength(2);
    expect(fake.messages).toHaveLength(1);
    expect(getLedgerEntry(t.db, J30)).toMatchObject({ state: 'posted', fence: 3, attempts: 2 });
  });
});

describe('scheduler: failures classified and bounded', () => {
  beforeEach(() => {
    importRegistry(t.db, ALBI, now);
  });

  it.each([
    'restricted_action',
    'missing_scope',
    'invalid_blocks',
    'msg_too_long',
    'token_revoked',
  ])('fails %s at once, with its reason', async (error) => {
    fake.failNext('chat.postMessage', { kind: 'error', error });
    expect(await scheduler().sweep(at('2026-02-10T09:00:00+01:00'))).toEqual(
      summary({ due: 1, failed: 1 }),
    );
    expect(listFailed(t.db)).toMatchObject([{ key: J30, reason: error }]);
  });

  it('retries transient errors with a doubling delay, then fails after 24 h', async () => {
    const s = scheduler();
    /** Seconds from now to the planned retry. */
    const delay = (): number =>
      Math.round((Date.parse(getLedgerEntry(t.db, J30)?.retryAt ?? '') - now.getTime()) / 1000);
    fake.failNext('chat.postMessage', { kind: 'error', error: 'internal_error' }, 1000);
    await s.sweep(at('2026-02-10T09:00:00+01:00'));
    const delays = [delay()];
    for (let i = 0; i < 3; i += 1) {
      await s.sweep(at(new Date(now.getTime() + (delays.at(-1) ?? 0) * 1000 + 1000).toISOString()));
      delays.push(delay());
    }
    // 1 min, then as long as the failures have lasted: doubling.
    expect(delays).toEqual([60, 61, 123, 247]);
    // Capped at 1 h; the window closes at noon, the retries go on the next mornings.
    await s.sweep(at('2026-02-10T11:30:00+01:00'));
    expect(delay()).toBe(3600);
    expect(await s.sweep(at('2026-02-11T09:01:00+01:00'))).toEqual(summary({ due: 1, failed: 1 }));
    expect(getLedgerEntry(t.db, J30)).toMatchObject({
      state: 'failed',
      reason: 'retries_exhausted',
      lastError: 'internal_error',
    });
    expect(fake.callsTo('chat.postMessage')).toHaveLength(6);
  });

  it('fails a reminder that expires while it keeps failing, visibly', async () => {
    fake.failNext('chat.postMessage', { kind: 'error', error: 'internal_error' }, 1000);
    const s = scheduler();
    await s.sweep(at('2026-03-11T09:00:00+01:00')); // J-1 (J-30 and J-7 superseded)
    // The meeting started at 14:00: the J-1 expired unposted.
    expect(await s.sweep(at('2026-03-12T15:00:00+01:00'))).toEqual(summary({ failed: 1 }));
    expect(getLedgerEntry(t.db, J1)).toMatchObject({
      state: 'failed',
      reason: 'expired',
      lastError: 'internal_error',
    });
  });
});

describe('scheduler: rate limits', () => {
  it('pauses only the channel Slack rate-limited', async () => {
    importRegistry(
      t.db,
      `clsms:
  - id: albigeois
    name: "CLSM de l'Albigeois"
    channel: C0123ABCD
    population: 83000
    meetings:
      - { kind: copil, date: 2026-03-12, time: "14:00" }
      - { kind: pleniere, date: 2026-03-12 }
  - id: castres
    name: "CLSM de Castres"
    channel: C0CASTRES
    population: 41000
    meetings:
      - { kind: copil, date: 2026-03-12 }
      - { kind: pleniere, date: 2026-03-12 }
`,
      now,
    );
    fake.failNext('chat.postMessage', { kind: 'rate-limited', retryAfter: 60 });
    const s = scheduler();
    // Albigeois's COPIL J-30 is limited: its plenary J-30 waits; Castres's both go out.
    expect(await s.sweep(at('2026-02-10T09:00:00+01:00'))).toEqual(
      summary({ due: 4, posted: 2, retrying: 1, deferred: 1 }),
    );
    expect(fake.messages.map((m) => m.channel)).toEqual(['C0CASTRES', 'C0CASTRES']);
    expect(await s.sweep(at('2026-02-10T09:01:01+01:00'))).toMatchObject({ posted: 2 });
    expect(fake.messages).toHaveLength(4);
  });
});

describe('scheduler: business hours', () => {
  it('holds a reminder due during the night until the next business-day morning', async () => {
    // Imported on Friday evening: the J-1 of Monday's meeting was due at 09:00 that Friday.
    importRegistry(
      t.db,
      `clsms:
  - id: albigeois
    name: "CLSM de l'Albigeois"
    channel: C0123ABCD
    population: 83000
    meetings:
      - { kind: copil, date: 2026-03-16, time: "14:00" }
`,
      now,
    );
    const s = scheduler();
    for (const when of [
      '2026-03-13T21:00:00+01:00', // Friday evening
      '2026-03-14T09:30:00+01:00', // Saturday
      '2026-03-16T08:59:00+01:00', // Monday, before the window
    ])
      expect(await s.sweep(at(when))).toEqual(summary({}));
    expect(fake.messages).toHaveLength(0);
    expect(await s.sweep(at('2026-03-16T09:00:00+01:00'))).toMatchObject({ posted: 2 });
    expect(posts()).toContain('albigeois/copil/2026-03-16/upcoming/J-1');
  });

  it('posts nothing on a public holiday, and goes out the next business day', async () => {
    importRegistry(
      t.db,
      `clsms:
  - id: castres
    name: "CLSM de Castres"
    channel: C0CASTRES
    population: 41000
`,
      now,
    );
    // Friday 1 May 2026 (fête du Travail), then Monday 4 May.
    expect(await scheduler().sweep(at('2026-05-01T09:30:00+02:00'))).toEqual(summary({}));
    expect(await scheduler().sweep(at('2026-05-04T09:30:00+02:00'))).toMatchObject({ posted: 2 });
  });
});
