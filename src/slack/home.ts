// App Home: what the bot can do, then the CLSMs the user may see (admins: all; others: those of
// the channels they are in), overdue first, then to plan, then up to date, with counts per
// state, filters (mine, département) and pages that fit Slack's 100-block view; for admins, the
// reminders Slack refused, each with a retry button. Pure: data and time are parameters.
import type { ActionsBlock, HomeView, KnownBlock, PlainTextOption } from '@slack/types';
import { z } from 'zod';
import { MEETING_KINDS, type MeetingKind } from '../knowledge/data-schema.js';
import { parisDateOf } from '../reminders/calendar.js';
import { periodLabel } from '../reminders/labels.js';
import { planReminders } from '../reminders/planner.js';
import type { ReminderPolicy } from '../reminders/policy.js';
import type { Clsm } from '../reminders/registry-schema.js';
import type { LedgerEntry } from '../store/sent-reminders.js';
import { formatCount } from '../rules/ceiling.js';
import { capabilitiesBlocks } from './blocks/help.js';
import { failedReminderBlock, retryChannelBlocks } from './blocks/failures.js';
import { button, context, escapeMrkdwn, header, plain, section } from './blocks/kit.js';
import {
  HOME_CLSMS_TITLE,
  HOME_EMPTY,
  HOME_FAILURES,
  HOME_FILTER,
  HOME_MEMBER_NOTE,
  HOME_PAGE,
  HOME_TITLE,
  countsText,
  inhabitants,
  meetingKindLine,
  overdueLine,
  toPlanLine,
} from './messages/home.js';

export { RETRY_REMINDER_ACTION } from './blocks/failures.js';

/** Action ids of the Home's filters and pages (each re-publishes the view). */
export const HOME_ACTION = {
  page: 'home_page',
  scope: 'home_scope',
  department: 'home_department',
} as const;
export const HOME_ACTION_PATTERN = /^home_(page|scope|department)(:|$)/;

/** CLSMs per page: with the header, help, filters and failed reminders, far below 100 blocks. */
export const HOME_PAGE_SIZE = 20;
const MAX_FAILED = 15;
const MAX_DEPARTMENTS = 99;
const ALL_DEPARTMENTS = 'tous';
const KINDS: readonly MeetingKind[] = MEETING_KINDS;

/** What the user looks at: carried in the view's private_metadata between clicks. */
export const homeStateSchema = z.object({
  page: z.int().min(0).max(10_000).catch(0),
  /** Admins only: restrict to the CLSMs of the channels they are in. */
  mine: z.boolean().catch(false),
  department: z.string().max(3).nullable().catch(null),
});
export type HomeState = z.infer<typeof homeStateSchema>;
export const DEFAULT_HOME_STATE: HomeState = { page: 0, mine: false, department: null };

/** The state of a published Home, or the default one. */
export function readHomeState(privateMetadata: string | undefined): HomeState {
  try {
    const parsed = homeStateSchema.safeParse(JSON.parse(privateMetadata || '{}'));
    return parsed.success ? parsed.data : DEFAULT_HOME_STATE;
  } catch {
    return DEFAULT_HOME_STATE;
  }
}

export type ClsmState = 'overdue' | 'to-plan' | 'up-to-date';
const STATE_ORDER: Record<ClsmState, number> = { overdue: 0, 'to-plan': 1, 'up-to-date': 2 };
const STATE_MARK: Record<ClsmState, string> = {
  overdue: '🔴',
  'to-plan': '🟠',
  'up-to-date': '🟢',
};

export interface HomeData {
  /** Every CLSM of the registry. */
  clsms: readonly Clsm[];
  isAdmin: boolean;
  /** Channels the user is a member of; null when Slack could not tell. */
  memberOf: ReadonlySet<string> | null;
  /** Failed reminder posts, for admins; null for everyone else. */
  failed: readonly LedgerEntry[] | null;
  policy: ReminderPolicy;
  now: Date;
  state?: HomeState;
}

export interface ClsmStatus {
  clsm: Clsm;
  state: ClsmState;
  /** Meeting kind → the period it is overdue (or to plan) for, as the scheduler sees it. */
  overdue: Map<MeetingKind, string>;
  toPlan: Map<MeetingKind, string>;
}

/**
 * The state of each CLSM at `now`: the reminders in force for it (the same truth as the
 * scheduler's), planned in one pass over the registry.
 */
export function clsmStatuses(
  clsms: readonly Clsm[],
  policy: ReminderPolicy,
  now: Date,
): ClsmStatus[] {
  const today = parisDateOf(now);
  const nowMs = now.getTime();
  const statuses = new Map(
    clsms.map((clsm) => [
      clsm.id,
      {
        clsm,
        state: 'up-to-date' as ClsmState,
        overdue: new Map<MeetingKind, string>(),
        toPlan: new Map<MeetingKind, string>(),
      },
    ]),
  );
  for (const r of planReminders(clsms, { from: `${today.slice(0, 4)}-01-01`, to: today }, policy)) {
    const s = statuses.get(r.clsm);
    if (!s || !r.period || r.postAtMs > nowMs || nowMs >= r.expiresAtMs) continue;
    if (r.type === 'overdue') s.overdue.set(r.meeting, periodLabel(r.period));
    if (r.type === 'to-plan') s.toPlan.set(r.meeting, periodLabel(r.period));
  }
  return [...statuses.values()].map((s) => {
    for (const kind of s.overdue.keys()) s.toPlan.delete(kind);
    const state: ClsmState =
      s.overdue.size > 0 ? 'overdue' : s.toPlan.size > 0 ? 'to-plan' : 'up-to-date';
    return { ...s, state };
  });
}

function meetingLine(s: ClsmStatus, kind: MeetingKind, today: string): string {
  const dates = s.clsm.meetings
    .filter((m) => m.kind === kind && !m.cancelled)
    .map((m) => m.date)
    .sort();
  const last = dates.filter((d) => d < today).at(-1);
  const next = dates.find((d) => d >= today);
  const line = meetingKindLine(kind, last, next);
  const overdue = s.overdue.get(kind);
  if (overdue) return overdueLine(line, overdue);
  const toPlan = s.toPlan.get(kind);
  return toPlan ? toPlanLine(line, toPlan) : line;
}

function clsmBlock(s: ClsmStatus, today: string): KnownBlock {
  const { clsm } = s;
  const department = clsm.department ? ` · ${clsm.department}` : '';
  return section(
    [
      `${STATE_MARK[s.state]} *${escapeMrkdwn(clsm.name)}* · <#${clsm.channel}>${department} · ${inhabitants(formatCount(clsm.population))}`,
      ...KINDS.map((kind) => meetingLine(s, kind, today)),
    ].join('\n'),
  );
}

const stateValue = (state: HomeState): string => JSON.stringify(state);

function departmentOption(code: string | null): PlainTextOption {
  return code
    ? { text: plain(HOME_FILTER.oneDepartment(code)), value: code }
    : { text: plain(HOME_FILTER.allDepartments), value: ALL_DEPARTMENTS };
}

function filtersBlock(
  data: HomeData,
  state: HomeState,
  departments: string[],
): ActionsBlock | null {
  const elements: ActionsBlock['elements'] = [];
  if (data.isAdmin && data.memberOf) {
    const all = { ...state, page: 0, mine: false };
    const mine = { ...state, page: 0, mine: true };
    elements.push(
      button(
        HOME_FILTER.all,
        `${HOME_ACTION.scope}:all`,
        stateValue(all),
        state.mine ? undefined : 'primary',
      ),
      button(
        HOME_FILTER.mine,
        `${HOME_ACTION.scope}:mine`,
        stateValue(mine),
        state.mine ? 'primary' : undefined,
      ),
    );
  }
  if (departments.length > 0) {
    const options = [null, ...departments.slice(0, MAX_DEPARTMENTS)].map(departmentOption);
    elements.push({
      type: 'static_select',
      action_id: HOME_ACTION.department,
      placeholder: plain(HOME_FILTER.department),
      options,
      initial_option: departmentOption(
        state.department && departments.includes(state.department) ? state.department : null,
      ),
    });
  }
  return elements.length > 0 ? { type: 'actions', block_id: 'home_filters', elements } : null;
}

function pagingBlocks(state: HomeState, page: number, pages: number, total: number): KnownBlock[] {
  if (pages <= 1) return [];
  const first = page * HOME_PAGE_SIZE + 1;
  const last = Math.min(total, (page + 1) * HOME_PAGE_SIZE);
  const elements: ActionsBlock['elements'] = [];
  if (page > 0)
    elements.push(
      button(
        HOME_PAGE.previous,
        `${HOME_ACTION.page}:prev`,
        stateValue({ ...state, page: page - 1 }),
      ),
    );
  if (page < pages - 1)
    elements.push(
      button(HOME_PAGE.next, `${HOME_ACTION.page}:next`, stateValue({ ...state, page: page + 1 })),
    );
  return [
    context(HOME_PAGE.position(first, last, total, page + 1, pages)),
    { type: 'actions', block_id: 'home_paging', elements },
  ];
}

function countsLine(statuses: readonly ClsmStatus[]): string {
  const count = (state: ClsmState): number => statuses.filter((s) => s.state === state).length;
  return countsText(
    {
      overdue: count('overdue'),
      toPlan: count('to-plan'),
      upToDate: count('up-to-date'),
      total: statuses.length,
    },
    {
      overdue: STATE_MARK.overdue,
      toPlan: STATE_MARK['to-plan'],
      upToDate: STATE_MARK['up-to-date'],
    },
  );
}

/** The CLSMs the user may see and has chosen to see, with the departments to filter by. */
function visibleClsms(data: HomeData, state: HomeState): { shown: Clsm[]; departments: string[] } {
  const member = (c: Clsm): boolean => data.memberOf?.has(c.channel) ?? false;
  const allowed = data.clsms.filter((c) => (data.isAdmin ? !state.mine || member(c) : member(c)));
  const departments = [
    ...new Set(allowed.flatMap((c) => (c.department ? [c.department] : []))),
  ].sort();
  const shown = state.department
    ? allowed.filter((c) => c.department === state.department)
    : allowed;
  return { shown, departments };
}

function emptyText(data: HomeData, state: HomeState): string {
  if (data.clsms.length === 0) return HOME_EMPTY.noClsm;
  if (!data.isAdmin && !data.memberOf) return HOME_EMPTY.channelsUnknown;
  if (state.department) return HOME_EMPTY.noneInDepartment;
  return data.isAdmin ? HOME_EMPTY.noneForAdmin : HOME_EMPTY.noneForMember;
}

export function homeView(data: HomeData): HomeView {
  const { failed, policy, now } = data;
  const requested = data.state ?? DEFAULT_HOME_STATE;
  const { shown, departments } = visibleClsms(data, requested);
  const today = parisDateOf(now);
  const statuses = clsmStatuses(shown, policy, now).sort(
    (a, b) =>
      STATE_ORDER[a.state] - STATE_ORDER[b.state] ||
      a.clsm.name.localeCompare(b.clsm.name, 'fr') ||
      a.clsm.id.localeCompare(b.clsm.id),
  );
  const pages = Math.max(1, Math.ceil(statuses.length / HOME_PAGE_SIZE));
  const page = Math.min(requested.page, pages - 1);
  const state: HomeState = { ...requested, page };

  const blocks: KnownBlock[] = [
    header(HOME_TITLE),
    ...capabilitiesBlocks(),
    { type: 'divider' },
    header(data.isAdmin ? HOME_CLSMS_TITLE.admin : HOME_CLSMS_TITLE.member),
  ];
  if (statuses.length > 0) blocks.push(section(countsLine(statuses)));
  const filters = filtersBlock(data, state, departments);
  if (filters) blocks.push(filters);
  if (statuses.length === 0) blocks.push(section(emptyText(data, state)));
  for (const s of statuses.slice(page * HOME_PAGE_SIZE, (page + 1) * HOME_PAGE_SIZE))
    blocks.push(clsmBlock(s, today));
  blocks.push(...pagingBlocks(state, page, pages, statuses.length));
  if (!data.isAdmin) blocks.push(context(HOME_MEMBER_NOTE));
  if (failed) {
    blocks.push({ type: 'divider' }, header(HOME_FAILURES.title));
    if (failed.length === 0) blocks.push(section(HOME_FAILURES.none));
    for (const entry of failed.slice(0, MAX_FAILED)) blocks.push(failedReminderBlock(entry));
    if (failed.length > MAX_FAILED)
      blocks.push(context(HOME_FAILURES.more(failed.length - MAX_FAILED)));
    if (failed.length > 0)
      blocks.push(...retryChannelBlocks(failed), context(HOME_FAILURES.footer));
  }
  return { type: 'home', private_metadata: JSON.stringify(state), blocks };
}

/** The state a Home button or select asks for (its value, or the department picked). */
export function nextHomeState(
  current: HomeState,
  action: { action_id: string; value?: string; selected?: string },
): HomeState {
  if (action.action_id === HOME_ACTION.department) {
    const picked = action.selected && action.selected !== ALL_DEPARTMENTS ? action.selected : null;
    return { ...current, page: 0, department: picked };
  }
  try {
    const parsed = homeStateSchema.safeParse(JSON.parse(action.value ?? ''));
    return parsed.success ? parsed.data : current;
  } catch {
    return current;
  }
}
