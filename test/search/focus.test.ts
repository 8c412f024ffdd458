import { describe, expect, it } from 'vitest';
import { asRead, isRelay, splitQuestion, withoutSignOff } from '../../src/search/focus.js';

const words = (text: string) => text.split(/\s+/).filter(Boolean).length;
/** The parts of a question, counting every word toward a focus's minimum. */
const split = (question: string) => splitQuestion(question, words);
/** Topic words, roughly: "lettres", "d'engagement" are two, too few for a focus. */
const longWords = (text: string) => text.split(/\s+/).filter((w) => w.length > 4).length;

describe('the focus of a question', () => {
  it('is the clause an interrogative opens, the situation told before it the preamble', () => {
    const parts = split(
      'on monte un CLSM sur 3 communes avec le CH du coin, qui doit siéger au COPIL au minimum ?',
    );
    expect(parts.focus).toBe('qui doit siéger au COPIL au minimum');
    expect(parts.preamble).toBe('on monte un CLSM sur 3 communes avec le CH du coin');
    // A colon followed by a space sets the situation apart too.
    const colon = split(
      'notre clsm (ville de 35 000 hab + ch) : qui devrait cofinancer selon le national ?',
    );
    expect(colon.focus).toBe('qui devrait cofinancer selon le national');
    // "y a t il" typed without hyphens asks as "y a-t-il" does.
    expect(
      split('petite comcom de 25 000 hab, y a t il un nombre minimum d’habitants ?').focus,
    ).toBe('y a t il un nombre minimum d’habitants');
    // "c'est pareil pour … ?" asks whether the rule told before holds for something else.
    const same = split(
      "pour le coordo cls l'ars finance a parts egales avec la collectivite, c pareil pour le temps de coordo clsm en occitanie ?",
    );
    expect(same.focus).toBe('c pareil pour le temps de coordo clsm en occitanie');
    expect(same.preamble).toBe(
      "pour le coordo cls l'ars finance a parts egales avec la collectivite",
    );
    // "ça va ?", "ça passe ?" ask whether something is acceptable.
    expect(
      split('on a déjà un CLS, un seul coordo pour les deux ça va d’après le référentiel ?').focus,
    ).toBe('un seul coordo pour les deux ça va d’après le référentiel');
  });

  it('reads an ask its example cuts in two ("sur quelle enveloppe, par exemple le FIR, …") whole', () => {
    expect(
      split(
        'Sur quelle enveloppe, par exemple le FIR, l’ARS finance-t-elle le poste de coordination ?',
      ).focus,
    ).toBe(
      'Sur quelle enveloppe, par exemple le FIR, l’ARS finance-t-elle le poste de coordination',
    );
  });

  it('reads an ask its unit cuts in two ("quel montant, par heure ou par réunion, …") whole', () => {
    expect(
      split('Quelle somme, par an ou par mois, la commune doit-elle verser au coordonnateur ?')
        .focus,
    ).toBe('Quelle somme, par an ou par mois, la commune doit-elle verser au coordonnateur');
  });

  it('keeps the ask before a case it singles out ("…, notamment quand …")', () => {
    expect(
      split(
        "Que prévoit l'instruction pour la formation des coordonnateurs, notamment quand le poste est porté par l'hôpital ?",
      ).focus,
    ).toMatch(/^Que prévoit l'instruction pour la formation des coordonnateurs/);
  });

  it('leaves out whom the asker guesses, in a last sentence after a "qui" question', () => {
    const parts = split('qui fixait la compo du copil dans le vieux cdc ? le CH ?');
    expect(parts.focus).toBe('qui fixait la compo du copil dans le vieux cdc');
    expect(parts.preamble).toBe('le CH');
  });

  it('leaves out the breadth the asker guesses ("n\'importe quelle commune ?"), though it has "quelle"', () => {
    const parts = split('qui peut porter un clsm labellisé ? n’importe quelle commune ou asso ?');
    expect(parts.focus).toBe('qui peut porter un clsm labellisé');
  });

  it("leaves the asker's impression, told after the question, out of what is asked", () => {
    const parts = split(
      "la plénière du CLSM, elle sert à quoi concrètement, on a l'impression que c'est juste une grand messe",
    );
    expect(parts.focus).toBe('la plénière du CLSM, elle sert à quoi concrètement');
    expect(parts.preamble).toBe("on a l'impression que c'est juste une grand messe");
  });

  it('reads a last sentence asking whether "it" must be followed with the sentence naming it', () => {
    const parts = split(
      "un elu demande si l'instruction de la dgs est opposable ou si c'est des recos... on est obligés de la suivre ?",
    );
    expect(parts.focus).toBe(
      "l'instruction de la dgs est opposable ou si c'est des recos, on est obligés de la suivre",
    );
  });

  it('leaves out who asks, told first, from a question asked without an interrogative', () => {
    const parts = split(
      'je suis coordo clsm, la nouvelle instruction de 2025 remplace celle de 2016 ou pas ?',
    );
    expect(parts.focus).toBe('la nouvelle instruction de 2025 remplace celle de 2016 ou pas');
    expect(parts.preamble).toBe('je suis coordo clsm');
    // Who asks, told where with no comma after: the place named ends the clause.
    const run = split('je suis elu ds le gers lars finance combien du poste de coordo cls?');
    expect(run.focus).toBe('lars finance combien du poste de coordo cls');
    expect(run.preamble).toBe('je suis elu ds le gers');
    expect(split('je suis élue dans les Hautes-Pyrénées qui préside le COPIL ?').focus).toBe(
      'qui préside le COPIL',
    );
    // A situation told first stays: it may be what the question turns on.
    expect(
      split('on est un petit clsm rural, on est oblige de viser tous les objectifs ?').focus,
    ).toMatch(/^on est un petit clsm rural/);
  });

  it('leaves out who forwarded or wrote the question, and a reason told after it', () => {
    const relayed = split(
      "le maire de Lodève m'écrit : \"on m'a dit que le copil du clsm doit se reunir 4 fois par an, c'est bien ça ?\" je lui reponds quoi selon le ref national ?",
    );
    expect(relayed.focus).not.toMatch(/Lodève/);
    expect(relayed.focus).toMatch(/le copil du clsm doit se reunir 4 fois par an/);
    expect(relayed.preamble).toMatch(/le maire de Lodève m'écrit/);
    const forwarded = split(
      'transféré par la coordo CLS : elle veut savoir si le ref national recommande un temps plein ou si un mi-temps suffit',
    );
    expect(forwarded.focus).toBe(
      'le ref national recommande un temps plein ou si un mi-temps suffit',
    );
    expect(forwarded.preamble).toMatch(/^transféré par la coordo CLS/);
    // Someone who "demande quelles pièces" asks; a text that "demande combien" rules.
    expect(
      split('Un DGS de mairie demande quelles pièces il doit joindre au dossier de labellisation.')
        .focus,
    ).toBe('quelles pièces il doit joindre au dossier de labellisation');
    expect(split('le referentiel national demande combien de reunions par an').focus).toBe(
      'le referentiel national demande combien de reunions par an',
    );
    // A demand made of us ("nous demande de faire quoi") is asked, not a question passed on.
    expect(split("l'instruction nous demande de faire quoi pour les clsm ?").focus).toBe(
      "l'instruction nous demande de faire quoi pour les clsm",
    );
    const reason = split(
      "une nouvelle coordo demande si elle doit suivre une formation, vu qu'elle n'est pas rattachée à la mairie",
    );
    expect(reason.focus).not.toMatch(/mairie/);
    expect(reason.preamble).toMatch(/vu qu'elle n'est pas rattachée à la mairie/);
  });

  it('reads a message without asides of belief or of passing', () => {
    expect(
      asRead(
        'un elu me demande si le cls dure 3 ans comme il le croit, et si on peut le renouveler ?',
      ),
    ).toBe('un elu me demande si le cls dure 3 ans, et si on peut le renouveler ?');
    expect(asRead('et au passage, est-ce que le ptsm est obligatoire ?')).toBe(
      'et est-ce que le ptsm est obligatoire ?',
    );
  });

  it('reads a thing set aside in brackets as not asked, "pas que" as added to it', () => {
    expect(asRead("le cotech d'un CLS (pas celui du clsm hein), qui y siège ?")).toBe(
      "le cotech d'un CLS, qui y siège ?",
    );
    expect(asRead('on finance des actions (pas que la coordo), on joint quoi ?')).toBe(
      'on finance des actions (pas que la coordo), on joint quoi ?',
    );
  });

  it('reads "c\'est" in a reported question as what the clause before names', () => {
    const parts = split(
      "copil ok, mais on n'a jamais fait de pleniere. l'élue me demande si c'est vraiment attendu ?",
    );
    expect(parts.focus).toBe("mais on n'a jamais fait de pleniere, c'est vraiment attendu");
    expect(parts.preamble).toBe("copil ok, l'élue me demande");
  });

  it('reads a dictated message: acronyms spelled out, a word corrected', () => {
    expect(asRead('qui préside le c l s m, et l a r s finance combien ?')).toBe(
      "qui préside le clsm, et l'ars finance combien ?",
    );
    expect(asRead('le p t s m c quoi')).toBe('le ptsm c quoi');
    // Letters that spell no acronym stay.
    expect(asRead('les points a b c du dossier')).toBe('les points a b c du dossier');
    expect(asRead('la plénière non pardon le copil se réunit quand ?')).toBe(
      'le copil se réunit quand ?',
    );
    expect(asRead('le cotech ou plutôt le copil, qui y siège ?')).toBe('le copil, qui y siège ?');
  });

  it('reads a belief told to be confirmed as what is asked, not the tag nor the situation', () => {
    expect(asRead("la labellisation vaut pour 3 ans, j'ai bon ?")).toBe(
      'la labellisation vaut pour 3 ans ?',
    );
    // A tag of asking words stays, the focus with the belief as its context; so does a tag of
    // its own.
    expect(asRead("la plénière c'est 2 fois par an, c'est vrai ?")).toBe(
      "la plénière c'est 2 fois par an, c'est vrai ?",
    );
    expect(asRead("le cotech valide les programmations. c'est bon ?")).toBe(
      "le cotech valide les programmations. c'est bon ?",
    );
    expect(asRead("c'est bon ?")).toBe("c'est bon ?");
    const believed = split(
      "je viens d'etre recrutée coordo clsm, j'ai cru comprendre que la formation est facultative ?",
    );
    expect(believed.focus).toBe('la formation est facultative');
    expect(believed.preamble).toMatch(/^je viens d'etre recrutée coordo clsm/);
  });

  it('leaves out a last sentence opening on "genre": what the asker has in mind', () => {
    const parts = split('la dd ars fait partie des instances du clsm ? genre elle vote ?');
    expect(parts.focus).toBe('la dd ars fait partie des instances du clsm');
    expect(parts.preamble).toBe('genre elle vote');
    expect(
      split("les publics cibles du ptsm c'est quoi ? j'ai en tete les migrants mais le reste ?")
        .focus,
    ).toBe("les publics cibles du ptsm c'est quoi");
    // Bullets after the question list what the asker has in mind.
    const bullets = split(
      "il faut mettre quelles pieces dans le dossier ?\n- lettres d'engagement ?\n- budget ?\n- autre chose ?",
    );
    expect(bullets.focus).toBe('il faut mettre quelles pieces dans le dossier');
    expect(bullets.preamble).toBe("- lettres d'engagement, - budget, - autre chose");
    // A last sentence that asks is still asked.
    expect(split('la dd ars fait partie du copil ? genre qui vote ?').focus).toMatch(/qui vote/);
  });

  it('takes in the clause that says what "ça" stands for, not the asker\'s own situation', () => {
    expect(
      split("le cls en tant qu'instrument de planification, ca couvre quelles etapes ?").focus,
    ).toBe("le cls en tant qu'instrument de planification, ca couvre quelles etapes");
    const own = split('on reflechit a un cls, ca dure combien de temps ?');
    expect(own.focus).toBe('ca dure combien de temps');
    expect(own.preamble).toBe('on reflechit a un cls');
  });

  it('takes in a short phrase before the ask that narrows it, not a text named there', () => {
    expect(split('En milieu rural, à quoi le CLSM doit-il faire attention ?').focus).toBe(
      'En milieu rural, à quoi le CLSM doit-il faire attention',
    );
    expect(split('pour les sism, le coordo doit bosser avec qui ?').focus).toBe(
      'pour les sism, le coordo doit bosser avec qui',
    );
    const named = split('en lisant le référentiel, qui préside le COPIL ?');
    expect(named.focus).toBe('qui préside le COPIL');
    const text = split('pour le ref 2018, le coordo cls est financé par qui ?');
    expect(text.focus).toBe('le coordo cls est financé par qui');
  });

  it('is a clause asking by its verb and pronoun, which takes in what the pronoun stands for', () => {
    const parts = split(
      'Notre CLSM est financé par la ville. Le référentiel préconise-t-il un autre schéma de financement ?',
    );
    expect(parts.focus).toBe('Le référentiel préconise-t-il un autre schéma de financement');
    const inverted = split(
      "Les dépenses d'investissement, comme l'achat de matériel, sont-elles éligibles au financement ?",
    );
    expect(inverted.focus).toMatch(/^Les dépenses d'investissement/);
    // "Que" opening a clause asks what.
    expect(
      split("Notre mairie avait candidaté en 2012. Que représentait l'ancien cahier des charges ?")
        .focus,
    ).toBe("Que représentait l'ancien cahier des charges");
  });

  it('is a clause asking by its verb and pronoun typed without hyphens, as with them', () => {
    // Who asks and their situation stay the preamble, hyphens typed or not.
    for (const [situation, asked] of [
      [
        'bonjour, je suis referente cls a la dd, une interco a un cls en preparation',
        'son clsm peut il deja etre labellise',
      ],
      [
        'prefecture, bureau des politiques territoriales',
        'le territoire d’un cls doit il etre centre sur les elus',
      ],
      ['nos usagers decrochent au bout de 2 mois', 'le ref national donne t il des pistes'],
    ] as const) {
      expect(split(`${situation}, ${asked} ?`).focus).toBe(asked);
      const hyphenated = asked.replace(/ (il|t il) /, (m) => `-${m.trim().replace(' ', '-')} `);
      expect(hyphenated).toMatch(/-il /);
      expect(split(`${situation}, ${hyphenated} ?`).focus).toBe(hyphenated);
    }
    // A subject pronoun after a word that is no verb is no inversion.
    expect(split('quand il part, le coordo, on fait comment ?').focus).toMatch(/comment$/);
  });

  it('is the question passed on, not the clause asking what to reply, whose text it keeps', () => {
    const quoted = split(
      'le maire me demande : « la plénière, c’est combien de fois par an ? » je lui réponds quoi d’après le cahier des charges ?',
    );
    expect(quoted.focus).toMatch(/combien de fois par an/);
    expect(quoted.focus).toMatch(/cahier des charges/);
    expect(quoted.focus).not.toMatch(/reponds/);
    expect(quoted.preamble).toMatch(/le maire/);
    // Reported without quotes, the relay in a sentence of its own.
    const reported = split(
      'la DDETS me demande si elle doit siéger au COPIL. Que dit le référentiel national ?',
    );
    expect(reported.focus).toMatch(/sieger au copil|siéger au COPIL/i);
    // "qu'est ce qu'en dit", unhyphenated, and a text named by its part relay the same way.
    for (const relay of [
      "qu'est ce qu'en dit la synthese en annexe 2 de l'instruction 2025 ?",
      "la synthese en annexe 2 de l'instruction 2025 dit quoi ?",
    ]) {
      const told = split(
        `un elu me demande si le clsm c'est une structure ou un contrat.. ${relay}`,
      );
      expect(told.focus).toMatch(/une structure ou un contrat/);
      expect(told.focus).toMatch(/annexe 2/);
    }
    // A claim quoted from an old text is what "est-ce toujours exact ?" asks about; who cites
    // it, and from which text, is the situation.
    const cited = split(
      "Un élu me cite l'ancien cahier des charges de 2012 : « Aucun dispositif législatif n'encadre les CLSM ». Est-ce toujours exact d'après l'instruction de mai 2025 ?",
    );
    expect(cited.focus).toMatch(/^« Aucun dispositif législatif n'encadre les CLSM »/);
    expect(cited.focus).toMatch(/instruction de mai 2025/);
    expect(cited.preamble).toMatch(/ancien cahier des charges de 2012/);
    // Who passed a short ask on, told before a colon, is not taken into it.
    const passed = split('le maire me pose la question : PTSM combien de priorites ?');
    expect(passed.focus).toBe('PTSM combien de priorites');
    expect(passed.preamble).toBe('le maire me pose la question');
    // An ask passed on in quotes, leaning on a pronoun, keeps what the pronoun stands for; a
    // text named "annexé à l'instruction" still only says where to look.
    const quotedAsk = split(
      "Une élue me demande : « l'assemblée plénière du CLSM, on la fait tous les combien ? » Que prévoit le référentiel national annexé à l'instruction de mai 2025 ?",
    );
    expect(quotedAsk.focus).toMatch(/^« l'assemblée plénière du CLSM, on la fait tous les combien/);
    expect(quotedAsk.preamble).toBe('Une élue me demande');
    // A greeting opening a later sentence that asks is not politeness only.
    expect(
      split(
        'on prepare le dossier de notre clsm. slt le copil dun clsm il doit se reunir cb de fois par an ?',
      ).focus,
    ).toBe('le copil dun clsm il doit se reunir cb de fois par an');
    // "question de ma collègue de la DD" names who forwarded it, as "question d'un …" does.
    expect(split('question de ma collegue de la dd : copil clsm frequence').focus).toBe(
      'copil clsm frequence',
    );
  });

  it('is not a clause asking only by a relative "qui" after a noun, when an earlier one asks', () => {
    expect(
      split(
        "Le référentiel national reprend-il, pour le COPIL, la règle de l'ancien texte qui demandait de se réunir « régulièrement » ?",
      ).focus,
    ).toMatch(/^Le référentiel national reprend-il/);
    // After a preposition or a verb, "qui" asks.
    expect(split('on a un coordo, le cotech il est animé par qui ?').focus).toBe(
      'le cotech il est animé par qui',
    );
    expect(split('on monte un CLSM, on invite qui au COPIL ?').focus).toBe(
      'on invite qui au COPIL',
    );
  });

  it('is not a last sentence offering choices, which tells what the asker has in mind', () => {
    const parts = split(
      'qui preside le copil elargi du clsm en occitanie ? le maire ou le directeur du CH ?',
    );
    expect(parts.focus).toBe('qui preside le copil elargi du clsm en occitanie');
    expect(parts.preamble).toBe('le maire ou le directeur du CH');
  });

  it('takes in the clause naming what a pronoun opening it stands for', () => {
    const parts = split(
      'les groupes de travail du clsm, ils doivent se voir combien de fois par an ?',
    );
    expect(parts.focus).toMatch(/^les groupes de travail du clsm/);
    // Not for "c'est quoi", which stands for nothing said before.
    expect(
      split('je suis maire, c’est quoi la plus-value d’un CLS pour ma commune ?').preamble,
    ).toBe('je suis maire');
  });

  it('takes in the clause a ruling verb stands for by its object pronoun', () => {
    const parts = split("mon coordo clsm est a 50%, est ce que l'instruction de 2025 l'interdit ?");
    expect(parts.focus).toMatch(/^mon coordo clsm est a 50%/);
    expect(parts.preamble).toBe('');
    // "le faire" stands for what the clause before asks done.
    expect(
      split(
        "je dois mesurer l'impact du clsm, le référentiel considère-t-il que c'est au coordonnateur de le faire ?",
      ).focus,
    ).toMatch(/^je dois mesurer l'impact du clsm/);
    // Any verb, its object pronoun after the subject opening the clause.
    expect(
      split('la formation nationale des coordos est payante, qui la paie, la mairie ou le ch ?')
        .focus,
    ).toMatch(/^la formation nationale des coordos est payante/);
    // Not after an inversion: "qualifie-t-il l'assemblée" names what it asks about.
    expect(
      split('pour un clsm qui démarre, comment le référentiel qualifie-t-il l’assemblée plénière ?')
        .preamble,
    ).toBe('pour un clsm qui démarre');
    // A noun after the article is no pronoun: "la recommandation" asks of itself.
    expect(
      split('je suis coordo, que dit la recommandation nationale sur le temps de travail ?')
        .preamble,
    ).toBe('je suis coordo');
  });

  it('takes in the aim told before a clause ending on "pour ça"', () => {
    const parts = split(
      'bonjour, on veut fixer par écrit le rôle de notre coordo, le référentiel conseille quels documents pour ça ?',
    );
    expect(parts.focus).toMatch(/^on veut fixer par écrit le rôle de notre coordo, /);
    // "ça" elsewhere in the clause stands for nothing told before it.
    expect(split('on démarre, ça coûte combien un coordo ?').preamble).toBe('on démarre');
  });

  it('takes in the clause naming the body an inverted pronoun after an interrogative stands for', () => {
    const parts = split(
      'Cahier des charges 2023 : qui compose le comité technique, à quelle fréquence se réunit-il ?',
    );
    expect(parts.focus).toBe('qui compose le comité technique, à quelle fréquence se réunit-il');
    // Not when a subject is named before the verb: "le cadre national" is what "il" repeats.
    expect(
      split(
        'le cdc occitanie ne fixe pas de rythme pour le COPIL : combien de réunions par an le cadre national prévoit-il ?',
      ).focus,
    ).toBe('combien de réunions par an le cadre national prévoit-il');
    // Nor when the clause before names no body.
    expect(
      split('on démarre un clsm rural, combien de membres compte-t-il au minimum ?').focus,
    ).toBe('combien de membres compte-t-il au minimum');
  });

  it('is a whole message whose last sentence opens on a pronoun standing for what it names', () => {
    const parts = split(
      "on signe le contrat de ville « engagements quartiers 2030 ». qu'est ce qu'il prevoit pour les clsm ?",
    );
    expect(parts.focus).toMatch(/^on signe le contrat de ville/);
    // An impersonal "il" stands for nothing: the last sentence alone is asked.
    expect(
      split("on demande un financement pour 2 actions. qu'est ce qu'il faut joindre au dossier ?")
        .preamble,
    ).toBe('on demande un financement pour 2 actions');
  });

  it('is not a list of choices joined by "ou" (or), which folds like "où" (where)', () => {
    const parts = split('qui depose la candidature : la mairie, l hopital ou l asso d usagers ?');
    expect(parts.focus).toMatch(/^qui depose la candidature/);
    expect(parts.preamble).toBe('');
  });

  it('still reads "où", and "ou" opening or closing a clause, as asking where', () => {
    expect(split('je suis coordo, où trouver le guide du référentiel ?').focus).toBe(
      'où trouver le guide du référentiel',
    );
    expect(split('petite question, ou trouver le guide detaille ?').focus).toBe(
      'ou trouver le guide detaille',
    );
  });

  it('leaves out what is told after the question mark when it asks nothing', () => {
    const parts = split(
      'qui compose le cotech du clsm en occitanie ? on hesite a y mettre les usagers',
    );
    expect(parts.focus).toBe('qui compose le cotech du clsm en occitanie');
    expect(parts.preamble).toBe('on hesite a y mettre les usagers');
    // A second question after the first is still asked.
    expect(split('le cotech se reunit combien de fois ? et il sert a quoi ?').focus).toMatch(
      /sert a quoi/,
    );
  });

  it('takes in the clause before a short question for its words, and says it asks nothing', () => {
    const parts = splitQuestion(
      "hello, notre projet est cosigne par l'hopital, l'unafam et le gem, faut il qd meme les lettres d'engagement ?",
      longWords,
    );
    expect(parts.focus).toMatch(/^l'unafam et le gem, faut il/);
    expect(parts.lent).toEqual(["l'unafam et le gem"]);
    expect(parts.padding).toEqual(["l'unafam et le gem"]);
    // A clause taken in for the pronoun it explains is lent, but not padding: who asks there
    // may be what "le faire" is about.
    const pronoun = splitQuestion(
      'je suis seule coordinatrice à 0,8 ETP, le référentiel considère-t-il que c’est au coordonnateur de le faire ?',
      longWords,
    );
    expect(pronoun.lent).toEqual(['je suis seule coordinatrice à 0,8 ETP']);
    expect(pronoun.padding).toBeUndefined();
    // Context told after the question mark keeps that reading.
    const after = splitQuestion(
      "notre projet est cosigne par l'hopital, l'unafam et le gem, faut il les lettres d'engagement ? on hesite",
      longWords,
    );
    expect(after.lent).toEqual(["l'unafam et le gem"]);
    expect(after.preamble).toMatch(/on hesite$/);
  });

  it.each([
    [
      'the asker\'s own case told after the question is the situation, "qui" or not',
      "qui depose le dossier ? chez nous c'est le CH qui anime tout",
      'qui depose le dossier',
      "chez nous c'est le CH qui anime tout",
    ],
    [
      'the last sentence is asked when it holds the question mark and no interrogative',
      'notre clsm a pris les jeunes comme priorite. ca change la compo du copil ?',
      'ca change la compo du copil',
      'notre clsm a pris les jeunes comme priorite',
    ],
    [
      "the asker's situation told before a colon is the situation, a text named there is not",
      "bonjour, on prepare l'AG pour octobre : la pleniere c'est 1 fois par an ?",
      "la pleniere c'est 1 fois par an",
      "on prepare l'AG pour octobre",
    ],
    [
      'a moment guessed after the question, in its own sentence, is what the asker has in mind',
      'le bilan on le fait quand ? a la fin de chaque annee ?',
      'le bilan on le fait quand',
      'a la fin de chaque annee',
    ],
    [
      'a moment guessed in a last clause is what the asker has in mind',
      'a quel moment faut il lancer le diagnostic, au bout de 2 ans ?',
      'a quel moment faut il lancer le diagnostic',
      'au bout de 2 ans',
    ],
    [
      'a text named before a colon stays in what is asked',
      "ref 2018 : le copil c'est 2 fois par an ?",
      "ref 2018, le copil c'est 2 fois par an",
      '',
    ],
  ])('splits focus and situation: %s', (_why, question, focus, preamble) => {
    const parts = split(question);
    expect(parts.focus).toBe(focus);
    expect(parts.preamble).toBe(preamble);
  });

  it('keeps a decimal whole: its point or comma ends no sentence and no clause', () => {
    for (const figure of ['0.5', '0,5']) {
      const parts = splitQuestion(
        `bjr, on a un coordo à ${figure} ETP. le référentiel dit quoi sur la quotité ?`,
        words,
      );
      expect(`${parts.preamble} | ${parts.focus}`).toContain(`${figure} ETP`);
    }
  });

  it('reads who asks ("mon élu me demande…") as the situation', () => {
    const parts = split(
      'bonjour, mon elu me demande combien de fois par an on doit reunir le copil',
    );
    expect(parts.focus).toBe('combien de fois par an on doit reunir le copil');
    expect(parts.preamble).toMatch(/mon elu me demande$/);
    // Who holds a claim to check is the situation too; a text that says it is asked.
    const claim = split(
      "mon directeur affirme que le référentiel recommande un coordo à temps plein, c'est exact ?",
    );
    expect(claim.focus).toMatch(/^le référentiel recommande/);
    expect(claim.preamble).toBe('mon directeur affirme');
    // So is one told before "qu'en disent les textes ?", which passes the claim on.
    const passed = split(
      "l'élu soutient que le CLSM est une association, selon le ref : qu'en disent les textes ?",
    );
    expect(passed.focus).toMatch(/^le CLSM est une association/);
    expect(passed.preamble).toBe("l'élu soutient");
    expect(
      split("Un élu m'indique que le CLSM est devenu obligatoire. Est-ce exact ?").preamble,
    ).toBe("Un élu m'indique");
    expect(split("une élue m'a écrit que la plénière était facultative, c'est exact ?").focus).toBe(
      "la plénière était facultative, c'est exact",
    );
    expect(
      split("le référentiel dit que le COPIL se réunit deux fois par an, c'est ça ?").focus,
    ).toMatch(/^le référentiel dit que/);
    // "on se demande" closing a question that asks already is left where it is.
    expect(split('a quoi sert la pleniere, on se demande si ca vaut le coup').focus).toMatch(
      /^a quoi sert/,
    );
  });
});

describe('an item checked against a list', () => {
  it('is what comes before "fait partie de", "figure parmi", "est dans la liste"; not a word that asks nor a rule', () => {
    const item = (q: string) => split(q).item;
    expect(item('La charte de partenariat fait-elle partie des pièces du dossier ?')).toBe(
      'La charte de partenariat',
    );
    expect(item('la CPAM figurait-elle parmi les destinataires du bilan annuel ?')).toBe('la CPAM');
    expect(item("les cmp etaient ils dans la liste des outils de l'ancien cdc ?")).toBe('les cmp');
    expect(item('qui fait partie du COPIL ?')).toBeUndefined();
    expect(item('quels acteurs figurent parmi les membres de la plénière ?')).toBeUndefined();
    expect(
      item("Les pharmaciens d'officine doivent-ils faire partie des groupes de travail ?"),
    ).toBeUndefined();
    // "en" stands for the list asked before, not for a part of the item.
    expect(item("La santé mentale en fait-elle partie d'office ?")).toBe('La santé mentale');
    // The list asked first, then the item checked against it: "le cotech en fait partie ?".
    expect(
      item(
        "quelles sont les 3 instances d'un CLSM dans le référentiel 2025 ? le cotech en fait partie ?",
      ),
    ).toBe('le cotech');
    // "…, et X en fait-elle partie ?": the list asked in the clause before stays asked.
    const crisis = split(
      'Combien de priorités un PTSM doit-il couvrir, et la gestion des moments de crise en fait-elle partie ?',
    );
    expect(crisis.item).toBe('la gestion des moments de crise');
    expect(crisis.focus).toMatch(/^Combien de priorités un PTSM/);
    expect(
      item('y en a combien, et est ce que faire connaitre l’offre du territoire en fait partie ?'),
    ).toBe('faire connaitre l’offre du territoire');
    // A thing planned, then "ça rentre dedans ?": the thing, without the plan to do it.
    expect(item('on voudrait faire un annuaire des ressources, ça rentre dedans ?')).toBe(
      'un annuaire des ressources',
    );
  });
});

describe('withoutSignOff', () => {
  it('drops the sign-off and signature of a pasted email, never a question', () => {
    expect(
      withoutSignOff('quel plafond pour 44 000 hab ? bien cordialement, service sante cc'),
    ).toBe('quel plafond pour 44 000 hab ?');
    expect(withoutSignOff("qui preside le copil. merci d'avance ! -- julie, coordo clsm")).toBe(
      'qui preside le copil.',
    );
    expect(withoutSignOff('merci de me dire le plafond pour 50 000 hab')).toBe(
      'merci de me dire le plafond pour 50 000 hab',
    );
    expect(withoutSignOff('qui preside -- le maire ou le prefet ?')).toBe(
      'qui preside -- le maire ou le prefet ?',
    );
  });
});

describe('what follows a question mark', () => {
  it('asks a value named after it with a please ("le numéro svp")', () => {
    const parts = split('le cdc demande un cerfa pour les actions, c lequel ? le numero svp');
    expect(parts.focus).toMatch(/le numero svp$/);
  });

  it('tells, not asks, what the asker says they do not know', () => {
    const parts = split(
      'le conseil territorial de santé, qui siège dedans ? le ref cls en parle mais jsp comment il est composé',
    );
    expect(parts.focus).toBe('qui siège dedans');
    expect(parts.preamble).toMatch(/jsp comment il est composé/);
  });
});

describe('examples listed in brackets, trailing off', () => {
  it('end no sentence and split no clause', () => {
    expect(
      asRead('ya un logiciel pour le suivi du clsm (nb de reunions, participants, actions...) ?'),
    ).toBe('ya un logiciel pour le suivi du clsm (nb de reunions  participants  actions etc) ?');
  });
});

describe('a list within a clause', () => {
  it('keeps "entre A, B et C" whole: its comma ends no clause', () => {
    const parts = split(
      "Le ref prévoit un financement partagé entre la commune, l'hôpital et l'ARS : quelle part chacun doit-il prendre ?",
    );
    expect(parts.focus).toBe('quelle part chacun doit-il prendre');
    expect(parts.preamble).toBe(
      "Le ref prévoit un financement partagé entre la commune l'hôpital et l'ARS",
    );
  });
});

describe('a relay', () => {
  it('passes on the ask before it, "ça" and "exactement" naming nothing of its own', () => {
    expect(isRelay('ça dit quoi exactement ?')).toBe(true);
    expect(isRelay('le ref 2018 dit quoi concrètement sur le COTECH ?')).toBe(false);
    const parts = split(
      "le président se demande si un coordo cls c'est vraiment utile. il a entendu que le ref 2018 en parle, ça dit quoi exactement ?",
    );
    expect(parts.focus).toMatch(/^un coordo cls c'est vraiment utile/);
  });

  it('is "ou le référentiel attend-il autre chose ?" after an ask: the ask is what is checked', () => {
    expect(isRelay('ou le référentiel attend-il autre chose ?')).toBe(true);
    expect(isRelay('le cdc demande autre chose pour le dossier ?')).toBe(false);
  });

  it('is "est-ce que le ref ou le cdc dit qqch là-dessus ?": whether a text says something', () => {
    expect(isRelay('est-ce que le ref ou le cdc dit qqch là-dessus ?')).toBe(true);
    expect(isRelay('le cdc dit quelque chose à ce sujet ?')).toBe(true);
    expect(isRelay('le cdc dit quelque chose sur le COTECH ?')).toBe(false);
  });

  it('is "c\'est le cas ?" after a claim: the claim is asked, not "le cas"', () => {
    expect(isRelay("c'est bien le cas ?")).toBe(true);
    // What a text puts forward, asked of it, relays too.
    expect(isRelay('le ref 2025 propose quoi ?')).toBe(true);
    const parts = split(
      "bonjour, mon adjoint pense que la commune doit payer la moitié du poste de coordo, c'est le cas ?",
    );
    expect(parts.focus).toMatch(/^la commune doit payer la moitié du poste de coordo/);
  });
});

describe('the aim of what was told ("pour gagner du temps")', () => {
  it('ending the sentence before the ask, narrows nothing asked', () => {
    const parts = split(
      "le maire voudrait ne tenir la plénière qu'un an sur deux, pour économiser du temps. Le référentiel national fixe-t-il un rythme pour cette assemblée ?",
    );
    expect(parts.focus).toBe('Le référentiel national fixe-t-il un rythme pour cette assemblée');
  });

  it('is passed over when a pronoun leans on what was told', () => {
    const parts = split(
      "Le président a proposé de ne réunir la plénière qu'une année sur deux, pour simplifier l'agenda. Est-ce conforme au référentiel national ?",
    );
    expect(parts.focus).toMatch(/^Le président a proposé .* sur deux, Est-ce conforme/);
    expect(parts.preamble).toBe("pour simplifier l'agenda");
  });
});

describe('a body put first in the clause that asks', () => {
  it('is what its pronoun stands for, not something told before', () => {
    const parts = split(
      'on cale notre agenda de l’année : la plénière on doit la faire tous les combien selon le ref ?',
    );
    expect(parts.focus).toMatch(/^la plénière on doit la faire/);
    expect(parts.preamble).toMatch(/on cale notre agenda/);
  });
});

describe('who holds a claim, in the past tense', () => {
  it('("le DGS a affirmé que…") is told; the claim is asked', () => {
    const parts = split(
      'Au dernier conseil, un adjoint a affirmé que toute commune doit avoir un CLSM. Est-ce exact ?',
    );
    expect(parts.focus).toMatch(/^toute commune doit avoir un CLSM/);
    expect(parts.preamble).toMatch(/un adjoint a affirmé/);
  });

  it('is told when the claim opens on an impersonal "il faut": "il" is not who holds it', () => {
    const parts = split(
      "Mon collègue pense qu'il faut quand même joindre une lettre d'engagement de chaque partenaire. C'est obligatoire ?",
    );
    expect(parts.focus).toMatch(/^il faut quand même joindre/);
    expect(parts.preamble).toMatch(/Mon collègue pense/);
    const future = split(
      "notre dgs dit qu'il faudra cofinancer à parts égales le poste de coordo, c'est exact ?",
    );
    expect(future.focus).toMatch(/^il faudra cofinancer/);
  });
});
