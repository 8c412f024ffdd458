import { IMPERSONAL } from './focus.js';

/**
 * Questions about bodies other than the CLSM and the ARS: another structure's own bodies, another
 * scheme, another funder. The texts name them beside the CLSM and say little of them, so an
 * entry answers such a question only when it speaks of that body itself. Text is folded
 * (lowercase, no accents), as in the question's focus.
 */

/**
 * The other structures, each by its acronym (a regex source, as a question names it) and, for a
 * scheme, its name spelled out and how an entry's title names it; with what may be asked of it:
 * its own bodies ("le COPIL d'un PTSM"), what it is or does (a scheme), its money (a funder or
 * a funded structure).
 */
interface Structure {
  readonly acronym: string;
  readonly spelled?: string;
  readonly titled?: RegExp;
  readonly bodies?: boolean;
  /** 'strict': only words of money ask of it, not "apporter", "verser", "prendre en charge". */
  readonly money?: boolean | 'strict';
}
const STRUCTURES: readonly Structure[] = [
  {
    acronym: 'ptsm',
    spelled: 'projets? territoria(l|ux) de sante mentale',
    titled: /\bptsm\b|projets? territoria(l|ux) de sante mentale/,
    bodies: true,
    // "l'ARS paie-t-elle le coordonnateur PTSM ?": the texts never give a PTSM's money (asked in
    // words of money only: what PTSM and CLSM "apportent" each other is not).
    money: 'strict',
  },
  { acronym: 'cls', bodies: true },
  {
    acronym: 'dac',
    spelled: "dispositifs? d'appui a la coordination",
    titled: /\bdac\b|dispositifs? d'appui/,
    bodies: true,
    money: true,
  },
  { acronym: 'communautes? 360', titled: /communautes? 360/ },
  // "un contrat de ville est conclu pour combien d'années ?": the politique de la ville's own
  // contract, which the texts name beside the CLSM and never describe.
  { acronym: 'contrats? de ville', titled: /contrats? de ville/ },
  {
    acronym: 'ctsm',
    spelled: 'contrats? territoria(l|ux) de sante mentale',
    titled: /\bctsm\b|contrats? territoria(l|ux) de sante mentale/,
  },
  {
    acronym: 'cpts',
    spelled: 'communautes? professionnelles? territoriales?',
    titled: /\bcpts\b|professionnelles? territoriales?/,
    bodies: true,
    money: true,
  },
  {
    acronym: 'gem',
    spelled: "groupes? d'entraide mutuelle",
    titled: /\bgem\b|entraide mutuelle/,
    bodies: true,
    money: true,
  },
  {
    acronym: 'cpt',
    spelled: 'communautes? psychiatriques? de territoires?',
    titled: /\bcpt\b|psychiatriques? de territoire/,
    bodies: true,
    money: true,
  },
  // The 2018 CLS référentiel only says a CLS coordinator may take part in its work.
  {
    acronym: 'cts',
    spelled: 'conseils? territoria(l|ux) de sante',
    titled: /\bcts\b|conseils? territoria(l|ux) de sante/,
  },
  // The 2023 text names the MDA among the extended COPIL's members, and says nothing of it.
  {
    acronym: 'mda',
    spelled: 'maisons? (?:departementales? )?des adolescents',
    titled: /\bmda\b|maisons? (departementales? )?des adolescents/,
  },
  {
    acronym: 'mdph',
    spelled: 'maisons? departementales? des personnes handicapees',
    titled: /\bmdph\b|maisons? departementales? des personnes handicapees/,
  },
  ...[
    'conseil departemental',
    'conseil regional',
    'cpam',
    'assurance maladie',
    'caf',
    "(?<!(?:en|d'|l') )etat(?! des lieux)",
    'cget',
    'anct|agence nationale de la cohesion des territoires',
    // Named among the members of a CLSM's bodies; the texts never speak of their money.
    'education nationale',
    'pjj|protection judiciaire de la jeunesse',
  ].map((acronym) => ({ acronym, money: true })),
];
const acronyms = (has: (s: Structure) => boolean | undefined): string =>
  STRUCTURES.filter(has)
    .map((s) => s.acronym)
    .join('|');

/**
 * "le COPIL d'un PTSM", "le coordonnateur d'une CPTS": a body or role of a structure other than
 * the CLSM. Only an entry titled on that structure speaks of it (the COTECH's entry quotes "la
 * feuille de route du PTSM" and says nothing of a PTSM's COPIL).
 */
const BODY_OF_OTHER = new RegExp(
  `\\b(?:copil|cotech|comite \\w+|pleniere|assemblee \\w+|coordinat\\w*|coordonnat\\w*|instances?|gouvernance) (?:elargi |restreint )?(?:(?:d'une?|du|de la) )?(${acronyms((s) => s.bodies)})\\b` +
    // "le PTSM a-t-il un comité de pilotage ?"
    `|\\b(${acronyms((s) => s.bodies)}) (?:a[- ]t[- ](?:il|elle)|possede|dispose d'|comporte|comprend) (?:un|une|des|son|sa|ses) (?:copil|cotech|comite|pleniere|assemblee|instances?|gouvernance)\\b`,
);

/**
 * "quelles sont les missions d'un DAC ?", "la communauté 360, qui la pilote ?": what another
 * scheme is or does. Only an entry titled on that scheme answers (not one listing it among the
 * territory's tools or the COPIL's members).
 */
const SCHEMES = STRUCTURES.flatMap(({ acronym, spelled, titled }) => {
  const name = `\\b(?:${[acronym, spelled].filter(Boolean).join('|')})\\b`;
  return titled ? [{ name, asked: new RegExp(name), titled }] : [];
});
const SCHEME_NAMES = SCHEMES.map((s) => s.name).join('|');
const SCHEME_NAMED = new RegExp(SCHEME_NAMES);
const SCHEMES_NAMED = new RegExp(SCHEME_NAMES, 'g');
const SCHEME_ASKED = new RegExp(
  `\\b(missions?|role|fonctionnement|compos\\w*|pilot\\w*|gouvernance|constitu\\w*|cree\\w*|creation|finance\\w*|evalu\\w*|signe\\w*|signataires?|reuni\\w*|presid\\w*|duree|annees)\\b[^?]{0,30}\\b(?:d'une?|du|de la|des|les?|la|une?|a une?) (${SCHEME_NAMES})|(${SCHEME_NAMES})[^?]{0,40}\\b(missions?|role(?! (dans|au|aux|a la|au sein))|sert a quoi|qui (la|le|les) pilote|qui (y )?siege\\w*|qui (est|y a|il y a) dedans|conclu\\w*|dure\\w*)\\b`,
);

/**
 * "le coordo CLSM doit-il être présent au COPIL élargi ?": the CLSM's own coordinator asked
 * about. An entry titled on another structure's coordinator ("Le coordinateur PTSM invité aux
 * instances du CLSM") speaks of someone else, unless the question names that structure too
 * ("coordo CLSM pas mutualisé avec le CLS").
 */
const COORDINATOR = '(?:coordo|coordinat|coordonnat)\\w*';
const CLSM_COORDINATOR = new RegExp(`\\b${COORDINATOR} (?:du |de notre |de mon |d'un )?clsm\\b`);
const OTHER_COORDINATOR = new RegExp(
  `\\b${COORDINATOR} (?:du |de la |de l'|d'une? )?(${acronyms((s) => s.bodies)}|asv|ctg|contrats? de ville)\\b`,
);

/** Other schemes a title names beside the one asked, from which it lists them. */
const LISTED = 2;

const CLSM_BODY = /\b(copil|cotech|pleniere|clsm)\b/;
/** A body a CLS has too, a CLS named, and words that only a CLSM's question holds. */
const CLS_BODY_BARE = /\b(?:copil|comite de pilotage|cotech|comite technique)\b/;
const CLS_NAMED = /\b(?:cls|contrats? loca(?:l|ux) de sante)\b/;
/**
 * "y siéger", "son rôle": words that point back to something told before, as a subject pronoun
 * does.
 */
const POINTS_BACK = /\b(?:y|son|sa|ses|leurs?)\b/;
const CLSM_ONLY =
  /\bclsm\b|\bsante mentale\b|\b(?:copil|comite de pilotage) (?:elargi|restreint)\b/;

/** Money asked: who funds, how much, what share. */
const FUNDING_ASKED =
  /\b(financ\w*|cofinanc\w*|subvention\w*|credits?|paie|paye|payer|prend\w* en charge|apporte\w*|met combien|verse\w*|montants?|euros?|combien d'argent|budgets?)\b|€/;
/**
 * "quelle part le Conseil départemental doit-il apporter ?", "l'ARS finance-t-elle les GEM ?":
 * a funder or a funded structure named when money is asked. Only an answer that speaks of its
 * money does (the texts give the ARS's share, never a departmental council's or a GEM's; an
 * entry naming the GEM among the CLSM's levers says nothing of its funding).
 */
const PAYER_NAMED = new RegExp(`\\b(${acronyms((s) => s.money === true)})\\b`, 'g');
const STRICT_PAYER_NAMED = new RegExp(`\\b(${acronyms((s) => s.money === 'strict')})\\b`, 'g');
/** Money asked in its own words (not "apporter", "verser", "prendre en charge"). */
const MONEY_WORD_ASKED =
  /\b(financ\w*|cofinanc\w*|subvention\w*|credits?|paie|paye|payer|montants?|euros?|budgets?)\b|€/;

const word = (name: string): RegExp => new RegExp(`\\b${name}\\b`);
/** Words of money in an answer. */
const MONEY =
  '(financ\\w*|cofinanc\\w*|subvention\\w*|credits?|dotations?|euros?|€|paie\\w*|payer|paye\\w*)';
/** A structure's money spoken of: its name and a word of money in the same sentence, close. */
const moneyOf = (name: string): RegExp =>
  new RegExp(`\\b${name}\\b[^.]{0,80}${MONEY}|${MONEY}[^.]{0,80}\\b${name}\\b`);

/** "participer aux travaux du CTS", "contribuer à ses réunions": joining a scheme's work. */
const JOINS_WORK =
  /\b(?:particip\w*|contribu\w*|associe\w*|sieg\w*) (?:aux|a|au) (?:travaux|reunions|seances|instances|commissions)\b/;

/** "se réunit-il", "il se réunit", "elle est présidée": a subject that points back. */
const SUBJECT_PRONOUN =
  /-(?:t-)?(?:il|elle|ils|elles)\b|(?:^|[,;:] ?)(?:il|elle|ils|elles) (?!y a\b)/;

/**
 * "Qui préside le conseil territorial de santé… ? et combien de fois se réunit-il ?": an ask
 * whose subject is a pronoun asks of the structure the words before it named last.
 */
function withSubjectNamed(focus: string, before: string): string {
  if (!SUBJECT_PRONOUN.test(focus.replace(IMPERSONAL, ' '))) return focus;
  const named = [...before.matchAll(SCHEMES_NAMED)].at(-1)?.[0];
  return named && !SCHEME_NAMED.test(focus) && !CLSM_BODY.test(focus)
    ? `${focus} de la ${named}`
    : focus;
}

/**
 * Whether an entry, by its folded title and answer, speaks of the other bodies the focus asks
 * about (the whole question tells whether a CLSM's body is its setting); always true for a
 * focus about none. `before`: what the question says before the focus, where a pronoun
 * subject's structure is named.
 */
export function otherBodiesFit(
  focusAsked: string,
  question: string,
  before = '',
): (title: string, answer: string) => boolean {
  const focus = withSubjectNamed(focusAsked, before);
  const bodyOf = BODY_OF_OTHER.exec(focus);
  // "Dans un CLS en Occitanie, qui compose le comité technique ?": a body asked bare, a CLS and
  // no CLSM named around it, is the CLS's (the COPIL élargi and restreint are the CLSM's only).
  // So is one told before and pointed back to ("nous mettons en place le comité technique de
  // notre CLS. Qui doit y siéger ?").
  const bodyAsked =
    CLS_BODY_BARE.test(focus) ||
    ((POINTS_BACK.test(focus) || SUBJECT_PRONOUN.test(focus)) && CLS_BODY_BARE.test(before));
  const clsAround = bodyAsked && CLS_NAMED.test(question) && !CLSM_ONLY.test(question);
  const owner = bodyOf?.[1] ?? bodyOf?.[2] ?? (clsAround ? 'cls' : undefined);
  // "le coordonnateur du CLS siège-t-il au COPIL du CLSM ?": a CLSM's entry naming it speaks
  // of it; "qui siège au COPIL d'un GEM ?" is asked of the GEM, which only its own entry could
  // answer (the CLSM's COPIL lists GEM among its members).
  // So does a labelling dossier's ("dans la partie du dossier sur la gouvernance, faut-il
  // préciser le lien avec les instances du CLS ?"): the dossier is the CLSM's.
  // "le coordo PTSM fait-il partie du COPIL élargi ?": a role named bare sits in a CLSM's body.
  const bare = bodyOf?.[1] !== undefined && !/ (?:d'une?|du|de la) /.test(bodyOf[0]);
  // Nor is "le coordo de la CPTS peut-il faire partie du COPIL élargi ?": a role of another
  // body asked to sit in a body only a CLSM has.
  const roleInClsmBody =
    /^coordinat|^coordonnat/.test(bodyOf?.[0] ?? '') && CLSM_ONLY.test(question);
  const aboutClsm =
    /\b(clsm|dossier|labellis\w*)\b/.test(question) ||
    (bare && CLSM_BODY.test(question)) ||
    roleInClsmBody;
  const ownerWord = owner ? word(owner) : undefined;
  const payers = [
    ...(FUNDING_ASKED.test(focus) ? focus.matchAll(PAYER_NAMED) : []),
    ...(MONEY_WORD_ASKED.test(focus) ? focus.matchAll(STRICT_PAYER_NAMED) : []),
  ].map((m) => moneyOf(m[1] ?? ''));
  // "pour le COPIL élargi, …, la communauté 360 peut jouer un rôle ?": its place in a CLSM's
  // body is asked, which CLSM entries say.
  const scheme = CLSM_BODY.test(question) ? undefined : SCHEME_ASKED.exec(focus)?.[0];
  const asked = scheme ? SCHEMES.find((s) => s.asked.test(scheme)) : undefined;
  // "Articuler le CLS avec CPTS, CPT, DAC, PTSM" lists the scheme among others, and "CLSM et
  // communautés psychiatriques de territoire" sets it beside the CLSM: neither is on it.
  const onScheme = (title: string): boolean =>
    asked !== undefined &&
    asked.titled.test(title) &&
    !/\bclsm\b/.test(title) &&
    SCHEMES.filter((s) => s !== asked && s.titled.test(title)).length < LISTED;
  const clsmCoordinator = CLSM_COORDINATOR.test(focus);
  const otherCoordinator = (title: string): boolean => {
    const other = OTHER_COORDINATOR.exec(title)?.[1];
    return other !== undefined && !word(other).test(question);
  };
  // "on me propose de participer aux travaux du CTS, ça rentre dans mes missions ?": taking part
  // in the scheme's work is asked, which an entry naming that work answers.
  const joinsWork = asked !== undefined && JOINS_WORK.test(focus);
  return (title, answer) =>
    !(clsmCoordinator && otherCoordinator(title)) &&
    (!ownerWord || ownerWord.test(title) || (aboutClsm && ownerWord.test(answer))) &&
    payers.every((p) => p.test(answer)) &&
    (!asked || onScheme(title) || (joinsWork && asked.titled.test(answer)));
}
