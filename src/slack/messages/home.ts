// App Home: its headings, filters, paging, the line of each meeting kind, the counts, what it
// says when no CLSM is shown, and the admins' failed reminders section.
import type { MeetingKind } from '../../knowledge/data-schema.js';
import { frenchShortDate } from '../../reminders/calendar.js';
import { meetingHeading } from '../../reminders/labels.js';

export const HOME_TITLE = 'Assistant CLSM';
export const HOME_CLSMS_TITLE = { admin: 'CLSM du registre', member: 'Les CLSM de vos canaux' };
export const HOME_MEMBER_NOTE = 'Vous voyez les CLSM des canaux dont vous êtes membre.';

export const HOME_FILTER = {
  all: 'Tous les CLSM',
  mine: 'Mes canaux',
  department: 'Département',
  allDepartments: 'Tous les départements',
  oneDepartment: (code: string): string => `Département ${code}`,
} as const;

export const HOME_PAGE = {
  previous: '◀ Précédents',
  next: 'Suivants ▶',
  position: (first: number, last: number, total: number, page: number, pages: number): string =>
    `CLSM ${first} à ${last} sur ${total} · page ${page} sur ${pages}`,
} as const;

/** One meeting kind of a CLSM: last and next dates (mrkdwn; ISO dates or undefined). */
export function meetingKindLine(kind: MeetingKind, last?: string, next?: string): string {
  return `*${meetingHeading(kind)}* : dernière réunion ${last ? frenchShortDate(last) : 'aucune'} · prochaine ${next ? frenchShortDate(next) : 'non datée'}`;
}
/** The line marked overdue, or to plan, for a period ("premier semestre 2026"). */
export const overdueLine = (line: string, period: string): string =>
  `⚠️ ${line} · *en retard (${period})*`;
export const toPlanLine = (line: string, period: string): string =>
  `${line} · _à planifier (${period})_`;

/** The CLSM's population after its name and channel. */
export const inhabitants = (count: string): string => `${count} habitants`;

/** "🔴 *2* en retard · 🟠 *1* à planifier · 🟢 *5* à jour · 8 CLSM" (marks given). */
export function countsText(
  counts: { overdue: number; toPlan: number; upToDate: number; total: number },
  marks: { overdue: string; toPlan: string; upToDate: string },
): string {
  return `${marks.overdue} *${counts.overdue}* en retard · ${marks.toPlan} *${counts.toPlan}* à planifier · ${marks.upToDate} *${counts.upToDate}* à jour · ${counts.total} CLSM`;
}

/** Why no CLSM is shown. */
export const HOME_EMPTY = {
  noClsm:
    'Aucun CLSM n’est encore enregistré. Un administrateur peut relier un canal à son CLSM avec `/clsm-config` dans ce canal.',
  channelsUnknown:
    'Je n’ai pas pu lire la liste de vos canaux auprès de Slack : rouvrez cet onglet dans un instant.',
  noneInDepartment: 'Aucun CLSM de ce département parmi ceux que vous voyez.',
  noneForAdmin: 'Aucun CLSM n’est relié aux canaux dont vous êtes membre.',
  noneForMember:
    'Aucun CLSM n’est relié aux canaux dont vous êtes membre. Rejoignez le canal de votre CLSM pour le voir ici.',
} as const;

export const HOME_FAILURES = {
  title: 'Rappels en échec (administrateurs)',
  none: 'Aucun rappel en échec. ✅',
  more: (count: number): string => `… et ${count} autres : \`/clsm-config echecs\` les liste.`,
  footer:
    'Corrigez la cause (invitez le bot dans le canal, corrigez le canal avec `/clsm-config`, les droits ou le jeton de l’application), puis « Réessayer » ou « Réessayer tout » : les rappels repartent au prochain passage s’ils sont encore d’actualité.',
} as const;
