// Posting to a response_url outside Bolt's `respond` (a modal submitted after its command).
import type { KnownBlock } from '@slack/types';

export interface ResponseUrlMessage {
  response_type: 'ephemeral' | 'in_channel';
  replace_original?: boolean;
  text: string;
  blocks: KnownBlock[];
}

/** POSTs the message; throws with the HTTP status when Slack refuses it. */
export async function postToResponseUrl(url: string, message: ResponseUrlMessage): Promise<void> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json; charset=utf-8' },
    body: JSON.stringify(message),
    signal: AbortSignal.timeout(10_000),
  });
  if (!response.ok) throw new Error(`response_url answered HTTP ${response.status}`);
}
