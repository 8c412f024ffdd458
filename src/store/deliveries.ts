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
  // This runs before Slack's ack: no wait for the disk (2–6 ms a commit here). In WAL mode
  // NORMAL survives a crash of the process; only a power cut may lose the last claims, and
  // with them at worst a repeated answer. The connection's setting is restored after.
  const synchronous = Number(db.pragma('synchronous', { simple: true }));
  db.pragma('synchronous = NORMAL');
  try {
    return write(db, () => {
      db.prepare('DELETE FROM slack_delivery WHERE received_at < ?').run(forgetBefore);
      const inserted = db
        .prepare(
          'INSERT INTO slack_delivery (key, received_at) VALUES (?, ?) ON CONFLICT DO NOTHING',
        )
        .run(key, now.toISOString());
      return inserted.changes === 1;
    });
  } finally {
    db.pragma(`synchronous = ${synchronous}`);
  }
}
