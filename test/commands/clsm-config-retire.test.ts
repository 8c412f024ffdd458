// `/clsm-config retirer ID` (admins): no more reminders for the CLSM, history kept; and
// `/clsm-check` refusing implausible figures through the parser it shares with `clsm check`.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { clsmCheckCommand } from '../../commands/clsm-check.js';
import { loadKnowledge } from '../../src/knowledge/loader.js';
import { getClsm, importRegistry, listClsms } from '../../src/store/registry.js';
import { tempDb, type TempDb } from '../support/temp-db.js';
import { configCommandAs, replyText as text } from '../support/command-reply.js';

const NOW = new Date('2026-11-30T23:30:00Z'); // already 1 December in Paris
const ADMIN = 'UADMIN01';

let t: TempDb;
beforeEach(() => {
  t = tempDb();
  importRegistry(
    t.db,
    `clsms:
  - { id: "albigeois", name: "CLSM de l'Albigeois", channel: C0123ABCD, population: 83000 }
  - { id: "2024", name: "CLSM 2024", channel: C0ARCHIVE, population: 12000 }
`,
    NOW,
  );
});
afterEach(() => t.cleanup());

const config = configCommandAs(() => t.db, NOW, ADMIN, 'C0OTHER');

describe('/clsm-config retirer', () => {
  it('retires a CLSM by id from any channel (its own may be archived)', async () => {
    const reply = await config('retirer 2024');
    expect(reply).toMatchObject({ kind: 'message', visibility: 'ephemeral' });
    expect(text(reply)).toContain(
      'CLSM *CLSM 2024* (`2024`) retiré : plus aucun rappel de réunion ne sera publié pour lui.',
    );
    expect(getClsm(t.db, '2024')).toMatchObject({ retired: '2026-12-01', channel: 'C0ARCHIVE' });
    expect(listClsms(t.db).map((c) => c.id)).toEqual(['albigeois']);
  });

  it('shows the retirement in `voir`, and `lier` makes the CLSM active again', async () => {
    await config('retirer 2024');
    expect(text(await config('voir', ADMIN, 'C0ARCHIVE'))).toContain(
      'Retiré le 01/12/2026 : plus aucun rappel n’est publié',
    );
    await config('lier 2024 "CLSM 2024" 12000', ADMIN, 'C0ARCHIVE');
    expect(getClsm(t.db, '2024')?.retired).toBeUndefined();
    expect(listClsms(t.db).map((c) => c.id)).toEqual(['2024', 'albigeois']);
  });

  it('answers mistakes in French and writes nothing', async () => {
    expect(text(await config('retirer'))).toContain('Un identifiant de CLSM attendu');
    expect(text(await config('retirer albigeois castres'))).toContain(
      'Un identifiant de CLSM attendu',
    );
    expect(text(await config('retirer Albigeois'))).toContain('Identifiant « Albigeois »');
    expect(text(await config('retirer castres'))).toContain('CLSM inconnu : castres');
    await config('retirer albigeois');
    expect(text(await config('retirer albigeois'))).toContain(
      'est déjà retiré depuis le 01/12/2026',
    );
    expect(getClsm(t.db, '2024')?.retired).toBeUndefined();
  });

  it('is for admins only', async () => {
    expect(text(await config('retirer albigeois', 'U0INTRUS'))).toContain(
      'Seuls les administrateurs du registre',
    );
    expect(getClsm(t.db, 'albigeois')?.retired).toBeUndefined();
  });
});

describe('/clsm-check bounds', () => {
  const kb = loadKnowledge();
  const check = (input: string) =>
    clsmCheckCommand({ text: input, userId: 'U0USER01', channelId: 'C0123ABCD', now: NOW }, { kb });

  it('refuses an implausible population or amount in French', async () => {
    expect(text(await check(`population=${'9'.repeat(400)}`))).toContain(
      'invraisemblable : 100 000 000 habitants au plus',
    );
    expect(text(await check('population=55000 coordination=20 000 000'))).toContain(
      'invraisemblable pour coordination : 10 000 000 € au plus',
    );
  });
});
