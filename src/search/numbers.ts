import { normaliseNumbers } from '../text/numbers.js';

/** Words that ask for money: a number of inhabitants beside them asks for the ceiling. */
const FUNDING_CUE =
  /\b(plafonds?|plafonne|financements?|finance|financer|montants?|subventions?|budgets?|euros?|tranches?|max|maximum|donner|verse|toucher|aide)\b|€/i;

/**
 * A territory population in a question about funding ("plafond pour 55 000 hab"), or null.
 * Only numbers of 1 000 or more beside a funding word count: "2 fois par an" is not one, nor
 * "notre commune de 4 000 habitants peut-elle créer un CLSM ?".
 */
export function findPopulation(question: string): number | null {
  const text = normaliseNumbers(question.toLowerCase());
  if (!FUNDING_CUE.test(text)) return null;
  for (const match of text.matchAll(/\b(\d{4,9})\b(?!\s*(?:€|euros?\b|eur\b))/g)) {
    const n = Number(match[1]);
    // A lone year ("en 2025") is not a population.
    const isYear = n >= 1900 && n <= 2100 && !/\bhab/.test(text);
    if (!isYear) return n;
  }
  return null;
}
