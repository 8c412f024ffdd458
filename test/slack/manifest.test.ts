import { readFileSync } from 'node:fs';
import type { App } from '@slack/bolt';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { z } from 'zod';
import { registerListeners } from '../../src/slack/app.js';
import type { SlackDeps } from '../../src/slack/deps.js';

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

/** What the app's registration code asks of Bolt, recorded on a stand-in App. */
function registered() {
  const seen = { commands: [] as string[], events: [] as string[], actions: 0, views: 0 };
  const recorder = {
    command: (name: string) => void seen.commands.push(name),
    event: (name: string) => void seen.events.push(name),
    // Bolt subscribes to message.* events through app.message(); the DM listener keeps
    // channel_type "im" only (asserted end to end in app.test.ts).
    message: () => void seen.events.push('message.im'),
    action: () => void (seen.actions += 1),
    view: () => void (seen.views += 1),
  };
  registerListeners(recorder as unknown as App, {} as SlackDeps);
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
