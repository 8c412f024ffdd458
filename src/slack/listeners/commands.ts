// Slash commands: acknowledge at once, decode the text Slack sent, run the command module (pure
// of Bolt) and send its reply: a message through response_url (respond) or a modal (views.open).
// A failure is told to the user in French (through response_url, else ephemeral or DM).
import type { App, RespondFn } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import { section } from '../blocks/kit.js';
import type { SlackDeps } from '../deps.js';
import { decodeSlackText } from '../incoming.js';
import type { CommandContext, CommandReply } from '../reply.js';
import { failureMessage, tellUser } from '../tell-user.js';

/** What a commands/*.ts module runs for its slash command: Slack's text in, a reply out. */
export type CommandRunner = (
  ctx: CommandContext,
  request: { responseUrl: string },
) => Promise<CommandReply>;

/** A slash-command module's hook: commands/*.ts register themselves; src/bot.ts calls them. */
export type RegisterCommand = (app: App, deps: SlackDeps) => void;

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

/** Registers one slash command: ack at once, run, reply; a failure is told in French. */
export function registerSlashCommand(
  app: App,
  deps: SlackDeps,
  name: string,
  run: CommandRunner,
): void {
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
