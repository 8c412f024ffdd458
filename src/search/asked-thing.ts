import { foldAccents, plainQuestion } from './analyser.js';
import { asksIn } from './focus.js';

/**
 * The thing a question asks for: the noun after "quel(le)(s)", "combien de", "faut-il un",
 * "besoin d'un", "y a-t-il un", "prévoit un" ("quelle sanction", "quel quorum", "combien de
 * lits", "besoin d'un quorum", "la loi prévoit une sanction"). When no entry and no passage of
 * the texts ever uses that word, the texts cannot say what it is, however well the rest of the
 * question matches an entry ("quelle sanction si le COPIL ne se réunit pas deux fois par an").
 */
const ASKED_THING =
  /\b(?:quel|quelle|quels|quelles|combien de |combien d'|besoin d'un |besoin d'une |besoin de |faut[ -]il un |faut[ -]il une |il faut un |il faut une |y a[ -]t[ -]il un |y a[ -]t[ -]il une |existe[ -]t[ -]il un |existe[ -]t[ -]il une |(?:prevoi|prevu|impos|exige)[a-z]*(?:[ -]t)?(?:[ -](?:il|elle|ils|elles|on))? (?=un |une |des ))\s*(?:(?:est|sont|serait|seraient|etait|etaient)\s+)?(?:(?:le|la|les|un|une|des|du)\s+|l')?([a-z][a-z-]{2,})/g;

/**
 * A query of a few words that asks nothing in words ("salaire coordo clsm", "quorum copil"):
 * each of its words is a thing asked for.
 */
const BARE_QUERY_WORDS = 5;

/** An acronym as typed: capitals, three or more ("RGPD", "CNIL", "FIR"). */
const TYPED_ACRONYM = /(?<![\p{L}\p{N}])\p{Lu}[\p{Lu}\p{N}]{2,}(?![\p{L}\p{N}])/gu;
/**
 * A number named as a thing ("le 3114", "au 3020", "le numéro 3114", "le n° vert 0800"): not
 * a year, a population or an amount.
 */
export const NUMBER_NAMED =
  /\b(?:le|du|au)\s+(?!(?:19|20)\d\d\b)(\d{3,5})\b(?!\s*(?:hab\w*|euros?|€|k\b|personnes|ans|etp|%|\d))|\b(?:numeros?|n°)\s+(?:(?:de telephone|national|vert|unique|d'appel)\s+)?(\d+)\b/g;
/** The numbers a text names as things. */
export const numbersNamed = (text: string): string[] =>
  [...text.matchAll(NUMBER_NAMED)].map((m) => m[1] ?? m[2] ?? '');

/**
 * Whichever thing a question asks for (`unknownAskedThing`), or an acronym it names, that the
 * base never uses ("faut-il déclarer la cellule au titre du RGPD ?"): the texts name no such
 * body, rule or fund, so they cannot say what holds for it.
 */
export function unknownNamedThing(
  focus: string,
  isUnknown: (word: string) => boolean,
  typo: (word: string) => boolean = () => false,
): string | undefined {
  return (
    unknownAskedThing(focus, isUnknown) ??
    unknownQueryWord(focus, (word) => isUnknown(word) && !typo(word)) ??
    (focus.match(TYPED_ACRONYM) ?? []).find((a) => isUnknown(foldAccents(a.toLowerCase()))) ??
    numbersNamed(focus).find(isUnknown)
  );
}

/**
 * The first word asked for that the base never uses, spelled as the user wrote it; undefined
 * when every thing asked for is a word of the texts (or nothing is asked that way).
 */
export function unknownAskedThing(
  focus: string,
  isUnknown: (word: string) => boolean,
): string | undefined {
  const asked = [...plainQuestion(focus).matchAll(ASKED_THING)].map((m) => m[1] ?? '');
  const word = asked.find(isUnknown);
  if (word === undefined) return undefined;
  return (
    focus.split(/[^\p{L}\p{N}'’-]+/u).find((w) => foldAccents(w.toLowerCase()) === word) ?? word
  );
}

/** The first word of a bare query ("quorum copil") that the base never uses, as typed. */
export function unknownQueryWord(
  focus: string,
  isUnknown: (word: string) => boolean,
): string | undefined {
  const plain = plainQuestion(focus);
  const words = plain.split(/[^a-z0-9'-]+/).filter(Boolean);
  if (words.length > BARE_QUERY_WORDS || asksIn(focus)) return undefined;
  return words.find((w) => /^[a-z][a-z-]{3,}$/.test(w) && isUnknown(w));
}
