// Where a CLSM stands at `now`, kind by kind (pure): its current period, the meeting dated in
// it, the last and next meetings, and whether it is overdue as the reminders see it. Told in
// French sentences shared by the welcome message and the weekly digest.
import { MEETING_KINDS, type MeetingKind } from '../knowledge/data-schema.js';
import { frenchDateInWords, frenchShortDate, parisDateOf } from './calendar.js';
import { MEETING_WORDS, meetingHeading, meetingWhen, offsetsInWords, thePeriod } from './labels.js';
import { planReminders } from './planner.js';
import { periodOf, type Period, type ReminderPolicy } from './policy.js';
import type { Clsm, Meeting } from './registry-schema.js';

export const KINDS: readonly MeetingKind[] = MEETING_KINDS;

export interface KindStatus {
  kind: MeetingKind;
  period: Period;
  /** The first meeting of the kind dated in the current period (past or to come). */
  inPeriod: Meeting | null;
  last: Meeting | null;
  /** The next meeting of the kind, today or later. */
  next: Meeting | null;
  /** Its period's "overdue" reminder is in force: nothing dated and the overdue day passed. */
  overdue: boolean;
}

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

/**
 * One sentence per kind: "COPIL : prochain le jeudi 12 mars 2026 à 14h00, Mairie d’Albi.",
 * "COPIL : aucun COPIL n’est daté pour le second semestre 2026, en retard (la période se
 * termine le jeudi 31 décembre 2026)." Plain text (escape it for mrkdwn).
 */
export function kindSentence(s: KindStatus): string {
  const words = MEETING_WORDS[s.kind];
  const head = `${meetingHeading(s.kind)} : `;
  const last = s.last ? ` Dernière réunion : ${frenchShortDate(s.last.date)}.` : '';
  if (s.inPeriod && s.next && s.next.date <= s.period.end)
    return `${head}prochain${words.e} le ${meetingWhen(s.next)}.${last}`;
  if (s.inPeriod)
    return `${head}réuni${words.e} le ${frenchShortDate(s.inPeriod.date)} pour ${thePeriod(s.period)}${s.next ? ` ; suivant${words.e} le ${meetingWhen(s.next)}` : ''}.`;
  const state = s.overdue
    ? `en retard (la période se termine le ${frenchDateInWords(s.period.end)})`
    : `à planifier avant le ${frenchDateInWords(s.period.end)}`;
  return `${head}${words.none} n’est daté${words.e} pour ${thePeriod(s.period)}, ${state}.${last}`;
}

/** The welcome posted when a channel is linked: the CLSM's state instead of a burst of reminders. */
export function welcomeSentences(status: ClsmStatus, policy: ReminderPolicy): string[] {
  return [
    `Voici où en sont les réunions de « ${status.clsm.name} » :`,
    ...status.kinds.map(kindSentence),
    `Les rappels suivront dans ce canal, les jours ouvrés à partir de ${policy.postingTime.replace(':', 'h')} : ${offsetsInWords(policy.offsets)} avant chaque réunion, et en début de période quand aucune n’est datée.`,
  ];
}
