// Slash commands: acknowledge at once, decode the text Slack sent, run the command module (pure
// of Bolt) and send its reply: a message through response_url (respond) or a modal (views.open).
// A failure is told to the user in French (through response_url, else ephemeral or DM).
import type { App, RespondFn } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import { clsmCheckCommand } from '../../../commands/clsm-check.js';
import { clsmConfigCommand } from '../../../commands/clsm-config.js';
import { clsmReunionCommand } from '../../../commands/clsm-reunion.js';
import { clsmCommand } from '../../../commands/clsm.js';
import { section } from '../blocks/kit.js';
import type { SlackDeps } from '../deps.js';
import { decodeSlackText } from '../incoming.js';
import type { CommandContext, CommandReply } from '../reply.js';
import { failureMessage, tellUser } from '../tell-user.js';

type CommandRunner = (
  ctx: CommandContext,
  request: { responseUrl: string },
) => Promise<CommandReply>;

/** Every slash command of the app (the manifest must list exactly these). */
const SLASH_COMMANDS: Record<string, (deps: SlackDeps) => CommandRunner> = {
  '/clsm': (deps) => (ctx) => clsmCommand(ctx, deps),
  '/clsm-check':
    (deps) =>
    (ctx, { responseUrl }) =>
      clsmCheckCommand(ctx, { kb: deps.kb, responseUrl }),
  '/clsm-reunion': (deps) => (ctx) =>
    clsmReunionCommand(ctx, {
      db: deps.db,
      offsets: deps.policy.offsets,
      postingTime: deps.policy.postingTime,
    }),
  '/clsm-config': (deps) => (ctx) =>
    clsmConfigCommand(ctx, { db: deps.db, admins: deps.admins, policy: deps.policy }),
};

async function sendReply(
  reply: CommandReply,
  via: { respond: RespondFn; client: WebClient; triggerId: string },
): Promise<void> {
  if (reply.kind === 'modal') {
    await via.client.views.open({ trigger_id: via.triggerId, view: reply.view });
    return;
  }
  await via.respond({ response_type: reply.visibility, text: reply.text, blocks: reply.blocks });
}

export function registerCommands(app: App, deps: SlackDeps): void {
  for (const [name, build] of Object.entries(SLASH_COMMANDS)) {
    const run = build(deps);
    app.command(name, async ({ ack, command, respond, client, logger }) => {
      await ack();
      try {
        const reply = await run(
          {
            text: decodeSlackText(command.text),
            userId: command.user_id,
            channelId: command.channel_id,
            now: deps.clock(),
          },
          { responseUrl: command.response_url },
        );
        await sendReply(reply, { respond, client, triggerId: command.trigger_id });
      } catch (error) {
        logger.error(`${name} failed:`, error);
        const text = `⚠️ ${failureMessage(error)}`;
        await respond({ response_type: 'ephemeral', text, blocks: [section(text)] }).catch(
          (respondError: unknown) => {
            logger.warn(`${name}: response_url refused the failure notice`, respondError);
            return tellUser(
              client,
              logger,
              { user: command.user_id, channel: command.channel_id },
              error,
            );
          },
        );
      }
    });
  }
}
