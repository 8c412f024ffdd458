import type { DossierData, PieceCondition } from '../knowledge/data-schema.js';
import type { Citation } from '../knowledge/schema.js';
import { normaliseNumbers } from '../text/numbers.js';
import { ceilingFor, describeCeiling, type CeilingResult, type CeilingTexts } from './ceiling.js';
import {
  amountImplausible,
  amountInvalid,
  CLOSING_NOTES,
  COSIGNED_NOTE,
  DOSSIER_FIELD_NAMES,
  NO_FUNDING_ASKED_NOTE,
  NO_PARITY_NOTE,
  overCeilingNote,
  POPULATION_MISSING,
  populationImplausible,
  populationInvalid,
  SEPARATE_COORDINATOR_NOTE,
  unknownPieces,
} from './messages.js';

/** What the dossier check reads: the dossier pieces, the funding tiers and the sources. */
type DossierTexts = { dossier: DossierData } & CeilingTexts;

/**
 * "Cahier des charges ARS Occitanie (2023), §6 et §7": the text and sections the dossier check
 * rests on (funding tiers and dossier pieces), named from sources.yml.
 */
export function dossierSourceName(data: DossierTexts): string {
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

type Read<T> = { ok: true; value: T } | { ok: false; error: FieldError };

/** The population: required, a whole number of inhabitants within DOSSIER_LIMITS. */
function readPopulation(raw: string | undefined): Read<number> {
  const field = 'population';
  if (raw === undefined || raw.trim() === '')
    return { ok: false, error: { field, message: POPULATION_MISSING } };
  const n = parseWhole(raw);
  if (n === null || n <= 0)
    return { ok: false, error: { field, message: populationInvalid(shown(raw)) } };
  if (n > DOSSIER_LIMITS.population)
    return {
      ok: false,
      error: { field, message: populationImplausible(shown(raw), DOSSIER_LIMITS.population) },
    };
  return { ok: true, value: n };
}

/** An amount asked, in euros: absent or blank is 0. */
function readAmount(field: 'coordination' | 'actions', raw: string | undefined): Read<number> {
  if (raw === undefined || raw.trim() === '') return { ok: true, value: 0 };
  const n = parseEuros(raw);
  const name = DOSSIER_FIELD_NAMES[field];
  if (n === null) return { ok: false, error: { field, message: amountInvalid(shown(raw), name) } };
  if (n > DOSSIER_LIMITS.euros)
    return {
      ok: false,
      error: { field, message: amountImplausible(shown(raw), name, DOSSIER_LIMITS.euros) },
    };
  return { ok: true, value: n };
}

/** The pieces provided, trimmed and once each; every one must be a piece of the data. */
function readPieces(raw: readonly string[] | undefined, dossier: DossierData): Read<string[]> {
  const known = dossier.pieces.map((p) => p.id);
  const pieces = [...new Set((raw ?? []).map((p) => p.trim()).filter(Boolean))];
  const unknown = pieces.filter((p) => !known.includes(p));
  if (unknown.length > 0)
    return { ok: false, error: { field: 'pieces', message: unknownPieces(unknown, known) } };
  return { ok: true, value: pieces };
}

/** Validates typed fields into a DossierInput, or says in French what each bad field expects. */
export function parseDossierInput(
  raw: RawDossierInput,
  dossier: DossierData,
): { ok: true; input: DossierInput } | { ok: false; errors: FieldError[] } {
  const population = readPopulation(raw.population);
  const coordination = readAmount('coordination', raw.coordination);
  const actions = readAmount('actions', raw.actions);
  const pieces = readPieces(raw.pieces, dossier);
  if (!population.ok || !coordination.ok || !actions.ok || !pieces.ok) {
    const errors = [population, coordination, actions, pieces].flatMap((r) =>
      r.ok ? [] : [r.error],
    );
    return { ok: false, errors };
  }
  return {
    ok: true,
    input: {
      population: population.value,
      coordination: coordination.value,
      actions: actions.value,
      pieces: pieces.value,
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

/** What the situation of the dossier adds, each note with the citation it rests on. */
function situationNotes(
  input: DossierInput,
  requested: number,
  overBy: number,
  { dossier, funding }: DossierTexts,
): { notes: string[]; citations: Citation[] } {
  const notes: string[] = [];
  const citations: Citation[] = [];
  if (overBy > 0) notes.push(overCeilingNote(requested, overBy));
  if (requested === 0) notes.push(NO_FUNDING_ASKED_NOTE);
  if (input.coordination > 0) {
    notes.push(NO_PARITY_NOTE);
    citations.push(funding.noParity);
  }
  if (input.cosigned) {
    const engagement = dossier.pieces.find((p) => p.requiredWhen === 'not-cosigned');
    notes.push(COSIGNED_NOTE);
    if (engagement) citations.push(engagement.citation);
  }
  if (input.separateCoordinator) {
    notes.push(SEPARATE_COORDINATOR_NOTE);
    citations.push(dossier.separateCoordinator);
  }
  return { notes, citations };
}

/**
 * The report's notes and citations: the ceiling (its first sentence is the verdict's, left
 * out when there is a ceiling), the situation's notes, and what holds for every dossier.
 */
function dossierNotes(
  input: DossierInput,
  ceilingResult: CeilingResult,
  requested: number,
  overBy: number,
  data: DossierTexts,
): { notes: string[]; citations: Citation[] } {
  const ceiling = describeCeiling(ceilingResult, data).slice(
    ceilingResult.ceiling === null ? 0 : 1,
  );
  const situation = situationNotes(input, requested, overBy, data);
  return {
    notes: [...ceiling, ...situation.notes, ...CLOSING_NOTES],
    citations: [
      ...ceilingResult.citations,
      ...situation.citations,
      data.funding.withinCls,
      data.funding.filing,
    ],
  };
}

/** §6–§7 of the Occitanie 2023 cahier applied to one dossier. Pure. */
export function checkDossier(input: DossierInput, data: DossierTexts): DossierReport {
  const ceilingResult = ceilingFor(input.population, data.funding);
  const requested = input.coordination + input.actions;
  const overBy =
    ceilingResult.ceiling === null ? 0 : Math.max(0, requested - ceilingResult.ceiling);
  const required = data.dossier.pieces
    .filter((p) => isRequired(p.requiredWhen, input))
    .map((p) => p.id);
  const missing = required.filter((id) => !input.pieces.includes(id));
  const { notes, citations } = dossierNotes(input, ceilingResult, requested, overBy, data);
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
