import Database from 'better-sqlite3';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { listFeedback } from '../../src/store/feedback.js';
import { blockText, payload, startTestBot, type TestBot } from '../support/slack-app.js';

let bot: TestBot;
beforeAll(async () => {
  bot = await startTestBot();
});
afterAll(() => bot.stop());
beforeEach(() => bot.fake.reset());

const COPIL_QUOTE = 'Le COPIL se réunit deux fois par an';

/** A mention of the bot in channel C0CHAN, as Slack delivers it. */
const mention = (text: string, ts: string) =>
  payload.event({
    type: 'app_mention',
    user: 'U123',
    text: `<@UBOT> ${text}`,
    channel: 'C0CHAN',
    ts,
    event_ts: ts,
  });

/** `/clsm <question>` as a user types it; the blocks of the ephemeral reply, as text. */
async function clsmReply(question: string): Promise<string> {
  await bot.send.command(payload.command(bot.fake, '/clsm', question));
  const reply = await bot.fake.waitFor('response_url');
  return blockText(reply.args.blocks);
}

describe('questions', () => {
  it('a mention gets a threaded answer with the verbatim quote and its source', async () => {
    const answer = await bot.send.event(
      mention('combien de fois se réunit le COPIL ?', '1700000001.000100'),
    );
    expect(answer.status).toBe(200);
    const post = await bot.fake.waitFor('chat.postMessage');
    expect(post.args).toMatchObject({ channel: 'C0CHAN', thread_ts: '1700000001.000100' });
    const blocks = blockText(post.args.blocks);
    expect(blocks).toContain('rich_text_quote');
    expect(blocks).toContain(COPIL_QUOTE);
    expect(blocks).toContain('Source : Instruction DGS/SP4/2025/8');
    expect(blocks).toContain('answer_feedback_up');
    expect(String(post.args.text)).toContain('deux fois par an');
  });

  it('a message written over several lines, with emoji, is read line by line', async () => {
    await bot.send.event(
      mention(
        'bonjour :wave: on relance le copil de notre clsm\nselon le *ref national* il doit se reunir combien de fois par an ? svp',
        '1700000004.000100',
      ),
    );
    const post = await bot.fake.waitFor('chat.postMessage');
    expect(String(post.args.text)).toContain('deux fois par an');
  });

  it('a DM gets an answer in the DM, and "aide" gets the French help', async () => {
    await bot.send.event(
      payload.event({
        type: 'message',
        channel_type: 'im',
        channel: 'D0DM',
        user: 'U123',
        text: 'combien de fois se réunit le COPIL ?',
        ts: '1700000002.000100',
        event_ts: '1700000002.000100',
      }),
    );
    const post = await bot.fake.waitFor('chat.postMessage');
    expect(post.args.channel).toBe('D0DM');
    expect(post.args.thread_ts).toBeUndefined();
    expect(blockText(post.args.blocks)).toContain(COPIL_QUOTE);

    await bot.send.event(
      payload.event({
        type: 'message',
        channel_type: 'im',
        channel: 'D0DM',
        user: 'U123',
        text: 'aide',
        ts: '1700000003.000100',
        event_ts: '1700000003.000100',
      }),
    );
    const help = await bot.fake.waitFor('chat.postMessage', 2);
    expect(blockText(help.args.blocks)).toContain('/clsm-check');
    expect(blockText(help.args.blocks)).toContain('Poser une question');
  });

  it('ignores its own DM posts and edited messages', async () => {
    for (const event of [
      { bot_id: 'BFAKE', user: 'UBOT', text: 'réponse' },
      { subtype: 'message_changed', text: 'x' },
    ])
      await bot.send.event(
        payload.event({
          type: 'message',
          channel_type: 'im',
          channel: 'D0DM',
          ts: '1.2',
          ...event,
        }),
      );
    await bot.idle();
    expect(bot.fake.callsTo('chat.postMessage')).toEqual([]);
  });

  it('/clsm <question> acks at once with an empty 200, then answers ephemerally through response_url', async () => {
    const answer = await bot.send.command(
      payload.command(bot.fake, '/clsm', 'quel est le plafond pour 55 000 habitants ?'),
    );
    expect(answer.status).toBe(200);
    expect(answer.body).toBe('');
    const reply = await bot.fake.waitFor('response_url');
    expect(reply.args.response_type).toBe('ephemeral');
    expect(blockText(reply.args.blocks)).toContain('13 000 €');
  });

  it('/clsm aide and /clsm with an unreadable question answer in French', async () => {
    await bot.send.command(payload.command(bot.fake, '/clsm', 'aide'));
    const help = await bot.fake.waitFor('response_url');
    expect(blockText(help.args.blocks)).toContain('mode d’emploi');
    await bot.send.command(payload.command(bot.fake, '/clsm', '1234 ?!'));
    const error = await bot.fake.waitFor('response_url', 2);
    expect(String(error.args.text)).toMatch(/^Erreur : la question ne contient aucun mot/);
  });

  it('an abstention names the closest topics and whom to ask', async () => {
    const blocks = await clsmReply('quelle est la couleur préférée du préfet ?');
    expect(blocks).toContain('ne répondent pas à cette question');
    expect(blocks).toContain('DDARS');
  });

  it('a point the texts do not settle abstains with what they do say, quoted', async () => {
    const blocks = await clsmReply('qui préside l’assemblée plénière du CLSM ?');
    expect(blocks).toContain('Aucun des textes ne désigne de président de l');
    expect(blocks).toContain('rich_text_quote');
    expect(blocks).toContain('DDARS');
  });

  it('a topic named alone gets a clarifying question whose buttons post the chosen answer', async () => {
    await bot.send.event(mention('financement', '1700000011.000100'));
    const post = await bot.fake.waitFor('chat.postMessage');
    const blocks = post.args.blocks as {
      block_id?: string;
      elements?: { action_id: string; value: string }[];
    }[];
    expect(blockText(blocks)).toContain('Votre question porte-t-elle sur :');
    const choices = blocks.find((b) => b.block_id === 'answer_clarify')?.elements ?? [];
    expect(choices.length).toBeGreaterThanOrEqual(2);
    const [first] = choices;
    bot.fake.reset();
    await bot.send.interaction(
      payload.buttonClick(bot.fake, first ?? { action_id: '', value: '' }, {
        message: {
          type: 'message',
          ts: '1700000012.000200',
          thread_ts: '1700000011.000100',
          text: 'question',
        },
      }),
    );
    const chosen = await bot.fake.waitFor('chat.postMessage');
    expect(chosen.args).toMatchObject({ channel: 'C0CHAN', thread_ts: '1700000011.000100' });
    expect(blockText(chosen.args.blocks)).toContain('rich_text_quote');
  });

  it('a "Voir aussi" button posts that entry’s answer in the same thread', async () => {
    await bot.send.interaction(
      payload.buttonClick(
        bot.fake,
        { action_id: 'answer_see_also:pleniere-frequence', value: 'pleniere-frequence' },
        {
          message: {
            type: 'message',
            ts: '1700000005.000200',
            thread_ts: '1700000001.000100',
            text: 'réponse',
          },
        },
      ),
    );
    const post = await bot.fake.waitFor('chat.postMessage');
    expect(post.args).toMatchObject({ channel: 'C0CHAN', thread_ts: '1700000001.000100' });
    expect(blockText(post.args.blocks)).toMatch(/plénière/);
  });

  it('👍 stores the question, the entries and the user in the SQLite file, and thanks ephemerally', async () => {
    const value = JSON.stringify({
      q: 'combien de fois se réunit le COPIL ?',
      e: ['copil-frequence', 'cotech-frequence'],
    });
    const answer = await bot.send.interaction(
      payload.buttonClick(bot.fake, { action_id: 'answer_feedback_up', value }, { user: 'U777' }),
    );
    expect(answer.status).toBe(200);
    const thanks = await bot.fake.waitFor('response_url');
    expect(thanks.args).toMatchObject({ response_type: 'ephemeral', replace_original: false });
    const file = new Database(bot.dbPath, { readonly: true });
    try {
      expect(listFeedback(file)).toEqual([
        expect.objectContaining({
          question: 'combien de fois se réunit le COPIL ?',
          entryIds: ['copil-frequence', 'cotech-frequence'],
          verdict: 'up',
          userId: 'U777',
        }),
      ]);
    } finally {
      file.close();
    }
  });
});
