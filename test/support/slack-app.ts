// The real Bolt app (HTTP receiver, signature verification) on an ephemeral port of 127.0.0.1,
// its Web API pointed at the fake Slack, over a fresh SQLite file: what the Slack tests drive.
import { mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LogLevel, type App } from '@slack/bolt';
import { loadConfig, type Config } from '../../src/config/config.js';
import { createReminderPolicy, type ReminderPolicy } from '../../src/reminders/policy.js';
import { ReminderScheduler } from '../../src/services/scheduler.js';
import { startEngine } from '../../src/search/engine.js';
import { openDatabase, type Db } from '../../src/store/db.js';
import { createBot } from '../../src/bot.js';
import { InFlight } from '../../src/slack/in-flight.js';
import { createLogger } from '../../src/slack/logger.js';
import { SlackReminderPoster } from '../../src/slack/reminder-poster.js';
import { startFakeSlack, type FakeSlack } from './fake-slack.js';
import { createSlackSender, type SlackSender } from './signed-request.js';

export const SIGNING_SECRET = 'test-signing-secret-0123456789';
export const BOT_TOKEN = 'xoxb-test';
export const ADMIN = 'UADMIN1';

const { kb, engine } = startEngine();
const policy = createReminderPolicy(kb.meetings, kb.sources);

export interface TestBot {
  fake: FakeSlack;
  app: App;
  db: Db;
  dbPath: string;
  config: Config;
  policy: ReminderPolicy;
  send: SlackSender;
  /** The app's JSON log lines. */
  logs: string[];
  /** A reminder scheduler posting through the fake Slack (sweeps are run by the test). */
  scheduler: ReminderScheduler;
  /**
   * Resolves once every request the app has acknowledged is fully handled: a test asserting
   * that nothing was posted waits on this signal, not on a sleep.
   */
  idle(): Promise<void>;
  stop(): Promise<void>;
}

/** Every text of a Block Kit payload, as one string to search. */
export const blockText = (blocks: unknown): string => JSON.stringify(blocks);

export async function startTestBot(
  options: {
    now?: () => Date;
    /** A database file to reuse (a restart); the stop leaves it in place. */
    dbPath?: string;
  } = {},
): Promise<TestBot> {
  const fake = await startFakeSlack({ token: BOT_TOKEN });
  const dir = mkdtempSync(join(tmpdir(), 'clsm-slack-'));
  const dbPath = options.dbPath ?? join(dir, 'clsm.sqlite');
  const loaded = loadConfig({
    SLACK_BOT_TOKEN: BOT_TOKEN,
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    HOST: '127.0.0.1',
    PORT: '0',
    SLACK_API_URL: fake.url,
    CLSM_DB: dbPath,
    CLSM_ADMINS: ADMIN,
    LOG_LEVEL: 'debug',
  });
  if (!loaded.ok) throw new Error(loaded.message);
  const config = loaded.config;
  const db = openDatabase(dbPath);
  const logs: string[] = [];
  const logger = createLogger({
    level: LogLevel.DEBUG,
    secrets: config.secrets,
    write: (line) => void logs.push(line),
  });
  const inFlight = new InFlight();
  const app = createBot(
    config.slack,
    { kb, engine, db, admins: config.admins, policy, clock: options.now ?? (() => new Date()) },
    logger,
    { inFlight },
  );
  await app.init();
  const server = (await app.start()) as Server;
  const { port } = server.address() as AddressInfo;
  return {
    fake,
    app,
    db,
    dbPath,
    config,
    policy,
    send: createSlackSender(`http://127.0.0.1:${port}/slack/events`, SIGNING_SECRET),
    logs,
    scheduler: new ReminderScheduler({
      db,
      port: new SlackReminderPoster({ token: BOT_TOKEN, slackApiUrl: fake.url }),
      policy,
    }),
    async idle() {
      if (!(await inFlight.drain(10_000))) throw new Error('requests still running after 10 s');
    },
    async stop() {
      await app.stop();
      db.close();
      await fake.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Slack gives every command and interaction its own trigger_id (the receiver drops replays). */
let triggers = 0;
const triggerId = (): string => `${(triggers += 1)}.${Date.now()}.trigger`;

/** Slack's payload shapes, with the fields Bolt reads; tests fill in what they are about. */
export const payload = {
  command(fake: FakeSlack, command: string, text: string, user = 'U123', channel = 'C0CHAN') {
    return {
      token: 'legacy-verification-token',
      team_id: 'T0FAKE',
      team_domain: 'fake',
      channel_id: channel,
      channel_name: 'clsm',
      user_id: user,
      user_name: 'marie',
      command,
      text,
      api_app_id: 'A0FAKE',
      is_enterprise_install: 'false',
      response_url: fake.responseUrl(`cmd-${command.slice(1)}`),
      trigger_id: triggerId(),
    };
  },
  event(event: Record<string, unknown>) {
    return {
      token: 'legacy-verification-token',
      team_id: 'T0FAKE',
      api_app_id: 'A0FAKE',
      type: 'event_callback',
      event_id: `Ev${Math.random().toString(36).slice(2, 10)}`,
      event_time: Math.floor(Date.now() / 1000),
      authorizations: [
        { team_id: 'T0FAKE', user_id: 'UBOT', is_bot: true, is_enterprise_install: false },
      ],
      event,
    };
  },
  buttonClick(
    fake: FakeSlack,
    button: { action_id: string; value: string; block_id?: string },
    where: {
      user?: string;
      channel?: string;
      message?: Record<string, unknown>;
      view?: Record<string, unknown>;
    } = {},
  ) {
    const user = where.user ?? 'U123';
    const base = {
      type: 'block_actions',
      user: { id: user, username: 'marie', name: 'marie', team_id: 'T0FAKE' },
      api_app_id: 'A0FAKE',
      token: 'legacy-verification-token',
      trigger_id: triggerId(),
      team: { id: 'T0FAKE', domain: 'fake' },
      response_url: fake.responseUrl('action'),
      actions: [
        {
          type: 'button',
          action_id: button.action_id,
          block_id: button.block_id ?? 'b1',
          value: button.value,
          text: { type: 'plain_text', text: 'bouton' },
          action_ts: '1700000000.000100',
        },
      ],
    };
    if (where.view)
      return { ...base, container: { type: 'view', view_id: 'VHOME' }, view: where.view };
    const channel = where.channel ?? 'C0CHAN';
    const message = where.message ?? { type: 'message', ts: '1700000000.000200', text: 'x' };
    return {
      ...base,
      container: {
        type: 'message',
        message_ts: message.ts,
        channel_id: channel,
        is_ephemeral: false,
      },
      channel: { id: channel, name: 'clsm' },
      message,
    };
  },
  viewSubmission(
    view: { callback_id: string; private_metadata: string; blocks: unknown },
    values: Record<string, Record<string, Record<string, unknown>>>,
    user = 'U123',
  ) {
    return {
      type: 'view_submission',
      team: { id: 'T0FAKE', domain: 'fake' },
      user: { id: user, username: 'marie', name: 'marie', team_id: 'T0FAKE' },
      api_app_id: 'A0FAKE',
      token: 'legacy-verification-token',
      trigger_id: triggerId(),
      view: {
        id: 'V0MODAL',
        team_id: 'T0FAKE',
        type: 'modal',
        callback_id: view.callback_id,
        private_metadata: view.private_metadata,
        blocks: view.blocks,
        state: { values },
        hash: 'h1',
        title: { type: 'plain_text', text: 'x' },
        close: null,
        submit: null,
        root_view_id: 'V0MODAL',
        previous_view_id: null,
        clear_on_close: false,
        notify_on_close: false,
        app_id: 'A0FAKE',
        bot_id: 'BFAKE',
      },
      response_urls: [],
    };
  },
};
