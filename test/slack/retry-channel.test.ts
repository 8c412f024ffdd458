// "Réessayer tout" for a channel, through the real Bolt app: from App Home (the home is
// published again) and from the /clsm-config echecs message (answered through response_url).
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { importRegistry } from '../../src/store/registry.js';
import { listFailed, listLedger } from '../../src/store/sent-reminders.js';
import { ADMIN, payload, startTestBot, type TestBot } from '../support/slack-app.js';

// Monday 2 March 2026, 10:00 in Paris (the posting window is open).
const NOW = new Date('2026-03-02T09:00:00Z');

let bot: TestBot;
beforeAll(async () => {
  bot = await startTestBot({ now: () => NOW });
});
afterAll(() => bot.stop());
beforeEach(() => bot.fake.reset());

/** Each test has its own CLSM and channel (tests run in any order), two meetings due soon. */
function register(id: string, channel: string, extra = ''): void {
  importRegistry(
    bot.db,
    `clsms:
  - id: ${id}
    name: "CLSM de ${id}"
    channel: ${channel}
    population: 42000
    meetings:
      - { kind: copil, date: 2026-03-03 }
      - { kind: pleniere, date: 2026-03-03 }
${extra}`,
    NOW,
  );
}

const failedIn = (channel: string) => listFailed(bot.db).filter((f) => f.channel === channel);

const click = (
  user: string,
  where: Parameters<typeof payload.buttonClick>[2],
  channel = 'C0CAST',
) =>
  bot.send.interaction(
    payload.buttonClick(
      bot.fake,
      { action_id: 'retry_channel_reminders', value: channel },
      { user, ...where },
    ),
  );

describe('Réessayer tout', () => {
  it('puts back every failed reminder of the channel, for admins only', async () => {
    // What the other test left due is posted first, so the failures below hit castres' posts.
    await bot.scheduler.sweep(NOW);
    register('castres', 'C0CAST');
    bot.fake.failNext('chat.postMessage', { kind: 'error', error: 'missing_scope' }, 2);
    await bot.scheduler.sweep(NOW);
    expect(failedIn('C0CAST').map((f) => f.reason)).toEqual(['missing_scope', 'missing_scope']);

    await click('U123', { channel: 'C0ADMIN' });
    await bot.idle();
    expect(failedIn('C0CAST')).toHaveLength(2);

    await click(ADMIN, { channel: 'C0ADMIN' });
    const answer = await bot.fake.waitFor('response_url');
    expect(String(answer.args.text)).toContain('2 rappel(s) de <#C0CAST> remis en file');
    expect(
      listLedger(bot.db)
        .filter((e) => e.channel === 'C0CAST' && e.state !== 'superseded')
        .map((e) => e.state),
    ).toEqual(['claimed', 'claimed']);
    await bot.scheduler.sweep(new Date(NOW.getTime() + 60_000));
    expect(bot.fake.messages.filter((m) => m.channel === 'C0CAST')).toHaveLength(2);
  });

  it('from App Home, publishes the home again', async () => {
    // What the other test left due is posted first, so the failure below hits albi's post.
    await bot.scheduler.sweep(NOW);
    register('albi', 'C0ALBI', '      - { kind: copil, date: 2026-03-09 }\n');
    bot.fake.failNext('chat.postMessage', { kind: 'error', error: 'not_in_channel' });
    await bot.scheduler.sweep(NOW);
    expect(failedIn('C0ALBI')).toHaveLength(1);
    await click(ADMIN, { view: { id: 'VHOME', type: 'home' } }, 'C0ALBI');
    await bot.fake.waitFor('views.publish');
    expect(failedIn('C0ALBI')).toHaveLength(0);
  });
});
