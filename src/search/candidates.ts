import type { KnowledgeBase } from '../knowledge/loader.js';
import type { Entry, GlossaryTerm } from '../knowledge/schema.js';
import { foldAccents, foldFree, permissionAsCan, plainQuestion } from './analyser.js';
import { numbersNamed } from './asked-thing.js';
import { ASKING_WORDS } from './asking-words.js';
import type { AskParts } from './asks.js';
import type { DecisionFeatures } from './decision.js';
import { DECISIVE_FACETS, questionFacets, type Facet } from './facets.js';
import { otherBodiesFit } from './other-bodies.js';
import { perEntry } from './per-entry.js';
import {
  asidesToPreamble,
  BODIES_NAMED,
  BODY,
  asksIn,
  splitQuestion,
  withoutAsides,
  type QuestionParts,
  forwarded,
  REPORTED,
  ASIDE_BEFORE_SELF,
} from './focus.js';
import type { EntryIndex, SearchHit } from './index.js';
import {
  givesAll,
  countAsked,
  MONTHS,
  durationAsked,
  FACET_NAMES,
  FIGURE,
  GIVES_SHARE,
  QUANTITY,
  SHARE,
  STATED_FACETS,
  valuesAskedIn,
  YEAR_ASKED,
} from './kinds.js';

/** "jusqu'à quand", a time limit asked; words that state one (or that there is none). */
const TIME_LIMIT_ASKED = /\bjusqu'a quand\b/;
const TIME_LIMIT_GIVEN =
  /\b(?:jusqu|au fil de l'eau|date limite|dates? butoirs?|delais?|echeances?|au plus tard|d'ici|ans|mois|duree|immediate?|en vigueur|valable)\b/;
/** An amount in a quote: "8 000 €", "30 000 euros", "50 %". */
const AMOUNT_QUOTED = /\d\s*(?:€|euros?\b|%)/i;
/**
 * The enlarged COPIL, the COTECH (comité technique), and the restricted COPIL (the COTECH of the
 * 2023 text), as a question or a title names them.
 */
const ENLARGED_BODY = /\b(?:copil|comite de pilotage) elargi\b/;
const TECHNICAL_BODY = /\bcotech\b|\bcomite technique\b/;
const RESTRICTED_BODY = new RegExp(
  `\\b(?:copil|comite de pilotage) restreint\\b|${TECHNICAL_BODY.source}`,
);
const onlyRestricted = (title: string): boolean =>
  RESTRICTED_BODY.test(title) && !ENLARGED_BODY.test(title);
/** The CLSM itself named; its plenary; any of its bodies (a chair asked of the CLSM, not them). */
const CLSM_NAMED = /\b(?:clsm|conseils? locaux? de sante mentale)\b/;
const PLENARY = /\b(?:pleniere|assemblee generale)\b/;
const BODY_IN_FOLDED = new RegExp(`\\b(?:${BODY}|instances?|comites?|assemblee generale)\\b`);
/** The COPIL named, and a body asked for ("quelle instance prépare…"). */
const PILOTING_BODY = /\b(?:copil|comite de pilotage)\b/;
/** "notre conseil municipal", "ce conseil départemental": a council other than a CLSM. */
const OTHER_COUNCIL = String.raw`(?!\s+(?:municipa|d[ée]partementa|r[ée]giona|communautair|d'administration|g[ée]n[ée]ra)\p{L}*)`;
/** "par rapport au COPIL", "vis-à-vis du comité de pilotage": the body another is set towards. */
const TOWARDS = String.raw`\b(?:par rapport (?:au|a l'|aux)|vis-a-vis (?:du|de l'|des)|envers (?:le|l'))\s*`;
const TOWARDS_PILOTING = new RegExp(
  String.raw`${TOWARDS}(?:copil|comite de pilotage)(?: elargi)?\b`,
);
/** "par rapport au cotech", "vis-à-vis du comité technique": the COTECH a body is set towards. */
const TOWARDS_TECHNICAL = new RegExp(
  String.raw`${TOWARDS}(?:cotech|comite technique|copil restreint)\b`,
);
const BODY_ASKED = /\bquel(?:le)?s? (?:instance|organe|comite)s?\b|\bprepar\w*/;
/** Two things likened or told apart: "c'est pareil", "la même chose", "quelle différence". */
const LIKENED = 'pareils?|pareille|meme chose|differen\\w*|distingu\\w*|vs|versus';
/** Two bodies compared: "c'est pareil que", "qui fait quoi", "quelle différence". */
const COMPARED = new RegExp(`\\b(?:${LIKENED}|meme instance|qui fait quoi|confond\\w*)\\b`);
/**
 * Two texts set side by side: "le cdc 2023 et le ref 2025 disent-ils la même chose…", "ancien
 * cdc contre cdc 2023", "qu'est-ce qui a changé entre…", "c'est cohérent avec…".
 */
const TEXTS_COMPARED = new RegExp(
  `\\b(?:${LIKENED}|la meme|le meme|contre|compar\\w*|chang\\w*|evolu\\w*|d'accord|coheren\\w*|recoup\\w*|contradi\\w*|chacun\\w*|entre (?:le|la|l'|les)|comme|et (?:dans |selon |pour |d'apres )?(?:le |la |l')?(?:instruction|reference|referentiel|ref|cdc|cahier|plaquette|depliant|ancien))\\b`,
  'g',
);
const TEXTS_SET_SIDE_BY_SIDE = new RegExp(TEXTS_COMPARED.source);
/** A text's name just before where it is named: "le ref national", "le cdc de". */
const TEXT_WORD_BEFORE =
  /\b(?:ref|reference|referentiel|instruction|cahier des charges|cdc|cc|texte|circulaire|cadre)(?: (?:de |du |d')?(?:occitanie|national|nationale|ars|clsm|cls))?\s+(?:de |du |d')?$/;
/**
 * Words pointing at one of the texts a question named before ("dans le premier", "et dans
 * l'autre"), by their order or their age ("l'ancien", "le nouveau").
 */
const FIRST_TEXT = /\b(?:le premier|la premiere|l'un|l'une|le 1er|la 1ere)\b/;
const SECOND_TEXT =
  /\b(?:le second|la seconde|le deuxieme|la deuxieme|le 2e|la 2e|le 2nd|la 2nde|l'autre)\b/;
const THIRD_TEXT = /\b(?:le troisieme|la troisieme|le 3e|la 3e)\b/;
const LAST_TEXT = /\b(?:le dernier|la derniere)\b/;
/** A mention of a text that names it (with the 3 characters before it): not "plans nationaux". */
const NAMES_A_TEXT =
  /^(?:.{0,3}(?:ref|reference|referentiel|instruction|cahier|cdc|cc|texte|circulaire|cadre|plaquette|depliant|mode|slides|diaporama|diapos|ancien|appel|annexe)|au (?:national|niveau))|\b(?:2025|instruction|dgs|ministere|ministeriel\w*)\b|\b(?:19|20)\d\d$/;
/** A text called by its kind ("le cdc", "le référentiel"), as its short name says it is. */
const TEXT_KINDS = [
  /\b(?:cdc|cahier des charges)\b/,
  /\b(?:ref|reference|referentiel)\b/,
  /\binstruction\b/,
];
const OCCITANIE_CDC =
  /\b(?:cahier des charges|cdc)(?: (?:de l'|de la |du )?ars)? (?:occitanie|oc)\b/g;
/** The same, tested once (no position kept between calls). */
const OCCITANIE_CDC_NAMED = new RegExp(OCCITANIE_CDC.source);
/** "le cahier des charges de labellisation des CLSM en Occitanie": its name, spelled out. */
const OCCITANIE_CDC_IN_SENTENCE =
  /\b(?:cahier des charges|cdc)\b(?: (?:de l'|de la |de |du |d'|des |la |l'|en )?(?:labellisation|clsm|ars)\b){0,4} (?:en |d')?occitanie\b/;
/** The text with each span's characters blanked (positions kept for the other spans). */
const blankSpans = (text: string, spans: readonly (readonly [number, number])[]): string =>
  spans.reduce((q, [a, b]) => q.slice(0, a) + ' '.repeat(b - a) + q.slice(b), text);
const spanOf = (m: RegExpMatchArray): [number, number] => [
  m.index ?? 0,
  (m.index ?? 0) + m[0].length,
];
/** The words saying where to look left before a text's name cut out: "d'après la", "selon". */
const LOCATOR_LEFT =
  /\b(?:d'apres|selon|suivant|dans|pour)(?: (?:le|la|les|l'|ce|cette))?(?=\s*(?:[,?():«»]|$))/g;
/** Whom an answer is for and how short: "en une phrase", "pour un conseil municipal". */
const AUDIENCE =
  /\b(?:en (?:une|1|deux|2|trois|3|quelques) (?:phrases?|mots?|lignes?)|version courte|en bref|en resume|(?:a reprendre|a mettre|a inserer|a coller|a citer) dans (?:une|un|la|le|ma|mon|notre) (?:deliberation|note|courrier|mail|slide|diapo|rapport|compte rendu)|(?:slide|diapo)s?|(?:pour|a l'attention d'|a l'attention de|a destination d'|a destination de|pour expliquer a|a expliquer a|pour presenter a) (?:un|une|des|mon|ma|mes|nos|notre|le|la|les|l') ?(?:elus?|maires?|conseil municipal|conseil communautaire|conseillers? municipaux|conseillers?|adjoints?|psychiatres?|partenaires?|habitants?|deliberation|copil|slide|diapo))\b/g;
const IN_REGION = /\b(?:en occitanie|regional|regionale|de l'ars|l'ars oc)\b/;
const IN_NATION = /\b(?:au national|au niveau national|nationalement)\b/;
const OLD_TEXT = /\b(?:l'ancien|l'ancienne)\b/;
const NEW_TEXT = /\b(?:le nouveau|la nouvelle|l'actuel|l'actuelle|le recent|la recente)\b/;
/** Any of the words pointing at one text of those named. */
const POINTS_AT_TEXT = new RegExp(
  [FIRST_TEXT, SECOND_TEXT, THIRD_TEXT, LAST_TEXT, OLD_TEXT, NEW_TEXT]
    .map((r) => r.source)
    .join('|'),
);
/** A sum itself asked ("quel montant", "combien d'euros", "quels plafonds"), not what a budget covers. */
const SUM_ASKED =
  /\b(?:montants?|euros?|combien|somme)\b|€|\bquel(?:le)?s?(?: sont| est)?(?: les| le)? plafonds?\b/;

/** A bracket listing examples of what the words before it name: "(unafam, gem)". */
const EXAMPLES_LISTED = /\([^()?]*,[^()?]*\)/g;

/** Acronyms in fewer than about 5% of entries get their expansion added to the query. */
const EXPAND_MIN_SPECIFICITY = 3;
/**
 * Cap on a word's weight in the coverage: a word no entry has ("salaire", a filler, a typo)
 * weighs like a rare word, not more, so one odd word does not sink a question alone.
 */
const SPECIFICITY_CAP = 4;
/**
 * What a preamble word weighs in the coverage: the situation told ("3 communes avec le CH du
 * coin") need not be in the entry that answers what is asked, only not contradict it.
 */
const PREAMBLE_COVERAGE = 0.15;
/** The most a preamble weighs in the coverage, as a share of what is asked. */
const PREAMBLE_CAP = 0.4;
/** A word this specific is in a handful of entries at most (or none). */
const RARE = 3;
/** A word matched only through a one-letter difference counts for this much. */
const FUZZY_CREDIT = 0.5;
/** A word found only in the source passage around the entry's quotes counts for this much. */
const SURROUNDING_CREDIT = 0.5;
/** Entries of a historical text rank lower unless the question asks about the past. */
const HISTORICAL_WEIGHT = 0.5;
/** Entries that do not cite the text a question names ("le référentiel 2018") rank lower. */
const OTHER_TEXT_WEIGHT = 0.5;
/**
 * A question naming the national frame: the 2025 instruction and its référentiel. Not a local
 * DGS ("je suis DGS d'une communauté de communes", "notre DGS"): a collectivity's director.
 */
const NAMES_NATIONAL =
  /\b(2025|(?<!centre )national|(?<!education )nationale|nationaux|instruction|(?<!\b(?:suis|notre|nos|mon|ma|le|un|une|leur) )dgs(?! (?:d'une|d'un|de la|de l'|du|de|des) ?(?:commune|communaute|comcom|cc|agglo\w*|mairie|ville|interco\w*|metropole|collectivite|petr|pays))|ministere|ministeriel\w*|annexe 2)\b/;
/** The national frame, wherever a question names it. */
const NATIONAL_NAMED = new RegExp(NAMES_NATIONAL, 'g');
/** Entries titled on a longer acronym than the one asked (CLSM for CLS) rank lower. */
const OTHER_ACRONYM_WEIGHT = 0.6;
/** An entry that does not answer the precise facet asked ranks this much lower. */
const FACET_MISMATCH_WEIGHT = 0.3;
/**
 * An entry asked the way the question is asked (word overlap with one of its `questions`)
 * ranks up to this much higher: BM25 sums words, this sees the question whole.
 */
const ASKED_LIKE_BOOST = 2;
/** BM25 hits re-ranked by facet, era, acronym and wording (far more than are ever chosen). */
const RERANKED_HITS = 40;
/** Hits looked at for candidates, and candidates kept (the choices of a clarifying question). */
const HITS_LOOKED_AT = 8;
const MAX_CANDIDATES = 3;
/** A preamble clause this short holding a year is the date of the figure asked ("en 2018"). */
const YEAR_CLAUSE_WORDS = 4;
/** A candidate is close to the best when it scores at least this share of it. */
const CLOSE_RATIO = 0.6;
/** Two scores this close are a tie. */
const TIED = 0.97;
/** Scores this close are a tie when only the runner-up has what the focus asks. */
const TIED_ON_FOCUS = 0.8;

/** A glossary name this long or longer, spelled out in a question, counts as its acronym. */
const SPELLED_OUT_MIN_WORDS = 3;
/** Bodies that issue or receive the texts: named in passing, not what an entry is about. */
const ISSUERS: ReadonlySet<string> = new Set(['ars', 'dgs', 'dd', 'ddars', 'dgos']);
/** An issuer named with its text: "l'instruction (de la) DGS", "la circulaire DGS 2025". */
const issuerOfText = (issuer: string): RegExp =>
  new RegExp(
    `\\b(?:instruction|circulaire|texte|referentiel|ref|note)\\s+(?:\\S+\\s+){0,2}${issuer}\\b`,
  );
/** Words that name a text just before its year: "le référentiel (de) 2025", "le cdc 2023". */
const TEXT_NAME =
  /\b(referentiel|reference|ref|instruction|cahier des charges|cdc|cc|texte|document|circulaire|plaquette|depliant|annexe|tableau|synthese|grille|loi|decret)\b/g;
const TEXT_BEFORE_YEAR = new RegExp(`${TEXT_NAME.source}(\\s+\\S+){0,4}\\s*$`);
/** "avant celui de 2023", "antérieur à la version de 2023": a text before the year's. */
const BEFORE_A_TEXT =
  /\b(?:avant|anterieure?s? a)\s+(?:(?:celui|celle|ceux|le|la|l'|les)\s*)?(?:(?:version|texte|cdc|cahier des charges|referentiel|reference|ref)\s+)?(?:(?:de|du|d')\s*)?(?=(?:19|20)\d\d\b)/g;
/** The text with each year something came before written "avant <year>". */
const beforeYearsPlain = (text: string): string => text.replace(BEFORE_A_TEXT, 'avant ');
/** The past asked about (not "le ref dit de s'y prendre avant ?": earlier, not a text before). */
const ASKS_HISTORY =
  /\b(ancien|ancienne|2012|historique|(?<!\bprendre )avant(?! (?:que\b|qu'|de\b|d'))|precedent|precedente|autrefois|vieux|vieil|(?:cdc|cahier des charges|texte|appel a projets?) d'origine|(?:premier|1er) (?:cdc|cahier des charges|texte|appel a projets?)|(?<![a-z] )a l'origine(?! (?:de|du|des|d')\b))\b/;
/**
 * "le texte de 2012 disait X, et le référentiel 2025 ?", "en 2012 il y avait une cellule…, le
 * CLSM peut-il encore… ?", "le CLSM doit-il les traiter comme le faisaient certains avant ?":
 * asks what the current text says.
 */
const ASKS_CURRENT =
  /\b((?<!avant )(2025|2023)|referentiel national|instruction|actuel\w*|aujourd'hui|maintenant|desormais|nouveau|nouvelle|en vigueur|toujours|encore|comme (le |l'|c'|on )?(faisai\w*|etait|avant|autrefois|dans l'ancien\w*|en 2012))\b/;

/**
 * A verb in the past: what an old text said. Not the present "fait" nor nouns that end the
 * same way ("un extrait", "un forfait").
 */
const PAST =
  /\b(?!(?:fait|satisfait|parfait|forfait|bienfait|extrait|retrait|trait|portrait|souhait|attrait|lait|plait)\b)\w+(?:ait|aient)\b|\b(?:a|avait|ont|etait|etaient|fut) (?:ete|eu|dit|prevu|fixe|impose)\b/;

/**
 * The date of a text an answer cites ("selon l'instruction du 13 mai 2025", "le référentiel
 * 2025"): not the year of the figure it gives ("on recense en 2024 environ 280 CLSM").
 */
const TEXT_DATE =
  /\b\d{1,2}(?:er)?\s+\p{L}+\s+(?:19|20)\d\d\b|\b(?:instruction|r[ée]f[ée]rentiel(?: national)?|cahier des charges(?: ARS Occitanie)?|plaquette|circulaire)\s+(?:de\s+|du\s+)?(?:19|20)\d\d\b/giu;

/**
 * "le dr Martin (généraliste) siège au COPIL…", "Mme Durand": a person named is no topic of the
 * texts; a doctor named is a doctor. Not "Monsieur le maire": the office is what is named.
 */
const PERSON_NAMED =
  /\b(?:(dr|docteur)|mme|mlle|monsieur|madame)\.?\s+(?!(?:le|la|les|l)\b)[a-zà-ÿ-]+(?:'[a-zà-ÿ-]+)?/giu;
const withoutPersonNames = (text: string): string =>
  text.replace(PERSON_NAMED, (_, doctor?: string) => (doctor ? 'médecin' : ' '));

/** A figure, not a year (a year names a text): "4 objectifs", "30 000 €". */
const FIGURE_TOLD = /\b(?!(?:19|20)\d\d\b)\d+(?:[ ,.]\d+)*\b/g;

/** A word without its plural ending: "contrats locaux" names what "contrat local" does. */
const singular = (word: string): string =>
  word.toLowerCase().replace(/aux$/, 'al').replace(/s$/, '');

/**
 * "je suis nouvelle référente CLS à la DD, …": who asks, told in the preamble, is not what the
 * answer is about; the rest of the situation is.
 */
const SELF = new RegExp(
  String.raw`(?:^|,\s*)${ASIDE_BEFORE_SELF}(?:je suis|j'suis|jsuis|moi c'est)\s[^,.;:!?]*?(?=\s(?:et|mais|donc)\s|[,.;:!?]|$)`,
  'gi',
);
/** "question d'une collègue de la DD", "le maire me demande": who passed the question on. */
const withoutForwarder = (preamble: string): string =>
  preamble
    .split(', ')
    .filter((c) => !forwarded(c))
    .join(', ');
const withoutSelf = (preamble: string): string => withoutForwarder(preamble).replace(SELF, ' ');
/**
 * "une fois le CLSM labellisé, on peut demander quoi ?": once something is done, not a number
 * of times. Read in questions only: entries' ways of asking keep their words.
 */
const ONCE_DONE = /\bune fois (?=(?:que|qu'|le|la|les|l'|son|sa|ses|notre|nos|leur|leurs)\b)/gi;
/**
 * "d'après l'instruction du 13 mai 2025, qui devrait financer…": the day and month of a text
 * named say which text, as its year does; they are not what is asked about. Read in questions
 * only (the entries that give the text's date keep it).
 */
const TEXT_DAY =
  /\b(instructions?|circulaires?|textes?|notes?)((?:\s+(?:dgs|ministerielles?|nationales?))?)\s+(?:du|de)\s+\d{1,2}(?:er)?\s+(?:janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre)\s+(?=(?:19|20)\d\d\b)/giu;
const withoutTextDay = (text: string): string => text.replace(TEXT_DAY, '$1$2 ');
/**
 * "un CLS dure combien de temps ? et on peut le renouveler à la fin ?": at its end, when a thing
 * is renewed, is when renewal happens; it is not what is asked about. Read in questions only
 * ("à la fin du CLS", with its "de", keeps its words; so do the entries).
 */
const AT_ITS_END =
  /(?<=\b(?:renouvel|reconduire|reconduit|prolong)\w*\s+(?:\S+\s+)?)[aà] la fin\b(?!\s+(?:de|du|d'|des)\b)/gi;
/** "c'est partagé avec d'autres ?": others, unnamed, are no topic (a noun after them is). */
const OTHERS_UNNAMED = /\bd'autres(?=\s*(?:[?.,!;]|$))/gi;
/** "juste invitée de temps en temps": now and then says how often, loosely; it is no topic. */
const NOW_AND_THEN = /\bde temps (?:en|[aà]) temps\b/gi;
/** What is asked, without the words above that name no topic of it. */
const withoutNoTopic = (focus: string): string =>
  withoutTextDay(
    focus
      .replace(ONCE_DONE, ' ')
      .replace(AT_ITS_END, ' ')
      .replace(OTHERS_UNNAMED, ' ')
      .replace(NOW_AND_THEN, ' '),
  );
/**
 * "les élus confondaient COPIL et COTECH. quel est le rôle de chacune de ces deux instances ?":
 * words pointing back to the bodies told before; the acronyms told name them.
 */
const BODIES_POINTED =
  /\b(?:ces (?:deux |trois )?(?:instances|comites|organes)|cette instance|ce comite)\b/;
/** "le référentiel définit le CLSM comment ?": a text's definition, asked by that word. */
const DEFINES = /\bdefini(?:t|ssent|r|tion)\b/;
const FIRST_PERSON = /\b(?:on|nous|je|j'|moi)\b/;
/**
 * "je suis coordo d'un CLSM en Martinique, le référentiel vaut-il aussi pour nous ?": whether a
 * rule applies to the asker asks about who they are, told before.
 */
const APPLIES_TO_SELF =
  /\b(?:vaut|valent|s'appliqu\w*|applicables?|concerne\w*)\b[^?]*\b(?:nous|moi|chez nous)\b|\b(?:nous|me) concerne\w*\b/;
/** A regional text named: the Occitanie cahier des charges, its leaflet, the 2018 CLS guide. */
const REGIONAL_TEXT_NAMED =
  /\b(?:occitanie|cahier des charges|cdc|plaquette|depliant|2018|2023|regional|regionale)\b/;
/** What is asked about the asker: "vaut-elle pour nous ?", "mes missions". */
const OWN_FOCUS = /\b(?:nous|moi|mes|mon|ma|je|j'|me|m')\b/;

/** Numbers written out, as a claim puts them forward ("quatre fois par an", "cinq ans"). */
const NUMBER_WORDS = 'deux trois quatre cinq six sept huit neuf dix onze douze quinze vingt trente';
/**
 * A cadence put forward ("une plénière tous les trimestres ?"), checked by an entry's own; or
 * asked as when to meet again ("on l'a réuni en mars, il faut le refaire quand ?").
 */
const CADENCE_WORDS =
  'trimestre trimestres trimestriel trimestrielle mensuel mensuelle semestre semestriel semestrielle hebdomadaire bimestriel bimensuel quotidien souvent refaire recommencer';
/** A text's reference number: "DGS/SP4/2025/8", "n° DGS/SP4/CGET/2016/289". */
const TEXT_REFERENCE = /(\bn°\s*)?\b[A-Za-z]{2,5}(\/[A-Za-z0-9]+)*\/(19|20)\d\d\/\d+\b/g;

/**
 * A place in a text ("le point 3 de l'annexe 1", "annexe 1 point 6", "§ 3.2"): where to look,
 * not what is asked about; the text it is in stays named.
 */
const PLACE_IN_TEXT =
  /(?:\b(?:le |au |du |selon le |d'apres le |dans le )?(?:point|paragraphe|section|partie|chapitre)\s*(?:n°\s*)?\d+(?:\.\d+)*(?=\s|$|[,:;?)])(?:\s+(?:de l'|du |de la )annexe\s*\d)?|\bannexe\s*\d\s*,?\s*(?:point|partie|section|§)\s*\d+(?:\.\d+)*|§\s*\d+(?:\.\d+)*)/giu;
/** The question without a text's reference number and the places in a text it points at. */
const withoutPlaceInText = (text: string): string =>
  text
    .replace(TEXT_REFERENCE, ' ')
    // Only the 2025 instruction has annexes: a place in one still names it, annex 1 being its
    // référentiel national and annex 2 its table.
    .replace(PLACE_IN_TEXT, (place) => {
      const annex = /annexe\s*(\d)/i.exec(place)?.[1];
      return annex === '1' ? ' referentiel national ' : annex ? ` annexe ${annex} ` : ' ';
    });
/** A pattern matching any of `names` as whole words. */
const anyOf = (names: string[]): RegExp =>
  new RegExp(`\\b(${names.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})\\b`);

export interface Candidate {
  entry: Entry;
  hit: SearchHit;
  features: DecisionFeatures;
}

export interface QuestionAnalysis {
  parts: QuestionParts;
  /** Folded with shorthand spelled out (the whole question). */
  folded: string;
  /** The question's acronyms that the glossary knows. */
  acronyms: string[];
  /** The single acronym asked, when there is exactly one. */
  acronymTerm: GlossaryTerm | undefined;
  /** The body whose definition alone is asked, whatever text or audience the question names. */
  definitionAsked: GlossaryTerm | undefined;
  /** Analysed words: what is asked, then the preamble's. */
  askedTerms: string[];
  contextTerms: string[];
  /** Precise facets asked (who presides, how much…) read in the focus. */
  facets: Facet[];
  /** Whether the question asks anything about its topic (a facet, a question word, a "?"). */
  asks: boolean;
  wantsHistory: boolean;
  /** The texts the question names ("d'après la plaquette"), when it names any. */
  textsNamed: string[];
  /** Ranked hits, weighted. */
  hits: SearchHit[];
  /** Entries that may answer, best first: at most three, fitting acronyms, figures and facet. */
  candidates: Candidate[];
}

export interface CandidateFinder {
  /** `parts`: the reading of one ask of the question (`splitAsks`), instead of its own split. */
  analyse(question: string, parts?: QuestionParts, onlyText?: string): QuestionAnalysis;
  /**
   * The texts a question sets side by side ("cdc 2023 vs cdc 2012 : combien d'objectifs ?"),
   * the ones it asks about first, each with what it asks of it (the other texts' names and the
   * comparing words cut out); empty unless it names two or more and compares them.
   */
  textsCompared(question: string, focus: string): { file: string; question: string }[];
  /**
   * The text each ask of a question asks of, when it names several texts and each ask one of
   * them ("instruction 2025 puis cdc 2023 : qui cofinance dans le premier, et faut-il une parité
   * dans le second ?"): each ask's reading without the texts' names; empty unless every ask has
   * its text and they are not all one.
   */
  textsByAsk(
    question: string,
    asks: readonly Pick<AskParts, 'focus' | 'told'>[],
  ): { file: string; parts: QuestionParts }[];
  /** The analysed words of asking (`asking-words.ts`): they say where to look, not what about. */
  askingTerms: ReadonlySet<string>;
  /** Each glossary acronym's analysed expansion ("dd" → délégation, départementale, ARS). */
  expansionTerms: ReadonlyMap<string, readonly string[]>;
}

/** A 2012 entry and the one that replaced it (or its own 2012 source) are no rivals. */
export const sameEntry = (a: Entry, b: Entry): boolean =>
  (a.supersededBy ?? a.id) === (b.supersededBy ?? b.id);

/** How far a hit's score stands above its runner-up's: 0 (tied or behind) to 1. */
export const marginOver = (score: number, runnerUp: number): number =>
  score > 0 ? Math.max(0, 1 - runnerUp / score) : 0;

export function createCandidateFinder(kb: KnowledgeBase, index: EntryIndex): CandidateFinder {
  const glossaryByTerm = new Map(kb.glossary.map((t) => [foldAccents(t.acronym.toLowerCase()), t]));
  // Answers folded once: the quantity, share and count checks read them per question.
  const foldedAnswers = new Map(kb.entries.map((e) => [e.id, foldAccents(e.answer.toLowerCase())]));
  /** Whether the entry that replaced an old one cites one of the texts asked. */
  const successorCites = (e: Entry, texts: ReadonlySet<string>): boolean =>
    e.supersededBy !== undefined &&
    (kb.entriesById.get(e.supersededBy)?.citations.some((c) => texts.has(c.source)) ?? false);
  const foldedTitles = new Map(kb.entries.map((e) => [e.id, foldAccents(e.title.toLowerCase())]));
  // Whether an entry may answer a quantity: asked as one, or stating a figure.
  const givesQuantity = perEntry(
    (e): boolean =>
      FIGURE.test(foldedAnswers.get(e.id) ?? '') ||
      [e.title, ...e.questions].some((q) => QUANTITY.test(plainQuestion(q))),
  );
  const givesShare = new Set(
    kb.entries.filter((e) => GIVES_SHARE.test(foldedAnswers.get(e.id) ?? '')).map((e) => e.id),
  );
  const facetsOf = new Map(
    kb.entries.map((e) => [
      e.id,
      new Set([
        ...e.facets,
        ...STATED_FACETS.filter(([, v]) => v.test(foldedAnswers.get(e.id) ?? '')).map(([f]) => f),
      ]),
    ]),
  );
  const titles = new Map(kb.entries.map((e) => [e.id, index.analyser.terms(e.title)]));
  // "selon l'instruction DGS de 2025": the body a text names as its issuer ("(DGS)") names the
  // text; an entry quoting that text need not have the word.
  const issuerTerms = new Map(
    [...kb.sources.values()].map((s) => [
      s.file,
      new Set(
        index.analyser.terms([...s.issuer.matchAll(/\(([^)]+)\)/g)].map((m) => m[1]).join(' ')),
      ),
    ]),
  );
  const issuerNamingText = [...new Set([...issuerTerms.values()].flatMap((s) => [...s]))].map(
    (term) => [term, issuerOfText(term)] as const,
  );
  const issuedBy = new Map(
    kb.entries.map((e) => [
      e.id,
      new Set(e.citations.flatMap((c) => [...(issuerTerms.get(c.source) ?? [])])),
    ]),
  );
  const expansionTerms = new Map(
    [...glossaryByTerm].map(([a, t]) => [a, index.analyser.terms(t.expansion)]),
  );
  const oldSources = new Set<string>(
    [...kb.sources.values()].filter((s) => s.status === 'historique').map((s) => s.file),
  );
  const historical = new Set(
    kb.entries
      .filter((e) => e.citations.every((c) => kb.sources.get(c.source)?.status === 'historique'))
      .map((e) => e.id),
  );
  // The texts a question can name: the national one (by its words), any one by its year.
  const nationalSources = new Set<string>(
    [...kb.sources.values()].filter((s) => s.scope === 'national').map((s) => s.file),
  );
  const sourcesOfYear = new Map<string, Set<string>>();
  for (const s of kb.sources.values()) {
    const year = /^(?:19|20)\d\d/.exec(s.date)?.[0];
    if (year) sourcesOfYear.set(year, new Set([...(sourcesOfYear.get(year) ?? []), s.file]));
  }
  const occitanieCdc = [...kb.sources.values()].find(
    (s) => s.scope === 'occitanie' && TEXT_KINDS[0]?.test(plainQuestion(s.short)),
  )?.file;
  const shortNames = new Map<string, string>(
    [...kb.sources.values()].map((s) => [s.file, plainQuestion(s.short)]),
  );
  /** "d'après le dépliant": what users call a text (sources.yml `calledAs`). */
  const sourcesCalledAs = [...kb.sources.values()]
    .filter((s) => s.calledAs.length > 0)
    .map((s) => [s.file, anyOf(s.calledAs.map(plainQuestion))] as const);
  const sourcesWrittenFor = [...kb.sources.values()]
    .filter((s) => s.writtenFor.length > 0)
    .map((s) => [s.file, anyOf(s.writtenFor.map(plainQuestion))] as const);
  const textsCalledAs = new Set<string>(sourcesCalledAs.map(([file]) => file));
  /** The same names, each found wherever it is named ("la plaquette … la plaquette"). */
  const sourcesCalledAsAll = sourcesCalledAs.map(
    ([file, re]) => [file, new RegExp(re, 'g')] as const,
  );
  /** "le référentiel 2025": a year that names a text (one of the texts' own years, after its name). */
  const namesText = (before: string, year: string): boolean =>
    sourcesOfYear.has(year) && TEXT_BEFORE_YEAR.test(before);
  /** The texts the question names, by year or as the national frame; empty when it names none. */
  const namedTexts = (folded: string, wantsHistory: boolean): Set<string> => {
    const named = new Set<string>();
    // "avant 2023, le cdc parlait de…", "le vieux cdc (avant celui de 2023)": a year something
    // came before names no text.
    const years = beforeYearsPlain(folded);
    for (const [year] of years.matchAll(/(?<!\bavant )\b(?:19|20)\d\d\b/g))
      sourcesOfYear.get(year)?.forEach((f) => named.add(f));
    if (NAMES_NATIONAL.test(folded) && !wantsHistory) nationalSources.forEach((f) => named.add(f));
    for (const [file, calledAs] of sourcesCalledAs) if (calledAs.test(folded)) named.add(file);
    return named;
  };
  /** Where each text is named in a folded question: "le cdc occitanie 2023", "l'ancien cdc". */
  const mentionsOfTexts = (folded: string): Map<string, [number, number][]> => {
    const spans = new Map<string, [number, number][]>();
    const mention = (file: string, start: number, end: number) =>
      spans.set(file, [...(spans.get(file) ?? []), [start, end]]);
    const withTextWord = (start: number): number =>
      TEXT_WORD_BEFORE.exec(folded.slice(0, start))?.index ?? start;
    for (const m of folded.matchAll(/\b(?:19|20)\d\d\b/g)) {
      const before = folded.slice(0, m.index);
      // The text's name nearest the year: "ref 2018 vs ref 2025" names 2025 by the second "ref".
      const name = [...before.matchAll(TEXT_NAME)].at(-1);
      if (name && TEXT_BEFORE_YEAR.test(before.slice(name.index)))
        sourcesOfYear
          .get(m[0])
          ?.forEach((f) => mention(f, withTextWord(name.index), m.index + m[0].length));
    }
    for (const m of folded.matchAll(NATIONAL_NAMED))
      nationalSources.forEach((f) => mention(f, withTextWord(m.index), m.index + m[0].length));
    for (const [file, calledAs] of sourcesCalledAsAll)
      for (const m of folded.matchAll(calledAs))
        mention(file, withTextWord(m.index), m.index + m[0].length);
    return spans;
  };
  /** A text without the texts it names, where it says to look and whom it is for. */
  const withoutWhereAndWhom = (text: string): string => {
    const folded = plainQuestion(text).replace(AUDIENCE, ' ');
    return blankSpans(folded, [...mentionsOfTexts(folded).values()].flat())
      .replace(LOCATOR_LEFT, ' ')
      .replace(/\b(?:d'apres|selon|suivant)\b/g, ' ');
  };
  /**
   * A question asking only what a body is, told where to look and for whom: the focus without
   * the text's name and the audience; undefined for any other question.
   */
  const definitionOnly = (focus: string): string | undefined => {
    const rest = withoutWhereAndWhom(focus);
    if (rest === plainQuestion(focus) || !questionFacets(rest).includes('definition')) return;
    const terms = index.analyser
      .terms(rest.replace(/\bdefini\w*/g, ' '))
      .filter((t) => !asking.has(t));
    // "qu'est-ce que l'instruction demande aux ARS ?" asks no body what it is.
    return terms.length === 1 && terms.every((t) => glossaryByTerm.has(t) && !ISSUERS.has(t))
      ? rest
      : undefined;
  };
  const weightOf = (term: string): number => Math.min(index.specificity(term), SPECIFICITY_CAP);
  // "le contrat local de santé" is the CLS: a name spelled out counts as its acronym.
  const spelledOut = [...glossaryByTerm].flatMap(([acronym, t]) => [
    ...[plainQuestion(t.expansion.replace(/\(.*$/, '')).trim()]
      .filter((name) => name.split(/\s+/).length >= SPELLED_OUT_MIN_WORDS)
      .map((name) => [acronym, name] as const),
    // "le conseil local", "le contrat santé de la ville": the users' own names for it.
    ...(t.alsoCalled ?? []).map((name) => [acronym, plainQuestion(name).trim()] as const),
  ]);
  const otherCouncil = new RegExp(`^${OTHER_COUNCIL}`, 'u');
  const namedIn = (text: string): string[] => {
    const folded = plainQuestion(text);
    return spelledOut
      .filter(([, name]) => {
        const at = folded.indexOf(name);
        return at >= 0 && otherCouncil.test(folded.slice(at + name.length));
      })
      .map(([acronym]) => acronym);
  };
  // "l'organe de décision d'un conseil local": the users' names stand for the acronym, whose
  // entries never use their words; the text keeps its case (a typed "RGPD" stays an acronym).
  // "Les conseils de santé mentale de secteur" of the old circulars are not CLSM, nor is "notre
  // conseil municipal".
  // A name that opens the expansion takes in the rest of it when typed ("contrat local de
  // santé", "contrats locaux de santé" are the CLS, not "CLS de santé"). A name is bounded by
  // no letter on either side: "\b" sees no bound after an accented one.
  const aliases = [...glossaryByTerm].flatMap(([acronym, t]) =>
    (t.alsoCalled ?? []).map((name) => {
      const named = name.split(/\s+/);
      const expanded = t.expansion.split(/\s+/);
      const opens = named.every((w, i) => singular(w) === singular(expanded[i] ?? ''));
      const rest =
        opens && expanded.length > named.length
          ? `(?:\\s+${foldFree(expanded.slice(named.length).join(' '))})?`
          : '';
      return [
        new RegExp(
          `(?<![\\p{L}\\p{N}])${foldFree(name)}${rest}(?![\\p{L}\\p{N}])(?! de secteur)${OTHER_COUNCIL}`,
          'giu',
        ),
        acronym,
        plainQuestion(name).trim().split(/\s+/)[0] ?? '',
      ] as const;
    }),
  );
  // A name's first word, folded, is in any text the name is in: the other names' patterns (slow
  // to compile, on a CLI's one question) are not run.
  const withAcronyms = (text: string): string => {
    const folded = foldAccents(text.toLowerCase());
    return aliases.reduce(
      (named, [name, acronym, first]) =>
        folded.includes(first) ? named.replace(name, acronym.toUpperCase()) : named,
      text,
    );
  };
  const asking = new Set(index.analyser.terms(ASKING_WORDS));
  const monthTerms = new Set(index.analyser.terms(MONTHS.replaceAll('|', ' ')));
  // "le COPIL se réunit quatre fois par an, c'est vrai ?": a figure put forward in words.
  const numberWords = new Set(index.analyser.terms(NUMBER_WORDS));
  const cadenceWords = new Set(index.analyser.terms(CADENCE_WORDS));
  const facetNames = FACET_NAMES.map(([facet, name]) => ({
    facet,
    term: index.analyser.terms(name)[0],
    typed: new RegExp(`\\b${name}\\b`),
  }));

  return {
    askingTerms: asking,
    expansionTerms,
    textsCompared(question, focus) {
      const folded = plainQuestion(question.replace(TEXT_REFERENCE, ' '));
      const comparingWords = [...folded.matchAll(TEXTS_COMPARED)];
      if (comparingWords.length === 0) return [];
      const spans = mentionsOfTexts(folded);
      if (spans.size < 2) return [];
      // The texts named where it asks lead, in the order named: "le référentiel 2025 dit deux
      // fois par an, l'ancien cahier des charges disait quoi ?" asks first of the old text.
      const asked = mentionsOfTexts(plainQuestion(focus.replace(TEXT_REFERENCE, ' ')));
      const rank = (file: string) =>
        (asked.has(file) ? 0 : folded.length) +
        Math.min(...(spans.get(file) ?? []).map(([a]) => a));
      // Asked of one text, the question loses the other texts' names and the words comparing
      // them ("quelle différence", "c'est pareil"): they are not what it asks of that text.
      const spansOf = (files: string[]) => files.flatMap((f) => spans.get(f) ?? []);
      const named = spansOf([...spans.keys()]);
      const comparing = comparingWords
        .map((m): [number, number] => [m.index, m.index + m[0].length])
        .filter(([a, b]) => named.every(([c, d]) => b <= c || a >= d));
      return [...spans.keys()]
        .sort((a, b) => rank(a) - rank(b))
        .map((file) => ({
          file,
          question: blankSpans(folded, [
            ...spansOf([...spans.keys()].filter((f) => f !== file)),
            ...comparing,
          ]),
        }));
    },
    textsByAsk(question, split) {
      // "role du copil d'un clsm dans l'une, et role du copil d'un cls dans l'autre ?": clauses
      // that ask no question word each point at their text.
      const folded = plainQuestion(question);
      const asks =
        split.length >= 2
          ? split
          : folded
              .slice(folded.lastIndexOf(':') + 1)
              .replace(/\?+\s*$/, '')
              .split(/\s*(?:,\s*(?:et|puis)?|;|\bet|\bpuis)\s+(?=\S)/)
              .filter((clause) => POINTS_AT_TEXT.test(clause))
              .map((focus) => ({ focus, told: '' }));
      if (asks.length < 2) return [];
      // "quels plans nationaux … d'après l'ancien cdc ?": an adjective after another noun names
      // no text; "le ref national", "l'instruction", "au national" do.
      // "le cahier des charges Occitanie" (no year) is the 2023 one when set beside another.
      const namingSpans = (text: string): Map<string, [number, number][]> => {
        const named = mentionsOfTexts(text);
        const occitanie = [...text.matchAll(OCCITANIE_CDC)].map(spanOf);
        if (occitanieCdc && occitanie.length > 0)
          named.set(occitanieCdc, [...(named.get(occitanieCdc) ?? []), ...occitanie]);
        for (const [file, at] of named) {
          const naming = at.filter(([a, b]) =>
            NAMES_A_TEXT.test(text.slice(Math.max(0, a - 3), b)),
          );
          if (naming.length > 0) named.set(file, naming);
          else named.delete(file);
        }
        return named;
      };
      const spans = namingSpans(plainQuestion(question.replace(TEXT_REFERENCE, ' ')));
      if (spans.size < 2) return [];
      const firstAt = (file: string) => Math.min(...(spans.get(file) ?? []).map(([a]) => a));
      const order = [...spans.keys()].sort((a, b) => firstAt(a) - firstAt(b));
      const olds = order.filter((f) => oldSources.has(f));
      const news = order.filter((f) => !oldSources.has(f));
      const national = order.filter((f) => nationalSources.has(f));
      const regional = order.filter((f) => !nationalSources.has(f));
      const pointed: (readonly [RegExp, string | undefined])[] = [
        [FIRST_TEXT, order[0]],
        [SECOND_TEXT, order[1]],
        [THIRD_TEXT, order[2]],
        [LAST_TEXT, order.at(-1)],
        [OLD_TEXT, olds.length === 1 ? olds[0] : undefined],
        [IN_REGION, regional.length === 1 ? regional[0] : undefined],
        [IN_NATION, national.length === 1 ? national[0] : undefined],
        [NEW_TEXT, news.length === 1 && olds.length > 0 ? news[0] : undefined],
      ];
      const readings: ({ file: string; parts: QuestionParts } | undefined)[] = [];
      for (const ask of asks) {
        const focus = plainQuestion(ask.focus.replace(TEXT_REFERENCE, ' '));
        // "ref 2018 vs ref 2025 : un CLS c'est signé par qui": the texts named before the colon
        // are the question's, not this ask's.
        const asked = focus.slice(focus.lastIndexOf(':') + 1);
        const own = [...namingSpans(asked)];
        // "… dans le premier", or "le cdc prévoit quel bilan ?" when one text named is a cdc.
        const kind = TEXT_KINDS.find((k) => k.test(asked));
        const ofKind = kind ? order.filter((f) => kind.test(shortNames.get(f) ?? '')) : [];
        const pointer =
          pointed.find(([words]) => words.test(asked)) ??
          (kind && ofKind.length === 1 ? ([kind, ofKind[0]] as const) : undefined);
        const file = own.length === 1 ? own[0]?.[0] : own.length === 0 ? pointer?.[1] : undefined;
        if (file === undefined) return [];
        // The texts' names and the words pointing at one say where to look, not what about.
        const blanked = (text: string) =>
          blankSpans(text, [...namingSpans(text).values()].flat()).replace(
            pointer && own.length === 0 ? new RegExp(pointer[0].source, 'g') : /$^/,
            ' ',
          );
        const named = index.analyser.terms(blanked(asked)).filter((t) => !asking.has(t)).length;
        const before = readings.flatMap((r) => (r ? [r.parts.focus] : []));
        const told = blanked(plainQuestion(ask.told));
        // "qui préside le COPIL dans le premier, et dans le second ?": an ask naming nothing but
        // its text asks what the ask before it asked; "…, et le CLSM dans le second ?" (asking
        // nothing in words) or "et qui le préside au national ?" (one word) has the asks before
        // it as context.
        readings.push({
          file,
          parts:
            named === 0 && before.length > 0
              ? { focus: before.at(-1) ?? '', preamble: told }
              : {
                  focus: blanked(focus),
                  preamble: [told, ...(asksIn(asked) && named > 1 ? [] : before)].join(', '),
                },
        });
      }
      const files = new Set(readings.map((r) => r?.file));
      return readings.every((r) => r !== undefined) && files.size > 1 ? readings : [];
    },
    analyse(asked, askParts, onlyText) {
      // "l'instruction DGS/SP4/2025/8 est-elle opposable ?": a text's reference names the text;
      // its pieces (DGS, SP4, 2025, 8) are not what is asked about.
      const question = permissionAsCan(withoutPlaceInText(asked));
      const folded = plainQuestion(question);
      const split = asidesToPreamble(
        askParts
          ? {
              focus: permissionAsCan(withoutPlaceInText(askParts.focus)),
              preamble: permissionAsCan(withoutPlaceInText(askParts.preamble)),
            }
          : splitQuestion(question, (text) => index.analyser.terms(text).length),
      );
      const parts = {
        ...split,
        focus: withAcronyms(withoutPersonNames(split.focus)),
        preamble: withAcronyms(withoutPersonNames(split.preamble)),
      };
      // "Le cahier des charges de 2023 réunit le COTECH autant que de besoin ; à quel rythme le
      // référentiel national réunit-il le COPIL ?": a preamble about one text, set against the
      // text the focus asks about, is a contrast: the answer is from the focus's text. (Its
      // words stay: they often name the topic, "en 2012 la plénière…, et en 2025 le rythme ?")
      const focusFolded = plainQuestion(parts.focus);
      /** The sentence that asks, from its start to the focus's end. */
      const askingSentence = (() => {
        const start = folded.indexOf(focusFolded.slice(0, 20));
        if (start < 0) return focusFolded;
        const from = Math.max(folded.lastIndexOf('. ', start), folded.lastIndexOf('? ', start));
        return folded.slice(from + 1, start + focusFolded.length);
      })();
      const preambleTexts = namedTexts(plainQuestion(parts.preamble), false);
      // "la plaquette dit X. le cdc occitanie demande aussi … ?": the cahier des charges
      // Occitanie (no year) is the 2023 one when another text is told before it (alone, it
      // names no text: the entries on a rule it is silent on still answer). So is "le cahier
      // des charges de labellisation des CLSM en Occitanie", named in the sentence that asks.
      const focusTexts = namedTexts(focusFolded, false);
      // "c quoi un clsm d'après le cdc de labellisation de l'ars occitanie ?": what a body is,
      // asked of the Occitanie cahier des charges by its name, is that text's definition.
      const occitanieDefined =
        occitanieCdc !== undefined && OCCITANIE_CDC_IN_SENTENCE.test(focusFolded)
          ? definitionOnly(focusFolded.replace(OCCITANIE_CDC_IN_SENTENCE, ' '))
          : undefined;
      /** The text whose definition is asked by its name, if any. */
      const definedIn = occitanieDefined === undefined ? undefined : occitanieCdc;
      if (definedIn !== undefined) focusTexts.add(definedIn);
      if (
        occitanieCdc &&
        preambleTexts.size > 0 &&
        !preambleTexts.has(occitanieCdc) &&
        (OCCITANIE_CDC_NAMED.test(focusFolded) || OCCITANIE_CDC_IN_SENTENCE.test(askingSentence))
      )
        focusTexts.add(occitanieCdc);
      const preambleTerms = index.analyser.terms(withoutWhereAndWhom(parts.preamble));
      // "selon le référentiel national 2025, quels sont les plafonds … ?": a lead-in that only
      // names a text says where the focus asks, as if the focus named it.
      const askedTexts =
        preambleTexts.size > 0 && preambleTerms.every((t) => asking.has(t))
          ? new Set([...focusTexts, ...preambleTexts])
          : focusTexts;
      const contrast =
        focusTexts.size > 0 &&
        preambleTexts.size > 0 &&
        [...preambleTexts].every((f) => !focusTexts.has(f));
      const namedInFocus = namedIn(parts.focus);
      const namedInPreamble = namedIn(parts.preamble);
      const allFacets = questionFacets(focusFolded);
      const facets = allFacets.filter((f) => DECISIVE_FACETS.has(f));
      // "je suis à la DDARS, le référentiel prévoit-il qu'on soit dans le COPIL ?": who asks is
      // what is asked when the asker asks whether they sit.
      const asksOwnSeat = facets.includes('composition') && FIRST_PERSON.test(focusFolded);
      // "je suis élu, qui signe le CLS avec nous ?": nor is who asks, told in a clause the focus
      // took in for its words, what is asked about.
      const askedWords = asksOwnSeat
        ? parts.focus
        : (parts.padding ?? []).reduce((f, c) => f.replace(c, withoutSelf(c)), parts.focus);
      // Who asks, told in the preamble ("je suis coordo d'un CLSM en Martinique").
      const selfTerms = index.analyser.terms(
        plainQuestion(parts.preamble).match(SELF)?.join(' ') ?? '',
      );
      // Not of a regional text named ("je suis en Guadeloupe, le cahier des charges Occitanie
      // s'applique chez nous ?"): where the asker is does not make that text's rule theirs.
      const askedOfSelf =
        APPLIES_TO_SELF.test(focusFolded) && !REGIONAL_TEXT_NAMED.test(focusFolded)
          ? selfTerms
          : [];
      const bodiesPointed = BODIES_POINTED.test(focusFolded)
        ? index.analyser.terms((plainQuestion(parts.preamble).match(BODIES_NAMED) ?? []).join(' '))
        : [];
      const askedTerms = [
        ...new Set([
          ...index.analyser.terms(withoutNoTopic(askedWords)),
          ...namedInFocus,
          ...askedOfSelf,
          ...bodiesPointed,
        ]),
      ];
      // "dans le vieux cdc de 2012 y avait 4 objectifs stratégiques, le ref 2025 en fixe
      // combien ?": the old text's figures, told to be checked against today's, are what
      // changed; they do not say which of today's entries answers.
      const oldFiguresTold = contrast && [...preambleTexts].every((f) => oldSources.has(f));
      const situation = withoutTextDay(
        asksOwnSeat ? parts.preamble : withoutSelf(parts.preamble),
      ).replace(oldFiguresTold ? FIGURE_TOLD : /$^/, ' ');
      const contextTerms = [
        ...new Set([...index.analyser.terms(situation), ...namedInPreamble]),
      ].filter((t) => !askedTerms.includes(t));
      // Nor is who asks searched for ("je suis coordinatrice d'un CLSM intercommunal, …"),
      // unless what is asked is about them: "vaut-elle aussi pour nous ?", "la police a sa
      // place… ?" asked by a police officer.
      const aboutSelf =
        OWN_FOCUS.test(focusFolded) ||
        selfTerms.some((t) => askedTerms.includes(t) && !glossaryByTerm.has(t));
      const searchedSituation = aboutSelf
        ? withoutTextDay(withoutForwarder(parts.preamble))
        : situation;
      const own = [...askedTerms, ...contextTerms];
      const acronyms = own.filter((t) => glossaryByTerm.has(t));
      const acronymTerm = acronyms.length === 1 ? glossaryByTerm.get(acronyms[0] ?? '') : undefined;
      // "c'est quoi un CLSM d'après le ref national, en une phrase pour un élu ?": what a body
      // is, asked of a text and for an audience; the text's name and the audience are not what
      // is asked about (the référentiel's own entries, the élus' role).
      const defined = !allFacets.includes('definition')
        ? undefined
        : (occitanieDefined ?? definitionOnly(parts.focus));
      // "un élu me demande si le CLSM doit être monté en asso… c'est quoi au juste un CLSM ?":
      // nor is an ask passed on about the thing defined, which the definition answers.
      const definedTerm =
        defined === undefined
          ? undefined
          : index.analyser.terms(defined).find((t) => glossaryByTerm.has(t));
      // "… je suis pas sûre que ce soit l'esprit. le référentiel national il définit le clsm
      // comment ?": a definition asked of a text named, whatever story comes before.
      const definitionAsked =
        defined !== undefined &&
        (preambleTerms.every((t) => asking.has(t)) ||
          (focusTexts.size > 0 && DEFINES.test(focusFolded)) ||
          (definedTerm !== undefined &&
            preambleTerms.includes(definedTerm) &&
            REPORTED.test(plainQuestion(parts.preamble))))
          ? glossaryByTerm.get(definedTerm ?? '')
          : undefined;
      const asks = allFacets.length > 0 || question.includes('?') || asksIn(parts.focus);
      // "l'ARS Occitanie peut-elle financer … ? dans le texte de 2012 il y avait des
      // exceptions": the old text told after the question, which asks in the present, is
      // what the asker remembers, not what is asked.
      const toldAfter =
        askParts === undefined &&
        !ASKS_HISTORY.test(focusFolded) &&
        ASKS_HISTORY.test(plainQuestion(question.slice(question.lastIndexOf('?') + 1))) &&
        !PAST.test(focusFolded);
      // Read for one text of several compared, the question is about the past when that text is.
      // "L'ancien cdc prévoyait une plénière. Dans le référentiel national de 2025, à quelle
      // fréquence … ?": the text named in the sentence that asks is the one asked.
      const wantsHistory = onlyText
        ? oldSources.has(onlyText)
        : ASKS_HISTORY.test(folded) &&
          !ASKS_CURRENT.test(beforeYearsPlain(focusFolded)) &&
          !(
            !ASKS_HISTORY.test(askingSentence) &&
            ASKS_CURRENT.test(beforeYearsPlain(askingSentence))
          ) &&
          !toldAfter;
      const analysis: QuestionAnalysis = {
        parts,
        folded,
        acronyms,
        acronymTerm,
        definitionAsked,
        askedTerms,
        contextTerms,
        facets,
        asks,
        wantsHistory,
        textsNamed: [],
        hits: [],
        candidates: [],
      };
      if (own.length === 0) return analysis;

      // Expand only acronyms the entries rarely write as such (they use the full words).
      const extraTerms = acronyms.flatMap((a) => {
        const t = glossaryByTerm.get(a);
        return t && index.specificity(a) >= EXPAND_MIN_SPECIFICITY ? [t.expansion] : [];
      });
      // "CLS" asked, not "CLSM": entries titled on the CLSM are about another thing.
      const longer = [...glossaryByTerm.keys()].filter(
        (k) => !own.includes(k) && acronyms.some((a) => k !== a && k.startsWith(a)),
      );
      // "à quoi sert le COTECH": not the entry saying no text names who presides it. An entry
      // on a point the texts leave open answers only a question asking that point.
      const silentFits = (e: Entry): boolean =>
        !e.silent ||
        !e.facets.some((f) => DECISIVE_FACETS.has(f)) ||
        e.facets.some((f) => facets.includes(f));
      const facetFits = (e: Entry): boolean =>
        facets.length === 0 || facets.some((f) => facetsOf.get(e.id)?.has(f));
      // A text the asker remembers after the question ("… ? dans le texte de 2012 il animait le
      // COPIL") does not say which text answers.
      const named = onlyText
        ? new Set([onlyText])
        : contrast || toldAfter
          ? focusTexts
          : namedTexts(folded, wantsHistory);
      // "c'est quoi un CLS, en une phrase pour un conseil municipal ?": the text written for them.
      const addressed = () =>
        [...focusFolded.matchAll(AUDIENCE)].flatMap((m) =>
          sourcesWrittenFor.filter(([, whom]) => whom.test(m[0])).map(([file]) => file),
        );
      analysis.textsNamed =
        definitionAsked && definedIn !== undefined
          ? [definedIn]
          : named.size === 0 && definitionAsked
            ? [...new Set(addressed())]
            : [...named];
      const citesNamed = (e: Entry): boolean =>
        named.size === 0 || e.citations.some((c) => named.has(c.source));
      // "dans l'ancien cahier des charges de 2012, quel était le plafond ?": what the old text
      // said, not what a text in force says (the 2012 text gives no amount).
      // "dans le référentiel CLS 2018, quel montant l'ARS mettait… ?": what that text said, in
      // the past, is asked of it alone (it gives no amount; the leaflet's is another text's).
      const asksOldTextOnly =
        named.size > 0 &&
        ((wantsHistory && [...named].every((f) => oldSources.has(f))) || PAST.test(focusFolded));
      // "le plafond de 30 000 €, il était de combien avant ?": a past asked of no text named
      // is the old texts' (the 2012 one gives no amount; the leaflet's is today's).
      const asksPastOnly = named.size === 0 && wantsHistory && PAST.test(focusFolded);
      const citesOld = (e: Entry): boolean => e.citations.some((c) => oldSources.has(c.source));
      const rankWeight = (e: Entry): number =>
        // "l'ancien cdc prévoyait X. qu'en est-il dans le cahier des charges 2023 ?": the old
        // rule told names the topic, which its successor answers when it is that text's.
        (historical.has(e.id) && !wantsHistory && !(contrast && successorCites(e, focusTexts))
          ? HISTORICAL_WEIGHT
          : 1) *
        (historical.has(e.id) || !wantsHistory ? 1 : HISTORICAL_WEIGHT) *
        (citesNamed(e) ? 1 : OTHER_TEXT_WEIGHT) *
        (longer.some((k) => (titles.get(e.id) ?? []).includes(k)) ? OTHER_ACRONYM_WEIGHT : 1) *
        (facetFits(e) ? 1 : FACET_MISMATCH_WEIGHT);
      const ownSet = new Set(own);
      // The closest of the entry's ways of asking (Jaccard overlap of terms). Plain loops: every
      // question reads thousands of ways of asking here, and arrays per way cost collections.
      const wordingOverlap = (e: Entry): number => {
        let best = 0;
        for (const terms of index.wordingsOf(e.id)) {
          let shared = 0;
          for (const t of terms) if (ownSet.has(t)) shared += 1;
          best = Math.max(best, shared / (terms.length + ownSet.size - shared || 1));
        }
        return best;
      };
      // Read for the re-ranking and again for the candidates' features: once per entry.
      const askedLike = perEntry(wordingOverlap);
      // Reweighing the whole result list costs more than it changes: only the head is re-ranked.
      // Ranked on the words asked: a clause the focus took in says what about, not who asks
      // ("je suis élue … dans une petite comcom rurale, est-ce qu'on est obligés d'avoir un
      // CLSM ?" is not about rural territories).
      analysis.hits = index
        .search({
          focus: [
            withoutTextDay(askedWords),
            ...namedInFocus,
            ...askedOfSelf,
            ...bodiesPointed,
          ].join(' '),
          preamble: [searchedSituation, ...namedInPreamble].join(' '),
          extraTerms,
          limit: RERANKED_HITS,
        })
        .map((h) => ({
          ...h,
          score: h.score * rankWeight(h.entry) * (1 + ASKED_LIKE_BOOST * askedLike(h.entry)),
        }))
        .sort((a, b) => b.score - a.score);

      // Every acronym asked (CLS is not PTSM) but the bodies that issue or receive the texts,
      // a figure when a quantity is asked, and the precise facet asked. The preamble's acronyms
      // ("cosigné par l'UNAFAM et le GEM") tell the situation, not what the answer is about.
      const asksQuantity = QUANTITY.test(focusFolded);
      // "quel pourcentage de CLSM…": only an answer that states a share gives one.
      const asksShare = SHARE.test(focusFolded);
      // "combien de CLSM en 2015", "la date limite en 2024", "le numéro NOR de l'instruction de
      // 2016": a figure, a date or a number of that year, not of another (a text's own year,
      // "selon le référentiel 2025", names the text).
      // "en 2018, un CLSM couvrait en moyenne combien d'habitants ?": the year told before the
      // question counts when the question itself names none.
      // "avant 2023, la plénière devait se réunir combien de fois ?": a text's year something
      // came before dates no figure; nor does a year a text told came before.
      const yearsIn = (asked: string) => {
        const text = beforeYearsPlain(asked);
        return [...text.matchAll(YEAR_ASKED)]
          .filter((m) => {
            const before = text.slice(0, m.index);
            const year = m[1] ?? '';
            return (
              !namesText(before, year) &&
              !(/\bavant $/.test(before) && sourcesOfYear.has(year)) &&
              // "le vieux cdc (celui d'avant 2014)": the text, dated by what came after it.
              !/\b(?:celui|celle|ceux|celles) d'avant $/.test(before)
            );
          })
          .map((m) => m[1] ?? '');
      };
      const asksFigure = asksQuantity || facets.includes('date') || /\bnumero\b/.test(focusFolded);
      const focusYears = asksFigure ? yearsIn(focusFolded) : [];
      // "en 2018, combien d'habitants en moyenne ?": a year told alone before the question dates
      // the figure asked; one within a told situation ("notre COTECH ne s'est réuni qu'une fois
      // en 2024. Quelle fréquence…") does not.
      // A year in a bracketed aside ("notre CLS (2021, 45 000 hab)") tells the situation too.
      const yearClauses = plainQuestion(withoutAsides(parts.preamble))
        .split(/[,.;:!?]/)
        .filter((c) => c.trim().split(/\s+/).length <= YEAR_CLAUSE_WORDS);
      const figureYears =
        asksFigure && focusYears.length === 0 ? yearClauses.flatMap(yearsIn) : focusYears;
      const counting = countAsked(focusFolded);
      const lasting = durationAsked(focusFolded);
      const lastingTerms = lasting ? index.analyser.terms(lasting) : [];
      // "combien de temps peut durer la préfiguration ?": the entry is about that thing's
      // duration (its title, ways of asking or keywords name it), not one that names it in
      // passing ("le CLS, existant ou en préfiguration").
      const namesLasting = (e: Entry): boolean =>
        lastingTerms.every((t) => index.aboutOf(e.id).has(t));
      const givesCount = (e: Entry): boolean =>
        counting === undefined || counting.test(foldedAnswers.get(e.id) ?? '');
      // "les CLS signés avant 2022 ont jusqu'à quand pour se mettre en conformité ?": a time
      // limit asked is given only by an entry that states one (the 3DS law's date is none).
      const asksTimeLimit = TIME_LIMIT_ASKED.test(focusFolded);
      const givesTimeLimit = (e: Entry): boolean =>
        !asksTimeLimit || TIME_LIMIT_GIVEN.test(foldedAnswers.get(e.id) ?? '');
      // The facet asked, named as such ("la date", "quelle pièce"; not a "délai", which reads
      // as the same term as "date").
      const facetsNamed = facetNames.filter(
        ({ facet, typed }) => allFacets.includes(facet) && typed.test(focusFolded),
      );
      // "l'adresse mail de la DDARS du Tarn": not an entry that says where contacts are listed.
      const valuesAsked = valuesAskedIn(focusFolded, folded);
      const givesValues = (e: Entry): boolean =>
        givesAll(valuesAsked, foldedAnswers.get(e.id) ?? '');
      // "la population moyenne en 2022, et en 2016 ?": every year asked, not one of them.
      const givesYear = (e: Entry): boolean =>
        figureYears.length === 0 ||
        figureYears.every((y) =>
          [e.answer, ...e.citations.map((c) => c.quote)].some((t) =>
            t.replace(TEXT_DATE, ' ').includes(y),
          ),
        );
      // Acronyms of what is asked; not those only of a clause the focus took in for its words,
      // nor those a bracket lists as examples ("les assos (unafam, gem)": associations of that kind).
      const askedProper = [...(parts.lent ?? []), parts.item ?? ''].reduce(
        (f, c) => (c ? f.replace(c, ' ') : f),
        parts.focus.replace(EXAMPLES_LISTED, ' '),
      );
      // "l'instruction DGS", "le texte de la DGS": the issuer names the text (not "le budget de
      // la DGS", where the issuer is what is asked about).
      const issuerNamed = new Set(
        issuerNamingText.filter(([, naming]) => naming.test(folded)).map(([term]) => term),
      );
      // "la CPAM fait-elle partie des destinataires du bilan ?": the item checked against a
      // list counts when the entry names it; when it does not, that is the answer.
      const itemTerms = new Set(parts.item ? index.analyser.terms(parts.item) : []);
      const askedAcronyms = new Set([
        ...index.analyser.terms(askedProper),
        ...namedIn(askedProper),
      ]);
      // The item's body ("la CPAM fait-elle partie du cofinancement ?") is checked, not asked.
      const speaksOfOthers = otherBodiesFit(
        parts.item ? plainQuestion(parts.focus.replace(parts.item, ' ')) : focusFolded,
        folded,
        plainQuestion(parts.preamble),
      );
      const required = acronyms.filter((a) => askedAcronyms.has(a) && !ISSUERS.has(a));
      // "le référentiel CLS de 2018 indique-t-il pour combien d'années un CLS est conclu ?": a
      // precise point asked of a text users call by a name of its own (the leaflet, the 2018
      // slides, the old cahier des charges), or of a text named in what is asked ("l'instruction
      // de 2025 fixe-t-elle la durée d'un CLS ?"), is that text's to give, not another's.
      const preciseOfOwnText =
        facets.length > 0 && ([...named].some((f) => textsCalledAs.has(f)) || askedTexts.size > 0);
      // "l'instruction de 2025 donne-t-elle un montant pour la coordination ?": a sum asked of a
      // named text is given only by an entry quoting that text with an amount (the national
      // text gives none; the Occitanie ceilings are another text's).
      // Not when it is set beside another text's ("fixe-t-il des plafonds comme l'ARS
      // Occitanie ?"): the other's answer, saying the first gives none, is the answer.
      const amountOfNamedText =
        askedTexts.size > 0 &&
        facets.includes('montant') &&
        SUM_ASKED.test(focusFolded) &&
        !TEXTS_SET_SIDE_BY_SIDE.test(focusFolded);
      const quotesAmountOfNamed = (e: Entry): boolean =>
        e.citations.some((c) => askedTexts.has(c.source) && AMOUNT_QUOTED.test(c.quote));
      const quotesShareOfNamed = (e: Entry): boolean =>
        e.citations.some((c) => named.has(c.source) && GIVES_SHARE.test(plainQuestion(c.quote)));
      // "le COPIL élargi se réunit combien de fois ?": a cadence, a composition or a chair of
      // the enlarged COPIL is not the COTECH's, the COPIL restreint (which prepares it).
      const asksEnlarged =
        ENLARGED_BODY.test(focusFolded) &&
        !RESTRICTED_BODY.test(focusFolded) &&
        facets.some((f) => f === 'cadence' || f === 'composition' || f === 'presidence');
      // "le copil d'un cls il sert à quoi ?": the COPIL asked about is not the COTECH, whose
      // entry speaks of the COPIL only as where its work goes; nor is it when the COPIL is set
      // towards the COTECH ("le copil a quel rôle par rapport au cotech ?"); two bodies compared
      // are `comparesBodies`'s.
      const pilotingFocus = focusFolded.replace(TOWARDS_TECHNICAL, ' ');
      const asksPiloting =
        PILOTING_BODY.test(pilotingFocus) &&
        !RESTRICTED_BODY.test(pilotingFocus) &&
        !COMPARED.test(focusFolded) &&
        !BODY_ASKED.test(focusFolded);
      const onlyTechnical = (title: string): boolean =>
        RESTRICTED_BODY.test(title) && !PILOTING_BODY.test(title);
      // "à quelle fréquence se réunit le comité technique ?": nor is the COPIL's cadence the
      // COTECH's (twice a year is not "autant que de besoin").
      const asksTechnicalCadence =
        facets.includes('cadence') &&
        TECHNICAL_BODY.test(focusFolded) &&
        !PILOTING_BODY.test(focusFolded);
      const onlyPiloting = (title: string): boolean =>
        PILOTING_BODY.test(title) && !RESTRICTED_BODY.test(title);
      // "quel est le rôle du COTECH par rapport au COPIL ?": the COTECH is asked about, the
      // COPIL only where its work goes.
      const asksTechnicalBeside =
        TECHNICAL_BODY.test(focusFolded) &&
        !COMPARED.test(focusFolded) &&
        TOWARDS_PILOTING.test(focusFolded) &&
        !PILOTING_BODY.test(focusFolded.replace(TOWARDS_PILOTING, ' '));
      // "le comité technique du CLS, c'est pareil que le COPIL ?": two bodies compared, and
      // nothing else asked of them, are answered by an entry on both, not by one titled on
      // either alone.
      const comparesBodies =
        facets.length === 0 &&
        PILOTING_BODY.test(focusFolded) &&
        TECHNICAL_BODY.test(focusFolded) &&
        COMPARED.test(focusFolded);
      const onlyOneBody = (title: string): boolean =>
        onlyTechnical(title) || (PILOTING_BODY.test(title) && !RESTRICTED_BODY.test(title));
      // "c'est qui qui chapeaute le clsm ? le maire, l'ars ?": the CLSM's chair, asked of no
      // regional text, is not one of its bodies' (the COPIL's chair is the Occitanie text's).
      const asksClsmChair =
        facets.length === 1 &&
        facets[0] === 'presidence' &&
        CLSM_NAMED.test(focusFolded) &&
        !BODY_IN_FOLDED.test(focusFolded) &&
        named.size === 0 &&
        !REGIONAL_TEXT_NAMED.test(folded);
      /** Whether an entry's title is on the body asked about (see the checks above). */
      const bodyFits = (title: string): boolean =>
        !(asksEnlarged && onlyRestricted(title)) &&
        !(asksPiloting && onlyTechnical(title)) &&
        !(asksTechnicalCadence && onlyPiloting(title)) &&
        !(asksTechnicalBeside && onlyPiloting(title)) &&
        !(comparesBodies && onlyOneBody(title)) &&
        !(asksClsmChair && (onlyOneBody(title) || PLENARY.test(title)));
      const fits = (h: SearchHit): boolean => {
        const title = foldedTitles.get(h.entry.id) ?? '';
        return (
          required.every(
            (a) =>
              index.contains(h.entry.id, a) ||
              (expansionTerms.get(a) ?? [a]).every((t) => index.contains(h.entry.id, t)),
          ) &&
          (!asksQuantity || givesQuantity(h.entry)) &&
          (!asksShare || givesShare.has(h.entry.id)) &&
          givesYear(h.entry) &&
          givesCount(h.entry) &&
          givesTimeLimit(h.entry) &&
          namesLasting(h.entry) &&
          givesValues(h.entry) &&
          facetFits(h.entry) &&
          silentFits(h.entry) &&
          (!asksOldTextOnly || citesNamed(h.entry)) &&
          (!onlyText || citesNamed(h.entry)) &&
          (!preciseOfOwnText || citesNamed(h.entry)) &&
          (!amountOfNamedText || quotesAmountOfNamed(h.entry)) &&
          // "dans le co-financement recommandé par le référentiel national, quelle part revient à
          // l'ARS ?": a share asked of a named text is given only by a quote of that text that
          // states one (the Occitanie parity is another text's).
          (!asksShare || named.size === 0 || quotesShareOfNamed(h.entry)) &&
          bodyFits(title) &&
          (!asksPastOnly || citesOld(h.entry)) &&
          speaksOfOthers(title, foldedAnswers.get(h.entry.id) ?? '')
        );
      };

      // "qui est le référent santé mentale au siège de l'ARS": a person or an address asked is
      // the one the entry names only when the entry has every word that says which one.
      const asksContact = facets.includes('contact');
      // Only the words of what is asked: a clause the focus took in for its words ("notre
      // comcom de 14 000 habitants souhaite contacter la référente…, qui est-elle ?") tells who
      // asks, not which person.
      // Nor a text's date ("l'instruction du 13 mai 2025"): it says which text, not who.
      const whichTerms = askedTerms.filter(
        (t) => askedAcronyms.has(t) && !/^\d+$/.test(t) && !monthTerms.has(t),
      );
      const namesWhich = (h: SearchHit): boolean =>
        !asksContact ||
        whichTerms.every(
          (t) =>
            asking.has(t) ||
            ISSUERS.has(t) ||
            h.matched.includes(t) ||
            h.fuzzyMatched.includes(t) ||
            index.surrounds(h.entry.id, t),
        );
      const fitting = analysis.hits
        .slice(0, HITS_LOOKED_AT)
        .filter((h) => fits(h) && namesWhich(h));
      const best = fitting[0];
      // "mettre le numéro 3114 sur les plaquettes": a number named is what is asked about, not
      // a figure put forward that an entry's own figure checks.
      const namedNumbers = new Set(numbersNamed(focusFolded));
      const featuresOf = (hit: SearchHit): DecisionFeatures => {
        const credit = (t: string) =>
          hit.matched.includes(t)
            ? 1
            : hit.fuzzyMatched.includes(t)
              ? FUZZY_CREDIT
              : index.surrounds(hit.entry.id, t)
                ? SURROUNDING_CREDIT
                : 0;
        const got = (terms: string[], share: number) =>
          terms.reduce((sum, t) => sum + weightOf(t) * share * credit(t), 0);
        // A word of asking ("selon", "le référentiel") counts when the entry has it only; so
        // does the name of the facet asked of an entry that gives it ("la loi 3DS date de
        // quand" → "2022", "quelle pièce joindre" → "un dossier CERFA").
        // "un CLS de 3 ans, c'est possible ?": a figure the question puts forward (not a year)
        // is checked by an entry that states its own; it is not a word the entry must have.
        const claimed = (t: string) =>
          (((/^\d+$/.test(t) && !namedNumbers.has(t) && !/^(19|20)\d\d$/.test(t)) ||
            numberWords.has(t)) &&
            FIGURE.test(foldedAnswers.get(hit.entry.id) ?? '')) ||
          ((cadenceWords.has(t) || monthTerms.has(t)) &&
            facets.includes('cadence') &&
            facetsOf.get(hit.entry.id)?.has('cadence') === true);
        const asks = (t: string) =>
          asking.has(t) ||
          (issuerNamed.has(t) && issuedBy.get(hit.entry.id)?.has(t) === true) ||
          itemTerms.has(t) ||
          claimed(t) ||
          facetsNamed.some(
            ({ facet, term }) => term === t && facetsOf.get(hit.entry.id)?.has(facet) === true,
          );
        const counted = (t: string) => !asks(t) || credit(t) > 0;
        const weight = (terms: string[], share: number) =>
          terms.filter(counted).reduce((sum, t) => sum + weightOf(t) * share, 0);
        const focusTotal = weight(askedTerms, 1);
        const runnerUp = analysis.hits.find((h) => !sameEntry(h.entry, hit.entry))?.score ?? 0;
        const missing = askedTerms.filter((t) => credit(t) === 0 && !asks(t)).map(weightOf);
        const margin = marginOver(hit.score, runnerUp);
        const coverageTold = (share: number) => {
          const total = focusTotal + weight(contextTerms, share);
          return total > 0 ? (got(askedTerms, 1) + got(contextTerms, share)) / total : 0;
        };
        // A long story told first weighs no more than a share of what is asked when the entry
        // does not tell it: the more the asker tells, the less each word of it says which
        // entry answers.
        const coverage = Math.max(
          coverageTold(PREAMBLE_COVERAGE),
          coverageTold(
            Math.min(
              PREAMBLE_COVERAGE,
              (PREAMBLE_CAP * focusTotal) / (weight(contextTerms, 1) || 1),
            ),
          ),
        );
        const title = titles.get(hit.entry.id) ?? [];
        return {
          coverage,
          focusCoverage: focusTotal > 0 ? got(askedTerms, 1) / focusTotal : 0,
          unmatched: Math.max(0, ...missing) / SPECIFICITY_CAP,
          unmatchedCount: Math.min(missing.filter((w) => w >= RARE).length, 3) / 3,
          margin,
          coveredMargin: coverage * margin,
          facetMatch: facets.length > 0 ? 1 : 0,
          titleFit: title.length ? title.filter((t) => ownSet.has(t)).length / title.length : 0,
          askedLike: askedLike(hit.entry),
          score: hit.score / (hit.score + 10),
          length: Math.min(askedTerms.length, 8) / 8,
          unknown:
            Math.min(
              askedTerms.filter(
                (t) => !asking.has(t) && !itemTerms.has(t) && !index.known(t) && !/^\d+$/.test(t),
              ).length,
              2,
            ) / 2,
        };
      };
      const close = fitting
        .filter((h) => h === best || h.score >= (best?.score ?? 0) * CLOSE_RATIO)
        .slice(0, MAX_CANDIDATES)
        .map((hit) => ({ entry: hit.entry, hit, features: featuresOf(hit) }));
      // Two entries scored alike: the one that has every word asked leads one that lacks a
      // rare one; and of two that both have every word asked, the one titled on what is asked
      // leads one that only matches more of the preamble ("je prépare une note pour des élus :
      // les six priorités du PTSM ?" is not the CLSM/PTSM difference, which names élus too).
      const [first, second] = close;
      const tied = first && second && second.hit.score >= first.hit.score * TIED;
      // `a` has every rare word asked where `b` lacks one, and covers clearly more of the question.
      const coversBetter = (a: Candidate, b: Candidate): boolean =>
        a.features.unmatched === 0 &&
        b.features.unmatched >= 0.5 &&
        a.features.coverage >= b.features.coverage + 0.2;
      // "que prévoyait l'ancien cahier des charges (appel à projets évalué fin 2014) sur la
      // formation du coordonnateur ?": an entry that matches the aside told, not the focus's
      // rare words, leads by less than a fifth one titled on what the focus asks, with every
      // word of it.
      const focusOnlyInSecond =
        first &&
        second &&
        second.hit.score >= first.hit.score * TIED_ON_FOCUS &&
        contextTerms.length > 0 &&
        second.features.focusCoverage === 1 &&
        second.features.titleFit >= 0.5 &&
        first.features.focusCoverage < 0.6 &&
        coversBetter(second, first);
      analysis.candidates =
        focusOnlyInSecond ||
        (tied &&
          (coversBetter(second, first) ||
            (second.features.focusCoverage === 1 &&
              first.features.focusCoverage === 1 &&
              second.features.titleFit === 1 &&
              first.features.titleFit < 0.5)))
          ? [second, first, ...close.slice(2)]
          : close;
      return analysis;
    },
  };
}
