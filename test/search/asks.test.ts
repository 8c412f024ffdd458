import { describe, expect, it } from 'vitest';
import { splitAsks } from '../../src/search/asks.js';

const focuses = (q: string) => splitAsks(q).map((a) => a.focus);

describe('the asks of a question', () => {
  it.each([
    [
      "en occitanie qui préside le COPIL élargi et qui l'anime ?",
      ['en occitanie qui preside le copil elargi', "qui l'anime"],
    ],
    [
      'à quel rythme se tient la plénière, et à quoi sert-elle ?',
      ['a quel rythme se tient la pleniere', 'a quoi sert-elle'],
    ],
    [
      'Quelle population couvre un CLSM en moyenne, et cette donnée date de quelle année ?',
      ['quelle population couvre un clsm en moyenne', 'cette donnee date de quelle annee'],
    ],
    ["qui dépose le dossier et jusqu'à quand ?", ['qui depose le dossier', "jusqu'a quand"]],
    [
      'le cotech il sert a quoi et faut le reunir a quel rythme ?',
      ['le cotech il sert a quoi', 'faut le reunir a quel rythme'],
    ],
    [
      'qui signe un CLS et pour combien de temps est-il conclu ?',
      ['qui signe un cls', 'pour combien de temps est-il conclu'],
    ],
    [
      'le dossier on l’envoie comment, par courrier ou par mail, et y a une date butoir ?',
      ["le dossier on l'envoie comment, par courrier ou par mail", 'y a une date butoir'],
    ],
    // "il y a", and "ya" typed for it, open an ask joined as "y a" does.
    [
      'la candidature on l’envoie à qui, et ya une échéance ?',
      ["la candidature on l'envoie a qui", 'il y a une echeance'],
    ],
    [
      'qui signe la convention, et il y a un modèle ?',
      ['qui signe la convention', 'il y a un modele'],
    ],
    [
      'groupes de travail : créés sur quelle base et ils se réunissent à quel rythme ?',
      ['groupes de travail : crees sur quelle base', 'ils se reunissent a quel rythme'],
    ],
    [
      "combien au plus l'ARS peut financer et faut-il que la commune mette autant ?",
      ["combien au plus l'ars peut financer", 'faut-il que la commune mette autant'],
    ],
    [
      'le copil se réunit combien de fois et doit il inviter les usagers ?',
      ['le copil se reunit combien de fois', 'doit il inviter les usagers'],
    ],
    ["le copil c'est qui et ça se réunit quand ?", ["le copil c'est qui", 'ca se reunit quand']],
    [
      "l'instruction s'applique-t-elle tout de suite, et est-elle opposable ?",
      ["l'instruction s'applique-t-elle tout de suite", 'est-elle opposable'],
    ],
    [
      'combien de fois se réunissent le copil et la plénière ?',
      // The same ask of each body (its article is the first's: the words are what count).
      ['combien de fois se reunissent le copil', 'combien de fois se reunissent le pleniere'],
    ],
    [
      "le copil elargi c'est qui qui le preside et ca sert a quoi ?",
      ["le copil elargi c'est qui qui le preside", 'ca sert a quoi'],
    ],
    [
      "l'instruction de 2025 date de quel jour, et elle remplace celle de 2016 ou pas ?",
      ["l'instruction de 2025 date de quel jour", 'elle remplace celle de 2016 ou pas'],
    ],
    [
      'bonjour, je suis maire, qui signe un CLS ? et ça dure combien de temps ?',
      ['qui signe un cls', 'et ca dure combien de temps'],
    ],
    [
      "bonjour, on est une comcom de 22 000 hab, c'est trop petit pour un clsm ? y a un repere de taille moyenne ?",
      ["c'est trop petit pour un clsm", 'y a un repere de taille moyenne'],
    ],
    [
      // What an ask sets aside ("outre…", "au-delà de…") is its context, not what it asks.
      'Outre leur avis sur le PTSM, à quoi les CLSM peuvent-ils être associés, et sur quel article ?',
      ['a quoi les clsm peuvent-ils etre associes', 'sur quel article'],
    ],
    [
      'les groupes de travail sont créés sur quelle base et se réunissent tous les combien ?',
      ['les groupes de travail sont crees sur quelle base', 'se reunissent tous les combien'],
    ],
    [
      // Asks in a row after commas; not a relative "qui" that only tells the situation.
      'qui compose le comité technique, à quelle fréquence se réunit-il ?',
      ['qui compose le comite technique', 'a quelle frequence se reunit-il'],
    ],
    [
      'pour un CLSM qui fonctionne déjà, quelle pièce joindre et que doit-elle dire ?',
      ['pour un clsm qui fonctionne deja, quelle piece joindre', 'que doit-elle dire'],
    ],
    [
      'Qui finance le coordinateur ? Que signifie ce partage ?',
      ['qui finance le coordinateur', 'que signifie ce partage'],
    ],
    [
      // A yes/no ask joined by "et il doit…"; the asker's own situation, told first, is context.
      'je vais recruter un coordo clsm, le referentiel national recommande quel temps de travail et il doit suivre une formation ?',
      ['le referentiel national recommande quel temps de travail', 'il doit suivre une formation'],
    ],
    [
      // "les deux": the two bodies named before, each asked.
      "notre copil se reunit 1 fois par an et la pleniere jamais... c'est quoi le rythme attendu pour les deux ?",
      [
        "c'est quoi le rythme attendu pour le copil",
        "c'est quoi le rythme attendu pour le pleniere",
      ],
    ],
  ])(
    'are each interrogative clause joined by "et"/"ou", and each sentence ending in "?": %s',
    (q, asks) => expect(focuses(q)).toEqual(asks),
  );

  it('read each ask with what comes before it as its context, the later asks kept apart', () => {
    const [first, second] = splitAsks(
      'bonjour. qui préside le COPIL et à quel rythme se réunit-il ?',
    );
    expect(second?.focus).toBe('a quel rythme se reunit-il');
    expect(second?.preamble).toBe('bonjour, qui preside le copil');
    expect(first?.preamble).toBe('bonjour');
    expect(first?.later).toBe('a quel rythme se reunit-il');
  });

  it('are none for a question asking one thing, whatever its greeting, situation or "ou"', () => {
    expect(
      splitAsks('bonjour, on monte un CLSM sur 3 communes, qui doit siéger au COPIL ?'),
    ).toEqual([]);
    expect(splitAsks('le coordo est-il payé par la commune ou par l’hôpital ?')).toEqual([]);
    // Two bodies set side by side are one ask on both.
    expect(splitAsks('quelle différence entre le copil et le cotech ?')).toEqual([]);
    expect(splitAsks('les objectifs, c’est quoi ? je prépare le COPIL de juin')).toEqual([]);
    // Figures told stay with the ask; a situation the ask leans on stays too.
    expect(
      focuses('notre comcom fait 35 000 habitants, quel plafond ? et si on passe a 45 000 ?')[0],
    ).toBe('notre intercommunalite fait 35 000 habitants, quel plafond');
    // "… et y a pas de CLS" tells the situation; it does not ask.
    expect(
      splitAsks(
        'notre clsm est porté par la mairie et y a pas de cls ici. on peut quand même candidater ?',
      ),
    ).toEqual([]);
    expect(
      splitAsks('notre clsm tourne sans label, et ya pas de cls. on peut candidater quand même ?'),
    ).toEqual([]);
    // A list asked, then an item checked against it ("…, et X en fait-elle partie ?").
    expect(
      splitAsks(
        'Combien de priorités un PTSM doit-il couvrir, et la gestion de crise en fait-elle partie ?',
      ),
    ).toEqual([]);
    // A question passed on, then what to reply to it: one ask.
    expect(
      splitAsks(
        'le maire me demande : « qui préside le COPIL ? » je lui réponds quoi d’après le cdc ?',
      ),
    ).toEqual([]);
  });

  it('reads two yes/no questions reported by one lead-in ("on nous demande si …, et si …")', () => {
    expect(
      focuses(
        'en conseil municipal on nous demande si le clsm est obligatoire, et si faut creer une structure pour le porter. le ref dit quoi ?',
      ),
    ).toEqual(['le clsm est obligatoire', 'si faut creer une structure pour le porter']);
    // One question reported, then a sentence asking again, is one ask read whole.
    expect(
      focuses(
        "un maire me demande si signer un cls est une obligation legale. que dit l'instruction ?",
      ),
    ).toEqual([]);
  });
});
