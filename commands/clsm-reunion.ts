// /clsm-reunion: record, move, cancel and list the meetings of the CLSM linked to the channel.
//   /clsm-reunion copil 14/03/2027 14:00 Mairie d'Albi      /clsm-reunion pleniere 2027-06-20
//   /clsm-reunion deplacer copil 14/03/2027 21/03/2027 [heure] [lieu]
//   /clsm-reunion annuler copil 14/03/2027                  /clsm-reunion liste | aide
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
import {
  MEETING_WORDS,
  meetingHeading,
  meetingWhen,
  offsetsInWords,
} from '../src/reminders/labels.js';
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

const EXAMPLE = '`/clsm-reunion copil 14/03/2027 14:00 Mairie`';
const HINT = 'Tapez `/clsm-reunion aide` pour la syntaxe.';

function kindOf(token: string | undefined): MeetingKind | string {
  const kind = token ? parseMeetingKind(token) : null;
  return (
    kind ??
    (token
      ? `type de réunion inconnu « ${token} » : copil ou pleniere`
      : 'type de réunion manquant : copil ou pleniere')
  );
}

function dateOf(token: string | undefined, what = 'date'): { date: string } | { error: string } {
  if (!token) return { error: `${what} manquante (14/03/2027 ou 2027-03-14)` };
  const date = parseFrenchDate(token);
  return date ? { date } : { error: `${what} invalide « ${token} » : 14/03/2027 ou 2027-03-14` };
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
    return { error: `heure invalide « ${words[0]} » : 14:00 ou 14h30` };
  if (words.length > 0) {
    const place = placeSchema.safeParse(words.join(' '));
    if (!place.success) return { error: `lieu : ${place.error.issues[0]?.message ?? 'invalide'}` };
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
      return { ok: false, error: `mots en trop : « ${rest.slice(2).join(' ')} »` };
    return { ok: true, command: { action: 'cancel', kind, date: at.date } };
  }

  if (['deplacer', 'reporter', 'decaler', 'modifier'].includes(word)) {
    const kind = kindOf(rest[0]);
    if (kind !== 'copil' && kind !== 'pleniere') return { ok: false, error: kind };
    const from = dateOf(rest[1], 'date actuelle');
    if ('error' in from) return { ok: false, error: from.error };
    const to = dateOf(rest[2], 'nouvelle date');
    if ('error' in to) return { ok: false, error: to.error };
    const details = detailsOf(to.date, rest.slice(3));
    if ('error' in details) return { ok: false, error: details.error };
    return { ok: true, command: { action: 'move', kind, from: from.date, to: details.details } };
  }

  const kind = kindOf(first);
  if (kind !== 'copil' && kind !== 'pleniere')
    return {
      ok: false,
      error: `« ${first} » n’est ni un type de réunion (copil, pleniere) ni une action (liste, annuler, deplacer, aide)`,
    };
  const at = dateOf(rest[0]);
  if ('error' in at) return { ok: false, error: at.error };
  const details = detailsOf(at.date, rest.slice(1));
  if ('error' in details) return { ok: false, error: details.error };
  return { ok: true, command: { action: 'add', meeting: { kind, ...details.details } } };
}

export function reunionHelpBlocks(): KnownBlock[] {
  return [
    header('/clsm-reunion : les réunions du CLSM de ce canal'),
    section(
      [
        '• `/clsm-reunion copil 14/03/2027 14:00 Mairie` : enregistre un COPIL (heure et lieu facultatifs)',
        '• `/clsm-reunion pleniere 2027-06-20` : enregistre une assemblée plénière',
        '• `/clsm-reunion deplacer copil 14/03/2027 21/03/2027 10h` : déplace une réunion',
        '• `/clsm-reunion annuler copil 14/03/2027` : annule une réunion',
        '• `/clsm-reunion liste` : les réunions à venir et celles de l’année écoulée',
        'Une réunion datée dans le passé est enregistrée comme tenue.',
      ].join('\n'),
    ),
    context(
      'Dates : 14/03/2027 ou 2027-03-14. Heures : 14:00 ou 14h30. Le COPIL se réunit deux fois par an, l’assemblée plénière une fois par an (référentiel national de 2025) : le bot le rappelle dans ce canal.',
    ),
  ];
}

function notLinked(): CommandReply {
  const text = escapeMrkdwn(
    'Ce canal n’est relié à aucun CLSM. Un administrateur doit d’abord lancer `/clsm-config lier <identifiant> "<nom du CLSM>" <population>` dans ce canal.',
  );
  return messageReply('ephemeral', text, [section(`ℹ️ ${text}`)]);
}

function listReply(clsm: Clsm, today: string): CommandReply {
  const yearAgo = `${Number(today.slice(0, 4)) - 1}${today.slice(4)}`;
  const active = clsm.meetings.filter((m) => !m.cancelled);
  const line = (m: Clsm['meetings'][number]): string =>
    `• ${meetingHeading(m.kind)} : ${escapeMrkdwn(meetingWhen(m))}`;
  const ahead = active.filter((m) => m.date >= today).map(line);
  const held = active.filter((m) => m.date < today && m.date >= yearAgo).map(line);
  const blocks: KnownBlock[] = [
    header(`Réunions : ${clsm.name}`),
    section(
      `*À venir*\n${ahead.length > 0 ? ahead.join('\n') : `Aucune réunion prévue. Par exemple : ${EXAMPLE}`}`,
    ),
    section(`*Tenues ces douze derniers mois*\n${held.length > 0 ? held.join('\n') : 'Aucune.'}`),
  ];
  return messageReply(
    'ephemeral',
    escapeMrkdwn(
      `Réunions de ${clsm.name} : ${ahead.length} à venir, ${held.length} tenue(s) ces douze derniers mois.`,
    ),
    blocks,
  );
}

/** Runs /clsm-reunion; never throws for what the user typed. */
export async function clsmReunionCommand(
  ctx: CommandContext,
  deps: ClsmReunionDeps,
): Promise<CommandReply> {
  const parsed = parseReunionText(ctx.text);
  if (!parsed.ok) return errorReply([parsed.error], HINT);
  const command = parsed.command;
  if (command.action === 'help')
    return messageReply('ephemeral', 'Aide de /clsm-reunion', reunionHelpBlocks());

  const clsm = findClsmByChannel(deps.db, ctx.channelId);
  if (!clsm) return notLinked();
  const today = parisDateOf(ctx.now);
  if (command.action === 'list') return listReply(clsm, today);

  const name = `*${escapeMrkdwn(clsm.name)}*`;
  const by = `Par <@${ctx.userId}>.`;
  try {
    switch (command.action) {
      case 'add': {
        const m = command.meeting;
        const outcome = addMeeting(deps.db, clsm.id, m, ctx.now);
        const e = MEETING_WORDS[m.kind].e;
        const kind = meetingHeading(m.kind);
        const when = escapeMrkdwn(meetingWhen(m));
        const reminders = `Rappels dans ce canal ${offsetsInWords(deps.offsets ?? DEFAULT_OFFSETS)}, à ${frenchTime(deps.postingTime ?? DEFAULT_POSTING_TIME)}.`;
        const text =
          m.date < today
            ? `✅ ${name} : ${kind} du ${when} enregistré${e} comme tenu${e}.`
            : outcome === 'added'
              ? `📅 ${name} : ${kind} prévu${e} le ${when}. ${reminders}`
              : `📅 ${name} : ${kind} du ${when} ${outcome === 'restored' ? 'rétabli' : 'mis à jour'}${e}. ${reminders}`;
        return messageReply('in_channel', text, [section(text), context(by)]);
      }
      case 'cancel': {
        cancelMeeting(deps.db, clsm.id, command.kind, command.date, ctx.now);
        const e = MEETING_WORDS[command.kind].e;
        const text = `🚫 ${name} : ${meetingHeading(command.kind)} du ${escapeMrkdwn(meetingWhen({ date: command.date }))} annulé${e} ; ses rappels ne seront pas publiés.`;
        return messageReply('in_channel', text, [section(text), context(by)]);
      }
      case 'move': {
        rescheduleMeeting(deps.db, clsm.id, command.kind, command.from, command.to, ctx.now);
        const moved = findClsmByChannel(deps.db, ctx.channelId)?.meetings.find(
          (m) => m.kind === command.kind && m.date === command.to.date,
        );
        const e = MEETING_WORDS[command.kind].e;
        const text = `🔁 ${name} : ${meetingHeading(command.kind)} du ${escapeMrkdwn(meetingWhen({ date: command.from }))} déplacé${e} au ${escapeMrkdwn(meetingWhen(moved ?? command.to))}. Les rappels suivent la nouvelle date.`;
        return messageReply('in_channel', text, [section(text), context(by)]);
      }
    }
  } catch (error) {
    if (error instanceof RegistryError)
      return errorReply(
        [error.message],
        `${HINT} \`/clsm-reunion liste\` montre les réunions enregistrées.`,
      );
    throw error;
  }
}
