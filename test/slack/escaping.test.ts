// Escape and decode once, at the edge. Incoming Slack text is decoded before the core reads it;
// everything sent (blocks, `text` fallbacks, views) goes through one escape, so a CLSM name or an
// input holding &, <, >, <!channel> or <@U…> never becomes a live mention. Every surface is swept.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importRegistry } from '../../src/store/registry.js';
import { decodeQuestion, decodeSlackText } from '../../src/slack/incoming.js';
import type { FakeSlackCall } from '../support/fake-slack.js';
import { ADMIN, payload, startTestBot, type TestBot } from '../support/slack-app.js';
import { serveMemberships } from '../support/slack-members.js';

const NOW = new Date('2026-06-10T09:00:00Z');
/** What people type, as Slack sends it: entities for what they typed, markup for mentions. */
const EVIL = 'Tarn &amp; Co &lt;!channel&gt; &lt;@UEVIL&gt; <!here> <@UEVIL2> a &gt; b';
const EVIL_NAME = 'Tarn & Co <!channel> <@UEVIL> a > b';

describe('incoming text is decoded once', () => {
  it('entities become characters, markup becomes readable text', () => {
    expect(decodeSlackText('salaire &amp; charges')).toBe('salaire & charges');
    expect(decodeSlackText('a &lt; b &gt; c &amp;lt; d')).toBe('a < b > c &lt; d');
    expect(decodeSlackText('<@U123|marie> <@U456> <#C123|general> <#C789>')).toBe(
      '@marie @U456 #general #C789',
    );
    expect(decodeSlackText('<!channel> <!here> <!subteam^S1|@ddars> <!date^1|le 1er mars>')).toBe(
      '@channel @here @ddars le 1er mars',
    );
    expect(
      decodeSlackText('<https://ars.fr/x|le cahier> <mailto:a@b.fr|a@b.fr> <https://x.fr>'),
    ).toBe('le cahier a@b.fr https://x.fr');
    expect(decodeQuestion('<@UBOT> plafond &amp; <@U123|marie>  pour 55 000 habitants')).toBe(
      'plafond & pour 55 000 habitants',
    );
    // Emoji are typed around the question, not in it; a time of day is not an emoji.
    expect(decodeQuestion(':wave: qui finance le coordo ? :thinking_face::skin-tone-2: :+1:')).toBe(
      'qui finance le coordo ?',
    );
    expect(decodeQuestion('copil à 14:30:00 ou 9:30 ?')).toBe('copil à 14:30:00 ou 9:30 ?');
    // Lines stay lines: the greeting, the situation and the question are read apart.
    expect(decodeQuestion('bonjour  :wave:\n\n on relance le copil \r\n combien de fois ?')).toBe(
      'bonjour\non relance le copil\ncombien de fois ?',
    );
  });
});

let bot: TestBot;
beforeAll(async () => {
  bot = await startTestBot({ now: () => NOW });
  importRegistry(
    bot.db,
    `clsms:\n  - id: tarn\n    name: ${JSON.stringify(EVIL_NAME)}\n    channel: C0TARN\n    population: 83000\n    department: "81"\n    meetings: [{ kind: pleniere, date: 2026-11-19, place: ${JSON.stringify(EVIL_NAME)} }]\n`,
    NOW,
  );
  serveMemberships(bot.fake, { U123: ['C0TARN'], [ADMIN]: ['C0TARN'] });
});
afterAll(() => bot.stop());

/** Every human-readable string of a call, except rich_text (literal text, never parsed). */
function readableStrings(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) for (const v of value) readableStrings(v, out);
  else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (o.type === 'rich_text') return out;
    for (const [key, v] of Object.entries(o)) {
      if (key === 'text' && typeof v === 'string') out.push(v);
      else if (key !== 'value' && key !== 'private_metadata') readableStrings(v, out);
    }
  }
  return out;
}

/** Our own markup: channel links, and the mention of the user who acted ("Par <@U123>"). */
const OURS = /<#C[A-Z0-9]+>|<@(U123|UADMIN1)>/g;

function violations(calls: readonly FakeSlackCall[]): string[] {
  const bad: string[] = [];
  for (const call of calls)
    for (const text of readableStrings(call.args)) {
      const rest = text.replace(OURS, '');
      if (/[<>]/.test(rest) || /&(?!(amp|lt|gt);)/.test(rest))
        bad.push(`${call.method}: ${text.slice(0, 200)}`);
    }
  return bad;
}

const sent = () =>
  bot.fake.calls.filter((c) => c.method !== 'auth.test' && c.method !== 'users.conversations');

describe('every surface escapes names and inputs', () => {
  it('answers, help, dossier reports, registry commands, reminders, App Home and modals', async () => {
    // Answers: a mention, a DM, /clsm, and the engine reads "&" (not the word "amp").
    await bot.send.event(
      payload.event({
        type: 'app_mention',
        user: 'U123',
        text: `<@UBOT> salaire &amp; charges du coordonnateur ? ${EVIL}`,
        channel: 'C0CHAN',
        ts: '1700000001.000100',
        event_ts: '1700000001.000100',
      }),
    );
    const answer = await bot.fake.waitFor('chat.postMessage');
    const feedback = JSON.stringify(answer.args.blocks);
    const value = /"value":"(\{\\"q\\".*?\})"/.exec(feedback)?.[1] ?? '';
    const asked = (JSON.parse(JSON.parse(`"${value}"`) as string) as { q: string }).q;
    expect(asked).toMatch(/^salaire & charges du coordonnateur \? Tarn & Co <!channel> <@UEVIL>/);
    expect(asked).not.toMatch(/amp|&lt;/);

    await bot.send.event(
      payload.event({
        type: 'message',
        channel_type: 'im',
        channel: 'D0DM',
        user: 'U123',
        text: `&lt;!channel&gt; ${EVIL}`,
        ts: '1700000002.000100',
        event_ts: '1700000002.000100',
      }),
    );
    await bot.fake.waitFor('chat.postMessage', 2);
    let responses = 0;
    const command = async (name: string, text: string, channel = 'C0TARN', user = 'U123') => {
      await bot.send.command(payload.command(bot.fake, name, text, user, channel));
      responses += 1;
      return bot.fake.waitFor('response_url', responses);
    };
    await command('/clsm', `plafond pour 55 000 habitants ${EVIL}`);
    await command('/clsm', EVIL); // a question the texts do not answer
    await command('/clsm', 'aide');
    await command('/clsm', '&lt;!channel&gt;'); // not a question: the error echoes nothing live

    // Dossier reports and their errors (which quote what was typed).
    await command('/clsm-check', 'population=55000 coordination=9000 pieces=engagement');
    await command('/clsm-check', `population=55000 ${EVIL}`);
    await command('/clsm-check', `population=&lt;!channel&gt;`);
    await command('/clsm-check', 'aide');

    // Registry commands: the syntax placeholders, a name and a place with markup.
    const configHelp = await command('/clsm-config', 'aide', 'C0TARN', ADMIN);
    expect(JSON.stringify(configHelp.args.blocks)).toContain(
      '/clsm-config lier &lt;identifiant&gt; \\"&lt;nom du CLSM&gt;\\" &lt;population&gt;',
    );
    const linkError = await command('/clsm-config', 'lier', 'C0TARN', ADMIN);
    expect(String(linkError.args.text)).toContain('lier &lt;identifiant&gt;');
    await command('/clsm-config', `lier evil "${EVIL}" 1000`, 'C0EVIL', ADMIN);
    await command('/clsm-config', 'voir', 'C0EVIL', ADMIN);
    await command('/clsm-config', `nom ${EVIL}`, 'C0EVIL', ADMIN);
    await command('/clsm-config', EVIL, 'C0EVIL', ADMIN);
    await command('/clsm-reunion', 'liste', 'C0NONE');
    await command('/clsm-reunion', 'liste');
    await command('/clsm-reunion', `copil 14/03/2027 14:00 ${EVIL}`);
    await command('/clsm-reunion', `deplacer copil 14/03/2027 21/03/2027 ${EVIL}`);
    await command('/clsm-reunion', 'annuler copil 21/03/2027');
    await command('/clsm-reunion', EVIL);

    // Reminders in the CLSM's channel (overdue COPIL), and a failed one for App Home.
    await bot.scheduler.sweep(NOW);
    const reminder = bot.fake.callsTo('chat.postMessage').find((c) => c.args.channel === 'C0TARN');
    expect(String(reminder?.args.text)).toMatch(/COPIL/);
    expect(JSON.stringify(reminder?.args.blocks)).toContain('reminder_record_meeting');

    // The reminder's button → the meeting modal → the confirmation in the channel.
    const clicks = () => bot.fake.callsTo('views.open').length;
    const before = clicks();
    await bot.send.interaction(
      payload.buttonClick(
        bot.fake,
        { action_id: 'reminder_record_meeting', value: '{"clsm":"tarn","meeting":"copil"}' },
        { channel: 'C0TARN' },
      ),
    );
    const open = await bot.fake.waitFor('views.open', before + 1);
    const view = open.args.view as {
      callback_id: string;
      private_metadata: string;
      blocks: unknown;
    };
    expect(JSON.stringify(view.blocks)).toContain('Tarn &amp; Co &lt;!channel&gt;');
    const posts = bot.fake.callsTo('chat.postMessage').length;
    await bot.send.interaction(
      payload.viewSubmission(view, {
        kind: {
          value: {
            type: 'static_select',
            selected_option: { value: 'copil', text: { type: 'plain_text', text: 'COPIL' } },
          },
        },
        date: { value: { type: 'datepicker', selected_date: '2026-06-25' } },
        place: { value: { type: 'plain_text_input', value: EVIL_NAME } },
      }),
    );
    await bot.fake.waitFor('chat.postMessage', posts + 1);
    await bot.send.command(payload.command(bot.fake, '/clsm-check', '', 'U123', 'C0TARN'));
    await bot.fake.waitFor('views.open', before + 2);

    // App Home, for a member and for an admin; feedback on an answer.
    const publishes = bot.fake.callsTo('views.publish').length;
    for (const user of ['U123', ADMIN])
      await bot.send.event(
        payload.event({
          type: 'app_home_opened',
          user,
          channel: 'D0HOME',
          tab: 'home',
          event_ts: '1.1',
        }),
      );
    await bot.fake.waitFor('views.publish', publishes + 2);
    const home = JSON.stringify(bot.fake.callsTo('views.publish').at(-1)?.args.view);
    expect(home).toContain('Tarn &amp; Co &lt;!channel&gt; &lt;@UEVIL&gt; a &gt; b');

    const message = bot.fake.messages.find((m) => m.ts === answer.args.ts || m.thread_ts);
    await bot.send.interaction(
      payload.buttonClick(
        bot.fake,
        { action_id: 'answer_feedback_up', value: JSON.stringify({ q: EVIL_NAME, e: [] }) },
        { message: { type: 'message', ts: message?.ts ?? '1.1', text: message?.text } },
      ),
    );
    await bot.fake.waitFor('chat.update');

    const calls = sent();
    expect(new Set(calls.map((c) => c.method))).toEqual(
      new Set(['chat.postMessage', 'response_url', 'views.open', 'views.publish', 'chat.update']),
    );
    // (The evil CLSM's missed reminders are told by its welcome on linking, not posted.)
    expect(calls.length).toBeGreaterThan(28);
    expect(violations(calls)).toEqual([]);
  });

  it('the sweep catches a raw name (the check can fail)', () => {
    const raw: FakeSlackCall = {
      method: 'chat.postMessage',
      args: { text: `Rappel (${EVIL_NAME})`, blocks: [] },
      token: null,
      path: '/api/chat.postMessage',
      at: 0,
    };
    expect(violations([raw])).toHaveLength(1);
  });
});
