import type { Facet } from '../knowledge/schema.js';

export type { Facet };

/** Where a meeting is held, asked. */
const LIEU_ASKED =
  /\b(?:ou (?:(?:doit|doivent|peut|peuvent|faut[- ]il|devrait|devraient)(?:[- ](?:il|elle|ils|elles|on))? )?(?:on )?(?:se )?(?:tenir|tient|tiennent|reunir|reunit|reunissent|derouler|deroule|deroulent|avoir lieu|a lieu)|(?:se tenir|se tient|se tiennent|se reuni\w*|se deroul\w*|avoir lieu|a lieu|organis\w*|accueilli\w*|heberg\w*) (?:en|a la|au|dans (?:les|la|le|une|un|des)) (?:mairie|locaux|salle|hopital|ch|centre hospitalier|visio\w*|presentiel|distanciel|hotel de ville)|dans quel(?:le)?s? (?:lieux?|salles?|locaux)|(?:reuni\w*|tien\w*|tenir|deroul\w*|organis\w*|fai[st]|faire) ou(?=\s*\??\s*$)|en (?:visio\w*|presentiel|distanciel))\b/;
/**
 * Facets read in the question's focus (folded, shorthand spelled out). Order matters only for
 * readability: a question may ask several facets ("qui finance et combien").
 */
const QUESTION_PATTERNS: ReadonlyArray<readonly [Facet, RegExp]> = [
  // "la plénière doit se tenir en mairie ?", "où se réunit le COPIL ?": where a meeting is held
  // (no text says; not where to send a dossier, which is the contact).
  ['lieu', LIEU_ASKED],
  [
    'presidence',
    /\b((?!president(?:e|s|es)? (?:de |du |d')(?:la |l'|notre |ma |mon |sa |son )?(?:comcom|commune|communaute|agglo|intercommunalite|interco|epci|metropole|departement|conseil departemental|region|association|unafam|delegation|caf)\b)presid\w*|co-?presid\w*|(?<!\b(equipe|instance|comite|groupe|celui|celle|ceux|structure) )qui (anime|dirige|pilote|co-?anime)|(?<!equipe d')animation|anime par|pilote par|dirige|chapeaut\w*|a la tete (du|de la|de l'|des))\b/,
  ],
  [
    'composition',
    /\b(qui (siege|compose|participe|fait partie|est membre|sont les membres|y (siege|participe|est)|est dedans|sont dedans|(il )?y a dedans)|autour de la table|qui (?:exactement |concretement |precisement )?(?:dans|au sein d\w*) (?:le |la |les |l')?(?:copil|comite|cotech|pleniere|assemblee|instances?|bureau)\b|(?<!\b(decide\w*|decidait|fixe\w*|arret\w*|choisi\w*|valide\w*|determine\w*)\b[^?.]{0,40})composition(?! du dossier)|compose\w* (le |la |les |l')?(copil|comite|cotech|pleniere|assemblee|instances?|gouvernance|bureau|equipe|conseil)|(copil|comite|cotech|pleniere|assemblee|instances?|gouvernance|bureau|equipe|conseil)\b.{0,40}\b(est|sont)(-(il|elle|ils|elles))? compose\w*|(?<!\b(?:liant|lie|lient|engageant|entre|par) (?:ses |les |leurs |des )?)membres?|(?<!(le|au|du|son|un|cote) )sieg\w*(?! (de l'|d'|regional\w* )?ars\b)|participants?|(?<!\b(sur|pour|vers|autour de|ce) )qui (doit|peut|faut) (y )?(etre(?! (a l'initiative|porteu\w*))|sieger|participer|inviter|associer)|qui (inviter|associer)|associer qui|inviter qui|representants?|qui (les |la |le |l')?represente\w*|represente\w* (au|a la|a l'|dans)\b|(etre|soi[st]|soient|soyons|sommes|serions|serait) (au|dans le|a la) (copil|comite|cotech|pleniere))\b/,
  ],
  [
    'cadence',
    /\b(frequence|periodicite|combien de fois|tou[st] les combien|tous les (\d+ |deux |trois |quatre |cinq |six )?(ans|mois|semaines|trimestres|semestres)|rythme|par an|(?:reuni\w*|refaire|revoir|tenir|organiser)\b[^?.]{0,20}\ba dates? fixes?|chaque annee|se reuni\w*(?! (?:dans|avec|au sein|ensemble|conjointement)\b)|reuni\w* (par an|chaque|tous les)|(nombre|frequence|rythme) (de|des) reunions|(?<!(bilan|rapport|pleniere|assemblee|generale|prog|programme|programmation|programmations|plan) )annuel\w*|semestriel\w*|(combien|assez|(?<!le )plus|moins) souvent|souvent (se )?reuni\w*|(nombre|combien) (de |d')(copil|cotech|comites?|plenieres?|assemblees?|seances|reunions)s?\b[^?]{0,40}\bdans l'annee)\b/,
  ],
  [
    'montant',
    /\b(montants?|plafon\w*|(?<!\bun (?:seul )?)euros?|budgets?(?! (?:a part|propres?|autonomes?)\b)|enveloppes?|cout\w*|tarifs?|combien (d'argent|d'euros)|combien (?!d(e |')(?!argent|euros?|financements?|subventions?|credits?|budgets?))[^?]*(touch(?!\w* (des |les |un |une |le |la |au moins un )?(qpv|quartiers?|territoires?|communes?|zones?|publics?|personnes?|habitants?))|donn|vers|finan|pai|pay|recevoir|obtenir|avoir)\w*|(vers|donn|financ|pai|pay|mett|touch|accord|attribu|allou)\w* combien(?! d(e |'))(?! et (lesquel|quel)\w*)|max(imum)?|jusqu'a combien(?! d(e |'))|(?<!(meme|nous|on) )sommes?(?![- ]nous)|aides? financieres?|subventions?|droit a combien|a (quelle )?hauteur(?! (de|du|des) (la |l'|sa |son |leurs? )?(besoins?|enjeux|attentes|ambitions?|objectifs?|territoires?|populations?))|demand\w* combien (a|au|aupres de) (l'ars|la ddars|la dd)\b|(?:quelle|la|une|laquelle des) tranches?(?! d'age)|combien par (?:reunions?|seances?|personnes?|participants?|usagers?|heures?|journees?)|quelle (?:cle de )?repartition entre\b[^?]*\bet\b)\b|€|\d+ ?k\b/,
  ],
  [
    'duree',
    /\b((?<!(dans|sur) la )duree|(?:quoi|dit|disent|prevoi\w*|precise\w*|parle\w*|rien) sur la duree|(?<!tou[st] les |\ba )combien de temps|delais? (de |d')?(reponse|instruction|traitement|versement|paiement|examen)|pour combien d'annees|combien d'annees|pour quelle duree|(sur|pendant) plusieurs (annees|ans)|s'etale\w*|(?<!\bpour qu(e |')[^?,.]{0,40})\bdure\b(?! dans le temps)|durent|valable (combien|pour combien|pendant|jusqu|\d+ ans)|signe pour(?! qu| (?:l'|le moment|maintenant))|conclu pour(?! qu)|pendant combien|(?<!tous les |\b(?:dans|d'ici) (?:\d+ ?[-a] ?)?)\d+ ans)\b/,
  ],
  [
    'quotite',
    /\b(etp|temps (plein|partiel|de travail)|a combien de temps|part (de|du) (son |leur |sa )?temps|plein temps|mi-temps|quotite|0[.,]\d+|100 ?%|a temps)\b/,
  ],
  [
    'pieces',
    /\b(pieces?|(?<!\ba )(quels?|quel type de|les) documents?\b(?! (regional|national|departemental|local|territorial|de reference|cadre|strategique|de planification))|documents? (a fournir|a joindre|du dossier|demandes?)|justificati\w*|formulaire|cerfa|contenu du dossier|composition du dossier|que (mettre|contient|comprend) (dans )?le dossier|constituer le dossier|dossier (contient|comprend)|(?<!\b(le|la|les|l'|qui|personne a|interlocut\w* a|referent\w* a) )joindre|on (y )?joint|joint quoi|annexes? (du|au|a joindre au) dossier|en annexe du dossier|lettres? d'engagement)\b/,
  ],
  [
    'financeur',
    /\b(qui ((doit|peut|va|devrait|doivent|peuvent|vont|est cense|sont censes) )?(?:(?:le|la|les) |l')?(finance|financer|paie|paye|payer|verse|subventionne|cofinance|met (de l'argent|des sous|combien)|(?:met|mettre|mettent|mettra) au pot)|financeurs?|cofinanc\w*|co-financ\w*|comment (est|sont|etait|seront|sera) (il |elle |ils |elles )?(finance|financee|finances|financees)|par qui .*(financ|pay|pai)\w*|(financ|pay)\w* par qui|(?:est|sont|etait|etaient)(?:-(?:il|elle|ils|elles)| (?:il|elle|ils|elles))? (?:financ|pay)\w* par\b|\b(?:credits?|fonds|argent|enveloppes?|budgets?) (?:du|de la|de l'|des) [^?]{0,40}\b(?:peu|pourr)\w*(?:-(?:il|elle|ils|elles))? (?:financer|payer)|parite|qui prend en charge|quel(?:le)?s? (?:acteurs?|partenaires?|organismes?|institutions?|collectivites?|structures?|entites?)(?: (?:doi\w*|dev\w*|peu\w*|pourr\w*|vont|va|sont|est|censee?s?|idealement|normalement))* (?:financ(?:e|ent|er|era|eront|ait|aient)|cofinanc(?:e|ent|er)|pai(?:e|ent)|payer)|(mettre|mette|mettent|verser|verse|apporter|apporte|payer|paye) (la )?meme somme|autant que l'ars|(repartir|partager|payer|regler|prendre en charge) la (facture|note)|en matiere de financements?|concernant (le |les )?financements?)\b/,
  ],
  [
    'porteur',
    /\b(qui (porte|depose|deposer|signe|decide|valide|labellise|arrete|fixe|candidate|peut deposer|doit deposer|peut porter|doit porter|elabore|redige|realise|fait|mene|conduit|recrute|emploie|evalue|choisit|definit)|porteur|portage|signataires?|qui est responsable|responsable de|a l'initiative)\b/,
  ],
  [
    'definition',
    /\b(c'est quoi|c quoi|c koi|qu'est-ce|qu est ce|que veut dire|signifie|signification|veut dire|definition|definir|definit|definissent|kesako|sigle|acronyme)\b/,
  ],
  [
    'role',
    /\b(role|missions?|a quoi (il |elle |ils |elles |ca |ce |cela )?(sert|servent)|sert a quoi|servent a quoi|fonctions?|taches?|charge de|fait quoi|que fait|que font|attributions?|a quoi ca sert)\b/,
  ],
  [
    'procedure',
    /\b(comment (faire|deposer|candidater|obtenir|monter|mettre en place|proceder|demander|creer|lancer|elaborer|construire|formaliser|evaluer|s'y prendre)|procedure|demarches?|etapes?|modalites|marche a suivre)\b/,
  ],
  // "quand" asks a date unless another interrogative opened its clause ("quelles préconisations
  // … quand un territoire porte un CLS", "qu'est-ce que … préconise quand CLS et CLSM
  // coexistent": in the case where; a closing "et quand ?" still asks), or it opens a state
  // ("quand un clsm est labellisé, on a quelle place ?": once it is; not "quand le dossier
  // est-il déposé ?").
  [
    'date',
    /\b((?:(?<!\b(?:quel|quelle|quels|quelles|comment|combien)\b[^?,]*)(?:(?<!\bqu'est[- ]ce\b[^?,]*)|(?=quand\s*\??\s*$))(?<!\b(?:notamment|surtout|particulier|compris|meme|sauf) )quand(?! meme)(?! (on|il|elle|ils|elles|nous|vous|je|j')\b)|^quand\b)(?! (?:un|une|le|la|les|l'|notre|nos|mon|ma|son|sa|leur)\s?[^?,]{0,40}\b(?:est|sont|a ete|ont ete|sera|seront|a(?! lieu)|ont(?! lieu)|coexist\w*)\b(?![- ](?:t[- ])?(?:il|elle|ils|elles)\b))(?![^?]*\b(il|elle|on|ils) (doit|doivent|faut|peut|peuvent)\b[^?]*\b(quoi|qui|comment|quel\w*)\b)(?![^,?]*,\s*(il|elle|ils|elles|on|faut-il|faut il|doit-il|doit-on|qui|que|qu'|quel|quelle|quels|quelles|combien|comment)\b)(?![^,?]*,[^?]*\bquoi\b)|(?<!\b(?:reuni\w*|refaire|revoir|tenir|organiser)\b[^?.]{0,20}\ba )dates?(?! (de |du )?(19|20)\d\d)|delai(?! (de |d')?(reponse|instruction|traitement|versement|paiement|examen))|echeance|avant quel|jusqu'a quand|a partir de quand|depuis quand|(?<!\b(?:un|faut|partie|rubrique|section) )calendrier(?! (de mise|previsionnel))(?![^?]*\b(porte\w*|conten\w*|contient|comprend\w*|figur\w*|sur quoi|mettre|indiquer|inscrire|detailler)\b)|en quelle annee|periode de depot)\b/,
  ],
  [
    'contact',
    /\b((?<!par )mail|(?<!par )e-?mail|(?<!par )courriel|adresse mail|adresse electronique|(?<!(au|en) )contact\w*|(?<!\b(bilan|rapport)\b.{0,60})(a qui (envoyer|s'adresser|ecrire|transmettre)(?! (le |la |les |l')?(bilan|rapport))|a qui\b[^?,]{0,30}\bs'adresser|ou (envoyer|deposer|transmettre|adresser|faut-il envoyer|doit-on envoyer|on envoie)|(envoi\w*|envoy\w*|transmet\w*) (le |la |les |l')?(dossier|candidature)\b.{0,40}\ba qui)|(trouver|joindre|contacter|appeler|ecrire a) (le|la|les|mon|ma|notre) referente?s?|referente?s? (de|du|dans) (mon|ma|notre|son) (departement|territoire|region)|qui\b.{0,40}\breferente?s?|telephone|qui est (le|la|l') ?((actuel|actuelle|nouveau|nouvel|nouvelle) )?(directeur|directrice|president\w*|responsable|referent\w*|delegue\w*|ministre|chef|interlocut\w*)|nom (du|de la|de l') ?(directeur|directrice|referent\w*|responsable|president\w*|delegue\w*|ministre)|comment s'appelle (le|la) (directeur|directrice|referent\w*|responsable))\b/,
  ],
  [
    'nombre',
    /\b(combien de (clsm|cls|ptsm|communes|habitants|personnes|territoires|departements|signataires|objectifs|priorites)|nombre de|taux|pourcentage|chiffres?|statistiques?)\b/,
  ],
  [
    'indicateur',
    /\b(indicateurs?|kpi|mesurer|suivre le deploiement|suivi du deploiement|remonter)\b/,
  ],
  [
    'obligation',
    /\b(obligatoire\w*|oblig\w*|faut-il|faut il|doit-on|doit on|est-il necessaire|necessaire|imperati\w*|exige\w*|requis|indispensable|possible|autorise\w*|interdit|facultati\w*|recommand\w*|peut-on|peut on|on peut|est-ce qu'on peut|suffit|opposable|tenu(?:e|s|es)? (?:de|d'))\b/,
  ],
  [
    'perimetre',
    /\b(perimetre|territoire|echelle|niveau (communal|departemental|regional|intercommunal)|quelle taille|communes?|intercommunal\w*|departement\w*|qui est concerne|concerne qui|pour qui|public)\b/,
  ],
  [
    'objectif',
    /\b(objectifs?|priorites?|prioritaires?|axes?|thematiques?|themes?|enjeux|finalite|but|buts|actions? (possibles|prioritaires))\b/,
  ],
  [
    'difference',
    /\b(difference|differe\w*|distinguer|distinction|lien entre|articul\w*|par rapport (a|au|aux)|versus|vs|meme chose|compar\w*|et le (cls|clsm|ptsm))\b/,
  ],
];

/**
 * "de quel document le COTECH tient-il compte ?": a document asked is a piece of the dossier
 * only when the dossier is what the question is about.
 */
const DOSSIER_NAMED =
  /\b(dossier|candidat\w*|labellis\w*|label|joindre|joint|fournir|depos\w*|envoy\w*|pieces?|cerfa|annexes?|justificati\w*|formulaire|lettres? d'engagement)\b/;

/** How often, in words that say so whatever else is asked. */
const CADENCE_NAMED =
  /\b(?:frequence|periodicite|combien de fois|tou[st] les|rythme|par an|souvent)\b/;

/** The facets a question asks, from its focus clause (already folded by `plainQuestion`). */
export function questionFacets(folded: string): Facet[] {
  const asked = QUESTION_PATTERNS.filter(
    ([facet, pattern]) =>
      pattern.test(folded) && (facet !== 'pieces' || DOSSIER_NAMED.test(folded)),
  ).map(([facet]) => facet);
  // "s'étaler sur plusieurs années ? sur combien max ?": a maximum of a duration, not an amount;
  // "une taille moyenne de référence ou un seuil max ?", "un nombre d'habitants minimum ou
  // maximum ?": nor one of a size.
  // "une population plancher ou plafond ?": bounds of a size (no text has a funding floor).
  const amountOnlyByMax =
    (asked.includes('duree') || SIZE.test(folded)) &&
    !AMOUNT.test(
      folded.replace(/\bmax(imum)?\b|\bplancher\b.*\bplafond\b|\bplafond\b.*\bplancher\b/g, ' '),
    );
  // "le COPIL se réunit-il en mairie ?": where it meets, not how often.
  const facets = asked.filter(
    (f) =>
      !(f === 'montant' && amountOnlyByMax) &&
      !(f === 'cadence' && asked.includes('lieu') && !CADENCE_NAMED.test(folded)),
  );
  // "faut-il renouveler le label chaque année ?": how long the label lasts, not a meeting's
  // cadence.
  return RENEWAL.test(folded) && facets.includes('cadence')
    ? [...facets.filter((f) => f !== 'cadence' && f !== 'duree'), 'duree']
    : facets;
}

const RENEWAL =
  /\b(renouvel\w*|redemand\w*|refaire|repostuler|recandidater|relabellis\w*)\b[^?]{0,40}\b(chaque annee|tous les ans|(?<!\bfois )par an)\b/;

const SIZE = /\b(taille|seuil|habitants|population)s?\b/;
const AMOUNT = QUESTION_PATTERNS.find(([facet]) => facet === 'montant')?.[1] ?? /$^/;

/**
 * Facets that name a precise kind of answer: an entry lacking the one asked is about the
 * topic but not the answer ("qui préside" is not answered by what the COPIL is). The others
 * (obligation, perimeter, objectives…) are read too broadly from wording to exclude on.
 */
export const DECISIVE_FACETS: ReadonlySet<Facet> = new Set<Facet>([
  'presidence',
  'composition',
  'cadence',
  'montant',
  'duree',
  'quotite',
  'pieces',
  'financeur',
  'date',
  'contact',
  'nombre',
  'lieu',
]);
