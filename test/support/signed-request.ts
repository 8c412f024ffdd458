// Real Slack-signed requests to a running Bolt HTTP receiver: slash commands and interactions
// as form posts, events as JSON, with the v0 HMAC-SHA256 signature Slack computes.
import { createHmac } from 'node:crypto';

export interface SignedPostOptions {
  /** Seconds since the epoch written in X-Slack-Request-Timestamp (default: now). */
  timestamp?: number;
  /** Overrides the computed signature (to test a forged one). */
  signature?: string;
  /** More headers, e.g. Slack's X-Slack-Retry-Num on a re-sent event. */
  headers?: Record<string, string>;
}

export interface SlackHttpAnswer {
  status: number;
  body: string;
  json: () => unknown;
}

/** `v0=` + hex HMAC-SHA256 of `v0:${ts}:${body}` with the signing secret. */
export function slackSignature(secret: string, timestamp: number, body: string): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

export function createSlackSender(url: string, signingSecret: string) {
  const post = async (
    body: string,
    contentType: string,
    options: SignedPostOptions = {},
  ): Promise<SlackHttpAnswer> => {
    const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
    const response = await fetch(url, {
      method: 'POST',
      headers: {
        'content-type': contentType,
        'x-slack-request-timestamp': String(timestamp),
        'x-slack-signature': options.signature ?? slackSignature(signingSecret, timestamp, body),
        ...options.headers,
      },
      body,
    });
    const text = await response.text();
    return { status: response.status, body: text, json: () => JSON.parse(text) as unknown };
  };
  return {
    /** Any body, signed as given (malformed ones included). */
    raw: post,
    /** A slash command, as Slack posts it (application/x-www-form-urlencoded). */
    command: (fields: Record<string, string>, options?: SignedPostOptions) =>
      post(new URLSearchParams(fields).toString(), 'application/x-www-form-urlencoded', options),
    /** An Events API callback (or url_verification) as JSON. */
    event: (payload: unknown, options?: SignedPostOptions) =>
      post(JSON.stringify(payload), 'application/json', options),
    /** block_actions / view_submission: `payload=<json>` form post. */
    interaction: (payload: unknown, options?: SignedPostOptions) =>
      post(
        new URLSearchParams({ payload: JSON.stringify(payload) }).toString(),
        'application/x-www-form-urlencoded',
        options,
      ),
  };
}

export type SlackSender = ReturnType<typeof createSlackSender>;
