// 👍/👎 under an answer: one vote per user per answer (a new click replaces it), the message
// updated to show the vote was taken; "Voir aussi" labels from the entries' short titles.
import Database from 'better-sqlite3';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/loader.js';
import { listFeedback } from '../../src/store/feedback.js';
import { blockText, payload, startTestBot, type TestBot } from '../support/slack-app.js';

let bot: TestBot;
beforeAll(async () => {
  bot = await startTestBot();
});
afterAll(() => bot.stop());
beforeEach(() => bot.fake.reset());

interface Button {
  action_id: string;
  value: string;
  text: { text: string };
}

function buttons(blocks: unknown): Button[] {
  return (blocks as { type: string; elements?: Button[] }[])
    .filter((b) => b.type === 'actions')
    .flatMap((b) => b.elements ?? []);
}

function votesInFile() {
  const file = new Database(bot.dbPath, { readonly: true });
  try {
    return listFeedback(file);
  } finally {
    file.close();
  }
}

async function postedAnswer(question: string) {
  await bot.send.event(
    payload.event({
      type: 'app_mention',
      user: 'U123',
      text: `<@UBOT> ${question}`,
      channel: 'C0CHAN',
      ts: '1700000001.000100',
      event_ts: '1700000001.000100',
    }),
  );
  const post = await bot.fake.waitFor('chat.postMessage');
  const message = bot.fake.messages.at(-1);
  if (!message) throw new Error('no message posted');
  return { post, message };
}

describe('feedback on an answer in a channel', () => {
  it('keeps one vote per user (changeable) and updates the message with the tally', async () => {
    const { message } = await postedAnswer('combien de fois se réunit le COPIL ?');
    const up = buttons(message.blocks).find((b) => b.action_id === 'answer_feedback_up');
    const down = buttons(message.blocks).find((b) => b.action_id === 'answer_feedback_down');
    if (!up || !down) throw new Error('no feedback buttons');
    const click = (button: Button, user: string) =>
      bot.send.interaction(
        payload.buttonClick(
          bot.fake,
          { action_id: button.action_id, value: button.value, block_id: 'answer_feedback' },
          {
            user,
            message: {
              type: 'message',
              ts: message.ts,
              text: message.text,
              blocks: message.blocks,
              thread_ts: message.thread_ts,
            },
          },
        ),
      );

    for (const [n, [button, user]] of (
      [
        [up, 'U1'],
        [up, 'U1'],
        [down, 'U1'],
        [up, 'U2'],
      ] as const
    ).entries()) {
      await click(button, user);
      await bot.fake.waitFor('chat.update', n + 1);
    }
    const updates = bot.fake.callsTo('chat.update');
    expect(updates.at(0)?.args).toMatchObject({ channel: 'C0CHAN', ts: message.ts });
    expect(blockText(updates.at(0)?.args.blocks)).toContain('👍 1 · 👎 0');
    expect(blockText(updates.at(1)?.args.blocks)).toContain('👍 1 · 👎 0');
    expect(blockText(updates.at(2)?.args.blocks)).toContain('👍 0 · 👎 1');
    const last = blockText(updates.at(3)?.args.blocks);
    expect(last).toContain('👍 1 · 👎 1');
    // The answer and its buttons stay (a vote can change); one notice line, not one per click.
    expect(last).toContain('Le COPIL se réunit deux fois par an');
    expect(last).toContain('answer_feedback_up');
    expect(last.match(/Avis enregistrés/g)).toHaveLength(1);
    expect(String(updates.at(3)?.args.text)).toContain('deux fois par an');

    const votes = votesInFile();
    expect(votes.map((v) => [v.userId, v.verdict])).toEqual([
      ['U1', 'down'],
      ['U2', 'up'],
    ]);
    expect(new Set(votes.map((v) => v.answer))).toEqual(new Set([`C0CHAN/${message.ts}`]));
  });

  it('on an ephemeral /clsm answer: the answer is replaced, through response_url, with the vote shown', async () => {
    const value = JSON.stringify({
      q: 'quel est le plafond pour 55 000 habitants ?',
      e: ['financement-plafonds'],
    });
    const click = payload.buttonClick(
      bot.fake,
      { action_id: 'answer_feedback_down', value },
      { user: 'U9' },
    );
    const ephemeral = {
      ...click,
      container: { ...click.container, is_ephemeral: true, message_ts: '1700000009.000100' },
    };
    delete (ephemeral as { message?: unknown }).message;
    await bot.send.interaction(ephemeral);
    const reply = await bot.fake.waitFor('response_url');
    expect(reply.args).toMatchObject({ response_type: 'ephemeral', replace_original: true });
    const blocks = blockText(reply.args.blocks);
    expect(blocks).toContain('Votre avis est enregistré : 👎 pas utile');
    expect(blocks).toContain('13 000 €');
    expect(bot.fake.callsTo('chat.update')).toEqual([]);
    expect(votesInFile().find((v) => v.userId === 'U9')).toMatchObject({
      verdict: 'down',
      answer: 'C0CHAN/1700000009.000100',
    });
  });
});

describe('"Voir aussi" buttons', () => {
  it('are labelled with the short title of long-titled entries (≤ 75 characters, whole words)', async () => {
    const kb = loadKnowledge();
    const long = new Map(kb.entries.filter((e) => e.shortTitle).map((e) => [e.id, e]));
    const from = kb.entries.find((e) => e.related.some((id) => long.has(id)));
    if (!from) throw new Error('no entry links to a long-titled one');
    await bot.send.interaction(
      payload.buttonClick(bot.fake, { action_id: `answer_see_also:${from.id}`, value: from.id }),
    );
    const post = await bot.fake.waitFor('chat.postMessage');
    const seeAlso = buttons(post.args.blocks).filter((b) =>
      b.action_id.startsWith('answer_see_also:'),
    );
    const linked = seeAlso.find((b) => long.has(b.value));
    expect(linked?.text.text).toBe(long.get(linked?.value ?? '')?.shortTitle);
    for (const b of seeAlso) {
      expect(b.text.text.length).toBeLessThanOrEqual(75);
      expect(b.text.text).not.toMatch(/…$/);
    }
  });
});
