// App Home: what the bot can do, the registry's CLSMs with their last and next COPIL and
// plenary (overdue ones highlighted, as the reminder policy sees them), and for admins the
// reminders Slack refused, each with a retry button. Pure: data and time are parameters.
import type { HomeView, KnownBlock } from '@slack/types';
import type { MeetingKind } from '../knowledge/data-schema.js';
import { frenchShortDate, parisDateOf } from '../reminders/calendar.js';
import { meetingHeading, periodLabel } from '../reminders/labels.js';
import { planReminders } from '../reminders/planner.js';
import type { ReminderPolicy } from '../reminders/policy.js';
import type { Clsm } from '../reminders/registry-schema.js';
import type { LedgerEntry } from '../store/sent-reminders.js';
import { formatCount } from '../rules/ceiling.js';
import { capabilitiesBlocks } from './blocks/help.js';
import { failedReminderBlock, retryChannelBlocks } from './blocks/failures.js';
import { context, escapeMrkdwn, header, section } from './blocks/kit.js';

export { RETRY_REMINDER_ACTION } from './blocks/failures.js';

/** A home tab holds 100 blocks: the rest of a large registry is one line away in the CLI. */
const MAX_CLSMS = 60;
const MAX_FAILED = 15;
const KINDS: readonly MeetingKind[] = ['copil', 'pleniere'];

export interface HomeData {
  clsms: readonly Clsm[];
  /** Failed reminder posts, for admins; null for everyone else. */
  failed: readonly LedgerEntry[] | null;
  policy: ReminderPolicy;
  now: Date;
}

/** The overdue reminders of a CLSM in force at `now` (the same truth as the scheduler's). */
function overdueAt(clsm: Clsm, policy: ReminderPolicy, now: Date): Map<MeetingKind, string> {
  const today = parisDateOf(now);
  const nowMs = now.getTime();
  const overdue = new Map<MeetingKind, string>();
  for (const r of planReminders([clsm], { from: `${today.slice(0, 4)}-01-01`, to: today }, policy))
    if (r.type === 'overdue' && r.period && r.postAtMs <= nowMs && nowMs < r.expiresAtMs)
      overdue.set(r.meeting, periodLabel(r.period));
  return overdue;
}

function meetingLine(clsm: Clsm, kind: MeetingKind, today: string, overdue?: string): string {
  const dates = clsm.meetings
    .filter((m) => m.kind === kind && !m.cancelled)
    .map((m) => m.date)
    .sort();
  const last = dates.filter((d) => d < today).at(-1);
  const next = dates.find((d) => d >= today);
  const line = `*${meetingHeading(kind)}* : dernière réunion ${last ? frenchShortDate(last) : 'aucune'} · prochaine ${next ? frenchShortDate(next) : 'non datée'}`;
  return overdue ? `⚠️ ${line} · *en retard (${overdue})*` : line;
}

function clsmBlock(clsm: Clsm, policy: ReminderPolicy, now: Date): KnownBlock {
  const today = parisDateOf(now);
  const overdue = overdueAt(clsm, policy, now);
  return section(
    [
      `${overdue.size > 0 ? '🔴' : '🟢'} *${escapeMrkdwn(clsm.name)}* · <#${clsm.channel}> · ${formatCount(clsm.population)} habitants`,
      ...KINDS.map((kind) => meetingLine(clsm, kind, today, overdue.get(kind))),
    ].join('\n'),
  );
}

export function homeView(data: HomeData): HomeView {
  const { clsms, failed, policy, now } = data;
  const blocks: KnownBlock[] = [
    header('Assistant CLSM'),
    ...capabilitiesBlocks(),
    { type: 'divider' },
    header('CLSM du registre'),
  ];
  if (clsms.length === 0)
    blocks.push(
      section(
        'Aucun CLSM n’est encore enregistré. Un administrateur peut relier un canal avec `/clsm-config` ou importer le registre avec `npx clsm registry import`.',
      ),
    );
  for (const clsm of clsms.slice(0, MAX_CLSMS)) blocks.push(clsmBlock(clsm, policy, now));
  if (clsms.length > MAX_CLSMS)
    blocks.push(
      context(
        `… et ${clsms.length - MAX_CLSMS} autres CLSM : \`npx clsm registry export\` les liste tous.`,
      ),
    );
  if (failed) {
    blocks.push({ type: 'divider' }, header('Rappels en échec (administrateurs)'));
    if (failed.length === 0) blocks.push(section('Aucun rappel en échec. ✅'));
    for (const entry of failed.slice(0, MAX_FAILED)) blocks.push(failedReminderBlock(entry));
    if (failed.length > 0)
      blocks.push(
        ...retryChannelBlocks(failed),
        context(
          'Corrigez la cause (invitez le bot dans le canal, corrigez le canal avec `/clsm-config`, les droits ou le jeton de l’application), puis « Réessayer » ou « Réessayer tout » : les rappels repartent au prochain passage s’ils sont encore d’actualité.',
        ),
      );
  }
  return { type: 'home', blocks };
}
