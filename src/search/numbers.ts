/**
 * Numbers as French users type them: "55 000", "55000", "55.000", "55k", "55 k", "1,2 million".
 * Rewrites them as plain digits so the analyser and the population detector see one form.
 */
export function normaliseNumbers(text: string): string {
  return text
    .replace(/(\d+)(?:[.,](\d+))?\s*(millions?|M)\b/g, (_m, int: string, dec: string | undefined) =>
      String(Math.round(Number(`${int}.${dec ?? '0'}`) * 1_000_000)),
    )
    .replace(/(\d+)(?:[.,](\d+))?\s*[kK]\b/g, (_m, int: string, dec: string | undefined) =>
      String(Math.round(Number(`${int}.${dec ?? '0'}`) * 1000)),
    )
    .replace(/\b(\d{1,3})(?:[ \u00a0\u202f.](\d{3}))+\b/g, (m) =>
      m.replace(/[ \u00a0\u202f.]/g, ''),
    );
}

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
