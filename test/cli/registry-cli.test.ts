// The registry, reminders, report and feedback subcommands through the real `clsm` binary.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/store/db.js';
import { recordVote } from '../../src/store/feedback.js';
import { claimReminder, confirmPosted } from '../../src/store/sent-reminders.js';
import { clsm } from '../support/cli.js';

const REGISTRY = `clsms:
  - id: albigeois
    name: "CLSM de l'Albigeois"
    channel: C0123ABCD
    population: 83000
    copilIncludesPeopleAndCarers: true
    meetings:
      - { kind: copil, date: 2026-03-12, time: "14:00" }
      - { kind: pleniere, date: 2025-11-20 }
      - { kind: copil, date: 2025-04-10 }
      - { kind: copil, date: 2025-10-09 }
  - id: castres
    name: "CLSM de Castres"
    channel: C0CASTRES
    population: 41000
    copilIncludesPeopleAndCarers: false
    meetings:
      - { kind: copil, date: 2025-05-15, place: "Mairie" }
  - id: gaillac
    name: "CLSM de Gaillac"
    channel: C0GAILLAC
    population: 15000
`;

let dir: string;
let env: NodeJS.ProcessEnv;
const file = (name: string, content: string): string => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'clsm-cli-'));
  env = { CLSM_DB: join(dir, 'db', 'clsm.sqlite') };
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('clsm registry', () => {
  it('imports a registry file into the CLSM_DB database and exports it back', () => {
    const imported = clsm(['registry', 'import', file('registry.yml', REGISTRY)], { env });
    expect(imported).toMatchObject({
      status: 0,
      stdout: 'Registre importé : 3 CLSM, 5 réunion(s).\n',
      stderr: '',
    });
    const exported = clsm(['registry', 'export'], { env });
    expect(exported.status).toBe(0);
    expect(exported.stdout).toContain(
      '  - id: "albigeois"\n    name: "CLSM de l\'Albigeois"\n    channel: "C0123ABCD"\n    population: 83000\n',
    );
    expect(exported.stdout).toContain('      - { kind: copil, date: 2026-03-12, time: "14:00" }');
    // Re-importing the export changes nothing.
    expect(clsm(['registry', 'import', file('again.yml', exported.stdout)], { env }).status).toBe(
      0,
    );
    expect(clsm(['registry', 'export'], { env }).stdout).toBe(exported.stdout);
  });

  it('refuses a bad file with exit 2, a French message naming entry and field, nothing on stdout, nothing written', () => {
    const before = clsm(['registry', 'export'], { env }).stdout;
    const bad = REGISTRY.replace('population: 41000', 'population: -3').replace(
      'name: "CLSM de Gaillac"',
      'name: "Gaillac"',
    );
    const result = clsm(['registry', 'import', file('bad.yml', bad)], { env });
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(
      /^Erreur : .*bad\.yml : entrée n° 2 \(castres\), champ « population » : la population doit être supérieure à zéro \(rien n’a été importé\)\n$/,
    );
    expect(clsm(['registry', 'export'], { env }).stdout).toBe(before);
  });

  it('answers usage mistakes with exit 2', () => {
    expect(clsm(['registry', 'import'], { env })).toMatchObject({ status: 2, stdout: '' });
    expect(clsm(['registry', 'import', join(dir, 'absent.yml')], { env }).stderr).toContain(
      'fichier introuvable',
    );
    expect(clsm(['registry', 'merge'], { env })).toMatchObject({ status: 2, stdout: '' });
  });
});

describe('clsm reminders plan', () => {
  it('prints the JSON contract: every reminder of the window, sorted by time', () => {
    const result = clsm(
      ['reminders', 'plan', '--from', '2026-01-01', '--to', '2026-03-31', '--json'],
      { env },
    );
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    const plan = JSON.parse(result.stdout) as Record<string, unknown>[];
    expect(plan).toEqual([
      {
        clsm: 'albigeois',
        channel: 'C0123ABCD',
        meeting: 'pleniere',
        type: 'to-plan',
        postAt: '2026-01-02T09:00:00+01:00',
        meetingDate: null,
        offsetDays: null,
      },
      {
        clsm: 'castres',
        channel: 'C0CASTRES',
        meeting: 'copil',
        type: 'to-plan',
        postAt: '2026-01-02T09:00:00+01:00',
        meetingDate: null,
        offsetDays: null,
      },
      {
        clsm: 'castres',
        channel: 'C0CASTRES',
        meeting: 'pleniere',
        type: 'to-plan',
        postAt: '2026-01-02T09:00:00+01:00',
        meetingDate: null,
        offsetDays: null,
      },
      {
        clsm: 'gaillac',
        channel: 'C0GAILLAC',
        meeting: 'copil',
        type: 'to-plan',
        postAt: '2026-01-02T09:00:00+01:00',
        meetingDate: null,
        offsetDays: null,
      },
      {
        clsm: 'gaillac',
        channel: 'C0GAILLAC',
        meeting: 'pleniere',
        type: 'to-plan',
        postAt: '2026-01-02T09:00:00+01:00',
        meetingDate: null,
        offsetDays: null,
      },
      {
        clsm: 'albigeois',
        channel: 'C0123ABCD',
        meeting: 'copil',
        type: 'upcoming',
        postAt: '2026-02-10T09:00:00+01:00',
        meetingDate: '2026-03-12',
        offsetDays: 30,
      },
      {
        clsm: 'albigeois',
        channel: 'C0123ABCD',
        meeting: 'copil',
        type: 'upcoming',
        postAt: '2026-03-05T09:00:00+01:00',
        meetingDate: '2026-03-12',
        offsetDays: 7,
      },
      {
        clsm: 'albigeois',
        channel: 'C0123ABCD',
        meeting: 'copil',
        type: 'upcoming',
        postAt: '2026-03-11T09:00:00+01:00',
        meetingDate: '2026-03-12',
        offsetDays: 1,
      },
    ]);
    for (const item of plan)
      expect(Object.keys(item)).toEqual([
        'clsm',
        'channel',
        'meeting',
        'type',
        'postAt',
        'meetingDate',
        'offsetDays',
      ]);
  });

  it('includes reminders already sent, and both ends of the window', () => {
    const db = openDatabase(env.CLSM_DB ?? '');
    const sentAt = new Date('2026-06-01T07:00:00Z');
    const sent = {
      key: 'castres/copil/2026-S1/overdue',
      clsm: 'castres',
      channel: 'C0CASTRES',
      meeting: 'copil' as const,
      type: 'overdue' as const,
      postAt: '2026-06-01T09:00:00+02:00',
      meetingDate: null,
      offsetDays: null,
      period: '2026-S1',
    };
    expect(claimReminder(db, sent, sentAt, 60_000)).toBe(true);
    confirmPosted(db, sent.key, '1780297200.000001', 'response', sentAt);
    db.close();
    const one = clsm(
      ['reminders', 'plan', '--from', '2026-06-01', '--to', '2026-06-01', '--json'],
      { env },
    );
    // albigeois has a COPIL dated in the first half-year: no overdue reminder.
    expect(
      (JSON.parse(one.stdout) as { clsm: string; type: string; postAt: string }[]).map(
        (r) => `${r.clsm} ${r.type} ${r.postAt}`,
      ),
    ).toEqual([
      'castres overdue 2026-06-01T09:00:00+02:00',
      'gaillac overdue 2026-06-01T09:00:00+02:00',
    ]);
  });

  it('prints a French text plan without --json', () => {
    const result = clsm(['reminders', 'plan', '--from', '2026-03-01', '--to', '2026-03-31'], {
      env,
    });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Rappels prévus du 01/03/2026 au 31/03/2026 : 2');
    expect(result.stdout).toContain(
      '05/03/2026 09:00  albigeois  C0123ABCD  COPIL du jeudi 12 mars 2026 (J-7)',
    );
  });

  it.each([
    [['reminders', 'plan', '--to', '2026-03-31'], '--from manquant'],
    [
      ['reminders', 'plan', '--from', '2026-02-30', '--to', '2026-03-31'],
      '--from : date invalide « 2026-02-30 »',
    ],
    [['reminders', 'plan', '--from', '01/03/2026', '--to', '2026-03-31'], 'attendu AAAA-MM-JJ'],
    [['reminders', 'plan', '--from', '2026-04-01', '--to', '2026-03-31'], 'est après --to'],
    [
      ['reminders', 'plan', '--from', '2026-04-01', '--to', '2026-05-31', '--verbose'],
      'option inconnue « --verbose »',
    ],
    [['reminders', 'send'], 'action inconnue « send »'],
  ])('refuses %j with exit 2 and nothing on stdout', (args, message) => {
    const result = clsm(args, { env });
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(message);
  });
});

describe('clsm report', () => {
  it('gives the 2025 instruction indicators as JSON', () => {
    const result = clsm(['report', '--json'], { env });
    expect(result.status).toBe(0);
    const report = JSON.parse(result.stdout) as Record<string, unknown>;
    const year = new Date().getFullYear() - 1;
    expect(report).toMatchObject({
      year,
      clsmCount: 3,
      populationCovered: 139000,
      copilWithPeopleAndCarers: { count: 1, unknown: 1, percent: 33.3 },
    });
    expect(report.plenaryHeldLastYear).toHaveProperty('count');
    expect(report.copilsHeld).toHaveProperty('perClsm');
  });

  it('prints the indicators in French', () => {
    const result = clsm(['report'], { env });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('CLSM : 3');
    expect(result.stdout).toMatch(/Population couverte : 139\s000 habitants/);
    expect(result.stdout).toContain(
      'COPIL avec personnes concernées et aidants : 1 / 3 (33,3 %), non renseigné pour 1',
    );
  });
});

describe('clsm feedback export', () => {
  it('exports the feedback left in Slack, one line per vote (a changed vote replaces the old)', () => {
    const db = openDatabase(env.CLSM_DB ?? '');
    const vote = { question: 'Combien de COPIL par an ?', entryIds: ['copil-frequence'] };
    const answer = 'C0CHAN/1700000000.000100';
    recordVote(
      db,
      { ...vote, verdict: 'down', userId: 'U0USER01', answer },
      new Date('2026-01-15T10:00:00Z'),
    );
    recordVote(
      db,
      { ...vote, verdict: 'up', userId: 'U0USER01', answer },
      new Date('2026-01-15T10:05:00Z'),
    );
    recordVote(
      db,
      { ...vote, verdict: 'down', userId: 'U0USER02', answer },
      new Date('2026-01-15T11:00:00Z'),
    );
    db.close();
    const json = clsm(['feedback', 'export', '--json'], { env });
    expect(json.status).toBe(0);
    expect(JSON.parse(json.stdout)).toEqual([
      {
        id: 1,
        question: 'Combien de COPIL par an ?',
        entryIds: ['copil-frequence'],
        verdict: 'up',
        userId: 'U0USER01',
        answer,
        createdAt: '2026-01-15T10:00:00.000Z',
        updatedAt: '2026-01-15T10:05:00.000Z',
      },
      expect.objectContaining({ id: 2, verdict: 'down', userId: 'U0USER02' }),
    ]);
    const text = clsm(['feedback', 'export'], { env }).stdout;
    expect(text).toContain('Avis sur les réponses : 2 (👍 1, 👎 1)');
    expect(text).toContain(
      '👍  U0USER01  « Combien de COPIL par an ? »  entrées : copil-frequence',
    );
    expect(text.split('\n').filter((l) => l.includes('U0USER'))).toHaveLength(2);
    expect(clsm(['feedback'], { env })).toMatchObject({ status: 2, stdout: '' });
  });
});

describe('a missing database', () => {
  it.each([
    [['registry', 'export']],
    [['reminders', 'plan', '--from', '2026-01-01', '--to', '2026-01-31']],
    [['report']],
    [['feedback', 'export']],
    [['registry', 'retire', 'albigeois']],
  ])('%j: exit 2, the path named, no file created', (args) => {
    const missing = join(dir, 'typo', 'clsm.sqlite');
    const result = clsm(args, { env: { CLSM_DB: missing } });
    expect(result).toMatchObject({ status: 2, stdout: '' });
    expect(result.stderr).toBe(
      `Erreur : base de données introuvable : ${missing} (variable CLSM_DB). Vérifiez le chemin ; « clsm registry import FICHIER » crée la base.\n`,
    );
    expect(existsSync(missing)).toBe(false);
    expect(existsSync(join(dir, 'typo'))).toBe(false);
  });
});

describe('clsm registry retire', () => {
  const retireEnv = (): NodeJS.ProcessEnv => ({ CLSM_DB: join(dir, 'retire', 'clsm.sqlite') });
  const plan = (): string[] =>
    (
      JSON.parse(
        clsm(['reminders', 'plan', '--from', '2026-06-01', '--to', '2026-06-01', '--json'], {
          env: retireEnv(),
        }).stdout,
      ) as { clsm: string }[]
    ).map((r) => r.clsm);

  it('retires a CLSM: no more reminders, shown as retired in the export, history kept', () => {
    const env = retireEnv();
    expect(clsm(['registry', 'import', file('retire.yml', REGISTRY)], { env }).status).toBe(0);
    expect(plan()).toEqual(['castres', 'gaillac']);
    const result = clsm(['registry', 'retire', 'gaillac'], { env });
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(
      /^CLSM « CLSM de Gaillac » \(gaillac\) retiré le \d\d\/\d\d\/\d{4} : plus aucun rappel ne sera publié pour lui ; ses réunions et l’historique des rappels sont conservés\.\n$/,
    );
    expect(plan()).toEqual(['castres']);
    expect(clsm(['registry', 'export'], { env }).stdout).toMatch(
      / {2}- id: "gaillac"\n(.*\n){3} {4}retired: \d{4}-\d\d-\d\d\n/,
    );
  }, 60_000);

  it.each([
    [['registry', 'retire', 'gaillac'], 'est déjà retiré depuis le'],
    [['registry', 'retire', 'lavaur'], 'CLSM inconnu : lavaur'],
    [
      ['registry', 'retire', 'Gaillac'],
      'identifiant « Gaillac » : identifiant attendu en minuscules',
    ],
    [['registry', 'retire'], 'identifiant du CLSM manquant'],
    [['registry', 'retire', 'castres', 'gaillac'], 'arguments en trop : gaillac'],
  ])('refuses %j with exit 2 in French, changing nothing', (args, message) => {
    const refused = clsm(args, { env: retireEnv() });
    expect(refused).toMatchObject({ status: 2, stdout: '' });
    expect(refused.stderr).toContain(message);
    expect(plan()).toEqual(['castres']);
  });

  it('refuses an alias bomb in French, exit 2, nothing imported', () => {
    const lines = ['a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]'];
    for (let i = 1; i < 10; i += 1) {
      const prev = String.fromCharCode(96 + i);
      const next = String.fromCharCode(97 + i);
      lines.push(`${next}: &${next} [${Array(9).fill(`*${prev}`).join(', ')}]`);
    }
    lines.push('clsms: [*j]');
    const result = clsm(['registry', 'import', file('bomb.yml', lines.join('\n'))], { env });
    expect(result).toMatchObject({ status: 2, stdout: '' });
    expect(result.stderr).toMatch(
      /^Erreur : .*bomb\.yml : YAML refusé : trop de références \(alias \*…\) à développer, 100 au plus \(rien n’a été importé\)\n$/,
    );
  });
});
