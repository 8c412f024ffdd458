/**
 * Numbers as French users type them: "55 000", "55000", "55.000", "55k", "55 k", "1,2 million".
 * Rewrites them as plain digits so the analyser and the population detector see one form.
 */
export function normaliseNumbers(text: string): string {
  // Most of the base's texts have no digit at all: nothing to rewrite (start-up indexes them all).
  if (!/\d/.test(text)) return text;
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

// Made on first use: building a French number format loads ICU data (about 20 ms), which a
// one-question CLI run whose answer states no figure never needs.
let frenchWhole: Intl.NumberFormat | undefined;
/** "13 000 €" (narrow no-break space as French typography wants, shown as a plain space). */
export function formatEuros(amount: number): string {
  return `${formatCount(amount)} €`;
}
/** "83 000" */
export function formatCount(n: number): string {
  frenchWhole ??= new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 0 });
  return frenchWhole.format(n).replace(/\s/g, ' ');
}
