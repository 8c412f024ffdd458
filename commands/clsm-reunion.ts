// /clsm-reunion: record, move, cancel and list the meetings of the CLSM linked to the channel.
//   /clsm-reunion copil 14/03/2027 14:00 Mairie d'Albi      /clsm-reunion pleniere 2027-06-20
//   /clsm-reunion deplacer copil 14/03/2027 21/03/2027 [heure] [lieu]
//   /clsm-reunion annuler copil 14/03/2027                  /clsm-reunion liste | aide
import type { App } from '@slack/bolt';
import type { SlackDeps } from '../src/slack/deps.js';
import { registerSlashCommand } from '../src/slack/listeners/commands.js';
import type { KnownBlock } from '@slack/types';
import type { MeetingKind } from '../src/knowledge/data-schema.js';
import { frenchTime, parisDateOf } from '../src/reminders/calendar.js';
import {
  commandWord,
  parseFrenchDate,
  parseFrenchTime,
  parseMeetingKind,
  tokenize,
} from '../src/reminders/input.js';
import { meetingWhen, offsetsInWords } from '../src/reminders/labels.js';
import { DEFAULT_OFFSETS, DEFAULT_POSTING_TIME } from '../src/reminders/policy.js';
import { placeSchema, type Clsm } from '../src/reminders/registry-schema.js';
import type { Db } from '../src/store/db.js';
import {
  RegistryError,
  addMeeting,
  cancelMeeting,
  findClsmByChannel,
  rescheduleMeeting,
  type NewMeeting,
} from '../src/store/registry.js';
import { context, escapeMrkdwn, header, section } from '../src/slack/blocks/kit.js';
import {
  DATE_WHAT,
  MEETING_DONE,
  MEETING_LIST,
  NOT_LINKED,
  REUNION_ERROR,
  REUNION_HELP_FOOTER,
  REUNION_HELP_LINES,
  REUNION_HELP_REPLY,
  REUNION_HELP_TITLE,
  REUNION_HINT,
  REUNION_REFUSED_HINT,
  byUser,
  meetingListLine,
  remindersWhen,
} from '../src/slack/messages/meetings.js';
import {
  errorReply,
  messageReply,
  type CommandContext,
  type CommandReply,
} from '../src/slack/reply.js';

export interface ClsmReunionDeps {
  db: Db;
  /** The policy's offsets and posting time, to tell when reminders will come. */
  offsets?: readonly number[];
  postingTime?: string;
}

type Details = Omit<NewMeeting, 'kind'>;

export type ReunionCommand =
  | { action: 'help' }
  | { action: 'list' }
  | { action: 'add'; meeting: NewMeeting }
  | { action: 'cancel'; kind: MeetingKind; date: string }
  | { action: 'move'; kind: MeetingKind; from: string; to: Details };

export type ParsedReunion = { ok: true; command: ReunionCommand } | { ok: false; error: string };

function kindOf(token: string | undefined): MeetingKind | string {
  const kind = token ? parseMeetingKind(token) : null;
  return kind ?? (token ? REUNION_ERROR.unknownKind(token) : REUNION_ERROR.missingKind);
}

function dateOf(
  token: string | undefined,
  what: string = DATE_WHAT.date,
): { date: string } | { error: string } {
  if (!token) return { error: REUNION_ERROR.missingDate(what) };
  const date = parseFrenchDate(token);
  return date ? { date } : { error: REUNION_ERROR.invalidDate(what, token) };
}

/** "[heure] [lieu…]" after a date. */
function detailsOf(date: string, rest: string[]): { details: Details } | { error: string } {
  const details: Details = { date };
  let words = rest;
  const time = words[0] ? parseFrenchTime(words[0]) : null;
  if (time) {
    details.time = time;
    words = words.slice(1);
  } else if (words[0] && /^\d{1,2}[:hH]\d*$/.test(words[0]))
    return { error: REUNION_ERROR.invalidTime(words[0]) };
  if (words.length > 0) {
    const place = placeSchema.safeParse(words.join(' '));
    if (!place.success) return { error: REUNION_ERROR.place(place.error.issues[0]?.message) };
    details.place = place.data;
  }
  return { details };
}

/** The command's text → what to do, or a French error. */
export function parseReunionText(text: string): ParsedReunion {
  const [first, ...rest] = tokenize(text);
  const word = commandWord(first);
  if (!word || ['aide', 'help', '?', '-h', '--help'].includes(word))
    return { ok: true, command: { action: 'help' } };
  if (['liste', 'list', 'lister'].includes(word)) return { ok: true, command: { action: 'list' } };

  if (['annuler', 'supprimer', 'cancel'].includes(word)) {
    const kind = kindOf(rest[0]);
    if (kind !== 'copil' && kind !== 'pleniere') return { ok: false, error: kind };
    const at = dateOf(rest[1]);
    if ('error' in at) return { ok: false, error: at.error };
    if (rest.length > 2)
      return { ok: false, error: REUNION_ERROR.extraWords(rest.slice(2).join(' ')) };
    return { ok: true, command: { action: 'cancel', kind, date: at.date } };
  }

  if (['deplacer', 'reporter', 'decaler', 'modifier'].includes(word)) {
    const kind = kindOf(rest[0]);
    if (kind !== 'copil' && kind !== 'pleniere') return { ok: false, error: kind };
    const from = dateOf(rest[1], DATE_WHAT.from);
    if ('error' in from) return { ok: false, error: from.error };
    const to = dateOf(rest[2], DATE_WHAT.to);
    if ('error' in to) return { ok: false, error: to.error };
    const details = detailsOf(to.date, rest.slice(3));
    if ('error' in details) return { ok: false, error: details.error };
    return { ok: true, command: { action: 'move', kind, from: from.date, to: details.details } };
  }

  const kind = kindOf(first);
  if (kind !== 'copil' && kind !== 'pleniere')
    return { ok: false, error: REUNION_ERROR.unknownAction(first) };
  const at = dateOf(rest[0]);
  if ('error' in at) return { ok: false, error: at.error };
  const details = detailsOf(at.date, rest.slice(1));
  if ('error' in details) return { ok: false, error: details.error };
  return { ok: true, command: { action: 'add', meeting: { kind, ...details.details } } };
}

export function reunionHelpBlocks(): KnownBlock[] {
  return [
    header(REUNION_HELP_TITLE),
    section(REUNION_HELP_LINES.join('\n')),
    context(REUNION_HELP_FOOTER),
  ];
}

function notLinked(): CommandReply {
  const text = escapeMrkdwn(NOT_LINKED);
  return messageReply('ephemeral', text, [section(`ℹ️ ${text}`)]);
}

function listReply(clsm: Clsm, today: string): CommandReply {
  const yearAgo = `${Number(today.slice(0, 4)) - 1}${today.slice(4)}`;
  const active = clsm.meetings.filter((m) => !m.cancelled);
  const line = (m: Clsm['meetings'][number]): string => meetingListLine(m.kind, meetingWhen(m));
  const ahead = active.filter((m) => m.date >= today).map(line);
  const held = active.filter((m) => m.date < today && m.date >= yearAgo).map(line);
  const blocks: KnownBlock[] = [
    header(MEETING_LIST.title(clsm.name)),
    section(MEETING_LIST.ahead(ahead)),
    section(MEETING_LIST.held(held)),
  ];
  return messageReply(
    'ephemeral',
    escapeMrkdwn(MEETING_LIST.summary(clsm.name, ahead.length, held.length)),
    blocks,
  );
}

/** Runs /clsm-reunion; never throws for what the user typed. */
export async function clsmReunionCommand(
  ctx: CommandContext,
  deps: ClsmReunionDeps,
): Promise<CommandReply> {
  const parsed = parseReunionText(ctx.text);
  if (!parsed.ok) return errorReply([parsed.error], REUNION_HINT);
  const command = parsed.command;
  if (command.action === 'help')
    return messageReply('ephemeral', REUNION_HELP_REPLY, reunionHelpBlocks());

  const clsm = findClsmByChannel(deps.db, ctx.channelId);
  if (!clsm) return notLinked();
  const today = parisDateOf(ctx.now);
  if (command.action === 'list') return listReply(clsm, today);

  const name = `*${escapeMrkdwn(clsm.name)}*`;
  const by = byUser(ctx.userId);
  try {
    switch (command.action) {
      case 'add': {
        const m = command.meeting;
        const outcome = addMeeting(deps.db, clsm.id, m, ctx.now);
        const when = meetingWhen(m);
        const reminders = remindersWhen(
          offsetsInWords(deps.offsets ?? DEFAULT_OFFSETS),
          frenchTime(deps.postingTime ?? DEFAULT_POSTING_TIME),
        );
        const text =
          m.date < today
            ? MEETING_DONE.held(name, m.kind, when)
            : outcome === 'added'
              ? MEETING_DONE.planned(name, m.kind, when, reminders)
              : MEETING_DONE.updated(name, m.kind, when, outcome === 'restored', reminders);
        return messageReply('in_channel', text, [section(text), context(by)]);
      }
      case 'cancel': {
        cancelMeeting(deps.db, clsm.id, command.kind, command.date, ctx.now);
        const text = MEETING_DONE.cancelled(
          name,
          command.kind,
          meetingWhen({ date: command.date }),
        );
        return messageReply('in_channel', text, [section(text), context(by)]);
      }
      case 'move': {
        rescheduleMeeting(deps.db, clsm.id, command.kind, command.from, command.to, ctx.now);
        const moved = findClsmByChannel(deps.db, ctx.channelId)?.meetings.find(
          (m) => m.kind === command.kind && m.date === command.to.date,
        );
        const text = MEETING_DONE.moved(
          name,
          command.kind,
          meetingWhen({ date: command.from }),
          meetingWhen(moved ?? command.to),
        );
        return messageReply('in_channel', text, [section(text), context(by)]);
      }
    }
  } catch (error) {
    if (error instanceof RegistryError) return errorReply([error.message], REUNION_REFUSED_HINT);
    throw error;
  }
}

/** Registers /clsm-reunion with the Bolt app (called by the composition root, src/bot.ts). */
export function register(app: App, deps: SlackDeps): void {
  registerSlashCommand(app, deps, '/clsm-reunion', (ctx) =>
    clsmReunionCommand(ctx, {
      db: deps.db,
      offsets: deps.policy.offsets,
      postingTime: deps.policy.postingTime,
    }),
  );
}
