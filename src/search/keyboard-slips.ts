/**
 * Slips of the keyboard the index's one-letter fuzzy match cannot mend.
 *
 * On the words that say what is asked ("cmbien", "qeulle", "pourqoui"):
 * an unknown word of asking costs an answer its confidence, and no text holds these words for
 * the index's fuzzy match to find. Every one-letter slip (a letter dropped, swapped with its
 * neighbour or replaced) of each word maps back to it, except those that are French words of
 * their own ("combine", "ruelle", "desquels").
 */
const ASKING = [
  'combien',
  'quels',
  'quelle',
  'quelles',
  'pourquoi',
  'comment',
  'lequel',
  'laquelle',
  'lesquels',
  'lesquelles',
  // "combien d'annes": the unit a duration is asked in says what is asked, like the words above.
  'annees',
];

/** One-letter slips of an asking word that are words in their own right. */
const REAL_WORDS = new Set([
  'quel',
  'combine',
  'commet',
  'duels',
  'duelle',
  'duelles',
  'ruelle',
  'ruelles',
  'desquels',
  'desquelles',
  'annee',
]);

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

function slipsOf(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < word.length; i++) {
    out.push(word.slice(0, i) + word.slice(i + 1));
    for (const c of LETTERS) out.push(word.slice(0, i) + c + word.slice(i + 1));
    if (i + 1 < word.length) out.push(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2));
  }
  return out;
}

/** Each slip, mapped to the asking word it was typed for (the asking words stay themselves). */
const ASKING_SLIPS: ReadonlyMap<string, string> = new Map(
  ASKING.flatMap((word) =>
    slipsOf(word)
      .filter((slip) => slip !== word && !ASKING.includes(slip) && !REAL_WORDS.has(slip))
      .map((slip): [string, string] => [slip, word]),
  ),
);

/** "exactemnt", "seulemnt", "juridiquemnt": an adverb typed without the "e" of its "-ment". */
const ADVERB_SLIP = /^([a-z]{4,})mnt$/;

/** The word a slip was typed for, or undefined when the word is no known slip. */
export function slipMended(word: string): string | undefined {
  const adverb = ADVERB_SLIP.exec(word);
  return ASKING_SLIPS.get(word) ?? (adverb ? `${adverb[1]}ment` : undefined);
}

/**
 * "indicatuers", "seoln", "piltage", "coodo", "plenierre": a word `has` does not know (the
 * analyser's: the knowledge base's words and its own lists), typed with two neighbouring letters
 * swapped, with a letter dropped, or with a consonant struck twice in a long word, read as the
 * one word it could be. A swap is two edits for the index's one-letter fuzzy match, and stop
 * words and shorthand are never fuzzed. Not any other letter added or replaced: "avenant" and
 * "privés" are words, not slips of "venant" and "prises". Short words, and words a slip away
 * from several, are left as typed.
 */
export function slipMendedTo(word: string, has: (word: string) => boolean): string | undefined {
  if (word.length < MEND_MIN_LENGTH || !/^[a-z]+$/.test(word) || has(word)) return undefined;
  const found = new Set<string>();
  for (let i = 0; i <= word.length; i++) {
    const head = word.slice(0, i);
    if (i + 1 < word.length) {
      const swapped = head + word.charAt(i + 1) + word.charAt(i) + word.slice(i + 2);
      if (has(swapped)) found.add(swapped);
    }
    for (const c of LETTERS) if (has(head + c + word.slice(i))) found.add(head + c + word.slice(i));
    // "plenierre", "coordinatteur": a consonant struck twice in a long word (not "fille", nor
    // the "ee" of "redemandée").
    const once = head + word.slice(i + 1);
    if (
      word.length >= DOUBLED_MIN_LENGTH &&
      word.charAt(i) === word.charAt(i + 1) &&
      !VOWELS.includes(word.charAt(i)) &&
      has(once)
    )
      found.add(once);
  }
  return found.size === 1 ? [...found][0] : undefined;
}
const MEND_MIN_LENGTH = 4;
const DOUBLED_MIN_LENGTH = 7;
const VOWELS = 'aeiouy';
