import { toCardinal } from 'n2words/fr-FR';

/** A number's French words as typed: lower case, hyphens as spaces, no plural "s". */
const asTyped = (words: string): string =>
  words
    .toLowerCase()
    .replace(/-/g, ' ')
    .replace(/\b(cent|vingt)s\b/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();

// Made on first use: only a question that spells out thousands needs the words of 1 to 999.
let underThousand: ReadonlyMap<string, number> | undefined;
/** "quarante cinq" → 45, "deux cent" → 200, "quatre vingt dix neuf" → 99 (n2words' French). */
const wordsOfNumbers = (): ReadonlyMap<string, number> =>
  (underThousand ??= new Map(
    Array.from({ length: 999 }, (_, i) => [asTyped(toCardinal(i + 1)), i + 1] as const),
  ));
/** Most number words a figure under a thousand takes ("quatre vingt dix neuf"). */
const MAX_NUMBER_WORDS = 6;

/**
 * The value of the longest run of number words ending `words` (`from: 'end'`) or opening them
 * (`'start'`), and how many words it takes; undefined when none does.
 */
function numberRun(
  words: readonly string[],
  from: 'start' | 'end',
): { value: number; count: number } | undefined {
  for (let count = Math.min(MAX_NUMBER_WORDS, words.length); count > 0; count -= 1) {
    const run = from === 'end' ? words.slice(-count) : words.slice(0, count);
    const value = wordsOfNumbers().get(run.join(' '));
    if (value !== undefined) return { value, count };
  }
  return undefined;
}

/**
 * "trente mille habitants", "quarante-cinq mille", "cent vingt mille cinq cents": thousands
 * spelled out in a question, as digits ("30000"). A number under a thousand alone stays in words:
 * "deux fois par an" is read as it is written. (A form's amount or population field keeps to
 * digits: `normaliseNumbers` alone.)
 */
export function spelledThousands(text: string): string {
  if (!/mille/i.test(text)) return text;
  return text.replace(
    /((?:[a-zàâçéèêëîïôûù]+[\s-]+){0,6})mille\b((?:[\s-]+[a-zàâçéèêëîïôûù]+){0,6})/giu,
    (_match, before: string, after: string) => {
      const lead = before.split(/[\s-]+/).filter(Boolean);
      const thousands = numberRun(lead.map(asTyped), 'end');
      const trail = after.split(/[\s-]+/).filter(Boolean);
      const rest = numberRun(trail.map(asTyped), 'start');
      const value = (thousands?.value ?? 1) * 1000 + (rest?.value ?? 0);
      const kept = lead.slice(0, lead.length - (thousands?.count ?? 0)).join(' ');
      const left = trail.slice(rest?.count ?? 0).join(' ');
      // "mille" alone after a word that is no number ("mille habitants") is a thousand.
      return [kept, String(value), left].filter(Boolean).join(' ');
    },
  );
}

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
