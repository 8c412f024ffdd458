// `npm start`: configuration, database, answer engine, Slack app, reminder scheduler; and a
// graceful stop on SIGTERM/SIGINT. Start-up problems are told in French and English, no trace.
import { Server } from 'node:http';
import type { App } from '@slack/bolt';
import { LogLevel } from '@slack/bolt';
import { processClock } from './config/clock.js';
import { loadConfig, type Config } from './config/config.js';
import { KnowledgeError, knowledgeErrorText } from './knowledge/errors.js';
import { createReminderPolicy } from './reminders/policy.js';
import { ReminderScheduler } from './services/scheduler.js';
import { openEngine } from './search/open-engine.js';
import { openDatabase, type Db } from './store/db.js';
import { createBot } from './bot.js';
import { InFlight } from './slack/in-flight.js';
import { createLogger } from './slack/logger.js';
import { SlackReminderPoster } from './slack/reminder-poster.js';

const EXIT_STARTUP = 1;
/** How long a stop waits for answers being sent (systemd's TimeoutStopSec is longer). */
const DRAIN_MS = 10_000;

/** A start-up failure the operator can fix; printed without a stack trace. */
class StartupError extends Error {
  override name = 'StartupError';
}

/** Values never to print, known once the configuration is read. */
let secrets: readonly string[] = [];

function fail(message: string): never {
  const safe = secrets.reduce((text, secret) => text.split(secret).join('[secret]'), message);
  process.stderr.write(`${safe}\n`);
  process.exit(EXIT_STARTUP);
}

const LEVELS: Record<Config['logLevel'], LogLevel> = {
  debug: LogLevel.DEBUG,
  info: LogLevel.INFO,
  warn: LogLevel.WARN,
  error: LogLevel.ERROR,
};

function slackCode(error: unknown): string {
  const data = (error as { data?: { error?: unknown } }).data;
  if (typeof data?.error === 'string') return data.error;
  return error instanceof Error ? error.message : String(error);
}

async function main(): Promise<void> {
  const loaded = loadConfig(process.env);
  if (!loaded.ok) fail(loaded.message);
  const config = loaded.config;
  secrets = config.secrets;
  const logger = createLogger({ level: LEVELS[config.logLevel], secrets: config.secrets });

  let db: Db;
  try {
    db = openDatabase(config.dbPath);
  } catch (error) {
    throw new StartupError(
      `Base de données ${config.dbPath} inutilisable / database unusable (CLSM_DB) : ${error instanceof Error ? error.message : String(error)}`,
    );
  }

  let engine;
  try {
    engine = await openEngine();
  } catch (error) {
    db.close();
    if (error instanceof KnowledgeError)
      throw new StartupError(`${knowledgeErrorText(error)} (invalid knowledge base)`);
    throw error;
  }
  const { kb } = engine;
  const policy = createReminderPolicy(kb.meetings, kb.sources);
  const clock = processClock(process.env);
  const { slack } = config;

  const inFlight = new InFlight();
  const app: App = createBot(
    slack,
    { kb, engine: engine.engine, db, admins: config.admins, policy, clock },
    logger,
    { inFlight },
  );
  try {
    await app.init();
  } catch (error) {
    db.close();
    throw new StartupError(
      `Slack injoignable ou jeton du bot refusé / Slack unreachable or bot token refused (SLACK_BOT_TOKEN, SLACK_API_URL) : ${slackCode(error)}`,
    );
  }
  let listening: unknown;
  try {
    listening = await app.start();
  } catch (error) {
    db.close();
    throw new StartupError(
      slack.mode.kind === 'http'
        ? `Impossible d’écouter sur ${slack.mode.host}:${slack.mode.port} / cannot listen on ${slack.mode.host}:${slack.mode.port} (HOST, PORT) : ${slackCode(error)}`
        : `Connexion Socket Mode impossible / Socket Mode connection failed (SLACK_APP_TOKEN) : ${slackCode(error)}`,
    );
  }
  const address = listening instanceof Server ? listening.address() : null;
  logger.info(
    slack.mode.kind === 'http'
      ? `clsm-bot started: HTTP receiver on port ${typeof address === 'object' && address ? address.port : slack.mode.port}, POST /slack/events (HOST ${slack.mode.host})`
      : 'clsm-bot started: Socket Mode',
  );

  const scheduler = new ReminderScheduler({
    db,
    port: new SlackReminderPoster({ token: slack.botToken, slackApiUrl: slack.apiUrl }),
    policy,
    intervalMs: config.reminderSweepSeconds * 1000,
    // Weekly digests: to each département's channel (/clsm-config digest), else the admins by DM.
    digests: { admins: [...config.admins] },
    clock,
    logger: {
      info: (m) => logger.info(m),
      warn: (m) => logger.warn(m),
      error: (m) => logger.error(m),
    },
  });
  scheduler.start();

  let stopping = false;
  const stop = async (signal: string): Promise<void> => {
    if (stopping) return;
    stopping = true;
    logger.info(`${signal} received: stopping`);
    try {
      await scheduler.stop(); // waits for the sweep in flight: its posts are recorded
      await app.stop(); // no new request
      if (!(await inFlight.drain(DRAIN_MS)))
        logger.warn(`stopping with ${inFlight.size} Slack request(s) still running`);
    } catch (error) {
      logger.error('error while stopping:', error);
    } finally {
      db.close();
      logger.info('stopped');
      process.exit(0);
    }
  };
  process.once('SIGTERM', () => void stop('SIGTERM'));
  process.once('SIGINT', () => void stop('SIGINT'));
}

try {
  await main();
} catch (error) {
  if (error instanceof StartupError) fail(error.message);
  throw error;
}
