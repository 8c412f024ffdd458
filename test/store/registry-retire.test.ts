// Retiring a CLSM: no more reminders planned for it, history kept, shown as retired in the
// export, and made active again by linking it or importing it without `retired`.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { planReminders } from '../../src/reminders/planner.js';
import {
  RegistryError,
  exportRegistry,
  getClsm,
  importRegistry,
  linkClsm,
  listClsms,
  retireClsm,
} from '../../src/store/registry.js';
import { claimReminder, confirmPosted } from '../../src/store/sent-reminders.js';
import { testPolicy } from '../support/reminder-policy.js';
import { tempDb, type TempDb } from '../support/temp-db.js';

const NOW = new Date('2026-11-30T10:00:00Z');

const REGISTRY = `clsms:
  - id: "albigeois"
    name: "CLSM de l'Albigeois"
    channel: "C0123ABCD"
    population: 83000
    meetings:
      - { kind: copil, date: 2027-01-14 }
  - id: "gaillac"
    name: "CLSM de Gaillac"
    channel: "C0GAILLAC"
    population: 15000
    meetings:
      - { kind: copil, date: 2027-01-21, time: "10:00" }
`;

let t: TempDb;
beforeEach(() => {
  t = tempDb();
  importRegistry(t.db, REGISTRY, NOW);
});
afterEach(() => t.cleanup());

const window = { from: '2027-01-01', to: '2027-01-31' };
const plannedFor = (): string[] => [
  ...new Set(planReminders(listClsms(t.db), window, testPolicy()).map((r) => r.clsm)),
];

describe('retireClsm', () => {
  it('stops the reminders of the CLSM and of it only', () => {
    expect(plannedFor()).toEqual(['albigeois', 'gaillac']);
    expect(retireClsm(t.db, 'gaillac', '2026-11-30', NOW)).toEqual({
      id: 'gaillac',
      name: 'CLSM de Gaillac',
      channel: 'C0GAILLAC',
    });
    expect(plannedFor()).toEqual(['albigeois']);
    expect(listClsms(t.db).map((c) => c.id)).toEqual(['albigeois']);
  });

  it('keeps its meetings, its channel and the reminders already posted', () => {
    const sent = {
      key: 'gaillac/copil/2027-01-21/upcoming/J-7',
      clsm: 'gaillac',
      channel: 'C0GAILLAC',
      meeting: 'copil' as const,
      type: 'upcoming' as const,
      postAt: '2027-01-14T09:00:00+01:00',
      meetingDate: '2027-01-21',
      offsetDays: 7,
      period: null,
    };
    expect(claimReminder(t.db, sent, NOW, 60_000)).toBe(true);
    confirmPosted(t.db, sent.key, '1.2', 'response', NOW);
    retireClsm(t.db, 'gaillac', '2026-11-30', NOW);
    expect(getClsm(t.db, 'gaillac')).toMatchObject({
      channel: 'C0GAILLAC',
      retired: '2026-11-30',
      meetings: [{ kind: 'copil', date: '2027-01-21', time: '10:00' }],
    });
    expect(t.db.prepare('SELECT state FROM sent_reminder WHERE key = ?').get(sent.key)).toEqual({
      state: 'posted',
    });
    // The channel stays taken: another CLSM cannot be linked to it by mistake.
    expect(() =>
      linkClsm(t.db, { id: 'autre', name: 'Autre', population: 1000, channel: 'C0GAILLAC' }, NOW),
    ).toThrow(/déjà lié au CLSM « CLSM de Gaillac »/);
  });

  it('is shown as retired in the export, and the export round-trips', () => {
    retireClsm(t.db, 'gaillac', '2026-11-30', NOW);
    const exported = exportRegistry(t.db);
    expect(exported).toContain(
      '  - id: "gaillac"\n    name: "CLSM de Gaillac"\n    channel: "C0GAILLAC"\n    population: 15000\n    retired: 2026-11-30\n',
    );
    const other = tempDb();
    try {
      importRegistry(other.db, exported, NOW);
      expect(exportRegistry(other.db)).toBe(exported);
      expect(listClsms(other.db).map((c) => c.id)).toEqual(['albigeois']);
    } finally {
      other.cleanup();
    }
  });

  it('refuses an unknown CLSM and a CLSM already retired, in French, writing nothing', () => {
    expect(() => retireClsm(t.db, 'castres', '2026-11-30', NOW)).toThrow(
      new RegistryError('CLSM inconnu : castres'),
    );
    retireClsm(t.db, 'gaillac', '2026-11-30', NOW);
    const before = exportRegistry(t.db);
    expect(() => retireClsm(t.db, 'gaillac', '2026-12-01', NOW)).toThrow(
      /« CLSM de Gaillac » \(gaillac\) est déjà retiré depuis le 30\/11\/2026/,
    );
    expect(exportRegistry(t.db)).toBe(before);
  });

  it('is undone by linking the CLSM again, or by importing it without `retired`', () => {
    retireClsm(t.db, 'gaillac', '2026-11-30', NOW);
    linkClsm(
      t.db,
      { id: 'gaillac', name: 'CLSM de Gaillac', population: 15000, channel: 'C0GAILLAC' },
      NOW,
    );
    expect(getClsm(t.db, 'gaillac')?.retired).toBeUndefined();
    expect(plannedFor()).toEqual(['albigeois', 'gaillac']);

    retireClsm(t.db, 'gaillac', '2026-11-30', NOW);
    importRegistry(t.db, REGISTRY, NOW);
    expect(plannedFor()).toEqual(['albigeois', 'gaillac']);
  });

  it('can be set by an import, and an import leaves retired CLSMs absent from the file alone', () => {
    importRegistry(
      t.db,
      REGISTRY.replace(
        '    population: 15000\n',
        '    population: 15000\n    retired: 2026-10-01\n',
      ),
      NOW,
    );
    expect(getClsm(t.db, 'gaillac')?.retired).toBe('2026-10-01');
    importRegistry(t.db, REGISTRY.split('  - id: "gaillac"')[0] ?? '', NOW);
    expect(getClsm(t.db, 'gaillac')?.retired).toBe('2026-10-01');
    expect(plannedFor()).toEqual(['albigeois']);
  });
});
