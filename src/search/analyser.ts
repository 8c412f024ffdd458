import { stemmer } from '@orama/stemmers/french';
import { normaliseNumbers, spelledThousands } from '../text/numbers.js';
import { slipMended, slipMendedTo } from './keyboard-slips.js';

/** Words that carry no topic: articles, pronouns, auxiliaries, and question words. */
const STOP_WORDS = new Set(
  (
    'a au aux avec ce ces c ca cela celle celui cet cette dans de des du elle elles en et eux il ils ' +
    'je j l la le les leur leurs lui ma mais me meme mes moi mon ne nos notre nous on ou par pas ' +
    'pour qu que qui sa se ses son sur ta te tes toi ton tu un une vos votre vous y d m n s t ' +
    'est sont etre ete etait sera seront sommes etes a ai as avons avez ont avoir eu fait ait aient ' +
    'faire font va vont ' +
    'combien comment pourquoi quand quoi quel quelle quels quelles lequel laquelle lesquels ' +
    'ou dont si oui non bonjour merci svp stp please alors donc car ni soit tout tous toute toutes ' +
    'doit doivent dois devons devez devra devrait devraient devrions faut peut peuvent peux veut veux ' +
    'fallait faudra faudrait fallu serait seraient serais egalement contrairement ' +
    'voudrais voudrait voudraient veulent voulait voulaient puisse puissent voulez pouvez pouvons savoir sait sais ' +
    'dire dit quoi est-ce estce ceci cela ici la-bas y-a-t-il ya il-y-a t il y plus moins tres bien ' +
    'aussi encore deja sil quest exemple etc mon ma mes votre ' +
    'disait disent dit dire vaut valent valait valaient vaudra vaudrait chose choses meme fera ' +
    'feront avait avaient ' +
    'joindre fournir donner mettre prendre trouver obtenir envoyer beaucoup toujours quelque ' +
    'bosse bosser bossons travaille travailler aimerais aimerait aimerions souhaiterais voudrions cordialement ' +
    'd avance retours retour hello salut coucou svp stp ok okay bref genre vraiment exactement ' +
    // Discourse fillers of chat questions: they say how to answer, not what about; and those of
    // a question dictated to a phone ("euh", "enfin", "voilà", "non pardon").
    'euh heu hum bah ben enfin voila pardon hein ' +
    // "on a fini le dossier": done, told; no topic (not "la fin du CLS"). (Not "jamais": "on
    // n'a jamais fait de plénière" then opened on the working groups' cadence.)
    'fini finie finis finies ' +
    // "concernant la création de CLSM": about, a preposition (as an asking word its stem lifted
    // entries on "les personnes concernées").
    'concernant ' +
    'sinon malgre concretement concret concrete exact exacte precisement precis gros grosse grosses grosso modo globalement ' +
    'rapidement rapide simplement basiquement justement finalement actuellement aujourd hui ' +
    'normalement habituellement generalement idealement principalement essentiellement ' +
    'svp merci thx please question petite petit rappel franchement honnetement cest jusqu ' +
    'dessus envers plutot quant chez cense censee surtout ailleurs relatif relative relatifs relatives ' +
    // "en matière de santé": what follows is the topic.
    'matiere ' +
    // "cela doit-il se traduire dans la composition ?": what follows is the topic.
    'traduire ' +
    // "l'ancien cdc affirmait qu'« … »": a claim told, the verb says nothing of its topic.
    'affirmait affirmaient ' +
    // When the asker needs it, not what about ("URGENT pour vendredi", "asap", "bientôt validé").
    'bientot prochainement urgent urgente asap aka lundi mardi mercredi jeudi vendredi samedi dimanche'
  ).split(/\s+/),
);

/** Chat shorthand ("pr", "ds", "cb"...), read as the words it stands for (before stop words). */
// Maps, not plain objects: a typed "constructor" or "toString" is a word, not a prototype key.
const SHORTHAND: ReadonlyMap<string, string> = new Map(
  Object.entries({
    pr: 'pour',
    dapres: 'selon',
    ds: 'dans',
    cb: 'combien',
    cmb: 'combien',
    qd: 'quand',
    nb: 'nombre',
    nbr: 'nombre',
    mini: 'minimum',
    prio: 'priorite',
    prog: 'programmation',
    progs: 'programmations',
    maxi: 'maximum',
    koi: 'quoi',
    vieu: 'vieux',
    pdt: 'president',
    pdte: 'presidente',
    kwa: 'quoi',
    ki: 'qui',
    ke: 'que',
    kel: 'quel',
    kels: 'quels',
    kelle: 'quelle',
    kelles: 'quelles',
    tps: 'temps',
    pros: 'professionnels',
    dept: 'departement',
    dep: 'departement',
    dpt: 'departement',
    pk: 'pourquoi',
    pq: 'pourquoi',
    bcp: 'beaucoup',
    tt: 'tout',
    tjs: 'toujours',
    tjrs: 'toujours',
    tjr: 'toujours',
    qq: 'quelque',
    // "qqn d'autre", "qqch", "bjr", "slt": someone, something, greetings.
    qqn: 'quelque',
    qqch: 'chose',
    bjr: 'bonjour',
    slt: 'salut',
    ac: 'avec',
    avc: 'avec',
    ya: 'il',
    jsp: 'sais',
    dc: 'donc',
    mm: 'meme',
    ex: 'exemple',
    diag: 'diagnostic',
    eval: 'evaluation',
    evals: 'evaluations',
    // "le devlpt des clsm", "jsuis à la dd": development, and "je suis" run together.
    devlpt: 'developpement',
    dvlpt: 'developpement',
    dvpt: 'developpement',
    devpt: 'developpement',
    jsuis: 'suis',
    // "jdois faire une note au maire", "jcherche les annexes": "je dois", "je cherche"… run
    // together.
    jdois: 'dois',
    jcherche: 'cherche',
    jveux: 'veux',
    jpeux: 'peux',
    jsais: 'sais',
    jvoudrais: 'voudrais',
    // "c'est encore d'actu ?": still current.
    actu: 'actuel',
    // "la labellisation court sur quelle durée ?": it lasts.
    court: 'dure',
    ref: 'reference',
    coordo: 'coordonnateur',
    oc: 'occitanie',
    coordos: 'coordonnateur',
    interco: 'intercommunalite',
    comcom: 'intercommunalite',
    asso: 'association',
    assos: 'association',
    doc: 'document',
    docs: 'document',
    infos: 'information',
    info: 'information',
    max: 'maximum',
    compo: 'composition',
    diff: 'difference',
    dispo: 'disponible',
    kpi: 'indicateurs',
    kpis: 'indicateurs',
    orga: 'organisation',
    rdv: 'reunion',
    // Slips on the words that say what is asked that keyboard-slips.ts does not cover: a letter
    // added, or "quel", too short for its one-letter slips not to be words.
    combiens: 'combien',
    quell: 'quel',
    qeul: 'quel',
    finacement: 'financement',
    financment: 'financement',
    fiancement: 'financement',
    finacer: 'financer',
    obligatoir: 'obligatoire',
    oblgatoire: 'obligatoire',
    // And on the texts' own long words, too far from them for a one-letter fuzzy match.
    cordonateur: 'coordonnateur',
    cordonateurs: 'coordonnateur',
    cordonatrice: 'coordonnateur',
    coordonateur: 'coordonnateur',
    coordonateurs: 'coordonnateur',
    coordonatrice: 'coordonnateur',
    cordonnateur: 'coordonnateur',
    cordinateur: 'coordonnateur',
    cordinatrice: 'coordonnateur',
    plenniere: 'pleniere',
    pleniaire: 'pleniere',
    cotec: 'cotech',
    referenciel: 'referentiel',
    referentielle: 'referentiel',
    labelisation: 'labellisation',
    labelise: 'labellise',
    labelisee: 'labellisee',
    labeliser: 'labelliser',
  }),
);

/**
 * Words the stemmer folds into another's stem: "indicateurs" into "indique"'s, a word of asking,
 * so that the indicators asked for were never a topic; "association" (a body) into "associer"'s
 * (to involve), so that "une association ou un contrat ?" read entries on who is involved.
 */
const OWN_STEMS: ReadonlyMap<string, string> = new Map([
  ['indicateur', 'indicateur'],
  ['indicateurs', 'indicateur'],
  ['association', 'association'],
  ['associations', 'association'],
  // The CNP's "visa" is not the "vis" of "vis-à-vis", which the stemmer makes it.
  ['visa', 'visa'],
  ['visas', 'visa'],
]);

/** Spelling variants the texts themselves use, and common user forms, mapped to one word. */
const VARIANTS: ReadonlyMap<string, string> = new Map(
  Object.entries({
    coordinateur: 'coordonnateur',
    coordinateurs: 'coordonnateur',
    coordinatrice: 'coordonnateur',
    kpi: 'indicateurs',
    coordinatrices: 'coordonnateur',
    coordonnatrice: 'coordonnateur',
    coordonnatrices: 'coordonnateur',
    coordination: 'coordonnateur',
    reunion: 'reunir',
    reunions: 'reunir',
    reunit: 'reunir',
    reunissent: 'reunir',
    // Users' own word for the texts' one: "l'animateur du conseil" is its coordinator.
    animateur: 'coordonnateur',
    animatrice: 'coordonnateur',
    hab: 'habitants',
    habs: 'habitants',
    pleniere: 'pleniere',
    assemblee: 'pleniere',
    assemblees: 'pleniere',
    preside: 'presider',
    presidee: 'presider',
    // "qui chapeaute le CLSM ?": who heads it.
    chapeaute: 'presider',
    chapeautent: 'presider',
    chapeauter: 'presider',
    president: 'presider',
    presidente: 'presider',
    presidence: 'presider',
    financement: 'financer',
    financements: 'financer',
    finance: 'financer',
    financee: 'financer',
    subvention: 'financer',
    subventions: 'financer',
    palier: 'tranche',
    paliers: 'tranche',
    plafonne: 'plafond',
    plafonnes: 'plafond',
    plafonds: 'plafond',
    usagers: 'usager',
    usageres: 'usager',
    patients: 'usager',
    patient: 'usager',
    familles: 'famille',
    elus: 'elu',
    maire: 'elu',
    maires: 'elu',
    labelliser: 'labellisation',
    labellise: 'labellisation',
    labellises: 'labellisation',
    label: 'labellisation',
    // "pour la lab clsm on envoie le dossier à qui ?": the labelling, cut short.
    lab: 'labellisation',
    candidature: 'candidatures',
    deposer: 'depot',
    cdc: 'cahier',
    delai: 'date',
    delais: 'date',
    echeance: 'date',
    minimal: 'minimum',
    minimale: 'minimum',
    minimales: 'minimum',
    minimaux: 'minimum',
    minima: 'minimum',
    minimum: 'minimum',
    depose: 'depot',
    annee: 'an',
    annees: 'an',
    ans: 'an',
    tenir: 'reunir',
    tient: 'reunir',
    tiennent: 'reunir',
    // "combien en voit-on naître chaque année ?": CLSM are created, in the texts' word.
    naitre: 'creer',
    naissent: 'creer',
    nait: 'creer',
    naissance: 'creation',
    naissances: 'creation',
    // A share asked as the texts never word it: they say "à parts égales", "50 %".
    proportion: 'part',
    proportions: 'part',
    ratio: 'part',
    fraction: 'part',
    // How users name two of the texts: the 2018 référentiel is a slide deck, the CLS leaflet
    // (a "dépliant") is the "plaquette" the entries cite.
    depliant: 'plaquette',
    depliants: 'plaquette',
    slides: 'referentiel',
    diapos: 'referentiel',
    diaporama: 'referentiel',
    addicto: 'addictions',
    // "par quel canal envoyer la candidature": the texts say "modalités de dépôt".
    canal: 'modalites',
    canaux: 'modalites',
    // "le cursus des coordonnateurs": the texts say "formation".
    cursus: 'formation',
    // "des groupes par thème": the texts say "thématique".
    theme: 'thematique',
    themes: 'thematiques',
    cadence: 'frequence',
    cadences: 'frequence',
    paye: 'financer',
    payer: 'financer',
    paie: 'financer',
    paient: 'financer',
    // Overseas as users say it ("les DOM", "les DROM"): the texts say "Outre-mer".
    dom: 'outre',
    drom: 'outre',
    outremer: 'outre',
    payes: 'financer',
    payee: 'financer',
    payees: 'financer',
    // Paying the people who take part: the texts say "rétribution de la participation".
    remunerer: 'retribution',
    remunere: 'retribution',
    remuneres: 'retribution',
    remuneree: 'retribution',
    remunerees: 'retribution',
    remuneration: 'retribution',
    dedommager: 'retribution',
    dedommages: 'retribution',
    dedommagement: 'retribution',
    indemniser: 'retribution',
    indemnises: 'retribution',
    indemnisation: 'retribution',
    // "c'est le job du coordo ?": a task, the texts' "rôle".
    job: 'role',
    boulot: 'role',
    // Asking again for a label or a funding: the texts' "renouvellement".
    redemander: 'renouveler',
    redemande: 'renouveler',
    redemandent: 'renouveler',
    repostuler: 'renouveler',
    recandidater: 'renouveler',
  }),
);

/** "porter sur" (be about): the verb, not the "porteur" of a project. */
const BEARS_ON: ReadonlySet<string> = new Set(['porte', 'portent', 'porter', 'portera', 'portait']);

/** A character beyond ASCII: a text without one has no accent to fold (most typed questions). */
const BEYOND_ASCII = /[\u0080-\uffff]/;

/** Each character beyond ASCII folded once: decomposed, its marks dropped ("é" → "e"). */
const FOLDED = new Map<string, string>([
  ['œ', 'oe'],
  ['æ', 'ae'],
]);
const foldChar = (c: string): string => {
  let f = FOLDED.get(c);
  if (f === undefined) FOLDED.set(c, (f = c.normalize('NFD').replace(/\p{M}/gu, '')));
  return f;
};

export function foldAccents(text: string): string {
  return BEYOND_ASCII.test(text) ? text.replace(/[\u0080-\uffff]/g, foldChar) : text;
}

/**
 * The Snowball stemmer is not idempotent ("usagers" → "usager" → "usag"): stem to a fixed
 * point. It also keeps some third-person plurals whole ("couvrent", "financent"), which the
 * texts write in other forms ("couvre", "financer"): their "-ent" goes (not "-ment" nouns).
 */
function stem(word: string): string {
  let current = word;
  for (let i = 0; i < 4; i += 1) {
    const next = stemmer(current);
    if (next === current || next.length < 3) break;
    current = next;
  }
  if (current.length > 6 && current.endsWith('ent') && !current.endsWith('ment'))
    current = current.slice(0, -3);
  return current;
}

/**
 * Elisions typed glued to their word ("dun clsm", "cest", "lars finance"): the word they stand
 * for, after the elision.
 */
const GLUED: ReadonlyMap<string, string> = new Map(
  Object.entries({
    dun: "d'un",
    dune: "d'une",
    cest: "c'est",
    quil: "qu'il",
    quils: "qu'ils",
    quon: "qu'on",
    quun: "qu'un",
    quune: "qu'une",
    jai: "j'ai",
    nest: "n'est",
    lars: "l'ars",
    dars: "d'ars",
    lhopital: "l'hopital",
    leval: "l'eval",
    levaluation: "l'evaluation",
    linstruction: "l'instruction",
    lelu: "l'elu",
    lassemblee: "l'assemblee",
    lannexe: "l'annexe",
    lusager: "l'usager",
  }),
);
const unglued = (w: string): string | undefined => GLUED.get(w)?.split("'")[1];
/** A word after "ref" that says which référentiel (or which référent) is meant. */
const REF_QUALIFIED = /^(?:cls|clsm|national|nationale|de|d|du|occitanie|ars|sante|\d+)$/;
/** Words before "le ref" that cite a text ("d'après le ref", "selon le ref", "dans le ref"). */
const CITING = new Set(['apres', 'selon', 'dans']);

/** An elided article or pronoun at a word's start, before a vowel or h ("d|habitants"). */
const ELIDED = /^(?:qu|[dljmn])(?=[aeiouyh])/;

/**
 * The question as plain folded words with chat shorthand spelled out ("cb de clsm ds le gers"
 * → "combien de clsm dans le gers"), for the engine's phrase patterns.
 */
export function plainQuestion(text: string): string {
  return (
    foldAccents(text.toLowerCase())
      .replace(/[’‘ʼ`´]/g, "'")
      // "l initiative", "d un clsm", "qu on": an elision typed without its apostrophe.
      .replace(/\b(c|d|j|l|m|n|s|qu) (?=[aeiouyh])/g, "$1'")
      // "ya une date limite ?": "il y a" in full, as the phrase patterns read it (its words are
      // read as one "il" when searched).
      .replace(/[a-z0-9]+/g, (w) =>
        w === 'ya' ? 'il y a' : (SHORTHAND.get(w) ?? slipMended(w) ?? GLUED.get(w) ?? w),
      )
  );
}

/** The accented forms a folded letter stands for. */
const ACCENTED: Readonly<Record<string, string>> = {
  a: '[aàâä]',
  e: '[eéèêë]',
  i: '[iîï]',
  o: '[oôö]',
  u: '[uùûü]',
  c: '[cç]',
};

/** A pattern matching `name` whatever its case, accents, apostrophes or spacing. */
export function foldFree(name: string): string {
  return plainQuestion(name)
    .trim()
    .split('')
    .map(
      (ch) => ACCENTED[ch] ?? (/\s/.test(ch) ? '\\s+' : ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')),
    )
    .join('');
}

/** Words before stemming: lowercased, apostrophes unified, elisions gone, accents folded. */
export function words(text: string): string[] {
  const composed = BEYOND_ASCII.test(text) ? text.normalize('NFC') : text;
  // The island's lookbehind is slow: run only on a text that writes "Réunion" in capitals.
  const prepared = foldAccents(
    normaliseNumbers(
      spelledThousands(
        ISLAND_CAPITALISED.test(composed) ? composed.replace(ISLAND_NAMED, ' outre-mer') : composed,
      ),
    )
      .toLowerCase()
      .replace(/[’‘ʼ`´]/g, "'")
      // "ou s'agit-il de simples recommandations ?": what something is, said impersonally; not
      // "agir" (the CLSM "agit sur les déterminants").
      .replace(/\bs'agi(?:t|ssait|ra|rait)\b/g, ' ')
      .replace(/\b(?:l|d|j|m|n|s|t|c|qu|lorsqu|puisqu|jusqu|quoiqu|presqu)'/g, ' '),
  );
  // Each rewrite only where its words are (a plain search): start-up reads 1.5 MB of texts.
  const rewritten = REWRITES.reduce(
    (text, { cues, pattern, by }) =>
      cues.some((cue) => text.includes(cue)) ? text.replace(pattern, by) : text,
    prepared,
  );
  return rewritten.split(/[^a-z0-9]+/).filter((w) => w.length > 0);
}

/**
 * "n'a pas le droit de suivre deux CLS", "a-t-on le droit de payer…": whether one may, asked
 * in other words; not the "droit commun" or the "droits des usagers" the texts speak of. Read
 * in questions only: the index keeps the texts' words as they are.
 */
const ALLOWED =
  /\b(?:a|as|ai|ont|avons|avez|avoir|aura|aurait|auraient)(?:-t-(?:il|elle|on))?\s+(?:pas\s+|plus\s+|bien\s+|toujours\s+)?le\s+droit\s+(?:de\s+|d['’])?/gi;
export const permissionAsCan = (question: string): string => question.replace(ALLOWED, ' peut ');

/** A section by its number: "§7", "§ 3.3", "§§ 6-7". */
const SECTION_NAMED = /§+\s*\d+(?:[.,-]\d+)*/g;

/** The CLS leaflet's title, "Le contrat local de santé, mode d'emploi". */
const LEAFLET_TITLE = /\bmode\s+emploi\b/g;

/** "tenir l'ARS au courant": to inform it, the texts' word ("informe l'ARS des besoins"). */
const KEPT_INFORMED =
  /\b(?:tenir|tient|tiennent|tenait|tenaient|tenu|tenue|tenus|tenues)\s+((?:\S+\s+){0,2})au courant\b/g;

/**
 * Idioms read as what they mean: "noir sur blanc" is in writing, "autour de la table" the
 * members; "tenir la route" (to hold up) asks whether something is valid, no topic.
 */
const IDIOMS =
  /\bnoir sur blanc\b|\bautour de la table\b|\ba la carte\b|\b(?:tenir|tient|tienne|tiennent|tiendra|tiendrait) la route\b/g;
/** "et après on peut repartir pour un tour ?", "on rempile pour un cycle": signed again, renewed. */
const SIGNED_AGAIN =
  /\b(?:repartir|repart|repartent|rempiler|rempile|resigner|resigne) (?:pour|pr) (?:un|1) (?:tour|cycle)\b/g;
const IDIOM_MEANING: ReadonlyMap<string, string> = new Map([
  ['noir', ' par ecrit '],
  ['autour', ' membres '],
  // "le reste c'est à la carte": left to each, not the charter ("carte" one letter from it).
  ['a', ' facultatif '],
]);

/**
 * Lay words for the texts' things, as elected officials and families say them ("les sous", "le
 * groupe des décideurs"). None of them is in the texts. (Not "la grande réunion": in Occitanie
 * that can be the enlarged COPIL as well as the plenary; nor "l'argent", which turned
 * questions on parity and on what the funding covers into other answers.)
 */
const LAY_WORDS: readonly { cues: readonly string[]; pattern: RegExp; by: string }[] = [
  { cues: ['sous'], pattern: /\b(?:les|des) sous\b(?!-)/g, by: ' financement ' },
  // "le coordo doit être à 100 % ?", "un poste à temps complet": the texts' "temps plein"
  // (not "financé à 100 %").
  {
    cues: ['100', 'complet'],
    pattern: /\b(?:etre|est|soit|sont|travaille|poste|temps) a 100 ?%|\b(?:temps|poste) complet\b/g,
    by: ' temps plein ',
  },
  {
    cues: ['chefs', 'decideurs', 'dirigeants'],
    pattern:
      /\b(?:groupe|comite|reunion|instance|cercle)s? des (?:chefs|decideurs|dirigeants)\b|\bchefs du (?:clsm|cls|conseil)\b/g,
    by: ' comite de pilotage ',
  },
  // "qui est censé mettre au pot ?": who funds.
  {
    cues: ['au pot'],
    pattern: /\b(?:mettre|met|mets|mettent|mettra|mettront|mettrait|mettraient|mis|mise) au pot\b/g,
    by: ' financer ',
  },
  // "pour que les deux ne se marchent pas dessus": how they fit together, the texts'
  // "articulation".
  {
    cues: ['march'],
    pattern: /\b(?:se |s')?march\w* (?:pas )?(?:dessus|sur les pieds)\b/g,
    by: ' articulation ',
  },
  // "la commune doit mettre autant que l'ARS ?": as much as the other funder, the texts'
  // "parité" (not "se réunit autant que de besoin").
  {
    cues: ['autant qu'],
    pattern:
      /\b(?:mettre|met|mets|mettent|mettra|mettrait|apporte\w*|finance\w*|paie\w*|paye\w*|payer|verse\w*|donne\w*) autant qu(?:e|\s)/g,
    by: ' parite ',
  },
  // "l'ARS ne met pas un euro sur un CLSM hors CLS": funds nothing, not an amount asked.
  {
    cues: ['un euro', 'un centime', 'un sou', 'un seul euro'],
    pattern:
      /\b(?:met|mettra|mettrait|mettent|donne|donnera|donnerait|verse|versera|verserait|paie|paye|paiera|payera)(?: pas| plus| jamais)? un (?:seul )?(?:euro|centime|sou)\b/g,
    by: ' finance ',
  },
];

/** "la deadline du dépôt": the date limit, in two words (shorthand maps one word to one). */
const DEADLINE = /\bdeadlines?\b/g;

/**
 * "j'ai besoin de savoir…", "j'aurais besoin de…", "besoin d'infos sur…": the asker's need, not
 * the population's "besoins" the texts speak of (said in the first person or opening the text).
 */
const ASKER_NEEDS = /(?:^\s*|\b(?:ai|aurais|avons|aurions)\s+)besoin\s+(?:de\s+)?/g;

/** "qui finance le coordinateur, et pourquoi ce choix ?": the reason of what was just asked. */
const WHY_THAT =
  /\bpourquoi (?:ce|cet|cette|un tel|une telle) (?:choix|regle|decision|option|principe)\b/g;

/**
 * "le PTSM de notre département": the asker's own démarche, which no rule tells apart from
 * another's (not "les référents CLS de mon département", whose place says which ones).
 */
const OWN_PLACE =
  /(?<!\breferente?s? )\b(ptsm|clsm|cls) (?:de|dans|sur|pour) (?:notre|mon|ma) (?:departement|region|ville)\b/g;

/** "le dossier est prêt, on l'envoie à qui ?": the asker's state of things, not a topic. */
const READY = /\b(?:(?:est|sont) )?prete?s?\b(?=\s*(?:[,;:!?()]|$))/g;

/** "elles-mêmes", "lui-même": an emphasis. */
const REFLEXIVE_SAME =
  /(?<=\b(?:elles|elle|eux|lui|nous|vous|soi|moi|toi))-memes?\b|(?<=\b(?:elles|elle|eux|lui|soi)) memes?\b(?= *(?:[?!.,;]|$))/g;

/** "quand on y pense", "si j'ai bien suivi": how the asker talks, not a topic. */
const DISCOURSE =
  /\b(?:quand on y pense|si je comprends bien|si\s+ai bien (?:compris|suivi|lu|retenu)|si je me souviens bien|a vrai dire|de memoire)\b/g;

/** "le PTSM c'est quoi en deux mots ?": how short the answer should be, not a topic (the keywords). */
const BRIEFLY =
  /\ben (?:un|une|deux|trois|quelques|\d+) (?:mots?|phrases?|lignes?)\b|\ben (?:resume|bref)\b/g;

/**
 * La Réunion is overseas, not a meeting ("réunion" reads as "se réunir"): named as such in
 * capitals ("à La Réunion", "l'île de la Réunion"), or as an ARS ("je suis en ARS à la
 * réunion, …"; not "l'ARS à la réunion du COPIL").
 */
const ISLAND_NAMED =
  /(?<=(?:^|[\s'’])(?:[àÀaA]|de|en|sur|pour|ou|et|ARS|[îIi]le de)) (?:La|la) R[ée]union\b/g;
const ISLAND_CAPITALISED = /R[ée]union/;
const ISLAND_AFTER_ARS = /\bars (?:de |a |en )?la reunion(?=\s*(?:[,;:!?.)]|$))/g;
/**
 * "elle vaut aussi pour nous à la réunion ?", "on est à la réunion, …": where the asker is, at
 * a clause's end (not "à la réunion du COPIL", nor "on se voit à la réunion de juin").
 */
const ISLAND_WHERE_WE_ARE =
  /\b(nous|ici|on est|on travaille|je suis|je travaille|nous sommes) (?:a|sur|de) la reunion(?=\s*(?:[,;:!?.)]|$))/g;

/**
 * "l'instance doit se retrouver combien de fois", "ils se voient tous les combien": meeting, in
 * the texts' word ("se réunit"), not "se voir opposer" (a passive); "qui tient la barre du
 * COPIL": who presides.
 */
const MEET = /\bse (?:retrouv\w*|voi(?:t|ent|r)\b(?! \w+(?:er|ir|re)\b))/g;
const AT_THE_HELM = /\b(?:tien\w*|tenir) la barre\b/g;
/**
 * "la feuille de route départementale": the PTSM, as the cahier des charges calls it ("Le PTSM
 * est une feuille de route départementale", §4.2); not the CLSM's own feuille de route.
 */
const PTSM_CALLED = /\bfeuilles? de route departementales?\b/g;
/** "on envoie quoi comme doc ?", "c'est quoi comme échelle": which one, not a likeness. */
const WHAT_KIND = /\bquoi comme\b/g;

/** "tous les combien de temps", "tt les cb de tps": how often. */
const HOW_OFTEN_TIME = /\b(?:tou[st]|tt) les (?:combien|cb|cmb) de (?:temps|tps)\b/g;

/** The rewrites of a folded text, in order, each with the plain words it needs to apply. */
const REWRITES: readonly {
  cues: readonly string[];
  pattern: RegExp;
  by: (match: string, ...groups: string[]) => string;
}[] = [
  { cues: ['la reunion'], pattern: ISLAND_AFTER_ARS, by: () => 'ars outre-mer' },
  {
    cues: ['la reunion'],
    pattern: ISLAND_WHERE_WE_ARE,
    by: (_, who = '') => `${who} outre-mer`,
  },
  { cues: ['mot', 'phrase', 'ligne', 'en resume', 'en bref'], pattern: BRIEFLY, by: () => ' ' },
  { cues: ['deadline'], pattern: DEADLINE, by: () => 'date limite' },
  // "y compris lorsqu'ils sont salariés de l'hôpital": including; what follows is the topic.
  { cues: ['compris'], pattern: /\by compris\b/g, by: () => ' ' },
  // "c'est suffisant au regard du ref national ?": with respect to the text, not a look.
  { cues: ['au regard'], pattern: /\bau regard\b/g, by: () => ' selon ' },
  // "le coordo doit-il assister au COPIL ?": attending is taking part, in the texts' word (not
  // "assister le coordonnateur": helping him).
  {
    cues: ['assist'],
    pattern: /\bassist(?:e|er|ent|ait)\s+a(?=u\b|ux\b|\s)/g,
    by: () => 'participer a',
  },
  // "je dois siéger qq part ?": somewhere, not a share ("part").
  {
    cues: ['part'],
    pattern: /\b(?:qq|quelque) part\b/g,
    by: () => ' ',
  },
  // "tous les combien de temps ?": how often, not how long (its "temps" is no topic word).
  { cues: [' les c'], pattern: HOW_OFTEN_TIME, by: () => ' tous les combien ' },
  { cues: ['se retrouv', 'se voi'], pattern: MEET, by: () => ' reunir ' },
  { cues: ['la barre'], pattern: AT_THE_HELM, by: () => ' preside ' },
  { cues: ['comme'], pattern: WHAT_KIND, by: () => ' quel ' },
  { cues: ['departementale'], pattern: PTSM_CALLED, by: () => ' ptsm ' },
  {
    cues: [
      'y pense',
      'comprends bien',
      'compris',
      'suivi',
      'bien lu',
      'retenu',
      'souviens',
      'vrai dire',
      'memoire',
    ],
    pattern: DISCOURSE,
    by: () => ' ',
  },
  // "l'ancien cahier des charges d'environ 2012", "celui de 2012 environ": an approximate year,
  // no topic (its stem would match "environnement").
  { cues: ['environ'], pattern: /\benviron(?= \d)|(?<=\d) environ\b/g, by: () => ' ' },
  // "j'ai pas le doc sous la main", "j'ai le ref sous les yeux mais je trouve plus le passage":
  // the asker's copy of the text, no topic (the text it names stays). Elisions are gone here.
  {
    cues: ['sous la main', 'sous les yeux', 'passage'],
    pattern:
      /\b(?:(?:je\s+)?(?:les\s+)?ai\s+(?:pas\s+|plus\s+)?(?:(?:le|les|ce|ces)\s+(?:doc|docs|document|documents|texte|textes)\s+)?)?sous (?:la main|les yeux)\b|\b(?:mais\s+)?je\s+(?:ne\s+)?(?:re)?trouve\s+(?:plus|pas)\s+(?:le|ce)\s+passage\b/g,
    by: () => ' ',
  },
  // "une communauté de communes": an intercommunality, one word as "comcom" is (its two words
  // otherwise outweigh what is asked of it).
  {
    cues: ['communaute'],
    pattern: /\bcommunautes? de communes\b/g,
    by: () => ' intercommunalite ',
  },
  // "le guide CLS de l'ARS pour les élus": the leaflet, as sources.yml calls it (not the
  // référentiel's "guide détaillé").
  {
    cues: ['guide'],
    pattern: /\bguides? (?=cls\b|(?:des|pour les) elus\b)/g,
    by: () => ' plaquette ',
  },
  // "un CLSM couvre combien de monde ?": a population, in chat.
  {
    cues: ['de monde'],
    pattern: /\b(couvr\w*|touch\w*) combien de monde\b/g,
    by: (_: string, verb = '') => ` ${verb} combien habitants `,
  },
  // "par contre ya aucune lettre…": a contrast told, no topic (not "contre" alone).
  { cues: ['par contre'], pattern: /\bpar contre\b/g, by: () => ' ' },
  // "récupérer une lettre de chacun": a piece gathered for the dossier is a piece to provide
  // (not "l'ARS récupère-t-elle les fonds ?": money taken back).
  {
    cues: ['recuper'],
    pattern:
      /\brecuper\w*(?= (?:une|des|les|la|le|l'|leur|leurs) ?(?:lettres?|attestations?|signatures?|documents?|pieces?)\b)/g,
    by: () => 'fournir',
  },
  // "c'est écrit quelque part ?": where in the texts, asked; "au-delà de participer au PTSM,
  // le CLSM doit-il…": besides a doing told (not "au-delà de 300 000 habitants").
  {
    cues: ['ecrit', 'marque', 'dela'],
    pattern:
      /\b(?:est-ce|est ce|est|cest) (?:ecrit|marque|inscrit|precise) (?:qq ?part|quelque part|ou)\b|\bau[- ]dela (?:de |d')(?=[a-z]+(?:er|ir|re)\b)/g,
    by: () => ' ',
  },
  // "dans la partie calendrier du dossier, on met quoi ?": the section is named by its topic.
  {
    cues: ['partie', 'rubrique', 'section'],
    pattern:
      /\b(?:la|cette|une) (?:partie|rubrique|section)(?= [a-z]+ (?:du|de notre|de mon|de la) (?:dossier|candidature)\b)/g,
    by: () => ' ',
  },
  { cues: ['besoin'], pattern: ASKER_NEEDS, by: () => ' ' },
  { cues: ['pret'], pattern: READY, by: () => ' ' },
  { cues: ['notre ', 'mon ', 'ma '], pattern: OWN_PLACE, by: (_, what = '') => ` ${what} ` },
  { cues: ['pourquoi'], pattern: WHY_THAT, by: () => ' pourquoi ' },
  // "ils décrochent au bout de qq mois": a vague while told, no topic (not "au bout de 3 ans").
  {
    cues: ['au bout d'],
    pattern:
      /\bau bout (?:de |d )?(?:(?:quelques|qq|qlq|plusieurs|quelque) (?:mois|semaines|temps|annees|reunions|seances)|\d+ (?:reunions|seances))\b/g,
    by: () => ' ',
  },
  // "mettre en place le COTECH", "le CLS déjà en place": set up, one term of its own; not the
  // "place" a thing holds ("quelle place pour le CLSM dans le CLS ?").
  { cues: ['en place'], pattern: /\ben place\b/g, by: () => ' enplace ' },
  // "ça fait combien d'axes au total ?", "et c'est qui qui valide à la fin ?": all told, in the
  // end, closing what was just asked (not "le budget total", "à la fin du CLS").
  {
    cues: ['au total', 'a la fin'],
    pattern: /\b(?:au total|a la fin)(?=\s*(?:[?!.,;]|$))/g,
    by: () => ' ',
  },
  // "on voudrait se renseigner sur un CLS": asking itself (not "renseigner les indicateurs").
  { cues: ['renseign'], pattern: /\b(?:se|me|nous|vous|te) renseign\w*/g, by: () => ' ' },
  // "suis-je tenue de…": the asker, inverted, is no topic ("je suis" is who asks, read apart).
  { cues: ['suis'], pattern: /\bsuis[- ]je\b/g, by: () => ' ' },
  // "comment je suis censée rendre compte…": what the asker ought to do; "je suis" asks nothing.
  { cues: ['suis cens'], pattern: /\bje suis(?= censee?s?\b)/g, by: () => ' ' },
  // "pour l'instant on a juste un COPIL": for now, not an "instance" one letter away.
  { cues: ['instant'], pattern: /\bpour +instant\b/g, by: () => ' ' },
  // "le PTSM est en train d'être finalisé": what is under way, not a train.
  { cues: ['en train'], pattern: /\ben train\b/g, by: () => ' ' },
  // "qui paie les actions elles-mêmes ?" (or "elles mêmes ?"): the thing itself, not "les mêmes
  // réunions" (shared).
  {
    cues: ['-meme', 'e meme', 's meme', 'x meme', 'i meme'],
    pattern: REFLEXIVE_SAME,
    by: () => ' ',
  },
  // "d'après le §7", "le §3.3 du cahier des charges": a section named says where to look.
  { cues: ['§'], pattern: SECTION_NAMED, by: () => ' ' },
  // "la plaquette « mode d'emploi »": the leaflet's title names it, as "plaquette" does.
  { cues: ['emploi'], pattern: LEAFLET_TITLE, by: () => ' plaquette ' },
  { cues: ['au courant'], pattern: KEPT_INFORMED, by: (_, told = '') => ` informer ${told}` },
  ...LAY_WORDS.map(({ cues, pattern, by }) => ({ cues, pattern, by: () => by })),
  {
    cues: ['noir sur blanc', 'autour de la table', 'la route', 'la carte'],
    pattern: IDIOMS,
    by: (idiom) => IDIOM_MEANING.get(idiom.split(' ')[0] ?? '') ?? ' ',
  },
  { cues: [' tour', ' cycle'], pattern: SIGNED_AGAIN, by: () => ' renouveler ' },
];

export interface Analyser {
  /** Index and query terms of a text, in order. */
  terms(text: string): string[];
  /** Whether a term is an acronym kept whole (never stemmed, never fuzzed). */
  isAcronym(term: string): boolean;
  /** Every word stemmed so far, with its stem (saved by the build with the index). */
  knownStems(): [string, string][];
}

/**
 * The French analyser; `acronyms` (from the glossary) are kept whole. `knownStems` (from
 * `knownStems()` of an analyser with the same acronyms) spares stemming those words again.
 */
export function createAnalyser(
  acronyms: Iterable<string>,
  knownStems: Iterable<[string, string]> = [],
): Analyser {
  const kept = new Set([...acronyms].map((a) => foldAccents(a.toLowerCase())));
  // Stemming dominates indexing time and the vocabulary is small: remember each word's stem.
  const stems = new Map<string, string>(knownStems);
  // The knowledge base's own words, when built from its index: what a slip is mended towards.
  const vocabulary = new Set(stems.keys());
  const hasWord = (word: string): boolean =>
    kept.has(word) ||
    VARIANTS.has(word) ||
    OWN_STEMS.has(word) ||
    vocabulary.has(VARIANTS.get(word) ?? word) ||
    STOP_WORDS.has(word) ||
    SHORTHAND.has(word);
  const stemOf = (word: string): string => {
    let s = stems.get(word);
    if (s === undefined) stems.set(word, (s = stem(word)));
    return s;
  };
  /** "dhabitants", "lunafam", "dengagement": an elision typed glued to a word the base knows. */
  const elisionGlued = (word: string): string | undefined => {
    if (vocabulary.size === 0 || hasWord(word)) return undefined;
    const rest = word.replace(ELIDED, '');
    return rest !== word && rest.length > 1 && hasWord(rest) ? rest : undefined;
  };
  /**
   * "nous constituons", "préparons", "réfléchissons": a verb in the first person plural the base
   * never uses, read as its infinitive when the base knows that (the stemmer keeps "-ons").
   */
  const firstPlural = (word: string): string | undefined => {
    if (vocabulary.size === 0 || !/^[a-z]{3,}ons$/.test(word) || hasWord(word)) return undefined;
    const base = word.slice(0, -3);
    return [`${base}er`, `${base}re`, `${base}ir`, `${base.replace(/iss$/, '')}ir`].find(hasWord);
  };
  // What a typed word becomes out of context ('' for a stop word): the texts repeat few words.
  const termOf = new Map<string, string>();
  const term = (typed: string): string => {
    let t = termOf.get(typed);
    if (t === undefined) {
      const read =
        SHORTHAND.get(typed) ??
        slipMended(typed) ??
        unglued(typed) ??
        elisionGlued(typed) ??
        firstPlural(typed) ??
        typed;
      const mended = vocabulary.size > 0 ? slipMendedTo(read, hasWord) : undefined;
      const raw = mended === undefined ? read : (SHORTHAND.get(mended) ?? mended);
      const word = STOP_WORDS.has(raw) ? '' : (VARIANTS.get(raw) ?? raw);
      t =
        OWN_STEMS.get(word) ??
        (kept.has(word) || /^\d+$/.test(word) ? word : word.length > 1 ? stemOf(word) : '');
      termOf.set(typed, t);
    }
    return t;
  };
  return {
    terms(text) {
      const out: string[] = [];
      const typedWords = words(text);
      typedWords.forEach((typed, i) => {
        // "co-animation", "co animer": the compound is a term of its own, not the word.
        const next = typedWords[i + 1];
        if (typed === 'co' && next && /^[a-z]{3,}$/.test(next)) {
          out.push(stemOf(`co${next}`));
          return;
        }
        if (typedWords[i - 1] === 'co' && /^[a-z]{3,}$/.test(typed)) return;
        // "sur quoi porte l'évaluation", "elle porte sur…": "porter sur" says what about.
        if (BEARS_ON.has(typed) && typedWords.slice(Math.max(0, i - 2), i + 2).includes('sur'))
          return;
        // "d'après le ref ?": the référentiel itself when nothing says which ("le ref national",
        // "le ref CLS 2018" are read as their own words, "la ref" is a person).
        if (
          typed === 'ref' &&
          ['le', 'du', 'au'].includes(typedWords[i - 1] ?? '') &&
          !REF_QUALIFIED.test(next ?? '')
        ) {
          out.push(stemOf('referentiel'));
          // "d'après le ref", "selon le ref": a text is cited, not a person.
          if (CITING.has(typedWords[i - 2] ?? '')) return;
        }
        const t = term(typed);
        if (t) out.push(t);
      });
      return out;
    },
    isAcronym: (term) => kept.has(term),
    knownStems: () => [...stems],
  };
}
