import { describe, expect, it } from 'vitest';
import { planReminders, type PlannedReminder } from '../../src/reminders/planner.js';
import type { Clsm, Meeting } from '../../src/reminders/registry-schema.js';
import { testPolicy } from '../support/reminder-policy.js';

const policy = testPolicy();

function clsm(meetings: Meeting[] = [], id = 'albigeois'): Clsm {
  return { id, name: `CLSM ${id}`, channel: 'C0123ABCD', population: 83000, meetings };
}

const brief = (r: PlannedReminder): string =>
  [r.postAt, r.meeting, r.type, r.meetingDate ?? r.period?.id, r.offsetDays ?? '-'].join(' ');

function plan(registry: Clsm[], from: string, to: string, p = policy): string[] {
  return planReminders(registry, { from, to }, p).map(brief);
}

function upcoming(date: string, time?: string): string[] {
  const meeting: Meeting = time ? { kind: 'copil', date, time } : { kind: 'copil', date };
  // Only the meeting's own reminders: a window around it, period reminders filtered out.
  return planReminders([clsm([meeting])], { from: '2000-01-01', to: '2099-12-31' }, policy)
    .filter((r) => r.type === 'upcoming')
    .map((r) => `${r.postAt} J-${r.offsetDays}`);
}

describe('planner: a year of a CLSM without meetings', () => {
  it('schedules the to-plan and overdue reminders of 2026 on first business days, Paris time', () => {
    expect(plan([clsm()], '2026-01-01', '2026-12-31')).toEqual([
      // 1 January 2026 is a Thursday and a holiday: Friday 2.
      '2026-01-02T09:00:00+01:00 copil to-plan 2026-S1 -',
      '2026-01-02T09:00:00+01:00 pleniere to-plan 2026 -',
      '2026-06-01T09:00:00+02:00 copil overdue 2026-S1 -',
      '2026-07-01T09:00:00+02:00 copil to-plan 2026-S2 -',
      '2026-10-01T09:00:00+02:00 pleniere overdue 2026 -',
      '2026-12-01T09:00:00+01:00 copil overdue 2026-S2 -',
    ]);
  });

  it('moves a first of the month falling on a weekend or holiday to the next business day', () => {
    // 2027: 1 Jan Friday (holiday) → Monday 4; 1 Oct Friday; 1 Jul Thursday.
    // 2028: 1 Jan Saturday → Monday 3; 1 Jul Saturday → Monday 3; 1 Oct Sunday → Monday 2.
    expect(plan([clsm()], '2028-01-01', '2028-12-31')).toEqual([
      '2028-01-03T09:00:00+01:00 copil to-plan 2028-S1 -',
      '2028-01-03T09:00:00+01:00 pleniere to-plan 2028 -',
      '2028-06-01T09:00:00+02:00 copil overdue 2028-S1 -',
      '2028-07-03T09:00:00+02:00 copil to-plan 2028-S2 -',
      '2028-10-02T09:00:00+02:00 pleniere overdue 2028 -',
      '2028-12-01T09:00:00+01:00 copil overdue 2028-S2 -',
    ]);
    expect(plan([clsm()], '2027-01-01', '2027-01-31')).toEqual([
      '2027-01-04T09:00:00+01:00 copil to-plan 2027-S1 -',
      '2027-01-04T09:00:00+01:00 pleniere to-plan 2027 -',
    ]);
  });

  it('gives a full year of a CLSM with its meetings: upcoming J-30, J-7, J-1 and no period reminder', () => {
    const registry = [
      clsm([
        { kind: 'copil', date: '2026-03-12', time: '14:00' },
        { kind: 'copil', date: '2026-10-15' },
        { kind: 'pleniere', date: '2026-06-18' },
      ]),
    ];
    expect(plan(registry, '2026-01-01', '2026-12-31')).toEqual([
      '2026-02-10T09:00:00+01:00 copil upcoming 2026-03-12 30',
      '2026-03-05T09:00:00+01:00 copil upcoming 2026-03-12 7',
      '2026-03-11T09:00:00+01:00 copil upcoming 2026-03-12 1',
      // 19 May 2026 is a Tuesday.
      '2026-05-19T09:00:00+02:00 pleniere upcoming 2026-06-18 30',
      '2026-06-11T09:00:00+02:00 pleniere upcoming 2026-06-18 7',
      '2026-06-17T09:00:00+02:00 pleniere upcoming 2026-06-18 1',
      '2026-09-15T09:00:00+02:00 copil upcoming 2026-10-15 30',
      '2026-10-08T09:00:00+02:00 copil upcoming 2026-10-15 7',
      '2026-10-14T09:00:00+02:00 copil upcoming 2026-10-15 1',
    ]);
  });

  it('counts a COPIL held or planned in a half-year, but not a cancelled one', () => {
    const registry = [
      clsm([
        { kind: 'copil', date: '2026-01-20' },
        { kind: 'copil', date: '2026-09-10', cancelled: true },
      ]),
    ];
    const periodic = plan(registry, '2026-01-01', '2026-12-31').filter(
      (r) => !r.includes('upcoming'),
    );
    expect(periodic).toEqual([
      '2026-01-02T09:00:00+01:00 pleniere to-plan 2026 -',
      '2026-07-01T09:00:00+02:00 copil to-plan 2026-S2 -',
      '2026-10-01T09:00:00+02:00 pleniere overdue 2026 -',
      '2026-12-01T09:00:00+01:00 copil overdue 2026-S2 -',
    ]);
    // The cancelled meeting has no upcoming reminder.
    expect(plan(registry, '2026-08-01', '2026-09-30')).toEqual([]);
  });

  it('keeps the window inclusive at both ends, and gives stable keys', () => {
    const registry = [clsm([{ kind: 'copil', date: '2026-03-12' }])];
    const reminders = planReminders(registry, { from: '2026-02-10', to: '2026-03-05' }, policy);
    expect(reminders.map((r) => r.key)).toEqual([
      'albigeois/copil/2026-03-12/upcoming/J-30',
      'albigeois/copil/2026-03-12/upcoming/J-7',
    ]);
    expect(
      planReminders(registry, { from: '2026-01-01', to: '2026-01-31' }, policy).map((r) => r.key),
    ).toEqual(['albigeois/pleniere/2026/to-plan']);
    expect(
      planReminders([clsm()], { from: '2026-06-01', to: '2026-06-01' }, policy).map((r) => r.key),
    ).toEqual(['albigeois/copil/2026-S1/overdue']);
  });

  it('sorts several CLSMs by time, then by CLSM', () => {
    const registry = [
      clsm([], 'tarn-nord'),
      clsm([{ kind: 'pleniere', date: '2026-02-03' }], 'albi'),
    ];
    expect(
      planReminders(registry, { from: '2026-01-01', to: '2026-01-31' }, policy).map(
        (r) => `${r.postAt.slice(0, 10)} ${r.key}`,
      ),
    ).toEqual([
      '2026-01-02 albi/copil/2026-S1/to-plan',
      // 30 days before Tuesday 3 February is Sunday 4 January → Friday 2.
      '2026-01-02 albi/pleniere/2026-02-03/upcoming/J-30',
      '2026-01-02 tarn-nord/copil/2026-S1/to-plan',
      '2026-01-02 tarn-nord/pleniere/2026/to-plan',
      '2026-01-27 albi/pleniere/2026-02-03/upcoming/J-7',
    ]);
  });
});

describe('planner: daylight saving time', () => {
  it('posts at 09:00 Paris on both sides of the March change (+01:00 → +02:00)', () => {
    // Summer time starts on Sunday 29 March 2026. Meeting Thursday 2 April.
    expect(upcoming('2026-04-02')).toEqual([
      '2026-03-03T09:00:00+01:00 J-30',
      '2026-03-26T09:00:00+01:00 J-7',
      '2026-04-01T09:00:00+02:00 J-1',
    ]);
    const [, , j1] = planReminders(
      [clsm([{ kind: 'copil', date: '2026-04-02' }])],
      { from: '2026-03-01', to: '2026-04-30' },
      policy,
    ).filter((r) => r.type === 'upcoming');
    expect(new Date(j1?.postAtMs ?? 0).toISOString()).toBe('2026-04-01T07:00:00.000Z');
  });

  it('moves a J-1 falling on the change Sunday to the Friday before, still in winter time', () => {
    // Meeting Monday 30 March 2026: J-1 is Sunday 29 (the change) → Friday 27.
    expect(upcoming('2026-03-30')).toEqual([
      '2026-02-27T09:00:00+01:00 J-30',
      '2026-03-23T09:00:00+01:00 J-7',
      '2026-03-27T09:00:00+01:00 J-1',
    ]);
  });

  it('posts at 09:00 Paris on both sides of the October change (+02:00 → +01:00)', () => {
    // Winter time starts on Sunday 25 October 2026. Meeting Tuesday 27 October.
    expect(upcoming('2026-10-27')).toEqual([
      '2026-09-25T09:00:00+02:00 J-30',
      '2026-10-20T09:00:00+02:00 J-7',
      '2026-10-26T09:00:00+01:00 J-1',
    ]);
    const reminders = planReminders(
      [clsm([{ kind: 'copil', date: '2026-10-27' }])],
      { from: '2026-10-01', to: '2026-10-31' },
      policy,
    )
      .filter((r) => r.type === 'upcoming')
      .map((r) => new Date(r.postAtMs).toISOString());
    expect(reminders).toEqual(['2026-10-20T07:00:00.000Z', '2026-10-26T08:00:00.000Z']);
  });
});

describe('planner: French public holidays (metropolitan France)', () => {
  it('1 January: the to-plan reminders wait for the first business day', () => {
    expect(plan([clsm()], '2026-01-01', '2026-01-02')).toEqual([
      '2026-01-02T09:00:00+01:00 copil to-plan 2026-S1 -',
      '2026-01-02T09:00:00+01:00 pleniere to-plan 2026 -',
    ]);
    expect(plan([clsm()], '2026-01-01', '2026-01-01')).toEqual([]);
  });

  it('Easter Monday: J-1 goes to Good Friday, a working day outside Alsace-Moselle', () => {
    // Easter Monday 6 April 2026; meeting Tuesday 7 April.
    expect(upcoming('2026-04-07').at(-1)).toBe('2026-04-03T09:00:00+02:00 J-1');
  });

  it('14 July: J-1 goes to Monday 13', () => {
    expect(upcoming('2026-07-15').at(-1)).toBe('2026-07-13T09:00:00+02:00 J-1');
  });

  it('1 November: J-1 goes to the Friday before (1 Nov 2027 is a Monday)', () => {
    expect(upcoming('2027-11-02').at(-1)).toBe('2027-10-29T09:00:00+02:00 J-1');
  });

  it('11 November: J-1 goes to Tuesday 10', () => {
    expect(upcoming('2026-11-12').at(-1)).toBe('2026-11-10T09:00:00+01:00 J-1');
  });

  it('25 December: J-1 of a Monday meeting skips Sunday, Saturday and Christmas Friday', () => {
    expect(upcoming('2026-12-28').at(-1)).toBe('2026-12-24T09:00:00+01:00 J-1');
  });

  it('26 December is a working day outside Alsace-Moselle', () => {
    // Meeting Monday 29 December 2025: J-1 Sunday → Saturday → Friday 26.
    expect(upcoming('2025-12-29').at(-1)).toBe('2025-12-26T09:00:00+01:00 J-1');
  });

  it('Ascension and Whit Monday move reminders too', () => {
    // Ascension Thursday 14 May 2026, Whit Monday 25 May 2026.
    expect(upcoming('2026-05-15').at(-1)).toBe('2026-05-13T09:00:00+02:00 J-1');
    expect(upcoming('2026-05-26').at(-1)).toBe('2026-05-22T09:00:00+02:00 J-1');
  });
});

describe('planner: leap day', () => {
  it('counts 29 February in leap years', () => {
    // Meeting on 29 February 2028 (Tuesday): J-30 is Sunday 30 January → Friday 28.
    expect(upcoming('2028-02-29')).toEqual([
      '2028-01-28T09:00:00+01:00 J-30',
      '2028-02-22T09:00:00+01:00 J-7',
      '2028-02-28T09:00:00+01:00 J-1',
    ]);
    // 30 days before Thursday 30 March 2028 is the leap day itself.
    expect(upcoming('2028-03-30')[0]).toBe('2028-02-29T09:00:00+01:00 J-30');
  });

  it('goes from 28 February to 1 March in common years', () => {
    // Meeting Monday 1 March 2027: J-1 Sunday 28 February → Friday 26.
    expect(upcoming('2027-03-01').at(-1)).toBe('2027-02-26T09:00:00+01:00 J-1');
    // J-30 of 30 March 2027 is 28 February (Sunday) → Friday 26; in 2028 it is 29 February.
    expect(upcoming('2027-03-30')[0]).toBe('2027-02-26T09:00:00+01:00 J-30');
  });
});

describe('planner: policy', () => {
  it('takes configurable offsets, and the most urgent wins when two fall on one day', () => {
    const p = testPolicy({ offsets: [14, 2, 1] });
    // Meeting Monday 9 March 2026: J-2 (Saturday) and J-1 (Sunday) both fall on Friday 6.
    expect(
      planReminders(
        [clsm([{ kind: 'copil', date: '2026-03-09' }])],
        { from: '2026-02-01', to: '2026-03-31' },
        p,
      ).map((r) => `${r.postAt} J-${r.offsetDays}`),
    ).toEqual(['2026-02-23T09:00:00+01:00 J-14', '2026-03-06T09:00:00+01:00 J-1']);
  });

  it('reads the cadences from the knowledge base: COPIL twice a year, plenary once', () => {
    expect(policy.rules.copil.perYear).toBe(2);
    expect(policy.rules.pleniere.perYear).toBe(1);
    expect(policy.rules.copil.citation.quote).toContain('deux fois par an');
    expect(policy.offsets).toEqual([30, 7, 1]);
    expect(policy.postingTime).toBe('09:00');
  });

  it('takes a posting time', () => {
    const p = testPolicy({ postingTime: '08:30' });
    expect(plan([clsm()], '2026-06-01', '2026-06-01', p)).toEqual([
      '2026-06-01T08:30:00+02:00 copil overdue 2026-S1 -',
    ]);
  });
});
