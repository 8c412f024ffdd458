// When a listener fails, the user hears why, in French: ephemerally where they are, or in the
// bot's DM when that channel is closed to the bot. Details go to the logs only.
import type { Logger } from '@slack/bolt';
import { ErrorCode, type WebClient } from '@slack/web-api';
import { section } from './blocks/kit.js';
import {
  INTERNAL_ERROR,
  PLATFORM_REASONS,
  RATE_LIMITED,
  RETRY_LATER,
  platformRefused,
} from './messages/errors.js';
import { CHANNEL_GONE_ERRORS } from './reminder-poster.js';

function codeOf(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' ? code : undefined;
}

/** The Slack error code of a refused Web API call (not_in_channel…), if it is one. */
export function platformError(error: unknown): string | undefined {
  if (codeOf(error) !== ErrorCode.PlatformError) return undefined;
  const data = (error as { data?: { error?: unknown } }).data;
  return typeof data?.error === 'string' ? data.error : undefined;
}

/** Slack still answered 429 after the client's retries. */
function isRateLimited(error: unknown): boolean {
  return (
    codeOf(error) === ErrorCode.RateLimitedError ||
    (error instanceof Error && /rate limit/i.test(error.message))
  );
}

/** What went wrong, as a French sentence for the user. */
export function failureMessage(error: unknown): string {
  const platform = platformError(error);
  if (platform) return PLATFORM_REASONS[platform] ?? platformRefused(platform);
  if (isRateLimited(error)) return RATE_LIMITED;
  const code = codeOf(error);
  if (code === ErrorCode.HTTPError || code === ErrorCode.RequestError) return RETRY_LATER;
  return INTERNAL_ERROR;
}

/** Where the failed reply was going, and to whom. */
export interface FailedReply {
  user: string;
  /** The channel the user wrote in (ephemeral there unless it is closed to the bot). */
  channel?: string;
  thread?: string;
  /** What did work, said first (e.g. "La réunion est enregistrée, mais …"). */
  lead?: string;
}

/**
 * Tells `to.user` why the reply failed: ephemeral in the channel, else (closed channel, or the
 * ephemeral refused) a DM. Never throws: what cannot be told is logged.
 */
export async function tellUser(
  client: WebClient,
  logger: Logger,
  to: FailedReply,
  error: unknown,
): Promise<void> {
  const text = to.lead ? `${to.lead} ${failureMessage(error)}` : failureMessage(error);
  const message = { text: `⚠️ ${text}`, blocks: [section(`⚠️ ${text}`)] };
  const closed = CHANNEL_GONE_ERRORS.has(platformError(error) ?? '');
  if (to.channel && !closed) {
    try {
      await client.chat.postEphemeral({
        channel: to.channel,
        user: to.user,
        ...(to.thread ? { thread_ts: to.thread } : {}),
        ...message,
      });
      return;
    } catch (ephemeralError) {
      logger.warn('failure notice: ephemeral refused, sending a DM', ephemeralError);
    }
  }
  try {
    await client.chat.postMessage({ channel: to.user, ...message });
  } catch (dmError) {
    logger.error('failure notice: the user could not be told', dmError);
  }
}

/**
 * Runs a listener's work; on failure logs it and tells the user (see tellUser). The listener
 * never throws past this: Bolt's global handler is for bugs in the guard itself.
 */
export async function guarded(
  what: string,
  via: { client: WebClient; logger: Logger; to: FailedReply | null },
  work: () => Promise<void>,
): Promise<void> {
  try {
    await work();
  } catch (error) {
    via.logger.error(`${what} failed:`, error);
    if (via.to) await tellUser(via.client, via.logger, via.to, error);
  }
}
