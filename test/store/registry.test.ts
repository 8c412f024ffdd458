import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseRegistryYaml } from '../../src/reminders/registry-schema.js';
import { SCHEMA_VERSION, openDatabase, schemaVersion } from '../../src/store/db.js';
import {
  RegistryError,
  addMeeting,
  cancelMeeting,
  exportRegistry,
  findClsmByChannel,
  getClsm,
  importRegistry,
  linkClsm,
  listClsms,
  rescheduleMeeting,
  setPopulation,
  upsertClsm,
} from '../../src/store/registry.js';
import { tempDb, type TempDb } from '../support/temp-db.js';

const NOW = new Date('2026-01-15T10:00:00Z');

const GOOD = `clsms:
  - id: albigeois
    name: "CLSM de l'Albigeois"
    channel: C0123ABCD
    population: 83000
    meetings:
      - { kind: copil, date: 2026-03-12, time: "14:00" }
      - { kind: pleniere, date: 2025-11-20 }
  - id: castres-mazamet
    name: "CLSM Castres-Mazamet"
    channel: C0456EFGH
    population: 41000
    department: 81
    coordinator: U0COORD1
    copilIncludesPeopleAndCarers: true
    meetings:
      - { kind: copil, date: 2026-02-05, place: "Mairie de Castres", cancelled: true }
`;

let t: TempDb;
beforeEach(() => {
  t = tempDb();
});
afterEach(() => t.cleanup());

function importError(text: string): string {
  try {
    importRegistry(t.db, text, NOW);
  } catch (error) {
    expect(error).toBeInstanceOf(RegistryError);
    return (error as Error).message;
  }
  throw new Error('import should have failed');
}

describe('database', () => {
  it('creates the file and its folder, in WAL mode, migrated to the last version', () => {
    expect(schemaVersion(t.db)).toBe(SCHEMA_VERSION);
    expect(t.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(t.db.pragma('foreign_keys', { simple: true })).toBe(1);
    const tables = t.db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
      .all();
    expect(tables.map((r) => (r as { name: string }).name)).toEqual([
      'clsm',
      'digest_setting',
      'feedback',
      'meeting',
      'sent_digest',
      'sent_reminder',
      'slack_delivery',
    ]);
  });

  it('reopens an existing file without migrating it again, and refuses a newer one', () => {
    importRegistry(t.db, GOOD, NOW);
    const again = t.reopen();
    expect(listClsms(again)).toHaveLength(2);
    again.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    expect(() => openDatabase(t.path)).toThrow(/plus récent/);
  });
});

describe('registry import and export', () => {
  it('imports the contract format and exports it back unchanged', () => {
    expect(importRegistry(t.db, GOOD, NOW)).toEqual({ clsms: 2, meetings: 3 });
    const albi = getClsm(t.db, 'albigeois');
    expect(albi).toEqual({
      id: 'albigeois',
      name: "CLSM de l'Albigeois",
      channel: 'C0123ABCD',
      population: 83000,
      meetings: [
        { kind: 'pleniere', date: '2025-11-20' },
        { kind: 'copil', date: '2026-03-12', time: '14:00' },
      ],
    });
    expect(getClsm(t.db, 'castres-mazamet')).toMatchObject({
      department: '81',
      coordinator: 'U0COORD1',
      copilIncludesPeopleAndCarers: true,
      meetings: [
        { kind: 'copil', date: '2026-02-05', place: 'Mairie de Castres', cancelled: true },
      ],
    });
    const exported = exportRegistry(t.db);
    expect(exported).toContain('      - { kind: copil, date: 2026-03-12, time: "14:00" }');
    expect(parseRegistryYaml(exported)).toEqual({ clsms: listClsms(t.db) });
    // Round trip: importing the export into an empty file gives the same export.
    const other = tempDb();
    try {
      importRegistry(other.db, exported, NOW);
      expect(exportRegistry(other.db)).toBe(exported);
    } finally {
      other.cleanup();
    }
  });

  it('replaces the meetings of the CLSMs in the file and leaves the others alone', () => {
    importRegistry(t.db, GOOD, NOW);
    importRegistry(
      t.db,
      `clsms:
  - id: albigeois
    name: "CLSM de l'Albigeois (Tarn)"
    channel: C0123ABCD
    population: 84000
    meetings:
      - { kind: copil, date: 2026-04-02 }
`,
      NOW,
    );
    expect(getClsm(t.db, 'albigeois')).toMatchObject({
      name: "CLSM de l'Albigeois (Tarn)",
      population: 84000,
      meetings: [{ kind: 'copil', date: '2026-04-02' }],
    });
    expect(getClsm(t.db, 'castres-mazamet')?.meetings).toHaveLength(1);
  });

  it('lets two CLSMs of one file swap channels', () => {
    importRegistry(t.db, GOOD, NOW);
    importRegistry(
      t.db,
      GOOD.replace('C0123ABCD', 'CTMP')
        .replace('C0456EFGH', 'C0123ABCD')
        .replace('CTMP', 'C0456EFGH'),
      NOW,
    );
    expect(findClsmByChannel(t.db, 'C0123ABCD')?.id).toBe('castres-mazamet');
  });

  it.each([
    [
      'a date that does not exist',
      GOOD.replace('2026-03-12', '2026-02-30'),
      /entrée n° 1 \(albigeois\), champ « meetings\[0\]\.date » : date attendue/,
    ],
    [
      'a French date',
      GOOD.replace('2026-03-12', '12/03/2026'),
      /entrée n° 1 \(albigeois\), champ « meetings\[0\]\.date »/,
    ],
    [
      'an unknown kind',
      GOOD.replace('kind: pleniere', 'kind: bureau'),
      /entrée n° 1 \(albigeois\), champ « meetings\[1\]\.kind » : type de réunion attendu : copil ou pleniere/,
    ],
    [
      'a time without quotes read as text',
      GOOD.replace('time: "14:00"', 'time: "14h"'),
      /champ « meetings\[0\]\.time » : heure attendue/,
    ],
    [
      'a population in words',
      GOOD.replace('population: 41000', 'population: beaucoup'),
      /entrée n° 2 \(castres-mazamet\), champ « population » : nombre entier d’habitants attendu/,
    ],
    [
      'a missing channel',
      GOOD.replace('    channel: C0456EFGH\n', ''),
      /entrée n° 2 \(castres-mazamet\), champ « channel »/,
    ],
    [
      'a malformed channel',
      GOOD.replace('C0456EFGH', '#castres'),
      /entrée n° 2 \(castres-mazamet\), champ « channel » : identifiant de canal Slack/,
    ],
    [
      'an unknown field',
      GOOD.replace('    department: 81\n', '    departement: 81\n'),
      /^entrée n° 2 \(castres-mazamet\), champ « departement » : champ inconnu$/,
    ],
    [
      'a duplicate id',
      GOOD.replace('id: castres-mazamet', 'id: albigeois'),
      /entrée n° 2 \(albigeois\), champ « id » : identifiant déjà utilisé par l’entrée n° 1/,
    ],
    [
      'a duplicate channel',
      GOOD.replace('C0456EFGH', 'C0123ABCD'),
      /entrée n° 2 \(castres-mazamet\), champ « channel » : canal déjà lié à l’entrée n° 1/,
    ],
    [
      'a duplicate meeting',
      GOOD.replace('kind: pleniere, date: 2025-11-20', 'kind: copil, date: 2026-03-12'),
      /entrée n° 1 \(albigeois\), champ « meetings\[1\]\.date » : réunion en double/,
    ],
    [
      'a leap day in a common year',
      GOOD.replace('2025-11-20', '2027-02-29'),
      /champ « meetings\[1\]\.date »/,
    ],
    [
      'an id with capitals',
      GOOD.replace('id: albigeois', 'id: Albigeois'),
      /entrée n° 1 \(Albigeois\), champ « id » : identifiant attendu en minuscules/,
    ],
    ['no clsms list', 'registre: []\n', /le fichier/],
    ['broken YAML', 'clsms:\n  - id: [albigeois\n', /YAML illisible \(ligne \d+, colonne \d+\)/],
  ])(
    'refuses %s, names the entry and field in French, and changes nothing',
    (_what, text, message) => {
      importRegistry(t.db, GOOD, NOW);
      const before = exportRegistry(t.db);
      expect(importError(text)).toMatch(message);
      expect(exportRegistry(t.db)).toBe(before);
    },
  );

  it('refuses a channel already linked to a CLSM absent from the file, writing nothing', () => {
    importRegistry(t.db, GOOD, NOW);
    const before = exportRegistry(t.db);
    const message = importError(`clsms:
  - id: gaillac
    name: "CLSM de Gaillac"
    channel: C0GAILLAC
    population: 15000
  - id: lavaur
    name: "CLSM de Lavaur"
    channel: C0456EFGH
    population: 10000
`);
    expect(message).toBe(
      'entrée n° 2 (lavaur), champ « channel » : canal déjà lié au CLSM castres-mazamet, absent du fichier',
    );
    expect(exportRegistry(t.db)).toBe(before);
    expect(getClsm(t.db, 'gaillac')).toBeNull();
  });

  it('accepts 29 February in a leap year', () => {
    importRegistry(t.db, GOOD.replace('2025-11-20', '2028-02-29'), NOW);
    expect(getClsm(t.db, 'albigeois')?.meetings.map((m) => m.date)).toContain('2028-02-29');
  });
});

describe('registry operations', () => {
  beforeEach(() => {
    importRegistry(t.db, GOOD, NOW);
  });

  it('adds, updates, restores, reschedules and cancels meetings', () => {
    expect(
      addMeeting(t.db, 'albigeois', { kind: 'pleniere', date: '2026-06-18', place: 'Albi' }, NOW),
    ).toBe('added');
    expect(
      addMeeting(t.db, 'albigeois', { kind: 'pleniere', date: '2026-06-18', time: '18:00' }, NOW),
    ).toBe('updated');
    expect(getClsm(t.db, 'albigeois')?.meetings).toContainEqual({
      kind: 'pleniere',
      date: '2026-06-18',
      time: '18:00',
      place: 'Albi',
    });
    rescheduleMeeting(t.db, 'albigeois', 'copil', '2026-03-12', { date: '2026-03-19' }, NOW);
    expect(getClsm(t.db, 'albigeois')?.meetings).toContainEqual({
      kind: 'copil',
      date: '2026-03-19',
      time: '14:00',
    });
    cancelMeeting(t.db, 'albigeois', 'copil', '2026-03-19', NOW);
    expect(getClsm(t.db, 'albigeois')?.meetings).toContainEqual({
      kind: 'copil',
      date: '2026-03-19',
      time: '14:00',
      cancelled: true,
    });
    expect(addMeeting(t.db, 'albigeois', { kind: 'copil', date: '2026-03-19' }, NOW)).toBe(
      'restored',
    );
  });

  it('refuses in French what cannot be done', () => {
    expect(() => cancelMeeting(t.db, 'albigeois', 'copil', '2026-05-05', NOW)).toThrow(
      'aucun COPIL prévu le 05/05/2026 pour ce CLSM',
    );
    expect(() => cancelMeeting(t.db, 'albigeois', 'pleniere', '2026-05-05', NOW)).toThrow(
      'aucune assemblée plénière prévue le 05/05/2026',
    );
    addMeeting(t.db, 'albigeois', { kind: 'copil', date: '2026-09-10' }, NOW);
    expect(() =>
      rescheduleMeeting(t.db, 'albigeois', 'copil', '2026-03-12', { date: '2026-09-10' }, NOW),
    ).toThrow('un COPIL est déjà prévu le 10/09/2026');
    expect(() =>
      addMeeting(t.db, 'nulle-part', { kind: 'copil', date: '2026-09-10' }, NOW),
    ).toThrow('CLSM inconnu : nulle-part');
    expect(() =>
      linkClsm(
        t.db,
        { id: 'gaillac', name: 'CLSM de Gaillac', population: 15000, channel: 'C0123ABCD' },
        NOW,
      ),
    ).toThrow(/le canal C0123ABCD est déjà lié au CLSM « CLSM de l'Albigeois » \(albigeois\)/);
    expect(() =>
      upsertClsm(t.db, { id: 'gaillac', name: 'G', population: 1, channel: 'C0456EFGH' }, NOW),
    ).toThrow(RegistryError);
  });

  it('links a channel, creating or moving a CLSM and keeping its other fields', () => {
    expect(
      linkClsm(
        t.db,
        { id: 'gaillac', name: 'CLSM de Gaillac', population: 15000, channel: 'C0GAILLAC' },
        NOW,
      ),
    ).toEqual({ created: true, previousChannel: null });
    expect(
      linkClsm(
        t.db,
        { id: 'castres-mazamet', name: 'CLSM Castres', population: 42000, channel: 'C0NEW' },
        NOW,
      ),
    ).toEqual({ created: false, previousChannel: 'C0456EFGH' });
    expect(getClsm(t.db, 'castres-mazamet')).toMatchObject({
      name: 'CLSM Castres',
      population: 42000,
      channel: 'C0NEW',
      department: '81',
      coordinator: 'U0COORD1',
    });
    setPopulation(t.db, 'gaillac', 16000, NOW);
    expect(getClsm(t.db, 'gaillac')?.population).toBe(16000);
  });
});
