import { foldFree, plainQuestion } from './analyser.js';
import { PLACES } from './places.js';

/** The question split into what is asked (its focus) and the situation told before it. */
export interface QuestionParts {
  /** The interrogative clause and what follows it; the whole question when none stands out. */
  focus: string;
  /** Greetings, situation, context: weighs less in ranking and in coverage. */
  preamble: string;
  /**
   * Clauses asking nothing that a short focus took in ("l'UNAFAM et le GEM, faut-il les
   * lettres d'engagement ?"): topic words, but not what the answer must be about.
   */
  lent?: string[];
  /**
   * Of those, the ones taken in only because the focus had too few words, not for a pronoun
   * they explain ("je suis élu, qui signe le CLS avec nous ?").
   */
  padding?: string[];
  /** An item checked against the list asked ("la CPAM fait-elle partie des destinataires ?"). */
  item?: string;
}

/**
 * Words that open what is asked: "qui", "combien", "faut-il", "c'est quoi", "préconise-t-il",
 * "s'applique-t-elle" (after an elided pronoun), "pouvons-nous"…
 */
export const ASKING =
  /(^|\s)(qui|quoi|koi|combien|quand|comment|pourquoi|quel|quelle|quels|quelles|lequel|laquelle|lesquels|lesquelles|faut-il|faut il|doit-on|peut-on|peut on|est-ce|est ce|c'est quoi|c quoi|(?:c'est|c|cest|ca) (?:pareil|pareille|la meme chose|idem)|qu'est-ce|y a[- ]t[- ]il|existe[- ]t[- ]il|a quel|a qui|avec qui|par qui|pour qui|ca (?:va|passe)(?= *(?:$|[?,]|d'apres|selon))|de quel|est-il|sont-ils|qu'en|que dit|que disent|que prevoit|que prevoient|(?:[a-z]')?[a-z]+(?:-t)?-(?:il|elle|ils|elles|on|nous|vous)|[a-z]+ t (?:il|elle|on)|(?:peut|peuvent|doit|doivent|dit|disent|prevoit|prevoient|est|sont|existe|faudrait|pourrait|devrait|pourraient|devraient|sera|seront|fixe|fixent|impose|imposent|exige|exigent|mentionne|precise|recommande|preconise|autorise|considere|parle|parlent|reste|restent|compte|comptent|font|ont|vont) (?:il|elle|ils|elles|on))(\s|$|[?,;:.!])/;
/**
 * "où" asks, "ou" (or) does not, and both fold to "ou": only "où" as typed, or "ou" opening the
 * clause before a verb ("ou trouver le guide", "ou est publié") or closing it ("on l'envoie ou
 * ?"), asks; ", ou uniquement en contrat de projet ?" offers a choice.
 */
const ASKING_WHERE =
  /(^|\s)où(\s|$|\?)|^ou\s+(?:trouver|envoyer|deposer|déposer|adresser|transmettre|chercher|consulter|telecharger|télécharger|voir|lire|s'adresser|est|sont|se|en|peut|peux|puis|faut|doit|dois|on|je|nous|il|elle|ils|elles)\b|\sou\s*\??$/;

/** Whether a clause asks something (an interrogative word opens what is asked). */
export const asksIn = (clause: string): boolean =>
  ASKING.test(plainQuestion(clause)) ||
  ASKING_WHERE.test(clause.toLowerCase().trim()) ||
  ASKING_WHAT.test(plainQuestion(clause).trim());

/**
 * "Le référentiel reprend-il, pour le COPIL, la règle de l'ancien texte qui demandait…": a
 * "qui" after a noun opens a relative clause, not a question; a clause asking by it alone is
 * what an earlier clause asks about. After a preposition or a verb ("par qui", "on invite
 * qui", "c'est qui") it asks.
 */
const RELATIVE_QUI =
  /(?<=[a-z0-9'»"])(?<!\b(?:par|a|avec|pour|de|chez|sur|entre|invite\w*|associe\w*|contacte\w*|joindre|c'est|est|sont|etai\w*|serai\w*|appelle\w*|faut|doit|peut|alors|et|ou|mais|donc|ben|bref|sinon))\s+qui\b/g;
export const asksByRelativeOnly = (clause: string): boolean => {
  const folded = plainQuestion(clause);
  const without = folded.replace(RELATIVE_QUI, ' ');
  return without !== folded && !ASKING.test(without);
};

/**
 * Words of answering or saying a relay asks by ("je lui réponds quoi", "que dit", "tu peux me
 * résumer", "le ref dit qqch là-dessus", "ou le référentiel attend-il autre chose"): set aside
 * from what is asked.
 */
const REPLYING_WORDS =
  "(?:je|on) (?:lui |leur |vous )?(?:reponds|repond|dis) quoi|que (?:lui |leur )?(?:repondre|dire|reponds|repond)|que (?:puis-je|puis je|peut-on|peut on|pourrais-je|dois-je) (?:lui |leur )?(?:repondre|dire)|qu'est[- ]ce que (?:je|j'|on) (?:lui |leur )?(?:reponds|repond|dis|dire)|quoi (?:lui |leur )?repondre|(?:tu peux|tu pourrais|pouvez-vous|pourriez-vous|peux-tu) (?:me |nous )?(?:le |la |les )?(?:resumer|repondre|dire)|que (?:dit|disent)|(?:qu'est[- ]ce )?qu'en (?:dit|disent|pense)|(?:dit|disent)(?:-t-il|-t-elle| t il| t elle)? (?:quoi|qqch|qqchose|(?:quelque |qq )?chose)|en dit quoi|est[- ]ce (?:toujours|encore) (?:exact|vrai|valable|d'actualite)|(?:c'est|est-ce que c'est) (?:toujours|encore) (?:exact|vrai|valable|d'actualite)|(?:c'est|est-ce|est ce) (?:bien |vraiment |toujours |encore )?le cas|(?:attend|attendent|demande|demandent|exige|exigent|prevoit|prevoient)(?:-t-il|-t-elle| t il| t elle|-il|-elle|-ils|-elles)? autre chose";
/** What a text recommends or provides, asked of it ("que préconise le ref national ?"): kept. */
const RULING_WORDS =
  'que (?:prevoit|prevoient|preconise|preconisent|recommande|recommandent|conseille|conseillent|propose|proposent)|(?:prevoit|preconise|recommande|conseille|propose)(?:-t-il|-t-elle| t il| t elle)? quoi';
const asWords = (source: string): RegExp => new RegExp(`(?:^|\\s)(?:${source})(?=\\s|$|[?,;:.!])`);
const REPLYING = asWords(REPLYING_WORDS);
/**
 * "« … ? » je lui réponds quoi d'après le ref national ?", "… que préconise le référentiel ?",
 * "le ref 2018 dit quoi ?": a clause asking only what to answer, or what a text says, names no
 * subject of its own: it passes on the ask before it, and the text it names is where to look.
 */
const RELAY = asWords(`${REPLYING_WORDS}|${RULING_WORDS}`);
/** Words that may stand beside a relay: a text's name, "d'après", who is answered. */
const RELAY_FILLER =
  /\b(?:d'apres|selon|dans|sur ce point|la[- ]dessus|est[- ]ce que|ou|a ce sujet|du coup|alors|donc|et|ca|cela|exactement|concretement|precisement|le|la|l'|les|du|des|de|d'|lui|leur|moi|me|nous|vous|y|en|ref|reference|referentiel|referentiels|cahier|charges|cdc|instruction|ministerielle|janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre|plaquette|synthese|annexes?(?: \d)?|annexee?s?|a|ars|occitanie|national|nationale|texte|textes|circulaire|dgs|ancien|nouveau|(?:19|20)\d\d)\b|[«»"?!.,:;]/g;
/** Whether a clause only passes on what is asked, naming at most the text to read. */
export const isRelay = (clause: string): boolean => {
  const plain = plainQuestion(clause);
  const match = RELAY.exec(plain);
  if (!match) return false;
  const rest = (plain.slice(0, match.index) + ' ' + plain.slice(match.index + match[0].length))
    .replace(RELAY_FILLER, ' ')
    .trim();
  return rest.length === 0;
};
/** The relay without its words of answering: the text it names and what it asks of it stay. */
export const withoutRelay = (clause: string): string =>
  plainQuestion(clause).replace(REPLYING, ' ').replace(/\s+/g, ' ').trim();

/** "Que représentait l'ancien cahier des charges… ?": "que" opening a clause asks what. */
const ASKING_WHAT = /^que\s/;

/** "combien y a-t-il de CLSM…", "combien il y a de…", "combien existe-t-il de…". */
export const THERE_ARE =
  '(?:y a[ -]t[ -]il(?: eu)?|il y a(?: eu)?|y a|ya|y avait[ -]il|il y avait|existe[ -]t[ -]il|existait[ -]il|en existe[ -]t[ -]il|en a[ -]t[ -]on)';

/**
 * "… ? chez nous c'est le CH qui anime tout": a sentence telling the asker's own case, with no
 * question mark, asks nothing even with a "qui" in it; nor does one telling whom the question
 * is for ("… ? c pour une comcom qui n'a jamais fait ça").
 */
export const TOLD =
  /^\s*(chez nous|nous (avons|sommes)|notre|nos|on (a|est|fait|vient)|ici|sachant|car|parce|pour info|mon|ma|mes|je|j'|perso|(?:c'est|c|cest) pour (?:un|une|des|le|la|les|l'|notre|nos|mon|ma|mes))\b/;

/** "faut-il", "y a-t-il": an "il" that names nothing (not a subject pointing back). */
export const IMPERSONAL = /\b(?:faut|faudrait|y a|s'agit)[- ](?:t[- ])?il\b/g;

/**
 * A clause that is only politeness, a greeting or a courteous opening ("Comme convenu", "Suite
 * à notre échange", "dsl de déranger", "Madame, Monsieur"), or a confessed helplessness ("jsp
 * par où commencer", where "jsp" reads "sais"): never the focus.
 */
export const POLITENESS =
  /^(merci\b.*|bonjour\b.*|bonsoir\b.*|hello\b.*|salut\b.*|coucou\b.*|re|cordialement\b.*|bonne journee.*|svp|stp|d'avance.*|thx|please|(?:madame|monsieur|mesdames|messieurs)\b.*|comme convenu\b.*|suite a (?:notre|votre|nos|vos|mon|ton) (?:echange|appel|mail|message|conversation|entretien|coup de fil)s?|je me permets de vous (?:solliciter|contacter|ecrire|deranger)\b.*|je reviens vers vous\b.*|(?:desole|desolee|dsl)\b.*|(?:j'ai )?une question de debutante?|(?:ca fait longtemps que )?je me pose la question|(?:jsp|sais|je (?:ne )?(?:sais|sait) (?:pas|plus)) (?:trop )?(?:par ou (?:commencer|partir)|comment m'y prendre))$/;

/**
 * "… ? cordialement, service santé de la mairie", "… merci d'avance ! -- Julie, coordinatrice":
 * a sign-off and the signature after it, at the end of a message and asking nothing.
 */
const SIGN_OFF =
  /(?<=^|[.!?,;\n]\s*|\s)(?:(?:--+|—|–)\s|(?:bien |tres )?cordialement\b|bien [aà] (?:vous|toi)\b|bonne (?:journ[eé]e|soir[eé]e|fin de journ[eé]e)\b|(?:merci|d'avance merci)(?: (?:d'avance|par avance|beaucoup|bcp|a vous|à vous|pour (?:votre|ta) (?:aide|r[eé]ponse)))?\s*(?:!+|\.|,|\n|$))[^?]*$/i;

/** The message without its sign-off and signature ("cordialement, X", "-- X"). */
export function withoutSignOff(question: string): string {
  const match = SIGN_OFF.exec(question);
  if (!match || match.index === 0) return question;
  const tail = question.slice(match.index);
  return asksIn(tail.replace(/^(?:--+|—|–)/, ''))
    ? question
    : question.slice(0, match.index).replace(/[\s,;]+$/, '');
}

/** "(fir ?)": a question mark within brackets doubts a word; it ends no question. */
const BRACKETED_DOUBT = /\(([^()?]*)\?+([^()?]*)\)/g;

/**
 * "…si le cls dure 3 ans comme il le croit", "et au passage, …": words telling what the asker
 * believes or that this comes by the way; they ask nothing and name no topic.
 */
const BY_THE_WAY =
  /,?\s+comme (?:il|elle|ils|elles|on|je|tu|vous|nous) (?:le |l')?(?:croi\w*|cro[iy]\w*|pens\w*|suppos\w*|imagin\w*)(?![\p{L}])|(?:^|\s+)(?:au|en) passant(?![\p{L}]),?|(?:^|\s+)au passage(?![\p{L}]),?/giu;

/**
 * "…, j'ai bon ?", "…, c'est bon ?": a tag after a belief told, in its sentence, asking to confirm
 * it; the belief is what is asked. (Tags of asking words, "c'est vrai ?", "je me trompe ?", stay:
 * read as the focus with the belief as its context, a figure put forward weighs less.)
 */
const CONFIRMING =
  /(?<=[^\s.!?;:])\s*,?\s*(?:j'ai bon|ai-je bon|c'est bon|(?:ou )?(?:est-ce que )?je me trompe|me tromp(?:e-je|é-je)|(?:pouvez-vous|pourriez-vous|peux-tu|tu peux|vous pouvez|vous pourriez) (?:me |nous )?(?:le )?confirmer|(?:vous )?confirmez|tu confirmes)\s*[?!]*\s*$/iu;

/** Acronyms as a phone's dictation spells them out ("le c l s m", "l'a r s"). */
const SPELLED_ACRONYMS: ReadonlySet<string> = new Set([
  'clsm',
  'cls',
  'ars',
  'ptsm',
  'ddars',
  'dd',
  'cpts',
  'gem',
  'dgs',
  'epci',
  'qpv',
]);
const SPELLED = /(?<![\p{L}\p{N}])\p{L}(?: \p{L}){1,4}(?![\p{L}\p{N}])/gu;
const spelledOut = (letters: string): string => {
  const spelled = letters.split(' ');
  const words: string[] = [];
  for (let at = 0; at < spelled.length;) {
    // The longest run of letters from here that spells an acronym ("le p t s m c quoi").
    let end = spelled.length;
    while (end - at >= 2 && !SPELLED_ACRONYMS.has(spelled.slice(at, end).join('').toLowerCase()))
      end -= 1;
    if (end - at < 2) end = at + 1;
    words.push(end - at >= 2 ? spelled.slice(at, end).join('').toLowerCase() : (spelled[at] ?? ''));
    at = end;
  }
  // "l a r s": an article elided before the acronym ("l'ars").
  return words
    .map((w, i) =>
      /^[ld]$/i.test(w) && SPELLED_ACRONYMS.has(words[i + 1] ?? '') ? `${w}'` : `${w} `,
    )
    .join('')
    .trim();
};

/**
 * "la plénière non pardon le copil", "le cotech ou plutôt le copil": a word dictated, then
 * corrected; the correction is what is meant.
 */
const CORRECTED =
  /(?<![\p{L}'])(?:(?:le|la|les|un|une|des|du|au|aux) |l')?[\p{L}-]+(?: [\p{L}-]+)?\s*,?\s*(?:non\s*,?\s*)?(?:pardon|je veux dire|ou plut[oô]t)\s*,?\s+(?=(?:le|la|les|un|une|des|du|au|aux|l')(?![\p{L}]))/giu;

/**
 * "… est-elle opposable ? Autrement dit, sommes-nous tenus de l'appliquer à la lettre ?": the
 * same question again in other words, after the first.
 */
const RESTATED = /\?\s*(?:autrement dit|en d'autres termes|en d['’]autres mots)\s*,?\s*[^?]*\?/giu;

/** "jsp comment il est composé", "je sais pas qui le préside": the asker's ignorance, told. */
const IGNORANCE =
  /\b(?:sais|je (?:ne )?(?:sais|vois) (?:pas|plus)|j'ignore)\s+(?:(?:pas|trop|bien|vraiment)\s+)*(?:comment|qui|quand|combien|pourquoi|quel\w*|ou|si)\b[^,;?]*/g;

/**
 * "(nb de réunions, participants, actions...)": examples in brackets, trailing off; neither
 * their dots nor their commas end a sentence or a clause. Read as "(… etc)", an aside.
 */
const TRAILING_OFF_IN_BRACKETS = /\(([^()?]*?)\s*(?:\.{2,}|…)\s*\)/g;
const examplesListed = (_: string, list: string): string => `(${list.replace(/,/g, ' ')} etc)`;
/** "(celui de 2012 environ, remplacé depuis)": which one is meant, its commas ending nothing. */
const WHICH_ONE_WITH_COMMAS = /\(((?:celui|celle|ceux|celles)\b[^()?]*,[^()?]*)\)/gi;
const oneAside = (_: string, aside: string): string => `(${aside.replace(/,/g, ' ')})`;
/** "l'ancien cahier des charges, celui dont l'expérimentation…, prévoyait…": the same, in commas. */
const WHICH_ONE_IN_COMMAS =
  /,\s*((?:celui|celle|ceux|celles) (?:dont|de|d'|du|des|qui)\b[^,;:?!()]*),/gi;

/**
 * "le copil d'un cls (pas clsm hein)", "des actions (pas la coordo)": a thing set aside in
 * brackets is not what is asked (not "(pas que la coordo)": that one adds to it).
 */
const SET_ASIDE =
  /\s*\((?:et |mais )?(?:pas|non)\s+(?!que\b|seulement\b|uniquement\b|juste\b)(?:celui |celle |ceux |celles )?(?:du |de la |de l'|des |le |la |les |l'|un |une |d'un |d'une )?(?:cls|clsm|copil|cotech|ptsm|coordo|coordination|coordonnat\w*|coordinat\w*|specifiques?|signataires?)\b[^()]*\)/gi;

/**
 * The message as read: without its sign-off, asides of belief, a tag asking to confirm a belief
 * (its question mark kept), a question restated in other words, nor question marks that end no
 * question.
 */
export const asRead = (message: string): string =>
  withoutSignOff(message)
    .replace(SPELLED, spelledOut)
    .replace(CORRECTED, '')
    .replace(RESTATED, '?')
    .replace(BY_THE_WAY, '')
    .replace(SET_ASIDE, '')
    .replace(CONFIRMING, ' ?')
    .replace(BRACKETED_DOUBT, '($1$2)')
    .replace(TRAILING_OFF_IN_BRACKETS, examplesListed)
    .replace(WHICH_ONE_WITH_COMMAS, oneAside)
    .replace(WHICH_ONE_IN_COMMAS, ' ($1)');

/** A full stop, not the point of a decimal ("un coordo à 0.5 ETP"). */
export const FULL_STOP = String.raw`\.(?!\d)|(?<!\d)\.`;
const SENTENCE_END = new RegExp(`(?:[!\\n]|${FULL_STOP})+`);
/** An aside before who asks: "pour info, je suis…", "fyi je suis…". */
export const ASIDE_BEFORE_SELF = String.raw`(?:(?:pour info(?:rmation)?|pour le contexte|pour situer|fyi|perso)\s*,?\s*)?`;
/** A clause saying who asks: "je suis coordo" (not "on est un petit CLSM rural": a situation). */
export const ASKER_NAMED = new RegExp(`^${ASIDE_BEFORE_SELF}(?:je suis|j'suis|jsuis)\\b`);
/**
 * "le maire de Lodève m'écrit", "transféré par la DD34", "question d'un psychiatre du CH", "reçu
 * ce matin d'une élue": who forwarded or wrote the question, a clause of its own (folded).
 */
const FORWARDED =
  /^(?:(?:transfere|recu|relaye)e?\b.{0,80}|(?:question|message|mail|courriel|sms) (?:d'une?|de (?:ma|mon|notre|nos|la|le|l'))\b.{0,80}|(?:question|message|mail|courriel|sms|demande)s? (?:recu|transfere|relaye|envoye)e?s?\b.{0,80}|(?:je|on) (?:vous )?(?:relaie|relaye|transfere|transmets|transmet|fais suivre|fait suivre)\b.{0,80}|.{0,80}\b(?:(?:m'|me |nous |vous )(?:a )?ecrit|a ecrit|(?:m'|me |nous )?(?:demande|interroge|questionne|sollicite|transmet|relaie|(?:pose|a pose|posent|ont pose) (?:la|une|cette) question|(?:voudrait|veut|souhaite|souhaiterait|aimerait) savoir)))$/;
/** Who forwarded the question or passed it on, a clause of its own. */
export const forwarded = (clause: string): boolean =>
  FORWARDED.test(plainQuestion(clause).trim()) && !asksIn(clause) && !TEXT_HOLDS.test(clause);
/** Who asks or forwarded the question, told first: not what is asked. */
const whoAsks = (clause: string): boolean =>
  ASKER_NAMED.test(plainQuestion(clause)) || forwarded(clause);
/** A clause telling the asker's own situation: "on prépare l'AG pour octobre". */
const OWN_SITUATION = /^(on|je|j'|nous|notre|nos|mon|ma|mes|chez nous|ici)\b/;
/** "je vais recruter un coordo": a clause telling the asker's own situation, asking nothing. */
export const tellsOwnSituation = (clause: string): boolean =>
  OWN_SITUATION.test(plainQuestion(clause).trim()) && !asksIn(clause);
// Nor a clause's comma: "0,5 ETP" is one number.
const CLAUSE_END = new RegExp(
  `(?:[!;\\n]|${FULL_STOP})+|\\?+|,(?!\\d)|(?<!\\d),|\\s[-–—]\\s|:(?=\\s)|\\s(?=mais\\s(?!(?:je|j'|on|nous|il|elle|ils|elles)\\b))`,
);
/**
 * "je suis élu ds le gers lars finance combien…": who asks, told where, runs into the ask
 * with no comma; the place named ends the clause.
 */
const ASKER_AT_PLACE = new RegExp(
  String.raw`^(\s*(?:je suis|j'suis|jsuis)\b[^,;:?!.]{0,40}?\s(?:dans|ds|en|au|du|de|à|a)\s+(?:le\s+|la\s+|les\s+|l')?(?:${PLACES.map(foldFree).join('|')}))(?=\s+\p{L})`,
  'iu',
);
/** "entre la collectivité, la psychiatrie et l'ARS": a list's comma, within one clause. */
const LISTED_BETWEEN = /\b(entre [^,;:?!.]{1,40}),(?=\s[^,;:?!.]{1,40}\set\s)/giu;
const clauses = (text: string): string[] =>
  text
    .replace(ASKER_AT_PLACE, '$1,')
    .replace(LISTED_BETWEEN, '$1')
    .split(CLAUSE_END)
    .map((c) => withoutGreeting(c.trim()))
    .filter((c) => c.length > 0 && !POLITENESS.test(plainQuestion(c)));
/** A greeting opening a clause that goes on to ask: "… . slt le copil il se réunit combien ?". */
const GREETING_FIRST = /^(?:bonjour|bonsoir|hello|salut|coucou|re)\s+\S/;
const withoutGreeting = (clause: string): string => {
  if (!GREETING_FIRST.test(plainQuestion(clause))) return clause;
  const rest = clause.replace(/^\S+\s+/, '');
  return asksIn(rest) ? rest : clause;
};

/**
 * Which of a question's clauses (`parts`, as `clauses` reads them) open a sentence after one
 * that asks nothing (a full stop, "!" or a line break after a situation told). None when the
 * sentences read clause by clause do not give the same clauses.
 */
function openingsAfterTold(question: string, parts: readonly string[]): Set<number> {
  const openings = new Set<number>();
  const read: string[] = [];
  let told = false;
  for (const sentence of question.split(new RegExp(`(?<=\\?)|${SENTENCE_END.source}`))) {
    const own = clauses(sentence);
    // "processus / résultats / ... ? c quoi le 3e niveau": a question mark after an ellipsis
    // closes a question all the same.
    if (own.length === 0) {
      if (sentence.includes('?')) told = false;
      continue;
    }
    if (told) openings.add(read.length);
    told = !sentence.includes('?');
    read.push(...own);
  }
  return read.join('\0') === parts.join('\0') ? openings : new Set();
}
/** "Combien en compte-t-il ?", "y en a combien ?": a pronoun for what was named before. */
const EN_OR_Y = /^(?:\S+\s+)?(?:en|y)\s/;
/** "fait(-elle) (bien) partie", "font-ils partie": the verb of belonging to a list. */
const MAKES_PART = String.raw`(?:fai\w*|font)(?:-t)?(?:-(?:il|elle|ils|elles|on)|\s(?:il|elle|ils|elles))?\s+(?:bien\s+|toujours\s+|encore\s+|aussi\s+)?partie`;
/** "…, et X en fait-elle partie": an item checked against the list the clause before asks. */
export const ITEM_OF_LIST_BEFORE = new RegExp(String.raw`\ben\s+${MAKES_PART}\s*$`);
/** An interrogative opening a clause that has nothing else yet: "sur quelle enveloppe". */
const WH_OPENING =
  /^(?:(?:sur|pour|de|dans|par|avec|en|a) )?(?:quel|quelle|quels|quelles)(?: \S+){1,2}$/;
/** A question opening on its interrogative word (not a tag: "Est-ce exact ?"). */
const WH_FIRST = /^(?:quel|quelle|quels|quelles|combien|qui|comment|ou|quand|pourquoi)\b/;

/**
 * "on monte un CLSM sur 3 communes avec le CH du coin, qui doit siéger au COPIL au minimum ?":
 * the focus is "qui doit siéger au COPIL au minimum". The last sentence holding a question
 * mark or an interrogative word is asked; within it, the clause the interrogative opens.
 */
export function splitQuestion(
  question: string,
  countTerms: (text: string) => number,
): QuestionParts {
  // "les objectifs opérationnels, c'est quoi ? je prépare le COPIL de juin": what follows the
  // last question mark, asking nothing, tells the situation.
  const end = question.lastIndexOf('?');
  const after = question.slice(end + 1);
  // "… c qui qui siège dedans ? le ref 2018 en parle mais jsp comment il est composé": what the
  // asker says they do not know, after the question, tells why they ask.
  const afterPlain = plainQuestion(after);
  const afterAsks = asksIn(afterPlain.replace(IGNORANCE, ' '));
  // "… un clsm pas rattaché à un cls ? ce que dit le cahier des charges régional": which text
  // to answer from, named after the question; the question is asked of it.
  if (end > 0 && TEXT_AFTER.test(afterPlain.trim())) {
    const asked = splitQuestion(question.slice(0, end + 1), countTerms);
    return { ...asked, focus: `${asked.focus}, ${after.trim()}` };
  }
  if (end > 0 && clauses(after).length > 0 && (!afterAsks || TOLD.test(afterPlain))) {
    const asked = splitQuestion(question.slice(0, end + 1), countTerms);
    if (VALUE_AFTER.test(afterPlain.trim()))
      return { ...asked, focus: `${asked.focus}, ${after.trim()}` };
    return {
      ...asked,
      preamble: [asked.preamble, ...clauses(after)].filter(Boolean).join(', '),
    };
  }
  // "qui préside le COPIL élargi ? le maire ou le directeur du CH ?": a last sentence offering
  // choices, asking nothing itself, tells what the asker has in mind; it is not what is asked.
  const previous = question.lastIndexOf('?', end - 1);
  const last = question.slice(previous + 1, end);
  // "… fait partie des instances ? genre elle vote ?", "… c'est quoi déjà ? j'ai en tête les
  // migrants mais le reste ?": a last sentence opening on "genre" or "j'ai en tête" says what
  // the asker has in mind, even after a question asked without an interrogative.
  const lastTold = plainQuestion(last.trim());
  // "c qui qui peut porter un clsm ? n'importe quelle commune ou asso ?": "n'importe quel…"
  // guesses the answer's breadth, though "quelle" would ask.
  const anyGuessed = ANY_GUESS.test(lastTold) && asksIn(question.slice(0, previous));
  if (
    previous > 0 &&
    (!asksIn(last) || anyGuessed) &&
    (anyGuessed ||
      ((CHOICES.test(lastTold) || GUESS.test(lastTold)) && asksIn(question.slice(0, previous))) ||
      // "qui fixait la compo du copil ? le CH ?": whom the asker guesses.
      (WHO_GUESS.test(lastTold) && /\bqui\b/.test(plainQuestion(question.slice(0, previous)))) ||
      ELABORATES.test(lastTold))
  ) {
    const asked = splitQuestion(question.slice(0, previous + 1), countTerms);
    return { ...asked, preamble: [asked.preamble, ...clauses(last)].filter(Boolean).join(', ') };
  }
  const parts = clauses(question);
  if (parts.length <= 1) return whatIsAsked({ focus: parts[0] ?? question, preamble: '' });
  let at = -1;
  for (let i = parts.length - 1; i >= 0 && at < 0; i -= 1) {
    const clause = parts[i] ?? '';
    // Nor "…, notamment quand le poste est porté par l'hôpital": a case the ask before singles
    // out, its "quand" a condition.
    if (
      (asksIn(clause) || isRelay(clause)) &&
      !(
        (asksByRelativeOnly(clause) || APPOSITION_FIRST.test(plainQuestion(clause).trim())) &&
        parts.slice(0, i).some(asksIn)
      )
    )
      at = i;
  }
  // "Sur quelle enveloppe, par exemple le FIR, l'ARS finance-t-elle … ?": an ask its example
  // cuts in two; the interrogative opening it is where it starts.
  // So does an aside saying in what unit ("Quel montant, par heure ou par réunion, peut-on
  // verser … ?").
  const aside = plainQuestion(parts[at - 1] ?? '').trim();
  if (
    at >= 2 &&
    (APPOSITION_FIRST.test(aside) || UNIT_ASIDE.test(aside)) &&
    WH_OPENING.test(plainQuestion(parts[at - 2] ?? '').trim())
  )
    at -= 2;
  if (at < 0) {
    // "en 2012 la plénière c'était une fois par an. et en 2025, la fréquence a changé ?": no
    // interrogative word, but the last sentence holds the question mark.
    // "on prépare l'AG pour octobre : la plénière c'est 1 fois par an ?": the situation told
    // before a colon is a sentence of its own (not a text named: "ref 2018 : le COPIL ?").
    const sentences = question
      .split(SENTENCE_END)
      .flatMap((sentence) => {
        const colon = sentence.lastIndexOf(': ');
        const told = sentence.slice(0, colon);
        return colon > 0 &&
          clauses(told).length > 0 &&
          clauses(told).every((c) => OWN_SITUATION.test(plainQuestion(c)))
          ? [told, sentence.slice(colon + 1)]
          : [sentence];
      })
      .filter((t) => clauses(t).length > 0);
    const last = sentences.at(-1) ?? '';
    const lastPlain = plainQuestion(last.trim());
    // "… « engagements quartiers 2030 ». qu'est ce qu'il prévoit pour les CLSM ?": a last
    // sentence opening on a pronoun asks about what the sentence before names.
    // "notre CLS a été signé en 2021. plafonds de financement des clsm": words typed as a search
    // after the asker's own situation told are what is asked, as a question would be.
    const typedAfterTold =
      OWN_TOPIC.test(lastPlain) &&
      sentences.slice(0, -1).every((t) => clauses(t).every(tellsOwnSituation));
    if (
      sentences.length > 1 &&
      (last.includes('?') || typedAfterTold) &&
      !PRONOUN_FIRST.test(lastPlain) &&
      !FOLLOW_IT.test(lastPlain)
    )
      return whatIsAsked({
        focus: clauses(last).join(', '),
        preamble: sentences.slice(0, -1).flatMap(clauses).join(', '),
      });
    // "je viens d'être recrutée coordo, j'ai cru comprendre que la formation est facultative ?":
    // the belief told is asked, not the situation told before it.
    const believed = parts.findIndex(
      (c, i) => i > 0 && CLAIMED.exec(plainQuestion(c).trim())?.[1]?.trim() === '',
    );
    if (believed > 0)
      return whatIsAsked({
        focus: parts.slice(believed).join(', '),
        preamble: parts.slice(0, believed).join(', '),
      });
    // "je suis coordo clsm, la nouvelle instruction remplace celle de 2016 ou pas ?": who asks,
    // told first, is not what is asked.
    const lead = parts.findIndex((c) => !whoAsks(c));
    return whatIsAsked({
      focus: parts.slice(Math.max(lead, 0)).join(', '),
      preamble: parts.slice(0, Math.max(lead, 0)).join(', '),
    });
  }
  // "le référentiel est-il contraignant, ou s'agit-il de simples recommandations ?": what the
  // alternative is ("s'agit-il", "est-ce") is what the question before it asks.
  while (
    at > 0 &&
    /^ou (?:s'agit|est[- ]ce|c'est|ce sont)\b/.test(plainQuestion(parts[at] ?? '').trim()) &&
    asksIn(parts[at - 1] ?? '')
  )
    at -= 1;
  const asked = at;
  // "… me demande : « le copil, on doit le réunir combien de fois ? » je lui réponds quoi
  // d'après le ref national ?": the ask passed on is asked, in the text the relay names.
  const asking = parts.slice(0, asked).findLastIndex((c) => asksIn(c) && !isRelay(c));
  // A question passed on in quotes may ask without an interrogative ("« on peut garder le
  // même coordo ? »"): its question mark says so.
  const before = parts.slice(0, asked).join(', ');
  // So does a claim told before it ("le coordo soutient que le CLSM est une structure : qu'en
  // disent les textes ?"): the claim is what is asked about.
  const passedOn =
    question.replace(/[?\s»"]+$/, '').includes('?') ||
    REPORTED.test(plainQuestion(before)) ||
    CLAIMED.test(plainQuestion(before));
  // "un élu me cite l'ancien cahier des charges : « … ». Est-ce toujours exact ?": the quote is
  // what is asked about; who cites it, and from which text, is the situation.
  const quoted = QUOTED_CLAIM.test(plainQuestion(before))
    ? parts.slice(0, asked).findIndex((c) => /^[«"]/.test(c))
    : -1;
  // "le maire de Lodève m'écrit : « … ? » je lui réponds quoi ?": not who wrote it.
  const firstTold = parts.slice(0, asked).findIndex((c) => !whoAsks(c));
  const earlier =
    asking >= 0
      ? asking
      : quoted > 0
        ? quoted
        : asked > 0 && passedOn
          ? Math.max(firstTold, 0)
          : -1;
  if (isRelay(parts[asked] ?? '') && earlier >= 0) {
    // "« l'assemblée plénière, on la fait tous les combien ? » que prévoit le référentiel ?":
    // an ask passed on that leans on a pronoun takes in the clause naming what it stands for.
    // Not after an impersonal "faut-il", nor onto the asker's own case told ("notre CLSM…").
    const leaning = plainQuestion(parts[earlier] ?? '').trim();
    const antecedent = plainQuestion(parts[earlier - 1] ?? '').replace(/^[«"\s]+/, '');
    const from =
      earlier > 0 &&
      leansBack(leaning) &&
      !/^(?:faut|faudrait|s'agit)\b/.test(leaning) &&
      !whoAsks(antecedent) &&
      !TOLD.test(antecedent)
        ? earlier - 1
        : earlier;
    // "…quel document produire et à quel rythme, pour ne pas être en défaut vis-à-vis de la
    // DD. Que prévoit le cahier des charges ?": why it is asked is not what.
    const told = parts
      .slice(from, asked)
      .filter((c, i) => i === 0 || !PURPOSE.test(plainQuestion(c).trim()));
    const named = withoutRelay(parts[asked] ?? '');
    return whatIsAsked({
      focus: [...told, ...(named ? [named] : [])].join(', '),
      preamble: parts.slice(0, from).join(', '),
    });
  }
  // "… c'est 100 % ou partagé ? et jusqu'à combien ?": a focus of one or two words leans on
  // the clauses before it; not a sentence of its own naming two things after a situation told
  // ("Le CLS a été signé en 2022. Quelles pièces faut-il joindre au dossier ?"), which the
  // sentences before only frame.
  const openings = openingsAfterTold(question, parts);
  const ownSentence = (i: number): boolean =>
    openings.has(i) &&
    countTerms(parts.slice(i).join(' ')) >= MIN_FOCUS_TERMS - 1 &&
    WH_FIRST.test(plainQuestion(parts[i] ?? '').trim()) &&
    !leansBack(parts[i] ?? '') &&
    !EN_OR_Y.test(plainQuestion(parts[i] ?? '').trim());
  // Nor does it lean on who passed the question on ("le maire me pose la question : PTSM,
  // combien de priorités ?"): the maire is not what is asked about.
  // Nor, from a sentence of its own naming what it asks about ("le ptsm est validé par qui ?"),
  // on the asker's own situation told in the sentence before.
  const namesOwnTopic = (i: number): boolean =>
    openings.has(i) &&
    OWN_TOPIC.test(plainQuestion(parts.slice(i).join(' '))) &&
    !leansBack(parts[i] ?? '') &&
    tellsOwnSituation(parts[i - 1] ?? '');
  while (
    at > 0 &&
    countTerms(parts.slice(at).join(' ')) < MIN_FOCUS_TERMS &&
    !ownSentence(at) &&
    !namesOwnTopic(at) &&
    !whoAsks(parts[at - 1] ?? '')
  )
    at -= 1;
  const shortAt = at;
  // "les groupes de travail, ils se voient combien de fois ?": a focus opening on a pronoun
  // takes in the clause that names what it stands for; so does a clause opening on "ça" ("le
  // CLS comme instrument de planification, ça couvre quelles étapes ?"), though not a sentence.
  // So does one opening on a verb and its pronoun ("…, sont-elles éligibles ?"), past the
  // examples given of what it stands for ("les dépenses d'investissement, comme l'achat de
  // matériel, sont-elles éligibles ?").
  // As does one whose ruling verb takes a pronoun for its object ("mon coordo est à 50 %, est-ce
  // que l'instruction de 2025 l'interdit ?"): the text named is where to look, the clause
  // before says what about.
  const clause = plainQuestion(parts[at] ?? '');
  const clauseBefore = plainQuestion(parts[at - 1] ?? '').trim();
  let aim = -1;
  if (
    at > 0 &&
    at === asked &&
    (PRONOUN_FIRST.test(clause) ||
      (PRONOUN_OBJECT.test(clause) && !BODY_FIRST.test(clause.trim())) ||
      // "qui compose le comité technique, à quelle fréquence se réunit-il ?": the pronoun
      // stands for the body the clause before names.
      (!BODY_IN.test(ASKED_OF_PRONOUN.exec(clause)?.[0] ?? 'copil') &&
        BODY_IN.test(clauseBefore)) ||
      // Nor is a claim passed on ("ma responsable me dit qu'il faut une lettre de chacun. Est-ce
      // vraiment nécessaire ?"): the claim is what "ce" stands for.
      (THAT_FIRST.test(clause) &&
        (!OWN_SITUATION.test(clauseBefore) || CLAIMED.test(clauseBefore))) ||
      FOR_THAT_LAST.test(clause) ||
      // "combien de priorités …, et la gestion de crise en fait-elle partie ?": the list.
      ITEM_OF_LIST_BEFORE.test(clause))
  ) {
    at -= 1;
    while (at > 0 && APPOSITION_FIRST.test(plainQuestion(parts[at] ?? ''))) at -= 1;
    // "…qu'une fois tous les deux ans, pour alléger le calendrier. Est-ce compatible… ?": what
    // the pronoun stands for is the proposal, not the aim it was made for.
    if (at > 0 && PURPOSE.test(plainQuestion(parts[at] ?? '').trim())) {
      aim = at;
      at -= 1;
    }
  }
  // "En milieu rural, à quoi le CLSM doit-il faire attention ?": a short phrase opening on a
  // preposition, before the ask, narrows what is asked; it is not a situation told. Not when it
  // ends the sentence before ("…qu'une année sur deux, pour gagner du temps. Le référentiel
  // prévoit-il une fréquence ?"): there it says why the asker's situation came about.
  if (at > 0 && at === asked && !openings.has(at) && NARROWING.test(clauseBefore)) at -= 1;
  const lent = parts.slice(at, asked).filter((c, i) => !asksIn(c) && at + i !== aim);
  const padding = at === shortAt ? lent : [];
  // "a quel moment penser l'évaluation, au bout de 3 ans ?": the guess after the ask is told.
  const toldAfter = plainQuestion(parts[asked + 1] ?? '');
  const guessed =
    asked === parts.length - 2 &&
    (GUESS.test(toldAfter) || IMPRESSION.test(toldAfter)) &&
    countTerms(parts.slice(at, asked + 1).join(' ')) >= MIN_FOCUS_TERMS;
  const askEnd = guessed ? asked + 1 : parts.length;
  return whatIsAsked({
    focus: parts
      .slice(at, askEnd)
      .filter((_, i) => at + i !== aim)
      .join(', '),
    preamble: [...parts.slice(0, at), ...parts.slice(aim, aim + 1), ...parts.slice(askEnd)].join(
      ', ',
    ),
    ...(lent.length > 0 ? { lent } : {}),
    ...(padding.length > 0 ? { padding } : {}),
  });
}

/**
 * "mon élu me demande combien de fois…", "le maire voudrait savoir si…": who asks is the
 * situation; what is asked starts after the lead-in. When it goes on with a pronoun ("la DDETS
 * demande si elle doit siéger…"), who asks is also what is asked about, and stays.
 */
export const REPORTED =
  /^([^,?]*?)\b((?:me|nous|se|vous) demand\w*(?:\s+(?:en|au|aux|a la|dans|lors d[eu']|pendant)\s+[^,?]{1,30}?(?=\s+(?:si|s'il|quel\w*|combien|comment|pourquoi|quand|qui|ou)\b))?|demand\w*(?= si\b)|demand(?:e|ent|ait|aient)(?= (?:quel\w*|combien|comment|pourquoi|quand(?! meme))\b)|voudrai\w* savoir|aimerai\w* savoir|veu\w* savoir|souhait\w* savoir|cherch\w* (?:à|a) savoir)\s+(?:si\s+|s'(?=il))?/i;

/**
 * "mon directeur affirme que…", "on m'a dit que…", "j'ai entendu que…": who holds the claim
 * is the situation; the claim is what is asked about. Not a text's claim ("le référentiel dit
 * que…"): which text says it is asked too.
 */
const CLAIMED =
  /^([^,?]*?)\b((?:m'a|m'ont|nous a|nous ont|on m'a|on nous a) (?:dit|affirm[ée]|assur[ée]|expliqu[ée]|racont[ée]|indiqu[ée]|[ée]crit)|(?:m'|nous )?(?:dit|disent|[ée]crit|[ée]crivent|affirm[ée]\w*|pense\w*|soutien\w*|croi\w*|pr[ée]tend\w*|assur[ée]\w*|indiqu[ée]\w*)|(?:j'ai|on a|nous avons) (?:entendu|lu)(?: dire)?|(?:j'ai |on a |nous avons )?(?:crois|croyais|croit|cru|croyons) (?:comprendre|me souvenir|nous souvenir)|(?:il )?(?:me |nous )?sembl(?:e|ait)|il para[iî]t)\s+(?:que\s+|qu['’])/i;
/** "un élu me cite l'ancien cahier des charges : « … »": a claim quoted, asked about. */
const QUOTED_CLAIM = /\b(?:me|nous) (?:cite|citent|lit|lisent|oppose|opposent)\b[^«"]*[«"]/;
const TEXT_HOLDS =
  /\b(r[ée]f[ée]rentiel|ref|cahier|cdc|instruction|texte|circulaire|plaquette|d[ée]pliant|cadre|loi|document)\b/i;

/** Bodies whose demands are rules: the ARS and its delegations. */
const RULING_BODY = /\b(?:ars|dd|ddars|d[ée]l[ée]gation)\b/i;

function reported(parts: QuestionParts): QuestionParts {
  const claim = CLAIMED.exec(parts.focus);
  const report = REPORTED.exec(parts.focus);
  // "le référentiel national demande combien de réunions…": a text or a body that demands is
  // the rule asked about, not someone asking.
  // Nor is "l'instruction nous demande de faire quoi ?": a demand made of us ("de faire"), not
  // a question passed on.
  const rules = (m: RegExpExecArray): boolean =>
    (/^demand/i.test(m[2] ?? '') &&
      (TEXT_HOLDS.test(m[1] ?? '') || RULING_BODY.test(m[1] ?? ''))) ||
    (/\bdemand/i.test(m[2] ?? '') && /^(?:de\s|d')/i.test(parts.focus.slice(m[0].length)));
  const match =
    (report && !rules(report) ? report : null) ??
    (claim && !TEXT_HOLDS.test(claim[1] ?? '') ? claim : null);
  const rest = match ? parts.focus.slice(match[0].length) : '';
  if (!match || rest.trim().split(/\s+/).length < 2) return parts;
  const who = (match[1] ?? '').trim();
  const aboutWho = PRONOUN_FIRST.test(plainQuestion(rest)) && who.length > 0;
  // "…, mais on n'a jamais fait de plénière, l'élue me demande si c'est vraiment attendu": "c'est"
  // stands for what the clause before names, which is then asked about.
  const before = parts.preamble.split(', ');
  const named = before.at(-1) ?? '';
  const opening = plainQuestion(rest).trim();
  const aboutNamed =
    !aboutWho && (THIS_FIRST.test(opening) || THAT_FIRST.test(opening)) && named !== '';
  return {
    ...parts,
    focus: aboutWho ? `${who}, ${rest}` : aboutNamed ? `${named}, ${rest}` : rest,
    preamble: [
      aboutNamed ? before.slice(0, -1).join(', ') : parts.preamble,
      aboutWho ? (match[2] ?? '') : `${who} ${match[2] ?? ''}`.trim(),
    ]
      .filter(Boolean)
      .join(', '),
  };
}
/** "c'est vraiment attendu ?": "ce" for what was named before (as "ça", `THAT_FIRST`). */
const THIS_FIRST = /^(?:c'est|c)\b/;

/**
 * "…, vu qu'elle n'est pas rattachée à la mairie", "…, puisqu'on a déjà un CLS": a reason told
 * after the ask is the situation, not what is asked.
 */
const REASON = /^(?:(?:vu|parce|etant donne|sachant) qu|puisqu)(?:e\s|')|^car\s/;
function reasonsAfter(parts: QuestionParts): QuestionParts {
  const clauses = parts.focus.split(', ');
  let end = clauses.length;
  while (end > 1 && REASON.test(plainQuestion(clauses[end - 1] ?? '').trim())) end -= 1;
  if (end === clauses.length) return parts;
  return {
    ...parts,
    focus: clauses.slice(0, end).join(', '),
    preamble: [parts.preamble, ...clauses.slice(end)].filter(Boolean).join(', '),
  };
}

/**
 * Who holds a claim (the situation, not what is asked), a reason told after the ask, then the
 * item a list question checks.
 */
const whatIsAsked = (parts: QuestionParts): QuestionParts =>
  itemChecked(reasonsAfter(reported(parts)));

/**
 * "la charte de partenariat fait-elle partie des pièces du dossier ?", "la CPAM figurait-elle
 * parmi les destinataires du bilan ?": the list is what is asked. The item put forward stays in
 * the focus (it tells which list), but the answer need not name it: its absence is the answer.
 */
const ITEM_IN_LIST = new RegExp(
  String.raw`^(?:est[- ]ce (?:que\s+|qu['’]))?([^,?]*?\S)\s+(?:${MAKES_PART}\s+(?=d)|figur\w*(?:-t)?(?:-(?:il|elle|ils|elles)|\s(?:il|elle|ils|elles))?\s+(?:bien\s+|aussi\s+)?(?=parmi\b|dans\b)|(?:est|sont|[ée]tai\w*)(?:-t)?(?:-(?:il|elle|ils|elles)|\s(?:il|elle|ils|elles))?\s+(?:bien\s+)?(?=dans la liste\b|parmi\b))`,
  'i',
);
/**
 * What an item cannot be: a word that asks ("qui fait partie du COPIL ?"), a bare pronoun, or
 * a duty or a possibility ("les pharmaciens doivent-ils faire partie…" asks a rule).
 */
const NOT_AN_ITEM =
  /^(?:il|elle|ils|elles|on|ca|cela|ce)$|\b(?:qui|que|quoi|quel\w*|lequel|laquelle|lesquel\w*|combien|doi\w*|doiv\w*|devr\w*|peu\w*|pourr\w*|faut)\b/;
/** Beyond this many words, what comes before the verb is more than an item. */
const ITEM_WORDS = 8;

/**
 * "…les objectifs opérationnels ? on voudrait faire un annuaire des ressources, ça rentre
 * dedans ?": the thing told just before is checked against what was asked (the asker's plan
 * to do it is not part of it).
 */
const FITS_IN =
  /(?:^|,\s*)(?:(?:on|nous|je)\s+(?:voudr\w*|veu\w*|aimer\w*|pens\w*|envisag\w*(?: de)?|compt\w*)\s+(?:faire|mettre en place|monter|lancer|cr[ée]er|organiser|proposer|financer)\s+)?([^,?]+?),?\s+(?:[cç]a|cela)\s+(?:rentre\w*|entre\w*|compte\w*)(?:\s+(?:dedans|l[àa][- ]dedans|aussi|bien))?\s*\??\s*$/i;

/** "…, le cotech en fait partie": the last clause, its "en" standing for the list asked before. */
const PART_OF_LIST_BEFORE = new RegExp(
  String.raw`,\s+(?:(?:et|ou)\s+)?(?:est[- ]ce (?:que\s+|qu['’]))?([^,?]*?\S)\s+en\s+${MAKES_PART}\s*$`,
  'i',
);

function itemChecked(parts: QuestionParts): QuestionParts {
  // "quelles sont les 3 instances d'un CLSM ? le cotech en fait partie ?": the list is asked
  // first, the item checked against it after.
  const match =
    ITEM_IN_LIST.exec(parts.focus) ??
    FITS_IN.exec(parts.focus) ??
    PART_OF_LIST_BEFORE.exec(parts.focus);
  // "la santé mentale en fait-elle partie": "en" stands for the list, it is not the item's.
  const item = match?.[1]?.trim().replace(/\s+(?:en|y)$/i, '') ?? '';
  const plain = plainQuestion(item);
  if (!match || NOT_AN_ITEM.test(plain) || plain.split(/\s+/).length > ITEM_WORDS) return parts;
  return { ...parts, item };
}

/** Options offered: "le maire ou le directeur du CH", "commune, epci, petr". */
const CHOICES =
  /\S\s+ou\s+\S|^\s*[^\s,]+(?:\s+[^\s,]+){0,2}(?:\s*,\s*[^\s,]+(?:\s+[^\s,]+){0,2})+\s*$/;
/**
 * "genre elle vote ?", "j'ai en tête les migrants…", a bullet after the question ("- budget ?"):
 * what the asker has in mind.
 */
const ELABORATES =
  /^(?:(?:genre|du genre|style|type|j'ai en tete|je pense a|je pensais a)\b|[-•·*]\s)/;
/** "… ? n'importe quelle commune ou asso ?": the breadth of the answer, guessed. */
const ANY_GUESS =
  /^(?:ou )?(?:c'est )?n'importe (?:quel|quelle|quels|quelles|qui|lequel|laquelle)\b/;
/** "… ? le CH ?", "… ? la mairie ?": one person or body the asker guesses did it. */
const WHO_GUESS =
  /^(?:le|la|les|l')\s*(?:ch|maire|prefet|ars|dd|ddars|departement|commune|mairie|hopital|elus?|psychiatre|chef de pole|directeur|directrice|president\w*|coordo\w*|coordonnat\w*|coordinat\w*|cpam|region|interco\w*|epci)\b[^?,]{0,20}$/;
/**
 * "… quand ? à la fin du premier cycle ?", "…, au bout de 3 ans ?": a moment or a figure the
 * asker guesses, after the question.
 */
const GUESS =
  /^(au bout d|a la fin d|en fin d|des (le|la|l')|au (debut|depart|demarrage|lancement)|tous les|chaque (annee|mois|trimestre|semestre)|une fois|deux fois|\d+ (ans?|mois|fois)\b)/;
/**
 * "elle sert à quoi, on a l'impression que c'est juste une grand-messe": the asker's impression,
 * after the question, says why they ask; it is not what is asked.
 */
const IMPRESSION =
  /^(?:on a|on avait|j'ai|j'avais|nous avons|nous avions) (?:l'impression|le sentiment) qu|^(?:il )?(?:me|nous) sembl\w* qu|^on dirait qu/;
/**
 * "le cdc demande un cerfa, c lequel ? le numéro svp": a value asked after the question, in a
 * noun and a please; it is asked too (a number, a name, a date the texts may not give).
 */
const VALUE_AFTER =
  /^(?:et )?(?:le|la|les|l'|son|sa|ses)\s*(?:numeros?|noms?|dates?|montants?|adresses?|mails?|liens?|references?|chiffres?)\b(?: (?:svp|stp|please|merci))?$/;
const PRONOUN_FIRST =
  /^(il(?! (faut|faudrait|faudra|fallait|manque|suffit|vaut|y a|n'y a|y avait|convient|s'agit|reste|existe)\b)|ils|elle|elles)\b|^[a-z]+(-t)?-(il|ils|elle|elles)\b|^(qu'est[- ]ce )?qu'(il|ils|elle|elles)\b(?! (faut|y a|y avait|convient|s'agit|reste|existe)\b)/;
/**
 * "l'instruction est-elle opposable ?... on est obligés de la suivre ?": a sentence asking
 * whether "it" must be followed asks it of what the sentence before names.
 */
const FOLLOW_IT =
  /(?:\bl'|\b(?:le|la|les) )(?:suivre|suit|suivent|appliquer|applique|appliquent|respecter|respecte|respectent)\b/;
/**
 * "…, ça couvre quoi ?", "Un élu souhaite que… . Est-ce prévu … ?": the clause before says what
 * "ça" or "ce" is, unless it tells the asker's own situation ("on réfléchit à un CLS. ça dure
 * combien de temps ?"); not "est-ce que…", nor "est-ce pareil", which compares.
 */
const THAT_FIRST = /^(ca|cela)\b|^est[- ]ce (?!que\b|qu'|pareil|la meme|idem)/;
/** "…, on met quoi dans le dossier pour ça ?": "ça" stands for the aim told before. */
const FOR_THAT_LAST = /\bpour (?:ca|cela)\s*[?!.]*$/;
/** A body of a CLSM or a CLS, as the folded question names it. */
export const BODY =
  'copil (?:elargi|restreint)|copil|cotech|comite (?:de pilotage|technique)|assemblee pleniere|pleniere|groupes? de travail';
/**
 * "…, à quelle fréquence se réunit-il", "combien de membres compte-t-il": an interrogative and
 * its noun, then a verb whose subject is an inverted pronoun (not an impersonal one: "faut-il",
 * "s'agit-il"); not one after a subject named ("… le cadre national prévoit-il").
 */
const ASKED_OF_PRONOUN =
  /^(?:(?:a|de|en|sur|pour|par|avec) )?(?:quel|quelle|quels|quelles|combien|comment|quand|pourquoi|qui)(?: (?!le |la |les |l')[a-z']+){0,2} (?:se |s')?(?!faut-|agit-)[a-z]+(?:-t)?-(?:il|ils|elle|elles)\b/;
const BODY_IN = new RegExp(`\\b(?:${BODY})\\b`);
/** Every body a text names ("le copil", "la plénière"), in order. */
export const BODIES_NAMED = new RegExp(`\\b(?:${BODY})\\b`, 'g');
/** A body, a scheme or a step of the labelling named: what a short question asks about. */
const OWN_TOPIC = new RegExp(
  `\\b(?:${BODY}|clsm|cls|ptsm|ctg|dac|cpts|coordo\\w*|coordinat\\w*|coordonnat\\w*|label\\w*|dossier|candidature|plafonds?|financement|evaluation|diagnostic|charte|convention|signataires?)\\b`,
);
/** "ce que dit le cahier des charges régional", "selon le ref national": a text named, alone. */
const TEXT_AFTER =
  /^(?:(?:c'est |je veux )?(?:ce que (?:dit|disent|prevoit|prevoient)|selon|d'apres)) (?:le |la |les |l')?(?:ref|referentiel|cahier des charges|cdc|instruction|texte|plaquette|depliant)\b[^?,.;]*$/;
/** "…, il doit…", "…, ça couvre quoi", "…, qui la paie": a clause leaning on the one before. */
export const leansBack = (clause: string): boolean => {
  const plain = plainQuestion(clause).trim();
  return PRONOUN_FIRST.test(plain) || THAT_FIRST.test(plain) || PRONOUN_OBJECT.test(plain);
};
/**
 * "l'assemblée plénière, on doit la faire tous les combien ?": a body put first is what the
 * pronoun after it stands for, in the clause itself.
 */
const BODY_FIRST = new RegExp(`^(?:l'|le |la |les )(?:${BODY})\\b`);
/**
 * A verb of ruling, or "faire", whose object is a pronoun ("l'interdit", "le permet-il", "les
 * impose", "de le faire"), or any verb whose object pronoun follows the subject opening the
 * clause ("qui la paie", "on les réunit"; not an inversion, "comment qualifie-t-il
 * l'assemblée").
 */
const PRONOUN_OBJECT =
  /^(?:qui|on|il|elle|ils|elles|je|nous|vous)(?: ne)? (?:(?:le|la|les) |l')[a-z]|(?:\bl'|\b(?:le|la|les) )(?:interdi(?:t|sent)|autorisen?t?|permet(?:tent)?|prevoi(?:t|ent)|imposen?t?|recommanden?t?|exigen?t?|conseillen?t?|preconisen?t?|obligen?t?|admet(?:tent)?|accepten?t?|encouragen?t?|faire)\b/;
const APPOSITION_FIRST =
  /^(comme|notamment|par exemple|en particulier|tels? que|telles? que|y compris|dont)\b/;
/** "par heure ou par réunion", "en euros", "par an": the unit an amount is asked in. */
const UNIT_ASIDE = /^(?:par|en|au) [a-z]+(?: (?:ou|et) (?:par|en|au) [a-z]+)*$/;
/** "pour alléger le calendrier", "pour gagner du temps": the aim of what was told. */
const PURPOSE = /^pour (?:ne (?:pas |plus )?|n')?[a-z]+(?:er|ir|re)\b/;
/** A focus with fewer topic words than this takes in the clause before it. */
const MIN_FOCUS_TERMS = 3;
/** "en milieu rural", "pour les SISM": a short phrase that narrows the ask (not a text named). */
const NARROWING =
  /^(?:en|pour|chez|au sein d\w*|en cas d\w*)(?: (?!(?:le |la |l'|les )?(?:r[ée]f|cahier|cdc|instruction|plaquette|d[ée]pliant|circulaire|texte|annexe|tableau|synth[èe]se)\w*)[^ ,]+){1,3}$/;

/**
 * A bracketed aside that tells figures and asks nothing: "(comcom de 22 000 hab)", "(budget
 * 6 000 €)"; not an acronym or a qualifier ("(DAC)", "(hors coordination)").
 */
const ASIDE = /\(([^()?]*\d[^()?]*)\)/g;

/**
 * "l'ancien cahier des charges (celui de l'appel à projets évalué fin 2014)": an aside that
 * says which one is meant names it again; it is neither asked nor a situation told.
 */
const WHICH_ONE_ASIDE = /\((?:celui|celle|ceux|celles)\b[^()?]*\)/gi;

/**
 * "les gt (logement, ados, suicide...) se voient à quel rythme ?": examples of what is asked
 * about, told; the words around them say what is asked.
 */
const EXAMPLES = /\(([^()?]*) etc\)/g;
/** "quels troubles psychiques ", "quelles actions ": what is asked for, named just before. */
const ASKED_FOR_BEFORE = /\bquel(?:le)?s?\s+(?:\S+\s+){0,2}\S+\s*$/;

/** The text without its bracketed asides ("notre cls (2021, 45 000 hab) n'a pas…"). */
export const withoutAsides = (text: string): string => text.replace(ASIDE, ' ');

/**
 * "le cotech de notre clsm (comcom de 22 000 hab) il est composé de qui ?": the situation told
 * in brackets within what is asked is context, not what the answer must be about.
 */
export function asidesToPreamble(parts: QuestionParts): QuestionParts {
  const unnamed = parts.focus.replace(WHICH_ONE_ASIDE, ' ');
  // "quels troubles (schizophrénie, bipolarité…) un CLSM doit-il prendre en compte ?": examples
  // of what is asked for are asked.
  const told = [...unnamed.matchAll(EXAMPLES)].filter(
    (m) => !ASKED_FOR_BEFORE.test(plainQuestion(unnamed.slice(0, m.index))),
  );
  const asides = [...unnamed.matchAll(ASIDE), ...told].map((m) => m[1] ?? '');
  const focus = told
    .reduce((f, m) => f.replace(m[0], ' '), unnamed.replace(ASIDE, ' '))
    .replace(EXAMPLES, '$1');
  if (asides.length === 0) return focus === parts.focus ? parts : { ...parts, focus };
  if (!/\p{L}{3}/u.test(focus)) return parts;
  return { ...parts, focus, preamble: [parts.preamble, ...asides].filter(Boolean).join(', ') };
}
