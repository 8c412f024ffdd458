// Linking a CLSM mid-period: one welcome message with its state, then no burst of "à planifier"
// and "en retard" reminders. /clsm-config and the scheduler on a real SQLite file and fake Slack.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { clsmConfigCommand } from '../../commands/clsm-config.js';
import { ReminderScheduler } from '../../src/services/scheduler.js';
import { SlackReminderPoster } from '../../src/slack/reminder-poster.js';
import { getLedgerEntry } from '../../src/store/sent-reminders.js';
import { startFakeSlack, type FakeSlack } from '../support/fake-slack.js';
import { testPolicy } from '../support/reminder-policy.js';
import { tempDb, type TempDb } from '../support/temp-db.js';
import { replyText as text } from '../support/command-reply.js';

const policy = testPolicy();
const ADMIN = 'UADMIN01';
let t: TempDb;
let fake: FakeSlack;

beforeEach(async () => {
  t = tempDb();
  fake = await startFakeSlack();
});
afterEach(async () => {
  await fake.close();
  t.cleanup();
});

const link = (now: Date) =>
  clsmConfigCommand(
    { text: 'lier gaillac "CLSM de Gaillac" 15000', userId: ADMIN, channelId: 'C0GAIL', now },
    { db: t.db, admins: [ADMIN], policy },
  );

const sweep = (iso: string) =>
  new ReminderScheduler({
    db: t.db,
    port: new SlackReminderPoster({ token: 'xoxb-test', slackApiUrl: fake.url }),
    policy,
  }).sweep(new Date(iso));

describe('welcome on linking', () => {
  it('tells the state once on 30 November, then posts nothing until the next periods', async () => {
    const reply = await link(new Date('2026-11-30T10:00:00+01:00'));
    expect(reply).toMatchObject({ kind: 'message', visibility: 'in_channel' });
    const said = text(reply);
    expect(said).toContain('Voici où en sont les réunions de « CLSM de Gaillac »');
    expect(said).toContain(
      'COPIL : aucun COPIL n’est daté pour le second semestre 2026, à planifier avant le jeudi 31 décembre 2026.',
    );
    expect(said).toContain(
      'Assemblée plénière : aucune assemblée plénière n’est datée pour l’année 2026, en retard',
    );
    expect(said).toContain('J-30, J-7 et J-1');
    expect(getLedgerEntry(t.db, 'gaillac/copil/2026-S2/overdue')).toMatchObject({
      state: 'superseded',
      reason: 'résumé dans le message d’accueil du canal',
    });

    for (const at of [
      '2026-11-30T10:00:00+01:00',
      '2026-12-01T09:00:00+01:00',
      '2026-12-15T09:00:00+01:00',
    ])
      expect(await sweep(at)).toMatchObject({ posted: 0 });
    expect(fake.calls).toHaveLength(0);
    // The new year's periods: their "to plan" reminders go out as usual.
    expect(await sweep('2027-01-04T09:00:00+01:00')).toMatchObject({ posted: 2 });
  });

  it('posts no second welcome when the same channel is linked again', async () => {
    await link(new Date('2026-11-30T10:00:00+01:00'));
    // Relinking the same channel (a new population) says nothing more.
    const again = await clsmConfigCommand(
      {
        text: 'lier gaillac "CLSM de Gaillac" 16000',
        userId: ADMIN,
        channelId: 'C0GAIL',
        now: new Date('2026-12-02T10:00:00+01:00'),
      },
      { db: t.db, admins: [ADMIN], policy },
    );
    expect(text(again)).not.toContain('Voici où en sont');
  });
});
