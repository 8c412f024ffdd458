// /clsm-config digest: where each département's weekly digest goes, stored in SQLite.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listDigestSettings } from '../../src/store/digests.js';
import { importRegistry } from '../../src/store/registry.js';
import { tempDb, type TempDb } from '../support/temp-db.js';
import { configCommandAs, replyText as text } from '../support/command-reply.js';

const NOW = new Date('2026-11-24T10:00:00+01:00');
const ADMIN = 'UADMIN01';
let t: TempDb;
beforeEach(() => {
  t = tempDb();
  importRegistry(
    t.db,
    `clsms:
  - { id: castres, name: "CLSM de Castres", channel: C0CAST, population: 41000, department: "81" }
  - { id: rodez, name: "CLSM de Rodez", channel: C0RODEZ, population: 25000, department: "12" }
`,
    NOW,
  );
});
afterEach(() => t.cleanup());

const config = configCommandAs(() => t.db, NOW, ADMIN, 'C0DDARS');

describe('/clsm-config digest', () => {
  it('sets the channel of a département (this one or a named one), lists, and goes back to DMs', async () => {
    expect(text(await config('digest'))).toContain(
      '• 12 : administrateurs, en message direct\\n• 81 : administrateurs, en message direct',
    );
    expect(text(await config('digest 81'))).toContain(
      'Le point hebdomadaire du département 81 sera publié dans <#C0DDARS>',
    );
    expect(text(await config('digest 2a <#C0CORSE|ddars-2a>'))).toContain(
      'département 2A sera publié dans <#C0CORSE>',
    );
    expect(listDigestSettings(t.db)).toMatchObject([
      { department: '2A', channel: 'C0CORSE', updatedBy: ADMIN },
      { department: '81', channel: 'C0DDARS' },
    ]);
    expect(text(await config('digest'))).toContain('• 81 : <#C0DDARS>');
    expect(text(await config('digest 81 admins'))).toContain(
      'aux administrateurs en message direct',
    );
    expect(listDigestSettings(t.db).map((s) => s.department)).toEqual(['2A']);
  });

  it('answers mistakes in French and writes nothing; refuses non-admins', async () => {
    expect(text(await config('digest 999'))).toContain('« 999 » n’est pas un code de département');
    expect(text(await config('digest 81 #general'))).toContain('Canal « #general » non reconnu');
    expect(text(await config('digest 81 <#C1> <#C2>'))).toContain('Un seul canal');
    expect(text(await config('digest 81', 'U0INTRUS'))).toContain('Seuls les administrateurs');
    expect(listDigestSettings(t.db)).toEqual([]);
  });
});
