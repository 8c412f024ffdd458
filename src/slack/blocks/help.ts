// The bot's French help: what it can do (/clsm aide, a DM "aide", App Home) and the
// /clsm-check syntax (/clsm-check aide).
import type { KnownBlock } from '@slack/types';
import type { DossierData } from '../../knowledge/data-schema.js';
import { context, escapeMrkdwn, header, section } from './kit.js';

/** Words that ask for help rather than ask a question. */
export function isHelpRequest(text: string): boolean {
  return /^\s*(aide|help|\?|-h|--help|comment ça marche\s*\??)\s*$/i.test(text);
}

export const HELP_TEXT =
  'Je réponds aux questions sur les conseils locaux de santé mentale (CLSM) à partir de cinq textes de référence, je vérifie les dossiers de labellisation et je rappelle les réunions des CLSM.';

/** What the bot can do, as sections (shared by the help message and App Home). */
export function capabilitiesBlocks(): KnownBlock[] {
  return [
    section(escapeMrkdwn(HELP_TEXT)),
    section(
      [
        '*Poser une question*',
        '• Mentionnez-moi dans un canal : `@CLSM combien de fois se réunit le COPIL ?` (réponse dans le fil)',
        '• Écrivez-moi en message direct',
        '• Ou tapez `/clsm quel est le plafond pour 55 000 habitants ?` (réponse visible de vous seul)',
        'Chaque réponse cite le texte mot pour mot, avec sa source. Les boutons « Voir aussi » ouvrent les sujets voisins ; 👍 / 👎 aident à améliorer les réponses.',
      ].join('\n'),
    ),
    section(
      [
        '*Vérifier un dossier de labellisation*',
        '• `/clsm-check` ouvre un formulaire',
        '• `/clsm-check population=55000 coordination=9000 actions=3000 pieces=engagement,historique` répond directement',
        '• `/clsm-check aide` donne la syntaxe complète',
      ].join('\n'),
    ),
    section(
      [
        '*Réunions et rappels*',
        '• `/clsm-reunion copil 14/03/2027 14:00 Mairie` enregistre une réunion du CLSM de ce canal ; `/clsm-reunion liste` les affiche ; `/clsm-reunion annuler …` en annule une',
        '• Je rappelle dans le canal du CLSM les COPIL (deux par an) et l’assemblée plénière (une par an) à venir ou à planifier',
        '• `/clsm-config` (administrateurs) relie un canal à un CLSM',
      ].join('\n'),
    ),
  ];
}

export function helpBlocks(): KnownBlock[] {
  return [
    header('Assistant CLSM : mode d’emploi'),
    ...capabilitiesBlocks(),
    context(
      'Textes : instruction DGS de 2025 et référentiel national, cahiers des charges ARS Occitanie (2023) et régional (2012), guides CLS de l’ARS Occitanie.',
    ),
  ];
}

/** /clsm-check aide: every parameter, French words accepted, and the piece ids with their labels. */
export function checkSyntaxBlocks(dossier: DossierData): KnownBlock[] {
  return [
    header('/clsm-check : syntaxe'),
    section(
      [
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
      ].join('\n'),
    ),
    section(
      [
        '*Identifiants des pièces*',
        ...dossier.pieces.map((p) => `• \`${p.id}\` : ${escapeMrkdwn(p.label)}`),
      ].join('\n'),
    ),
  ];
}
