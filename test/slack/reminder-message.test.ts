import { describe, expect, it } from 'vitest';
import { planReminders, type PlannedReminder } from '../../src/reminders/planner.js';
import {
  RECORD_MEETING_ACTION,
  parseRecordMeetingValue,
  reminderMessage,
} from '../../src/slack/blocks/reminder.js';
import { testPolicy } from '../support/reminder-policy.js';

const policy = testPolicy();

function reminder(key: string): PlannedReminder {
  const found = planReminders(
    [
      {
        id: 'albigeois',
        name: 'CLSM de l’Albigeois <Tarn>',
        channel: 'C0123ABCD',
        population: 83000,
        meetings: [{ kind: 'copil', date: '2026-03-12', time: '14:00', place: 'Mairie d’Albi' }],
      },
    ],
    { from: '2026-01-01', to: '2026-12-31' },
    policy,
  ).find((r) => r.key === key);
  if (!found) throw new Error(`no reminder ${key}`);
  return found;
}

function render(key: string): { text: string; json: string; value: string | undefined } {
  const r = reminder(key);
  const { text, blocks } = reminderMessage({ reminder: r, rule: policy.rules[r.meeting] });
  const actions = blocks.find((b) => b.type === 'actions');
  const button =
    actions && 'elements' in actions
      ? (actions.elements[0] as { action_id?: string; value?: string })
      : undefined;
  expect(button?.action_id).toBe(RECORD_MEETING_ACTION);
  expect(RECORD_MEETING_ACTION).toBe('reminder_record_meeting');
  return { text, json: JSON.stringify(blocks), value: button?.value };
}

describe('reminder message', () => {
  it('names the meeting, its date in words, time and place, and cites the rule and its text', () => {
    const { text, json, value } = render('albigeois/copil/2026-03-12/upcoming/J-7');
    expect(text).toBe('📅 COPIL le jeudi 12 mars 2026 (CLSM de l’Albigeois &lt;Tarn&gt;)');
    expect(json).toContain(
      '*CLSM de l’Albigeois &lt;Tarn&gt;* : le COPIL se réunit le *jeudi 12 mars 2026* à 14h00, Mairie d’Albi.',
    );
    expect(json).toContain(
      'Règle : Instruction DGS/SP4/2025/8 du 13 mai 2025 et référentiel national des CLSM, Annexe 1 §4 : « Le COPIL se réunit deux fois par an',
    );
    expect(parseRecordMeetingValue(value)).toEqual({
      clsm: 'albigeois',
      meeting: 'copil',
      date: '2026-03-12',
    });
  });

  it('asks to plan the plenary of the year, with the period in words', () => {
    const { text, json, value } = render('albigeois/pleniere/2026/to-plan');
    expect(text).toBe(
      '🗓️ Assemblée plénière à planifier : année 2026 (CLSM de l’Albigeois &lt;Tarn&gt;)',
    );
    expect(json).toContain(
      'aucune assemblée plénière n’est encore datée sur l’année 2026 (du jeudi 1er janvier 2026 au jeudi 31 décembre 2026)',
    );
    expect(json).toContain('« Elle se réunit une fois par an');
    expect(parseRecordMeetingValue(value)).toEqual({ clsm: 'albigeois', meeting: 'pleniere' });
  });

  it('says when the COPIL of a half-year is overdue', () => {
    const { text, json } = render('albigeois/copil/2026-S2/overdue');
    expect(text).toBe(
      '⚠️ COPIL en retard : second semestre 2026 (CLSM de l’Albigeois &lt;Tarn&gt;)',
    );
    expect(json).toContain(
      'le second semestre 2026 se termine le *jeudi 31 décembre 2026* et aucun COPIL n’est daté.',
    );
  });

  it('reads back only its own button values', () => {
    expect(parseRecordMeetingValue('{"clsm":"albigeois","meeting":"bureau"}')).toBeNull();
    expect(parseRecordMeetingValue('pas du JSON')).toBeNull();
    expect(parseRecordMeetingValue(undefined)).toBeNull();
  });
});
