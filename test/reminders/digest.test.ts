// The weekly digest for the DDARS: built from the registry and the ledger (pure), and posted
// once per département and week by the scheduler (real SQLite file, fake Slack on 127.0.0.1).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildDigest, digestSlot, renderDigestText } from '../../src/reminders/digest.js';
import { ReminderScheduler } from '../../src/services/scheduler.js';
import { SlackReminderPoster } from '../../src/slack/reminder-poster.js';
import type { Db } from '../../src/store/db.js';
import { getDigestEntry, setDigestChannel } from '../../src/store/digests.js';
import { importRegistry, listClsms } from '../../src/store/registry.js';
import { startFakeSlack, type FakeSlack } from '../support/fake-slack.js';
import { testPolicy } from '../support/reminder-policy.js';
import { tempDb, type TempDb } from '../support/temp-db.js';

const policy = testPolicy();
const ADMINS = ['UADMIN1', 'UADMIN2'];
const REGISTRY = `clsms:
  - id: albigeois
    name: "CLSM de l'Albigeois"
    channel: C0ALBI
    population: 83000
    department: "81"
    meetings:
      - { kind: copil, date: 2026-12-10, time: "14:00", place: "Mairie d'Albi" }
      - { kind: pleniere, date: 2026-03-05 }
  - id: castres
    name: "CLSM de Castres"
    channel: C0CAST
    population: 41000
    department: "81"
  - id: rodez
    name: "CLSM de Rodez"
    channel: C0RODEZ
    population: 25000
    department: "12"
    meetings:
      - { kind: copil, date: 2026-09-15 }
      - { kind: pleniere, date: 2026-10-01 }
`;

let t: TempDb;
let fake: FakeSlack;
beforeEach(async () => {
  t = tempDb();
  fake = await startFakeSlack();
  importRegistry(t.db, REGISTRY, new Date('2026-01-01T08:00:00Z'));
});
afterEach(async () => {
  await fake.close();
  t.cleanup();
});

// Monday 30 November 2026.
const MONDAY = new Date('2026-11-30T09:00:00+01:00');

describe('digest content', () => {
  it('lists overdue meetings, the next 30 days, CLSMs with nothing dated this half-year, failures', () => {
    const digest = buildDigest(
      '81',
      listClsms(t.db),
      [
        {
          clsm: 'castres',
          channel: 'C0CAST',
          meeting: 'copil',
          type: 'overdue',
          meetingDate: null,
          offsetDays: null,
          period: '2026-S2',
          reason: 'not_in_channel',
          lastError: 'not_in_channel',
        },
        {
          clsm: 'rodez',
          channel: 'C0RODEZ',
          meeting: 'copil',
          type: 'to-plan',
          meetingDate: null,
          offsetDays: null,
          period: '2026-S2',
          reason: 'is_archived',
          lastError: 'is_archived',
        },
      ],
      policy,
      new Date('2026-12-07T09:00:00+01:00'),
    );
    expect(digest.clsmCount).toBe(2);
    expect(renderDigestText(digest)).toBe(`Point hebdomadaire des CLSM du département 81
Au 07/12/2026 : 2 CLSM suivi(s) dans le département 81.

Réunions en retard
  • CLSM de Castres : aucun COPIL daté pour le second semestre 2026
  • CLSM de Castres : aucune assemblée plénière datée pour l’année 2026

Réunions des 30 prochains jours
  • CLSM de l'Albigeois : COPIL le jeudi 10 décembre 2026 à 14h00, Mairie d'Albi

CLSM sans réunion datée ce semestre
  • CLSM de Castres : aucune réunion datée pour le second semestre 2026

Rappels en échec
  • castres : COPIL en retard, second semestre 2026 : le bot n’est pas (ou plus) membre du canal
`);
  });

  it('goes out on the first business day of the week at 09:00 Paris', () => {
    expect(digestSlot(MONDAY, policy)?.postAt.getTime()).toBe(MONDAY.getTime());
    // Easter Monday 2026 (6 April): Tuesday.
    const easter = digestSlot(new Date('2026-04-08T12:00:00+02:00'), policy);
    expect(easter?.week).toBe('2026-04-06');
    expect(easter?.postAt.getTime()).toBe(Date.parse('2026-04-07T09:00:00+02:00'));
  });
});

describe('digest sending', () => {
  const scheduler = (db: Db = t.db, timeoutMs = 5000) =>
    new ReminderScheduler({
      db,
      port: new SlackReminderPoster({ token: 'xoxb-test', slackApiUrl: fake.url, timeoutMs }),
      policy,
      digests: { admins: ADMINS },
    });
  const digests = () =>
    fake.messages.filter((m) => String(m.metadata?.event_payload.key).startsWith('digest/'));

  it('posts each département’s digest once: to its channel, else to each admin by DM', async () => {
    setDigestChannel(t.db, '81', 'C0DDARS81', 'UADMIN1', MONDAY);
    expect(await scheduler().sweep(new Date('2026-11-30T08:59:00+01:00'))).toMatchObject({
      posted: 0,
    });
    await scheduler().sweep(MONDAY);
    await scheduler(t.reopen()).sweep(new Date('2026-11-30T09:05:00+01:00'));
    await scheduler().sweep(new Date('2026-12-01T09:00:00+01:00'));
    expect(digests().map((m) => [m.channel, m.metadata?.event_payload.key])).toEqual([
      ['DUADMIN1', 'digest/12/2026-11-30/UADMIN1'],
      ['DUADMIN2', 'digest/12/2026-11-30/UADMIN2'],
      ['C0DDARS81', 'digest/81/2026-11-30/C0DDARS81'],
    ]);
    const blocks = JSON.stringify(digests()[2]?.blocks);
    expect(blocks).toContain('Point hebdomadaire des CLSM du département 81');
    expect(blocks).toContain('CLSM de Castres : aucune assemblée plénière datée pour l’année 2026');
    expect(getDigestEntry(t.db, 'digest/81/2026-11-30/C0DDARS81')).toMatchObject({
      state: 'posted',
      confirmedVia: 'response',
    });
    // The next week: a new digest.
    await scheduler().sweep(new Date('2026-12-07T09:00:00+01:00'));
    expect(digests()).toHaveLength(6);
  });

  it('does not post a digest twice when Slack completes it after our timeout', async () => {
    setDigestChannel(t.db, '12', 'C0DDARS12', null, MONDAY);
    setDigestChannel(t.db, '81', 'C0DDARS81', null, MONDAY);
    const s = scheduler();
    // Reminders first: they go out in a first sweep, so the digest is the next post.
    await s.sweep(new Date('2026-11-27T09:00:00+01:00'));
    fake.failNext('chat.postMessage', { kind: 'hang', afterEffect: true });
    const hurried = scheduler(t.db, 200);
    await hurried.sweep(MONDAY);
    const key = 'digest/12/2026-11-30/C0DDARS12';
    expect(getDigestEntry(t.db, key)).toMatchObject({ state: 'claimed', maybePosted: true });
    await hurried.sweep(new Date('2026-11-30T09:01:00+01:00'));
    await hurried.sweep(new Date('2026-11-30T09:06:00+01:00'));
    expect(getDigestEntry(t.db, key)).toMatchObject({ state: 'posted', confirmedVia: 'history' });
    expect(digests().filter((m) => m.metadata?.event_payload.key === key)).toHaveLength(1);
  });
});
