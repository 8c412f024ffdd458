// Questions asked by mention (answered in the thread) and by direct message (answered there).
import type { App } from '@slack/bolt';
import type { SlackDeps } from '../deps.js';
import { questionReply } from '../question-reply.js';

/** "<@U123> combien …" → "combien …": the bot's own mention is not part of the question. */
function stripMentions(text: string, botUserId: string | undefined): string {
  const own = botUserId ? new RegExp(`<@${botUserId}(\\|[^>]*)?>`, 'g') : /^\s*<@[^>]+>/;
  return text.replace(own, ' ').replace(/\s+/g, ' ').trim();
}

export function registerMention(app: App, deps: SlackDeps): void {
  app.event('app_mention', async ({ event, client, context }) => {
    if (event.bot_id) return;
    const reply = questionReply(stripMentions(event.text, context.botUserId), deps.engine);
    await client.chat.postMessage({
      channel: event.channel,
      thread_ts: event.thread_ts ?? event.ts,
      text: reply.text,
      blocks: reply.blocks,
    });
  });
}

export function registerDirectMessage(app: App, deps: SlackDeps): void {
  app.message(async ({ message, client }) => {
    // Only what a person typed in the bot's DM: no edits, joins, files or bot posts.
    if (message.channel_type !== 'im' || message.subtype !== undefined || message.bot_id) return;
    const reply = questionReply(message.text ?? '', deps.engine);
    await client.chat.postMessage({
      channel: message.channel,
      ...(message.thread_ts ? { thread_ts: message.thread_ts } : {}),
      text: reply.text,
      blocks: reply.blocks,
    });
  });
}
