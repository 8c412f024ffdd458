import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { clsmReunionCommand, parseReunionText } from '../../commands/clsm-reunion.js';
import { exportRegistry, getClsm, importRegistry } from '../../src/store/registry.js';
import { listFailed } from '../../src/store/sent-reminders.js';
import { tempDb, type TempDb } from '../support/temp-db.js';
import { configCommandAs, replyText as text } from '../support/command-reply.js';

const NOW = new Date('2026-11-24T10:00:00+01:00');
const ADMIN = 'UADMIN01';

let t: TempDb;
beforeEach(() => {
  t = tempDb();
});
afterEach(() => t.cleanup());

const reunion = (input: string, channelId = 'C0123ABCD', userId = 'U0USER01') =>
  clsmReunionCommand({ text: input, userId, channelId, now: NOW }, { db: t.db });
const config = configCommandAs(() => t.db, NOW, ADMIN, 'C0123ABCD');

describe('/clsm-config', () => {
  it('refuses non-admins and writes nothing', async () => {
    const reply = await config('lier albigeois "CLSM de l’Albigeois" 83000', 'U0INTRUS');
    expect(reply).toMatchObject({ kind: 'message', visibility: 'ephemeral' });
    expect(text(reply)).toContain('Seuls les administrateurs du registre');
    expect(getClsm(t.db, 'albigeois')).toBeNull();
  });

  it('links the channel to a CLSM, with a quoted name (straight or curly quotes) and a population', async () => {
    const reply = await config('lier albigeois “CLSM de l’Albigeois” 83 000');
    expect(reply).toMatchObject({ kind: 'message', visibility: 'in_channel' });
    expect(text(reply)).toContain(
      'Ce canal est relié au CLSM *CLSM de l’Albigeois* (`albigeois`, 83',
    );
    expect(getClsm(t.db, 'albigeois')).toMatchObject({
      name: 'CLSM de l’Albigeois',
      population: 83000,
      channel: 'C0123ABCD',
    });
    await config('nom "CLSM Albi-Tarn"');
    await config('population 84000');
    expect(getClsm(t.db, 'albigeois')).toMatchObject({ name: 'CLSM Albi-Tarn', population: 84000 });
    expect(text(await config('voir'))).toContain('84');
  });

  it('answers mistakes in French without writing', async () => {
    expect(text(await config('lier Albigeois "CLSM" 83000'))).toContain(
      'Identifiant « Albigeois »',
    );
    expect(text(await config('lier albigeois "CLSM de l’Albigeois"'))).toContain(
      'Population manquante',
    );
    expect(text(await config('lier albigeois 83000'))).toContain('Nom du CLSM manquant');
    expect(text(await config('population beaucoup'))).toContain('Population manquante ou invalide');
    expect(text(await config('supprimer'))).toContain('Action inconnue « supprimer »');
    expect(text(await config('voir'))).toContain('Ce canal n’est relié à aucun CLSM');
    expect(exportRegistry(t.db)).toBe('clsms: []\n');
    await config('lier albigeois "CLSM de l’Albigeois" 83000');
    expect(text(await config('lier castres "CLSM de Castres" 41000'))).toContain(
      'Le canal C0123ABCD est déjà lié au CLSM « CLSM de l’Albigeois » (albigeois)',
    );
    expect(getClsm(t.db, 'castres')).toBeNull();
  });

  it('lists the reminders Slack refused', async () => {
    expect(text(await config('echecs'))).toContain('Aucun rappel en échec');
    expect(listFailed(t.db)).toEqual([]);
    expect(text(await config('aide'))).toContain('/clsm-config lier');
  });
});

describe('/clsm-reunion', () => {
  it('tells an unlinked channel that an admin must run /clsm-config', async () => {
    const reply = await reunion('copil 14/03/2027 14:00');
    expect(reply).toMatchObject({ visibility: 'ephemeral' });
    expect(text(reply)).toContain(
      'Ce canal n’est relié à aucun CLSM. Un administrateur doit d’abord lancer `/clsm-config lier',
    );
    expect(text(await reunion('aide'))).toContain('/clsm-reunion copil 14/03/2027 14:00 Mairie');
  });

  describe('in a linked channel', () => {
    beforeEach(async () => {
      await config('lier albigeois "CLSM de l’Albigeois" 83000');
    });

    it('records a planned COPIL from a French date, with time and place, in the channel', async () => {
      const reply = await reunion('copil 14/03/2027 14h Mairie d’Albi');
      expect(reply).toMatchObject({ kind: 'message', visibility: 'in_channel' });
      expect(text(reply)).toContain(
        'COPIL prévu le dimanche 14 mars 2027 à 14h00, Mairie d’Albi. Rappels dans ce canal J-30, J-7 et J-1, à 9h00.',
      );
      expect(text(reply)).toContain('<@U0USER01>');
      expect(getClsm(t.db, 'albigeois')?.meetings).toEqual([
        { kind: 'copil', date: '2027-03-14', time: '14:00', place: 'Mairie d’Albi' },
      ]);
    });

    it('records a past plenary as held', async () => {
      const reply = await reunion('plénière 2026-06-18');
      expect(text(reply)).toContain(
        'Assemblée plénière du jeudi 18 juin 2026 enregistrée comme tenue.',
      );
    });

    it('lists, moves and cancels meetings', async () => {
      await reunion('copil 2027-03-14 14:00');
      await reunion('pleniere 18/06/2026');
      const list = text(await reunion('liste'));
      expect(list).toContain('COPIL : dimanche 14 mars 2027 à 14h00');
      expect(list).toContain('Assemblée plénière : jeudi 18 juin 2026');

      const moved = await reunion('déplacer copil 14/03/2027 21/03/2027 10h Salle du conseil');
      expect(text(moved)).toContain(
        'COPIL du dimanche 14 mars 2027 déplacé au dimanche 21 mars 2027 à 10h00, Salle du conseil',
      );
      const cancelled = await reunion('annuler copil 21/03/2027');
      expect(text(cancelled)).toContain(
        'COPIL du dimanche 21 mars 2027 annulé ; ses rappels ne seront pas publiés.',
      );
      expect(getClsm(t.db, 'albigeois')?.meetings).toContainEqual({
        kind: 'copil',
        date: '2027-03-21',
        time: '10:00',
        place: 'Salle du conseil',
        cancelled: true,
      });
    });

    it('answers mistakes in French, privately, and writes nothing', async () => {
      const cases: [string, string][] = [
        ['copil 31/02/2027', 'Date invalide « 31/02/2027 »'],
        ['copil', 'Date manquante'],
        ['bureau 14/03/2027', '« bureau » n’est ni un type de réunion'],
        ['copil 14/03/2027 25:00', 'Heure invalide « 25:00 »'],
        ['annuler copil 14/03/2027', 'Aucun COPIL prévu le 14/03/2027 pour ce CLSM'],
        ['annuler pleniere', 'Date manquante'],
        ['deplacer copil 14/03/2027', 'Nouvelle date manquante'],
      ];
      for (const [input, message] of cases) {
        const reply = await reunion(input);
        expect(reply, input).toMatchObject({ visibility: 'ephemeral' });
        expect(text(reply), input).toContain(message);
      }
      expect(getClsm(t.db, 'albigeois')?.meetings).toEqual([]);
    });
  });

  it('parses the syntax', () => {
    expect(parseReunionText('COPIL 2027-03-14')).toEqual({
      ok: true,
      command: { action: 'add', meeting: { kind: 'copil', date: '2027-03-14' } },
    });
    expect(parseReunionText('pleniere 1/7/2027 9h30 "Salle des fêtes"')).toEqual({
      ok: true,
      command: {
        action: 'add',
        meeting: { kind: 'pleniere', date: '2027-07-01', time: '09:30', place: 'Salle des fêtes' },
      },
    });
    expect(parseReunionText('')).toEqual({ ok: true, command: { action: 'help' } });
    expect(parseReunionText('Liste')).toEqual({ ok: true, command: { action: 'list' } });
  });
});

describe('registry set up by import, used by the commands', () => {
  it('finds the CLSM of the channel', async () => {
    importRegistry(
      t.db,
      'clsms:\n  - id: castres\n    name: "CLSM de Castres"\n    channel: C0CASTRES\n    population: 41000\n',
      NOW,
    );
    expect(text(await reunion('liste', 'C0CASTRES'))).toContain('Réunions : CLSM de Castres');
  });
});
