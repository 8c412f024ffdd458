import type { KnowledgeBase } from '../knowledge/loader.js';
import type { Citation, Entry, GlossaryTerm } from '../knowledge/schema.js';
import { ceilingFor, describeCeiling } from '../rules/ceiling.js';
import { foldAccents, plainQuestion } from './analyser.js';
import { toAnswerCitation, type AnswerCitation } from './citation.js';
import type { EntryIndex, SearchHit } from './index.js';
import { findPopulation } from './numbers.js';
import { PLACES } from './places.js';

export interface TopicLink {
  id: string;
  title: string;
  /** A label of at most 75 characters for buttons, when the title is longer. */
  shortTitle?: string;
}

const topicOf = (e: Entry): TopicLink =>
  e.shortTitle
    ? { id: e.id, title: e.title, shortTitle: e.shortTitle }
    : { id: e.id, title: e.title };

/** One answer, whatever the surface (CLI text, JSON, Block Kit). */
export interface Answer {
  question: string;
  abstained: boolean;
  /** The answer itself, French, pasteable. */
  text: string;
  /** How another text differs ("À noter : ..."), when one does. */
  note: string | null;
  citations: AnswerCitation[];
  /** Ids of the entries the answer rests on, best first. */
  entries: string[];
  /** "Voir aussi" (answered) or closest topics (abstained). */
  related: TopicLink[];
}

/** The entry computed population answers rest on (§6 ceilings). */
export const CEILING_ENTRY_ID = 'financement-plafonds';

export const ABSTENTION_TEXT = 'Les textes de référence ne répondent pas à cette question.';

/**
 * Share of the question's weight (each word weighted by its specificity) the best entry must
 * match to be trusted: "salaire du coordinateur" matches only its generic words, so abstains.
 */
const MIN_COVERAGE = 0.5;
/** Acronyms in fewer than about 5% of entries get their expansion added to the query. */
const EXPAND_MIN_SPECIFICITY = 3;
/**
 * Cap on a word's weight in the coverage: a word no entry has ("salaire", but also a filler
 * like "sorti" or a typo) weighs like a rare word, not more, so one odd word does not sink
 * a question whose other words match well, while "salaire du coordinateur" still abstains.
 */
const SPECIFICITY_CAP = 4;
/** A word matched only through a one-letter difference counts for this much. */
const FUZZY_CREDIT = 0.5;
/** Entries of a historical text rank lower unless the question asks about the past. */
const HISTORICAL_WEIGHT = 0.5;
/** Runners-up kept in `entries` when they score at least this share of the best. */
const RUNNER_UP_RATIO = 0.6;

const MEANING =
  /\b(que veut dire|que signifie|signifie|signification|veut dire|sigle|acronyme|abreviation|definition de|definition du|definition d)\b/;
/** A question asking for an amount, a count, a rate or a duration. */
const QUANTITY =
  /\b(combien|nombre|taux|pourcentage|montant|duree|frequence|periodicite|moyen|moyenne)\b/;
/** An answer that states a figure: digits (not a year) or a number written out. */
const FIGURE =
  /\b(?!(?:19|20)\d\d\b)\d+(?![\d)])|\b(deux|trois|quatre|cinq|six|sept|huit|neuf|dix|douze|quinze|vingt|cent|mille|annuel|annuelle|mensuel|semestriel)\b/;
/**
 * "combien de CLSM en Occitanie": the texts give no count by region or department (only a
 * national one), so a local count is never answered from a national figure.
 */
const LOCAL_COUNT = new RegExp(
  `\\b(combien|nombre|taux|pourcentage)\\b.*\\b(en|dans|sur|pour)\\s+(l'|le |la |les )?(${PLACES.join('|')})\\b`,
);
/** Entries titled on a longer acronym than the one asked (CLSM for CLS) rank lower. */
const OTHER_ACRONYM_WEIGHT = 0.6;
/** Runners-up that may answer instead of the best hit when it is not about what was asked. */
const MAX_STAND_INS = 5;
const STAND_IN_RATIO = 0.5;
const ASKS_HISTORY = /\b(ancien|ancienne|2012|historique|avant|precedent|precedente|autrefois)\b/;

export type { AnswerCitation } from './citation.js';

export interface AnswerEngine {
  ask(question: string): Answer;
  /** The answer of one entry, as if asked (a "Voir aussi" button); null for an unknown id. */
  answerEntry(id: string): Answer | null;
}

export function createAnswerEngine(kb: KnowledgeBase, index: EntryIndex): AnswerEngine {
  const cite = (c: Citation): AnswerCitation => toAnswerCitation(c, kb.sources);
  const link = (id: string): TopicLink[] => {
    const e = kb.entriesById.get(id);
    return e ? [topicOf(e)] : [];
  };
  const askedAsQuantity = new Set(
    kb.entries
      .filter((e) => [e.title, ...e.questions].some((q) => QUANTITY.test(plainQuestion(q))))
      .map((e) => e.id),
  );
  const titles = new Map(kb.entries.map((e) => [e.id, index.analyser.terms(e.title)]));
  const titleTerms = (entry: Entry): string[] => titles.get(entry.id) ?? [];
  const isHistorical = (entry: Entry): boolean =>
    entry.citations.every((c) => kb.sources.get(c.source)?.status === 'historique');
  const glossaryByTerm = new Map(kb.glossary.map((t) => [foldAccents(t.acronym.toLowerCase()), t]));

  const abstain = (question: string, hits: SearchHit[]): Answer => ({
    question,
    abstained: true,
    text: ABSTENTION_TEXT,
    note: null,
    citations: [],
    entries: [],
    related: hits
      .filter((h) => !h.entry.supersededBy)
      .slice(0, 3)
      .map((h) => topicOf(h.entry)),
  });

  const fromEntry = (question: string, entry: Entry, others: SearchHit[], prefix = ''): Answer => {
    const runnersUp = others
      .filter((h) => h.entry.id !== entry.id && !h.entry.supersededBy)
      .slice(0, 2)
      .map((h) => h.entry.id);
    const related = [...entry.related, ...runnersUp]
      .filter((id, i, all) => id !== entry.id && all.indexOf(id) === i)
      .slice(0, 4)
      .flatMap(link);
    return {
      question,
      abstained: false,
      text: `${prefix}${entry.answer.trim()}`,
      note: entry.note?.trim() ?? null,
      citations: entry.citations.map(cite),
      entries: [entry.id, ...runnersUp],
      related,
    };
  };

  /** "que veut dire GEM", "c'est quoi un PTSM": the expansion, then the entry that explains it. */
  const explainAcronym = (question: string, term: GlossaryTerm): Answer => {
    const expansion = `${term.acronym} : ${term.expansion}.`;
    const entry = term.entry ? kb.entriesById.get(term.entry) : undefined;
    if (entry) return fromEntry(question, entry, [], `${expansion}\n`);
    return {
      question,
      abstained: false,
      text: expansion,
      note: null,
      citations: [cite(term.citation)],
      entries: [],
      related: [],
    };
  };

  const ceiling = (question: string, population: number): Answer => {
    const result = ceilingFor(population, kb.funding);
    const entry = kb.entriesById.get(CEILING_ENTRY_ID);
    return {
      question,
      abstained: false,
      text: describeCeiling(result, kb.funding).join('\n'),
      note: null,
      citations: [...result.citations, kb.funding.scope].map(cite),
      entries: entry ? [entry.id] : [],
      related: entry ? entry.related.slice(0, 4).flatMap(link) : [],
    };
  };

  return {
    answerEntry(id) {
      const entry = kb.entriesById.get(id);
      return entry ? fromEntry(entry.title, entry, []) : null;
    },
    ask(question) {
      const folded = plainQuestion(question);
      const own = [...new Set(index.analyser.terms(question))];
      if (own.length === 0) return abstain(question, []);

      const population = findPopulation(question);
      if (population !== null) return ceiling(question, population);

      const acronyms = own.filter((t) => glossaryByTerm.has(t));
      const acronymTerm = acronyms.length === 1 ? glossaryByTerm.get(acronyms[0] ?? '') : undefined;
      if (
        acronymTerm &&
        (acronymTerm.entry || MEANING.test(folded)) &&
        (own.length === 1 || MEANING.test(folded))
      )
        return explainAcronym(question, acronymTerm);
      // A bare acronym with no explaining entry: the best entry, introduced by the expansion.
      const prefix =
        acronymTerm && own.length === 1
          ? `${acronymTerm.acronym} : ${acronymTerm.expansion}.\n`
          : '';

      // Expand only acronyms the entries rarely write as such (they use the full words).
      const expansions = acronyms.flatMap((a) => {
        const t = glossaryByTerm.get(a);
        return t && index.specificity(a) >= EXPAND_MIN_SPECIFICITY ? [t.expansion] : [];
      });
      const wantsHistory = ASKS_HISTORY.test(folded);
      // "CLS" asked, not "CLSM": entries titled on the CLSM are about another thing.
      const longer = [...glossaryByTerm.keys()].filter(
        (k) => !own.includes(k) && acronyms.some((a) => k !== a && k.startsWith(a)),
      );
      const weightOf = (h: SearchHit): number =>
        (isHistorical(h.entry) && !wantsHistory ? HISTORICAL_WEIGHT : 1) *
        (longer.some((k) => titleTerms(h.entry).includes(k)) ? OTHER_ACRONYM_WEIGHT : 1);
      const hits = index
        .search(question, expansions)
        .map((h) => ({ ...h, score: h.score * weightOf(h) }))
        .sort((a, b) => b.score - a.score);
      if (hits.length === 0) return abstain(question, []);
      if (LOCAL_COUNT.test(folded)) return abstain(question, hits);

      // The best entry that is about what was asked: every acronym of the question (CLS is not
      // PTSM), and a figure when a quantity is asked. Only close runners-up may stand in.
      const asksQuantity = QUANTITY.test(folded);
      const fits = (h: SearchHit): boolean =>
        acronyms.every(
          (a) =>
            index.contains(h.entry.id, a) ||
            index.analyser
              .terms(glossaryByTerm.get(a)?.expansion ?? a)
              .every((t) => index.contains(h.entry.id, t)),
        ) &&
        (!asksQuantity ||
          askedAsQuantity.has(h.entry.id) ||
          FIGURE.test(foldAccents(h.entry.answer.toLowerCase())));
      const best = hits[0]?.score ?? 0;
      const top = hits
        .slice(0, MAX_STAND_INS)
        .find((h) => h.score >= best * STAND_IN_RATIO && fits(h));
      if (!top) return abstain(question, hits);

      const weight = (terms: string[]) =>
        terms.reduce((sum, t) => sum + Math.min(index.specificity(t), SPECIFICITY_CAP), 0);
      const coverage =
        (weight(top.matched) + FUZZY_CREDIT * weight(top.fuzzyMatched)) / weight(own);
      if (coverage < MIN_COVERAGE) return abstain(question, hits);

      const others = hits.filter((h) => h !== top && h.score >= top.score * RUNNER_UP_RATIO);
      const successor =
        top.entry.supersededBy && !wantsHistory
          ? kb.entriesById.get(top.entry.supersededBy)
          : undefined;
      if (successor) {
        const answer = fromEntry(question, successor, others, prefix);
        return {
          ...answer,
          note:
            answer.note ??
            `l’ancien cahier des charges régional (vers 2012, texte historique) traitait aussi ce point : ${top.entry.answer.trim()}`,
          citations: [...answer.citations, ...top.entry.citations.map(cite)],
        };
      }
      return fromEntry(question, top.entry, others, prefix);
    },
  };
}
