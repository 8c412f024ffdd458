import type { KnownBlock, View } from '@slack/types';

/**
 * What a slash command module (commands/*.ts) answers, independent of Bolt: the listener
 * acknowledges first, then sends this with `respond` (message) or `views.open` (modal).
 */
export type CommandReply =
  | {
      kind: 'message';
      /** ephemeral: only the user sees it; in_channel: everyone in the channel. */
      visibility: 'ephemeral' | 'in_channel';
      /** Plain-text fallback (notifications, screen readers). */
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
