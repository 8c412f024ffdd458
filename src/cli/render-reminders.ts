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
    return `${kind} du ${frenchDateInWords(r.meetingDate)} (J-${r.offsetDays ?? '?'})`;
  const period = r.period ? periodLabel(r.period) : '';
  return r.type === 'to-plan' ? `${kind} à planifier, ${period}` : `${kind} en retard, ${period}`;
}

/** The longest length (no spread: a registry may give more values than a call takes). */
function widest(values: readonly string[]): number {
  return values.reduce((max, v) => Math.max(max, v.length), 0);
}

export function renderPlanText(
  reminders: readonly PlannedReminder[],
  window: { from: string; to: string },
): string {
  const head = `Rappels prévus du ${frenchShortDate(window.from)} au ${frenchShortDate(window.to)} : ${reminders.length}`;
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
  const lines = [
    `Indicateurs de l’instruction DGS du 13 mai 2025 sur le registre, au ${frenchShortDate(report.asOf)}`,
    '',
    `CLSM : ${report.clsmCount}`,
    `Population couverte : ${frenchNumber(report.populationCovered)} habitants`,
    `COPIL avec personnes concernées et aidants : ${share(report.copilWithPeopleAndCarers, report.clsmCount)}${report.copilWithPeopleAndCarers.unknown > 0 ? `, non renseigné pour ${report.copilWithPeopleAndCarers.unknown}` : ''}`,
    `Assemblée plénière tenue en ${report.year} : ${share(report.plenaryHeldLastYear, report.clsmCount)}`,
    `COPIL tenus en ${report.year} : ${report.copilsHeld.lastYearTotal}${report.copilsHeld.lastYearAverage === null ? '' : ` (${String(report.copilsHeld.lastYearAverage).replace('.', ',')} par CLSM en moyenne)`}`,
  ];
  if (report.copilsHeld.perClsm.length > 0) {
    const width = widest(report.copilsHeld.perClsm.map((c) => c.clsm));
    lines.push('', `COPIL tenus par CLSM (${report.year} · ${report.year + 1} à ce jour) :`);
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
  if (failed.length === 0) return 'Aucun rappel en échec.\n';
  const width = widest(failed.map((f) => f.clsm));
  const lines = failed.map(
    (f) =>
      `${f.clsm.padEnd(width)}  ${f.channel}  ${failureSubject(f)} : ${failureText(f.reason, f.lastError)}`,
  );
  return `Rappels en échec : ${failed.length}\n\n${lines.join('\n')}\n\nUne fois la cause corrigée : /clsm-config reessayer #canal dans Slack, ou « Réessayer tout » dans l’accueil de l’application.\n`;
}
