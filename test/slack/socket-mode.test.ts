// Socket Mode end to end: the real app against a local fake of Slack's Socket Mode service
// (apps.connections.open → a ws://127.0.0.1 URL, `hello`, envelopes acked by envelope_id),
// an event answered, a slash command, a retried event answered once, then a `disconnect`
// and a reconnection on which the app keeps answering.
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LogLevel, type App } from '@slack/bolt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocketServer, type WebSocket } from 'ws';
import { loadConfig } from '../../src/config/config.js';
import { createReminderPolicy } from '../../src/reminders/policy.js';
import { startEngine } from '../../src/search/engine.js';
import { openDatabase, type Db } from '../../src/store/db.js';
import { createBot } from '../../src/bot.js';
import { InFlight } from '../../src/slack/in-flight.js';
import { createLogger } from '../../src/slack/logger.js';
import { startFakeSlack, type FakeSlack } from '../support/fake-slack.js';
import { payload } from '../support/slack-app.js';

const BOT_TOKEN = 'xoxb-socket-test';
const APP_TOKEN = 'xapp-socket-test';

interface Link {
  socket: WebSocket;
  /** Envelope acks received ({ envelope_id, payload? }), in order. */
  acks: { envelope_id: string; payload?: unknown }[];
}

let fake: FakeSlack;
let wss: WebSocketServer;
let app: App;
let db: Db;
let dir: string;
const links: Link[] = [];
const logs: string[] = [];
/** The app's requests in progress: a negative check waits for them, not for a sleep. */
const inFlight = new InFlight();

/** Resolves when `check` holds, polling every 20 ms, failing after `timeoutMs`. */
async function until(check: () => boolean, what: string, timeoutMs = 15_000): Promise<void> {
  for (let waited = 0; !check(); waited += 20) {
    if (waited > timeoutMs) throw new Error(`timed out waiting for ${what}\n${logs.join('\n')}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

function send(link: Link, envelope: Record<string, unknown>): void {
  link.socket.send(JSON.stringify(envelope));
}

beforeAll(async () => {
  fake = await startFakeSlack({ token: [BOT_TOKEN, APP_TOKEN] });
  wss = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  await new Promise((resolve) => wss.once('listening', resolve));
  const { port } = wss.address() as AddressInfo;
  let opened = 0;
  fake.on('apps.connections.open', (_args, call) =>
    call.token === APP_TOKEN
      ? { url: `ws://127.0.0.1:${port}/link/${(opened += 1)}` }
      : { ok: false, error: 'not_allowed_token_type' },
  );
  wss.on('connection', (socket) => {
    const link: Link = { socket, acks: [] };
    links.push(link);
    socket.on('message', (data: Buffer) => {
      const message = JSON.parse(data.toString()) as Link['acks'][number];
      if (typeof message.envelope_id === 'string') link.acks.push(message);
    });
    socket.send(
      JSON.stringify({
        type: 'hello',
        num_connections: 1,
        connection_info: { app_id: 'A0FAKE' },
        debug_info: { host: 'fake-socket', approximate_connection_time: 3600 },
      }),
    );
  });

  dir = mkdtempSync(join(tmpdir(), 'clsm-socket-'));
  const loaded = loadConfig({
    SLACK_BOT_TOKEN: BOT_TOKEN,
    SLACK_APP_TOKEN: APP_TOKEN,
    SLACK_API_URL: fake.url,
    CLSM_DB: join(dir, 'clsm.sqlite'),
  });
  if (!loaded.ok) throw new Error(loaded.message);
  db = openDatabase(loaded.config.dbPath);
  const { kb, engine } = startEngine();
  app = createBot(
    loaded.config.slack,
    {
      kb,
      engine,
      db,
      admins: new Set(),
      policy: createReminderPolicy(kb.meetings, kb.sources),
      clock: () => new Date(),
    },
    createLogger({ level: LogLevel.DEBUG, secrets: [], write: (line) => void logs.push(line) }),
    { inFlight },
  );
  await app.init();
  await app.start();
});

afterAll(async () => {
  await app.stop();
  db.close();
  for (const client of wss.clients) client.terminate();
  await new Promise((resolve) => wss.close(resolve));
  await fake.close();
  rmSync(dir, { recursive: true, force: true });
});

const mention = (eventId: string, ts: string, text: string) => ({
  ...payload.event({ type: 'app_mention', user: 'U123', channel: 'C0SOCK', ts, text }),
  event_id: eventId,
});

/** The connection in use (a test may have had the client reconnect). */
function currentLink(): Link {
  const link = links.at(-1);
  if (!link) throw new Error('no WebSocket connection');
  return link;
}

/** Waits for the next call of `method` (counts are of the whole file: tests run in any order). */
const nextCall = (method: string, timeoutMs?: number) =>
  fake.waitFor(method, fake.callsTo(method).length + 1, timeoutMs);

describe('Socket Mode against a local fake', () => {
  it('opens the connection with the app token and answers an events_api envelope, acked by its id', async () => {
    expect(fake.callsTo('apps.connections.open')[0]?.token).toBe(APP_TOKEN);
    const link = currentLink();
    const posted = nextCall('chat.postMessage');
    send(link, {
      envelope_id: 'env-event-1',
      type: 'events_api',
      accepts_response_payload: false,
      retry_attempt: 0,
      retry_reason: '',
      payload: mention(
        'EvSOCK1',
        '1700000300.000100',
        '<@UBOT> combien de fois se réunit le COPIL ?',
      ),
    });
    const post = await posted;
    expect(link.acks.map((a) => a.envelope_id)).toContain('env-event-1');
    expect(post.token).toBe(BOT_TOKEN);
    expect(post.args).toMatchObject({ channel: 'C0SOCK', thread_ts: '1700000300.000100' });
    expect(JSON.stringify(post.args.blocks)).toContain('deux fois par an');
  });

  it('a retried envelope of the same event is acked but not answered again', async () => {
    const link = currentLink();
    const answered = nextCall('chat.postMessage');
    send(link, {
      envelope_id: 'env-event-3',
      type: 'events_api',
      accepts_response_payload: false,
      retry_attempt: 0,
      retry_reason: '',
      payload: mention(
        'EvSOCK3',
        '1700000500.000100',
        '<@UBOT> combien de fois se réunit le COPIL ?',
      ),
    });
    await answered;
    const posts = fake.callsTo('chat.postMessage').length;
    send(link, {
      envelope_id: 'env-event-3-retry',
      type: 'events_api',
      accepts_response_payload: false,
      retry_attempt: 1,
      retry_reason: 'timeout',
      payload: mention(
        'EvSOCK3',
        '1700000500.000100',
        '<@UBOT> combien de fois se réunit le COPIL ?',
      ),
    });
    await until(
      () => link.acks.some((a) => a.envelope_id === 'env-event-3-retry'),
      'the retry ack',
    );
    expect(await inFlight.drain(10_000)).toBe(true);
    expect(fake.callsTo('chat.postMessage')).toHaveLength(posts);
  });

  it('answers a slash command envelope: acked at once, the answer through response_url', async () => {
    const link = currentLink();
    const answered = nextCall('response_url');
    send(link, {
      envelope_id: 'env-command-1',
      type: 'slash_commands',
      accepts_response_payload: true,
      payload: payload.command(fake, '/clsm', 'que veut dire PTSM ?', 'U123', 'C0SOCK'),
    });
    const answer = await answered;
    expect(link.acks.map((a) => a.envelope_id)).toContain('env-command-1');
    expect(JSON.stringify(answer.args)).toContain('projet territorial de santé mentale');
  });

  it('on a disconnect message, reconnects through apps.connections.open and keeps answering', async () => {
    const first = currentLink();
    const connections = links.length;
    send(first, { type: 'disconnect', reason: 'refresh_requested', debug_info: { host: 'fake' } });
    await until(() => links.length === connections + 1, 'a new WebSocket connection', 25_000);
    expect(fake.callsTo('apps.connections.open').length).toBeGreaterThanOrEqual(connections + 1);
    const second = currentLink();
    // The client counts as connected once it has read the new connection's hello.
    const hellosRead = () =>
      logs.filter((l) => l.includes('Received a message') && l.includes('\\"type\\":\\"hello\\"'))
        .length;
    await until(
      () => hellosRead() === links.length,
      'the new connection’s hello read by the client',
    );
    const posted = nextCall('chat.postMessage');
    send(second, {
      envelope_id: 'env-event-2',
      type: 'events_api',
      accepts_response_payload: false,
      retry_attempt: 0,
      retry_reason: '',
      payload: mention('EvSOCK2', '1700000400.000100', '<@UBOT> que veut dire PTSM ?'),
    });
    const post = await posted;
    expect(second.acks.map((a) => a.envelope_id)).toContain('env-event-2');
    expect(post.args).toMatchObject({ channel: 'C0SOCK', thread_ts: '1700000400.000100' });
  }, 40_000);
});
