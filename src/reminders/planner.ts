// The reminder planner, pure: registry + window + policy → every reminder the policy schedules.
import type { MeetingKind } from '../knowledge/data-schema.js';
import {
  addDays,
  businessDayOnOrBefore,
  firstBusinessDayOfMonth,
  formatParisIso,
  MAX_POSTING_SHIFT_DAYS,
  parisInstant,
  type IsoDate,
} from './calendar.js';
import {
  periodAt,
  periodOf,
  type MeetingRule,
  type Period,
  type ReminderPolicy,
} from './policy.js';
import type { Clsm } from './registry-schema.js';

export type ReminderType = 'upcoming' | 'to-plan' | 'overdue';

export interface PlannedReminder {
  /**
   * Stable identity, the ledger's primary key (a contract: never change the format):
   * `albigeois/copil/2026-03-12/upcoming/J-7`, `albigeois/copil/2026-S1/to-plan`,
   * `albigeois/pleniere/2026/overdue`. A rescheduled meeting gets new keys.
   */
  key: string;
  /** The meeting (`clsm/kind/date`) or period (`clsm/kind/period`) it is about. */
  group: string;
  clsm: string;
  clsmName: string;
  channel: string;
  meeting: MeetingKind;
  type: ReminderType;
  /** Paris wall-clock posting time, ISO-8601 with offset: `2026-03-12T09:00:00+01:00`. */
  postAt: string;
  postAtMs: number;
  meetingDate: IsoDate | null;
  meetingTime: string | null;
  meetingPlace: string | null;
  offsetDays: number | null;
  period: Period | null;
  /** When it stops making sense (epoch ms): the meeting starts, or the period ends. */
  expiresAtMs: number;
}

/** Days (Paris) of the posting times to plan, both inclusive. */
export interface PlanWindow {
  from: IsoDate;
  to: IsoDate;
}

const TYPE_ORDER: Record<ReminderType, number> = { 'to-plan': 0, overdue: 1, upcoming: 2 };

/** Orders by posting time, then group; within a group, the more urgent reminder comes last. */
export function compareReminders(a: PlannedReminder, b: PlannedReminder): number {
  return (
    a.postAtMs - b.postAtMs ||
    (a.group < b.group ? -1 : a.group > b.group ? 1 : 0) ||
    TYPE_ORDER[a.type] - TYPE_ORDER[b.type] ||
    (b.offsetDays ?? 0) - (a.offsetDays ?? 0)
  );
}

interface PeriodSlot {
  rule: MeetingRule;
  period: Period;
  toPlan: IsoDate;
  overdue: IsoDate;
  expiresAtMs: number;
}

/** Every reminder `policy` schedules for `registry` with a posting day in `window`, by time. */
export function planReminders(
  registry: readonly Clsm[],
  window: PlanWindow,
  policy: ReminderPolicy,
): PlannedReminder[] {
  const postingTimes = new Map<IsoDate, { iso: string; ms: number }>();
  const postAt = (day: IsoDate): { iso: string; ms: number } => {
    let at = postingTimes.get(day);
    if (!at) {
      const instant = parisInstant(day, policy.postingTime);
      at = { iso: formatParisIso(instant), ms: instant.getTime() };
      postingTimes.set(day, at);
    }
    return at;
  };
  // Meetings share days and times: each Paris wall-clock instant is computed once.
  const starts = new Map<string, number>();
  const startOf = (day: IsoDate, time: string): number => {
    const at = `${day}T${time}`;
    let ms = starts.get(at);
    if (ms === undefined) {
      ms = parisInstant(day, time).getTime();
      starts.set(at, ms);
    }
    return ms;
  };
  const inWindow = (day: IsoDate): boolean => day >= window.from && day <= window.to;
  const rules = Object.values(policy.rules);

  const slots: PeriodSlot[] = [];
  for (let year = Number(window.from.slice(0, 4)); year <= Number(window.to.slice(0, 4)); year += 1)
    for (const rule of rules)
      for (let index = 1; index <= rule.perYear; index += 1) {
        const period = periodAt(rule, year, index);
        const slot: PeriodSlot = {
          rule,
          period,
          toPlan: firstBusinessDayOfMonth(year, period.startMonth),
          overdue: firstBusinessDayOfMonth(year, period.startMonth + rule.overdueMonth - 1),
          expiresAtMs: parisInstant(addDays(period.end, 1)).getTime(),
        };
        if (inWindow(slot.toPlan) || inWindow(slot.overdue)) slots.push(slot);
      }

  const maxOffset = policy.offsets[0] ?? 0;
  const earliestMeeting = addDays(window.from, 1);
  const latestMeeting = addDays(window.to, maxOffset + MAX_POSTING_SHIFT_DAYS);

  // Plain object literals, no spread: V8 keeps them compact (10× faster on 10 000 CLSMs).
  const planned: PlannedReminder[] = [];
  for (const clsm of registry) {
    const active = clsm.meetings.filter((m) => !m.cancelled);

    for (const m of active) {
      if (m.date < earliestMeeting || m.date > latestMeeting) continue;
      // The most urgent offset wins when two fall on the same business day.
      const byDay = new Map<IsoDate, number>();
      for (const offset of policy.offsets)
        byDay.set(businessDayOnOrBefore(addDays(m.date, -offset)), offset);
      const group = `${clsm.id}/${m.kind}/${m.date}`;
      const expiresAtMs = startOf(m.date, m.time ?? '00:00');
      for (const [day, offset] of byDay) {
        if (!inWindow(day)) continue;
        const at = postAt(day);
        planned.push({
          clsm: clsm.id,
          clsmName: clsm.name,
          channel: clsm.channel,
          key: `${group}/upcoming/J-${offset}`,
          group,
          meeting: m.kind,
          type: 'upcoming',
          postAt: at.iso,
          postAtMs: at.ms,
          meetingDate: m.date,
          meetingTime: m.time ?? null,
          meetingPlace: m.place ?? null,
          offsetDays: offset,
          period: null,
          expiresAtMs,
        });
      }
    }

    if (slots.length === 0) continue;
    const dated = new Set(
      active.map((m) => `${m.kind}/${periodOf(policy.rules[m.kind], m.date).id}`),
    );
    for (const slot of slots) {
      if (dated.has(`${slot.rule.kind}/${slot.period.id}`)) continue;
      const group = `${clsm.id}/${slot.rule.kind}/${slot.period.id}`;
      for (const [type, day] of [
        ['to-plan', slot.toPlan],
        ['overdue', slot.overdue],
      ] as const) {
        if (!inWindow(day)) continue;
        const at = postAt(day);
        planned.push({
          clsm: clsm.id,
          clsmName: clsm.name,
          channel: clsm.channel,
          key: `${group}/${type}`,
          group,
          meeting: slot.rule.kind,
          type,
          postAt: at.iso,
          postAtMs: at.ms,
          meetingDate: null,
          meetingTime: null,
          meetingPlace: null,
          offsetDays: null,
          period: slot.period,
          expiresAtMs: slot.expiresAtMs,
        });
      }
    }
  }
  return planned.sort(compareReminders);
}
