import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { payload, startTestBot, type TestBot } from '../support/slack-app.js';

let bot: TestBot;
beforeAll(async () => {
  bot = await startTestBot();
});
afterAll(() => bot.stop());

describe('the HTTP receiver on /slack/events', () => {
  it('answers the url_verification challenge', async () => {
    const answer = await bot.send.event({
      token: 'legacy-verification-token',
      challenge: 'le-defi-123',
      type: 'url_verification',
    });
    expect(answer.status).toBe(200);
    expect(answer.json()).toEqual({ challenge: 'le-defi-123' });
  });

  it('rejects a bad signature with 401 and calls no Web API method', async () => {
    const before = bot.fake.calls.length;
    const answer = await bot.send.command(payload.command(bot.fake, '/clsm', 'COPIL ?'), {
      signature: 'v0=0000000000000000000000000000000000000000000000000000000000000000',
    });
    expect(answer.status).toBe(401);
    await bot.idle();
    expect(bot.fake.calls.slice(before)).toEqual([]);
  });

  it('rejects a request signed more than 5 minutes ago with 401 and calls nothing', async () => {
    const before = bot.fake.calls.length;
    const answer = await bot.send.event(
      payload.event({
        type: 'app_mention',
        user: 'U123',
        text: '<@UBOT> COPIL ?',
        channel: 'C0CHAN',
        ts: '1.1',
      }),
      { timestamp: Math.floor(Date.now() / 1000) - 6 * 60 },
    );
    expect(answer.status).toBe(401);
    await bot.idle();
    expect(bot.fake.calls.slice(before)).toEqual([]);
  });

  it('never writes the bot token or the signing secret in its logs', async () => {
    // Requests of its own (a refused signature is logged), so there are logs whatever ran before.
    await bot.send.command(payload.command(bot.fake, '/clsm', 'COPIL ?'), {
      signature: 'v0=0000000000000000000000000000000000000000000000000000000000000000',
    });
    await bot.send.event(
      payload.event({
        type: 'app_mention',
        user: 'U123',
        text: '<@UBOT> COPIL ?',
        channel: 'C0CHAN',
        ts: '1.2',
      }),
    );
    await bot.idle();
    const all = bot.logs.join('\n');
    expect(all.length).toBeGreaterThan(0);
    expect(all).not.toContain(bot.config.slack.botToken);
    expect(all).not.toContain('test-signing-secret-0123456789');
  });
});
