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
import { frenchNumber } from '../src/reminders/labels.js';
import { frenchShortDate, parisDateOf } from '../src/reminders/calendar.js';
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

const LINK_SYNTAX = '`/clsm-config lier <identifiant> "<nom du CLSM>" <population>`';
const HINT = 'Tapez `/clsm-config aide` pour la syntaxe.';
const DIGEST_SYNTAX = '`/clsm-config digest <département> [#canal | admins]`';
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
    : { error: `nom : ${parsed.error.issues[0]?.message ?? 'invalide'}` };
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
    if (!department.success)
      return {
        ok: false,
        error: `« ${code} » n’est pas un code de département (ex. 81, 2A, 971) : ${DIGEST_SYNTAX}`,
      };
    if (extra.length > 0) return { ok: false, error: `un seul canal : ${DIGEST_SYNTAX}` };
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
    if (!channel)
      return {
        ok: false,
        error: `canal « ${target} » non reconnu : choisissez-le dans la liste de Slack (#…) ou tapez la commande dans le canal lui-même`,
      };
    return { ok: true, command: { action: 'digest', department: department.data, channel } };
  }
  if (['reessayer', 'retry', 'relancer'].includes(word)) {
    const [target, ...extra] = rest;
    if (extra.length > 0)
      return { ok: false, error: 'un seul canal à la fois : `/clsm-config reessayer #canal`' };
    if (!target) return { ok: true, command: { action: 'retry', channel: null, clsm: null } };
    const channel = channelRef(target);
    if (channel) return { ok: true, command: { action: 'retry', channel, clsm: null } };
    if (clsmIdSchema.safeParse(target).success)
      return { ok: true, command: { action: 'retry', channel: null, clsm: target } };
    return {
      ok: false,
      error: `canal « ${target} » non reconnu : choisissez-le dans la liste de Slack (#…), donnez l’identifiant du CLSM, ou tapez \`/clsm-config reessayer\` dans le canal lui-même`,
    };
  }

  if (['lier', 'relier', 'link'].includes(word)) {
    const [id, ...tail] = rest;
    if (!id) return { ok: false, error: `identifiant manquant : ${LINK_SYNTAX}` };
    const parsedId = clsmIdSchema.safeParse(id);
    if (!parsedId.success)
      return {
        ok: false,
        error: `identifiant « ${id} » : ${parsedId.error.issues[0]?.message ?? 'invalide'}`,
      };
    // The population is the trailing number ("83000", or "83 000" typed as two words).
    let cut = tail.length;
    while (cut > 0 && /^[\d\u00a0\u202f.]+$/.test(tail[cut - 1] ?? '')) cut -= 1;
    if (cut === tail.length) return { ok: false, error: `population manquante : ${LINK_SYNTAX}` };
    const population = parsePopulation(tail.slice(cut).join(' '));
    if (population === null)
      return {
        ok: false,
        error: `population invalide « ${tail.slice(cut).join(' ')} » : un nombre d’habitants`,
      };
    if (cut === 0) return { ok: false, error: `nom du CLSM manquant : ${LINK_SYNTAX}` };
    const name = nameOf(tail.slice(0, cut));
    if ('error' in name) return { ok: false, error: name.error };
    return {
      ok: true,
      command: { action: 'link', id: parsedId.data, name: name.name, population },
    };
  }
  if (word === 'nom') {
    if (rest.length === 0)
      return { ok: false, error: 'nom manquant : `/clsm-config nom "CLSM de l’Albigeois"`' };
    const name = nameOf(rest);
    return 'error' in name
      ? { ok: false, error: name.error }
      : { ok: true, command: { action: 'rename', name: name.name } };
  }
  if (word === 'population') {
    const population = parsePopulation(rest.join(' '));
    return population === null
      ? { ok: false, error: 'population manquante ou invalide : `/clsm-config population 83000`' }
      : { ok: true, command: { action: 'population', population } };
  }
  if (['retirer', 'retire'].includes(word)) {
    const [id, ...extra] = rest;
    if (!id || extra.length > 0)
      return {
        ok: false,
        error: 'un identifiant de CLSM attendu : `/clsm-config retirer albigeois`',
      };
    const parsedId = clsmIdSchema.safeParse(id);
    if (!parsedId.success)
      return {
        ok: false,
        error: `identifiant « ${id} » : ${parsedId.error.issues[0]?.message ?? 'invalide'}`,
      };
    return { ok: true, command: { action: 'retire', id: parsedId.data } };
  }
  return {
    ok: false,
    error: `action inconnue « ${first} » : lier, nom, population, voir, echecs, reessayer, digest, retirer ou aide`,
  };
}

export function configHelpBlocks(): KnownBlock[] {
  return [
    header('/clsm-config : relier ce canal à un CLSM (administrateurs)'),
    section(
      [
        `• ${escapeMrkdwn(LINK_SYNTAX)} : relie ce canal au CLSM (créé s’il n’existe pas), avec son nom et la population de son territoire ; les rappels de réunion seront publiés ici`,
        '• `/clsm-config nom "CLSM de l’Albigeois"` : renomme le CLSM de ce canal',
        '• `/clsm-config population 83000` : change sa population',
        '• `/clsm-config voir` : affiche le CLSM relié à ce canal',
        '• `/clsm-config echecs` : les rappels qui ne sont pas partis, avec la raison (bot retiré d’un canal, canal archivé, droits, Slack injoignable plus de 24 h…)',
        '• `/clsm-config reessayer [#canal]` : une fois la cause corrigée, remet en file tous les rappels en échec du canal (ce canal par défaut)',
        '• `/clsm-config digest 81 [#canal]` : le point hebdomadaire du département (lundi 9h00) sera publié dans ce canal ; `digest 81 admins` : envoyé aux administrateurs en message direct ; `digest` : où va chaque point',
        '• `/clsm-config retirer albigeois` : retire le CLSM albigeois (dissous, fusionné…) : plus aucun rappel, son historique est conservé ; `lier` le réactive',
      ].join('\n'),
    ),
    context(
      'L’identifiant est en minuscules, sans accents ni espaces (ex. albigeois). Les autres champs (département, coordonnateur, personnes concernées et aidants au COPIL) se règlent par `npx clsm registry import`.',
    ),
  ];
}

function describe(clsm: Clsm): string {
  const people =
    clsm.copilIncludesPeopleAndCarers === undefined
      ? 'non renseigné'
      : clsm.copilIncludesPeopleAndCarers
        ? 'oui'
        : 'non';
  return [
    `*${escapeMrkdwn(clsm.name)}* (\`${clsm.id}\`)`,
    `• Canal : <#${clsm.channel}>`,
    `• Population : ${frenchNumber(clsm.population)} habitants`,
    `• Département : ${clsm.department ?? 'non renseigné'}`,
    `• Coordonnateur : ${clsm.coordinator ? `<@${clsm.coordinator}>` : 'non renseigné'}`,
    `• Personnes concernées et aidants au COPIL : ${people}`,
    `• Réunions enregistrées : ${clsm.meetings.filter((m) => !m.cancelled).length}`,
    ...(clsm.retired
      ? [`• Retiré le ${frenchShortDate(clsm.retired)} : plus aucun rappel n’est publié`]
      : []),
  ].join('\n');
}

function failuresReply(db: Db): CommandReply {
  const failed = listFailed(db);
  if (failed.length === 0)
    return messageReply('ephemeral', 'Aucun rappel en échec.', [
      section('✅ Aucun rappel en échec.'),
    ]);
  const lines = failed.slice(0, MAX_FAILURES).map((f) => `• ${failureLine(f)}`);
  const more = failed.length > MAX_FAILURES ? `… et ${failed.length - MAX_FAILURES} autres.` : '';
  return messageReply('ephemeral', `${failed.length} rappel(s) en échec.`, [
    header('Rappels en échec'),
    section([...lines, more].filter(Boolean).join('\n')),
    ...retryChannelBlocks(failed),
    context(
      'Corrigez la cause (`/invite @CLSM` dans le canal, autre canal avec `/clsm-config lier`, droits ou jeton de l’application), puis « Réessayer tout » ou `/clsm-config reessayer #canal`.',
    ),
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
      return `• ${d} : ${channel ? `<#${channel}>` : 'administrateurs, en message direct'}`;
    });
    const text =
      lines.length === 0
        ? 'Aucun département : renseignez le département des CLSM (`npx clsm registry import`).'
        : `Point hebdomadaire des CLSM, le lundi à 9h00 (jour ouvré suivant si férié) :\n${lines.join('\n')}`;
    return messageReply('ephemeral', text, [section(text)]);
  }
  const department = command.department;
  if (command.channel === 'admins') {
    clearDigestChannel(db, department);
    const text = `Le point hebdomadaire du département ${department} sera envoyé aux administrateurs en message direct.`;
    return messageReply('ephemeral', text, [section(`✅ ${text}`)]);
  }
  const channel = command.channel ?? ctx.channelId;
  setDigestChannel(db, department, channel, ctx.userId, ctx.now);
  const text = `Le point hebdomadaire du département ${department} sera publié dans <#${channel}> chaque lundi à 9h00 (jour ouvré suivant si férié).`;
  return messageReply('ephemeral', text, [
    section(`✅ ${text}`),
    context('Le bot doit être membre du canal : `/invite @CLSM` s’il n’y est pas.'),
  ]);
}

function retryReply(db: Db, channel: string, now: Date): CommandReply {
  const count = retryFailedInChannel(db, channel, now);
  const text =
    count === 0
      ? `Aucun rappel en échec pour <#${channel}>.`
      : `🔁 ${count} rappel(s) de <#${channel}> remis en file : ils repartent au prochain passage (jours ouvrés, à partir de 9h00) s’ils sont encore d’actualité.`;
  return messageReply('ephemeral', text, [section(text)]);
}

/** Runs /clsm-config; refuses non-admins (nothing written); never throws for what the user typed. */
export async function clsmConfigCommand(
  ctx: CommandContext,
  deps: ClsmConfigDeps,
): Promise<CommandReply> {
  const admins = deps.admins instanceof Set ? deps.admins : new Set(deps.admins);
  if (!admins.has(ctx.userId)) {
    const text =
      'Seuls les administrateurs du registre des CLSM peuvent utiliser /clsm-config (variable CLSM_ADMINS). Demandez à l’un d’eux de relier ce canal à votre CLSM ; `/clsm-reunion` reste ouvert à tous.';
    return messageReply('ephemeral', text, [section(`🔒 ${text}`)]);
  }
  const parsed = parseConfigText(ctx.text);
  if (!parsed.ok) return errorReply([parsed.error], HINT);
  const command = parsed.command;
  try {
    switch (command.action) {
      case 'help':
        return messageReply('ephemeral', 'Aide de /clsm-config', configHelpBlocks());
      case 'failures':
        return failuresReply(deps.db);
      case 'digest':
        return digestReply(deps.db, command, ctx);
      case 'retry': {
        if (command.clsm) {
          const clsm = getClsm(deps.db, command.clsm);
          if (!clsm) return errorReply([`aucun CLSM « ${command.clsm} » dans le registre`], HINT);
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
        const moved = previousChannel ? ` (il était relié à <#${previousChannel}>)` : '';
        const text = `🔗 Ce canal est relié au CLSM *${escapeMrkdwn(command.name)}* (\`${command.id}\`, ${frenchNumber(command.population)} habitants)${created ? ', créé à l’instant' : moved}. Les rappels de ses réunions seront publiés ici.`;
        const clsm = getClsm(deps.db, command.id);
        const welcome =
          deps.policy && clsm && (created || previousChannel)
            ? welcomeBlocks(deps.db, clsm, deps.policy, ctx.now)
            : [];
        return messageReply('in_channel', text, [
          section(text),
          ...welcome,
          context(
            'Le bot doit être membre du canal pour y publier : `/invite @CLSM` s’il n’y est pas. Enregistrez les réunions avec `/clsm-reunion`.',
          ),
        ]);
      }
      case 'retire': {
        const clsm = retireClsm(deps.db, command.id, parisDateOf(ctx.now), ctx.now);
        const text = `🗄️ CLSM *${escapeMrkdwn(clsm.name)}* (\`${clsm.id}\`) retiré : plus aucun rappel de réunion ne sera publié pour lui. Ses réunions et l’historique des rappels sont conservés.`;
        return messageReply('ephemeral', text, [
          section(text),
          context(
            `Pour le réactiver : \`/clsm-config lier ${clsm.id} "<nom>" <population>\` dans son canal, ou un import du registre sans le champ « retired ».`,
          ),
        ]);
      }
      case 'show':
      case 'rename':
      case 'population': {
        const clsm = findClsmByChannel(deps.db, ctx.channelId);
        if (!clsm) return errorReply([`ce canal n’est relié à aucun CLSM : ${LINK_SYNTAX}`], HINT);
        if (command.action === 'rename') setClsmName(deps.db, clsm.id, command.name, ctx.now);
        if (command.action === 'population')
          setPopulation(deps.db, clsm.id, command.population, ctx.now);
        const now = findClsmByChannel(deps.db, ctx.channelId) ?? clsm;
        const title =
          command.action === 'show' ? 'CLSM relié à ce canal' : '✅ Modification enregistrée';
        return messageReply('ephemeral', escapeMrkdwn(`${title} : ${now.name}`), [
          section(`${title}\n${describe(now)}`),
        ]);
      }
    }
  } catch (error) {
    if (error instanceof RegistryError) return errorReply([error.message], HINT);
    throw error;
  }
}

/** Registers /clsm-config with the Bolt app (called by the composition root, src/bot.ts). */
export function register(app: App, deps: SlackDeps): void {
  registerSlashCommand(app, deps, '/clsm-config', (ctx) =>
    clsmConfigCommand(ctx, { db: deps.db, admins: deps.admins, policy: deps.policy }),
  );
}
