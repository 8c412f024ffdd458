// Meetings in Slack: /clsm-reunion (help, usage errors, confirmations, the list), the reminders
// posted in a CLSM's channel, the modal their button opens and what it confirms. Meeting kinds,
// dates and periods in words come from src/reminders/labels.ts.
import type { MeetingKind } from '../../knowledge/data-schema.js';
import { MEETING_WORDS, meetingHeading } from '../../reminders/labels.js';
import { escapeMrkdwn } from '../escape.js';

// --- /clsm-reunion aide ---
export const REUNION_EXAMPLE = '`/clsm-reunion copil 14/03/2027 14:00 Mairie`';
export const REUNION_HINT = 'Tapez `/clsm-reunion aide` pour la syntaxe.';
/** The hint under a registry refusal (no such meeting, already there…). */
export const REUNION_REFUSED_HINT = `${REUNION_HINT} \`/clsm-reunion liste\` montre les réunions enregistrées.`;
export const REUNION_HELP_REPLY = 'Aide de /clsm-reunion';
export const REUNION_HELP_TITLE = '/clsm-reunion : les réunions du CLSM de ce canal';
export const REUNION_HELP_LINES: readonly string[] = [
  '• `/clsm-reunion copil 14/03/2027 14:00 Mairie` : enregistre un COPIL (heure et lieu facultatifs)',
  '• `/clsm-reunion pleniere 2027-06-20` : enregistre une assemblée plénière',
  '• `/clsm-reunion deplacer copil 14/03/2027 21/03/2027 10h` : déplace une réunion',
  '• `/clsm-reunion annuler copil 14/03/2027` : annule une réunion',
  '• `/clsm-reunion liste` : les réunions à venir et celles de l’année écoulée',
  'Une réunion datée dans le passé est enregistrée comme tenue.',
];
export const REUNION_HELP_FOOTER =
  'Dates : 14/03/2027 ou 2027-03-14. Heures : 14:00 ou 14h30. Le COPIL se réunit deux fois par an, l’assemblée plénière une fois par an (référentiel national de 2025) : le bot le rappelle dans ce canal.';

// --- /clsm-reunion usage errors (lower case: errorReply capitalises) ---
export const REUNION_ERROR = {
  unknownKind: (token: string): string =>
    `type de réunion inconnu « ${token} » : copil ou pleniere`,
  missingKind: 'type de réunion manquant : copil ou pleniere',
  /** `what`: "date" unless told (DATE_WHAT). */
  missingDate: (what: string): string => `${what} manquante (14/03/2027 ou 2027-03-14)`,
  invalidDate: (what: string, token: string): string =>
    `${what} invalide « ${token} » : 14/03/2027 ou 2027-03-14`,
  invalidTime: (token: string): string => `heure invalide « ${token} » : 14:00 ou 14h30`,
  place: (reason: string | undefined): string => `lieu : ${reason ?? 'invalide'}`,
  extraWords: (words: string): string => `mots en trop : « ${words} »`,
  unknownAction: (token: string | undefined): string =>
    `« ${token} » n’est ni un type de réunion (copil, pleniere) ni une action (liste, annuler, deplacer, aide)`,
};

/** Which date of `deplacer` is wrong or missing. */
export const DATE_WHAT = { date: 'date', from: 'date actuelle', to: 'nouvelle date' } as const;

// --- /clsm-reunion replies ---
export const NOT_LINKED =
  'Ce canal n’est relié à aucun CLSM. Un administrateur doit d’abord lancer `/clsm-config lier <identifiant> "<nom du CLSM>" <population>` dans ce canal.';

/** The list of a CLSM's meetings: `clsmName` raw (header and fallback escape it), lines mrkdwn. */
export const MEETING_LIST = {
  title: (clsmName: string): string => `Réunions : ${clsmName}`,
  ahead: (lines: readonly string[]): string =>
    `*À venir*\n${lines.length > 0 ? lines.join('\n') : `Aucune réunion prévue. Par exemple : ${REUNION_EXAMPLE}`}`,
  held: (lines: readonly string[]): string =>
    `*Tenues ces douze derniers mois*\n${lines.length > 0 ? lines.join('\n') : 'Aucune.'}`,
  summary: (clsmName: string, ahead: number, held: number): string =>
    `Réunions de ${clsmName} : ${ahead} à venir, ${held} tenue(s) ces douze derniers mois.`,
};

/** "• COPIL : 14 mars 2027 à 14 h, Mairie" (`when` raw). */
export function meetingListLine(kind: MeetingKind, when: string): string {
  return `• ${meetingHeading(kind)} : ${escapeMrkdwn(when)}`;
}

/** "Par <@U1>." under a change of the registry. */
export function byUser(userId: string): string {
  return `Par <@${userId}>.`;
}

/** When reminders come: "Rappels dans ce canal 30 jours, 7 jours … avant, à 9 h 00." */
export function remindersWhen(offsetsInWords: string, postingTime: string): string {
  return `Rappels dans ce canal ${offsetsInWords}, à ${postingTime}.`;
}

/**
 * What /clsm-reunion says of one meeting once written (mrkdwn): `name` is already mrkdwn,
 * `when` is raw. Masculine or feminine as the kind (COPIL, assemblée plénière).
 */
export const MEETING_DONE = {
  held: (name: string, kind: MeetingKind, when: string): string =>
    `✅ ${name} : ${meetingHeading(kind)} du ${escapeMrkdwn(when)} enregistré${MEETING_WORDS[kind].e} comme tenu${MEETING_WORDS[kind].e}.`,
  planned: (name: string, kind: MeetingKind, when: string, reminders: string): string =>
    `📅 ${name} : ${meetingHeading(kind)} prévu${MEETING_WORDS[kind].e} le ${escapeMrkdwn(when)}. ${reminders}`,
  updated: (
    name: string,
    kind: MeetingKind,
    when: string,
    restored: boolean,
    reminders: string,
  ): string =>
    `📅 ${name} : ${meetingHeading(kind)} du ${escapeMrkdwn(when)} ${restored ? 'rétabli' : 'mis à jour'}${MEETING_WORDS[kind].e}. ${reminders}`,
  cancelled: (name: string, kind: MeetingKind, when: string): string =>
    `🚫 ${name} : ${meetingHeading(kind)} du ${escapeMrkdwn(when)} annulé${MEETING_WORDS[kind].e} ; ses rappels ne seront pas publiés.`,
  moved: (name: string, kind: MeetingKind, from: string, to: string): string =>
    `🔁 ${name} : ${meetingHeading(kind)} du ${escapeMrkdwn(from)} déplacé${MEETING_WORDS[kind].e} au ${escapeMrkdwn(to)}. Les rappels suivent la nouvelle date.`,
  /** Posted in the CLSM's channel when someone records a date from a reminder's modal. */
  recorded: (clsmName: string, kind: MeetingKind, when: string, userId: string): string =>
    `✅ *${escapeMrkdwn(clsmName)}* : ${meetingHeading(kind)} du ${escapeMrkdwn(when)} enregistré${MEETING_WORDS[kind].e} par <@${userId}>.`,
};

// --- a reminder's button and its modal ---
export const UNKNOWN_CLSM =
  'Ce CLSM n’est plus dans le registre : demandez à un administrateur (`/clsm-config`).';

/** Said before the failure when the meeting is recorded but its confirmation is not posted. */
export const RECORDED_NOT_ANNOUNCED =
  'La réunion est enregistrée, mais je n’ai pas pu l’annoncer dans le canal du CLSM.';

export const MEETING_MODAL = {
  title: 'Date de réunion',
  submit: 'Enregistrer',
  close: 'Annuler',
  kind: 'Réunion',
  date: 'Date',
  time: 'Heure',
  place: 'Lieu',
  placePlaceholder: 'ex. Mairie, salle du conseil',
  invalid: 'valeur invalide',
  pickKind: 'choisissez COPIL ou assemblée plénière',
} as const;

/** The modal's first line: `moving` when the button was on a planned meeting. */
export function meetingModalIntro(clsmName: string, moving: boolean): string {
  return moving
    ? `*${escapeMrkdwn(clsmName)}* : nouvelle date de la réunion prévue. Une date passée compte comme réunion tenue.`
    : `*${escapeMrkdwn(clsmName)}* : date de la réunion. Une date passée compte comme réunion tenue.`;
}

// --- a reminder posted in a CLSM's channel (mrkdwn; `clsm` already mrkdwn, dates in words) ---
export const REMINDER_BUTTON = {
  change: 'Modifier la date',
  record: 'Enregistrer la date',
} as const;

export const REMINDER_TEXT = {
  upcomingHeading: (kind: MeetingKind, when: string): string =>
    `📅 ${meetingHeading(kind)} le ${when}`,
  /** `at` and `where` raw and optional ("14 h 00", "Mairie"). */
  upcoming: (clsm: string, kind: MeetingKind, when: string, at: string, where: string): string =>
    `${clsm} : ${MEETING_WORDS[kind].the} se réunit le *${when}*${at ? ` à ${at}` : ''}${where ? `, ${escapeMrkdwn(where)}` : ''}.`,
  toPlanHeading: (kind: MeetingKind, period: string): string =>
    `🗓️ ${meetingHeading(kind)} à planifier : ${period}`,
  toPlan: (clsm: string, kind: MeetingKind, thePeriod: string, from: string, to: string): string =>
    `${clsm} : ${MEETING_WORDS[kind].none} n’est encore daté${MEETING_WORDS[kind].e} sur ${thePeriod} ` +
    `(du ${from} au ${to}). Fixez sa date puis enregistrez-la avec le bouton ci-dessous.`,
  overdueHeading: (kind: MeetingKind, period: string): string =>
    `⚠️ ${meetingHeading(kind)} en retard : ${period}`,
  overdue: (clsm: string, kind: MeetingKind, thePeriod: string, to: string): string =>
    `${clsm} : ${thePeriod} se termine le *${to}* et ${MEETING_WORDS[kind].none} n’est daté${MEETING_WORDS[kind].e}.`,
  /** The rule the reminder applies, quoted with its source (raw; escaped here). */
  rule: (source: string, where: string, quote: string): string =>
    `Règle : ${escapeMrkdwn(`${source}, ${where} : « ${quote} »`)}`,
};

/** Why a reminder post failed, when Slack gives no error code (stored, shown to admins). */
export const POST_FAILURE = {
  noTs: 'réponse sans ts',
  historyTooLong: 'historique du canal trop long pour conclure',
} as const;
