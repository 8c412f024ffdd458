import { afterAll, describe, expect, it } from 'vitest';
import { claimDelivery, DELIVERY_MEMORY_MS } from '../../src/store/deliveries.js';
import { tempDb } from '../support/temp-db.js';

const t = tempDb();
afterAll(() => t.cleanup());
const NOW = new Date('2026-03-02T09:00:00Z');

describe('Slack deliveries claimed once', () => {
  it('the first claim of a key wins, a repeat loses, also through another connection', () => {
    expect(claimDelivery(t.db, 'event:Ev1', NOW)).toBe(true);
    expect(claimDelivery(t.db, 'event:Ev1', NOW)).toBe(false);
    expect(claimDelivery(t.reopen(), 'event:Ev1', new Date(NOW.getTime() + 1000))).toBe(false);
    expect(claimDelivery(t.db, 'event:Ev2', NOW)).toBe(true);
  });

  it('forgets a key once its memory has passed, and keeps the connection fully synchronous', () => {
    // Keys of its own: the other test's claims do not matter, whichever runs first.
    expect(claimDelivery(t.db, 'event:Ev9', NOW)).toBe(true);
    const later = new Date(NOW.getTime() + DELIVERY_MEMORY_MS + 1);
    expect(claimDelivery(t.db, 'signature:v0=abc', later)).toBe(true);
    expect(claimDelivery(t.db, 'event:Ev9', later)).toBe(true);
    expect(t.db.pragma('synchronous', { simple: true })).toBe(2); // FULL, as opened
  });
});
