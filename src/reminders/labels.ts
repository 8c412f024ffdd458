// The reminders' French: words for meetings and periods, failure reasons, the CLSM status
// sentences of the welcome message, and the weekly digest's wording. Shared by every surface
// (Slack, CLI, store errors); sentences take their variable parts as arguments.
import type { MeetingKind } from '../knowledge/data-schema.js';
import { frenchDateInWords, frenchShortDate, frenchTime, type IsoDate } from './calendar.js';
import type { Period, ReminderPolicy } from './policy.js';
import { formatCount } from '../text/numbers.js';
import type { ErrorCode } from 'yaml';

export interface MeetingWords {
  /** "COPIL", "assemblée plénière" */
  name: string;
  /** "le COPIL", "l’assemblée plénière" */
  the: string;
  /** "un COPIL", "une assemblée plénière" */
  a: string;
  /** "aucun COPIL", "aucune assemblée plénière" */
  none: string;
  /** agreement of a past participle: "" or "e" */
  e: string;
}

export const MEETING_WORDS: Record<MeetingKind, MeetingWords> = {
  copil: { name: 'COPIL', the: 'le COPIL', a: 'un COPIL', none: 'aucun COPIL', e: '' },
  pleniere: {
    name: 'assemblée plénière',
    the: 'l’assemblée plénière',
    a: 'une assemblée plénière',
    none: 'aucune assemblée plénière',
    e: 'e',
  },
};

/** "COPIL", "Assemblée plénière": a heading's first word. */
export function meetingHeading(kind: MeetingKind): string {
  const { name } = MEETING_WORDS[kind];
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/** "premier semestre 2026", "second semestre 2026", "année 2026", "période 3 de 2026". */
export function periodLabel(period: { year: number; index: number; perYear: number }): string {
  if (period.perYear === 1) return `année ${period.year}`;
  if (period.perYear === 2)
    return `${period.index === 1 ? 'premier' : 'second'} semestre ${period.year}`;
  return `période ${period.index} de ${period.year}`;
}

/** "le premier semestre 2026", "l’année 2026". */
export function thePeriod(period: { year: number; index: number; perYear: number }): string {
  const label = periodLabel(period);
  return period.perYear === 1 ? `l’${label}` : period.perYear === 2 ? `le ${label}` : `la ${label}`;
}

const SLACK_REASONS: Readonly<Record<string, string>> = {
  not_in_channel: 'le bot n’est pas (ou plus) membre du canal',
  channel_not_found: 'canal introuvable (supprimé, ou privé sans le bot)',
  is_archived: 'canal archivé',
  restricted_action: 'publication interdite dans ce canal (réglages de l’espace de travail)',
  missing_scope: 'autorisation manquante pour l’application (à réinstaller avec les bons droits)',
  invalid_auth: 'jeton du bot refusé (SLACK_BOT_TOKEN à vérifier)',
  not_authed: 'jeton du bot absent (SLACK_BOT_TOKEN à vérifier)',
  token_revoked: 'jeton du bot révoqué (application désinstallée ?)',
  token_expired: 'jeton du bot expiré',
  account_inactive: 'compte du bot désactivé',
  invalid_blocks: 'message refusé par Slack (mise en forme invalide)',
  msg_too_long: 'message trop long pour Slack',
  no_permission: 'droits insuffisants pour publier',
  ratelimited: 'Slack a limité le débit',
};

/** Why Slack refused a reminder (its error code), in words for admins. */
export function failureReason(code: string): string {
  return SLACK_REASONS[code] ?? `refus de Slack (${code})`;
}

/**
 * Why a reminder was not posted, from the ledger's reason and last error: a Slack refusal,
 * retries run out, or expired while failing.
 */
export function failureText(reason: string | null, lastError: string | null): string {
  const last = lastError && lastError !== reason ? failureReason(lastError) : null;
  switch (reason) {
    case 'retries_exhausted':
      return `Slack injoignable ou en erreur depuis plus de 24 h${last ? ` (dernière erreur : ${last})` : ''}`;
    case 'expired':
      return `plus d’actualité avant d’avoir pu être publié${last ? ` (dernière erreur : ${last})` : ''}`;
    case null:
      return last ?? 'raison inconnue';
    default:
      return failureReason(reason);
  }
}

/** What a failed reminder was about (the ledger's facts; the core does not know the store). */
export interface FailureFacts {
  meeting: MeetingKind;
  type: 'upcoming' | 'to-plan' | 'overdue';
  meetingDate: string | null;
  offsetDays: number | null;
  /** "2026-S1", "2026" */
  period: string | null;
}

/** "2026-S1" → its label ("premier semestre 2026"); anything else as is. */
export function periodIdLabel(id: string): string {
  const match = /^(\d{4})(?:-([SP])(\d+))?$/.exec(id);
  if (!match) return id;
  const year = Number(match[1]);
  if (!match[2]) return periodLabel({ year, index: 1, perYear: 1 });
  return periodLabel({ year, index: Number(match[3]), perYear: match[2] === 'S' ? 2 : 3 });
}

/** "COPIL du 12/03/2026, rappel J-7", "COPIL à planifier, premier semestre 2026". */
export function failureSubject(f: FailureFacts): string {
  const kind = meetingHeading(f.meeting);
  if (f.type === 'upcoming')
    return `${kind} du ${f.meetingDate ? frenchShortDate(f.meetingDate) : '?'}, rappel J-${f.offsetDays ?? '?'}`;
  const period = f.period ? `, ${periodIdLabel(f.period)}` : '';
  return `${kind} ${f.type === 'to-plan' ? 'à planifier' : 'en retard'}${period}`;
}

/** "jeudi 14 mars 2027 à 14h00, Mairie d’Albi" (plain text: escape it for mrkdwn). */
export function meetingWhen(m: {
  date: string;
  time?: string | undefined;
  place?: string | undefined;
}): string {
  const at = m.time ? ` à ${frenchTime(m.time)}` : '';
  return `${frenchDateInWords(m.date)}${at}${m.place ? `, ${m.place}` : ''}`;
}

/** "30, 7 et 1 jours avant" → "J-30, J-7 et J-1". */
export function offsetsInWords(offsets: readonly number[]): string {
  const parts = offsets.map((o) => `J-${o}`);
  return parts.length <= 1
    ? (parts[0] ?? '')
    : `${parts.slice(0, -1).join(', ')} et ${parts.at(-1)}`;
}

/** "83 000" (French grouping). */
export function frenchNumber(n: number): string {
  return new Intl.NumberFormat('fr-FR').format(n);
}

/** A meeting as the sentences tell it. */
export interface MeetingFacts {
  date: string;
  time?: string | undefined;
  place?: string | undefined;
}

/** A kind's state as status.ts computes it: its period, the meetings around it, overdue or not. */
export interface KindState {
  kind: MeetingKind;
  period: Period;
  /** The first meeting of the kind dated in the current period (past or to come). */
  inPeriod: MeetingFacts | null;
  last: MeetingFacts | null;
  /** The next meeting of the kind, today or later. */
  next: MeetingFacts | null;
  /** Its period's "overdue" reminder is in force: nothing dated and the overdue day passed. */
  overdue: boolean;
}

/**
 * One sentence per kind: "COPIL : prochain le jeudi 12 mars 2026 à 14h00, Mairie d’Albi.",
 * "COPIL : aucun COPIL n’est daté pour le second semestre 2026, en retard (la période se
 * termine le jeudi 31 décembre 2026)." Plain text (escape it for mrkdwn).
 */
export function kindSentence(s: KindState): string {
  const words = MEETING_WORDS[s.kind];
  const head = `${meetingHeading(s.kind)} : `;
  const last = s.last ? ` Dernière réunion : ${frenchShortDate(s.last.date)}.` : '';
  if (s.inPeriod && s.next && s.next.date <= s.period.end)
    return `${head}prochain${words.e} le ${meetingWhen(s.next)}.${last}`;
  if (s.inPeriod)
    return `${head}réuni${words.e} le ${frenchShortDate(s.inPeriod.date)} pour ${thePeriod(s.period)}${s.next ? ` ; suivant${words.e} le ${meetingWhen(s.next)}` : ''}.`;
  const state = s.overdue
    ? `en retard (la période se termine le ${frenchDateInWords(s.period.end)})`
    : `à planifier avant le ${frenchDateInWords(s.period.end)}`;
  return `${head}${words.none} n’est daté${words.e} pour ${thePeriod(s.period)}, ${state}.${last}`;
}

/** The welcome posted when a channel is linked: where the CLSM stands, then what will come. */
export function welcomeLines(
  clsmName: string,
  kinds: readonly KindState[],
  policy: Pick<ReminderPolicy, 'postingTime' | 'offsets'>,
): string[] {
  return [
    `Voici où en sont les réunions de « ${clsmName} » :`,
    ...kinds.map(kindSentence),
    `Les rappels suivront dans ce canal, les jours ouvrés à partir de ${policy.postingTime.replace(':', 'h')} : ${offsetsInWords(policy.offsets)} avant chaque réunion, et en début de période quand aucune n’est datée.`,
  ];
}

/** The weekly digest's words: title, intro, and each section's heading, line and empty line. */
export const DIGEST_WORDS = {
  title: (department: string): string => `Point hebdomadaire des CLSM du département ${department}`,
  intro: (asOf: IsoDate, clsmCount: number, department: string): string =>
    `Au ${frenchShortDate(asOf)} : ${clsmCount} CLSM suivi(s) dans le département ${department}.`,
  overdue: {
    heading: 'Réunions en retard',
    line: (clsmName: string, kind: MeetingKind, period: string): string =>
      `${clsmName} : ${MEETING_WORDS[kind].none} daté${MEETING_WORDS[kind].e} pour ${period}`,
    none: 'Aucune réunion en retard.',
  },
  upcoming: {
    heading: (days: number): string => `Réunions des ${days} prochains jours`,
    line: (clsmName: string, kind: MeetingKind, when: string): string =>
      `${clsmName} : ${meetingHeading(kind)} le ${when}`,
    none: (days: number): string => `Aucune réunion dans les ${days} prochains jours.`,
  },
  unplanned: {
    heading: 'CLSM sans réunion datée ce semestre',
    line: (clsmName: string, halfYear: string): string =>
      `${clsmName} : aucune réunion datée pour le ${halfYear}`,
    none: 'Chaque CLSM a au moins une réunion datée ce semestre.',
  },
  failures: {
    heading: 'Rappels en échec',
    line: (clsm: string, subject: string, why: string): string => `${clsm} : ${subject} : ${why}`,
    none: 'Aucun rappel en échec.',
  },
} as const;

/** "nom trop long (150 caractères au plus)" */
const tooLong = (what: string, max: number): string =>
  `${what} trop long (${max} caractères au plus)`;

/** What is wrong in a registry file, field by field (`clsm registry import`; admins read it). */
export const REGISTRY_ERRORS = {
  idQuoted: 'identifiant attendu entre guillemets (ex. id: "2024")',
  idText: 'identifiant attendu (texte)',
  idFormat: 'identifiant attendu en minuscules sans accents, chiffres et tirets (ex. albigeois)',
  idTooLong: (max: number): string => tooLong('identifiant', max),
  channel: 'identifiant de canal Slack attendu (ex. C0123ABCD)',
  user: 'identifiant d’utilisateur Slack attendu (ex. U0123ABCD)',
  nameText: 'nom attendu (texte)',
  nameEmpty: 'le nom ne peut pas être vide',
  nameTooLong: (max: number): string => tooLong('nom', max),
  populationWhole: 'nombre entier d’habitants attendu',
  populationPositive: 'la population doit être supérieure à zéro',
  populationImplausible: (max: number): string =>
    `population invraisemblable (${formatCount(max)} habitants au plus)`,
  department: 'code de département attendu (ex. "81", "2A")',
  departmentCode: 'code de département attendu (ex. "81", "2A", "971")',
  date: 'date attendue au format AAAA-MM-JJ (ex. 2026-03-12)',
  dateExists: 'date attendue au format AAAA-MM-JJ, et qui existe (ex. 2026-03-12)',
  timeQuoted: 'heure attendue entre guillemets au format HH:MM (ex. "14:00")',
  timeFormat: 'heure attendue au format HH:MM (ex. "14:00")',
  placeText: 'lieu attendu (texte)',
  placeEmpty: 'le lieu ne peut pas être vide',
  placeTooLong: (max: number): string => tooLong('lieu', max),
  meetingKind: (kinds: readonly string[]): string =>
    `type de réunion attendu : ${kinds.join(' ou ')}`,
  boolean: 'true ou false attendu',
  meetings: 'liste de réunions attendue',
  duplicateMeeting: (kind: string, date: string): string =>
    `réunion en double : ${kind} du ${date}`,
  clsms: 'liste « clsms » attendue',
  noClsms: 'le fichier doit contenir une liste « clsms »',
  idUsedBy: (entry: number): string => `identifiant déjà utilisé par l’entrée n° ${entry}`,
  channelUsedBy: (entry: number): string => `canal déjà lié à l’entrée n° ${entry}`,
  invalid: 'registre invalide',
  unknownField: 'champ inconnu',
  /** Where the fault is: "entrée n° 2 (albigeois), champ « meetings[0].date »", "le fichier". */
  file: 'le fichier',
  fileField: (path: string): string => `le fichier, champ « ${path} »`,
  entry: (entry: number, id: string | null, field: string): string =>
    `entrée n° ${entry}${id === null ? '' : ` (${id})`}${field ? `, champ « ${field} »` : ''}`,
  /** "entrée n° 2 (albigeois), champ « date » : date attendue au format AAAA-MM-JJ …" */
  at: (where: string, problem: string): string => `${where} : ${problem}`,
} as const;

const YAML_CODES: Partial<Record<ErrorCode, string>> = {
  BAD_ALIAS: 'référence (alias *…) vers une ancre inconnue',
  BAD_DQ_ESCAPE: 'séquence d’échappement invalide entre guillemets',
  BAD_INDENT: 'indentation incohérente ou crochet mal fermé',
  BLOCK_AS_IMPLICIT_KEY: 'bloc utilisé comme clé',
  BLOCK_IN_FLOW: 'bloc à l’intérieur de crochets ou d’accolades',
  DUPLICATE_KEY: 'champ en double',
  KEY_OVER_1024_CHARS: 'clé trop longue (1 024 caractères au plus)',
  MISSING_CHAR: 'caractère manquant (guillemet, crochet, accolade ou deux-points)',
  MULTILINE_IMPLICIT_KEY: 'clé sur plusieurs lignes (deux-points manquant ?)',
  MULTIPLE_DOCS: 'plusieurs documents (« --- ») : un seul registre par fichier',
  NON_STRING_KEY: 'clé qui n’est pas un texte',
  RESOURCE_EXHAUSTION: 'structure imbriquée trop profonde',
  TAB_AS_INDENT: 'tabulation utilisée pour indenter (des espaces sont attendus)',
  TAG_RESOLVE_FAILED: 'étiquette de type (!…) inconnue',
  UNEXPECTED_TOKEN: 'caractère inattendu',
};

/** Why a registry file is not readable YAML (the parser's own messages are English). */
export const YAML_ERRORS = {
  unreadable: (at: { line: number; col: number } | undefined, what: string): string =>
    `YAML illisible${at ? ` (ligne ${at.line}, colonne ${at.col})` : ''} : ${what}`,
  syntax: 'syntaxe invalide',
  tooManyAliases: (max: number): string =>
    `YAML refusé : trop de références (alias *…) à développer, ${max} au plus`,
  tooDeep: 'YAML refusé : structure imbriquée trop profonde',
  /** What each YAML error code means. */
  codes: YAML_CODES,
} as const;
