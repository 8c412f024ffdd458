// The reminder policy: offsets before a meeting, posting time, and each body's cadence, read
// from the knowledge base's typed data (knowledge/data/meetings.yml), the same truth as answers.
import { z } from 'zod';
import {
  meetingKindSchema,
  type MeetingKind,
  type MeetingsData,
} from '../knowledge/data-schema.js';
import {
  addDays,
  isBusinessDay,
  isoDate,
  parisDateOf,
  parisInstant,
  type IsoDate,
} from './calendar.js';

export const DEFAULT_OFFSETS: readonly number[] = [30, 7, 1];
export const DEFAULT_POSTING_TIME = '09:00';
/** How long after the posting time reminders go out on a business day (the morning window). */
export const DEFAULT_POSTING_WINDOW_MINUTES = 180;
/**
 * Month of the period (1-based) whose first business day carries the "overdue" reminder:
 * June and December for the COPIL's half-years, October for the plenary's year.
 */
export const DEFAULT_OVERDUE_MONTH: Readonly<Record<MeetingKind, number>> = {
  copil: 6,
  pleniere: 10,
};

/** The rule a reminder cites, resolved to text. */
export interface RuleCitation {
  /** How answers name the source text: "Instruction DGS/SP4/2025/8 du 13 mai 2025 ...". */
  source: string;
  section: string;
  quote: string;
}

export interface MeetingRule {
  kind: MeetingKind;
  /** "comité de pilotage (COPIL)" */
  label: string;
  perYear: number;
  /** 12 / perYear: 6 for a half-year, 12 for a year. */
  periodMonths: number;
  overdueMonth: number;
  citation: RuleCitation;
}

export interface ReminderPolicy {
  /** Days before a planned meeting, largest first, distinct. */
  offsets: readonly number[];
  /** Paris wall-clock `HH:MM`. */
  postingTime: string;
  /** Reminders go out on business days from `postingTime` for this long, never at other hours. */
  postingWindowMinutes: number;
  rules: Readonly<Record<MeetingKind, MeetingRule>>;
}

export const policyOptionsSchema = z.strictObject({
  offsets: z.array(z.int().min(1).max(365)).min(1).optional(),
  postingTime: z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/)
    .optional(),
  postingWindowMinutes: z
    .int()
    .min(1)
    .max(24 * 60)
    .optional(),
  overdueMonth: z.partialRecord(meetingKindSchema, z.int().min(1).max(12)).optional(),
});

export type PolicyOptions = z.infer<typeof policyOptionsSchema>;

/**
 * Builds the policy from the knowledge base's cadences (`loadKnowledge().meetings`) and the
 * short names of its sources. Throws on a configuration that cannot work (a bug, not user input).
 */
export function createReminderPolicy(
  cadences: MeetingsData,
  sourceNames: ReadonlyMap<string, { short: string }>,
  options: PolicyOptions = {},
): ReminderPolicy {
  const opts = policyOptionsSchema.parse(options);
  const rules: Partial<Record<MeetingKind, MeetingRule>> = {};
  for (const cadence of cadences.cadences) {
    const periodMonths = 12 / cadence.perYear;
    if (!Number.isInteger(periodMonths))
      throw new Error(
        `cadence ${cadence.meeting}: ${cadence.perYear} per year does not split the year`,
      );
    const overdueMonth =
      opts.overdueMonth?.[cadence.meeting] ?? DEFAULT_OVERDUE_MONTH[cadence.meeting];
    if (overdueMonth > periodMonths)
      throw new Error(
        `cadence ${cadence.meeting}: overdue month ${overdueMonth} beyond its ${periodMonths}-month period`,
      );
    rules[cadence.meeting] = {
      kind: cadence.meeting,
      label: cadence.label,
      perYear: cadence.perYear,
      periodMonths,
      overdueMonth,
      citation: {
        source: sourceNames.get(cadence.citation.source)?.short ?? cadence.citation.source,
        section: cadence.citation.section,
        quote: cadence.citation.quote,
      },
    };
  }
  const { copil, pleniere } = rules;
  if (!copil || !pleniere)
    throw new Error('meetings data must give the COPIL and plenary cadences');
  return {
    offsets: [...new Set(opts.offsets ?? DEFAULT_OFFSETS)].sort((a, b) => b - a),
    postingTime: opts.postingTime ?? DEFAULT_POSTING_TIME,
    postingWindowMinutes: opts.postingWindowMinutes ?? DEFAULT_POSTING_WINDOW_MINUTES,
    rules: { copil, pleniere },
  };
}

/** One period of a cadence: a half-year for the COPIL, a year for the plenary. */
export interface Period {
  /** "2026-S1", "2026" (a ledger key part: never change the format). */
  id: string;
  year: number;
  /** 1-based within the year. */
  index: number;
  perYear: number;
  start: IsoDate;
  /** Last day, inclusive. */
  end: IsoDate;
  /** First month (1-12). */
  startMonth: number;
}

export function periodAt(rule: MeetingRule, year: number, index: number): Period {
  const startMonth = (index - 1) * rule.periodMonths + 1;
  const next = startMonth + rule.periodMonths;
  const end = next > 12 ? isoDate(year, 12, 31) : addDays(isoDate(year, next, 1), -1);
  const id =
    rule.perYear === 1
      ? String(year)
      : rule.perYear === 2
        ? `${year}-S${index}`
        : `${year}-P${index}`;
  return {
    id,
    year,
    index,
    perYear: rule.perYear,
    start: isoDate(year, startMonth, 1),
    end,
    startMonth,
  };
}

/** The period of `rule` containing the day. */
export function periodOf(rule: MeetingRule, day: IsoDate): Period {
  const month = Number(day.slice(5, 7));
  return periodAt(rule, Number(day.slice(0, 4)), Math.floor((month - 1) / rule.periodMonths) + 1);
}

/**
 * Whether reminders may go out at `now`: a business day in Paris (weekday, not a French public
 * holiday), from the posting time for `postingWindowMinutes`. A reminder whose time came outside
 * the window (catch-up after downtime, an evening import) waits for the next one.
 */
export function inPostingWindow(now: Date, policy: ReminderPolicy): boolean {
  const today = parisDateOf(now);
  if (!isBusinessDay(today)) return false;
  const opens = parisInstant(today, policy.postingTime).getTime();
  const t = now.getTime();
  return t >= opens && t < opens + policy.postingWindowMinutes * 60_000;
}
