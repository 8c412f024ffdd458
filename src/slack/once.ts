// Every event answered once: Slack re-sends an event (X-Slack-Retry-Num over HTTP,
// retry_attempt in Socket Mode) with the same event_id when an ack is slow or lost. The
// first delivery claims the id in SQLite; a repeat, even after a restart, is dropped here
// (Bolt has acknowledged it already).
import type { App, Logger } from '@slack/bolt';
import { claimDelivery } from '../store/deliveries.js';
import type { SlackDeps } from './deps.js';

export function answerEachEventOnce(
  app: App,
  deps: Pick<SlackDeps, 'db' | 'clock'>,
  logger: Logger,
): void {
  app.use(async ({ body, next }) => {
    const eventId: unknown = (body as { event_id?: unknown }).event_id;
    if (
      body.type === 'event_callback' &&
      typeof eventId === 'string' &&
      !claimDelivery(deps.db, `event:${eventId}`, deps.clock())
    ) {
      logger.info(`event ${eventId} already handled: repeat dropped`);
      return;
    }
    await next();
  });
}
