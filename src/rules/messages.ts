// Every French sentence the rules write: dossier input errors, dossier notes, ceiling sentences.
// The report's own lines (verdicts, totals) are in dossier-text.ts.
import { formatCount, formatEuros } from '../text/numbers.js';
import type { PopulationBound } from './population.js';

/** A tier as the sentences name it: "entre 40 000 et 80 000 habitants". */
interface TierWords {
  from: number;
  upTo: number;
  ceiling: number;
}

/** How the input errors name a dossier field. */
export const DOSSIER_FIELD_NAMES = {
  population: 'population',
  coordination: 'coordination',
  actions: 'actions',
  pieces: 'pièces',
} as const;

export const POPULATION_MISSING =
  'la population est obligatoire : un nombre entier d’habitants, par exemple 55000.';

export function populationInvalid(typed: string): string {
  return `population « ${typed} » invalide : un nombre entier d’habitants supérieur à zéro est attendu, par exemple 55000 ou « 55 000 ».`;
}

export function populationImplausible(typed: string, max: number): string {
  return `population « ${typed} » invraisemblable : ${formatCount(max)} habitants au plus.`;
}

export function amountInvalid(typed: string, field: string): string {
  return `montant « ${typed} » invalide pour ${field} : un montant en euros, positif ou nul, en chiffres, est attendu (par exemple 9000).`;
}

export function amountImplausible(typed: string, field: string, max: number): string {
  return `montant « ${typed} » invraisemblable pour ${field} : ${formatEuros(max)} au plus.`;
}

export function unknownPieces(unknown: readonly string[], valid: readonly string[]): string {
  const s = unknown.length > 1 ? 's' : '';
  return `pièce${s} inconnue${s} : ${unknown.join(', ')}. Identifiants valides : ${valid.join(', ')}.`;
}

export function overCeilingNote(requested: number, overBy: number): string {
  return `Le total demandé (${formatEuros(requested)}, coordination et actions réunies) dépasse le plafond de ${formatEuros(overBy)}.`;
}

export const NO_FUNDING_ASKED_NOTE =
  'Aucun financement n’est demandé : ni budget prévisionnel de coordination ni dossier CERFA ne sont requis.';
export const NO_PARITY_NOTE =
  'Aucun cofinancement à parité n’est demandé à la structure porteuse pour le temps de coordination CLSM.';
export const COSIGNED_NOTE =
  'Projet cosigné par les parties prenantes : les lettres d’engagement ne sont pas demandées.';
export const SEPARATE_COORDINATOR_NOTE =
  'Coordination non mutualisée avec le coordonnateur CLS : la pièce « coordonnateur » doit exposer les motifs de ce choix.';
/** Said of every dossier: what the ARS funds, and where the dossier is filed. */
export const CLOSING_NOTES = [
  'L’ARS ne finance un CLSM que si son action s’intègre dans la démarche d’un contrat local de santé (existant ou en préfiguration).',
  'Le dossier est déposé par la collectivité porteuse du CLS auprès de la délégation départementale de l’ARS (DDARS).',
] as const;

/** A population as asked: "55 000", or a bound, "plus de 300 000". */
const territory = (population: number, bound?: PopulationBound): string =>
  `un territoire CLS de ${
    bound
      ? `${bound.relation === 'above' ? 'plus de' : 'moins de'} ${formatCount(bound.value)}`
      : formatCount(population)
  } habitants`;

/** Above the last tier; `source` names the text and section ("… (2023), §6"). */
export function noCeilingSentence(
  population: number,
  lastUpTo: number,
  source: string,
  bound?: PopulationBound,
): string {
  return `Pour ${territory(population, bound)}, le texte ne fixe pas de plafond : ses tranches (${source}) s'arrêtent à ${formatCount(lastUpTo)} habitants.`;
}

/** Where a dossier above the last tier learns its amount (an answer's abstention says it already). */
export const AMOUNT_WITH_DDARS =
  "Le montant est à voir avec la délégation départementale de l'ARS (DDARS).";

export function ceilingSentence(
  population: number,
  ceiling: number,
  tier: { from: number; upTo: number },
  source: string,
  bound?: PopulationBound,
): string {
  return `Pour ${territory(population, bound)}, le plafond du financement ARS est de ${formatEuros(ceiling)} (tranche de ${formatCount(tier.from)} à ${formatCount(tier.upTo)} habitants, ${source}).`;
}

/** On a boundary two tiers share: both amounts. */
export function twoCeilingsSentence(
  population: number,
  lower: number,
  upper: number,
  source: string,
): string {
  return `Pour ${territory(population)}, le plafond du financement ARS est de ${formatEuros(lower)} ou de ${formatEuros(upper)} selon la tranche retenue (${source}).`;
}

/** Why two amounts, and which one the dossier check keeps (the lower tier). */
export function ceilingAmbiguity(population: number, lower: TierWords, upper: TierWords): string {
  const tier = (t: TierWords): string =>
    `« entre ${formatCount(t.from)} et ${formatCount(t.upTo)} habitants » (${formatEuros(t.ceiling)})`;
  return `À ${formatCount(population)} habitants, le texte est ambigu : les tranches ${tier(lower)} et ${tier(upper)} contiennent toutes deux ce chiffre. La DDARS tranche ; le contrôle du dossier retient la tranche inférieure (${formatEuros(lower.ceiling)}).`;
}
