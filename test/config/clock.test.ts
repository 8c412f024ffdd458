import { describe, expect, it } from 'vitest';
import { processClock } from '../../src/config/clock.js';

describe('processClock', () => {
  it('starts at CLSM_FAKE_NOW under NODE_ENV=test and keeps running', async () => {
    const clock = processClock({ NODE_ENV: 'test', CLSM_FAKE_NOW: '2027-03-10T09:00:00Z' });
    const first = clock().getTime();
    expect(Math.abs(first - Date.parse('2027-03-10T09:00:00Z'))).toBeLessThan(1000);
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(clock().getTime()).toBeGreaterThan(first);
  });

  it('ignores CLSM_FAKE_NOW outside tests', () => {
    const clock = processClock({ NODE_ENV: 'production', CLSM_FAKE_NOW: '2027-03-10T09:00:00Z' });
    expect(Math.abs(clock().getTime() - Date.now())).toBeLessThan(1000);
  });

  it('refuses a CLSM_FAKE_NOW that is not an instant', () => {
    expect(() => processClock({ NODE_ENV: 'test', CLSM_FAKE_NOW: 'demain' })).toThrow(/demain/);
  });
});
