// /clsm-check in Slack: its syntax help, its usage errors, the modal's labels and the report's
// headings. The report's verdicts and notes come from src/rules.
import { escapeMrkdwn } from '../escape.js';

// --- /clsm-check aide ---
export const CHECK_SYNTAX_TITLE = '/clsm-check : syntaxe';

export const CHECK_SYNTAX_LINES: readonly string[] = [
  '`/clsm-check` seul ouvre un formulaire. Sinon, en une ligne :',
  '`/clsm-check population=55000 coordination=9000 actions=3000 pieces=engagement,historique`',
  '',
  '• `population=` (ou `habitants=`) : habitants du territoire CLS, obligatoire (55000 ou « 55 000 »)',
  '• `coordination=` : montant demandé pour la coordination, en euros',
  '• `actions=` : montant demandé pour les actions, en euros',
  '• `pieces=` (ou `pièces=`) : identifiants des pièces fournies, séparés par des virgules',
  '• `cosigne` : projet cosigné par les parties prenantes (pas de lettres d’engagement)',
  '• `coordinateur-distinct` : coordonnateur CLSM distinct du coordonnateur CLS',
  'Les espaces autour de « = » sont acceptés.',
];

export const PIECE_IDS_HEADING = '*Identifiants des pièces*';

/** "• `engagement` : <label>" (mrkdwn; the label escaped). */
export function pieceIdLine(id: string, label: string): string {
  return `• \`${id}\` : ${escapeMrkdwn(label)}`;
}

// --- what /clsm-check with text says when the text is wrong ---
export const CHECK_SYNTAX_HINT =
  'Tapez `/clsm-check aide` pour la syntaxe, ou `/clsm-check` seul pour le formulaire.';

const KNOWN = 'population=, coordination=, actions=, pieces=, cosigne, coordinateur-distinct';

export const CHECK_ERROR = {
  notYesNo: (key: string, value: string): string =>
    `option « ${key} » : « ${value} » n’est ni oui ni non.`,
  notUnderstood: (token: string): string =>
    `« ${token} » n’est pas compris. Paramètres acceptés : ${KNOWN}.`,
  unknownKey: (key: string): string =>
    `paramètre inconnu « ${key} ». Paramètres acceptés : ${KNOWN}.`,
  twice: (key: string): string => `le paramètre « ${key} » est donné deux fois.`,
};

// --- the modal ---
export const CHECK_MODAL = {
  title: 'Dossier CLSM',
  submit: 'Vérifier',
  close: 'Annuler',
  population: 'Population du territoire CLS (habitants)',
  populationPlaceholder: 'ex. 55000',
  coordination: 'Montant demandé pour la coordination (€)',
  coordinationPlaceholder: 'ex. 9000',
  actions: 'Montant demandé pour les actions (€)',
  actionsPlaceholder: 'ex. 3000',
  piecesIntro: '*Pièces du dossier* : cochez celles qui sont fournies.',
  pieceProvided: 'Pièce fournie',
  options: 'Options',
  cosigned: 'Projet cosigné par les parties prenantes',
  separateCoordinator: 'Coordonnateur CLSM distinct du coordonnateur CLS',
} as const;

/** The modal's first line, naming the text the check applies. */
export function checkModalIntro(sourceName: string): string {
  return `Vérifiez un dossier de labellisation CLSM (${sourceName}) : plafond du financement et pièces requises.`;
}

// --- the report's headings (mrkdwn) ---
export const DOSSIER_HEADING = {
  requested: '*Total demandé*',
  ceiling: '*Plafond*',
  pieces: '*Pièces requises*',
  notes: '*À noter*',
} as const;
