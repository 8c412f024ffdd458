// The HTTP receiver's guards, with real signed requests against the real app: malformed
// signed bodies, the body size limit, the listening address, the log level, and every
// event or replayed request answered once, across a restart too.
import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LogLevel } from '@slack/bolt';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/config.js';
import { startEngine } from '../../src/search/engine.js';
import { createBot } from '../../src/bot.js';
import { createLogger } from '../../src/slack/logger.js';
import { BODY_LIMIT_BYTES } from '../../src/slack/receiver.js';
import { openDatabase } from '../../src/store/db.js';
import { payload, startTestBot, type TestBot } from '../support/slack-app.js';

let bot: TestBot;
let port: number;
beforeAll(async () => {
  bot = await startTestBot();
  const address = (
    bot.app as unknown as { receiver: { server: { address(): AddressInfo } } }
  ).receiver.server.address();
  port = address.port;
});
afterAll(() => bot.stop());
beforeEach(() => bot.fake.reset());

/** A POST streamed in chunks, without Content-Length: the limit must hold while reading. */
function streamedPost(bytes: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, path: '/slack/events', method: 'POST' },
      (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      },
    );
    req.on('error', (error) => reject(error));
    const chunk = Buffer.alloc(64 * 1024, 'a');
    let sent = 0;
    const pump = (): void => {
      while (sent < bytes) {
        sent += chunk.length;
        if (!req.write(chunk)) return void req.once('drain', pump);
      }
      req.end();
    };
    pump();
  });
}

describe('the guarded HTTP receiver', () => {
  it('listens on the HOST given (127.0.0.1 here)', () => {
    const address = (
      bot.app as unknown as { receiver: { server: { address(): AddressInfo } } }
    ).receiver.server.address();
    expect(address.address).toBe('127.0.0.1');
  });

  it('answers 400 to signed bodies that are not an object, and keeps serving', async () => {
    for (const body of ['null', '[]', '42', '"texte"', '{pas du json'])
      expect((await bot.send.raw(body, 'application/json')).status).toBe(400);
    expect((await bot.send.raw('payload=null', 'application/x-www-form-urlencoded')).status).toBe(
      400,
    );
    const challenge = await bot.send.event({ type: 'url_verification', challenge: 'encore-la' });
    expect(challenge.json()).toEqual({ challenge: 'encore-la' });
    await bot.idle();
    expect(bot.fake.calls).toEqual([]);
  });

  it('refuses a body over the limit with 413, announced or streamed, before the signature', async () => {
    const big = 'x'.repeat(BODY_LIMIT_BYTES + 1);
    expect((await bot.send.raw(big, 'application/json')).status).toBe(413);
    expect(await streamedPost(4 * BODY_LIMIT_BYTES)).toBe(413);
    const challenge = await bot.send.event({ type: 'url_verification', challenge: 'toujours' });
    expect(challenge.json()).toEqual({ challenge: 'toujours' });
  });

  it('answers 404 elsewhere than POST /slack/events', async () => {
    const response = await fetch(`http://127.0.0.1:${port}/autre`, { method: 'POST' });
    expect(response.status).toBe(404);
  });
});

describe('every event and request answered once', () => {
  const mention = (eventId: string, ts: string) => ({
    ...payload.event({
      type: 'app_mention',
      user: 'U123',
      text: '<@UBOT> combien de fois se réunit le COPIL ?',
      channel: 'C0CHAN',
      ts,
    }),
    event_id: eventId,
  });

  it('100 retried deliveries of one event (same event_id, new signatures) get one answer', async () => {
    const event = mention('EvRETRY100', '1700000100.000100');
    const now = Math.floor(Date.now() / 1000);
    expect((await bot.send.event(event, { timestamp: now })).status).toBe(200);
    const retries = await Promise.all(
      Array.from({ length: 100 }, (_, i) =>
        bot.send.event(event, {
          timestamp: now - 1 - i,
          headers: {
            'x-slack-retry-num': String(1 + (i % 3)),
            'x-slack-retry-reason': 'http_timeout',
          },
        }),
      ),
    );
    expect(retries.every((r) => r.status === 200)).toBe(true);
    await bot.fake.waitFor('chat.postMessage');
    await bot.idle();
    expect(bot.fake.callsTo('chat.postMessage')).toHaveLength(1);
  });

  it('a replayed signed interaction (same bytes, same signature) is handled once', async () => {
    const click = payload.buttonClick(bot.fake, {
      action_id: 'answer_see_also:pleniere-frequence',
      value: 'pleniere-frequence',
    });
    const timestamp = Math.floor(Date.now() / 1000);
    const first = await bot.send.interaction(click, { timestamp });
    const replay = await bot.send.interaction(click, { timestamp });
    expect([first.status, replay.status]).toEqual([200, 200]);
    await bot.fake.waitFor('chat.postMessage');
    await bot.idle();
    expect(bot.fake.callsTo('chat.postMessage')).toHaveLength(1);
  });

  it('remembers across a restart: a retry reaching the new process is not answered again', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'clsm-restart-'));
    const dbPath = join(dir, 'clsm.sqlite');
    try {
      const event = mention('EvRESTART', '1700000200.000100');
      const before = await startTestBot({ dbPath });
      await before.send.event(event);
      await before.fake.waitFor('chat.postMessage');
      await before.stop();

      const after = await startTestBot({ dbPath });
      // A retry is signed anew (another timestamp): only the event id tells it apart.
      await after.send.event(event, {
        timestamp: Math.floor(Date.now() / 1000) - 2,
        headers: { 'x-slack-retry-num': '1' },
      });
      await after.send.event(mention('EvNEW', '1700000201.000100'));
      await after.fake.waitFor('chat.postMessage');
      await bot.idle();
      expect(after.fake.callsTo('chat.postMessage').map((c) => c.args.thread_ts)).toEqual([
        '1700000201.000100',
      ]);
      await after.stop();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('LOG_LEVEL', () => {
  it('stays what the configuration says once Bolt has the logger', () => {
    const loaded = loadConfig({
      SLACK_BOT_TOKEN: 'xoxb-test',
      SLACK_SIGNING_SECRET: 'secret-for-log-level',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
    });
    if (!loaded.ok) throw new Error(loaded.message);
    const lines: string[] = [];
    const logger = createLogger({ level: LogLevel.WARN, secrets: [], write: (l) => lines.push(l) });
    const db = openDatabase(':memory:');
    createBot(
      loaded.config.slack,
      { ...startEngine(), db, admins: new Set(), policy: bot.policy, clock: () => new Date() },
      logger,
    );
    db.close();
    expect(logger.getLevel()).toBe(LogLevel.WARN);
    logger.info('une ligne info');
    expect(lines.join('\n')).not.toContain('une ligne info');
  });

  it('HOST must be an address or a host name', () => {
    const base = { SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 's3cr3t' };
    expect(loadConfig({ ...base, HOST: '127.0.0.1' })).toMatchObject({
      ok: true,
      config: { slack: { mode: { host: '127.0.0.1' } } },
    });
    expect(loadConfig({ ...base, HOST: '::1' }).ok).toBe(true);
    expect(loadConfig(base)).toMatchObject({ config: { slack: { mode: { host: '0.0.0.0' } } } });
    const bad = loadConfig({ ...base, HOST: 'pas une adresse' });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.message).toMatch(/HOST : valeur invalide/);
  });
});
