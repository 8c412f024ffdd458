import { describe, expect, it } from 'vitest';
import { createAnalyser, plainQuestion, words } from '../../src/search/analyser.js';
import { findPopulation } from '../../src/search/numbers.js';
import { normaliseNumbers, spelledThousands } from '../../src/text/numbers.js';

const analyser = createAnalyser(['CLSM', 'CLS', 'COPIL', 'GEM']);
const same = (a: string, b: string) => expect(analyser.terms(a)).toEqual(analyser.terms(b));

describe('compounds in co-', () => {
  it('keep "co-animer" apart from "animer", however it is written', () => {
    same('co-animation du COPIL', 'co animation du copil');
    expect(analyser.terms('co-animer')).not.toEqual(analyser.terms('animer'));
    // The compound only: "qui peut co-animer le COPIL" is not asking who animates it.
    expect(analyser.terms('co-animer le COPIL')).toEqual([
      ...analyser.terms('coanimer'),
      ...analyser.terms('COPIL'),
    ]);
  });
});

describe('French analyser', () => {
  it('keeps the CNP\'s "visa" apart from the "vis" of "vis-à-vis"', () => {
    expect(analyser.terms('visa')).not.toEqual(analyser.terms('vis'));
    same('le visa du CNP', 'les visas du CNP');
  });
  it('reads "constructor" or "toString" as words, not as an object\'s built-in keys', () => {
    expect(plainQuestion('le constructor du clsm, toString')).toBe(
      'le constructor du clsm, tostring',
    );
    expect(analyser.terms('constructor hasOwnProperty').join(' ')).not.toMatch(/function|native/);
  });
  it('reads an elision typed without its apostrophe as one, not a one-letter word', () => {
    expect(
      plainQuestion('qui peut etre a l initiative d un clsm, qu on monte s il le faut ?'),
    ).toBe("qui peut etre a l'initiative d'un clsm, qu'on monte s'il le faut ?");
    // A letter before a consonant is no elision ("c quoi").
    expect(plainQuestion('c quoi un clsm')).toBe('c quoi un clsm');
  });
  it('folds accents before stemming, so typed-without-accents matches the text', () => {
    same('assemblée plénière', 'assemblee pleniere');
    same('Se réunit', 'se reunit');
  });
  it('reads frequent slips of the keyboard as the word meant', () => {
    expect(plainQuestion('le label il vaut pour combein de temps')).toBe(
      'le label il vaut pour combien de temps',
    );
    same('le finacement du clsm', 'le financement du clsm');
    // Long words of the texts, misspelt further than a one-letter fuzzy match reaches.
    same('le cordonateur du clsm', 'le coordonnateur du clsm');
    same('la plenniere selon le referenciel', 'la plénière selon le référentiel');
    same('la labelisation', 'la labellisation');
    // Chat spellings of question words and of the committee.
    expect(plainQuestion('kel est le role, ke fait il')).toBe('quel est le role, que fait il');
    same('le cotec dure cb de tps', 'le COTECH dure combien de temps');
    same('qui valide la prog annuelle', 'qui valide la programmation annuelle');
    same('jsuis a la dd, le devlpt des clsm', 'je suis à la dd, le développement des clsm');
    same('jdois faire une note sur le cls', 'je dois faire une note sur le cls');
    same('jcherche le bilan, jveux savoir', 'je cherche le bilan, je veux savoir');
    same("on prépare l'eval, quelles evals ?", "on prépare l'évaluation, quelles évaluations ?");
    // Not "acteur", the one known word a letter away.
    same("c'est encore d'actu ?", "c'est encore actuel ?");
  });
  it('reads any one-letter slip of a word of asking as that word, not a real word one letter away, and "-mnt" as "-ment"', () => {
    expect(plainQuestion('il se reunit a qeulle frequence, cmbien de fois, pourqoui ?')).toBe(
      'il se reunit a quelle frequence, combien de fois, pourquoi ?',
    );
    same('lesqeuls sont obligatoires', 'lesquels sont obligatoires');
    // Nor the unit a duration is asked in: "combien d'annes" asks a duration as "d'années" does.
    expect(plainQuestion("la ctg c'est sur combien d'annes, une annee ?")).toBe(
      "la ctg c'est sur combien d'annees, une annee ?",
    );
    // An adverb typed without the "e" of its "-ment".
    same('juridiquemnt ou seulemnt', 'juridiquement ou seulement');
    expect(analyser.terms('ou exactemnt ?')).toEqual([]);
    // "combine" and "desquels" are words; "quel" is one of its own.
    expect(plainQuestion('on combine cls et clsm, desquels parle-t-on, quel texte ?')).toBe(
      'on combine cls et clsm, desquels parle-t-on, quel texte ?',
    );
  });
  it('reads a word typed with two letters swapped or one dropped as the word it has', () => {
    const learnt = createAnalyser(['CLSM', 'COPIL']);
    learnt.terms('la formation nationale, les indicateurs et le pilotage du CLSM au COPIL');
    const knowing = createAnalyser(['CLSM', 'COPIL'], learnt.knownStems());
    expect(knowing.terms('la formatoin nationale et les indicatuers')).toEqual(
      knowing.terms('la formation nationale et les indicateurs'),
    );
    expect(knowing.terms('le piltage du COPIL')).toEqual(knowing.terms('le pilotage du COPIL'));
    // Four letters are enough when only one word is a letter away ("coil": the COPIL).
    expect(knowing.terms('le coil')).toEqual(knowing.terms('le COPIL'));
    // Towards its own lists too: a stop word, chat shorthand.
    expect(knowing.terms('ntore coodo')).toEqual(knowing.terms('notre coordonnateur'));
    // A word it does not have stays as typed, and so does any word while it learns its own;
    // nor is a word read as another with a letter more or fewer ("avenant" is no "venant").
    expect(knowing.terms('le salarie')).toEqual(learnt.terms('le salarie'));
    expect(learnt.terms('formatoin')).not.toEqual(learnt.terms('formation'));
    const leaning = createAnalyser([], [...learnt.knownStems(), ['venant', 'ven']]);
    expect(leaning.terms('avenant')).not.toEqual(leaning.terms('venant'));
    // A consonant struck twice in a long word; not a short word's ("fille" is no "file").
    expect(knowing.terms('le pilottage du COPIL')).toEqual(knowing.terms('le pilotage du COPIL'));
    const filing = createAnalyser([], [...learnt.knownStems(), ['file', 'fil']]);
    expect(filing.terms('fille')).not.toEqual(filing.terms('file'));
  });
  it('reads an elision glued to a word it has, once it knows its words', () => {
    const learnt = createAnalyser(['UNAFAM'], []);
    learnt.terms("les lettres d'engagement de l'UNAFAM");
    const knowing = createAnalyser(['UNAFAM'], learnt.knownStems());
    expect(knowing.terms('les lettres dengagement de lunafam')).toEqual(
      knowing.terms("les lettres d'engagement de l'UNAFAM"),
    );
    // A word it does not have as typed stays itself when no elision makes it one it has.
    expect(knowing.terms('dossier')).toEqual(learnt.terms('dossier'));
  });
  it('reads a verb in the first person plural as its infinitive, once it knows its words', () => {
    const learnt = createAnalyser([], []);
    learnt.terms('constituer le COPIL, mettre en place, réfléchir au diagnostic');
    const knowing = createAnalyser([], learnt.knownStems());
    expect(knowing.terms('nous constituons le COPIL')).toEqual(
      knowing.terms('nous constituer le COPIL'),
    );
    expect(knowing.terms('mettons')).toEqual(knowing.terms('mettre'));
    expect(knowing.terms('réfléchissons')).toEqual(knowing.terms('réfléchir'));
    // A word it has stays itself ("actions" is no verb).
    const actions = createAnalyser([], [...learnt.knownStems(), ['actions', 'action']]);
    expect(actions.terms('actions')).toEqual(['action']);
  });
  it('keeps "indicateurs", a topic, apart from "indique", a word of asking', () => {
    same('les indicateurs du CLSM', 'l’indicateur du CLSM');
    expect(analyser.terms('indicateurs')).not.toEqual(analyser.terms('indique'));
  });
  it('reads "naître" as the texts\' "créer": CLSM are created', () => {
    same('combien de clsm naissent par an', 'combien de clsm créer par an');
  });
  it('reads "quoi comme" as which, not a likeness', () => {
    same('on envoie quoi comme doc ?', 'on envoie quel doc ?');
  });

  it('reads an elision typed glued to its word ("dun", "lars", "cest") as the elision', () => {
    same('le copil dun clsm, lars le finance ?', "le copil d'un clsm, l'ars le finance ?");
    expect(plainQuestion('cest quoi')).toBe("c'est quoi");
    expect(plainQuestion('il pense quun clsm cest une structure')).toBe(
      "il pense qu'un clsm c'est une structure",
    );
  });

  it('reads the past verb of an old text\'s claim ("affirmait qu\'…") as no topic', () => {
    same(
      "l'ancien cdc affirmait qu'aucun texte n'encadre les clsm",
      "l'ancien cdc : aucun texte n'encadre les clsm",
    );
  });

  it('reads "quelque part" (somewhere) as no topic, not a share', () => {
    same('y a un chiffre de référence quelque part ?', 'y a un chiffre de référence ?');
    same('je dois siéger qq part ?', 'je dois siéger ?');
  });

  it('reads "se traduire dans" as no topic: what it results in is', () => {
    same(
      'cela doit-il se traduire dans la composition du COPIL ?',
      'cela doit-il être dans la composition du COPIL ?',
    );
  });

  it('reads "y compris" (including) as no topic', () => {
    same(
      'la formation, y compris lorsqu’ils sont salariés de l’hôpital ?',
      'la formation, lorsqu’ils sont salariés de l’hôpital ?',
    );
  });

  it('reads "concernant" (about) as no topic, not as "les personnes concernées"', () => {
    same(
      'que doivent faire les PTSM concernant les CLSM ?',
      'que doivent faire les PTSM pour les CLSM ?',
    );
  });

  it('reads "au regard du ref" as "selon le ref"', () => {
    same('c’est suffisant au regard du ref national ?', 'c’est suffisant selon le ref national ?');
  });

  it('reads "veulent" as no topic, as "veut"', () => {
    same(
      'le maire et le chef de pôle veulent formaliser leur engagement',
      'le maire et le chef de pôle formaliser leur engagement',
    );
  });

  it('reads "pdt" as président, "vieu" as vieux, "tjrs" as toujours', () => {
    same('le pdt de l’interco préside le clsm ?', 'le président de l’interco préside le clsm ?');
    same('le vieu cdc', 'le vieux cdc');
    same('c’est tjrs vrai ?', 'c’est toujours vrai ?');
  });

  it('reads chat shorthand for greetings and someone as no topic', () => {
    same('bjr, qqn collecte les indicateurs ?', 'collecte les indicateurs ?');
    same('slt, les indicateurs', 'les indicateurs');
  });

  it('reads "se retrouver" and "se voir" as meeting, "tenir la barre" as presiding', () => {
    same('le copil doit se retrouver combien de fois', 'le copil doit se reunir combien de fois');
    same('les groupes se voient tous les combien', 'les groupes se reunissent tous les combien');
    same('qui tient la barre du copil', 'qui preside le copil');
    // "se voir opposer" is a passive, no meeting.
    const [meet = ''] = analyser.terms('se reunir');
    expect(meet).not.toBe('');
    expect(analyser.terms('se voir opposer le texte')).not.toContain(meet);
  });

  it('reads "deadline" as the date limit, and urgency or a weekday as no topic', () => {
    same('la deadline du dossier', 'la date limite du dossier');
    same('URGENT pour vendredi : les pièces du dossier svp', 'les pièces du dossier');
  });
  it('reads "valoir" in any tense as no topic, as "vaut", and "aller" too', () => {
    same('le label valait 3 ans', 'le label vaut 3 ans');
    same('ça va dans quel axe du CLS ?', 'dans quel axe du CLS ?');
  });
  it('reads idioms as what they mean: in writing, the members, no topic', () => {
    same('les missions écrites noir sur blanc', 'les missions écrites par écrit');
    same('sans usagers autour de la table', 'sans usagers membres');
    same('pour que le dossier tienne la route', 'pour que le dossier');
    same("le PTSM est en train d'être revu", "le PTSM est d'être revu");
    same('ils décrochent au bout de qq mois', 'ils décrochent');
    same('ils décrochent au bout de 3 réunions', 'ils décrochent');
    same("pour l'instant on a juste un COPIL", 'on a juste un COPIL');
    // "la grosse diff": how big, said in chat, is no topic.
    same('la grosse diff entre PTSM et CLSM', 'la diff entre PTSM et CLSM');
    // A duration told in figures stays: "au bout de 3 ans" may be what is asked.
    expect(analyser.terms('au bout de 3 ans')).toContain('3');
    same('après 5 ans on peut repartir pour un tour ?', 'après 5 ans on peut renouveler ?');
    same('le cls, on rempile pour un cycle ?', 'le cls, on renouveler ?');
    // Not a turn of something else ("un tour de table" keeps its words).
    expect(analyser.terms('un tour de table')).toContain(analyser.terms('tour')[0]);
  });
  it('reads lay words as the texts\' ("les sous", "le groupe des décideurs")', () => {
    same('qui met les sous', 'qui met le financement');
    same('le groupe des décideurs du CLSM', 'le comité de pilotage du CLSM');
    // Not a "sous-groupe", nor "sous la présidence".
    expect(analyser.terms('des sous-groupes')).not.toContain(analyser.terms('financement')[0]);
  });
  it('reads "mettre autant que l\'ARS" as parity, not "se réunir autant que de besoin"', () => {
    same("la mairie doit mettre autant que l'ARS ?", 'la mairie doit parité ARS ?');
    expect(analyser.terms('le COPIL se réunit autant que de besoin')).not.toContain(
      analyser.terms('parité')[0],
    );
  });
  it('reads a post "à 100 %" or "à temps complet" as full time, not a sum "financé à 100 %"', () => {
    same('le coordo doit être à 100 % ?', 'le coordo doit temps plein ?');
    same('un poste à temps complet', 'un poste à temps plein');
    expect(analyser.terms("l'ARS l'a financé à 100 %")).not.toContain(analyser.terms('plein')[0]);
  });
  it('reads "elles-mêmes" as an emphasis, not the "mêmes" of things shared', () => {
    same('qui paie les actions elles-mêmes ?', 'qui paie les actions ?');
    same('le maire lui-même', 'le maire');
    // Typed without the hyphen, at the end of the ask.
    same('qui paie les actions elles memes ?', 'qui paie les actions ?');
    same('la commune elle meme ?', 'la commune ?');
    expect(analyser.terms('les mêmes réunions')).toContain(analyser.terms('mêmes')[0]);
    expect(analyser.terms('elles mêmes réunions')).toContain(analyser.terms('mêmes')[0]);
  });
  it('reads "le PTSM de notre département" as the PTSM, not the referents of one', () => {
    same(
      'le ptsm de notre departement a combien de priorités ?',
      'le ptsm a combien de priorités ?',
    );
    expect(analyser.terms('les référents CLS de mon département')).toContain(
      analyser.terms('département')[0],
    );
  });
  it('reads "les pros" as the professionals, "puissent" and "envers" as no topic', () => {
    same('les pros de première ligne', 'les professionnels de première ligne');
    same('pour que les habitants puissent le joindre', 'pour que les habitants le joindre');
    same('envers les élus', 'les élus');
  });
  it('reads "dept" and "dpt" as "département"', () => {
    same('le dept voudrait un CLS', 'le département un CLS');
    same('notre dpt', 'notre département');
  });
  it('drops what the asker wishes or how ready the dossier is, not a topic', () => {
    same('qui devrait idéalement cofinancer un CLSM ?', 'qui devrait cofinancer un CLSM ?');
    same('on aimerait dédommager les usagers', 'on dédommager les usagers');
    same(
      "dossier de labellisation prêt, on l'envoie à qui ?",
      "dossier de labellisation, on l'envoie à qui ?",
    );
    same('le dossier est prêt ?', 'le dossier ?');
  });
  it('reads "pourquoi ce choix" as asking the reason of what was just asked', () => {
    same(
      'qui finance le coordinateur, et pourquoi ce choix ?',
      'qui finance le coordinateur, et pourquoi ?',
    );
    expect(analyser.terms('le choix des membres du COPIL')).toContain(analyser.terms('choix')[0]);
  });
  it('drops how the asker talks: "quand on y pense", "si j\'ai bien compris"', () => {
    same('la dd ars est membre ou invitée quand on y pense ?', 'la dd ars est membre ou invitée ?');
    same("si j'ai bien compris, le COPIL se réunit deux fois", 'le COPIL se réunit deux fois');
    same('si je comprends bien la plénière est annuelle', 'la plénière est annuelle');
    same(
      "le cotech d'un cls hein, et qui valide à la fin ?",
      "le cotech d'un cls, et qui valide ?",
    );
    // Not the end of something named.
    expect(analyser.terms('un bilan à la fin du CLS')).toContain(analyser.terms('fin')[0]);
    same('on a fini le dossier, on le dépose où ?', 'on a le dossier, on le dépose où ?');
    same("un cls c'est combien d'axes au total ?", "un cls c'est combien d'axes ?");
    expect(analyser.terms('le budget total du CLSM')).toContain(analyser.terms('total')[0]);
    expect(analyser.terms('ce qui est compris dans le financement')).toContain(
      analyser.terms('compris')[0],
    );
  });
  it('drops "se renseigner", asking itself, and keeps "renseigner" a bilan', () => {
    same('nous voulons nous renseigner sur le CLS', 'nous voulons sur le CLS');
    expect(analyser.terms('le bilan doit renseigner les réunions')).toContain(
      analyser.terms('renseigner')[0],
    );
  });
  it('drops "suis-je", the asker inverted, and keeps "je suis"', () => {
    same('suis-je tenue de suivre la formation ?', 'tenue de suivre la formation ?');
    expect(analyser.terms('je suis concernée')).toEqual(analyser.terms('suis concernée'));
    expect(analyser.terms('je suis concernée').length).toBe(2);
  });
  it('reads "tenir au courant" as the texts\' "informer"', () => {
    same("le COPIL devait-il tenir l'ARS au courant ?", "le COPIL devait-il informer l'ARS ?");
  });
  it('strips elisions with straight or curly apostrophes', () => {
    same("l'usager", 'usager');
    same('l’usager', 'usager');
    same("lorsqu'un CLS", 'un CLS');
    same("qu'est-ce que le COPIL", 'COPIL');
  });
  it('drops how short an answer should be, not the words it would be about', () => {
    expect(words("le PTSM c'est quoi en deux mots ?")).not.toContain('mots');
    expect(words('en une phrase, le CLSM ?')).not.toContain('phrase');
    expect(words("les mots-clés de l'instruction")).toContain('mots');
  });

  it('drops question words and other stop words', () => {
    expect(analyser.terms('combien de fois se réunit le copil ?')).toEqual([
      'fois',
      'reun',
      'copil',
    ]);
    expect(analyser.terms('quelle pièce devons-nous fournir ?')).toEqual(['piec']);
    // "en matière de": what follows is the topic, not "matière".
    expect(analyser.terms('les élus en matière de santé')).toEqual(['elu', 'sant']);
  });
  it('treats the spellings the texts use as one word', () => {
    same('coordinateur', 'coordonnateur');
    same('coordonnatrice', 'coordonnateurs');
    same('usagers', 'usager');
    // "quelle proportion" is answered by "à parts égales": a share, however it is asked.
    same('proportion', 'parts');
    same('ratio', 'parts');
    // The CLS leaflet, as users call it, is the "plaquette" the entries cite.
    same('dépliant', 'plaquette');
    // "signataires mini", "plafond maxi": the chat forms of minimum and maximum.
    same('mini', 'minimum');
    same('maxi', 'maximum');
    // Paying those who take part is the texts' "rétribution".
    same('rémunérer', 'rétribution');
    same('dédommager', 'rétribution');
    same('payés', 'financer');
    // Overseas, as users say it.
    same('DOM', 'outre');
    same('DROM', 'outre');
    // "l'animateur du conseil" is its coordinator.
    same('animatrice', 'coordonnatrice');
  });
  it('keeps acronyms whole: CLS is never stemmed into something else', () => {
    expect(analyser.terms('CLS CLSM GEM')).toEqual(['cls', 'clsm', 'gem']);
  });
  it('reads numbers as users type them', () => {
    expect(normaliseNumbers('55 000 habitants')).toBe('55000 habitants');
    expect(normaliseNumbers('55k')).toBe('55000');
    expect(normaliseNumbers('55.000')).toBe('55000');
    expect(normaliseNumbers('1,2 million')).toBe('1200000');
  });
  it('reads thousands spelled out in a question, and leaves smaller numbers in words', () => {
    expect(spelledThousands('un clsm de trente mille habitants')).toBe(
      'un clsm de 30000 habitants',
    );
    expect(spelledThousands('quarante-cinq mille hab')).toBe('45000 hab');
    expect(spelledThousands('Quatre-vingt-dix mille')).toBe('90000');
    expect(spelledThousands('cent vingt mille cinq cents habitants')).toBe('120500 habitants');
    expect(spelledThousands('deux fois par an')).toBe('deux fois par an');
    expect(spelledThousands('le millefeuille administratif')).toBe('le millefeuille administratif');
  });
});

describe('population in a question', () => {
  it.each([
    ['plafond pour 55000 hab', 55000],
    ['plafond pour 55 000 habitants', 55000],
    ['combien peut-on toucher pour une commune de 55k', 55000],
    ['financement pour 300 001 habitants', 300001],
    ["combien l'ARS donne pour 35 000 habitants ?", 35000],
    // The ceilings are counted on the CLS's territory, not the central commune's.
    [
      'notre commune fait 30 000 habitants mais le territoire du CLS en compte 85 000 : quel plafond ?',
      85000,
    ],
    // A year is no population, even where inhabitants are named.
    ['selon le référentiel de 2025, quel plafond pour 35 000 habitants ?', 35000],
  ])('%s → %i', (q, n) => expect(findPopulation(q)).toEqual({ population: n }));

  it.each([
    ['plafond si le territoire dépasse 300 000 habitants', 300001, 'above', 300000],
    // An article between the verb and its figure still bounds it.
    ['notre territoire cls depasse les 300 000 habitants, le plafond ?', 300001, 'above', 300000],
    ['on a dépassé la barre des 80 000 habitants, quel plafond ?', 80001, 'above', 80000],
    // So does an adverb.
    ['notre metropole depasse largement les 300 000 hab, le plafond ?', 300001, 'above', 300000],
    ['financement pour plus de 40 000 hab', 40001, 'above', 40000],
    ['plafond au-delà de 80 000 habitants', 80001, 'above', 80000],
    ['plafond pour moins de 40 000 habitants', 39999, 'below', 40000],
    ['et au dessus de 300 000 hab, quel plafond ?', 300001, 'above', 300000],
    ['un plafond au-dessous de 40 000 habitants ?', 39999, 'below', 40000],
  ])('%s → %i (%s %i)', (q, population, relation, value) =>
    expect(findPopulation(q)).toEqual({ population, bound: { relation, value } }),
  );

  it.each([
    'le copil se réunit 2 fois par an',
    'instruction de 2025',
    'plafond de 8000 € ?',
    // Each figure of a list of amounts is an amount.
    'les plafonds de 8 000, 13 000 et 20 000 € sont-ils annuels ?',
    'notre commune de 4 000 habitants peut-elle créer un CLSM ?',
    "le 3114 c'est quoi et qui le finance ?",
    // Whether two territories' ceilings add up is asked, not one ceiling.
    'coordo partagé entre 2 cls (35 000 + 20 000 hab), le plafond se cumule ?',
  ])('no population in "%s"', (q) => expect(findPopulation(q)).toBeNull());
});
