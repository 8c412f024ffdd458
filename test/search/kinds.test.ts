import { describe, expect, it } from 'vitest';
import { plainQuestion } from '../../src/search/analyser.js';
import { startEngine } from '../../src/search/engine.js';
import {
  countAsked,
  durationAsked,
  givesAll,
  SHARE,
  STATED_FACETS,
  valuesAskedIn,
  YEAR_ASKED,
} from '../../src/search/kinds.js';

const count = (q: string) => countAsked(plainQuestion(q));

describe('a duration asked', () => {
  it('is of the thing named after "durer", past "la réalisation de"', () => {
    const of = (q: string) => durationAsked(plainQuestion(q));
    expect(of('Combien de temps doit durer la réalisation du diagnostic local de santé ?')).toBe(
      'diagnostic',
    );
    expect(of('combien de temps dure un contrat local de santé ?')).toBe('contrat');
    expect(of('un CLS ça dure combien de temps ?')).toBeUndefined();
    expect(of('quel est le délai de versement de la subvention ?')).toBe('versement');
  });

  it('is not answered by the duration of something else', () => {
    const { engine } = startEngine();
    const a = engine.ask(
      "Combien de temps doit durer la réalisation du diagnostic local de santé d'un CLS ?",
    );
    expect(a.outcome).toBe('abstain');
    expect(engine.ask('combien de temps dure un contrat local de santé ?').text).toMatch(/5 ans/);
  });
});

describe('a place asked', () => {
  it('is not answered by a cadence: the texts give no meeting place', () => {
    const { engine } = startEngine();
    for (const q of [
      "Dans quel lieu doit se réunir l'assemblée plénière ?",
      'où se réunit le COPIL ?',
      'quel lieu pour le copil ?',
      'lieu de réunion du COPIL ?',
    ])
      expect(engine.ask(q).outcome).toBe('abstain');
    expect(engine.ask('où envoyer le dossier de labellisation ?').text).toMatch(
      /délégation départementale/,
    );
  });
});

describe('a count asked', () => {
  it("of axes is answered by the leaflet's count of thématiques, each an axe", () => {
    expect(
      count("un cls en occitanie, ça fait combien d'axes ?")?.test('autour de 5 thematiques'),
    ).toBe(true);
    expect(count("combien d'axes ?")?.test('5 objectifs strategiques')).toBe(false);
  });

  it('of roles is answered by a count of functions or missions, past "grands" or "principaux"', () => {
    const functions = 'organise ses missions en trois fonctions';
    expect(count('le coordo a combien de grandes missions ?')?.test(functions)).toBe(true);
    expect(count('combien de rôles principaux pour le coordinateur ?')?.test(functions)).toBe(true);
    expect(count('combien de grands axes ?')?.test(functions)).toBe(false);
  });

  it('is answered only by a figure of the things counted', () => {
    expect(count('combien de CLSM en France ?')?.test('on recense environ 280 clsm')).toBe(true);
    expect(count('combien de CLS en France ?')?.test('on recense environ 280 clsm')).toBe(false);
    // A count put forward ("plus de deux CLS") is checked as one asked.
    expect(
      count("un coordo n'a pas le droit de suivre plus de deux cls ?")?.test('le clsm et le cls'),
    ).toBe(false);
    // A year is no count: "(vers 2012, texte historique), le CLSM" says nothing of how many.
    expect(
      count('combien de clsm ont été financés ?')?.test('(vers 2012, texte historique), le clsm a'),
    ).toBe(false);
    // "combien d'entre eux" counts what an earlier clause named: no word to check here.
    expect(count("et combien d'entre eux couvrent un quartier prioritaire ?")).toBeUndefined();
    // "combien de son côté": whose share, nothing counted.
    expect(count('et la comcom doit mettre combien de son côté ?')).toBeUndefined();
    expect(
      count("combien d'élus ont signé ?")?.test("apres la covid-19, la mobilisation d'elus locaux"),
    ).toBe(false);
    expect(
      count('combien de nouveaux conseils locaux par an ?')?.test('une vingtaine de clsm'),
    ).toBe(true);
    // People living on a territory are its inhabitants; people at a meeting are not.
    const living = 'en moyenne 107 000 habitants';
    expect(count('un CLSM couvre combien de personnes en moyenne ?')?.test(living)).toBe(true);
    expect(count('combien de personnes siègent au COPIL ?')?.test(living)).toBe(false);
  });

  it('of meetings over a period is a cadence: "combien de copil par an"', () => {
    const { engine } = startEngine();
    for (const q of [
      'combien de copil par an ?',
      "nombre de plénières dans l'année ?",
      'combien de copil au national, semestriel ou trimestriel ?',
    ])
      expect(engine.ask(q).text).toMatch(/une fois par an|deux fois par an/);
    // Counted without a period, the instances are bodies: no text counts them.
    expect(count('combien de copil en Occitanie ?')?.test('se réunit deux fois par an')).toBe(
      false,
    );
  });

  it('may be a minimum or a total: "nombre minimum de communes"', () => {
    expect(count('nombre minimum de communes pour un CLSM ?')?.test('au moins deux communes')).toBe(
      true,
    );
    expect(count('nombre minimum de communes pour un CLSM ?')?.test('pas de seuil minimal')).toBe(
      false,
    );
  });

  it('is not one of time, money or meetings, which answers give in other words', () => {
    expect(count('combien de temps dure un CLS ?')).toBeUndefined();
    expect(count('combien de réunions de COPIL par an ?')).toBeUndefined();
    expect(count("la plénière, tous les combien d'après le référentiel ?")).toBeUndefined();
  });

  it('of hours or days is answered only by a figure in hours or days, which no text gives', () => {
    expect(count("combien d'heures dure la formation ?")?.test('35 heures de formation')).toBe(
      true,
    );
    expect(count('combien de jours de formation ?')?.test('une formation qualifiante')).toBe(false);
    const { engine } = startEngine();
    const training =
      "Combien d'heures durait la formation qualifiante que devait suivre le coordonnateur dans l'ancien cahier des charges ?";
    expect(engine.ask(training).outcome).toBe('abstain');
    // The training itself, asked without a unit, is still answered.
    expect(
      engine.ask(
        "quelle formation devait suivre le coordonnateur d'apres l'ancien cahier des charges ?",
      ).outcome,
    ).toBe('answer');
  });

  it('is an identifier for "quel numéro", and an age for "jusqu’à quel âge"', () => {
    const { engine } = startEngine();
    const ask = (q: string) => engine.ask(q);
    expect(
      ask('quel est le numero du formulaire cerfa a remplir pour financer des actions du clsm ?')
        .outcome,
    ).toBe('abstain');
    expect(ask("quel est le numero de l'instruction clsm de 2025 ?").text).toMatch(/2025\/8/);
    // The 2025 text's NOR is not the 2016 one's, which no text gives.
    expect(ask("c'est quoi le numero nor de l'instruction de 2016 ?").outcome).toBe('abstain');
    expect(ask("jusqu'a quel age un jeune est cible par la prevention du suicide ?").outcome).toBe(
      'abstain',
    );
  });

  it('keeps the bot from answering a count no text gives with a figure of something else', () => {
    const { engine } = startEngine();
    expect(engine.ask("cb d'elus ont signe l'appel de nantes ?").outcome).toBe('abstain');
  });

  it('reads a dated event in an answer as a date, not the date of the text it cites', () => {
    const datesAnEvent = (answer: string) =>
      STATED_FACETS.some(([facet, given]) => facet === 'date' && given.test(plainQuestion(answer)));
    expect(datesAnEvent('la stratégie régionale CLS validée en mars 2022')).toBe(true);
    expect(datesAnEvent('Selon l’instruction du 13 mai 2025, le centre national diffuse…')).toBe(
      false,
    );
  });

  it('asks a deadline only of an answer that gives a date or speaks of deadlines', () => {
    const { engine } = startEngine();
    expect(engine.ask('avant quelle date faut il rendre le bilan annuel du clsm ?').outcome).toBe(
      'abstain',
    );
    expect(
      engine.ask('a quelle date precise le bilan du clsm doit il etre envoye a la dd ars ?')
        .outcome,
    ).toBe('abstain');
    expect(
      engine.ask("Jusqu'à quelle année court la stratégie régionale CLS validée en 2022 ?").outcome,
    ).toBe('abstain');
    expect(engine.ask('date limite pour deposer la candidature clsm ?').text).toMatch(
      /au fil de l’eau|au fil de l'eau/,
    );
  });
});

describe('a year or a share asked', () => {
  it('is not the year that dates the asker’s own situation, nor a share of working time', () => {
    const years = (q: string) => [...plainQuestion(q).matchAll(YEAR_ASKED)].map((m) => m[1]);
    expect(years('Notre CLSM fonctionne depuis 2019 : quelle pièce fournir ?')).toEqual([]);
    expect(years('quel plafond pour 2026 ?')).toEqual(['2026']);
    expect(SHARE.test(plainQuestion('pour quelle part de son temps ?'))).toBe(false);
    expect(SHARE.test(plainQuestion('quelle part du budget paie l’ARS ?'))).toBe(true);
    // A post "à 100 %" is full time; a sum "financé à 100 %" is a share.
    expect(SHARE.test(plainQuestion('le coordo doit être à 100 % ?'))).toBe(false);
    expect(SHARE.test(plainQuestion('le centre est financé à 100 % par la DGS ?'))).toBe(true);
    // An indicator named by the share it tracks asks which indicator, not a share.
    expect(SHARE.test(plainQuestion('l’indicateur pourcentage de population couverte ?'))).toBe(
      false,
    );
  });
});

describe('the year of a figure', () => {
  it('is not the date of the text that gives it', () => {
    const { engine } = startEngine();
    expect(engine.ask('Combien de CLSM actifs recensait-on en France en 2025 ?').outcome).toBe(
      'abstain',
    );
    expect(engine.ask('combien de clsm en france en 2024 ?').text).toMatch(/280/);
  });
});

describe('a value the texts never give', () => {
  const gives = (q: string, answer: string) => {
    const f = plainQuestion(q);
    return givesAll(valuesAskedIn(f, f), plainQuestion(answer));
  };

  it('is a stand-in for a leave, which "il ne le remplace pas" (of a funding) does not give', () => {
    const cumul =
      'le financement CLSM ne remplace pas celui du CLS : il ne le remplace pas, ils se cumulent';
    expect(
      gives('la coordo part en congé maternité, peut-on financer un remplacement ?', cumul),
    ).toBe(false);
    expect(gives("l'ARS maintient-elle son financement pendant cette absence ?", cumul)).toBe(
      false,
    );
    // Asked whether one funding replaces the other, the same answer gives it.
    expect(gives('le financement clsm vient en plus du cls ou il le remplace ?', cumul)).toBe(true);
  });

  it('is software, or a theme of the year', () => {
    expect(
      gives('ya un logiciel pour le suivi d’activité ?', 'le suivi d’activité compte les réunions'),
    ).toBe(false);
    expect(
      gives('quel est le thème national des SISM 2025 ?', 'les SISM ont lieu chaque année'),
    ).toBe(false);
    // The ORS's tools, online, are named by what they show.
    expect(gives('outil en ligne de l’ORS pour le diag ?', 'les outils de l’ORS : CartoPsy')).toBe(
      true,
    );
  });
});
