// Block Kit of the reminders that did not go out (App Home, /clsm-config echecs): one line per
// failure with its French reason, a retry button each, and "Réessayer tout" per channel.
import type { ActionsBlock, KnownBlock } from '@slack/types';
import { failureSubject, failureText } from '../../reminders/labels.js';
import type { LedgerEntry } from '../../store/sent-reminders.js';
import { RETRY_BUTTON, retryAllButton } from '../messages/config.js';
import { button, escapeMrkdwn } from './kit.js';

/** action_id of the button retrying one failed reminder (value: its key). */
export const RETRY_REMINDER_ACTION = 'home_retry_reminder';
/** action_id of the button retrying every failed reminder of a channel (value: the channel id). */
export const RETRY_CHANNEL_ACTION = 'retry_channel_reminders';

/** Five buttons per actions block, and at most this many channels offered. */
const MAX_CHANNELS = 10;

/** "`albigeois` · <#C1> · COPIL du 12/03/2026, rappel J-7 : canal archivé" (mrkdwn). */
export function failureLine(entry: LedgerEntry): string {
  return `\`${entry.clsm}\` · <#${entry.channel}> · ${failureSubject(entry)} : ${escapeMrkdwn(failureText(entry.reason, entry.lastError))}`;
}

/** One failure, with its "Réessayer" button. */
export function failedReminderBlock(entry: LedgerEntry): KnownBlock {
  return {
    type: 'section',
    text: { type: 'mrkdwn', text: failureLine(entry) },
    accessory: button(RETRY_BUTTON, RETRY_REMINDER_ACTION, entry.key, 'primary'),
  };
}

/** "Réessayer tout · albigeois" for each channel with failures (the CLSM names the channel). */
export function retryChannelBlocks(failed: readonly LedgerEntry[]): KnownBlock[] {
  const channels = new Map<string, string>();
  for (const f of failed) if (!channels.has(f.channel)) channels.set(f.channel, f.clsm);
  const buttons = [...channels]
    .slice(0, MAX_CHANNELS)
    .map(([channel, clsm]) => button(retryAllButton(clsm), RETRY_CHANNEL_ACTION, channel));
  const blocks: ActionsBlock[] = [];
  for (let i = 0; i < buttons.length; i += 5)
    blocks.push({ type: 'actions', elements: buttons.slice(i, i + 5) });
  return blocks;
}
