// `npm start`: configuration, database, answer engine, Slack app, reminder scheduler; and a
// graceful stop on SIGTERM/SIGINT. Start-up problems are told in French and English, no trace.
import { Server } from 'node:http';
import type { App } from '@slack/bolt';
import { LogLevel, type Logger } from '@slack/bolt';
import { processClock } from './config/clock.js';
import { loadConfig, type Config, type SlackConfig } from './config/config.js';
import { STARTUP_PROBLEMS } from './config/messages.js';
import { KnowledgeError, knowledgeErrorText } from './knowledge/errors.js';
import { createReminderPolicy, type ReminderPolicy } from './reminders/policy.js';
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

/** The configuration, read once; a bad one ends the process with its French and English message. */
function readConfig(): Config {
  const loaded = loadConfig(process.env);
  if (!loaded.ok) fail(loaded.message);
  secrets = loaded.config.secrets;
  return loaded.config;
}

function openStore(dbPath: string): Db {
  try {
    return openDatabase(dbPath);
  } catch (error) {
    throw new StartupError(
      STARTUP_PROBLEMS.database(dbPath, error instanceof Error ? error.message : String(error)),
    );
  }
}

/** The knowledge base and answer engine; a broken base closes the database and says why. */
async function openKnowledge(db: Db): Promise<Awaited<ReturnType<typeof openEngine>>> {
  try {
    return await openEngine();
  } catch (error) {
    db.close();
    if (error instanceof KnowledgeError)
      throw new StartupError(`${knowledgeErrorText(error)} (invalid knowledge base)`);
    throw error;
  }
}

/** Connects to Slack and listens; a refusal closes the database and names the variables to check. */
async function startSlack(app: App, slack: SlackConfig, db: Db): Promise<unknown> {
  try {
    await app.init();
  } catch (error) {
    db.close();
    throw new StartupError(STARTUP_PROBLEMS.slackRefused(slackCode(error)));
  }
  try {
    return await app.start();
  } catch (error) {
    db.close();
    throw new StartupError(
      slack.mode.kind === 'http'
        ? STARTUP_PROBLEMS.cannotListen(slack.mode.host, slack.mode.port, slackCode(error))
        : STARTUP_PROBLEMS.socketModeFailed(slackCode(error)),
    );
  }
}

/** The log line saying how the bot listens (the port actually bound when PORT is 0). */
function startedLine(slack: SlackConfig, listening: unknown): string {
  if (slack.mode.kind !== 'http') return 'clsm-bot started: Socket Mode';
  const address = listening instanceof Server ? listening.address() : null;
  const port = typeof address === 'object' && address ? address.port : slack.mode.port;
  return `clsm-bot started: HTTP receiver on port ${port}, POST /slack/events (HOST ${slack.mode.host})`;
}

function startScheduler(
  config: Config,
  db: Db,
  policy: ReminderPolicy,
  clock: () => Date,
  logger: Logger,
): ReminderScheduler {
  const scheduler = new ReminderScheduler({
    db,
    port: new SlackReminderPoster({
      token: config.slack.botToken,
      slackApiUrl: config.slack.apiUrl,
    }),
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
  return scheduler;
}

/**
 * On SIGTERM or SIGINT, once: the scheduler finishes its sweep, the app takes no new request,
 * answers being sent get DRAIN_MS, then the database closes and the process exits.
 */
function stopOnSignals(running: {
  scheduler: ReminderScheduler;
  app: App;
  inFlight: InFlight;
  db: Db;
  logger: Logger;
}): void {
  const { scheduler, app, inFlight, db, logger } = running;
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

async function main(): Promise<void> {
  const config = readConfig();
  const logger = createLogger({ level: LEVELS[config.logLevel], secrets: config.secrets });
  const db = openStore(config.dbPath);
  const { kb, engine } = await openKnowledge(db);
  const policy = createReminderPolicy(kb.meetings, kb.sources);
  const clock = processClock(process.env);
  const inFlight = new InFlight();
  const app: App = createBot(
    config.slack,
    { kb, engine, db, admins: config.admins, policy, clock },
    logger,
    { inFlight },
  );
  const listening = await startSlack(app, config.slack, db);
  logger.info(startedLine(config.slack, listening));
  const scheduler = startScheduler(config, db, policy, clock, logger);
  stopOnSignals({ scheduler, app, inFlight, db, logger });
}

try {
  await main();
} catch (error) {
  if (error instanceof StartupError) fail(error.message);
  throw error;
}
