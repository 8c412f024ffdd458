// Every French sentence the `clsm` command prints: usage lines, usage errors, and the headings
// and lines of its text renderers. Answers, dossier verdicts, digests and reminder labels come
// from the core (src/search, src/rules, src/reminders) and are printed as they are.

/** Before each usage error on stderr, as in Slack. */
export function errorLine(message: string): string {
  return `Erreur : ${message}`;
}

/** A quote or a question between French quotation marks. */
export function quoted(text: string): string {
  return `« ${text} »`;
}

// --- clsm, clsm --help ---
export const CLI_HELP = `clsm : l'assistant des conseils locaux de santé mentale (CLSM)

Usage :
  clsm ask "question"            répond à une question sur les textes (--json, --jsonl)
  clsm check --population N ...  vérifie un dossier de labellisation (--help pour le détail)
  clsm registry import FICHIER   importe le registre des CLSM (YAML) ; export : l'exporte
  clsm reminders plan --from AAAA-MM-JJ --to AAAA-MM-JJ [--json]
  clsm reminders failures [--json]   rappels qui ne sont pas partis, avec la raison
  clsm digest --department 81 [--json]   point hebdomadaire des CLSM d'un département
  clsm report [--json]           indicateurs de l'instruction de 2025 sur le registre
  clsm feedback export [--json]  avis 👍/👎 laissés dans Slack

Base de données : variable CLSM_DB (par défaut data/clsm.sqlite).`;

export function unknownCommand(name: string): string {
  return `commande inconnue « ${name} ». Tapez « clsm --help ».`;
}

/** Each subcommand's usage line (printed by --help and after its usage errors). */
export const USAGE = {
  ask: 'usage : clsm ask "votre question" [--json] | clsm ask --entry ID [--json] | clsm ask --jsonl < questions.txt',
  check:
    'usage : clsm check --population N [--coordination EUR] [--actions EUR] [--pieces id,id,...] [--cosigned] [--separate-coordinator] [--json]',
  digest:
    'usage : clsm digest --department CODE [--date AAAA-MM-JJ] [--json]   (ex. --department 81)',
  feedback: 'usage : clsm feedback export [--json]',
  registry:
    'usage : clsm registry import FICHIER.yml (ou - pour l’entrée standard) | clsm registry export | clsm registry retire IDENTIFIANT',
  reminders:
    'usage : clsm reminders plan --from AAAA-MM-JJ --to AAAA-MM-JJ [--json] | clsm reminders failures [--json]',
  report: 'usage : clsm report [--json]',
} as const;

// --- options and arguments (node:util parseArgs's errors, said in French) ---
export const ARGS_ERROR = {
  unknownOption: (option: string): string => `option inconnue « ${option} »`,
  unexpectedArgument: (word: string): string =>
    `argument inattendu « ${word} » : cette commande ne prend que des options`,
  takesNoValue: (option: string): string => `l’option « ${option} » ne prend pas de valeur`,
  dashValue: (option: string, next: string): string =>
    `valeur de « ${option} » commençant par un tiret (« ${next} ») : écrivez ${option}=${next} si c’est bien la valeur voulue`,
  missingValue: (option: string): string => `valeur manquante pour l’option « ${option} »`,
  invalid: 'option invalide',
  unknownAction: (action: string, usage: string): string =>
    `action inconnue « ${action} ». ${usage}`,
  extraArguments: (rest: readonly string[], usage: string): string =>
    `arguments en trop : ${rest.join(' ')}. ${usage}`,
};

// --- clsm ask ---
export const ASK_ERROR = {
  jsonlTakesNoQuestion: `--jsonl lit les questions sur l'entrée standard. ${USAGE.ask}`,
  entryTakesNoQuestion: `--entry ne prend pas de question. ${USAGE.ask}`,
  unknownEntry: (id: string): string => `aucune entrée « ${id} » dans la base.`,
  noQuestion: `aucune question. ${USAGE.ask}`,
};

// --- clsm check ---
/** `clsm check --help`: the usage, then the piece ids. */
export function checkHelp(pieceIds: readonly string[]): string {
  return `${USAGE.check}\nPièces : ${pieceIds.join(', ')}`;
}

// --- the database (CLSM_DB) ---
export function databaseNotFound(path: string): string {
  return `base de données introuvable : ${path} (variable CLSM_DB). Vérifiez le chemin ; « clsm registry import FICHIER » crée la base.`;
}
export function databaseUnreadable(path: string, detail: string): string {
  return errorLine(`impossible d’ouvrir la base ${path} (${detail})`);
}

// --- dates and départements ---
/** "--date : date invalide « 2026-13-01 », attendu AAAA-MM-JJ" (`option` without its dashes). */
export function invalidDate(option: string, value: string): string {
  return `--${option} : date invalide « ${value} », attendu AAAA-MM-JJ`;
}
export function missingOption(option: string, usage: string): string {
  return `--${option} manquant. ${usage}`;
}
export function notDepartment(value: string): string {
  return `--department : « ${value} » n’est pas un code de département (ex. 81, 2A, 971)`;
}

// --- clsm reminders ---
export const REMINDERS_ERROR = {
  fromToWithPlan: `--from et --to vont avec plan. ${USAGE.reminders}`,
  fromAfterTo: (from: string, to: string): string => `--from (${from}) est après --to (${to})`,
  windowTooLong: 'fenêtre trop longue : dix ans au plus',
};

// --- clsm registry ---
export const REGISTRY_TEXT = {
  fileNotFound: (file: string): string => `fichier introuvable : ${file}`,
  unreadable: (file: string, code: string): string => `lecture impossible de ${file} (${code})`,
  missingFile: `fichier manquant. ${USAGE.registry}`,
  refused: (file: string, reason: string): string => `${file} : ${reason} (rien n’a été importé)`,
  imported: (clsms: number, meetings: number): string =>
    `Registre importé : ${clsms} CLSM, ${meetings} réunion(s).`,
  missingId: `identifiant du CLSM manquant. ${USAGE.registry}`,
  invalidId: (id: string, reason: string | undefined): string =>
    `identifiant « ${id} » : ${reason ?? 'invalide'}`,
  /** `date`: already in words ("12/03/2026"). */
  retired: (clsm: { id: string; name: string }, date: string): string =>
    `CLSM « ${clsm.name} » (${clsm.id}) retiré le ${date} : plus aucun rappel ne sera publié pour lui ; ses réunions et l’historique des rappels sont conservés.`,
};

// --- clsm feedback export ---
export const FEEDBACK_TEXT = {
  head: (total: number, up: number): string =>
    `Avis sur les réponses : ${total} (👍 ${up}, 👎 ${total - up})`,
  entries: (ids: readonly string[]): string =>
    `entrées : ${ids.length > 0 ? ids.join(', ') : 'aucune'}`,
};

// --- renderers: an answer, a dossier ---
export const SOURCES_HEADING = 'Sources :';
export function clarifyHint(ids: readonly string[]): string {
  return `Pour l'une de ces réponses : clsm ask --entry ${ids.join(' | ')}`;
}
export function seeAlsoLine(titles: readonly string[]): string {
  return `Voir aussi : ${titles.join(' ; ')}`;
}

export const DOSSIER_TEXT = {
  /** `population`: already formatted ("55 000"). */
  title: (title: string, population: string): string =>
    `${title} – territoire de ${population} habitants`,
  /** `ceiling`: formatted euros, or null when no ceiling applies. */
  ceiling: (ceiling: string | null, verdict: string): string =>
    `Plafond : ${ceiling ?? 'aucun'} · ${verdict}`,
  requested: (requested: string): string => `Total demandé : ${requested}`,
  pieces: 'Pièces requises :',
  notes: 'À noter :',
};

// --- renderers: reminders, failures, the registry report ---
export const PLAN_TEXT = {
  head: (from: string, to: string, count: number): string =>
    `Rappels prévus du ${from} au ${to} : ${count}`,
  upcoming: (kind: string, date: string, offset: number | string): string =>
    `${kind} du ${date} (J-${offset})`,
  toPlan: (kind: string, period: string): string => `${kind} à planifier, ${period}`,
  overdue: (kind: string, period: string): string => `${kind} en retard, ${period}`,
};

export const FAILURES_TEXT = {
  none: 'Aucun rappel en échec.',
  head: (count: number): string => `Rappels en échec : ${count}`,
  footer:
    'Une fois la cause corrigée : /clsm-config reessayer #canal dans Slack, ou « Réessayer tout » dans l’accueil de l’application.',
};

/** `clsm report` (shares already written "3 / 5 (60 %)"). */
export const REPORT_TEXT = {
  title: (asOf: string): string =>
    `Indicateurs de l’instruction DGS du 13 mai 2025 sur le registre, au ${asOf}`,
  clsms: (count: number): string => `CLSM : ${count}`,
  population: (count: string): string => `Population couverte : ${count} habitants`,
  peopleAndCarers: (share: string, unknown: number): string =>
    `COPIL avec personnes concernées et aidants : ${share}${unknown > 0 ? `, non renseigné pour ${unknown}` : ''}`,
  plenaryHeld: (year: number, share: string): string =>
    `Assemblée plénière tenue en ${year} : ${share}`,
  /** `average`: already with a decimal comma, or null. */
  copilsHeld: (year: number, total: number, average: string | null): string =>
    `COPIL tenus en ${year} : ${total}${average === null ? '' : ` (${average} par CLSM en moyenne)`}`,
  perClsmHeading: (year: number): string =>
    `COPIL tenus par CLSM (${year} · ${year + 1} à ce jour) :`,
};
