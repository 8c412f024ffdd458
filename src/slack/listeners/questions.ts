// Questions asked by mention (answered in the thread) and by direct message (answered there),
// a file shared in the DM with the question as its comment included. Slack's text is decoded
// here, once, before the core reads it; a reply Slack refuses is explained to the user.
import type { App } from '@slack/bolt';
import type { SlackDeps } from '../deps.js';
import { decodeQuestion } from '../incoming.js';
import { questionReply } from '../question-reply.js';
import { guarded } from '../tell-user.js';

/** DM subtypes that carry what a person typed: plain messages and files with a comment. */
const TYPED_SUBTYPES: ReadonlySet<string | undefined> = new Set([undefined, 'file_share']);

export function registerMention(app: App, deps: SlackDeps): void {
  app.event('app_mention', async ({ event, client, logger }) => {
    if (event.bot_id || !event.user) return;
    const thread = event.thread_ts ?? event.ts;
    const to = { user: event.user, channel: event.channel, thread };
    await guarded('mention answer', { client, logger, to }, async () => {
      const reply = questionReply(decodeQuestion(event.text), deps.engine);
      await client.chat.postMessage({ channel: event.channel, thread_ts: thread, ...reply });
    });
  });
}

export function registerDirectMessage(app: App, deps: SlackDeps): void {
  app.message(async ({ message, client, logger }) => {
    // Only what a person typed in the bot's DM: no edits, joins or bot posts.
    if (message.channel_type !== 'im' || !TYPED_SUBTYPES.has(message.subtype)) return;
    if (
      !('user' in message) ||
      typeof message.user !== 'string' ||
      ('bot_id' in message && message.bot_id)
    )
      return;
    const text = 'text' in message && typeof message.text === 'string' ? message.text : '';
    // A file shared without a comment is not a question: nothing to answer.
    if (message.subtype === 'file_share' && text.trim() === '') return;
    const thread = 'thread_ts' in message ? message.thread_ts : undefined;
    const to = { user: message.user, channel: message.channel, ...(thread ? { thread } : {}) };
    await guarded('direct message answer', { client, logger, to }, async () => {
      const reply = questionReply(decodeQuestion(text), deps.engine);
      await client.chat.postMessage({
        channel: message.channel,
        ...(thread ? { thread_ts: thread } : {}),
        ...reply,
      });
    });
  });
}
