// The weekly digest for the DDARS of a département (pure): overdue COPIL/plenaries, meetings of
// the next 30 days, CLSMs with no meeting dated in the half-year, failed reminders. One French
// wording (`digestSections`) serves the CLI text and Slack's Block Kit.
import type { MeetingKind } from '../knowledge/data-schema.js';
import {
  addDays,
  frenchShortDate,
  isBusinessDay,
  isoDate,
  parisDateOf,
  parisInstant,
  weekday,
  type IsoDate,
} from './calendar.js';
import {
  MEETING_WORDS,
  failureSubject,
  failureText,
  thePeriod,
  meetingHeading,
  meetingWhen,
  periodLabel,
  type FailureFacts,
} from './labels.js';
import type { ReminderPolicy } from './policy.js';
import type { Clsm } from './registry-schema.js';
import { clsmStatus } from './status.js';

export const UPCOMING_DAYS = 30;

export interface DigestClsm {
  id: string;
  name: string;
  channel: string;
}

export interface DigestFailure extends FailureFacts {
  clsm: string;
  channel: string;
  reason: string | null;
  lastError: string | null;
}

export interface Digest {
  department: string;
  /** The Paris day it describes. */
  asOf: IsoDate;
  clsmCount: number;
  /** `period`: "le premier semestre 2026", "l’année 2026". */
  overdue: { clsm: DigestClsm; kind: MeetingKind; period: string }[];
  upcoming: {
    clsm: DigestClsm;
    kind: MeetingKind;
    date: IsoDate;
    time: string | null;
    place: string | null;
  }[];
  /** No meeting of any kind dated in the current half-year. */
  unplanned: { clsm: DigestClsm; halfYear: string }[];
  failures: DigestFailure[];
}

const brief = (c: Clsm): DigestClsm => ({ id: c.id, name: c.name, channel: c.channel });

/** The CLSMs of a département (its code as the registry stores it: "81", "2A"). */
export function clsmsOfDepartment(clsms: readonly Clsm[], department: string): Clsm[] {
  return clsms.filter((c) => c.department === department);
}

export function buildDigest(
  department: string,
  clsms: readonly Clsm[],
  failures: readonly DigestFailure[],
  policy: ReminderPolicy,
  now: Date,
): Digest {
  const today = parisDateOf(now);
  const horizon = addDays(today, UPCOMING_DAYS);
  const own = clsmsOfDepartment(clsms, department);
  const ids = new Set(own.map((c) => c.id));
  const half = Number(today.slice(5, 7)) <= 6 ? 1 : 2;
  const halfStart = isoDate(Number(today.slice(0, 4)), half === 1 ? 1 : 7, 1);
  const halfEnd = isoDate(Number(today.slice(0, 4)), half === 1 ? 6 : 12, half === 1 ? 30 : 31);
  const halfYear = periodLabel({ year: Number(today.slice(0, 4)), index: half, perYear: 2 });
  const digest: Digest = {
    department,
    asOf: today,
    clsmCount: own.length,
    overdue: [],
    upcoming: [],
    unplanned: [],
    failures: failures.filter((f) => ids.has(f.clsm)),
  };
  for (const clsm of own) {
    for (const s of clsmStatus(clsm, policy, now).kinds)
      if (s.overdue)
        digest.overdue.push({ clsm: brief(clsm), kind: s.kind, period: thePeriod(s.period) });
    const active = clsm.meetings.filter((m) => !m.cancelled);
    for (const m of active)
      if (m.date >= today && m.date <= horizon)
        digest.upcoming.push({
          clsm: brief(clsm),
          kind: m.kind,
          date: m.date,
          time: m.time ?? null,
          place: m.place ?? null,
        });
    if (!active.some((m) => m.date >= halfStart && m.date <= halfEnd))
      digest.unplanned.push({ clsm: brief(clsm), halfYear });
  }
  digest.upcoming.sort(
    (a, b) =>
      a.date.localeCompare(b.date) ||
      (a.time ?? '').localeCompare(b.time ?? '') ||
      a.clsm.id.localeCompare(b.clsm.id),
  );
  return digest;
}

export interface DigestSection {
  heading: string;
  /** Plain-text lines (escape them for mrkdwn); an empty section says so in one line. */
  lines: string[];
}

/** The digest in French: a title and its four sections. */
export function digestSections(d: Digest): {
  title: string;
  intro: string;
  sections: DigestSection[];
} {
  const none = (lines: string[], empty: string): string[] => (lines.length > 0 ? lines : [empty]);
  return {
    title: `Point hebdomadaire des CLSM du département ${d.department}`,
    intro: `Au ${frenchShortDate(d.asOf)} : ${d.clsmCount} CLSM suivi(s) dans le département ${d.department}.`,
    sections: [
      {
        heading: 'Réunions en retard',
        lines: none(
          d.overdue.map(
            (o) =>
              `${o.clsm.name} : ${MEETING_WORDS[o.kind].none} daté${MEETING_WORDS[o.kind].e} pour ${o.period}`,
          ),
          'Aucune réunion en retard.',
        ),
      },
      {
        heading: `Réunions des ${UPCOMING_DAYS} prochains jours`,
        lines: none(
          d.upcoming.map(
            (u) =>
              `${u.clsm.name} : ${meetingHeading(u.kind)} le ${meetingWhen({ date: u.date, ...(u.time ? { time: u.time } : {}), ...(u.place ? { place: u.place } : {}) })}`,
          ),
          `Aucune réunion dans les ${UPCOMING_DAYS} prochains jours.`,
        ),
      },
      {
        heading: 'CLSM sans réunion datée ce semestre',
        lines: none(
          d.unplanned.map((u) => `${u.clsm.name} : aucune réunion datée pour le ${u.halfYear}`),
          'Chaque CLSM a au moins une réunion datée ce semestre.',
        ),
      },
      {
        heading: 'Rappels en échec',
        lines: none(
          d.failures.map(
            (f) => `${f.clsm} : ${failureSubject(f)} : ${failureText(f.reason, f.lastError)}`,
          ),
          'Aucun rappel en échec.',
        ),
      },
    ],
  };
}

/** The digest as the CLI prints it. */
export function renderDigestText(d: Digest): string {
  const { title, intro, sections } = digestSections(d);
  const body = sections.map((s) => `${s.heading}\n${s.lines.map((l) => `  • ${l}`).join('\n')}`);
  return `${title}\n${intro}\n\n${body.join('\n\n')}\n`;
}

/** The week's digest slot: its first business day at the posting time, until the week ends. */
export interface DigestSlot {
  /** "2026-11-30": the Monday of the week, part of the ledger key. */
  week: IsoDate;
  postAt: Date;
  expiresAt: Date;
}

/** The digest slot of the week containing `now`, or null when the week has no business day. */
export function digestSlot(now: Date, policy: ReminderPolicy): DigestSlot | null {
  const today = parisDateOf(now);
  const monday = addDays(today, -((weekday(today) + 6) % 7));
  for (let i = 0; i < 5; i += 1) {
    const day = addDays(monday, i);
    if (isBusinessDay(day))
      return {
        week: monday,
        postAt: parisInstant(day, policy.postingTime),
        expiresAt: parisInstant(addDays(monday, 5)),
      };
  }
  return null;
}
