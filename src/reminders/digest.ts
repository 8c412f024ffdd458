// The weekly digest for the DDARS of a département (pure): overdue COPIL/plenaries, meetings of
// the next 30 days, CLSMs with no meeting dated in the half-year, failed reminders. One French
// wording (`digestSections`) serves the CLI text and Slack's Block Kit.
import type { MeetingKind } from '../knowledge/data-schema.js';
import {
  addDays,
  isBusinessDay,
  isoDate,
  parisDateOf,
  parisInstant,
  weekday,
  type IsoDate,
} from './calendar.js';
import {
  DIGEST_WORDS,
  failureSubject,
  failureText,
  meetingWhen,
  periodLabel,
  thePeriod,
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

/** The half-year `today` is in (Paris): its first and last days and its label. */
export function halfYearOf(today: IsoDate): { start: IsoDate; end: IsoDate; label: string } {
  const year = Number(today.slice(0, 4));
  const first = Number(today.slice(5, 7)) <= 6;
  return {
    start: isoDate(year, first ? 1 : 7, 1),
    end: isoDate(year, first ? 6 : 12, first ? 30 : 31),
    label: periodLabel({ year, index: first ? 1 : 2, perYear: 2 }),
  };
}

/** By date, then time (undated first), then CLSM id. */
function byMeetingTime(a: Digest['upcoming'][number], b: Digest['upcoming'][number]): number {
  return (
    a.date.localeCompare(b.date) ||
    (a.time ?? '').localeCompare(b.time ?? '') ||
    a.clsm.id.localeCompare(b.clsm.id)
  );
}

/** Adds one CLSM's overdue kinds, meetings up to `horizon`, and whether its half-year is empty. */
function addClsm(
  digest: Digest,
  clsm: Clsm,
  policy: ReminderPolicy,
  now: Date,
  horizon: IsoDate,
  half: ReturnType<typeof halfYearOf>,
): void {
  for (const s of clsmStatus(clsm, policy, now).kinds)
    if (s.overdue)
      digest.overdue.push({ clsm: brief(clsm), kind: s.kind, period: thePeriod(s.period) });
  const active = clsm.meetings.filter((m) => !m.cancelled);
  for (const m of active)
    if (m.date >= digest.asOf && m.date <= horizon)
      digest.upcoming.push({
        clsm: brief(clsm),
        kind: m.kind,
        date: m.date,
        time: m.time ?? null,
        place: m.place ?? null,
      });
  if (!active.some((m) => m.date >= half.start && m.date <= half.end))
    digest.unplanned.push({ clsm: brief(clsm), halfYear: half.label });
}

export function buildDigest(
  department: string,
  clsms: readonly Clsm[],
  failures: readonly DigestFailure[],
  policy: ReminderPolicy,
  now: Date,
): Digest {
  const today = parisDateOf(now);
  const own = clsmsOfDepartment(clsms, department);
  const ids = new Set(own.map((c) => c.id));
  const digest: Digest = {
    department,
    asOf: today,
    clsmCount: own.length,
    overdue: [],
    upcoming: [],
    unplanned: [],
    failures: failures.filter((f) => ids.has(f.clsm)),
  };
  const horizon = addDays(today, UPCOMING_DAYS);
  const half = halfYearOf(today);
  for (const clsm of own) addClsm(digest, clsm, policy, now, horizon, half);
  digest.upcoming.sort(byMeetingTime);
  return digest;
}

export interface DigestSection {
  heading: string;
  /** Plain-text lines (escape them for mrkdwn); an empty section says so in one line. */
  lines: string[];
}

/** A section's lines, or the one line saying it is empty. */
function section(heading: string, lines: string[], empty: string): DigestSection {
  return { heading, lines: lines.length > 0 ? lines : [empty] };
}

/** The digest in French (labels.ts, DIGEST_WORDS): a title and its four sections. */
export function digestSections(d: Digest): {
  title: string;
  intro: string;
  sections: DigestSection[];
} {
  const { overdue, upcoming, unplanned, failures } = DIGEST_WORDS;
  const when = (u: Digest['upcoming'][number]): string =>
    meetingWhen({
      date: u.date,
      ...(u.time ? { time: u.time } : {}),
      ...(u.place ? { place: u.place } : {}),
    });
  return {
    title: DIGEST_WORDS.title(d.department),
    intro: DIGEST_WORDS.intro(d.asOf, d.clsmCount, d.department),
    sections: [
      section(
        overdue.heading,
        d.overdue.map((o) => overdue.line(o.clsm.name, o.kind, o.period)),
        overdue.none,
      ),
      section(
        upcoming.heading(UPCOMING_DAYS),
        d.upcoming.map((u) => upcoming.line(u.clsm.name, u.kind, when(u))),
        upcoming.none(UPCOMING_DAYS),
      ),
      section(
        unplanned.heading,
        d.unplanned.map((u) => unplanned.line(u.clsm.name, u.halfYear)),
        unplanned.none,
      ),
      section(
        failures.heading,
        d.failures.map((f) =>
          failures.line(f.clsm, failureSubject(f), failureText(f.reason, f.lastError)),
        ),
        failures.none,
      ),
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
