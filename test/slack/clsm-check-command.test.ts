import type { KnownBlock } from '@slack/types';
import { describe, expect, it } from 'vitest';
import { parseCheckText, clsmCheckCommand } from '../../commands/clsm-check.js';
import { loadKnowledge } from '../../src/knowledge/loader.js';
import type { CommandReply } from '../../src/slack/reply.js';

const kb = loadKnowledge();
const ctx = (text: string) => ({ text, userId: 'U1', channelId: 'C1', now: new Date() });
const run = (text: string) => clsmCheckCommand(ctx(text), { kb, responseUrl: 'http://x/r' });

/** Every text of a reply's blocks, flattened. */
function textOf(reply: CommandReply): string {
  const blocks: KnownBlock[] =
    reply.kind === 'message' ? reply.blocks : (reply.view.blocks as KnownBlock[]);
  return JSON.stringify(blocks);
}

describe('/clsm-check text', () => {
  it.each([
    'population=55000 coordination=9000 actions=3000 pieces=engagement,historique',
    'population = 55 000 coordination = 9000 actions= 3000 pieces = engagement, historique',
    'habitants=55000 Coordination=9000 actions=3000 pièces=engagement historique',
  ])('reads %s', (text) => {
    expect(parseCheckText(text)).toEqual({
      ok: true,
      raw: {
        population: expect.stringMatching(/^55 ?000$/),
        coordination: '9000',
        actions: '3000',
        pieces: ['engagement', 'historique'],
        cosigned: undefined,
        separateCoordinator: undefined,
      },
    });
  });

  it('reads the options in French', () => {
    const parsed = parseCheckText('population=1000 cosigné coordinateur-distinct');
    expect(parsed).toMatchObject({ ok: true, raw: { cosigned: true, separateCoordinator: true } });
    expect(parseCheckText('population=1000 cosigne=non')).toMatchObject({
      ok: true,
      raw: { cosigned: false },
    });
  });

  it('names an unknown parameter or a word it cannot place', () => {
    expect(parseCheckText('populaton=55000')).toMatchObject({
      ok: false,
      errors: [expect.stringContaining('paramètre inconnu « populaton »')],
    });
    expect(parseCheckText('bonjour population=3')).toMatchObject({
      ok: false,
      errors: [expect.stringContaining('« bonjour »')],
    });
  });
});

describe('/clsm-check replies', () => {
  it('with arguments: an ephemeral report, ✅/❌ per required piece with its full label, the ceiling and the citation', async () => {
    const reply = await run(
      'population=55000 coordination=9000 actions=3000 pieces=engagement,historique',
    );
    expect(reply).toMatchObject({ kind: 'message', visibility: 'ephemeral' });
    const text = textOf(reply);
    expect(text).toContain('✅ Lettres d’engagement des partenaires');
    expect(text).toContain('❌ Calendrier de mise en œuvre');
    expect(text).toContain('13 000 €');
    expect(text).toContain('rich_text_quote');
    expect(text).toContain('Source : Cahier des charges ARS Occitanie (2023), §6');
    expect(text).toContain('Dossier incomplet');
  });

  it('alone: the modal, with one checkbox per piece labelled in full', async () => {
    const reply = await run('  ');
    expect(reply.kind).toBe('modal');
    if (reply.kind !== 'modal') return;
    const labels = (reply.view.blocks as KnownBlock[]).flatMap((b) =>
      b.type === 'input' ? [b.label.text] : [],
    );
    for (const piece of kb.dossier.pieces) expect(labels).toContain(piece.label);
    expect(reply.view.private_metadata).toContain('http://x/r');
  });

  it('aide: the syntax, with every piece id', async () => {
    const reply = await run('aide');
    const text = textOf(reply);
    expect(text).toContain('habitants=');
    for (const piece of kb.dossier.pieces) expect(text).toContain(`\`${piece.id}\``);
  });

  it('bad input: an ephemeral French error naming the field', async () => {
    const reply = await run('population=beaucoup');
    expect(reply).toMatchObject({ kind: 'message', visibility: 'ephemeral' });
    expect(reply.kind === 'message' && reply.text).toMatch(
      /^Erreur : Population « beaucoup » invalide/,
    );
    const pieces = await run('population=1000 pieces=lettres');
    expect(pieces.kind === 'message' && pieces.text).toMatch(/Pièce inconnue : lettres/);
  });
});
