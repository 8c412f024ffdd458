import type { Citation, Source, SourceFile } from '../knowledge/schema.js';
import type { FundingData } from '../knowledge/data-schema.js';
import {
  ceilingAmbiguity,
  ceilingSentence,
  noCeilingSentence,
  AMOUNT_WITH_DDARS,
  twoCeilingsSentence,
} from './messages.js';
import type { PopulationBound } from './population.js';

export type { PopulationBound } from './population.js';
// The French number forms, where the renderers of dossiers and ceilings have always found them.
export { formatCount, formatEuros } from '../text/numbers.js';

/** What §6 of the Occitanie 2023 cahier says for one population. */
export interface CeilingResult {
  population: number;
  /** null above the last tier: the text sets no ceiling there. */
  ceiling: number | null;
  tier: FundingData['tiers'][number] | null;
  /** The population sits exactly on a boundary shared by two tiers of the text. */
  onBoundary: boolean;
  citations: Citation[];
  /** The population as asked, when it was a bound ("plus de 300 000"): how answers name it. */
  bound?: PopulationBound;
}

/**
 * The text's tiers overlap ("entre 0 et 40 000", "entre 40 000 et 80 000"): at an exact
 * boundary the lower tier is taken, and `onBoundary` lets callers say the DDARS decides.
 */
export function ceilingFor(
  population: number,
  funding: FundingData,
  bound?: PopulationBound,
): CeilingResult {
  const tier = funding.tiers.find((t) => population <= t.upTo) ?? null;
  const upper = funding.tiers.find((t, i) => i > 0 && t.from === population);
  return {
    ...(bound ? { bound } : {}),
    population,
    ceiling: tier?.ceiling ?? null,
    tier,
    onBoundary: upper !== undefined,
    citations: tier ? [tier.citation, ...(upper ? [upper.citation] : [])] : [funding.scope],
  };
}

/** What the ceiling sentences read: the tiers, and the sources to name the text that sets them. */
export interface CeilingTexts {
  funding: FundingData;
  sources: ReadonlyMap<SourceFile, Source>;
}

/** "Cahier des charges ARS Occitanie (2023), §6": the text and section of the tiers, from sources.yml. */
export function ceilingSourceName({ funding, sources }: CeilingTexts): string {
  const { source, section } = funding.scope;
  return `${sources.get(source)?.short ?? source}, ${section}`;
}

/** Above the last tier: the text sets no ceiling, and where its tiers stop. */
export function noCeilingFact(result: CeilingResult, texts: CeilingTexts): string {
  const lastUpTo = texts.funding.tiers.at(-1)?.upTo ?? 0;
  return noCeilingSentence(result.population, lastUpTo, ceilingSourceName(texts), result.bound);
}

/** The French sentences about a ceiling, shared by `clsm ask` and `clsm check`. */
export function describeCeiling(result: CeilingResult, texts: CeilingTexts): string[] {
  const { funding } = texts;
  const source = ceilingSourceName(texts);
  if (result.ceiling === null || !result.tier)
    return [`${noCeilingFact(result, texts)} ${AMOUNT_WITH_DDARS}`];
  const upper = result.onBoundary
    ? funding.tiers.find((t) => t.from === result.population)
    : undefined;
  if (upper?.ceiling !== undefined)
    // "entre 0 et 40 000" and "entre 40 000 et 80 000" both hold 40 000: give both amounts.
    return [
      twoCeilingsSentence(result.population, result.ceiling, upper.ceiling, source),
      ceilingAmbiguity(result.population, { ...result.tier, ceiling: result.ceiling }, upper),
    ];
  return [ceilingSentence(result.population, result.ceiling, result.tier, source, result.bound)];
}
