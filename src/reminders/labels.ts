// French words for meetings and periods, shared by every surface (Slack, CLI, store errors).
import type { MeetingKind } from '../knowledge/data-schema.js';
import { frenchDateInWords, frenchTime } from './calendar.js';

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

/** Why Slack refused a reminder for good, in words for admins. */
export function failureReason(code: string): string {
  switch (code) {
    case 'not_in_channel':
      return 'le bot n’est pas (ou plus) membre du canal';
    case 'channel_not_found':
      return 'canal introuvable (supprimé, ou privé sans le bot)';
    case 'is_archived':
      return 'canal archivé';
    default:
      return `refus de Slack (${code})`;
  }
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
