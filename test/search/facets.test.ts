import { describe, expect, it } from 'vitest';
import { plainQuestion } from '../../src/search/analyser.js';
import { questionFacets } from '../../src/search/facets.js';
import { startEngine } from '../../src/search/engine.js';

const facets = (q: string) => questionFacets(plainQuestion(q));

describe('the facet a question asks', () => {
  it.each([
    ['combien de fois se réunit le COPIL ?', 'cadence'],
    ['le copil doit se réunir tous les combien ?', 'cadence'],
    ['le bilan, c’est tous les ans ou tous les 5 ans ?', 'cadence'],
    // A meeting held again "à date fixe" is a rhythm; a dossier "à date fixe" is a date.
    ['le cotech, on doit le refaire à date fixe ?', 'cadence'],
    ['la candidature est-elle à déposer à date fixe ?', 'date'],
    // "le refaire quand ? combien de fois par an ?": how often, not a label renewed each year.
    ['il faut le refaire quand ? c’est combien de fois par an ?', 'cadence'],
    ['qui compose le COPIL ?', 'composition'],
    // "tenus de": bound to.
    ['est-ce que les CLSM sont tenus de donner un avis ?', 'obligation'],
    ['de quoi le comité de pilotage est-il composé ?', 'composition'],
    ['délai pour déposer le dossier de labellisation ?', 'date'],
    ["délai de réponse de l'ARS après le dépôt ?", 'duree'],
    ['qui est la référente régionale CLS ?', 'contact'],
    ['où trouver le référent CLS de mon département ?', 'contact'],
    ['qui siège au COPIL ?', 'composition'],
    ['c’est qui exactement dans le cotech ?', 'composition'],
    ["qui est l'actuel directeur général de l'ARS ?", 'contact'],
    ['quand on doit déposer le dossier ?', 'date'],
    ['quand le dossier est-il déposé ?', 'date'],
    ['quand la plénière a lieu ?', 'date'],
    // A closing "et quand ?" asks a date whatever opened the question.
    ["qu'est-ce qu'on envoie à l'ARS et quand ?", 'date'],
    ['qui met de l’argent dans le CLSM ?', 'financeur'],
    ['la plénière doit se tenir en mairie ?', 'lieu'],
    ['le copil, on le réunit où ?', 'lieu'],
    ['pour le budget, qui est censé mettre au pot ?', 'financeur'],
    ['a quoi il sert le comite technique du clsm ?', 'role'],
    ["qui peut être à l'initiative d'un CLSM ?", 'porteur'],
    ['qui représente les usagers au COPIL ?', 'composition'],
    ['les représentants des usagers siègent-ils au COPIL ?', 'composition'],
    ['qui pilote le CLSM ?', 'presidence'],
    ['le président de l’agglo préside-t-il le COPIL ?', 'presidence'],
    ['qui est à la tête du COPIL élargi ?', 'presidence'],
    ['le comité technique, qui est dedans ?', 'composition'],
    ["le référentiel prévoit-il qu'on soit dans le COPIL ?", 'composition'],
    ["l'ARS versait combien par CLSM ?", 'montant'],
    ["quelle répartition entre la commune et l'ARS ?", 'montant'],
    ["l'ars aide le diagnostic du cls ? a hauteur de combien ?", 'montant'],
    // A price per meeting or per person, not how many meetings.
    ["c'est combien par réunion selon le ref ?", 'montant'],
    ['le ref national dit combien par réunion pour les usagers ?', 'montant'],
    ['comment répartir la facture du CLSM ?', 'financeur'],
    ['le GEM est-il financé par l’ARS ou par la commune ?', 'financeur'],
    ['les fonds de la politique de la ville peuvent-ils payer la coordination ?', 'financeur'],
    ["que prévoyait l'instruction de 2016 en matière de financement des CLSM ?", 'financeur'],
    ['que dit le référentiel concernant le financement du coordonnateur ?', 'financeur'],
    ['que faut-il joindre au dossier ?', 'pieces'],
    ['pour demander des sous pour des actions du clsm, on joint quoi ?', 'pieces'],
    ['le calendrier qu’on joint au dossier, il couvre quoi ?', 'pieces'],
    ['où envoyer le dossier de labellisation ?', 'contact'],
    ["à qui la mairie peut-elle s'adresser à l'ARS ?", 'contact'],
    ['on envoie le dossier de labellisation a qui au siege ?', 'contact'],
    ["quelle est l'adresse électronique de la référente régionale ?", 'contact'],
    ['un CLS ça dure combien de temps ?', 'duree'],
    ['un cls est signé pour combien de temps ?', 'duree'],
    // What a text says on the duration asks it, unlike "sur la durée du CLS" (for its term).
    ["le referentiel cls 2018 dit quoi sur la duree d'un cls ?", 'duree'],
    ['qui siège au comité de pilotage ?', 'composition'],
    ['ce conseil, il est composé comment ?', 'composition'],
    ["qui doit payer un clsm d'apres le referentiel ?", 'financeur'],
    ['la formation, qui la paie ?', 'financeur'],
    ['le coordonnateur est payé par qui ?', 'financeur'],
    ['qui est censé payer le clsm ?', 'financeur'],
    ['la comcom doit-elle mettre la même somme que l’ARS ?', 'financeur'],
    ['faut-il que la commune mette la même somme ?', 'financeur'],
    ['quels partenaires doivent financer le clsm ?', 'financeur'],
    ['quelles collectivités paient la coordination ?', 'financeur'],
    ['qui employait le coordonnateur et pour quelle part de son temps ?', 'quotite'],
  ])('"%s" asks %s', (q, facet) => expect(facets(q)).toContain(facet));

  it.each([
    ["l'instruction de 2025 s'applique-t-elle à La Réunion ?", 'cadence'],
    ["Quelle équipe forme souvent le comité technique d'un CLS ?", 'cadence'],
    ["Quels portraits composent le diagnostic partagé d'un CLS ?", 'composition'],
    ["délai de réponse de l'ARS après le dépôt ?", 'date'],
    ['le cotech, on doit le refaire à date fixe ?', 'date'],
    ['il faut le refaire quand ? c’est combien de fois par an ?', 'duree'],
    ["Le CLS est-il obligatoire d'après le tableau de synthèse annexé à l'instruction ?", 'pieces'],
    // A referent's role is not a contact to find.
    ['quelles sont les trois fonctions de référent du coordinateur de CLS ?', 'contact'],
    ['que fait le coordinateur CLS en tant que référent de la planification ?', 'contact'],
    // The head office, what a body stands for, who updates, a regional plan: other questions.
    ["a qui au siege de l'ars on envoie la candidature ?", 'composition'],
    ['le clsm il represente quoi par rapport au cls ?', 'composition'],
    ['qui met a jour le diagnostic territorial du cls ?', 'financeur'],
    ['le cls sert a mettre en oeuvre quel document regional ?', 'pieces'],
    // "Le plus souvent" is usually, "dans la durée" over time.
    ['à quelle échelle un PTSM est-il le plus souvent défini ?', 'cadence'],
    ['que faire pour que la participation des usagers tienne dans la durée ?', 'duree'],
    // "Signé pour que…" (so that) is no term of signature.
    ["faut-il un CLS signé pour que l'ARS finance le CLSM ?", 'duree'],
    // "Quand on définit…" (when, as one does) within the sentence asks no date.
    ['faut-il privilégier certains territoires quand on définit le périmètre ?', 'date'],
    ['quelle formation pour les professionnels au contact du public ?', 'contact'],
    ["que fait le COPIL des problèmes remontés par l'équipe d'animation ?", 'presidence'],
    // The ARS's head office, what a CLSM stands for, who starts one, a text answered to.
    ['a qui on envoie le dossier cote siege ars ?', 'composition'],
    ['le CLSM représente la gouvernance de quoi ?', 'composition'],
    ["qui peut être à l'initiative d'un CLSM ?", 'composition'],
    ['le coordo devait répondre à quel document en 2012 ?', 'pieces'],
    // The dossier's provisional timetable is a piece; to whom a report goes is not an address.
    ['Sur quelles étapes doit porter le calendrier prévisionnel ?', 'date'],
    ['quel calendrier doit figurer dans le dossier ?', 'date'],
    ['pour le dossier, faut un calendrier ?', 'date'],
    ['a qui transmettre le bilan du clsm ?', 'contact'],
    // Applying overseas is not a duration; a departmental plan is not a piece of the dossier.
    ['instruction clsm 2025 valable outre mer ?', 'duree'],
    ['la comcom doit-elle mettre la même somme que l’ARS ?', 'montant'],
    // How many times a year is a cadence, not a price.
    ["le copil c'est combien par an ?", 'montant'],
    // A yearly programme is what is validated, not how often.
    ["c'est le copil du cls qui valide la programmation annuelle ?", 'cadence'],
    // "À hauteur des besoins" is no amount.
    ['le programme est-il dimensionné à hauteur des besoins du territoire ?', 'montant'],
    // "Quand X, il doit…" sets a condition, it asks no date.
    ['quand le cotech fixe les objectifs prioritaires, il doit tenir compte du ptsm ?', 'date'],
    // So does "quand X, qui…" or "…, le CLSM fait quoi ?": the question follows the comma.
    ['quand il existe déjà une plateforme de répit, le CLSM fait quoi ?', 'date'],
    ["quand un clsm était financé par l'ars, qui était l'employeur du coordo ?", 'date'],
    // Nor "quand X est labellisé" before the ask: once it is.
    ['quand un clsm est labellisé on a quelle place dans ses instances ?', 'date'],
    // After "quelles …" in the same clause, "quand" is "in the case where".
    [
      'Quelles préconisations le référentiel formule-t-il sur les instances quand un territoire porte un CLS et un CLSM ?',
      'date',
    ],
    // Places a count "touches" are no money received.
    ['combien de CLSM en 2024, et combien touchaient un quartier prioritaire ?', 'montant'],
    // The plenary named as the yearly meeting it is asks no cadence of it.
    ["l'assemblée plénière annuelle, elle sert à quoi ?", 'cadence'],
    // A floor or a ceiling of population bounds a size, not an amount.
    ['population plancher ou plafond pour créer un CLSM ?', 'montant'],
    // The maximum of a duration is no amount.
    ["le programme d'actions peut-il s'étaler sur plusieurs années ? sur combien max ?", 'montant'],
    // Nor that of a size.
    ['y a-t-il une taille moyenne de référence ou un seuil max pour un CLSM ?', 'montant'],
    ["y a-t-il un nombre d'habitants minimum ou maximum pour faire un clsm ?", 'montant'],
    // A figure "donné" by a text is no money given.
    [
      "combien d'habitants un CLSM couvre-t-il selon le repère donné par le référentiel ?",
      'montant',
    ],
    // "Sommes-nous tenus…" is the verb, not a sum of money.
    ['Sommes-nous tenus de décliner localement cette action du PTSM ?', 'montant'],
    // Who decides a composition asks who decides, not who sits.
    ['qui décidait de la création et de la composition des groupes de travail ?', 'composition'],
    [
      "dans l'ancien cdc, qui choisissait les groupes de travail et leur composition ?",
      'composition',
    ],
    // Nor a count of things a text gives ("combien d'objectifs … donne").
    ["combien d'objectifs opérationnels le référentiel donne-t-il au CLSM ?", 'montant'],
    ['De quel document départemental le comité technique doit-il tenir compte ?', 'pieces'],
    // A document not of the dossier, a year a thing dates from, a mail as a channel.
    ['le cotech doit tenir compte de quel document quand il fixe le programme ?', 'pieces'],
    ['notre premier cls date de 2019, on pourra le renouveler ?', 'date'],
    ['le dossier on l’envoie comment, par courrier ou par mail ?', 'contact'],
    ['en 2012 le bilan annuel il fallait l envoyer a qui ?', 'contact'],
    // A relative "qui" after a noun, a bearer, reaching someone: not who chairs, sits, or which pieces.
    ["le coordo faisait-il partie de l'équipe qui pilote le CLS ?", 'presidence'],
    ["qui peut être porteur d'un CLSM labellisé ?", 'composition'],
    ['comment les habitants peuvent-ils le joindre ?', 'pieces'],
    // "Pour que la participation dure" is not how long; "revenait au COPIL" is not who sits.
    ['que faire pour que la participation des usagers dure dans le temps ?', 'duree'],
    // How many missions the old text gave is no money.
    ['le cahier des charges de 2012 donnait combien de missions au CLSM ?', 'montant'],
    // A person to reach is no piece to join to the dossier.
    ["c'est qui la personne à joindre au ministère pour l'instruction ?", 'pieces'],
    ['quel rôle financier revenait au comité de pilotage en 2012 ?', 'composition'],
    [
      'quelles mesures pour que la participation des personnes concernées dure dans le temps ?',
      'duree',
    ],
    // "combien et lesquels" counts items; "quand X…, il doit tenir compte de quoi" asks no date.
    ['les objectifs opérationnels, le référentiel en donne combien et lesquels ?', 'montant'],
    ['quand le comité technique fixe les objectifs, il doit tenir compte de quoi ?', 'date'],
    ['quand le comité technique fixe les objectifs il doit tenir compte de quoi ?', 'date'],
    // "tous les 5 ans" is how often, not how long.
    ['le bilan, c’est tous les ans ou tous les 5 ans ?', 'duree'],
    // Who asks, by a title ("la présidente de la comcom"), is not who presides.
    [
      'la présidente de la comcom veut garder le même coordo pour le CLS et le CLSM ?',
      'presidence',
    ],
    ['le président de l’agglo doit-il siéger au COPIL ?', 'presidence'],
    // "notamment quand": a case singled out, not a date asked.
    ['que prévoit le ref pour la formation, notamment quand le poste est à l’hôpital ?', 'date'],
    // A body "avec son budget à part" is what it is, not an amount asked.
    ['un clsm c’est une nouvelle structure avec son budget à part ?', 'montant'],
    // Members a contract binds say what it is, not who sits.
    ['le CLSM est-il une entité juridique, ou un contrat liant ses membres ?', 'composition'],
    // Meeting within another body, or with it, is where the CLSM meets, not how often.
    ['le CLSM peut-il se réunir dans le COPIL du CLS ?', 'cadence'],
    ['notre clsm se réunirait avec le copil du cls, ça va ?', 'cadence'],
    // Signed "for now" tells a state, not how long a contract is signed for.
    ["notre CLS n'est pas signé pour l'instant, peut-on candidater au label ?", 'duree'],
    // "ce qui doit être défini": what a contract sets out, not who sits.
    ["qu'est-ce qui doit être défini dans un CLS d'après le tableau ?", 'composition'],
    // "qu'est-ce que … préconise … quand X et Y coexistent": in the case where, not a date.
    [
      "qu'est-ce que le référentiel préconise pour la coordination quand CLS et CLSM coexistent ?",
      'date',
    ],
    // What a thing funds is not who funds it.
    ['quelles structures le CLSM finance-t-il ?', 'financeur'],
    // "quand un territoire a…": in the case where it has, not a date ("quand le COPIL a lieu"
    // is one).
    ['que conseille le référentiel quand une commune a déjà un CLS ?', 'date'],
    // Members by whom something is done are not who sits.
    [
      "l'ancien texte évaluait l'appropriation du projet par les membres du CLSM à quel rythme ?",
      'composition',
    ],
    // "dans 2-3 ans": when something will be done, not how long anything lasts.
    ['on fera le bilan dans 2-3 ans, c’est trop tard ?', 'duree'],
    ["on s'occupera de l'évaluation d'ici 3 ans, ça va ?", 'duree'],
    // "la partie calendrier … on y met quoi": a section's content, not a date.
    ['dans la partie calendrier du dossier, on doit mettre quoi ?', 'date'],
  ])('"%s" does not ask %s', (q, facet) => expect(facets(q)).not.toContain(facet));
});

describe('acronyms a candidate must have', () => {
  const { engine } = startEngine();

  it('are those asked, not those of the situation told before the question', () => {
    const a = engine.analyse(
      "Notre projet de CLSM est cosigné par l'hôpital, l'UNAFAM et le GEM. Doit-on quand même joindre des lettres d'engagement au dossier ?",
    );
    expect(a.candidates[0]?.entry.id).toBe('dossier-lettres-engagement');
  });

  it('include a name spelled out: "contrat local de santé" is the CLS, not the CLSM', () => {
    const a = engine.analyse(
      "Comment l'ARS participe-t-elle au financement du poste de coordonnateur d'un contrat local de santé ?",
    );
    expect(a.acronyms).toContain('cls');
    expect(a.candidates[0]?.entry.id).toBe('financement-coordonnateur-cls-parite');
  });

  it('leave out the bodies that issue the texts (ARS, DGS)', () => {
    const a = engine.analyse(
      "L'instruction DGS de 2025 sur les CLSM est-elle un document opposable ?",
    );
    expect(a.candidates.map((c) => c.entry.id)).toContain('instruction-2025-statut-juridique');
  });
});
