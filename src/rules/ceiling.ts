import type { Citation, Source, SourceFile } from '../knowledge/schema.js';
import type { FundingData } from '../knowledge/data-schema.js';

/** What §6 of the Occitanie 2023 cahier says for one population. */
export interface CeilingResult {
  population: number;
  /** null above the last tier: the text sets no ceiling there. */
  ceiling: number | null;
  tier: FundingData['tiers'][number] | null;
  /** The population sits exactly on a boundary shared by two tiers of the text. */
  onBoundary: boolean;
  citations: Citation[];
}

/**
 * The text's tiers overlap ("entre 0 et 40 000", "entre 40 000 et 80 000"): at an exact
 * boundary the lower tier is taken, and `onBoundary` lets callers say the DDARS decides.
 */
export function ceilingFor(population: number, funding: FundingData): CeilingResult {
  const tier = funding.tiers.find((t) => population <= t.upTo) ?? null;
  const upper = funding.tiers.find((t, i) => i > 0 && t.from === population);
  return {
    population,
    ceiling: tier?.ceiling ?? null,
    tier,
    onBoundary: upper !== undefined,
    citations: tier ? [tier.citation, ...(upper ? [upper.citation] : [])] : [funding.scope],
  };
}

const euros = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 0 });
/** "13 000 €" (narrow no-break space as French typography wants, shown as a plain space). */
export function formatEuros(amount: number): string {
  return `${euros.format(amount).replace(/\s/g, ' ')} €`;
}
export function formatCount(n: number): string {
  return euros.format(n).replace(/\s/g, ' ');
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

/** The French sentences about a ceiling, shared by `clsm ask` and `clsm check`. */
export function describeCeiling(result: CeilingResult, texts: CeilingTexts): string[] {
  const { funding } = texts;
  const named = ceilingSourceName(texts);
  const last = funding.tiers.at(-1);
  const who = `un territoire CLS de ${formatCount(result.population)} habitants`;
  if (result.ceiling === null || !result.tier)
    return [
      `Pour ${who}, le texte ne fixe pas de plafond : ses tranches (${named}) s'arrêtent à ${formatCount(last?.upTo ?? 0)} habitants. Le montant est à voir avec la délégation départementale de l'ARS (DDARS).`,
    ];
  const upper = result.onBoundary
    ? funding.tiers.find((t) => t.from === result.population)
    : undefined;
  if (upper?.ceiling !== undefined)
    // "entre 0 et 40 000" and "entre 40 000 et 80 000" both hold 40 000: give both amounts.
    return [
      `Pour ${who}, le plafond du financement ARS est de ${formatEuros(result.ceiling)} ou de ${formatEuros(upper.ceiling)} selon la tranche retenue (${named}).`,
      `À ${formatCount(result.population)} habitants, le texte est ambigu : les tranches « entre ${formatCount(result.tier.from)} et ${formatCount(result.tier.upTo)} habitants » (${formatEuros(result.ceiling)}) et « entre ${formatCount(upper.from)} et ${formatCount(upper.upTo)} habitants » (${formatEuros(upper.ceiling)}) contiennent toutes deux ce chiffre. La DDARS tranche ; le contrôle du dossier retient la tranche inférieure (${formatEuros(result.ceiling)}).`,
    ];
  const lines = [
    `Pour ${who}, le plafond du financement ARS est de ${formatEuros(result.ceiling)} (tranche de ${formatCount(result.tier.from)} à ${formatCount(result.tier.upTo)} habitants, ${named}).`,
  ];
  return lines;
}
