// Every listener tells the user, in French, why its reply failed: ephemeral where they are, or
// a DM when the channel is closed to the bot. Real Bolt app, fake Slack, signed requests.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { importRegistry } from '../../src/store/registry.js';
import { blockText, payload, startTestBot, type TestBot } from '../support/slack-app.js';

let bot: TestBot;
beforeAll(async () => {
  bot = await startTestBot();
  importRegistry(
    bot.db,
    'clsms:\n  - { id: albigeois, name: "CLSM de l\'Albigeois", channel: C0ALBI, population: 83000 }\n',
    new Date(),
  );
});
afterAll(() => bot.stop());
beforeEach(() => bot.fake.reset());

const QUESTION = 'combien de fois se réunit le COPIL ?';
const COPIL_QUOTE = 'Le COPIL se réunit deux fois par an';
const settle = () => new Promise((resolve) => setTimeout(resolve, 300));

const mention = (text = `<@UBOT> ${QUESTION}`) =>
  payload.event({
    type: 'app_mention',
    user: 'U123',
    text,
    channel: 'C0CHAN',
    ts: '1700000001.000100',
    event_ts: '1700000001.000100',
  });

const dm = (fields: Record<string, unknown>) =>
  payload.event({
    type: 'message',
    channel_type: 'im',
    channel: 'D0DM',
    user: 'U123',
    ts: '1700000002.000100',
    event_ts: '1700000002.000100',
    ...fields,
  });

describe('a reply Slack refuses is explained to the user', () => {
  it('not_in_channel: the asker gets a DM saying to invite the bot (no ephemeral: the channel is closed)', async () => {
    bot.fake.failNext('chat.postMessage', { kind: 'error', error: 'not_in_channel' });
    await bot.send.event(mention());
    const notice = await bot.fake.waitFor('chat.postMessage', 2);
    expect(notice.args.channel).toBe('U123');
    expect(String(notice.args.text)).toContain('invitez le bot dans ce canal : /invite @clsm');
    expect(bot.fake.callsTo('chat.postEphemeral')).toEqual([]);
  });

  it('429 three times: an ephemeral "réessayez" in the thread where the question was asked', async () => {
    bot.fake.failNext('chat.postMessage', { kind: 'rate-limited', retryAfter: 0 }, 3);
    await bot.send.event(mention());
    const notice = await bot.fake.waitFor('chat.postEphemeral', 1, 15_000);
    expect(bot.fake.callsTo('chat.postMessage')).toHaveLength(3);
    expect(notice.args).toMatchObject({
      channel: 'C0CHAN',
      user: 'U123',
      thread_ts: '1700000001.000100',
    });
    expect(String(notice.args.text)).toMatch(/réessayez dans une minute/);
  });

  it('500 on a DM answer: an ephemeral "réessayez" in the DM; if that fails too, a DM message', async () => {
    bot.fake.failNext('chat.postMessage', { kind: 'http', status: 500 }, 3);
    await bot.send.event(dm({ text: QUESTION }));
    const notice = await bot.fake.waitFor('chat.postEphemeral', 1, 15_000);
    expect(notice.args).toMatchObject({ channel: 'D0DM', user: 'U123' });
    expect(String(notice.args.text)).toMatch(/erreur passagère de Slack\) : réessayez/);

    bot.fake.reset();
    bot.fake.failNext('chat.postMessage', { kind: 'error', error: 'invalid_blocks' });
    bot.fake.failNext('chat.postEphemeral', { kind: 'error', error: 'user_not_in_channel' });
    await bot.send.event(mention());
    const dmNotice = await bot.fake.waitFor('chat.postMessage', 2);
    expect(dmNotice.args.channel).toBe('U123');
    expect(String(dmNotice.args.text)).toMatch(/Slack a refusé ma réponse \(invalid_blocks\)/);
  });

  it('a "Voir aussi" click in a channel the bot left: a DM with the reason', async () => {
    bot.fake.failNext('chat.postMessage', { kind: 'error', error: 'channel_not_found' });
    await bot.send.interaction(
      payload.buttonClick(bot.fake, {
        action_id: 'answer_see_also:pleniere-frequence',
        value: 'pleniere-frequence',
      }),
    );
    const notice = await bot.fake.waitFor('chat.postMessage', 2);
    expect(notice.args.channel).toBe('U123');
    expect(String(notice.args.text)).toMatch(/Ce canal m’est fermé.*\/invite @clsm/);
  });

  it('/clsm-check whose modal Slack refuses: the reason through response_url', async () => {
    bot.fake.failNext('views.open', { kind: 'error', error: 'expired_trigger_id' });
    await bot.send.command(payload.command(bot.fake, '/clsm-check', ''));
    const reply = await bot.fake.waitFor('response_url');
    expect(reply.args.response_type).toBe('ephemeral');
    expect(String(reply.args.text)).toMatch(/^⚠️ Slack a refusé ma réponse \(expired_trigger_id\)/);
  });

  it('a meeting recorded whose confirmation cannot be posted: the user is told by DM', async () => {
    await bot.send.interaction(
      payload.buttonClick(
        bot.fake,
        { action_id: 'reminder_record_meeting', value: '{"clsm":"albigeois","meeting":"copil"}' },
        { channel: 'C0ALBI' },
      ),
    );
    const open = await bot.fake.waitFor('views.open');
    const view = open.args.view as {
      callback_id: string;
      private_metadata: string;
      blocks: unknown;
    };
    bot.fake.failNext('chat.postMessage', { kind: 'error', error: 'not_in_channel' });
    await bot.send.interaction(
      payload.viewSubmission(view, {
        kind: {
          value: {
            type: 'static_select',
            selected_option: { value: 'copil', text: { type: 'plain_text', text: 'COPIL' } },
          },
        },
        date: { value: { type: 'datepicker', selected_date: '2027-03-18' } },
      }),
    );
    const notice = await bot.fake.waitFor('chat.postMessage', 2);
    expect(notice.args.channel).toBe('U123');
    expect(String(notice.args.text)).toMatch(
      /La réunion est enregistrée, mais je n’ai pas pu l’annoncer.*\/invite @clsm/,
    );
  });
});

describe('a file shared in the DM', () => {
  it('with the question as its comment: answered in the DM', async () => {
    await bot.send.event(
      dm({
        subtype: 'file_share',
        text: QUESTION,
        files: [{ id: 'F0FILE', name: 'dossier.pdf', mimetype: 'application/pdf' }],
      }),
    );
    const post = await bot.fake.waitFor('chat.postMessage');
    expect(post.args.channel).toBe('D0DM');
    expect(blockText(post.args.blocks)).toContain(COPIL_QUOTE);
  });

  it('without a comment: nothing to answer', async () => {
    await bot.send.event(dm({ subtype: 'file_share', text: '', files: [{ id: 'F0FILE' }] }));
    await settle();
    expect(bot.fake.callsTo('chat.postMessage')).toEqual([]);
  });
});
