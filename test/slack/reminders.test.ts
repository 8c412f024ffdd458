import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { getClsm, importRegistry } from '../../src/store/registry.js';
import { payload, startTestBot, type TestBot } from '../support/slack-app.js';

// Thursday 5 March 2026, 09:30 in Paris: the J-7 reminder of a COPIL on 12 March is due.
const NOW = new Date('2026-03-05T08:30:00Z');

let bot: TestBot;
beforeAll(async () => {
  bot = await startTestBot({ now: () => NOW });
});
afterAll(() => bot.stop());
beforeEach(() => bot.fake.reset());

function register(id: string, channel: string): void {
  importRegistry(
    bot.db,
    `clsms:
  - id: ${id}
    name: "CLSM ${id}"
    channel: ${channel}
    population: 83000
    meetings:
      - { kind: copil, date: 2026-03-12, time: "14:00" }
      - { kind: pleniere, date: 2026-11-19 }
`,
    NOW,
  );
}

const postsTo = (channel: string) => bot.fake.messages.filter((m) => m.channel === channel);

describe('reminders through the Slack Web API', () => {
  it('a sweep posts the due reminder into the CLSM’s channel once, with the record-date button', async () => {
    register('albigeois', 'C0ALBI');
    await bot.scheduler.sweep(NOW);
    await bot.scheduler.sweep(new Date(NOW.getTime() + 60_000));
    expect(postsTo('C0ALBI')).toHaveLength(1);
    const [post] = postsTo('C0ALBI');
    expect(post?.text).toContain('COPIL');
    expect(JSON.stringify(post?.blocks)).toContain('reminder_record_meeting');
    expect(post?.metadata?.event_payload).toEqual({
      key: 'albigeois/copil/2026-03-12/upcoming/J-7',
    });
  });

  it('after a 500, a sweep past Slack’s completion window posts it (once)', async () => {
    // What other tests left due is posted first, so the failure below hits castres' post.
    await bot.scheduler.sweep(NOW);
    bot.fake.reset();
    register('castres', 'C0CAST');
    bot.fake.failNext('chat.postMessage', { kind: 'http', status: 500 });
    await bot.scheduler.sweep(NOW);
    const tries = () =>
      bot.fake.callsTo('chat.postMessage').filter((c) => c.args.channel === 'C0CAST');
    expect(tries()).toHaveLength(1);
    expect(postsTo('C0CAST')).toHaveLength(0);
    await bot.scheduler.sweep(new Date(NOW.getTime() + 60_000));
    expect(postsTo('C0CAST')).toHaveLength(0);
    await bot.scheduler.sweep(new Date(NOW.getTime() + 6 * 60_000));
    expect(postsTo('C0CAST')).toHaveLength(1);
    await bot.scheduler.sweep(new Date(NOW.getTime() + 7 * 60_000));
    expect(postsTo('C0CAST')).toHaveLength(1);
    expect(tries()).toHaveLength(2);
  });

  it('the reminder’s button opens the meeting modal; submitting it moves the meeting and says so in the channel', async () => {
    // Each test has its own CLSM and channel, and asserts on that channel: any order works.
    register('lavaur', 'C0LAV');
    const value = JSON.stringify({ clsm: 'lavaur', meeting: 'copil', date: '2026-03-12' });
    const click = await bot.send.interaction(
      payload.buttonClick(
        bot.fake,
        { action_id: 'reminder_record_meeting', value },
        { channel: 'C0LAV' },
      ),
    );
    expect(click.status).toBe(200);
    const open = await bot.fake.waitFor('views.open');
    const view = open.args.view as {
      callback_id: string;
      private_metadata: string;
      blocks: unknown;
    };
    expect(view.callback_id).toBe('clsm_record_meeting');
    expect(JSON.stringify(view.blocks)).toContain('"initial_date":"2026-03-12"');

    const bad = await bot.send.interaction(
      payload.viewSubmission(view, {
        kind: {
          value: {
            type: 'static_select',
            selected_option: { value: 'copil', text: { type: 'plain_text', text: 'COPIL' } },
          },
        },
        date: { value: { type: 'datepicker', selected_date: null } },
      }),
    );
    expect(bad.json()).toEqual({
      response_action: 'errors',
      errors: { date: expect.stringMatching(/^date attendue/) },
    });

    const good = await bot.send.interaction(
      payload.viewSubmission(view, {
        kind: {
          value: {
            type: 'static_select',
            selected_option: { value: 'copil', text: { type: 'plain_text', text: 'COPIL' } },
          },
        },
        date: { value: { type: 'datepicker', selected_date: '2026-03-19' } },
        time: { value: { type: 'timepicker', selected_time: '10:00' } },
        place: { value: { type: 'plain_text_input', value: 'Mairie de Lavaur' } },
      }),
    );
    expect(good.status).toBe(200);
    expect(good.body).toBe('');
    expect(getClsm(bot.db, 'lavaur')?.meetings).toContainEqual({
      kind: 'copil',
      date: '2026-03-19',
      time: '10:00',
      place: 'Mairie de Lavaur',
    });
    const said = await bot.fake.waitFor('chat.postMessage');
    expect(said.args.channel).toBe('C0LAV');
    expect(String(said.args.text)).toContain('jeudi 19 mars 2026 à 10h00, Mairie de Lavaur');
  });
});
