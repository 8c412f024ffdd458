// The buttons under an answer: "Voir aussi" (post that entry's answer) and 👍/👎 (stored).
import type { App, BlockButtonAction } from '@slack/bolt';
import { insertFeedback } from '../../store/feedback.js';
import {
  ANSWER_ACTION,
  FEEDBACK_PATTERN,
  SEE_ALSO_PATTERN,
  answerBlocks,
  answerFallback,
  feedbackValueSchema,
} from '../blocks/answer.js';
import type { SlackDeps } from '../deps.js';

const THANKS = 'Merci : votre avis est enregistré et aidera à améliorer les réponses.';
const UNKNOWN_TOPIC = 'Ce sujet n’existe plus dans la base de connaissances.';

function parseJson(text: string | undefined): unknown {
  try {
    return JSON.parse(text ?? '');
  } catch {
    return null;
  }
}

export function registerAnswerActions(app: App, deps: SlackDeps): void {
  app.action<BlockButtonAction>(
    SEE_ALSO_PATTERN,
    async ({ ack, action, body, client, respond }) => {
      await ack();
      const answer = deps.engine.answerEntry(action.value ?? '');
      if (!answer) {
        await respond({ response_type: 'ephemeral', replace_original: false, text: UNKNOWN_TOPIC });
        return;
      }
      const message = { text: answerFallback(answer), blocks: answerBlocks(answer) };
      const ephemeral = body.container['is_ephemeral'] === true || !body.message || !body.channel;
      if (ephemeral) {
        await respond({ response_type: 'ephemeral', replace_original: false, ...message });
        return;
      }
      const thread: unknown = body.message?.['thread_ts'];
      await client.chat.postMessage({
        channel: body.channel?.id ?? body.user.id,
        ...(typeof thread === 'string' ? { thread_ts: thread } : {}),
        ...message,
      });
    },
  );

  app.action<BlockButtonAction>(
    FEEDBACK_PATTERN,
    async ({ ack, action, body, respond, logger }) => {
      await ack();
      const value = feedbackValueSchema.safeParse(parseJson(action.value));
      if (!value.success) {
        logger.warn(`feedback button with an unreadable value (${action.action_id})`);
        return;
      }
      insertFeedback(
        deps.db,
        {
          question: value.data.q.trim() || '(question vide)',
          entryIds: value.data.e,
          verdict: action.action_id === ANSWER_ACTION.feedbackUp ? 'up' : 'down',
          userId: body.user.id,
        },
        deps.clock(),
      );
      await respond({ response_type: 'ephemeral', replace_original: false, text: THANKS });
    },
  );
}
