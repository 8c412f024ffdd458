// The bot's help in Slack (/clsm aide, a DM "aide", App Home): what it can do.

export const HELP_TEXT =
  'Je réponds aux questions sur les conseils locaux de santé mentale (CLSM) à partir de cinq textes de référence, je vérifie les dossiers de labellisation et je rappelle les réunions des CLSM.';

export const HELP_TITLE = 'Assistant CLSM : mode d’emploi';

/** What the bot can do: one section each, its heading then its lines (mrkdwn). */
export const CAPABILITIES: readonly (readonly string[])[] = [
  [
    '*Poser une question*',
    '• Mentionnez-moi dans un canal : `@CLSM combien de fois se réunit le COPIL ?` (réponse dans le fil)',
    '• Écrivez-moi en message direct',
    '• Ou tapez `/clsm quel est le plafond pour 55 000 habitants ?` (réponse visible de vous seul)',
    'Chaque réponse cite le texte mot pour mot, avec sa source. Les boutons « Voir aussi » ouvrent les sujets voisins ; 👍 / 👎 aident à améliorer les réponses.',
  ],
  [
    '*Vérifier un dossier de labellisation*',
    '• `/clsm-check` ouvre un formulaire',
    '• `/clsm-check population=55000 coordination=9000 actions=3000 pieces=engagement,historique` répond directement',
    '• `/clsm-check aide` donne la syntaxe complète',
  ],
  [
    '*Réunions et rappels*',
    '• `/clsm-reunion copil 14/03/2027 14:00 Mairie` enregistre une réunion du CLSM de ce canal ; `/clsm-reunion liste` les affiche ; `/clsm-reunion annuler …` en annule une',
    '• Je rappelle dans le canal du CLSM les COPIL (deux par an) et l’assemblée plénière (une par an) à venir ou à planifier',
    '• `/clsm-config` (administrateurs) relie un canal à un CLSM',
  ],
];

/** The texts the answers come from (the help's footer). */
export const HELP_SOURCES =
  'Textes : instruction DGS de 2025 et référentiel national, cahiers des charges ARS Occitanie (2023) et régional (2012), guides CLS de l’ARS Occitanie.';
