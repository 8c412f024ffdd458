// `clsm digest`: the real binary over a real SQLite file, the same digest as in Slack.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importRegistry } from '../../src/store/registry.js';
import { clsm, clsmProcess } from '../support/cli.js';
import { tempDb, type TempDb } from '../support/temp-db.js';

let t: TempDb;
beforeAll(() => {
  t = tempDb();
  importRegistry(
    t.db,
    `clsms:
  - id: castres
    name: "CLSM de Castres"
    channel: C0CAST
    population: 41000
    department: "81"
    meetings:
      - { kind: copil, date: 2026-12-10, time: "14:00" }
`,
    new Date('2026-01-01T08:00:00Z'),
  );
});
afterAll(() => t.cleanup());

const run = (args: string[]) => clsm(['digest', ...args], { env: { CLSM_DB: t.path } });

describe('clsm digest', () => {
  it('prints the digest of a département as of a day (the real binary)', () => {
    const out = clsmProcess(['digest', '--department', '81', '--date', '2026-12-07'], {
      env: { CLSM_DB: t.path },
    });
    expect(out.status).toBe(0);
    expect(out.stdout).toContain('Point hebdomadaire des CLSM du département 81');
    expect(out.stdout).toContain('Au 07/12/2026 : 1 CLSM suivi(s)');
    expect(out.stdout).toContain('CLSM de Castres : COPIL le jeudi 10 décembre 2026 à 14h00');
    expect(out.stdout).toContain(
      'CLSM de Castres : aucune assemblée plénière datée pour l’année 2026',
    );
  });

  it('prints it as JSON', async () => {
    const out = await run(['--department', '81', '--date', '2026-12-07', '--json']);
    expect(out.status).toBe(0);
    expect(JSON.parse(out.stdout)).toMatchObject({
      department: '81',
      asOf: '2026-12-07',
      clsmCount: 1,
      upcoming: [{ clsm: { id: 'castres' }, kind: 'copil', date: '2026-12-10', time: '14:00' }],
      failures: [],
    });
  });

  it('refuses a missing or invalid département or date, in French, exit 2', async () => {
    for (const [args, message] of [
      [[], '--department manquant'],
      [['--department', '999'], 'n’est pas un code de département'],
      [['--department', '81', '--date', '07/12/2026'], '--date : date invalide'],
    ] as const) {
      const out = await run([...args]);
      expect(out.status).toBe(2);
      expect(out.stderr).toContain(message);
    }
  });
});
