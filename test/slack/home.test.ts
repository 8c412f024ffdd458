import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { importRegistry } from '../../src/store/registry.js';
import { getLedgerEntry, listFailed } from '../../src/store/sent-reminders.js';
import { ADMIN, payload, startTestBot, type TestBot } from '../support/slack-app.js';
import { serveMemberships } from '../support/slack-members.js';

// Wednesday 10 June 2026, 11:00 in Paris: past the COPIL "overdue" day of the first half-year.
const NOW = new Date('2026-06-10T09:00:00Z');

let bot: TestBot;
beforeAll(async () => {
  bot = await startTestBot({ now: () => NOW });
  importRegistry(
    bot.db,
    `clsms:
  - id: albigeois
    name: "CLSM de l'Albigeois"
    channel: C0ALBI
    population: 83000
    meetings:
      - { kind: copil, date: 2026-03-12 }
      - { kind: copil, date: 2026-09-17 }
      - { kind: pleniere, date: 2026-11-19 }
  - id: castres
    name: "CLSM de Castres"
    channel: C0CAST
    population: 42000
    meetings:
      - { kind: copil, date: 2025-10-02 }
      - { kind: pleniere, date: 2026-02-05 }
`,
    NOW,
  );
});
afterAll(() => bot.stop());
beforeEach(() => {
  bot.fake.reset();
  serveMemberships(bot.fake, { U123: ['C0ALBI', 'C0CAST', 'C0OTHER'] });
});

const homeOpened = (user: string) =>
  payload.event({ type: 'app_home_opened', user, channel: 'D0HOME', tab: 'home', event_ts: '1.1' });

const publishedText = (call: { args: Record<string, unknown> }): string =>
  JSON.stringify((call.args.view as { blocks: unknown }).blocks);

describe('App Home', () => {
  it('publishes, for a user, what the bot does and the CLSMs with last/next meetings, overdue ones highlighted', async () => {
    const answer = await bot.send.event(homeOpened('U123'));
    expect(answer.status).toBe(200);
    const publish = await bot.fake.waitFor('views.publish');
    expect(publish.args.user_id).toBe('U123');
    expect((publish.args.view as { type: string }).type).toBe('home');
    const home = publishedText(publish);
    expect(home).toContain('Poser une question');
    expect(home).toContain("CLSM de l'Albigeois");
    expect(home).toContain('dernière réunion 12/03/2026 · prochaine 17/09/2026');
    // Castres has no COPIL dated in the first half-year of 2026: overdue since 1 June.
    expect(home).toMatch(
      /⚠️ \*COPIL\* : dernière réunion 02\/10\/2025 · prochaine non datée · \*en retard \(premier semestre 2026\)\*/,
    );
    expect(home).not.toContain('Rappels en échec');
  });

  it('shows admins the failed reminder posts with a retry button that puts them back in the queue', async () => {
    bot.fake.failNext('chat.postMessage', { kind: 'error', error: 'not_in_channel' });
    await bot.scheduler.sweep(NOW);
    const failed = listFailed(bot.db);
    expect(failed.map((f) => f.channel)).toContain('C0CAST');
    const key = failed.find((f) => f.channel === 'C0CAST')?.key ?? '';

    await bot.send.event(homeOpened(ADMIN));
    const publish = await bot.fake.waitFor('views.publish');
    const home = publishedText(publish);
    expect(home).toContain('Rappels en échec');
    expect(home).toContain('le bot n’est pas (ou plus) membre du canal');
    expect(home).toContain('home_retry_reminder');

    // Someone who is not an admin cannot retry.
    await bot.send.interaction(
      payload.buttonClick(
        bot.fake,
        { action_id: 'home_retry_reminder', value: key },
        { user: 'U123', view: { id: 'VHOME', type: 'home' } },
      ),
    );
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(getLedgerEntry(bot.db, key)?.state).toBe('failed');

    await bot.send.interaction(
      payload.buttonClick(
        bot.fake,
        { action_id: 'home_retry_reminder', value: key },
        { user: ADMIN, view: { id: 'VHOME', type: 'home' } },
      ),
    );
    await bot.fake.waitFor('views.publish', 2);
    expect(getLedgerEntry(bot.db, key)?.state).toBe('claimed');
    await bot.scheduler.sweep(new Date(NOW.getTime() + 60_000));
    expect(getLedgerEntry(bot.db, key)?.state).toBe('posted');
    expect(bot.fake.messages.filter((m) => m.channel === 'C0CAST')).toHaveLength(1);
  });
});
