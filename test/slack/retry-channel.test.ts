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
  importRegistry(
    bot.db,
    `clsms:
  - id: castres
    name: "CLSM de Castres"
    channel: C0CAST
    population: 42000
    meetings:
      - { kind: copil, date: 2026-03-03 }
      - { kind: pleniere, date: 2026-03-03 }
`,
    NOW,
  );
});
afterAll(() => bot.stop());
beforeEach(() => bot.fake.reset());

const click = (user: string, where: Parameters<typeof payload.buttonClick>[2]) =>
  bot.send.interaction(
    payload.buttonClick(
      bot.fake,
      { action_id: 'retry_channel_reminders', value: 'C0CAST' },
      { user, ...where },
    ),
  );

describe('Réessayer tout', () => {
  it('puts back every failed reminder of the channel, for admins only', async () => {
    bot.fake.failNext('chat.postMessage', { kind: 'error', error: 'missing_scope' }, 2);
    await bot.scheduler.sweep(NOW);
    expect(listFailed(bot.db).map((f) => f.reason)).toEqual(['missing_scope', 'missing_scope']);

    await click('U123', { channel: 'C0ADMIN' });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(listFailed(bot.db)).toHaveLength(2);

    await click(ADMIN, { channel: 'C0ADMIN' });
    const answer = await bot.fake.waitFor('response_url');
    expect(String(answer.args.text)).toContain('2 rappel(s) de <#C0CAST> remis en file');
    expect(
      listLedger(bot.db)
        .filter((e) => e.state !== 'superseded')
        .map((e) => e.state),
    ).toEqual(['claimed', 'claimed']);
    await bot.scheduler.sweep(new Date(NOW.getTime() + 60_000));
    expect(bot.fake.messages.filter((m) => m.channel === 'C0CAST')).toHaveLength(2);
  });

  it('from App Home, publishes the home again', async () => {
    bot.fake.failNext('chat.postMessage', { kind: 'error', error: 'not_in_channel' });
    importRegistry(
      bot.db,
      `clsms:
  - id: castres
    name: "CLSM de Castres"
    channel: C0CAST
    population: 42000
    meetings:
      - { kind: copil, date: 2026-03-03 }
      - { kind: pleniere, date: 2026-03-03 }
      - { kind: copil, date: 2026-03-09 }
`,
      NOW,
    );
    await bot.scheduler.sweep(NOW);
    expect(listFailed(bot.db)).toHaveLength(1);
    await click(ADMIN, { view: { id: 'VHOME', type: 'home' } });
    await bot.fake.waitFor('views.publish');
    expect(listFailed(bot.db)).toHaveLength(0);
  });
});
