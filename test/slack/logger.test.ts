import { LogLevel } from '@slack/bolt';
import { describe, expect, it } from 'vitest';
import { InFlight } from '../../src/slack/in-flight.js';
import { createLogger } from '../../src/slack/logger.js';

describe('structured logs', () => {
  it('writes one JSON object a line at or above the level, secrets and token shapes redacted', () => {
    const lines: string[] = [];
    const logger = createLogger({
      level: LogLevel.INFO,
      secrets: ['my-signing-secret'],
      write: (line) => void lines.push(line),
      now: () => new Date('2026-01-01T00:00:00Z'),
    });
    logger.debug('hidden');
    logger.info('secret is', 'my-signing-secret');
    logger.error(new Error('token xoxb-123-456-abc refused'));
    expect(lines).toHaveLength(2);
    const [info, error] = lines.map((l) => JSON.parse(l) as Record<string, string>);
    expect(info).toEqual({
      time: '2026-01-01T00:00:00.000Z',
      level: 'info',
      name: 'clsm-bot',
      msg: 'secret is [secret]',
    });
    expect(error?.level).toBe('error');
    expect(error?.msg).toContain('xoxb-[secret] refused');
    expect(lines.join()).not.toContain('my-signing-secret');
  });
});

describe('in-flight listener runs', () => {
  it('drain waits for what runs, and gives up after its timeout', async () => {
    const inFlight = new InFlight();
    let done = false;
    let finish = (): void => undefined;
    void inFlight.track(
      new Promise<void>((resolve) => (finish = resolve)).then(() => (done = true)),
    );
    const drained = inFlight.drain(1000);
    expect(done).toBe(false);
    finish();
    expect(await drained).toBe(true);
    expect(done).toBe(true);
    expect(inFlight.size).toBe(0);
    void inFlight.track(new Promise<void>(() => undefined));
    expect(await inFlight.drain(20)).toBe(false);
  });
});
