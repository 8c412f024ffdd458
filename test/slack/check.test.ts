import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { blockText, payload, startTestBot, type TestBot } from '../support/slack-app.js';

let bot: TestBot;
beforeAll(async () => {
  bot = await startTestBot();
});
afterAll(() => bot.stop());
beforeEach(() => bot.fake.reset());

interface OpenedView {
  callback_id: string;
  private_metadata: string;
  blocks: { type: string; block_id?: string; label?: { text: string } }[];
}

/** /clsm-check alone, and the modal Slack was asked to open. */
async function openModal(): Promise<OpenedView> {
  const command = payload.command(bot.fake, '/clsm-check', '');
  const opened = bot.fake.callsTo('views.open').length;
  const answer = await bot.send.command(command);
  expect(answer.status).toBe(200);
  const open = await bot.fake.waitFor('views.open', opened + 1);
  expect(open.args.trigger_id).toBe(command.trigger_id);
  return open.args.view as OpenedView;
}

describe('/clsm-check in Slack', () => {
  it('with arguments (spaces, French words) answers ephemerally with the report', async () => {
    const answer = await bot.send.command(
      payload.command(
        bot.fake,
        '/clsm-check',
        'habitants = 55 000 coordination=9000 actions = 3000 pièces=engagement,historique',
      ),
    );
    expect(answer.status).toBe(200);
    expect(answer.body).toBe('');
    const reply = await bot.fake.waitFor('response_url');
    expect(reply.path).toBe('/response/cmd-clsm-check');
    expect(reply.args.response_type).toBe('ephemeral');
    const blocks = blockText(reply.args.blocks);
    expect(blocks).toContain('✅ Lettres d’engagement des partenaires');
    expect(blocks).toContain('❌ Calendrier de mise en œuvre');
    expect(blocks).toContain('le plafond du financement ARS est de 13 000 €');
    expect(blocks).toContain('Source : Cahier des charges ARS Occitanie (2023), §7');
    expect(bot.fake.callsTo('views.open')).toEqual([]);
  });

  it('with a bad field answers with a French error naming it', async () => {
    await bot.send.command(payload.command(bot.fake, '/clsm-check', 'population=beaucoup'));
    const reply = await bot.fake.waitFor('response_url');
    expect(reply.args.response_type).toBe('ephemeral');
    expect(String(reply.args.text)).toMatch(/^Erreur : Population « beaucoup » invalide/);
  });

  it('"aide" explains the syntax', async () => {
    await bot.send.command(payload.command(bot.fake, '/clsm-check', 'aide'));
    const reply = await bot.fake.waitFor('response_url');
    expect(blockText(reply.args.blocks)).toContain('coordinateur-distinct');
  });

  it('alone opens the modal: population, amounts, a checkbox per piece with its full label, the options', async () => {
    const view = await openModal();
    expect(view.callback_id).toBe('clsm_check_modal');
    const labels = view.blocks.flatMap((b) => (b.label ? [b.label.text] : []));
    expect(labels).toEqual(
      expect.arrayContaining([
        'Population du territoire CLS (habitants)',
        'Lettres d’engagement des partenaires (hôpital psychiatrique, acteurs médico-sociaux et sociaux, représentants des personnes souffrant de troubles psychiques ou des familles)',
        'Options',
      ]),
    );
    expect(blockText(view.blocks)).toContain('Coordonnateur CLSM distinct du coordonnateur CLS');
  });

  it('submitting a bad population shows French errors on the fields, and nothing is posted', async () => {
    const view = await openModal();
    const answer = await bot.send.interaction(
      payload.viewSubmission(view, {
        population: { value: { type: 'plain_text_input', value: 'environ cinquante mille' } },
        coordination: { value: { type: 'plain_text_input', value: '9000 €' } },
        actions: { value: { type: 'plain_text_input', value: 'trois mille' } },
      }),
    );
    expect(answer.status).toBe(200);
    expect(answer.json()).toEqual({
      response_action: 'errors',
      errors: {
        population: expect.stringMatching(/^population « environ cinquante mille » invalide/),
        actions: expect.stringMatching(/montant « trois mille » invalide pour actions/),
      },
    });
    await bot.idle();
    expect(bot.fake.callsTo('response_url')).toEqual([]);
  });

  it('submitting valid fields closes the modal and posts the report to the user, ephemerally', async () => {
    const view = await openModal();
    const answer = await bot.send.interaction(
      payload.viewSubmission(view, {
        population: { value: { type: 'plain_text_input', value: '55 000' } },
        coordination: { value: { type: 'plain_text_input', value: '' } },
        actions: { value: { type: 'plain_text_input', value: null } },
        'piece:historique': {
          value: {
            type: 'checkboxes',
            selected_options: [
              { value: 'historique', text: { type: 'plain_text', text: 'Pièce fournie' } },
            ],
          },
        },
        options: {
          value: {
            type: 'checkboxes',
            selected_options: [{ value: 'cosigned', text: { type: 'plain_text', text: 'x' } }],
          },
        },
      }),
    );
    expect(answer.status).toBe(200);
    expect(answer.body).toBe('');
    const reply = await bot.fake.waitFor('response_url');
    expect(reply.path).toBe('/response/cmd-clsm-check');
    expect(reply.args.response_type).toBe('ephemeral');
    const blocks = blockText(reply.args.blocks);
    expect(blocks).toContain('✅ Historique et présentation du projet');
    expect(blocks).not.toContain('Lettres d’engagement'); // cosigned: not required
    expect(blocks).toContain('les lettres d’engagement ne sont pas demandées');
  });
});
