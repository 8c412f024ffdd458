import type { PopulationBound } from '../rules/population.js';
import { normaliseNumbers, spelledThousands } from '../text/numbers.js';

/** A question's numbers as digits, thousands spelled out included ("trente mille habitants"). */
const asDigits = (question: string): string =>
  normaliseNumbers(spelledThousands(question.toLowerCase()));

/**
 * Words that ask for money: a number of inhabitants beside them asks for the ceiling. A bare
 * "combien" ending a clause ("pour 58 000 habitants c'est combien ?") asks it too.
 */
const FUNDING_CUE =
  /\b(plafonds?|plafonne|financements?|finance|financer|montants?|subventions?|budgets?|euros?|tranches?|max|maximum|donner|donne|donnent|donnera|verse|versent|versera|toucher|touche|touchera|recevoir|re[çc]oit|obtenir|payer|paie|paye|aide|droit [aà] combien)\b|€|\bcombien\s*(?:[?,;.]|$)/im;

/** A population asked about: a number, or a bound ("plus de 300 000": above 300 000). */
export interface PopulationAsked {
  /** The population the ceiling is computed for (one above or below a bound). */
  population: number;
  bound?: PopulationBound;
}

/**
 * A territory population in a question about funding ("plafond pour 55 000 hab"), or null.
 * Only numbers of 1 000 or more beside a funding word count: "2 fois par an" is not one, nor
 * "notre commune de 4 000 habitants peut-elle créer un CLSM ?".
 */
export function findPopulation(question: string): PopulationAsked | null {
  const found = populationsIn(question);
  // "un coordo partagé entre 2 CLS (35 000 + 20 000 hab), le plafond se cumule ?": whether two
  // territories' ceilings add up is the question; no one figure answers it.
  const distinct = new Set(found.map((p) => p.population.population)).size;
  const text = distinct > 1 ? asDigits(question) : '';
  if (SUMMED.test(text) || EACH_ONE.test(text)) return null;
  // "notre commune fait 30 000 habitants mais le territoire du CLS en compte 85 000": the
  // ceilings are counted on the CLS's territory (§6).
  return (found.find((p) => p.ofCls) ?? found[0])?.population ?? null;
}

const SUMMED = /\b(cumul\p{L}*|additionn\p{L}*|s'ajoute\p{L}*)|\d\s*\+\s*\d/u;
/** "chacun a droit à son plafond ?": no one figure answers either (`territoriesTold` may). */
const EACH_ONE = /\bchacun\p{L}*/u;

/**
 * "une agglo de 95 000 hab et une comcom de 25 000 hab veulent chacune un CLSM : quel plafond ?",
 * "l'un 50 000 et l'autre 90 000 habitants": several territories, each asked its own ceiling;
 * none when the question asks whether they add up.
 */
export function territoriesTold(question: string): PopulationAsked[] {
  const text = asDigits(question);
  if (!EACH.test(text) || SUMMED.test(text)) return [];
  const byCount = new Map(populationsIn(question).map((p) => [p.population.population, p]));
  return byCount.size > 1 ? [...byCount.values()].map((p) => p.population) : [];
}
const EACH = /\b(chacun\p{L}*|l'une? [^?]{1,40}\bl'autre|respectivement)\b/u;

/**
 * "65 000 habitants, quel plafond ? Et pour 120 000 ?": one population told in each of several
 * asks, each asked its own ceiling; empty unless two asks or more tell distinct ones.
 */
export function populationsByAsk(question: string, asks: readonly string[]): PopulationAsked[] {
  // "on est une cc de 55 000 hab, le plafond c'est combien ? et si on passe à 85 000 hab ?": the
  // population told before the first ask, then another figure in a follow-up.
  const toldFirst = findPopulation(question);
  if (toldFirst === null) return [];
  const byAsk = asks.flatMap((ask, i) => {
    // "le barème s'arrête à 300 000 non ?": a bound of the scale, no territory's population;
    // "… 35 000 habitants, quel plafond ? et si on passe à 45 000 ?": the territory told before.
    const goesOn = FOLLOW_UP.test(ask) && asks.slice(0, i).some((a) => TERRITORY_TOLD.test(a));
    if (!TERRITORY_TOLD.test(ask) && !goesOn) return [];
    const told = numbersAsPopulations(asDigits(ask));
    return told.length === 1 && told[0] ? [told[0].population] : [];
  });
  const followed =
    byAsk.length === 1 &&
    !asks.some((ask) => findPopulation(ask)?.population === toldFirst.population) &&
    (asks.slice(1).some((ask) => FOLLOW_UP.test(ask)) || FOLLOWS_UP.test(question));
  const all = followed ? [toldFirst, ...byAsk] : byAsk;
  const distinct = new Set(all.map((p) => p.population)).size;
  return distinct > 1 && distinct === all.length ? all : [];
}

/** "et si on passe à 45 000", "et pour 120 000 ?": the same question for another figure. */
const FOLLOW_UP = /^(?:et|mais)\s+(?:si|pour|avec|a|à)\b/i;
/** "… ? et si on fusionne et qu'on passe à 120 000 hab ?": a follow-up opening a later sentence. */
const FOLLOWS_UP = /\?\s*(?:et|mais)\s+(?:si|pour|avec|a|à)\b/i;
const TERRITORY_TOLD =
  /\b(hab\p{L}*|population|territoires?|communes?|villes?|interco\p{L}*|com ?coms?|epci|agglo\p{L}*|m[ée]tropoles?|pays|petr)\b/iu;

function populationsIn(question: string): { population: PopulationAsked; ofCls: boolean }[] {
  const text = asDigits(question);
  return FUNDING_CUE.test(text) ? numbersAsPopulations(text) : [];
}

function numbersAsPopulations(text: string): { population: PopulationAsked; ofCls: boolean }[] {
  const found: { population: PopulationAsked; ofCls: boolean }[] = [];
  // "8 000, 13 000 et 20 000 €": each figure of a list of amounts is an amount.
  for (const match of text.matchAll(
    /\b(\d{4,9})\b(?!(?:\s*(?:,|et|ou|\/)\s*\d{4,9})*\s*(?:€|euros?\b|eur\b|max\w*\b))/g,
  )) {
    const n = Number(match[1]);
    // A lone year ("en 2025") is not a population.
    const isYear =
      n >= 1900 && n <= 2100 && !/^\s*hab/.test(text.slice((match.index ?? 0) + match[0].length));
    if (isYear) continue;
    // "dépasse 300 000 habitants" is above the tier that ends at 300 000, "moins de 40 000" below.
    const before = text.slice(0, match.index);
    // "le 3114, qui le finance ?": a number named as a thing (a phone line), not a population.
    if (
      /\b(le|du|au)\s*$/.test(before) &&
      !/^\s*hab/.test(text.slice((match.index ?? 0) + match[0].length))
    )
      continue;
    const ofCls = CLS_NEAR.test(before.slice(-CLS_WINDOW));
    if (ABOVE.test(before))
      found.push({
        population: { population: n + 1, bound: { relation: 'above', value: n } },
        ofCls,
      });
    else if (BELOW.test(before))
      found.push({
        population: { population: n - 1, bound: { relation: 'below', value: n } },
        ofCls,
      });
    else found.push({ population: { population: n }, ofCls });
  }
  return found;
}

/** A population told of the CLS's territory: "le territoire du CLS en compte 85 000". */
const CLS_NEAR = /\b(cls|contrat local de sant[ée])\b/;
/** How far before a number the CLS is looked for. */
const CLS_WINDOW = 30;

/**
 * Words just before a number that put the population above it or below it ("dépasse
 * largement les 300 000": an adverb between).
 */
const ABOVE =
  /(plus de|au[- ]del[àa] de|au[- ]dessus de|(?:d[ée]pass\p{L}*|exc[èée]d\p{L}*)(?:\s+(?:largement|nettement|bien|un peu|tout juste|juste))?(?:\s+(?:les|la barre des|le seuil des|le cap des))?|sup[ée]rieure? [àa]|>)\s*$/u;
const BELOW = /(moins de|inf[ée]rieure? [àa]|(?:en|au)[- ]dessous de|<)\s*$/u;
