// /clsm-config in Slack (registry admins): its help, usage errors and replies; the failed
// reminders' list and retry buttons (also on App Home); the weekly digest's footer.
import type { Clsm } from '../../reminders/registry-schema.js';
import { frenchShortDate } from '../../reminders/calendar.js';
import { frenchNumber } from '../../reminders/labels.js';
import { escapeMrkdwn } from '../escape.js';

export const LINK_SYNTAX = '`/clsm-config lier <identifiant> "<nom du CLSM>" <population>`';
export const CONFIG_HINT = 'Tapez `/clsm-config aide` pour la syntaxe.';
const DIGEST_SYNTAX = '`/clsm-config digest <département> [#canal | admins]`';

// --- usage errors (lower case: errorReply capitalises) ---
export const CONFIG_ERROR = {
  /** `reason`: the schema's French message. */
  name: (reason: string | undefined): string => `nom : ${reason ?? 'invalide'}`,
  notDepartment: (code: string): string =>
    `« ${code} » n’est pas un code de département (ex. 81, 2A, 971) : ${DIGEST_SYNTAX}`,
  oneDigestChannel: `un seul canal : ${DIGEST_SYNTAX}`,
  digestChannel: (target: string): string =>
    `canal « ${target} » non reconnu : choisissez-le dans la liste de Slack (#…) ou tapez la commande dans le canal lui-même`,
  oneRetryChannel: 'un seul canal à la fois : `/clsm-config reessayer #canal`',
  retryChannel: (target: string): string =>
    `canal « ${target} » non reconnu : choisissez-le dans la liste de Slack (#…), donnez l’identifiant du CLSM, ou tapez \`/clsm-config reessayer\` dans le canal lui-même`,
  missingId: `identifiant manquant : ${LINK_SYNTAX}`,
  id: (id: string, reason: string | undefined): string =>
    `identifiant « ${id} » : ${reason ?? 'invalide'}`,
  missingPopulation: `population manquante : ${LINK_SYNTAX}`,
  population: (typed: string): string => `population invalide « ${typed} » : un nombre d’habitants`,
  missingClsmName: `nom du CLSM manquant : ${LINK_SYNTAX}`,
  missingName: 'nom manquant : `/clsm-config nom "CLSM de l’Albigeois"`',
  populationAlone: 'population manquante ou invalide : `/clsm-config population 83000`',
  retireId: 'un identifiant de CLSM attendu : `/clsm-config retirer albigeois`',
  unknownAction: (first: string | undefined): string =>
    `action inconnue « ${first} » : lier, nom, population, voir, echecs, reessayer, digest, retirer ou aide`,
  unknownClsm: (id: string): string => `aucun CLSM « ${id} » dans le registre`,
  notLinked: `ce canal n’est relié à aucun CLSM : ${LINK_SYNTAX}`,
};

// --- /clsm-config aide ---
export const CONFIG_HELP_REPLY = 'Aide de /clsm-config';
export const CONFIG_HELP_TITLE = '/clsm-config : relier ce canal à un CLSM (administrateurs)';
export const CONFIG_HELP_LINES: readonly string[] = [
  `• ${escapeMrkdwn(LINK_SYNTAX)} : relie ce canal au CLSM (créé s’il n’existe pas), avec son nom et la population de son territoire ; les rappels de réunion seront publiés ici`,
  '• `/clsm-config nom "CLSM de l’Albigeois"` : renomme le CLSM de ce canal',
  '• `/clsm-config population 83000` : change sa population',
  '• `/clsm-config voir` : affiche le CLSM relié à ce canal',
  '• `/clsm-config echecs` : les rappels qui ne sont pas partis, avec la raison (bot retiré d’un canal, canal archivé, droits, Slack injoignable plus de 24 h…)',
  '• `/clsm-config reessayer [#canal]` : une fois la cause corrigée, remet en file tous les rappels en échec du canal (ce canal par défaut)',
  '• `/clsm-config digest 81 [#canal]` : le point hebdomadaire du département (lundi 9h00) sera publié dans ce canal ; `digest 81 admins` : envoyé aux administrateurs en message direct ; `digest` : où va chaque point',
  '• `/clsm-config retirer albigeois` : retire le CLSM albigeois (dissous, fusionné…) : plus aucun rappel, son historique est conservé ; `lier` le réactive',
];
export const CONFIG_HELP_FOOTER =
  'L’identifiant est en minuscules, sans accents ni espaces (ex. albigeois). Les autres champs (département, coordonnateur, personnes concernées et aidants au COPIL) se règlent par `npx clsm registry import`.';

export const ADMINS_ONLY =
  'Seuls les administrateurs du registre des CLSM peuvent utiliser /clsm-config (variable CLSM_ADMINS). Demandez à l’un d’eux de relier ce canal à votre CLSM ; `/clsm-reunion` reste ouvert à tous.';

// --- voir, nom, population ---
export const CLSM_SHOWN = 'CLSM relié à ce canal';
export const CLSM_CHANGED = '✅ Modification enregistrée';

/** A CLSM as /clsm-config voir shows it (mrkdwn). */
export function describeClsm(clsm: Clsm): string {
  const unknown = 'non renseigné';
  const people =
    clsm.copilIncludesPeopleAndCarers === undefined
      ? unknown
      : clsm.copilIncludesPeopleAndCarers
        ? 'oui'
        : 'non';
  return [
    `*${escapeMrkdwn(clsm.name)}* (\`${clsm.id}\`)`,
    `• Canal : <#${clsm.channel}>`,
    `• Population : ${frenchNumber(clsm.population)} habitants`,
    `• Département : ${clsm.department ?? unknown}`,
    `• Coordonnateur : ${clsm.coordinator ? `<@${clsm.coordinator}>` : unknown}`,
    `• Personnes concernées et aidants au COPIL : ${people}`,
    `• Réunions enregistrées : ${clsm.meetings.filter((m) => !m.cancelled).length}`,
    ...(clsm.retired
      ? [`• Retiré le ${frenchShortDate(clsm.retired)} : plus aucun rappel n’est publié`]
      : []),
  ].join('\n');
}

// --- lier, retirer ---
/** The channel is linked (`name` raw; `previousChannel`: where it was linked before). */
export function linkedText(
  link: { id: string; name: string; population: number },
  outcome: { created: boolean; previousChannel?: string | null },
): string {
  const moved = outcome.previousChannel ? ` (il était relié à <#${outcome.previousChannel}>)` : '';
  return `🔗 Ce canal est relié au CLSM *${escapeMrkdwn(link.name)}* (\`${link.id}\`, ${frenchNumber(link.population)} habitants)${outcome.created ? ', créé à l’instant' : moved}. Les rappels de ses réunions seront publiés ici.`;
}
export const LINKED_FOOTER =
  'Le bot doit être membre du canal pour y publier : `/invite @CLSM` s’il n’y est pas. Enregistrez les réunions avec `/clsm-reunion`.';

export function retiredText(clsm: { id: string; name: string }): string {
  return `🗄️ CLSM *${escapeMrkdwn(clsm.name)}* (\`${clsm.id}\`) retiré : plus aucun rappel de réunion ne sera publié pour lui. Ses réunions et l’historique des rappels sont conservés.`;
}
export function retiredFooter(id: string): string {
  return `Pour le réactiver : \`/clsm-config lier ${id} "<nom>" <population>\` dans son canal, ou un import du registre sans le champ « retired ».`;
}

// --- digest ---
export const DIGEST_TO_ADMINS = 'administrateurs, en message direct';
export const NO_DEPARTMENT =
  'Aucun département : renseignez le département des CLSM (`npx clsm registry import`).';
export function digestSettingsText(lines: readonly string[]): string {
  return `Point hebdomadaire des CLSM, le lundi à 9h00 (jour ouvré suivant si férié) :\n${lines.join('\n')}`;
}
export function digestToAdminsText(department: string): string {
  return `Le point hebdomadaire du département ${department} sera envoyé aux administrateurs en message direct.`;
}
export function digestToChannelText(department: string, channel: string): string {
  return `Le point hebdomadaire du département ${department} sera publié dans <#${channel}> chaque lundi à 9h00 (jour ouvré suivant si férié).`;
}
export const BOT_MUST_BE_MEMBER =
  'Le bot doit être membre du canal : `/invite @CLSM` s’il n’y est pas.';
/** Under the weekly digest posted in Slack. */
export const DIGEST_FOOTER =
  '`/clsm-config digest <département> #canal` choisit le canal de ce point ; `npx clsm digest --department <code>` le produit en ligne de commande.';

// --- failed reminders (echecs, reessayer; App Home's admin section) ---
export const NO_FAILURE = 'Aucun rappel en échec.';
export const FAILURES_TITLE = 'Rappels en échec';
export function failureCount(count: number): string {
  return `${count} rappel(s) en échec.`;
}
export function moreFailures(count: number): string {
  return `… et ${count} autres.`;
}
export const FAILURES_FOOTER =
  'Corrigez la cause (`/invite @CLSM` dans le canal, autre canal avec `/clsm-config lier`, droits ou jeton de l’application), puis « Réessayer tout » ou `/clsm-config reessayer #canal`.';
export const RETRY_BUTTON = 'Réessayer';
export function retryAllButton(clsm: string): string {
  return `Réessayer tout · ${clsm}`;
}
export function noFailureIn(channel: string): string {
  return `Aucun rappel en échec pour <#${channel}>.`;
}
/** After /clsm-config reessayer. */
export function channelRetried(count: number, channel: string): string {
  return `🔁 ${count} rappel(s) de <#${channel}> remis en file : ils repartent au prochain passage (jours ouvrés, à partir de 9h00) s’ils sont encore d’actualité.`;
}
/** After a "Réessayer tout" button under /clsm-config echecs. */
export function channelRetriedByButton(count: number, channel: string): string {
  return `🔁 ${count} rappel(s) de <#${channel}> remis en file : ils repartent au prochain passage s’ils sont encore d’actualité.`;
}
