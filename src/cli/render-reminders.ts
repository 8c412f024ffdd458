// Text renderers of `clsm reminders plan` and `clsm report` (French), and the plan's JSON contract.
import { frenchDateInWords, frenchShortDate } from '../reminders/calendar.js';
import {
  failureSubject,
  failureText,
  frenchNumber,
  meetingHeading,
  periodLabel,
} from '../reminders/labels.js';
import type { PlannedReminder } from '../reminders/planner.js';
import type { RegistryReport } from '../reminders/report.js';
import type { LedgerEntry } from '../store/sent-reminders.js';
import { FAILURES_TEXT, PLAN_TEXT, REPORT_TEXT } from './messages.js';

/** One reminder of `clsm reminders plan --json` (a contract: exactly these fields). */
export interface PlanJsonItem {
  clsm: string;
  channel: string;
  meeting: PlannedReminder['meeting'];
  type: PlannedReminder['type'];
  postAt: string;
  meetingDate: string | null;
  offsetDays: number | null;
}

export function toPlanJson(reminders: readonly PlannedReminder[]): PlanJsonItem[] {
  return reminders.map((r) => ({
    clsm: r.clsm,
    channel: r.channel,
    meeting: r.meeting,
    type: r.type,
    postAt: r.postAt,
    meetingDate: r.meetingDate,
    offsetDays: r.offsetDays,
  }));
}

function about(r: PlannedReminder): string {
  const kind = meetingHeading(r.meeting);
  if (r.type === 'upcoming' && r.meetingDate)
    return PLAN_TEXT.upcoming(kind, frenchDateInWords(r.meetingDate), r.offsetDays ?? '?');
  const period = r.period ? periodLabel(r.period) : '';
  return r.type === 'to-plan' ? PLAN_TEXT.toPlan(kind, period) : PLAN_TEXT.overdue(kind, period);
}

/** The longest length (no spread: a registry may give more values than a call takes). */
function widest(values: readonly string[]): number {
  return values.reduce((max, v) => Math.max(max, v.length), 0);
}

export function renderPlanText(
  reminders: readonly PlannedReminder[],
  window: { from: string; to: string },
): string {
  const head = PLAN_TEXT.head(
    frenchShortDate(window.from),
    frenchShortDate(window.to),
    reminders.length,
  );
  if (reminders.length === 0) return `${head}\n`;
  const width = widest(reminders.map((r) => r.clsm));
  const channelWidth = widest(reminders.map((r) => r.channel));
  const lines = reminders.map(
    (r) =>
      `${frenchShortDate(r.postAt.slice(0, 10))} ${r.postAt.slice(11, 16)}  ${r.clsm.padEnd(width)}  ${r.channel.padEnd(channelWidth)}  ${about(r)}`,
  );
  return `${head}\n\n${lines.join('\n')}\n`;
}

function share(part: { count: number; percent: number | null }, total: number): string {
  return `${part.count} / ${total}${part.percent === null ? '' : ` (${String(part.percent).replace('.', ',')} %)`}`;
}

export function renderReportText(report: RegistryReport): string {
  const average = report.copilsHeld.lastYearAverage;
  const lines = [
    REPORT_TEXT.title(frenchShortDate(report.asOf)),
    '',
    REPORT_TEXT.clsms(report.clsmCount),
    REPORT_TEXT.population(frenchNumber(report.populationCovered)),
    REPORT_TEXT.peopleAndCarers(
      share(report.copilWithPeopleAndCarers, report.clsmCount),
      report.copilWithPeopleAndCarers.unknown,
    ),
    REPORT_TEXT.plenaryHeld(report.year, share(report.plenaryHeldLastYear, report.clsmCount)),
    REPORT_TEXT.copilsHeld(
      report.year,
      report.copilsHeld.lastYearTotal,
      average === null ? null : String(average).replace('.', ','),
    ),
  ];
  if (report.copilsHeld.perClsm.length > 0) {
    const width = widest(report.copilsHeld.perClsm.map((c) => c.clsm));
    lines.push('', REPORT_TEXT.perClsmHeading(report.year));
    for (const c of report.copilsHeld.perClsm)
      lines.push(`  ${c.clsm.padEnd(width)}  ${c.lastYear} · ${c.thisYear}  ${c.name}`);
  }
  return `${lines.join('\n')}\n`;
}

/** One failed reminder of `clsm reminders failures --json` (a contract: exactly these fields). */
export interface FailureJsonItem {
  key: string;
  clsm: string;
  channel: string;
  meeting: LedgerEntry['meeting'];
  type: LedgerEntry['type'];
  meetingDate: string | null;
  period: string | null;
  /** The Slack error code, or `retries_exhausted` / `expired`. */
  reason: string | null;
  lastError: string | null;
  /** The reason in French, as Slack shows it. */
  explanation: string;
  attempts: number;
  failedAt: string;
}

export function toFailuresJson(failed: readonly LedgerEntry[]): FailureJsonItem[] {
  return failed.map((f) => ({
    key: f.key,
    clsm: f.clsm,
    channel: f.channel,
    meeting: f.meeting,
    type: f.type,
    meetingDate: f.meetingDate,
    period: f.period,
    reason: f.reason,
    lastError: f.lastError,
    explanation: failureText(f.reason, f.lastError),
    attempts: f.attempts,
    failedAt: f.updatedAt,
  }));
}

export function renderFailuresText(failed: readonly LedgerEntry[]): string {
  if (failed.length === 0) return `${FAILURES_TEXT.none}\n`;
  const width = widest(failed.map((f) => f.clsm));
  const lines = failed.map(
    (f) =>
      `${f.clsm.padEnd(width)}  ${f.channel}  ${failureSubject(f)} : ${failureText(f.reason, f.lastError)}`,
  );
  return `${FAILURES_TEXT.head(failed.length)}\n\n${lines.join('\n')}\n\n${FAILURES_TEXT.footer}\n`;
}
