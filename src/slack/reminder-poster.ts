// The scheduler's port to Slack through the Web API: posts reminders carrying their key in the
// message metadata, and finds them again in a channel's history after a crash.
import {
  ErrorCode,
  LogLevel,
  WebClient,
  type WebAPIPlatformError,
  type WebAPIRateLimitedError,
} from '@slack/web-api';
import type {
  DigestToPost,
  PortResult,
  ReminderPort,
  ReminderToPost,
} from '../services/scheduler.js';
import { digestMessage } from './blocks/digest.js';
import { reminderMessage } from './blocks/reminder.js';
import { POST_FAILURE } from './messages/meetings.js';

/** The metadata event type of reminder messages (their payload is `{ key }`). */
export const REMINDER_EVENT_TYPE = 'clsm_reminder';

/** Errors after which posting to the channel again is pointless until someone acts there. */
export const CHANNEL_GONE_ERRORS: ReadonlySet<string> = new Set([
  'not_in_channel',
  'channel_not_found',
  'is_archived',
]);

/**
 * Slack error answers that may pass by themselves (nothing was done; retry with backoff).
 * Any other error answer is permanent: posting again is pointless until someone acts.
 */
export const TRANSIENT_SLACK_ERRORS: ReadonlySet<string> = new Set([
  'internal_error',
  'fatal_error',
  'service_unavailable',
  'request_timeout',
  'ratelimited',
  'team_added_to_org',
]);

export interface SlackReminderPosterOptions {
  token: string;
  /** Web API base, ending with a slash (tests: a fake on 127.0.0.1). */
  slackApiUrl?: string;
  /** Per-call timeout (default 10 s): a hung call is retried on a later sweep. */
  timeoutMs?: number;
  /** Pages of 200 messages read back when looking for a key (default 25). */
  historyPages?: number;
}

type Failure = Exclude<PortResult<never>, { ok: true }>;

function hasCode(error: unknown): error is { code: string; message: string } {
  return (
    typeof error === 'object' &&
    error !== null &&
    typeof (error as { code?: unknown }).code === 'string'
  );
}

/** A Web API error as the scheduler understands it. */
export function classifySlackError(error: unknown): Failure {
  if (hasCode(error)) {
    switch (error.code) {
      case ErrorCode.RateLimitedError:
        return {
          ok: false,
          kind: 'rate-limited',
          retryAfterSeconds: (error as WebAPIRateLimitedError).retryAfter,
          error: 'ratelimited',
        };
      case ErrorCode.PlatformError: {
        const code = (error as WebAPIPlatformError).data.error;
        return TRANSIENT_SLACK_ERRORS.has(code)
          ? { ok: false, kind: 'transient', error: code }
          : { ok: false, kind: 'permanent', error: code };
      }
      case ErrorCode.HTTPError:
      case ErrorCode.RequestError:
        return { ok: false, kind: 'unknown', error: error.message };
    }
  }
  return {
    ok: false,
    kind: 'unknown',
    error: error instanceof Error ? error.message : String(error),
  };
}

export class SlackReminderPoster implements ReminderPort {
  readonly client: WebClient;
  private readonly historyPages: number;

  constructor(options: SlackReminderPosterOptions) {
    // The scheduler retries on its own sweeps: the client must fail fast, 429 included.
    this.client = new WebClient(options.token, {
      ...(options.slackApiUrl ? { slackApiUrl: options.slackApiUrl } : {}),
      retryConfig: { retries: 0 },
      rejectRateLimitedCalls: true,
      timeout: options.timeoutMs ?? 10_000,
      logLevel: LogLevel.ERROR,
    });
    this.historyPages = options.historyPages ?? 25;
  }

  async post(item: ReminderToPost): Promise<PortResult<{ ts: string }>> {
    const { text, blocks } = reminderMessage(item);
    try {
      const answer = await this.client.chat.postMessage({
        channel: item.reminder.channel,
        text,
        blocks,
        unfurl_links: false,
        unfurl_media: false,
        metadata: { event_type: REMINDER_EVENT_TYPE, event_payload: { key: item.reminder.key } },
      });
      if (!answer.ts) return { ok: false, kind: 'unknown', error: POST_FAILURE.noTs };
      return { ok: true, value: { ts: answer.ts } };
    } catch (error) {
      return classifySlackError(error);
    }
  }

  /** Posts a weekly digest to a channel, or to a user id (the bot's DM with them). */
  async postDigest(item: DigestToPost): Promise<PortResult<{ ts: string }>> {
    const { text, blocks } = digestMessage(item.digest);
    try {
      const answer = await this.client.chat.postMessage({
        channel: item.channel,
        text,
        blocks,
        unfurl_links: false,
        unfurl_media: false,
        metadata: { event_type: REMINDER_EVENT_TYPE, event_payload: { key: item.key } },
      });
      if (!answer.ts) return { ok: false, kind: 'unknown', error: POST_FAILURE.noTs };
      return { ok: true, value: { ts: answer.ts } };
    } catch (error) {
      return classifySlackError(error);
    }
  }

  async findPosted(
    target: string,
    key: string,
    since: Date,
  ): Promise<PortResult<{ ts: string } | null>> {
    let cursor: string | undefined;
    try {
      // A user id (a digest sent by DM): its history is that of the DM with the bot.
      const channel = /^[UW]/.test(target)
        ? ((await this.client.conversations.open({ users: target })).channel?.id ?? target)
        : target;
      for (let page = 0; page < this.historyPages; page += 1) {
        const answer = await this.client.conversations.history({
          channel,
          oldest: (since.getTime() / 1000).toFixed(6),
          include_all_metadata: true,
          limit: 200,
          ...(cursor ? { cursor } : {}),
        });
        for (const message of answer.messages ?? []) {
          const payload = message.metadata?.event_payload as Record<string, unknown> | undefined;
          if (
            message.metadata?.event_type === REMINDER_EVENT_TYPE &&
            payload?.key === key &&
            message.ts
          )
            return { ok: true, value: { ts: message.ts } };
        }
        cursor = answer.response_metadata?.next_cursor || undefined;
        if (!answer.has_more || !cursor) return { ok: true, value: null };
      }
      return { ok: false, kind: 'unknown', error: POST_FAILURE.historyTooLong };
    } catch (error) {
      return classifySlackError(error);
    }
  }
}
