// What a question asks for and what an answer gives, read from their words: a quantity and a
// figure, a share, a count of things, a contact detail, an identifier, a deadline, a dated
// event. The candidate finder keeps only entries whose answer gives what is asked.
import type { Facet } from './facets.js';
import { THERE_ARE } from './focus.js';

/** A question asking for an amount, a count, a rate or a duration. */
export const QUANTITY =
  /\b(quel age|combien|nombre|taux|pourcentage|montants?|(?<!(dans|sur) la )duree|frequence|periodicite|moyenne)\b/;
/**
 * An answer that states a figure: digits (not a year) or a number written out; or a cadence
 * with no number ("autant que de besoin"), which settles "4 fois par an ?" as well.
 */
export const FIGURE =
  /\b(?!(?:19|20)\d\d\b)\d+(?![\d)])|\b(deux|trois|quatre|cinq|six|sept|huit|neuf|dix|douze|quinze|vingt|cent|mille|annuel|annuelle|mensuel|semestriel|autant que de besoin)\b/;
/**
 * "combien de PTSM en France", "combien d'élus ont signé": a count of things, answered only by
 * a figure of those things.
 */
const COUNT_OF = new RegExp(
  `\\b(?:combien|nombre|nb)\\s+(?:(?:minimum|minimal|maximum|maximal|total|moyen)\\s+)?(?:${THERE_ARE}\\s+)?(?:de |d')(?:(?:nouveaux|nouvelles|nouveau|nouvelle|autres|grands|grandes|gros|grosses|principaux|principales)\\s+)?([a-z]{3,})\\b`,
);
/** Bodies counted by their name spelled out: the answers count them by acronym. */
const SPELLED_OUT: ReadonlyMap<string, string> = new Map([
  ['conseils', 'clsm'],
  ['conseil', 'clsm'],
  ['contrats', 'cls'],
  ['contrat', 'cls'],
]);
/** Themes counted by any of their names: the CLS leaflet counts "5 thématiques", each an "axe". */
const THEMES: ReadonlySet<string> = new Set(['axes', 'themes', 'thematiques']);
/** Roles counted by any of their names: the CLS coordinator's "trois fonctions". */
const ROLES: ReadonlySet<string> = new Set(['roles', 'fonctions', 'missions']);
/** Bodies counted by their acronym: "CLS" is not "CLSM". */
const BODIES: ReadonlySet<string> = new Set(['clsm', 'cls', 'ptsm', 'gem', 'cpts', 'cmp', 'cmpp']);
/** "suivre plus de deux CLS à la fois": a count of bodies put forward, checked the same way. */
const BODIES_CLAIMED =
  /\b(?:plus|moins) de (?:deux|trois|quatre|cinq|six|\d+) (clsm|cls|ptsm|gem|cpts|cmp|cmpp)\b/;
/**
 * Counts answered in other words: time, money, work, meetings ("cinq ans", "30 000 €", "un
 * ETP", "deux fois par an"), and "tous les combien d'après…", which counts nothing. Hours,
 * days, weeks and minutes are counted as things: "combien d'heures durait la formation ?"
 * is answered only by a figure in hours, which no text gives, not by the training's entry.
 */
const NOT_COUNTED: ReadonlySet<string> = new Set([
  'temps',
  'fois',
  'argent',
  'euros',
  'sous',
  'ans',
  'annees',
  'mois',
  'etp',
  'postes',
  'reunions',
  'apres',
  // "combien d'entre eux": of what an earlier clause named.
  'entre',
  // "la comcom doit mettre combien de son côté ?": whose share, nothing counted.
  'son',
  'leur',
  'notre',
  'votre',
]);
/**
 * "combien de copil par an", "nombre de plénières dans l'année": instances counted over a period
 * are meetings, answered by a cadence ("deux fois par an"), not by a figure of the instance.
 */
const MEETINGS_OVER_A_PERIOD = /^(copils?|cotechs?|comites?|plenieres?|assemblees?)$/;
const PER_PERIOD =
  /\b(par (an|annee|semestre|trimestre|mois)|dans l'annee|chaque annee|tous les ans|annuel\w*|semestriel\w*|trimestriel\w*|mensuel\w*)\b/;
/**
 * A figure, then up to three words, then the thing counted: "280 CLSM", "une vingtaine de CLSM";
 * not a year ("(vers 2012, texte historique), le CLSM" counts nothing).
 */
const countOf = (thing: string): RegExp =>
  new RegExp(
    `((?<!\\d)(?!(?:19|20)\\d\\d\\b)\\d|\\b(deux|trois|quatre|cinq|six|sept|huit|neuf|dix|vingtaine|centaine|dizaine)\\b)\\S*(\\s+\\S+){0,3}\\s+${thing}\\b`,
  );
const PEOPLE = /^(?:personnes|gens|monde)$/;
const LIVING_THERE = /\b(?:vivent|habitent|couvr\w*|territoires?|population)\b/;
/** What an answer must state for the count a question asks, if it asks one (folded focus). */
export function countAsked(focus: string): RegExp | undefined {
  const claimed = BODIES_CLAIMED.exec(focus)?.[1];
  if (claimed !== undefined) return countOf(claimed);
  const thing = COUNT_OF.exec(focus)?.[1];
  if (thing === undefined || NOT_COUNTED.has(thing)) return undefined;
  if (MEETINGS_OVER_A_PERIOD.test(thing) && PER_PERIOD.test(focus)) return undefined;
  if (BODIES.has(thing)) return countOf(thing);
  // "combien de personnes vivent sur le territoire d'un CLSM ?": people living there are its
  // inhabitants ("107 000 habitants").
  if (PEOPLE.test(thing) && LIVING_THERE.test(focus)) return countOf('(?:person\\w*|habitants)');
  if (THEMES.has(thing)) return countOf('(?:axe|thematique|theme)s?');
  if (ROLES.has(thing)) return countOf('(?:role|fonction|mission)s?');
  // "élus" / "élu", "quartiers" / "quartier": the word's stem, whatever its ending; "conseils
  // (locaux de santé mentale)" are counted as CLSM too.
  const stem = `${thing.slice(0, Math.max(4, thing.length - 2))}\\w*`;
  const acronym = SPELLED_OUT.get(thing);
  return countOf(acronym ? `(?:${acronym}|${stem})` : stem);
}
/**
 * "combien de temps doit durer la réalisation du diagnostic local ?", "le délai de versement",
 * "la durée de validité d'un visa", "rester en préfiguration": the thing whose duration is
 * asked (its first word past "la réalisation de…"; "combien de temps max peut durer…" too); an
 * entry that never names it gives the duration of something else (the CLS's five years).
 */
const DURATION_OF =
  /\b(?:combien de temps (?:(?:au )?(?:max|maximum|mini|minimum) )?(?:doit |peut |va )?(?:durer|dure|prend|prendre) (?:la |le |l'|les |un |une |des )?(?:(?:realisation|elaboration|mise en place|construction|redaction|preparation) (?:du |de la |de l'|d'un |d'une |des |de )?)?|delais? (?:de |d')|duree de validite (?:d'un |d'une |du |de la |de l'|des )?|rester en )([a-z]{3,})/;
export const durationAsked = (focus: string): string | undefined => DURATION_OF.exec(focus)?.[1];
/**
 * A year asked about ("pour 2026", "en 2015"), unless it counts people or money ("2000
 * habitants") or dates the asker's own situation ("notre CLSM fonctionne depuis 2019").
 */
export const YEAR_ASKED =
  /(?<!\b(?:depuis|date de|datant de|(?:cree|creee|crees|creees|lance|lancee|signe|signee|labellise|labellisee|installe|installee|demarre) en) )\b((?:19|20)\d\d)\b(?!\s*(?:hab|habitants|personnes|euros|€|k\b))/g;
/**
 * A question asking for a share: a percentage, a rate, a proportion; not an indicator named by
 * the share it tracks ("l'indicateur pourcentage de population couverte"), nor a post "à 100 %"
 * (full time).
 */
export const SHARE =
  /(?<!\bindicateurs?\s(?:(?:de|du|sur le|sur la)\s)?)\b(pourcentage|taux|proportion|pour cent|quelle part(?! (de|du) (son |leur |sa )?temps)|repartition chiffree|cle de repartition)\b|(?<!\b(?:etre|est|soit|sont|travaille|poste|temps) a 100 ?)%/;
/** An answer that states a share: a percentage, parity ("à parts égales"), a half. */
export const GIVES_SHARE = /\d\s*%|\bpour cent\b|\bparite\b|\bmoitie\b|\bparts? egales?\b/;
/** The months, folded, as a regex alternation. */
export const MONTHS =
  'janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre';
/** A date an answer gives: a month, a day and month, or "au fil de l'eau" (no date at all). */
const DATE_GIVEN = `\\b(${MONTHS})\\b|\\d{1,2}/\\d{1,2}|\\bau fil de l'eau\\b`;
/** Data protection named: the CNIL, the RGPD, personal data and their processing. */
const DATA_PROTECTION =
  /\b(cnil|rgpd|aipd|analyse d'impact|donnees personnelles|registre des traitements|traitements? (de|des) donnees|protection des donnees)\b/;
/** Another scheme's coordinator ("le coordo du DAC", "la coordination d'une CPTS"). */
const OTHER_COORDINATOR =
  "(?:coordonnat|coordinat)\\w*\\s+(?:(?:du|de la|d'une?|de l')\\s+)?(?:ptsm|dac|cpts|gem|cpt|asv|atelier sante ville|contrat de ville)";
/** The same person in two posts. */
const SAME_PERSON =
  '(?:(?:la )?meme personne|(?:le|la) meme que|une seule (?:et meme )?personne|cumul\\w*)';
/** Meeting or deciding remotely, in the words users write it. */
const REMOTE = /\b(a distance|visios?|visio-?conf\w*|distanciel|presentiel)\b/;
/**
 * A value asked as such, given only by an answer that states one: an e-mail address or a phone
 * number ("par mail" says how to send, not which address), an identifier ("quel numéro de
 * CERFA"), a deadline ("avant quelle date": a date, or what the texts say of deadlines).
 */
export const ASKED_VALUES: readonly {
  asked: RegExp;
  given: RegExp;
  /** Read in the whole question, the situation told too, not only in what is asked. */
  anywhere?: boolean;
}[] = [
  {
    asked:
      /\b(adresse (e-?)?mail|adresse electronique|e-?mail|courriel|mel)\b(?<!\bpar (e-?)?mail|\bpar courriel)/,
    given: /@/,
  },
  // "tel que cité par…", "un tel poste": the adjective, not a telephone.
  {
    asked:
      /\b(telephone|tel(?! (?:que|qu'|quel)\b)(?<!\b(?:un|ce) tel)|numero de tel\w*|portable)\b/,
    given: /\b0\d([ .]?\d\d){4}\b/,
  },
  { asked: /\bnumero\b/, given: /\d/ },
  // "à quel mois les ARS remontent-elles les indicateurs ?": a month, which "chaque année"
  // does not give, nor a text's own date ("l'instruction du 13 mai 2025").
  {
    asked: /\b(quel|en quel|a quel|au cours de quel) mois\b/,
    given: new RegExp(`(?<!\\b\\d{1,2}(er)? )\\b(${MONTHS})\\b`),
  },
  // "où se réunit le COPIL ?", "dans quelle ville se sont tenues les Assises ?": a place,
  // which no cadence or date gives.
  {
    asked:
      /\b(quels? lieux?|en quel lieu|lieux? (de|des) reunions?|dans quels? locaux|(dans|en) quelle ville|quelle ville|ou (se reunit|se reunissent|se tient|se tiennent|a lieu|ont lieu|se deroule\w*|siege\w*|(se sont|s'est) (tenu|deroule)\w*|(s'etaient|s'etait) (tenu|deroule)\w*))\b/,
    given:
      /\b(locaux|salle|visio(-?conferences?)?|a distance|en presentiel|a paris|a lyon|ville de)\b/,
  },
  // "une validation à distance de la feuille de route est-elle valable ?", "le COTECH en visio,
  // ça compte ?": meeting or deciding remotely, which no text speaks of.
  { asked: REMOTE, given: REMOTE },
  // "le plafond de 30 000 € est-il revalorisé tous les ans ?": the texts give amounts, never
  // how they change; an entry that states the amount does not say it is revalued.
  {
    asked:
      /\b(revalori|reevalu|indexe)\w*|\b(plafonds?|montants?|financements?)\b[^?]{0,40}\b(revue?s?|revise\w*|recalcul\w*|reajust\w*)\b/,
    given: /\b(revalori|reevalu|indexe|revise|recalcul|reajust)\w*/,
  },
  // "quels ont été les résultats de l'évaluation de 2014 ?": what an evaluation found, which
  // an entry saying that one was planned does not give (not the results a text expects).
  {
    asked:
      /\b(quels? (ont ete|etaient|furent) les resultats|resultats (de|de l'|du) (l'evaluation|evaluation|bilan|experimentation)|qu'a (donne|montre|revele) (l'evaluation|le bilan|l'experimentation)|conclusions? (de l'evaluation|du bilan)|(bilan|evaluation|experimentation)\b[^?]{0,60}\b(a|ont|avait) (conclu|donne|montre|revele)\b)/,
    given: /\b(a montre|ont montre|a revele|ont revele|a conclu|ont conclu|resultats obtenus)\b/,
  },
  // "quel financement spécifique l'instruction prévoit-elle pour l'outre-mer ?": money asked,
  // which an entry that only says the frame applies there does not give.
  {
    asked:
      /\b(quel(le)?s? (financements?|credits?|enveloppes?|dotations?|moyens financiers)|financements? (specifique|dedie|particulier|supplementaire)\w*|(un|des) (financements?|credits?) (specifique|dedie|particulier|supplementaire)\w*)\b/,
    given: /\b(financ\w*|credits?|enveloppes?|dotations?|subventions?|euros?)\b|€/,
  },
  // "le financement est-il versé en une fois ou en plusieurs tranches ?", "versée en une ou
  // plusieurs fois ?", "il est versé comment ?": how money is paid, which no text says (not the
  // population brackets of the ceilings).
  {
    asked:
      /\b(en (une|plusieurs|deux|trois) (seule )?(fois|tranches|versements)|en une ou (en )?(plusieurs|deux) (fois|tranches|versements)|en combien de (fois|tranches|versements)|par tranches|echeancier|modalites de versement|calendrier de versement|acomptes?|verse(e|s|es)? comment|comment (est|sont)(-(il|elle|ils|elles)| (il|elle|ils|elles))? verse(e|s|es)?)\b/,
    given:
      /\b(en (une|plusieurs|deux) (seule )?(fois|tranches|versements)|echeancier|modalites de versement|acomptes?)\b/,
  },
  // "quelle population minimale pour signer un CLS ?": no text sets one for a CLS; the
  // référentiel's "no threshold" is said of the CLSM's perimeter.
  {
    asked:
      /^(?=[^?]*\bcls\b)(?![^?]*\bclsm\b)[^?]*\b((population|habitants?|hab)\b[^?]{0,40}\b(minim\w*|seuil|plancher)|(minim\w*|seuil|plancher)\b[^?]{0,40}\b(population|habitants?|hab)\b)/,
    given:
      /\bcls\b[^.]{0,120}\b(habitants|population)\b|\b(habitants|population)\b[^.]{0,120}\bcls\b/,
    anywhere: true,
  },
  // "pour combien de temps les membres du COPIL sont-ils désignés ?", "la durée du mandat du
  // président ?": a term of office, which no text sets.
  {
    asked:
      /\b(mandats?|(pour combien de temps|pour quelle duree|combien de temps)\b[^?]{0,60}\b(designe|nomme|mandate)\w*|(designe|nomme|mandate)\w*\b[^?]{0,40}\b(pour combien de temps|pour quelle duree|pour combien d'annees))\b/,
    given: /\bmandats?\b|\b(designe|nomme|elu)\w* pour (\d+|un|une|deux|trois) (ans?|annees?)\b/,
  },
  // "le coordo du DAC peut-il être le même que le coordo CLSM ?", "cumuler avec la coordination
  // d'une CPTS ?": one person for the CLSM and another scheme, which no text settles (the texts
  // seek it with the CLS only; an entry naming the other scheme's coordinator does not say it).
  {
    asked: new RegExp(
      `\\b${OTHER_COORDINATOR}\\b[^?]{0,60}\\b${SAME_PERSON}\\b|\\b${SAME_PERSON}\\b[^?]{0,60}\\b${OTHER_COORDINATOR}\\b`,
    ),
    given: /\b(mutualis\w*|cumul\w*|meme personne)\b/,
  },
  // "la rétribution des personnes concernées est-elle imposable ?", "il faut la déclarer aux
  // impôts ?": tax and social charges, which no text speaks of (not who may be paid).
  {
    asked:
      /\b(imposables?|non imposables?|fiscal\w*|impots?|impositions?|cotisations? sociales|charges sociales|urssaf|deductibles?)\b/,
    given:
      /\b(imposab\w*|fiscal\w*|impots?|cotisations? sociales|charges sociales|urssaf|deductib\w*)\b/,
  },
  // "la formation nationale des coordos est payante ?", "combien coûte l'inscription ?",
  // "l'ireps facture-t-elle son accompagnement ?": a price, which no text gives (not who funds
  // the coordination).
  {
    asked:
      /\b(payante?s?|gratuite?s?|gratuitement|combien (coute|coutent|ca coute)|coute(-t-(il|elle))? combien|quel (est le )?cout|tarifs?|facturee?s? (a|au|aux)|(fait|font|faire|faisait|faisaient)([- ](t[- ])?(il|elle|ils|elles))? payer|factur(e|ent)[- ]t[- ](il|elle|ils|elles)|factur(e|ent) (son|ses|leur|leurs|l'|les|cet|cette|ce) ?(accompagnement|appui|interventions?|prestations?|formations?|services?|aide)|frais d'inscription)\b/,
    given: /\b(gratuit\w*|payant\w*|couts?|coute\w*|tarifs?|frais|factur\w*)\b/,
  },
  // "sur quelle enveloppe (FIR ?) l'ARS finance-t-elle les postes ?": the budget line money is
  // drawn from, which no text names (not the ceilings: "quelle enveloppe pour 50 000 hab ?").
  {
    asked:
      /\b(fir|fonds d'intervention regional|lignes? budgetaires?|imput\w*|(sur|de) quelle enveloppe|enveloppes? (globale|annuelle|regionale|nationale)s?)\b/,
    given: /\b(fir|fonds d'intervention|lignes? budgetaires?|imput\w*|enveloppes?)\b/,
  },
  // "quel texte de loi encadre le secret partagé dans la cellule ?": a legal basis, given only
  // by an answer naming a law, an article, a decree, a code or another legal text.
  {
    asked:
      /\b(quel(le)?s? (texte de loi|textes de loi|loi|lois|article|articles|decret|base (legale|juridique)|fondement (legal|juridique))|(texte de loi|loi|article|decret) (encadre|regit|prevoit|fixe|organise)\w*)\b/,
    given:
      /\b(loi|lois|articles?|decrets?|code|csp|ordonnance|circulaire|instruction|l\. ?\d+|legislati\w*|juridique\w*)\b/,
  },
  // "le référentiel de compétences annexé à l'appel à projets, il listait quelles
  // compétences ?": the 2012 text names that annex, it does not reproduce it.
  {
    asked:
      /\b(quelles? competences|contenait|contient|listait|liste|figuraient|contenu)\b.{0,80}\breferentiel de competences\b|\breferentiel de competences\b.{0,80}\b(quelles? competences|contenait|contient|listait|liste|figuraient|contenu)\b/,
    given: /\bcompetences (suivantes|sont|:)/,
  },
  // "s'il ne les faisait pas, il se passait quoi ?": a consequence the texts do not state.
  // ("que se passe-t-il après la signature ?", "après la signature il se passe quoi ?" ask
  // what comes next, not a consequence; "quelle conséquence le référentiel en tire pour le
  // COPIL ?", what a text draws from a thing told.)
  {
    asked:
      /\b(que se passe(?!(-t-il|rait-il)? (apres|ensuite|une fois))(-t-il|rait-il)?|qu'est-ce qui se passe\w*|(?<!\b(apres|ensuite)\b[^?]{0,60})(il se pass\w* quoi|se pass\w* quoi)|quelles? (sont les )?consequences?(?![^?]{0,60}\ben tir(e|ent|er)\b)|on risque quoi|risque-t-on)\b/,
    given:
      /\b(sanction\w*|consequence\w*|retir\w*|suspen\w*|perd\w*|rembours\w*|caduc\w*|ne (sera|seront|pourra|pourront) (pas|plus))\b/,
  },
  // "quel montant maximal l'ARS accorde-t-elle pour les actions d'un CLS ?": an amount for
  // actions, which the CLS coordinator's ceiling is not.
  {
    asked:
      /\b(montant|plafond|combien|max\w*|somme)\b[^?,]{0,60}\b(pour|sur) (financer )?les actions\b/,
    given: /\bactions?\b[^.]{0,80}(€|\beuros?\b)|(€|\beuros?\b)[^.]{0,80}\bactions?\b/,
  },
  // "le référentiel fixe-t-il un montant minimal de financement ?": a floor, which no text
  // sets (the ceilings are not one).
  {
    asked:
      /\b((montants?|financements?|subventions?|enveloppes?|sommes?|dotations?) (minimum|minimal|minimaux|plancher)|planchers? (de|du) (financement|montant|subvention)|financement minimum|minimum de financement)\b/,
    given:
      /\b(minimum|minimal|plancher|au moins)\b[^.]{0,40}(€|\beuros?\b)|(€|\beuros?\b)[^.]{0,40}\b(minimum|au moins)\b/,
  },
  // "le plafond de 30 000 € c'est par an ou sur toute la durée du contrat ?": how often an
  // amount is paid, which no text says.
  {
    asked:
      /\b(montants?|plafonds?|financements?|sommes?|subventions?|euros?|\d+ ?000)\b[^?]{0,60}\b((c'est|est-il|est-elle|sont-ils) (par an|annuel\w*)|(par an|annuel\w*|chaque annee|tous les ans) ou|ou (sur|pour) (toute )?la duree)\b/,
    given:
      /(€|\beuros?\b)[^.]{0,60}\b(par an|annuel\w*|chaque annee|tous les ans|pluriannuel\w*)\b/,
  },
  // "qui signe la convention constitutive d'une CPT ?", "sa procédure d'approbation ?": how a
  // founding agreement is made, which the texts never say (CLSM may help draft one, no more).
  {
    asked:
      /\b(signe\w*|signataires?|approuv\w*|approbation|valide\w*|validation|contenir|contenu|contient)\b[^?]{0,60}\bconvention constitutive\b|\bconvention constitutive\b[^?]{0,90}\b(signe\w*|signataires?|approuv\w*|approbation|valide\w*|validation|contenir|contenu|contient)\b/,
    given:
      /\bconvention constitutive\b[^.]{0,80}\b(signee|approuvee|validee|comporte|contient|precise)\b/,
  },
  // "quelle catégorie de la fonction publique pour recruter le coordinateur ?": a civil-service
  // category, grade or pay scale, which no text gives (not the coordinator's roles).
  {
    asked:
      /\bcategorie (de la |dans la )?(fonction publique|[abc])\b|\bfonction publique\b[^?]{0,40}\bcategorie\b|\bgrade\b|\bgrille (indiciaire|salariale)\b|\bindice (majore|brut)\b/,
    given:
      /\bcategorie [abc]\b|\bgrade\b|\bgrille (indiciaire|salariale)\b|\bindice (majore|brut)\b/,
  },
  // "compte rendu du COPIL, délai de diffusion ?": a time limit, given only by an answer that
  // states one (the 2012 text's two years to train, the 2025 text's immediate effect, a date),
  // not by one on the same thing without a limit.
  {
    asked: /\bdelais?\b(?! (acceptables?|raisonnables?)\b)/,
    given: new RegExp(
      `\\bdelai\\b|\\bimmediat\\w*|\\bau plus tard\\b|\\bdans les (\\d+|deux|trois|six) (mois|semaines|jours)\\b|${DATE_GIVEN}`,
    ),
  },
  // "combien de temps avant l'échéance d'un CLS faut-il engager le renouvellement ?": a lead
  // time, which no text gives (not the contract's span).
  {
    asked: /\b((combien de (temps|mois|semaines|jours)|quel delai) avant|preavis)\b/,
    given: /\b(\d+|un|deux|trois|six) (mois|semaines|jours|ans) avant\b|\bpreavis\b/,
  },
  // "quel montant l'hôpital doit-il apporter au cofinancement ?": another contributor's share,
  // which a text gives only as a share or an amount (not by naming the contributors).
  {
    asked:
      /\b(quel montant|combien|quelle (somme|part|proportion|contribution))\b[^?]{0,40}\b(l'hopital|le ch|le pole|le secteur|la commune|la mairie|la collectivite|l'intercommunalite|le departement|la region)\b[^?]{0,30}\b(apport\w*|vers\w*|financ\w*|pay\w*|paie\w*|mett\w*|contribu\w*|doi\w*)\b/,
    given: /€|\b(euros?|pour ?cent|parts? egales|moitie|parite|\d+ ?%)\b/,
  },
  // "le fonds d'intervention régional peut-il financer le coordonnateur ?": a named fund, which
  // no text names (the ARS's money is spoken of as its funding, never by fund).
  {
    asked:
      /\b(fonds d'intervention regional|fir|fonds europeens?|feder|fse\+?|fonds (de prevention|de cohesion|de solidarite|social|sociaux))\b/,
    given: /\b(fonds d'intervention regional|fir|fonds europeens?|feder|fse)\b/,
  },
  // "quel département d'Occitanie a le plus de CLSM ?": a ranking, which no text gives.
  {
    asked:
      /\b((a|ont|compte|comptent|possede|possedent|regroupe\w*) le (plus|moins) (de |d')|classement)\b/,
    given: /\b(le (plus|moins) (de |d')|classement)\b/,
  },
  // "si le maire change, faut-il refaire la labellisation ?", "… refaire signer la charte ?": a
  // step to take again, which no text foresees (the label lasts the CLS's five years).
  {
    asked:
      /\b((refaire|recommencer|repasser) (la |le |une |un |toute la )?(labellisation|label|dossier|candidature|demande)|redeposer|refaire signer|re-?signer)\b/,
    given:
      /\b(refaire|redeposer|recommencer|repasser|re-?signer|nouvelle (demande|candidature|labellisation))\b/,
  },
  // "quel est le thème national des SISM cette année ?": a year's theme, which no text gives.
  {
    asked:
      /\b(quel (est )?(le )?theme|theme (national|annuel|de l'annee|de cette annee|(de )?(19|20)\d\d))\b/,
    given: /\btheme\b/,
  },
  // "ya un logiciel pour le suivi d'activité ?": software, which no text names (the ORS's
  // online tools are named by what they show).
  {
    asked:
      /\b(logiciels?|applis?|applications? (en ligne|mobiles?|numeriques?)|outils? (numeriques?|informatiques?)|tableurs?|excel)\b/,
    given: /\b(logiciels?|applis?|applications?|outils? (en ligne|numeriques?|informatiques?))\b/,
  },
  // "si le maire est absent, qui préside à sa place ?": a stand-in, which no text names.
  {
    asked:
      /\b(a sa place(?! (au|dans|a la|a l'|parmi|en))|en son absence|sans (le|la|son|sa|leur) (maire|president\w*|elu|coordo\w*|coordinat\w*|coordonnat\w*)|suppleant\w*|suppleer|le remplace\w*|interim\w*)\b/,
    given: /\b(suppl\w*|remplac\w*|en (son|cas d') absence|interim\w*)\b/,
  },
  // "la coordo part en congé maternité, on peut financer un remplacement ?": a stand-in or a
  // leave, which no text names ("il ne le remplace pas", said of one funding and another, is no
  // stand-in).
  {
    asked:
      /\b(pendant (son|sa|cette|leur) absence|conges? (de )?(maternite|maladie|parental|paternite)|remplacant\w*|(un|son|le|leur|sa) remplacement)\b/,
    given: /\b(suppl\w*|remplacant\w*|remplacement|en (son|cas d') absence|interim\w*)\b/,
  },
  // "le label peut-il être retiré ? dans quels cas ?": a withdrawal, which no text foresees.
  {
    asked:
      /\b(retir\w*|suspend\w*|perd\w*|annul\w*|enlev\w*) (le |la |son |notre |leur )?label\w*|\blabel\w*\b[^?]{0,50}\b(retire\w*|suspendu\w*|perdu\w*|annule\w*|enleve\w*)\b|\bretrait (du|de la) label\w*/,
    given: /\b(retrait|retire\w*|suspen\w*|perte|annul\w*)\b/,
  },
  // "comment devient-on formateur en premiers secours en santé mentale ?": how to become one,
  // which no text says (the training is named only).
  {
    asked:
      /\b(devient-on|devient on|devenir|etre habilite\w*|etre certifie\w*) (formateur|formatrice|instructeur|instructrice|coordonnateur|coordinateur|coordinatrice|coordonnatrice)s?\b/,
    given:
      /\b(devenir|devient|habilit\w*|certifi\w*|recrut\w*|profil|competences|diplome|formation nationale)\b/,
  },
  // "existe-t-il un modèle type de charte ?", "une fiche de poste type en annexe ?", "le
  // contenu type de la charte éthique", "quel modèle de tableau de bord ?": a template, which
  // no text provides (they list what a document holds, never a model of it).
  {
    asked:
      /\b(contenus? types?|modeles? (type|imposes?|officiels?|a suivre|a remplir|national|regional)|(un|le|des|les|quels?) modeles? (de|d'|du|pour) (charte|convention|bilan|rapport|dossier|fiche|lettre|contrat|reglement|feuille|compte|cv|statuts|projet|tableaux? de bord|grilles?)|trames?|canevas|gabarits?|templates?|fiches? de poste types?)\b/,
    given: /\b(modeles? (de|type)|trames?|canevas|gabarits?|templates?|fiches? de poste)\b/,
  },
  // "quelle cible chiffrée pour l'indicateur … ?": a target value, which no text sets (the
  // instruction names indicators, never the level they should reach).
  {
    asked:
      /\b(cibles? chiffrees?|objectifs? chiffres?|valeurs? cibles?|cibles? a atteindre|taux (cibles?|a atteindre))\b/,
    given: /\b(cibles? chiffrees?|objectifs? chiffres?|valeurs? cibles?|a atteindre)\b/,
  },
  // "quels articles doit contenir la convention de partenariat ?": the clauses of a document,
  // which no text writes (only the laws' articles are quoted).
  {
    asked:
      /\b(quels?|combien d') articles\b[^?]{0,40}\b(conten\w*|comport\w*|compren\w*|prevoi\w*|inclu\w*|convention|charte|contrat)\b/,
    given: /\barticles?\b/,
  },
  // "quel est le programme des formations PSSM ?": what a training teaches, which the texts
  // do not say (they name trainings to offer).
  {
    asked:
      /\b(programmes?|contenus?|modules?) (de la |des |du |de )?(formations?|pssm|premiers secours)\b/,
    given: /\b(modules?|programme de (la )?formation|heures de formation|jours de formation)\b/,
  },
  // "le CLSM doit-il avoir un site internet ?": a means of its own, which no text requires (an
  // entry pointing to the national centre's website does not say the CLSM needs one).
  {
    asked:
      /\b(avoir|creer|disposer d'|ouvrir|faire|lancer) (un|une|son|sa|leur|notre) (propre )?(site (internet|web)?|page (web|internet|facebook)|compte (facebook|instagram|linkedin|twitter)|logo|charte graphique|newsletter|lettre d'information)\b/,
    given:
      /\b(doit|doivent|peut|peuvent|dispose\w*|cree\w*) (avoir |creer |disposer d'|de )?(un|une|son|sa|leur|leurs|ses)? ?(propres? )?(site|page|logo|newsletter)s?\b/,
  },
  // "la population moyenne couverte par un CLSM en zone rurale ?": an average of a kind of
  // territory, which no text gives (the 107 000 inhabitants are all CLSM's).
  {
    asked:
      /\b(moyenne|en moyenne|moyen)\b[^?]{0,60}\b(en (zone|milieu|territoire)s? (rura|urbai)\w*|rura(l|ux|les?)|urbai\w*|en ville|a la campagne|en outre-mer|en occitanie|par departement|par region)\b/,
    given:
      /\b(rura\w*|urbai\w*|occitanie|departement|region|outre-mer)\b[^.]{0,60}\bmoyen\w*|\bmoyen\w*[^.]{0,60}\b(rura\w*|urbai\w*|occitanie|departement|region|outre-mer)\b/,
  },
  // "quelle assurance pour les membres du CLSM ?": an insurance, which no text speaks of (the
  // "Assurance Maladie" they name is a funder).
  {
    asked: /\b(assurances?(?! maladie)|assurer les|responsabilite civile)\b/,
    given: /\b(assurances?(?! maladie)|responsabilite civile)\b/,
  },
  // "le COPIL vote-t-il ?", "à la majorité ?": how a body decides, which no text says.
  {
    asked:
      /\b(vote\w*|voter|votent|droit de vote|a la majorite|majorite (simple|absolue|qualifiee)|unanimite)\b/,
    given: /\b(vot\w*|majorite|unanimite)\b/,
  },
  // "combien coûte un CLSM ?": a cost, which no text gives (they give what the ARS may fund).
  {
    asked:
      /\b(combien (coute|coutent|ca coute)|quel (est le |serait le )?cout|(le|son) cout (total|moyen|global|annuel|de fonctionnement|d'un clsm|du clsm))\b/,
    given: /\bcouts?\b/,
  },
  // "la formation nationale est-elle gratuite ?": a price, which no text gives.
  {
    asked: /\b(gratuite?s?|gratuitement|payante?s?|frais d'inscription|tarifs?)\b/,
    given: /\b(gratuit\w*|payant\w*|frais d'inscription|tarifs?)\b/,
  },
  // "les horaires du coordo ?": opening or working hours, which no text gives (the flexible
  // hours they advise are for meetings with the people concerned).
  {
    asked: /\bhoraires? (du|de la|de l'|des|d'ouverture|de travail|de bureau)\b/,
    given: /\bhoraires? (d'ouverture|de travail|de bureau)\b|\b\d{1,2} ?h( ?\d\d)?\b/,
  },
  // "le coordo peut-il être élu municipal ?": holding another status at once, which no text
  // settles.
  {
    asked:
      /\b(peut|peuvent|pourrait|pourraient)[- ](il|elle|ils|elles|on)?[- ]?etre (aussi |en meme temps |egalement )?(un |une )?(elus?|maires?|adjoints?|conseill\w*|benevoles?|fonctionnaires?|contractuel\w*|vacataires?|interimaires?|auto-entrepreneur\w*)\b/,
    given:
      /\b(cumul\w*|incompatib\w*|(peut|peuvent) etre (un |une )?(elus?|maires?|adjoints?|conseill\w*|benevoles?|fonctionnaires?|contractuel\w*|vacataires?))\b/,
  },
  // "un élu municipal peut-il être lui-même coordonnateur du CLSM ?": who may hold the post,
  // which no text settles (the coordinator's training, profile or funding do not).
  {
    asked:
      /\b(elus?|maires?|adjoints?|conseill\w*|benevoles?)\b[^?]{0,30}\b(peut|peuvent|pourrait|pourraient)[- ](il|elle|ils|elles|on)?[- ]?((lui|elle|eux)[- ]memes? )?(etre|devenir) ((lui|elle|eux)[- ]memes? )?(aussi )?(le |la |un |une )?(coordonnat|coordinat)\w*/,
    given:
      /\bincompatib\w*|\b(elus?|maires?|adjoints?|benevoles?)\b[^.]{0,40}\b(peu\w*|pas) (etre|devenir|assurer|exercer)\b[^.]{0,20}\bcoord\w*|\bcoord\w*[^.]{0,40}\b(peu\w*|doi\w*) (pas )?etre (un |une )?(elus?|maires?|adjoints?|benevoles?)\b/,
  },
  // "quel est le budget national des CLSM ?": a total spent on them, which no text gives (they
  // give ceilings per CLSM and what funding covers); not the budget a labelling dossier holds.
  {
    asked: /^(?!.*\b(dossier|cerfa|previsionnel)\b).*?\bbudgets? (nationa|total|global)\w*/,
    given:
      /(€|\beuros?\b|\bmillions?\b)[^.]{0,60}\b(nationa|total|global)\w*|\b(nationa|total|global)\w*[^.]{0,60}(€|\beuros?\b|\bmillions?\b)/,
  },
  // "comment sont désignés les représentants des usagers ?": how representatives are chosen,
  // which no text says (they say who sits, not how a group's representatives are named).
  {
    asked:
      /\b(representant|delegue)s?\b[^?]{0,60}\b(sont|est|etre|soient|seront|sera)[- ]((ils|elles|il|elle) )?(designe|elu|choisi|nomme|selectionne)\w*|\b((sont|est|seront|sera) (designe|elu|choisi|nomme|selectionne)\w*( ou (designe|elu|choisi|nomme)\w*)?|designe\w*|choisi\w*|nomme\w*|selectionne\w*|elire|elit)\s(les |des |ses |nos |leurs )?(representant|delegue)s?\b/,
    given:
      /\b(representant|delegue)s?\b[^.]{0,60}\b(designe\w*|elus? par|choisi\w*|nomme\w*|election\w*|tirage au sort)\b/,
  },
  // "une fois le diagnostic fini, on a combien de temps pour signer ?": a time allowed to do
  // something, which only a delay answers (not how long a contract runs, nor the working time
  // "pour la coordination").
  {
    asked:
      /\bcombien de temps\b[^?]{0,25}\b(pour|avant de|afin de) (le |la |l'|les |se |s'|y |en )?(signer|deposer|envoyer|rendre|transmettre|repondre|faire|realiser|monter|constituer|preparer|elaborer|finir|terminer|boucler|valider|installer|creer|lancer|renouveler|candidater|obtenir|recevoir|former|devenir|etre labellise)\b/,
    given:
      /\b(delais?|au plus tard|date limite|dans les \d+|sous \d+|\d+ (jours|semaines|mois) (apres|avant|a compter|suivant))\b/,
  },
  // "le coordonnateur peut-il signer des conventions au nom de la commune ?": who may sign for
  // a body, which no text says (they say who signs the CLS, not who may sign for whom).
  {
    asked:
      /\b(peut|peuvent|pourrait|pourraient)[- ]((il|elle|ils|elles|on)[- ])?sign\w*[^?]{0,60}\bau nom (de|du|des)\b|\bdelegations? de signature\b/,
    given: /\b(au nom (de|du|des)|delegations? de signature|habilit\w*)\b/,
  },
  // "quel est le budget moyen d'un CLSM ?": an average amount, which no text gives (only
  // ceilings, and that a budget must be adequate).
  {
    asked:
      /\b(budgets?|montants?|financements?|couts?|subventions?|enveloppes?|dotations?) moyens?\b|\ben moyenne\b[^?]{0,30}\b(budgets?|montants?|euros?|financ\w*|couts?)\b/,
    given: /\bmoyen\w*[^.]{0,40}(€|\beuros?\b)|(€|\beuros?\b)[^.]{0,40}\bmoyen/,
  },
  // "salaire coordo clsm": a pay, which no text gives (the ceilings fund a post, not a grade).
  // So is "la rémunération prévue pour un coordonnateur" (not the people taking part's, which
  // the national text lets the funding pay).
  {
    asked:
      /\b(salaires?|grilles? (salariale|indiciaire)s?|combien (gagne|est paye|touche) (le|la|un|une) coord\w*|remuner\w* ((prevue?s?|versee?s?) )?(du|de la|d'un|d'une|des|au|aux|(pour|a) (un|une|le|la|les|notre)|le|la|un|une|notre|nos) coord\w*)\b/,
    given: /\b(salaires?|grilles? (salariale|indiciaire)s?)\b/,
  },
  // "nb mini usagers au copil": a minimum number of members, which no text sets (the COPIL's
  // minimal composition names who sits, not how many).
  {
    asked:
      /\b(nombre|nb|nbr) (minimum|minimal|mini|min) (d'|de |des )?(usagers|membres|representants|elus|participants|personnes|sieges)\b/,
    given: /\b(au moins|minimum de) (\d+|un|une|deux|trois|quatre|cinq)\b/,
  },
  // "quelle ARS a publié l'ancien cahier des charges ?": a region's agency, which the 2012 text
  // does not name.
  {
    asked: /\bquelle ars\b/,
    given:
      /\bars (d'|de |du |des |de la )?(occitanie|ile|auvergne|bretagne|normandie|grand|hauts|nouvelle|provence|pays|centre|bourgogne|corse|guadeloupe|martinique|guyane|reunion|mayotte)/,
  },
  // "le coordo doit-il avoir son bureau à la mairie ?", "faut-il un local ?": an office or
  // premises, which no text places (the "ressources locales" they speak of are no premises).
  // "une structure avec des locaux ?" asks whether it is a structure, which the texts answer.
  {
    asked:
      /(?<!\bstructure avec )\b(un|des|de|du|son|notre|leur|le|les) (local|locaux)\b(?! (de sante|sante|et|ou))|\b((son|leur|un|le|notre|mon) bureau (a|au|dans|chez|en)\b|(installe|loge|heberge|localise)\w* (a|au|dans|chez) (la|le|l')? ?(mairie|hopital|ch|ars|commune|agglo))/,
    given:
      /\b(un|des|de|les|du|ses|leurs) (local|locaux)\b(?! (de sante|sante|et|ou))|\b(bureaux?|heberg\w*|installe\w*)\b/,
  },
  // "l'adresse postale du bureau de la santé mentale ?": a postal address, which no text gives.
  {
    asked: /\b(adresse postale|code postal|adresse physique)\b/,
    given: /\b\d{5}\b|\b(rue|avenue|boulevard|cedex|allee|place)\b/,
  },
  // "comment obtenir l'allocation aux adultes handicapés ?": a person's entitlement, which the
  // texts never grant nor describe (a CLSM eases access to rights, it pays none).
  {
    asked:
      /\b(obtenir|toucher|percevoir|beneficier (de|d'|du)|demander|(faire|deposer) (une|la) demande (de|d'|du)|(qui )?a droit (a|au|aux))\b[^?]{0,25}\b(allocations? (aux|adulte|logement|personnalisee)|aah|rsa|pch|prestations? (de compensation|sociales?)|pensions? d'invalidite|carte (d'invalidite|mobilite)|rqth|apl)\b/,
    given:
      /\b(allocations? (aux|adulte|logement|personnalisee)|aah|rsa|pch|prestations? de compensation|pensions? d'invalidite|rqth|apl)\b/,
  },
  // "dans quel délai après le diagnostic le CLS doit-il être signé ?": a delay, which an entry
  // giving the contract's five-year span does not state.
  {
    asked:
      /\b((dans|sous|en) quel delai|quel delai|delai (maximum|maximal|minimum|entre|apres)|(repond\w*|reponse|instrui\w*|instruction|traite\w*|examine\w*|valide\w*)\b[^?]{0,30}\b(en|sous) combien de (temps|jours|semaines|mois))\b/,
    given:
      /\b(delai|sous (deux|trois|\d+) (ans|mois|semaines|jours)|dans les \d+|au plus tard|au fil de l'eau|avant le \d+)\b/,
  },
  // "un CLSM à cheval sur l'Aude et l'Hérault", "sur deux départements": the texts set the
  // CLSM's scale (commune, intercommunality) and never speak of one across departments.
  {
    asked:
      /\b((deux|plusieurs|2) (departements|regions|delegations|dd ?ars)|a cheval (sur|entre)|interdepartement\w*|interregion\w*)\b/,
    given:
      /\b((deux|plusieurs) (departements|regions|delegations)|a cheval|interdepartement\w*|interregion\w*)\b/,
    anywhere: true,
  },
  // "jusqu'à quelle année court la stratégie validée en 2022 ?": an end year, not a start.
  {
    asked: /\b(jusqu'a|jusqu'en) quelle annee\b/,
    given: /\b(jusqu'a|jusqu'en) (19|20)\d\d\b|\b(19|20)\d\d ?[-–/] ?(19|20)?\d\d\b/,
  },
  // "à quelle date rendre le bilan annuel ?": a date, or at least a year ("évaluée fin 2014"),
  // which an entry saying the report is yearly does not give.
  {
    asked: /\ba quelle date\b/,
    given: new RegExp(`${DATE_GIVEN}|\\b(en|fin|debut) (19|20)\\d\\d\\b`),
  },
  {
    asked: /\b((a )?quelle date precise|date exacte|quel jour)\b/,
    given: new RegExp(`${DATE_GIVEN}|\\bdate limite\\b`),
  },
  {
    asked: /\b(avant quelle date|quelle date limite|date limite|date butoir|jusqu'a quelle date)\b/,
    // A deadline: a date something is due by, not the date of a text ("la loi du 21 février
    // 2022"), nor "au fil de l'eau" (none).
    given: new RegExp(
      `\\b(avant|au plus tard|jusqu'au|d'ici|pour) (le |la |fin |mi-)?(\\d{1,2}(er)? )?(${MONTHS})\\b|\\bau fil de l'eau\\b|\\bdate limite\\b|\\d{1,2}/\\d{1,2}`,
    ),
  },
  // "un quorum pour valider la feuille de route ?", "un âge minimum pour représenter les
  // usagers ?": rules of voting and of age, which no text sets.
  { asked: /\bquorum\b/, given: /\bquorum\b/ },
  {
    asked: /\b(age (minimum|minimal|maximum|maximal|limite|requis)|quel age|limite d'age)\b/,
    given: /\b(age|majeur\w*|mineur\w*)\b/,
  },
  // "faut-il une déclaration CNIL pour la cellule de cas complexes ?": data protection, which
  // no text speaks of (the professional secrecy they name is not it).
  { asked: DATA_PROTECTION, given: DATA_PROTECTION },
  // "financer rétroactivement des dépenses engagées avant la labellisation ?": a start of
  // funding in the past, which no text sets (what the funding covers is not when it starts).
  {
    asked:
      /\b(retroacti\w*|a posteriori|(depenses?|frais|couts?|mois) (deja )?(engage|paye|realise|depense)\w* avant)\b/,
    given: /\b(retroacti\w*|a posteriori)\b/,
  },
];
/**
 * The values a question asks as such: those read in what is asked, and, when the whole question
 * is given, those read anywhere in it.
 */
export const valuesAskedIn = (focus: string, question?: string): typeof ASKED_VALUES =>
  ASKED_VALUES.filter((v) =>
    v.anywhere ? question !== undefined && v.asked.test(question) : v.asked.test(focus),
  );

/** Whether a folded answer states every value asked. */
export const givesAll = (values: typeof ASKED_VALUES, answer: string): boolean =>
  values.every((v) => v.given.test(answer));

/**
 * Facets an answer gives by the values it states, whatever its curator declared: a dated
 * event ("validée en mars 2022") answers "quand"; the date of the text it cites ("selon
 * l'instruction du 13 mai 2025") does not.
 */
export const STATED_FACETS: ReadonlyArray<readonly [Facet, RegExp]> = [
  [
    'date',
    new RegExp(
      `(?<!\\b(instruction|circulaire|decret|loi|arrete|cahier des charges|referentiel)\\b[^.;]{0,40}\\bdu (1er |\\d{1,2} )?)\\b(${MONTHS}) (19|20)\\d\\d\\b`,
    ),
  ],
];
/** How a question names the facet it asks: the word itself need not be in the answer. */
export const FACET_NAMES: ReadonlyArray<readonly [Facet, string]> = [
  ['date', 'date'],
  ['pieces', 'piece'],
  ['pieces', 'pieces'],
  ['montant', 'montant'],
  ['composition', 'composition'],
  ['cadence', 'frequence'],
  // "on doit le réunir à date fixe ?": at a set rhythm (see the cadence facet).
  ['cadence', 'date fixe'],
  ['cadence', 'dates fixes'],
  ['duree', 'duree'],
  // "sur quelle période le programme peut-il s'étaler ?": how long, in other words.
  ['duree', 'periode'],
  ['duree', 'etaler'],
  ['duree', 'etale'],
  ['nombre', 'nombre'],
  ['contact', 'adresse'],
  ['contact', 'electronique'],
  // "est-ce qu'on est tenus de les consulter ?": bound to, an obligation in other words.
  ['obligation', 'tenu'],
  ['obligation', 'tenue'],
  ['obligation', 'tenus'],
  ['obligation', 'tenues'],
];
