// The composition root of the Slack bot: the Bolt app (src/slack) with the slash commands of
// commands/, which register themselves. Used by src/main.ts and by the tests' bot.
import type { App, Logger } from '@slack/bolt';
import { SLASH_COMMANDS } from '../commands/index.js';
import type { SlackConfig } from './config/config.js';
import { createSlackApp } from './slack/app.js';
import type { SlackDeps } from './slack/deps.js';
import type { InFlight } from './slack/in-flight.js';

export function createBot(
  config: SlackConfig,
  deps: SlackDeps,
  logger: Logger,
  options: { inFlight?: InFlight } = {},
): App {
  return createSlackApp(config, deps, logger, { ...options, adapters: SLASH_COMMANDS });
}
