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

const POPULATION_CUE =
  /\b(hab|habs|habitants?|population|territoires?|communes?|villes?|plafonds?|financements?|finance|montants?|subventions?|budgets?|combien|tranches?)\b/i;

/**
 * A territory population in a question ("plafond pour 55 000 hab"), or null. Only numbers
 * of 1 000 or more with a population or funding cue count: "2 fois par an" is not one.
 */
export function findPopulation(question: string): number | null {
  const text = normaliseNumbers(question.toLowerCase());
  if (!POPULATION_CUE.test(text)) return null;
  for (const match of text.matchAll(/\b(\d{4,9})\b(?!\s*(?:€|euros?\b|eur\b))/g)) {
    const n = Number(match[1]);
    // A lone year ("en 2025") is not a population.
    const isYear = n >= 1900 && n <= 2100 && !/\bhab/.test(text);
    if (!isYear) return n;
  }
  return null;
}
