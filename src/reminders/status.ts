// Where a CLSM stands at `now`, kind by kind (pure): its current period, the meeting dated in
// it, the last and next meetings, and whether it is overdue as the reminders see it. Told in
// French sentences (labels.ts) shared by the welcome message and the weekly digest.
import { MEETING_KINDS, type MeetingKind } from '../knowledge/data-schema.js';
import { parisDateOf } from './calendar.js';
import { welcomeLines, type KindState } from './labels.js';
import { planReminders } from './planner.js';
import { periodOf, type ReminderPolicy } from './policy.js';
import type { Clsm } from './registry-schema.js';

export const KINDS: readonly MeetingKind[] = MEETING_KINDS;

/** Where a CLSM stands for one kind (the type lives beside its sentence, in labels.ts). */
export type KindStatus = KindState;

export interface ClsmStatus {
  clsm: Clsm;
  kinds: KindStatus[];
}

export function clsmStatus(clsm: Clsm, policy: ReminderPolicy, now: Date): ClsmStatus {
  const today = parisDateOf(now);
  const nowMs = now.getTime();
  const overdue = new Set<MeetingKind>();
  for (const r of planReminders([clsm], { from: `${today.slice(0, 4)}-01-01`, to: today }, policy))
    if (r.type === 'overdue' && r.postAtMs <= nowMs && nowMs < r.expiresAtMs)
      overdue.add(r.meeting);
  const kinds = KINDS.map((kind): KindStatus => {
    const period = periodOf(policy.rules[kind], today);
    const meetings = clsm.meetings.filter((m) => m.kind === kind && !m.cancelled);
    return {
      kind,
      period,
      inPeriod: meetings.find((m) => m.date >= period.start && m.date <= period.end) ?? null,
      last: meetings.filter((m) => m.date < today).at(-1) ?? null,
      next: meetings.find((m) => m.date >= today) ?? null,
      overdue: overdue.has(kind),
    };
  });
  return { clsm, kinds };
}

/** The welcome posted when a channel is linked: the CLSM's state instead of a burst of reminders. */
export function welcomeSentences(status: ClsmStatus, policy: ReminderPolicy): string[] {
  return welcomeLines(status.clsm.name, status.kinds, policy);
}
