import type { DossierData, PieceCondition } from '../knowledge/data-schema.js';
import type { Citation } from '../knowledge/schema.js';
import { normaliseNumbers } from '../text/numbers.js';
import {
  ceilingFor,
  describeCeiling,
  formatCount,
  formatEuros,
  type CeilingResult,
  type CeilingTexts,
} from './ceiling.js';

/**
 * "Cahier des charges ARS Occitanie (2023), §6 et §7": the text and sections the dossier check
 * rests on (funding tiers and dossier pieces), named from sources.yml.
 */
export function dossierSourceName(data: { dossier: DossierData } & CeilingTexts): string {
  const cited = [data.funding.scope, ...data.dossier.pieces.map((p) => p.citation)];
  const sections = [...new Set(cited.map((c) => c.section))];
  const source = data.funding.scope.source;
  const name = data.sources.get(source)?.short ?? source;
  return `${name}, ${sections.slice(0, -1).join(', ')}${sections.length > 1 ? ' et ' : ''}${sections.at(-1) ?? ''}`;
}

/** A labelling dossier as the coordinator describes it (already validated). */
export interface DossierInput {
  population: number;
  coordination: number;
  actions: number;
  pieces: string[];
  cosigned: boolean;
  separateCoordinator: boolean;
}

/** The fields as typed (CLI flags, slash-command text, modal inputs): strings, maybe absent. */
export interface RawDossierInput {
  population?: string | undefined;
  coordination?: string | undefined;
  actions?: string | undefined;
  pieces?: string[] | undefined;
  cosigned?: boolean | undefined;
  separateCoordinator?: boolean | undefined;
}

export type DossierField = 'population' | 'coordination' | 'actions' | 'pieces';
export interface FieldError {
  field: DossierField;
  message: string;
}

export interface DossierReport {
  population: number;
  ceiling: number | null;
  requested: number;
  overCeiling: boolean;
  /** How much the total asked exceeds the ceiling (0 when not over). */
  overBy: number;
  coordination: number;
  actions: number;
  required: string[];
  missing: string[];
  provided: string[];
  complete: boolean;
  notes: string[];
  citations: Citation[];
  ceilingResult: CeilingResult;
}

const FIELD_NAMES: Record<DossierField, string> = {
  population: 'population',
  coordination: 'coordination',
  actions: 'actions',
  pieces: 'pièces',
};

/** Plausibility bounds of what a dossier may state (France: 68 million inhabitants). */
export const DOSSIER_LIMITS = { population: 100_000_000, euros: 10_000_000 } as const;

/** "55 000", "55000", "55k" → 55000; anything else ("2 millions 5", "1 2") → null. */
function parseWhole(raw: string): number | null {
  const text = normaliseNumbers(raw.trim());
  return /^\d+$/.test(text) ? Number(text) : null;
}

/** "9 000", "9000 €", "9000,50 euros" → 9000 / 9000.5; anything else ("9000 50") → null. */
function parseEuros(raw: string): number | null {
  const text = normaliseNumbers(raw.trim())
    .replace(/\s*(€|euros?)$/i, '')
    .replace(',', '.');
  return /^\d+(\.\d{1,2})?$/.test(text) ? Number(text) : null;
}

/** What was typed, shortened for an error message (a 400-digit number is not echoed whole). */
function shown(raw: string): string {
  const text = raw.trim();
  return text.length > 30 ? `${text.slice(0, 30)}…` : text;
}

/** Validates typed fields into a DossierInput, or says in French what each bad field expects. */
export function parseDossierInput(
  raw: RawDossierInput,
  dossier: DossierData,
): { ok: true; input: DossierInput } | { ok: false; errors: FieldError[] } {
  const errors: FieldError[] = [];
  let population = 0;
  if (raw.population === undefined || raw.population.trim() === '')
    errors.push({
      field: 'population',
      message: 'la population est obligatoire : un nombre entier d’habitants, par exemple 55000.',
    });
  else {
    const n = parseWhole(raw.population);
    if (n === null || n <= 0)
      errors.push({
        field: 'population',
        message: `population « ${shown(raw.population)} » invalide : un nombre entier d’habitants supérieur à zéro est attendu, par exemple 55000 ou « 55 000 ».`,
      });
    else if (n > DOSSIER_LIMITS.population)
      errors.push({
        field: 'population',
        message: `population « ${shown(raw.population)} » invraisemblable : ${formatCount(DOSSIER_LIMITS.population)} habitants au plus.`,
      });
    else population = n;
  }
  const amount = (field: 'coordination' | 'actions'): number => {
    const value = raw[field];
    if (value === undefined || value.trim() === '') return 0;
    const n = parseEuros(value);
    if (n === null) {
      errors.push({
        field,
        message: `montant « ${shown(value)} » invalide pour ${FIELD_NAMES[field]} : un montant en euros, positif ou nul, en chiffres, est attendu (par exemple 9000).`,
      });
      return 0;
    }
    if (n > DOSSIER_LIMITS.euros) {
      errors.push({
        field,
        message: `montant « ${shown(value)} » invraisemblable pour ${FIELD_NAMES[field]} : ${formatEuros(DOSSIER_LIMITS.euros)} au plus.`,
      });
      return 0;
    }
    return n;
  };
  const coordination = amount('coordination');
  const actions = amount('actions');
  const known = new Set(dossier.pieces.map((p) => p.id));
  const pieces = [...new Set((raw.pieces ?? []).map((p) => p.trim()).filter(Boolean))];
  const unknown = pieces.filter((p) => !known.has(p));
  if (unknown.length > 0)
    errors.push({
      field: 'pieces',
      message: `pièce${unknown.length > 1 ? 's' : ''} inconnue${unknown.length > 1 ? 's' : ''} : ${unknown.join(', ')}. Identifiants valides : ${[...known].join(', ')}.`,
    });
  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    input: {
      population,
      coordination,
      actions,
      pieces,
      cosigned: raw.cosigned ?? false,
      separateCoordinator: raw.separateCoordinator ?? false,
    },
  };
}

function isRequired(condition: PieceCondition, input: DossierInput): boolean {
  switch (condition) {
    case 'always':
      return true;
    case 'not-cosigned':
      return !input.cosigned;
    case 'coordination-requested':
      return input.coordination > 0;
    case 'actions-requested':
      return input.actions > 0;
  }
}

/** §6–§7 of the Occitanie 2023 cahier applied to one dossier. Pure. */
export function checkDossier(
  input: DossierInput,
  data: { dossier: DossierData } & CeilingTexts,
): DossierReport {
  const { dossier, funding } = data;
  const ceilingResult = ceilingFor(input.population, funding);
  const requested = input.coordination + input.actions;
  const overBy =
    ceilingResult.ceiling === null ? 0 : Math.max(0, requested - ceilingResult.ceiling);
  const requiredPieces = dossier.pieces.filter((p) => isRequired(p.requiredWhen, input));
  const required = requiredPieces.map((p) => p.id);
  const missing = required.filter((id) => !input.pieces.includes(id));

  const notes = [
    ...describeCeiling(ceilingResult, data).slice(ceilingResult.ceiling === null ? 0 : 1),
  ];
  const citations: Citation[] = [...ceilingResult.citations];
  if (overBy > 0)
    notes.push(
      `Le total demandé (${formatEuros(requested)}, coordination et actions réunies) dépasse le plafond de ${formatEuros(overBy)}.`,
    );
  if (requested === 0)
    notes.push(
      'Aucun financement n’est demandé : ni budget prévisionnel de coordination ni dossier CERFA ne sont requis.',
    );
  if (input.coordination > 0) {
    notes.push(
      'Aucun cofinancement à parité n’est demandé à la structure porteuse pour le temps de coordination CLSM.',
    );
    citations.push(funding.noParity);
  }
  if (input.cosigned) {
    const engagement = dossier.pieces.find((p) => p.requiredWhen === 'not-cosigned');
    notes.push(
      'Projet cosigné par les parties prenantes : les lettres d’engagement ne sont pas demandées.',
    );
    if (engagement) citations.push(engagement.citation);
  }
  if (input.separateCoordinator) {
    notes.push(
      'Coordination non mutualisée avec le coordonnateur CLS : la pièce « coordonnateur » doit exposer les motifs de ce choix.',
    );
    citations.push(dossier.separateCoordinator);
  }
  notes.push(
    'L’ARS ne finance un CLSM que si son action s’intègre dans la démarche d’un contrat local de santé (existant ou en préfiguration).',
    'Le dossier est déposé par la collectivité porteuse du CLS auprès de la délégation départementale de l’ARS (DDARS).',
  );
  citations.push(funding.withinCls, funding.filing);

  return {
    population: input.population,
    ceiling: ceilingResult.ceiling,
    requested,
    overCeiling: overBy > 0,
    overBy,
    coordination: input.coordination,
    actions: input.actions,
    required,
    missing,
    provided: input.pieces,
    complete: missing.length === 0 && overBy === 0,
    notes,
    citations,
    ceilingResult,
  };
}
