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
import type { Clsm, Meeting } from './registry-schema.js';

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

/** A posting time: Paris wall clock as ISO-8601 with offset, and epoch ms. */
interface PostingTime {
  iso: string;
  ms: number;
}

/**
 * Paris wall-clock instants, each computed once: meetings share days and times, and 10 000
 * CLSMs share posting days.
 */
function instantCache(postingTime: string): {
  postAt: (day: IsoDate) => PostingTime;
  startOf: (day: IsoDate, time: string) => number;
} {
  const postingTimes = new Map<IsoDate, PostingTime>();
  const starts = new Map<string, number>();
  return {
    postAt: (day) => {
      let at = postingTimes.get(day);
      if (!at) {
        const instant = parisInstant(day, postingTime);
        at = { iso: formatParisIso(instant), ms: instant.getTime() };
        postingTimes.set(day, at);
      }
      return at;
    },
    startOf: (day, time) => {
      const at = `${day}T${time}`;
      let ms = starts.get(at);
      if (ms === undefined) {
        ms = parisInstant(day, time).getTime();
        starts.set(at, ms);
      }
      return ms;
    },
  };
}

type DayFilter = (day: IsoDate) => boolean;

/** The periods of the window's years whose to-plan or overdue day falls in the window. */
function periodSlots(
  window: PlanWindow,
  policy: ReminderPolicy,
  inWindow: DayFilter,
): PeriodSlot[] {
  const slots: PeriodSlot[] = [];
  const rules = Object.values(policy.rules);
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
  return slots;
}

/**
 * The meeting days whose reminders may post in the window: from the day after it starts to the
 * largest offset (plus the most a holiday can shift a posting day) after it ends.
 */
function meetingDaysToLook(
  window: PlanWindow,
  offsets: readonly number[],
): { from: IsoDate; to: IsoDate } {
  const maxOffset = offsets[0] ?? 0;
  return {
    from: addDays(window.from, 1),
    to: addDays(window.to, maxOffset + MAX_POSTING_SHIFT_DAYS),
  };
}

/**
 * The posting day of each offset before `meetingDate` (a business day on or before it); when
 * two offsets fall on the same day, the most urgent (smallest, listed last) wins.
 */
function postingDays(meetingDate: IsoDate, offsets: readonly number[]): Map<IsoDate, number> {
  const byDay = new Map<IsoDate, number>();
  for (const offset of offsets)
    byDay.set(businessDayOnOrBefore(addDays(meetingDate, -offset)), offset);
  return byDay;
}

// Plain object literals, no spread: V8 keeps them compact (10× faster on 10 000 CLSMs).

/** The J-n reminders of one dated meeting that post in the window. */
function addUpcoming(
  planned: PlannedReminder[],
  clsm: Clsm,
  m: Meeting,
  policy: ReminderPolicy,
  inWindow: DayFilter,
  instants: ReturnType<typeof instantCache>,
): void {
  const group = `${clsm.id}/${m.kind}/${m.date}`;
  const expiresAtMs = instants.startOf(m.date, m.time ?? '00:00');
  for (const [day, offset] of postingDays(m.date, policy.offsets)) {
    if (!inWindow(day)) continue;
    const at = instants.postAt(day);
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

/** The to-plan and overdue reminders of the periods in which `active` dates no meeting. */
function addPeriodReminders(
  planned: PlannedReminder[],
  clsm: Clsm,
  active: readonly Meeting[],
  slots: readonly PeriodSlot[],
  policy: ReminderPolicy,
  inWindow: DayFilter,
  instants: ReturnType<typeof instantCache>,
): void {
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
      const at = instants.postAt(day);
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

/** Every reminder `policy` schedules for `registry` with a posting day in `window`, by time. */
export function planReminders(
  registry: readonly Clsm[],
  window: PlanWindow,
  policy: ReminderPolicy,
): PlannedReminder[] {
  const instants = instantCache(policy.postingTime);
  const inWindow: DayFilter = (day) => day >= window.from && day <= window.to;
  const slots = periodSlots(window, policy, inWindow);
  const meetingDays = meetingDaysToLook(window, policy.offsets);
  const planned: PlannedReminder[] = [];
  for (const clsm of registry) {
    const active = clsm.meetings.filter((m) => !m.cancelled);
    for (const m of active)
      if (m.date >= meetingDays.from && m.date <= meetingDays.to)
        addUpcoming(planned, clsm, m, policy, inWindow, instants);
    if (slots.length > 0)
      addPeriodReminders(planned, clsm, active, slots, policy, inWindow, instants);
  }
  return planned.sort(compareReminders);
}
