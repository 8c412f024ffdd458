// The Bolt app: Socket Mode (SLACK_APP_TOKEN) or the signed HTTP receiver on /slack/events,
// with every listener registered. Listeners are thin adapters over the core and commands/*.
import { App, SocketModeReceiver, type Logger } from '@slack/bolt';
import type { SlackConfig } from '../config/config.js';
import type { SlackDeps } from './deps.js';
import type { InFlight } from './in-flight.js';
import { registerAnswerActions } from './listeners/answer-actions.js';
import { registerCheckModal } from './listeners/check-modal.js';
import { registerHome, registerReminderRetry } from './listeners/home.js';
import { registerMeetingRecording } from './listeners/meeting.js';
import { registerDirectMessage, registerMention } from './listeners/questions.js';
import { answerEachEventOnce } from './once.js';
import { GuardedHttpReceiver } from './receiver.js';
import { claimDelivery } from '../store/deliveries.js';

type Register = (app: App, deps: SlackDeps) => void;

/** Bot events the app subscribes to, by their manifest name (the manifest must list exactly these). */
const BOT_EVENTS: Record<string, Register> = {
  app_mention: registerMention,
  'message.im': registerDirectMessage,
  app_home_opened: registerHome,
};

/** Buttons and modals (interactivity); slash commands come as `adapters` (src/bot.ts). */
const INTERACTIONS: readonly Register[] = [
  registerAnswerActions,
  registerCheckModal,
  registerMeetingRecording,
  registerReminderRetry,
];

/** Every listener of the app: events, slash commands, buttons and modals. */
export function registerListeners(app: App, deps: SlackDeps): void {
  for (const register of [...Object.values(BOT_EVENTS), ...INTERACTIONS]) register(app, deps);
}

/**
 * Builds the app without contacting Slack: call `await app.init()` (checks the token with
 * auth.test) then `await app.start()`.
 */
export function createSlackApp(
  config: SlackConfig,
  deps: SlackDeps,
  logger: Logger,
  options: { inFlight?: InFlight; adapters?: readonly Register[] } = {},
): App {
  const common = {
    token: config.botToken,
    logger,
    // Without it Bolt sets the logger it is given to INFO, whatever LOG_LEVEL says.
    logLevel: logger.getLevel(),
    deferInitialization: true,
    clientOptions: {
      ...(config.apiUrl ? { slackApiUrl: config.apiUrl } : {}),
      // An answer late by minutes is worthless, and start-up must fail fast when Slack is
      // unreachable: a few quick retries, then the error.
      retryConfig: { retries: 2, minTimeout: 500, maxTimeout: 2000 },
      timeout: 10_000,
    },
  };
  const app =
    config.mode.kind === 'socket'
      ? new App({
          ...common,
          // Built here so apps.connections.open also goes to SLACK_API_URL, with quick retries.
          receiver: new SocketModeReceiver({
            appToken: config.mode.appToken,
            logger,
            logLevel: logger.getLevel(),
            installerOptions: { clientOptions: { ...common.clientOptions } },
          }),
        })
      : new App({
          ...common,
          receiver: new GuardedHttpReceiver({
            signingSecret: config.mode.signingSecret,
            host: config.mode.host,
            port: config.mode.port,
            logger,
            claimSignature: (signature) =>
              claimDelivery(deps.db, `signature:${signature}`, deps.clock()),
          }),
        });
  const { inFlight } = options;
  if (inFlight) app.use(({ next }) => inFlight.track(next()));
  answerEachEventOnce(app, deps, logger);
  registerListeners(app, deps);
  for (const register of options.adapters ?? []) register(app, deps); // commands/*
  app.error(async (error) => {
    logger.error('listener failed:', error);
  });
  return app;
}
