// Every French sentence the store says: registry refusals (shown to admins as is) and why the
// database cannot be used (shown to the operator at start-up and by the CLI).
import type { MeetingKind } from '../knowledge/data-schema.js';
import { frenchShortDate } from '../reminders/calendar.js';
import { MEETING_WORDS } from '../reminders/labels.js';

export function unknownClsm(id: string): string {
  return `CLSM inconnu : ${id}`;
}

export function channelTaken(channel: string, owner: { id: string; name: string }): string {
  return `le canal ${channel} est déjà lié au CLSM « ${owner.name} » (${owner.id})`;
}

export function alreadyRetired(name: string, id: string, since: string): string {
  return `le CLSM « ${name} » (${id}) est déjà retiré depuis le ${frenchShortDate(since)}`;
}

/** "aucun COPIL prévu le 12/03/2026 pour ce CLSM" */
export function noMeetingThatDay(kind: MeetingKind, date: string): string {
  const words = MEETING_WORDS[kind];
  return `${words.none} prévu${words.e} le ${frenchShortDate(date)} pour ce CLSM`;
}

/** "un COPIL est déjà prévu le 12/03/2026" */
export function meetingAlreadyThatDay(kind: MeetingKind, date: string): string {
  const words = MEETING_WORDS[kind];
  return `${words.a} est déjà prévu${words.e} le ${frenchShortDate(date)}`;
}

/** An import that would take the channel of a CLSM the file leaves untouched. */
export function channelOfClsmOutsideFile(entry: number, id: string, owner: string): string {
  return `entrée n° ${entry} (${id}), champ « channel » : canal déjà lié au CLSM ${owner}, absent du fichier`;
}

const RESTORE =
  'arrêtez le bot, restaurez la dernière sauvegarde (README, « Backing up the database ») et supprimez les fichiers -wal et -shm laissés à côté, puis relancez';

/** Why the database at `path` cannot be used (`detail`: SQLite's words), and what to do. */
export const DATABASE_PROBLEMS = {
  notWritable: (path: string, detail: string): string =>
    `la base ${path} n’est pas accessible en écriture (${detail}) : donnez à l’utilisateur du bot le droit d’écrire le fichier et son dossier (fichiers -wal et -shm compris), ou vérifiez que le disque n’est pas monté en lecture seule`,
  diskFull: (path: string, detail: string): string =>
    `le disque de la base ${path} est plein (${detail}) : libérez de la place puis relancez`,
  damaged: (path: string, detail: string): string =>
    `la base ${path} est endommagée (${detail}) : ${RESTORE}`,
  failsIntegrityCheck: (path: string, problems: string): string =>
    `la base ${path} est endommagée (contrôle d’intégrité : ${problems}) : ${RESTORE}`,
  unusable: (path: string, detail: string): string =>
    `la base ${path} est inutilisable (${detail})`,
  newerSchema: (path: string, found: number, known: number): string =>
    `la base ${path} est au schéma ${found}, plus récent que celui de ce programme (${known}) : mettez clsm-bot à jour`,
} as const;
