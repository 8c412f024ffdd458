// `clsm reminders failures [--json]`: the real binary over a real SQLite file.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { claimReminder, markFailed } from '../../src/store/sent-reminders.js';
import { clsm } from '../support/cli.js';
import { tempDb, type TempDb } from '../support/temp-db.js';

const NOW = new Date('2026-03-02T10:00:00+01:00');
let t: TempDb;

beforeAll(() => {
  t = tempDb();
  claimReminder(
    t.db,
    {
      key: 'albigeois/copil/2026-S1/overdue',
      clsm: 'albigeois',
      channel: 'C0123ABCD',
      meeting: 'copil',
      type: 'overdue',
      postAt: '2026-06-01T09:00:00+02:00',
      meetingDate: null,
      offsetDays: null,
      period: '2026-S1',
    },
    NOW,
    60_000,
  );
  markFailed(t.db, 'albigeois/copil/2026-S1/overdue', 'is_archived', NOW);
});
afterAll(() => t.cleanup());

describe('clsm reminders failures', () => {
  it('lists the failed reminders with their reason in French', async () => {
    const run = await clsm(['reminders', 'failures'], { env: { CLSM_DB: t.path } });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Rappels en échec : 1');
    expect(run.stdout).toContain(
      'albigeois  C0123ABCD  COPIL en retard, premier semestre 2026 : canal archivé',
    );
  });

  it('prints them as JSON', async () => {
    const run = await clsm(['reminders', 'failures', '--json'], { env: { CLSM_DB: t.path } });
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual([
      {
        key: 'albigeois/copil/2026-S1/overdue',
        clsm: 'albigeois',
        channel: 'C0123ABCD',
        meeting: 'copil',
        type: 'overdue',
        meetingDate: null,
        period: '2026-S1',
        reason: 'is_archived',
        lastError: 'is_archived',
        explanation: 'canal archivé',
        attempts: 1,
        failedAt: NOW.toISOString(),
      },
    ]);
  });

  it('refuses options of another action, in French', async () => {
    const run = await clsm(['reminders', 'failures', '--from', '2026-01-01'], {
      env: { CLSM_DB: t.path },
    });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--from et --to vont avec plan');
  });
});
