import { readFileSync } from 'node:fs';
import { App, LogLevel } from '@slack/bolt';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { parse } from 'yaml';
import { z } from 'zod';
import { loadConfig } from '../../src/config/config.js';
import { createBot } from '../../src/bot.js';
import { createLogger } from '../../src/slack/logger.js';
import { createReminderPolicy } from '../../src/reminders/policy.js';
import { startEngine } from '../../src/search/engine.js';
import { tempDb } from '../support/temp-db.js';

const manifestSchema = z.object({
  display_information: z.object({ name: z.string(), description: z.string().max(140) }),
  features: z.object({
    app_home: z.object({
      home_tab_enabled: z.literal(true),
      messages_tab_enabled: z.literal(true),
    }),
    bot_user: z.object({ display_name: z.string() }),
    slash_commands: z.array(
      z.object({
        command: z.string(),
        description: z.string().min(1),
        usage_hint: z.string().min(1),
      }),
    ),
  }),
  oauth_config: z.object({ scopes: z.object({ bot: z.array(z.string()) }) }),
  settings: z.object({
    event_subscriptions: z.object({ bot_events: z.array(z.string()) }),
    interactivity: z.object({ is_enabled: z.literal(true) }),
    socket_mode_enabled: z.literal(true),
  }),
});

const manifest = manifestSchema.parse(
  parse(readFileSync(new URL('../../manifest.yml', import.meta.url), 'utf8')),
);

const temp = tempDb();
afterAll(() => temp.cleanup());

/**
 * What the real app registers: the bot is built as src/main.ts builds it (src/bot.ts), and
 * Bolt's own registration methods are watched (they still run) on that app instance.
 */
function registered() {
  const methods = ['command', 'event', 'message', 'action', 'view'] as const;
  const spies = methods.map((m) => vi.spyOn(App.prototype, m));
  const loaded = loadConfig({
    SLACK_BOT_TOKEN: 'xoxb-manifest',
    SLACK_SIGNING_SECRET: 'manifest-signing-secret',
    PORT: '0',
  });
  if (!loaded.ok) throw new Error(loaded.message);
  const { kb, engine } = startEngine();
  const deps = {
    kb,
    engine,
    db: temp.db,
    admins: loaded.config.admins,
    policy: createReminderPolicy(kb.meetings, kb.sources),
    clock: () => new Date('2027-01-04T09:00:00Z'),
  };
  const app = createBot(
    loaded.config.slack,
    deps,
    createLogger({ level: LogLevel.ERROR, secrets: [], write: () => undefined }),
  );
  const calls = (i: number): unknown[][] => {
    const spy = spies[i];
    if (!spy) return [];
    return spy.mock.calls.filter((_, n) => spy.mock.contexts[n] === app) as unknown[][];
  };
  const seen = {
    commands: calls(0).map((c) => String(c[0])),
    // Bolt subscribes to message.* events through app.message(); the DM listener keeps
    // channel_type "im" only (asserted end to end in questions.test.ts).
    events: [...calls(1).map((c) => String(c[0])), ...calls(2).map(() => 'message.im')],
    actions: calls(3).length,
    views: calls(4).length,
  };
  for (const spy of spies) spy.mockRestore();
  return seen;
}

describe('manifest.yml', () => {
  const seen = registered();

  it('lists exactly the slash commands the code registers, and the reverse', () => {
    const inManifest = manifest.features.slash_commands.map((c) => c.command).sort();
    expect(inManifest).toEqual([...seen.commands].sort());
    expect(seen.commands.length).toBe(4);
  });

  it('lists exactly the bot events the code listens to, and the reverse', () => {
    expect([...manifest.settings.event_subscriptions.bot_events].sort()).toEqual(
      [...seen.events].sort(),
    );
    expect(seen.events.length).toBe(3);
  });

  it('turns interactivity on, since the code handles buttons and modals', () => {
    expect(seen.actions).toBeGreaterThan(0);
    expect(seen.views).toBeGreaterThan(0);
    expect(manifest.settings.interactivity.is_enabled).toBe(true);
  });

  it('asks for exactly the scopes those events, commands and posts need', () => {
    expect([...manifest.oauth_config.scopes.bot].sort()).toEqual(
      [
        'app_mentions:read', // app_mention
        'chat:write', // answers, reminders
        'commands', // slash commands
        'im:history', // message.im
        'channels:history', // conversations.history of reminder channels (public)
        'groups:history', // the same for private channels
        'channels:read', // users.conversations: App Home lists the CLSMs of the user's channels
        'groups:read', // the same for private channels
        'im:write', // conversations.open: a digest sent by DM, looked up after a timeout
      ].sort(),
    );
  });
});
