// The buttons under an answer: "Voir aussi" (post that entry's answer) and 👍/👎 (one vote per
// user per answer, changeable; the message is updated to show the vote was taken).
import type { App, BlockButtonAction } from '@slack/bolt';
import type { KnownBlock } from '@slack/types';
import type { Answer } from '../../search/answer.js';
import { recordVote } from '../../store/feedback.js';
import {
  ANSWER_ACTION,
  FEEDBACK_PATTERN,
  SEE_ALSO_PATTERN,
  answerBlocks,
  answerFallback,
  feedbackValueSchema,
  withFeedbackNotice,
  type FeedbackValue,
} from '../blocks/answer.js';
import type { SlackDeps } from '../deps.js';
import { EMPTY_QUESTION, FEEDBACK_THANKS, UNKNOWN_TOPIC } from '../messages/answer.js';
import { guarded } from '../tell-user.js';

function parseJson(text: string | undefined): unknown {
  try {
    return JSON.parse(text ?? '');
  } catch {
    return null;
  }
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** Where the clicked answer is: its channel and ts identify it (one vote per user on it). */
function answerKey(body: BlockButtonAction, value: FeedbackValue): string {
  const channel = str(body.container['channel_id']) ?? body.channel?.id;
  const ts = str(body.container['message_ts']) ?? body.message?.ts;
  if (channel && ts) return `${channel}/${ts}`;
  return `question:${JSON.stringify(value).slice(0, 190)}`;
}

export function registerAnswerActions(app: App, deps: SlackDeps): void {
  app.action<BlockButtonAction>(
    SEE_ALSO_PATTERN,
    async ({ ack, action, body, client, respond, logger }) => {
      await ack();
      const channel = body.channel?.id;
      const to = { user: body.user.id, ...(channel ? { channel } : {}) };
      await guarded('"Voir aussi"', { client, logger, to }, async () => {
        const answer = deps.engine.answerEntry(action.value ?? '');
        if (!answer) {
          await respond({
            response_type: 'ephemeral',
            replace_original: false,
            text: UNKNOWN_TOPIC,
          });
          return;
        }
        const message = { text: answerFallback(answer), blocks: answerBlocks(answer) };
        const ephemeral = body.container['is_ephemeral'] === true || !body.message || !channel;
        if (ephemeral) {
          await respond({ response_type: 'ephemeral', replace_original: false, ...message });
          return;
        }
        const thread: unknown = body.message?.['thread_ts'];
        await client.chat.postMessage({
          channel: channel ?? body.user.id,
          ...(typeof thread === 'string' ? { thread_ts: thread } : {}),
          ...message,
        });
      });
    },
  );

  app.action<BlockButtonAction>(
    FEEDBACK_PATTERN,
    async ({ ack, action, body, client, respond, logger }) => {
      await ack();
      const value = feedbackValueSchema.safeParse(parseJson(action.value));
      if (!value.success) {
        logger.warn(`feedback button with an unreadable value (${action.action_id})`);
        return;
      }
      const channel = body.channel?.id;
      const to = { user: body.user.id, ...(channel ? { channel } : {}) };
      await guarded('feedback', { client, logger, to }, async () => {
        const verdict = action.action_id === ANSWER_ACTION.feedbackUp ? 'up' : 'down';
        const { tally } = recordVote(
          deps.db,
          {
            question: value.data.q.trim() || EMPTY_QUESTION,
            entryIds: value.data.e,
            verdict,
            userId: body.user.id,
            answer: answerKey(body, value.data),
          },
          deps.clock(),
        );
        const personal = body.container['is_ephemeral'] === true || !body.message || !channel;
        // The blocks as posted (Slack echoes them), else the same answer built again.
        const echoed: unknown = body.message?.['blocks'];
        const rebuilt = (): Answer => {
          const asked = deps.engine.ask(value.data.q);
          const first = value.data.e[0];
          return first && asked.entries[0] !== first
            ? (deps.engine.answerEntry(first) ?? asked)
            : asked;
        };
        const blocks = withFeedbackNotice(
          Array.isArray(echoed) ? (echoed as KnownBlock[]) : answerBlocks(rebuilt()),
          { verdict, tally, personal },
        );
        const text = str(body.message?.text) ?? answerFallback(rebuilt());
        try {
          if (personal || !body.message || !channel)
            await respond({ response_type: 'ephemeral', replace_original: true, text, blocks });
          else await client.chat.update({ channel, ts: body.message.ts, text, blocks });
        } catch (error) {
          // The vote is stored: say so, even if the message could not show it.
          logger.warn('feedback stored, message not updated', error);
          await respond({
            response_type: 'ephemeral',
            replace_original: false,
            text: FEEDBACK_THANKS,
          });
        }
      });
    },
  );
}
