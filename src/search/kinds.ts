// What a question asks for and what an answer gives, read from their words: a quantity and a
// figure, a share, a count of bodies, a contact detail, a dated event. The candidate finder
// keeps only entries whose answer gives what is asked.
import type { Facet } from './facets.js';
import { THERE_ARE } from './focus.js';

/** A question asking for an amount, a count, a rate or a duration. */
export const QUANTITY =
  /\b(combien|nombre|taux|pourcentage|montant|(?<!(dans|sur) la )duree|frequence|periodicite|moyenne)\b/;
/** An answer that states a figure: digits (not a year) or a number written out. */
export const FIGURE =
  /\b(?!(?:19|20)\d\d\b)\d+(?![\d)])|\b(deux|trois|quatre|cinq|six|sept|huit|neuf|dix|douze|quinze|vingt|cent|mille|annuel|annuelle|mensuel|semestriel)\b/;
/** "combien de PTSM en France": a count of bodies, answered only by a figure of those bodies. */
export const COUNT_OF_BODIES = new RegExp(
  `\\b(?:combien|nombre|nb)\\s+(?:${THERE_ARE}\\s+)?(?:de |d')(clsm|cls|ptsm|gem|cpts|cmp|cmpp|conseils locaux|contrats locaux)\\b`,
);
/** A figure, then up to three words, then the body counted: "280 CLSM", "une vingtaine de CLSM". */
export const countOf = (body: string): RegExp =>
  new RegExp(
    `(\\d|\\b(deux|trois|quatre|cinq|six|sept|huit|neuf|dix|vingtaine|centaine|dizaine)\\b)\\S*(\\s+\\S+){0,3}\\s+${body}\\b`,
  );
/** A question asking for a share: a percentage, a rate, a proportion. */
export const SHARE = /\b(pourcentage|taux|proportion|pour cent|quelle part)\b|%/;
/** An answer that states a share: a percentage, parity ("à parts égales"), a half. */
export const GIVES_SHARE = /\d\s*%|\bpour cent\b|\bparite\b|\bmoitie\b|\bparts? egales?\b/;
/**
 * A contact detail asked as such: an e-mail address or a phone number ("par mail" says how to
 * send, not which address). Only an answer that states one gives it.
 */
export const CONTACT_VALUES: readonly { asked: RegExp; given: RegExp }[] = [
  {
    asked:
      /\b(adresse (e-?)?mail|adresse electronique|e-?mail|courriel|mel)\b(?<!\bpar (e-?)?mail|\bpar courriel)/,
    given: /@/,
  },
  {
    asked: /\b(telephone|tel|numero de tel\w*|portable)\b/,
    given: /\b0\d([ .]?\d\d){4}\b/,
  },
];
/**
 * Facets an answer gives by the values it states, whatever its curator declared: a dated
 * event ("validée en mars 2022", "le 13 mai 2025") answers "quand".
 */
const MONTHS =
  'janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre';
export const STATED_FACETS: ReadonlyArray<readonly [Facet, RegExp]> = [
  ['date', new RegExp(`\\b(${MONTHS}) (19|20)\\d\\d\\b`)],
];
/** How a question names the facet it asks: the word itself need not be in the answer. */
export const FACET_NAMES: ReadonlyArray<readonly [Facet, string]> = [
  ['date', 'date'],
  ['pieces', 'piece'],
  ['pieces', 'pieces'],
  ['montant', 'montant'],
  ['composition', 'composition'],
  ['cadence', 'frequence'],
  ['duree', 'duree'],
  ['nombre', 'nombre'],
];
