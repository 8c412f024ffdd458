import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { foldForQuote } from '../../src/knowledge/fold.js';
import { plainQuestion } from '../../src/search/analyser.js';
import { FEATURE_NAMES } from '../../src/search/decision.js';
import { DECISION_MODEL } from '../../src/search/decision-model.js';
import { startEngine } from '../../src/search/engine.js';
import {
  containsFact,
  DEV_SETS,
  foldFact,
  HELD_OUT_SET,
  loadEvalSet,
  verdict,
  withNames,
} from '../support/evaluation.js';
import { loadQuestionSet } from '../support/question-set.js';
import { loadTextQuestionSet } from '../support/text-question-set.js';

const { engine, kb } = startEngine();
const norm = (s: string) =>
  plainQuestion(s)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/**
 * Out-of-scope development questions the bot answers, each reviewed. They are near-topic
 * questions an entry matches word for word, and its answer is about a neighbouring point (what
 * ARS credits may pay for is listed, a rent is not named either way).
 * The fit counts such an answer as twice a wrong one (bench/fit-decision.ts, OUT_OF_SCOPE_COST)
 * instead of forbidding it: forbidding it set the answer threshold at 0.99. Any other
 * out-of-scope question answered fails here; one of these abstaining again fails too, so the
 * list is kept exact.
 */
const ANSWERED_OUT_OF_SCOPE: Readonly<Record<string, readonly string[]>> = {
  // Reviewed: whether the hospital may carry a CLSM alone once the commune leaves; the answer
  // gives what the 2023 text requires of the partners together (the hospital, the médico-social
  // and social actors, the users' associations) and the 2025 joint commitment of the
  // collectivité and the psychiatry, which is what the texts say of one partner alone.
  'questions-dev20.yml': [
    "si la commune se retire du clsm, l'hopital peut il le porter tout seul ?",
  ],
  // Reviewed: the 2012 text funds a CLSM outside a CLS "sauf exception" and lists none; the
  // answer says so much.
  'questions-dev37.yml': [
    "dans l'ancien cahier des charges, c'etait quoi les exceptions qui permettaient a l'ars de financer un clsm hors cls ?",
  ],
  // Reviewed: what the ORS does besides Cartopsy, which no text says; the answer gives the one
  // thing the 2023 text says of the ORS and its tools, and claims nothing more.
  'questions-dev55.yml': [
    "Quelles sont les missions de l'ORS Occitanie en dehors de l'outil cartopsy ?",
  ],
  // First reading, not yet reviewed: answered or clarified before any tuning on the set.
  'questions-dev62.yml': [
    "tu peux me donner la liste des ddars d'occitanie avec le nom de chaque referent cls ?",
    'quelles pieces faut il fournir pour obtenir le cofinancement ars de 30 000 euros du coordo cls ?',
    "dans l'ancien cdc de 2012, le conseil departemental etait il membre du copil du clsm ?",
  ],
  // First reading, not yet reviewed: answered or clarified before any tuning on the set.
  'questions-dev68.yml': [
    'quel lien entre le projet territorial de sante porte par une cpts et le cls ?',
    "qui evalue les cls au niveau regional, il existe un comite regional d'evaluation ?",
  ],
  // First reading, not yet reviewed: answered or clarified before any tuning on the set.
  'questions-dev70.yml': [],
  // First reading, not yet reviewed: answered or clarified before any tuning on the set.
  'questions-dev72.yml': [
    'le cdc occitanie 2023 oblige t il le coordo clsm a suivre la formation nationale du centre de ressources de lille ?',
    'Le référentiel CLS de 2018 dit-il à qui adresser une candidature de labellisation CLSM ?',
    'dans la plaquette ars, le clsm doit il avoir un comite technique distinct de celui du cls ?',
  ],
  // First reading, not yet reviewed: answered or clarified before any tuning on the set.
  'questions-dev74.yml': [],
  // Reviewed: whether a deadline binds every CLS of Occitanie to have a CLSM, which no text
  // sets; the answer says there is no single deadline, candidatures being filed as they come
  // (2023), and claims nothing more. It abstained only while "aient" was a word unknown to it.
  'questions-dev75.yml': [
    "y a t il une date butoir pour que tous les cls d'occitanie aient un clsm ?",
  ],
  // Answered at the held-out measurement (round 27), not yet reviewed.
  'questions-dev76.yml': [],
  // First reading, not yet reviewed: answered or clarified before any tuning on the set.
  'questions-dev77.yml': [],
  // First reading, not yet reviewed: answered or clarified before any tuning on the set.
  'questions-dev78.yml': [
    "comment mettre en place un comite citoyen pour l'axe mobilisation citoyenne du cls, c'est quoi les etapes ?",
  ],
  // First reading, not yet reviewed: answered or clarified before any tuning on the set.
  'questions-dev80.yml': [
    'Quel est le budget national consacré aux CLSM par la DGS en 2025, et comment est-il réparti entre les ARS ?',
    "quel est le montant moyen d'un cls en occitanie toutes actions confondues, et quelle part va a la sante mentale ?",
  ],
  // First reading, not yet reviewed: answered or clarified before any tuning on the set.
  'questions-dev81.yml': [],
  'questions-dev82.yml': [],
  'questions-dev83.yml': [],
  'questions-dev84.yml': [],
  // Answered at the held-out measurement (round 30), not yet reviewed.
  'questions-dev85.yml': [],
  // First reading, not yet reviewed: answered or clarified before any tuning on the set.
  'questions-dev87.yml': [
    "la formation nationale des coordos est payante ? c'est qui qui la paie, la collectivite ou l'ars ?",
  ],
  // Answered at the held-out measurement (round 35), not yet reviewed.
  'questions-dev100.yml': [],
  // First reading, not yet reviewed: answered or clarified before any tuning on the set.
  'questions-dev102.yml': [
    "bonjour, l'ars aide a financer le diagnostic local de sante d'un cls ? a hauteur de combien ?",
    'Les comptes rendus des COPIL de CLSM doivent-ils être rendus publics ?',
  ],
  // Reviewed: how often the 2012 regional commission met, and which working time the ARS funded
  // in 2012, are given by no text; the answers give what the texts do say (the action brought to
  // the commission each year; the hospital employing the coordinator for the funded share) and
  // claim nothing more. (The 2025 text's ceilings, and whether the 2023 ones are yearly, also
  // listed here before, now abstain.)
  'questions-dev104.yml': [
    "dans l'ancien cdc, l'action du clsm etait portee chaque annee a la commission regionale de coordination ; elle se reunissait a quel rythme cette commission ?",
    "Dans l'ancien cahier des charges, quelle quotité de temps de travail du coordonnateur l'ARS finançait-elle (mi-temps, 0,8 ETP) ?",
  ],
  // Answered or clarified at the held-out measurement (round 49), read, not yet mended: the
  // label's renewal procedure gets the label's duration and the CLS's renewal, without saying
  // that no text sets the procedure. (The salary grid, which clarified between the employer and
  // the ARS's funding of the coordinator, abstains since the CLSM's coordinator is no longer
  // read as the CLS's.)
  'questions-dev143.yml': [
    'quand le cls arrive au bout des 5 ans, le label ars du clsm il se renouvelle comment ? faut refaire tout le dossier ou y a une procedure allegee ?',
  ],
  // First reading, not yet reviewed: clarified before any tuning on the set.
  'questions-dev150.yml': [
    'Notre CLSM va ouvrir ses groupes de travail à des habitants bénévoles. Notre service juridique nous demande si la commune doit souscrire une assurance responsabilité civile spécifique pour couvrir ces participants. Que prévoient les textes sur ce point ?',
  ],
  // Answered at the held-out measurement (round 54), read, not yet mended: the article framing
  // the sharing of named information gets the CSP articles founding the CLSM, PTSM and CLS.
  'questions-dev156.yml': [
    "Notre cellule de situations psychosociales complexes souhaite échanger des informations nominatives. Quel article du code de la santé publique encadre ce partage d'informations ?",
  ],
  // (dev117's question on a deliberation of the municipal council, clarified before, now
  // abstains: who asks, an élu of a comcom, is no longer searched for.)
};

// Each development question's outcome (answer, clarify, abstain) and the entry it rests on,
// snapshotted: any change of behaviour shows as a reviewed diff, never hidden under a floor.
// `npm run bench` reports the same sets as right / clarify / abstain / wrong.
describe.each(DEV_SETS)('%s', (name) => {
  const set = loadEvalSet(name);

  it('matches its per-question snapshot (verdict, outcome, entry)', async () => {
    const lines = set.map((q) => {
      const a = engine.ask(q.q);
      const rests =
        a.outcome === 'clarify' ? a.suggestions.map((s) => s.id).join('|') : (a.entries[0] ?? '-');
      // One line per question: a message's line breaks show as ⏎.
      return `${verdict(q, a).padEnd(7)} ${a.outcome.padEnd(7)} ${rests} ← ${q.q.replace(/\n/g, ' ⏎ ')}`;
    });
    await expect(`${lines.join('\n')}\n`).toMatchFileSnapshot(`./__snapshots__/${name}.txt`);
  });

  it('answers or clarifies no question the texts do not answer, but the reviewed few listed', () => {
    const answered = set
      .filter((q) => q.outOfScope)
      .filter((q) => engine.ask(q.q).outcome !== 'abstain')
      .map((q) => q.q);
    expect(answered).toEqual(ANSWERED_OUT_OF_SCOPE[name] ?? []);
  });

  it('is not made of the entries’ own ways of asking (a test that asks an entry its question proves nothing)', () => {
    const own = new Set(kb.entries.flatMap((e) => [e.title, ...e.questions]).map(norm));
    expect(set.filter((q) => own.has(norm(q.q))).map((q) => q.q)).toEqual([]);
  });
});

describe('the fitted decision', () => {
  it('was fitted on the features the engine computes, in the same order', () => {
    expect(DECISION_MODEL.features).toEqual(FEATURE_NAMES);
    expect(DECISION_MODEL.answer.weights).toHaveLength(FEATURE_NAMES.length);
    expect(DECISION_MODEL.clarify.weights).toHaveLength(FEATURE_NAMES.length);
  });
});

// The curated set's floors, kept beside the snapshots: ranking (the expected entry answers
// first, or is among the first three entries or choices) and the decision to answer or abstain.
// A clarifying question counts as neither an answer for top-1 nor an abstention.
describe('questions.yml floors', () => {
  const set = loadQuestionSet();
  const outcomes = set.map((q) => {
    const a = engine.ask(q.q);
    const ids = a.outcome === 'clarify' ? a.suggestions.map((s) => s.id) : a.entries;
    const glossary =
      q.glossary !== undefined && !a.abstained && a.text.startsWith(`${q.glossary} :`);
    return {
      q,
      top1: glossary || (a.outcome === 'answer' && q.expect.includes(ids[0] ?? '')),
      top3: glossary || (!a.abstained && ids.slice(0, 3).some((id) => q.expect.includes(id))),
      decidedRightly: a.abstained === q.abstain,
    };
  });
  const inScope = outcomes.filter((o) => !o.q.abstain);
  const share = (n: number, d: number) => n / d;

  it('ranks the right entry first for most questions, and in the top 3 for nearly all', () => {
    const missed = (top: 'top1' | 'top3') =>
      inScope
        .filter((o) => !o[top])
        .map((o) => o.q.q)
        .join(' | ');
    const top1 = share(inScope.filter((o) => o.top1).length, inScope.length);
    const top3 = share(inScope.filter((o) => o.top3).length, inScope.length);
    expect(top1, `not first: ${missed('top1')}`).toBeGreaterThanOrEqual(0.85);
    expect(top3, `not in the top 3: ${missed('top3')}`).toBeGreaterThanOrEqual(0.92);
  });

  it('abstains where the texts are silent and answers where they speak', () => {
    const abstention = share(outcomes.filter((o) => o.decidedRightly).length, outcomes.length);
    const outOfScope = outcomes.filter((o) => o.q.abstain);
    expect(abstention).toBeGreaterThanOrEqual(0.93);
    expect(
      share(outOfScope.filter((o) => o.decidedRightly).length, outOfScope.length),
    ).toBeGreaterThanOrEqual(0.8);
  });
});

// The text sets' floors, at the values they had before commit 7154769 removed them (see
// d94fe3d): right among in-scope questions, and out-of-scope questions abstained.
describe.each([
  ['questions-texts.yml', 0.85, 0.75],
  ['questions-robustness.yml', 0.8, 0.8],
])('%s floors', (name, rightFloor, abstainedFloor) => {
  const set = loadEvalSet(name);
  const verdicts = set.map((q) => ({ q, v: verdict(q, engine.ask(q.q)) }));
  const inScope = verdicts.filter(({ q }) => !q.outOfScope);
  const outOfScope = verdicts.filter(({ q }) => q.outOfScope);

  it('answers most in-scope questions with the right facts and the ruling text', () => {
    const missed = inScope.filter(({ v }) => v !== 'right').map(({ q }) => q.q);
    expect(
      (inScope.length - missed.length) / inScope.length,
      `not right: ${missed.join(' | ')}`,
    ).toBeGreaterThanOrEqual(rightFloor);
  });

  it('abstains on most questions the texts do not answer', () => {
    const abstained = outOfScope.filter(({ v }) => v === 'right').length;
    expect(abstained / outOfScope.length).toBeGreaterThanOrEqual(abstainedFloor);
  });
});

describe('question sets', () => {
  it('name only entries that exist', () => {
    for (const q of loadQuestionSet())
      for (const id of q.expect) expect(kb.entriesById.has(id), id).toBe(true);
  });

  it('are large and varied enough to mean something', () => {
    const texts = loadTextQuestionSet();
    expect(new Set(texts.map((q) => q.source).filter(Boolean)).size).toBe(5);
    expect(texts.filter((q) => !q.abstain).length).toBeGreaterThanOrEqual(100);
    expect(loadTextQuestionSet('questions-robustness.yml').length).toBeGreaterThanOrEqual(100);
  });

  it('hold facts that stand in the text they name (so a right answer can contain them)', () => {
    const fold = (s: string) => foldFact(foldForQuote(s));
    const texts = new Map<string, string>();
    const text = (file: string) => {
      if (!texts.has(file))
        texts.set(
          file,
          fold(readFileSync(new URL(`../../knowledge/sources/${file}`, import.meta.url), 'utf8')),
        );
      return texts.get(file) ?? '';
    };
    const missing = ['questions-texts.yml', 'questions-robustness.yml', HELD_OUT_SET].flatMap(
      (name) =>
        loadTextQuestionSet(name).flatMap((q) =>
          q.source
            ? q.facts
                .filter((f) => !text(q.source ?? '').includes(fold(f)))
                .map((f) => `${name}: ${f}`)
            : [],
        ),
    );
    expect(missing).toEqual([]);
  });

  // The held-out set is measured once, after tuning, by `npm run bench`; here only its shape.
  it('hold a held-out set of 150+ questions: a quarter on the 2025 référentiel, 30+ out of scope', () => {
    const held = loadTextQuestionSet(HELD_OUT_SET);
    const inScope = held.filter((q) => !q.abstain);
    expect(held.length).toBeGreaterThanOrEqual(150);
    expect(held.length - inScope.length).toBeGreaterThanOrEqual(30);
    expect(
      inScope.filter((q) => q.source === '003_cc92af99d410d381.txt').length,
    ).toBeGreaterThanOrEqual(0.25 * inScope.length);
  });
});

describe('the fact check of the text sets', () => {
  it('count a fact stated in other words only when it is the same words, close together', () => {
    const answer = foldFact(
      "Les lettres d'engagement des partenaires sont déposées auprès de la délégation départementale de l'ARS (art. L.1434-10).",
    );
    expect(containsFact(answer, foldFact("lettre d'engagement"))).toBe(true);
    expect(containsFact(answer, foldFact('Délégation départementale ARS'))).toBe(true);
    expect(containsFact(answer, foldFact('L. 1434-10'))).toBe(true);
    expect(containsFact(answer, foldFact('lettres de la délégation régionale'))).toBe(false);
    expect(containsFact(answer, foldFact('engagement ARS'))).toBe(false);
  });

  it('count an acronym stated by its name, and a name by its acronym', () => {
    const answer = withNames(foldFact('Le comité de pilotage se réunit deux fois par an.'));
    expect(containsFact(answer, foldFact('COPIL'))).toBe(true);
    expect(containsFact(answer, foldFact('CLSM'))).toBe(false);
    const short = withNames(foldFact('La DDARS siège au COPIL.'));
    expect(containsFact(short, foldFact('comité de pilotage'))).toBe(true);
  });
});
