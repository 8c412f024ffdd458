import type { KnownBlock, View } from '@slack/types';
import { errorBlocks, escapeMrkdwn } from './blocks/kit.js';
import { errorLine } from './messages/errors.js';

/**
 * What a slash command module (commands/*.ts) answers, independent of Bolt: the listener
 * acknowledges first, then sends this with `respond` (message) or `views.open` (modal).
 */
export type CommandReply =
  | {
      kind: 'message';
      /** ephemeral: only the user sees it; in_channel: everyone in the channel. */
      visibility: 'ephemeral' | 'in_channel';
      /** Fallback (notifications, screen readers), already escaped (escapeMrkdwn). */
      text: string;
      blocks: KnownBlock[];
    }
  | { kind: 'modal'; view: View };

/** Who typed the command, where, and when (time is a parameter, never read deep inside). */
export interface CommandContext {
  text: string;
  userId: string;
  channelId: string;
  now: Date;
}

/** A message reply of a slash command. */
export function messageReply(
  visibility: 'ephemeral' | 'in_channel',
  text: string,
  blocks: KnownBlock[],
): CommandReply {
  return { kind: 'message', visibility, text, blocks };
}

/** What the user typed is wrong: only they see why (each message a sentence) and a hint. */
export function errorReply(messages: string[], hint?: string): CommandReply {
  const sentences = messages.map((m) => m.charAt(0).toUpperCase() + m.slice(1));
  return messageReply(
    'ephemeral',
    escapeMrkdwn(sentences.map(errorLine).join('\n')),
    errorBlocks(sentences, hint),
  );
}
