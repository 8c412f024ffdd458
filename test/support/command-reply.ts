import { clsmConfigCommand } from '../../commands/clsm-config.js';
import type { CommandReply } from '../../src/slack/reply.js';
import type { Db } from '../../src/store/db.js';

/** A slash command's reply as one string to search: its text, then its blocks. */
export function replyText(reply: CommandReply): string {
  if (reply.kind !== 'message') throw new Error('expected a message');
  return `${reply.text}\n${JSON.stringify(reply.blocks)}`;
}

/**
 * `/clsm-config` as `admin` types it, at `now`, in `channelId` unless told otherwise. `db` is
 * read at each call: tests open a fresh database before each case.
 */
export const configCommandAs =
  (db: () => Db, now: Date, admin: string, defaultChannel: string) =>
  (input: string, userId = admin, channelId = defaultChannel) =>
    clsmConfigCommand(
      { text: input, userId, channelId, now },
      { db: db(), admins: new Set([admin]) },
    );
