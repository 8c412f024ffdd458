// Slack deliveries already taken: an event id (Slack re-sends an event, same id, when an ack
// is slow or lost) or a request signature (a replayed request). The first claim wins; the
// record is in the SQLite file, so a retry arriving after a restart is still refused.
import { write, type Db } from './db.js';

/** Slack retries an event for about 5 minutes and refuses signatures older than 5 minutes. */
export const DELIVERY_MEMORY_MS = 60 * 60 * 1000;

/**
 * Records `key` as handled at `now`. True the first time, false for a repeat. Records older
 * than DELIVERY_MEMORY_MS are forgotten on the way.
 */
export function claimDelivery(db: Db, key: string, now: Date): boolean {
  const forgetBefore = new Date(now.getTime() - DELIVERY_MEMORY_MS).toISOString();
  // One transaction: one sync to disk per request, in the path of Slack's 3-second ack.
  return write(db, () => {
    db.prepare('DELETE FROM slack_delivery WHERE received_at < ?').run(forgetBefore);
    const inserted = db
      .prepare('INSERT INTO slack_delivery (key, received_at) VALUES (?, ?) ON CONFLICT DO NOTHING')
      .run(key, now.toISOString());
    return inserted.changes === 1;
  });
}
