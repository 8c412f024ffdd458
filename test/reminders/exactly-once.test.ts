// Exactly once, under faults: two real processes sweep one SQLite file against a fake Slack that
// is slow (history pages longer than a lease), loses answers, completes posts late, answers 500
// and 429, and refuses one channel for good. Every reminder must end posted exactly once, or
// failed with its reason and not in Slack: no duplicate, no silent loss.
import { spawn, type ChildProcess } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importRegistry } from '../../src/store/registry.js';
import { getDigestEntry } from '../../src/store/digests.js';
import { listFailed, listLedger } from '../../src/store/sent-reminders.js';
import { startFakeSlack, type FakeSlack } from '../support/fake-slack.js';
import { tempDb, type TempDb } from '../support/temp-db.js';

const SWEEP_LOOP = fileURLToPath(new URL('../support/sweep-loop.ts', import.meta.url));
/** A business day at 09:00 Paris: each CLSM's COPIL and plenary are "to plan". */
const BASE = Date.parse('2026-01-02T09:00:00+01:00');
const CLSMS = 200;
/** Channels whose reminders Slack refuses for good (the bot was removed). */
const GONE = 10;
const RUN_MS = 50_000;
/** Each with its weekly digest (due: the week's Monday was 29 December), by DM to 2 admins. */
const DEPARTMENTS = ['81', '12', '31', '46'];
const DIGEST_KEYS = DEPARTMENTS.flatMap((d) =>
  ['UADMIN1', 'UADMIN2'].map((admin) => `digest/${d}/2025-12-29/${admin}`),
);

/** mulberry32: a seeded generator, so a failing run can be replayed. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

let t: TempDb;
let fake: FakeSlack;
let epoch: number;
const children: ChildProcess[] = [];

beforeAll(async () => {
  t = tempDb();
  epoch = Date.now();
  fake = await startFakeSlack({ clock: () => BASE + Date.now() - epoch });
  const lines = ['clsms:'];
  for (let i = 0; i < CLSMS; i += 1)
    lines.push(
      `  - id: clsm-${i}`,
      `    name: "CLSM ${i}"`,
      `    channel: ${i < GONE ? 'CGONE' : 'C'}${String(i).padStart(6, '0')}`,
      '    population: 20000',
      `    department: "${DEPARTMENTS[i % DEPARTMENTS.length]}"`,
    );
  importRegistry(t.db, `${lines.join('\n')}\n`, new Date(BASE - 86_400_000));
});

afterAll(async () => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
  await fake.close();
  t.cleanup();
});

describe('reminders: exactly once under faults, two processes', () => {
  it('posts every reminder once or fails it visibly', { timeout: 90_000 }, async () => {
    const seed = Number(process.env.CLSM_CHAOS_SEED ?? 20261130);
    const rand = random(seed);
    const injected = { http500: 0, late: 0, dropped: 0, limited: 0, slowHistory: 0 };
    fake.setChaos('chat.postMessage', (call) => {
      if (String(call.args.channel).startsWith('CGONE'))
        return { kind: 'error', error: 'not_in_channel' };
      const r = rand();
      if (r < 0.08) return (injected.http500++, { kind: 'http', status: 500 });
      if (r < 0.16) return (injected.late++, { kind: 'late', afterMs: 1500 });
      if (r < 0.2) return (injected.dropped++, { kind: 'drop', afterEffect: true });
      if (r < 0.22) return (injected.limited++, { kind: 'rate-limited', retryAfter: 1 });
      return null;
    });
    fake.setChaos('conversations.history', () =>
      rand() < 0.05 ? { kind: 'http', status: 503 } : null,
    );
    // Half the history pages take longer than a claim's lease (150 ms), within the timeout.
    fake.setLatency('conversations.history', () =>
      rand() < 0.5 ? (injected.slowHistory++, 380) : 30,
    );

    const started = Date.now();
    for (let i = 0; i < 2; i += 1) {
      const child = spawn(
        process.execPath,
        [
          '--import',
          'tsx',
          SWEEP_LOOP,
          t.path,
          fake.url,
          new Date(BASE).toISOString(),
          String(epoch),
          String(RUN_MS),
        ],
        { stdio: ['ignore', 'ignore', 'inherit'] },
      );
      children.push(child);
    }
    const expected = CLSMS * 2;
    const settled = (): boolean => {
      const ledger = listLedger(t.db);
      return (
        ledger.length === expected &&
        ledger.every((e) => e.state !== 'claimed') &&
        DIGEST_KEYS.every((k) => getDigestEntry(t.db, k)?.state === 'posted')
      );
    };
    while (!settled() && Date.now() - started < RUN_MS) await sleep(250);
    const elapsed = Date.now() - started;
    // Stop the loops, then let what they sent land: late completions included, nothing after.
    const exits = children
      .filter((child) => child.exitCode === null)
      .map((child) => new Promise((resolve) => child.once('exit', resolve)));
    for (const child of children) child.kill('SIGKILL');
    await Promise.all(exits);
    await fake.idle({ connections: true });

    const ledger = listLedger(t.db);
    const posted = new Map<string, number>();
    for (const m of fake.messages) {
      const key = String(m.metadata?.event_payload.key);
      posted.set(key, (posted.get(key) ?? 0) + 1);
    }
    const duplicates = [...posted].filter(([, n]) => n > 1).map(([k]) => k);
    const digestsLost = DIGEST_KEYS.filter(
      (k) => getDigestEntry(t.db, k)?.state !== 'posted' || posted.get(k) !== 1,
    );
    const lost = ledger
      .filter((e) => !(e.state === 'posted' && posted.get(e.key) === 1))
      .filter((e) => !(e.state === 'failed' && e.reason && !posted.has(e.key)))
      .map((e) => `${e.key}: ${e.state}`);
    const failed = listFailed(t.db);
    process.stdout.write(
      `exactly-once: ${expected} reminders and ${DIGEST_KEYS.length} digests, ${elapsed} ms, seed ${seed}, ${fake.callsTo('chat.postMessage').length} posts tried, ${fake.callsTo('conversations.history').length} history pages, injected ${JSON.stringify(injected)}, ${duplicates.length} duplicates, ${lost.length + digestsLost.length} lost, ${failed.length} failed visibly\n`,
    );

    expect(duplicates).toEqual([]);
    expect(lost).toEqual([]);
    expect(digestsLost).toEqual([]);
    expect(ledger).toHaveLength(expected);
    expect(posted.size).toBe(expected - GONE * 2 + DIGEST_KEYS.length);
    expect(failed.map((f) => f.reason)).toEqual(Array<string>(GONE * 2).fill('not_in_channel'));
    // The faults were met: late posts found in history, claims taken over after a slow lookup.
    expect(ledger.filter((e) => e.confirmedVia === 'history').length).toBeGreaterThan(0);
    expect(ledger.some((e) => e.fence > 2)).toBe(true);
    expect(injected.late * injected.http500 * injected.slowHistory).toBeGreaterThan(0);
    expect(elapsed).toBeLessThan(60_000);
  });
});
