// /clsm-config (registry admins only): link the channel to a CLSM, rename it, set its population,
// show it, list the reminders Slack refused.
//   /clsm-config lier albigeois "CLSM de l'Albigeois" 83000
//   /clsm-config nom "CLSM de l'Albigeois"   /clsm-config population 83 000
//   /clsm-config voir | echecs | aide
//   /clsm-config retirer albigeois   (no more reminders for it; its history is kept)
//   /clsm-config reessayer [#canal | identifiant]   (every failed reminder of a channel)
//   /clsm-config digest [<département> [#canal | admins]]   (where the weekly digest goes)
import type { App } from '@slack/bolt';
import type { SlackDeps } from '../src/slack/deps.js';
import { registerSlashCommand } from '../src/slack/listeners/commands.js';
import type { KnownBlock } from '@slack/types';
import { commandWord, parsePopulation, tokenize } from '../src/reminders/input.js';
import { parisDateOf } from '../src/reminders/calendar.js';
import {
  clsmIdSchema,
  clsmNameSchema,
  departmentSchema,
  type Clsm,
} from '../src/reminders/registry-schema.js';
import {
  clearDigestChannel,
  listDepartments,
  listDigestSettings,
  setDigestChannel,
} from '../src/store/digests.js';
import type { Db } from '../src/store/db.js';
import {
  RegistryError,
  findClsmByChannel,
  linkClsm,
  getClsm,
  retireClsm,
  setClsmName,
  setPopulation,
} from '../src/store/registry.js';
import { listFailed, retryFailedInChannel } from '../src/store/sent-reminders.js';
import type { ReminderPolicy } from '../src/reminders/policy.js';
import { coverByWelcome } from '../src/services/scheduler.js';
import { clsmStatus, welcomeSentences } from '../src/reminders/status.js';
import { failureLine, retryChannelBlocks } from '../src/slack/blocks/failures.js';
import { context, escapeMrkdwn, header, section } from '../src/slack/blocks/kit.js';
import {
  ADMINS_ONLY,
  BOT_MUST_BE_MEMBER,
  CLSM_CHANGED,
  CLSM_SHOWN,
  CONFIG_ERROR,
  CONFIG_HELP_FOOTER,
  CONFIG_HELP_LINES,
  CONFIG_HELP_REPLY,
  CONFIG_HELP_TITLE,
  CONFIG_HINT,
  DIGEST_TO_ADMINS,
  FAILURES_FOOTER,
  FAILURES_TITLE,
  LINKED_FOOTER,
  NO_DEPARTMENT,
  NO_FAILURE,
  channelRetried,
  describeClsm,
  digestSettingsText,
  digestToAdminsText,
  digestToChannelText,
  failureCount,
  linkedText,
  moreFailures,
  noFailureIn,
  retiredFooter,
  retiredText,
} from '../src/slack/messages/config.js';
import {
  errorReply,
  messageReply,
  type CommandContext,
  type CommandReply,
} from '../src/slack/reply.js';

export interface ClsmConfigDeps {
  db: Db;
  /** Slack user ids allowed to configure (CLSM_ADMINS). */
  admins: ReadonlySet<string> | readonly string[];
  /** The reminder policy: with it, linking a channel posts the CLSM's state as a welcome. */
  policy?: ReminderPolicy;
}

export type ConfigCommand =
  | { action: 'help' }
  | { action: 'show' }
  | { action: 'failures' }
  /** Retry a channel's failed reminders: a channel id, a CLSM id, or null (this channel). */
  | { action: 'retry'; channel: string | null; clsm: string | null }
  /** No département: list; channel null: this channel; 'admins': back to the admins by DM. */
  | { action: 'digest'; department: string | null; channel: string | null | 'admins' }
  | { action: 'link'; id: string; name: string; population: number }
  | { action: 'rename'; name: string }
  | { action: 'population'; population: number }
  | { action: 'retire'; id: string };

export type ParsedConfig = { ok: true; command: ConfigCommand } | { ok: false; error: string };

const MAX_FAILURES = 20;

/** A channel as Slack sends it in a command's text (`<#C123|nom>`, `<#C123>`) or its id. */
export function channelRef(text: string): string | null {
  const match =
    /^<#([CG][A-Z0-9]{2,})(?:\|[^>]*)?>$/.exec(text) ?? /^([CG][A-Z0-9]{8,})$/.exec(text);
  return match?.[1] ?? null;
}

function nameOf(words: string[]): { name: string } | { error: string } {
  const parsed = clsmNameSchema.safeParse(words.join(' '));
  return parsed.success
    ? { name: parsed.data }
    : { error: CONFIG_ERROR.name(parsed.error.issues[0]?.message) };
}

/** The command's text → what to do, or a French error. */
export function parseConfigText(text: string): ParsedConfig {
  const [first, ...rest] = tokenize(text);
  const word = commandWord(first);
  if (!word || ['aide', 'help', '?', '-h', '--help'].includes(word))
    return { ok: true, command: { action: 'help' } };
  if (['voir', 'afficher', 'show'].includes(word)) return { ok: true, command: { action: 'show' } };
  if (['echecs', 'echec', 'erreurs'].includes(word))
    return { ok: true, command: { action: 'failures' } };
  if (['digest', 'point', 'hebdo'].includes(word)) {
    const [code, target, ...extra] = rest;
    if (!code) return { ok: true, command: { action: 'digest', department: null, channel: null } };
    const department = departmentSchema.safeParse(code);
    if (!department.success) return { ok: false, error: CONFIG_ERROR.notDepartment(code) };
    if (extra.length > 0) return { ok: false, error: CONFIG_ERROR.oneDigestChannel };
    if (!target)
      return {
        ok: true,
        command: { action: 'digest', department: department.data, channel: null },
      };
    if (['admins', 'administrateurs', 'aucun'].includes(commandWord(target)))
      return {
        ok: true,
        command: { action: 'digest', department: department.data, channel: 'admins' },
      };
    const channel = channelRef(target);
    if (!channel) return { ok: false, error: CONFIG_ERROR.digestChannel(target) };
    return { ok: true, command: { action: 'digest', department: department.data, channel } };
  }
  if (['reessayer', 'retry', 'relancer'].includes(word)) {
    const [target, ...extra] = rest;
    if (extra.length > 0) return { ok: false, error: CONFIG_ERROR.oneRetryChannel };
    if (!target) return { ok: true, command: { action: 'retry', channel: null, clsm: null } };
    const channel = channelRef(target);
    if (channel) return { ok: true, command: { action: 'retry', channel, clsm: null } };
    if (clsmIdSchema.safeParse(target).success)
      return { ok: true, command: { action: 'retry', channel: null, clsm: target } };
    return { ok: false, error: CONFIG_ERROR.retryChannel(target) };
  }

  if (['lier', 'relier', 'link'].includes(word)) {
    const [id, ...tail] = rest;
    if (!id) return { ok: false, error: CONFIG_ERROR.missingId };
    const parsedId = clsmIdSchema.safeParse(id);
    if (!parsedId.success)
      return { ok: false, error: CONFIG_ERROR.id(id, parsedId.error.issues[0]?.message) };
    // The population is the trailing number ("83000", or "83 000" typed as two words).
    let cut = tail.length;
    while (cut > 0 && /^[\d\u00a0\u202f.]+$/.test(tail[cut - 1] ?? '')) cut -= 1;
    if (cut === tail.length) return { ok: false, error: CONFIG_ERROR.missingPopulation };
    const population = parsePopulation(tail.slice(cut).join(' '));
    if (population === null)
      return { ok: false, error: CONFIG_ERROR.population(tail.slice(cut).join(' ')) };
    if (cut === 0) return { ok: false, error: CONFIG_ERROR.missingClsmName };
    const name = nameOf(tail.slice(0, cut));
    if ('error' in name) return { ok: false, error: name.error };
    return {
      ok: true,
      command: { action: 'link', id: parsedId.data, name: name.name, population },
    };
  }
  if (word === 'nom') {
    if (rest.length === 0) return { ok: false, error: CONFIG_ERROR.missingName };
    const name = nameOf(rest);
    return 'error' in name
      ? { ok: false, error: name.error }
      : { ok: true, command: { action: 'rename', name: name.name } };
  }
  if (word === 'population') {
    const population = parsePopulation(rest.join(' '));
    return population === null
      ? { ok: false, error: CONFIG_ERROR.populationAlone }
      : { ok: true, command: { action: 'population', population } };
  }
  if (['retirer', 'retire'].includes(word)) {
    const [id, ...extra] = rest;
    if (!id || extra.length > 0) return { ok: false, error: CONFIG_ERROR.retireId };
    const parsedId = clsmIdSchema.safeParse(id);
    if (!parsedId.success)
      return { ok: false, error: CONFIG_ERROR.id(id, parsedId.error.issues[0]?.message) };
    return { ok: true, command: { action: 'retire', id: parsedId.data } };
  }
  return { ok: false, error: CONFIG_ERROR.unknownAction(first) };
}

export function configHelpBlocks(): KnownBlock[] {
  return [
    header(CONFIG_HELP_TITLE),
    section(CONFIG_HELP_LINES.join('\n')),
    context(CONFIG_HELP_FOOTER),
  ];
}

function failuresReply(db: Db): CommandReply {
  const failed = listFailed(db);
  if (failed.length === 0)
    return messageReply('ephemeral', NO_FAILURE, [section(`✅ ${NO_FAILURE}`)]);
  const lines = failed.slice(0, MAX_FAILURES).map((f) => `• ${failureLine(f)}`);
  const more = failed.length > MAX_FAILURES ? moreFailures(failed.length - MAX_FAILURES) : '';
  return messageReply('ephemeral', failureCount(failed.length), [
    header(FAILURES_TITLE),
    section([...lines, more].filter(Boolean).join('\n')),
    ...retryChannelBlocks(failed),
    context(FAILURES_FOOTER),
  ]);
}

/** The CLSM's state, told once instead of the reminders it makes pointless (then superseded). */
function welcomeBlocks(db: Db, clsm: Clsm, policy: ReminderPolicy, now: Date): KnownBlock[] {
  coverByWelcome(db, clsm, policy, now);
  const [intro, ...rest] = welcomeSentences(clsmStatus(clsm, policy, now), policy);
  const kinds = rest.slice(0, -1).map((line) => `• ${escapeMrkdwn(line)}`);
  return [
    section([`👋 ${escapeMrkdwn(intro ?? '')}`, ...kinds].join('\n')),
    context(escapeMrkdwn(rest.at(-1) ?? '')),
  ];
}

function digestReply(
  db: Db,
  command: Extract<ConfigCommand, { action: 'digest' }>,
  ctx: CommandContext,
): CommandReply {
  if (command.department === null) {
    const settings = new Map(listDigestSettings(db).map((s) => [s.department, s.channel]));
    const departments = [...new Set([...listDepartments(db), ...settings.keys()])].sort();
    const lines = departments.map((d) => {
      const channel = settings.get(d);
      return `• ${d} : ${channel ? `<#${channel}>` : DIGEST_TO_ADMINS}`;
    });
    const text = lines.length === 0 ? NO_DEPARTMENT : digestSettingsText(lines);
    return messageReply('ephemeral', text, [section(text)]);
  }
  const department = command.department;
  if (command.channel === 'admins') {
    clearDigestChannel(db, department);
    const text = digestToAdminsText(department);
    return messageReply('ephemeral', text, [section(`✅ ${text}`)]);
  }
  const channel = command.channel ?? ctx.channelId;
  setDigestChannel(db, department, channel, ctx.userId, ctx.now);
  const text = digestToChannelText(department, channel);
  return messageReply('ephemeral', text, [section(`✅ ${text}`), context(BOT_MUST_BE_MEMBER)]);
}

function retryReply(db: Db, channel: string, now: Date): CommandReply {
  const count = retryFailedInChannel(db, channel, now);
  const text = count === 0 ? noFailureIn(channel) : channelRetried(count, channel);
  return messageReply('ephemeral', text, [section(text)]);
}

/** Runs /clsm-config; refuses non-admins (nothing written); never throws for what the user typed. */
export async function clsmConfigCommand(
  ctx: CommandContext,
  deps: ClsmConfigDeps,
): Promise<CommandReply> {
  const admins = deps.admins instanceof Set ? deps.admins : new Set(deps.admins);
  if (!admins.has(ctx.userId)) {
    return messageReply('ephemeral', ADMINS_ONLY, [section(`🔒 ${ADMINS_ONLY}`)]);
  }
  const parsed = parseConfigText(ctx.text);
  if (!parsed.ok) return errorReply([parsed.error], CONFIG_HINT);
  const command = parsed.command;
  try {
    switch (command.action) {
      case 'help':
        return messageReply('ephemeral', CONFIG_HELP_REPLY, configHelpBlocks());
      case 'failures':
        return failuresReply(deps.db);
      case 'digest':
        return digestReply(deps.db, command, ctx);
      case 'retry': {
        if (command.clsm) {
          const clsm = getClsm(deps.db, command.clsm);
          if (!clsm) return errorReply([CONFIG_ERROR.unknownClsm(command.clsm)], CONFIG_HINT);
          return retryReply(deps.db, clsm.channel, ctx.now);
        }
        return retryReply(deps.db, command.channel ?? ctx.channelId, ctx.now);
      }
      case 'link': {
        const { created, previousChannel } = linkClsm(
          deps.db,
          {
            id: command.id,
            name: command.name,
            population: command.population,
            channel: ctx.channelId,
          },
          ctx.now,
        );
        const text = linkedText(command, { created, previousChannel });
        const clsm = getClsm(deps.db, command.id);
        const welcome =
          deps.policy && clsm && (created || previousChannel)
            ? welcomeBlocks(deps.db, clsm, deps.policy, ctx.now)
            : [];
        return messageReply('in_channel', text, [
          section(text),
          ...welcome,
          context(LINKED_FOOTER),
        ]);
      }
      case 'retire': {
        const clsm = retireClsm(deps.db, command.id, parisDateOf(ctx.now), ctx.now);
        const text = retiredText(clsm);
        return messageReply('ephemeral', text, [section(text), context(retiredFooter(clsm.id))]);
      }
      case 'show':
      case 'rename':
      case 'population': {
        const clsm = findClsmByChannel(deps.db, ctx.channelId);
        if (!clsm) return errorReply([CONFIG_ERROR.notLinked], CONFIG_HINT);
        if (command.action === 'rename') setClsmName(deps.db, clsm.id, command.name, ctx.now);
        if (command.action === 'population')
          setPopulation(deps.db, clsm.id, command.population, ctx.now);
        const now = findClsmByChannel(deps.db, ctx.channelId) ?? clsm;
        const title = command.action === 'show' ? CLSM_SHOWN : CLSM_CHANGED;
        return messageReply('ephemeral', escapeMrkdwn(`${title} : ${now.name}`), [
          section(`${title}\n${describeClsm(now)}`),
        ]);
      }
    }
  } catch (error) {
    if (error instanceof RegistryError) return errorReply([error.message], CONFIG_HINT);
    throw error;
  }
}

/** Registers /clsm-config with the Bolt app (called by the composition root, src/bot.ts). */
export function register(app: App, deps: SlackDeps): void {
  registerSlashCommand(app, deps, '/clsm-config', (ctx) =>
    clsmConfigCommand(ctx, { db: deps.db, admins: deps.admins, policy: deps.policy }),
  );
}
