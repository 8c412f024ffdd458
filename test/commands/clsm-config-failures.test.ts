// /clsm-config echecs and reessayer: failed reminders with their French reason, and retrying a
// channel's failures once the cause is fixed. Real SQLite file; the ledger written as the
// scheduler writes it.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { channelRef } from '../../commands/clsm-config.js';
import { importRegistry } from '../../src/store/registry.js';
import {
  claimReminder,
  getLedgerEntry,
  markFailed,
  type LedgerReminder,
} from '../../src/store/sent-reminders.js';
import { tempDb, type TempDb } from '../support/temp-db.js';
import { configCommandAs, replyText as text } from '../support/command-reply.js';

const NOW = new Date('2026-03-02T10:00:00+01:00');
const ADMIN = 'UADMIN01';

let t: TempDb;
beforeEach(() => {
  t = tempDb();
  importRegistry(
    t.db,
    `clsms:
  - id: albigeois
    name: "CLSM de l'Albigeois"
    channel: C0123ABCD
    population: 83000
  - id: castres
    name: "CLSM de Castres"
    channel: C0CASTRES
    population: 41000
`,
    NOW,
  );
});
afterEach(() => t.cleanup());

const config = configCommandAs(() => t.db, NOW, ADMIN, 'C0123ABCD');

function fail(r: Partial<LedgerReminder> & { key: string }, reason: string, error?: string): void {
  const reminder: LedgerReminder = {
    clsm: 'albigeois',
    channel: 'C0123ABCD',
    meeting: 'copil',
    type: 'upcoming',
    postAt: '2026-03-02T09:00:00+01:00',
    meetingDate: '2026-03-09',
    offsetDays: 7,
    period: null,
    ...r,
  };
  claimReminder(t.db, reminder, NOW, 60_000);
  markFailed(t.db, r.key, reason, NOW, error ? { error } : {});
}

describe('/clsm-config echecs and reessayer', () => {
  beforeEach(() => {
    fail({ key: 'albigeois/copil/2026-03-09/upcoming/J-7' }, 'restricted_action');
    fail(
      {
        key: 'albigeois/copil/2026-S1/to-plan',
        type: 'to-plan',
        meetingDate: null,
        offsetDays: null,
        period: '2026-S1',
      },
      'retries_exhausted',
      'internal_error',
    );
    fail(
      { key: 'castres/pleniere/2026-03-09/upcoming/J-7', clsm: 'castres', channel: 'C0CASTRES' },
      'expired',
      'fatal_error',
    );
  });

  it('lists every failure with its reason in French and a "Réessayer tout" per channel', async () => {
    const reply = text(await config('echecs'));
    expect(reply).toContain('3 rappel(s) en échec');
    expect(reply).toContain(
      'COPIL du 09/03/2026, rappel J-7 : publication interdite dans ce canal',
    );
    expect(reply).toContain(
      'COPIL à planifier, premier semestre 2026 : Slack injoignable ou en erreur depuis plus de 24 h (dernière erreur : refus de Slack (internal_error))',
    );
    expect(reply).toContain('plus d’actualité avant d’avoir pu être publié');
    expect(reply).toContain('Réessayer tout · albigeois');
    expect(reply).toContain('Réessayer tout · castres');
    expect(reply).toContain('retry_channel_reminders');
  });

  it('retries every failure of this channel, of a named channel, or of a CLSM', async () => {
    expect(text(await config('reessayer'))).toContain('2 rappel(s) de <#C0123ABCD> remis en file');
    expect(getLedgerEntry(t.db, 'albigeois/copil/2026-S1/to-plan')).toMatchObject({
      state: 'claimed',
      failingSince: null,
      reason: null,
    });
    expect(getLedgerEntry(t.db, 'castres/pleniere/2026-03-09/upcoming/J-7')?.state).toBe('failed');
    expect(text(await config('reessayer <#C0CASTRES|clsm-castres>'))).toContain(
      '1 rappel(s) de <#C0CASTRES> remis en file',
    );
    expect(text(await config('reessayer castres'))).toContain(
      'Aucun rappel en échec pour <#C0CASTRES>',
    );
  });

  it('answers a channel it cannot read, or an unknown CLSM, in French, and changes nothing', async () => {
    expect(text(await config('reessayer #general'))).toContain('Canal « #general » non reconnu');
    expect(text(await config('reessayer inconnu'))).toContain('Aucun CLSM « inconnu »');
    expect(text(await config('reessayer', 'U0INTRUS'))).toContain('Seuls les administrateurs');
    expect(getLedgerEntry(t.db, 'albigeois/copil/2026-S1/to-plan')?.state).toBe('failed');
  });

  it('reads channel references as Slack sends them', () => {
    expect(channelRef('<#C0CASTRES|clsm-castres>')).toBe('C0CASTRES');
    expect(channelRef('<#G0PRIVATE1>')).toBe('G0PRIVATE1');
    expect(channelRef('C0CASTRES1')).toBe('C0CASTRES1');
    expect(channelRef('#castres')).toBeNull();
    expect(channelRef('castres')).toBeNull();
  });
});
