import MiniSearch, { type AsPlainObject, type Options } from 'minisearch';
import type { KnowledgeBase } from '../knowledge/loader.js';
import type { Entry } from '../knowledge/schema.js';
import { createAnalyser, words, type Analyser } from './analyser.js';

interface IndexedEntry {
  id: string;
  title: string;
  questions: string;
  keywords: string;
  answer: string;
  quotes: string;
  /** Expansions of the acronyms the entry uses: "CERFA" also finds "formulaire". */
  expansions: string;
}

/** Field weights: the ways people ask an entry count more than its answer or its quotes. */
const BOOST = { questions: 3, title: 2.5, keywords: 2, answer: 1, quotes: 0.6, expansions: 0.5 };
/**
 * Question words are stop words for matching, but they tell what kind of answer is wanted:
 * an entry asked the same way ("qui préside ...", "combien de ...") gets this boost.
 */
const INTERROGATIVES = ['qui', 'combien', 'quand', 'pourquoi', 'comment'];
const SAME_KIND_BOOST = 1.3;
/**
 * Words of the question's preamble (greeting, situation) weigh this much against the words of
 * what is asked: "on monte un CLSM sur 3 communes, qui siège au COPIL ?" is about the COPIL.
 */
const PREAMBLE_WEIGHT = 0.35;
/** Fuzzy matching only for long terms (never "cls" into "clsm"): one edit from 6 letters. */
const FUZZY_MIN_LENGTH = 6;

export interface SearchHit {
  entry: Entry;
  score: number;
  /** Query terms (as analysed) this entry contains as such. */
  matched: string[];
  /** Query terms this entry matched only through a one-letter difference (typo or near word). */
  fuzzyMatched: string[];
}

export interface SearchQuery {
  /** What is asked: its words weigh fully. */
  focus: string;
  /** The situation told before it: its words weigh `PREAMBLE_WEIGHT`. */
  preamble?: string;
  /** Acronym expansions: weigh a third of a term in all. */
  extraTerms?: string[];
  /** The best this many hits only: the rest are not read. */
  limit?: number;
}

export interface EntryIndex {
  analyser: Analyser;
  /** Entries ranked by BM25 for the question. */
  search(query: SearchQuery): SearchHit[];
  /**
   * How specific an analysed term is (smoothed inverse document frequency): "clsm", in nearly
   * every entry, weighs little; a word no entry has ("salaire") weighs the most.
   */
  specificity(term: string): number;
  /** Whether an entry contains an analysed term in any of its fields. */
  contains(entryId: string, term: string): boolean;
  /** Whether the source passages around an entry's quotes contain an analysed term. */
  surrounds(entryId: string, term: string): boolean;
  /** Whether any entry or any passage around a quote has the term: what the base speaks of. */
  known(term: string): boolean;
  /**
   * Whether the base has a term of the same family: one that starts like it ("cofinanceur"
   * and "cofinanc", from "cofinancement"), over `KIN_LENGTH` letters.
   */
  knownKin(term: string): boolean;
  /** The entry's ways of asking, analysed: each way's distinct terms. */
  wordingsOf(entryId: string): readonly (readonly string[])[];
  /** The terms of what the entry is about: its title, ways of asking and keywords. */
  aboutOf(entryId: string): ReadonlySet<string>;
}

/** Letters two terms of one family share at their start ("cofina…", "labell…"). */
const KIN_LENGTH = 6;

/**
 * What indexing computes, as plain data: the build saves it with the compiled knowledge base
 * (`dist/knowledge.json`) so a start-up from the build skips stemming and indexing.
 */
export interface IndexSnapshot {
  miniSearch: AsPlainObject;
  documentFrequency: [string, number][];
  termsOf: [string, string[]][];
  askedAs: [string, string[]][];
  surroundingTerms: [string, string[]][];
  /** Each entry's ways of asking, analysed as questions are (each way's distinct terms). */
  wordings: [string, string[][]][];
  /** What each entry is about, analysed as questions are: title, ways of asking, keywords. */
  about: [string, string[]][];
  stems: [string, string][];
}

const miniSearchOptions = (analyser: Analyser): Options<IndexedEntry> => ({
  fields: ['title', 'questions', 'keywords', 'answer', 'quotes', 'expansions'],
  tokenize: (text) => analyser.terms(text),
  processTerm: (term) => term,
  searchOptions: { boost: BOOST },
});

/** The same analyser, each text analysed once: indexing reads every field twice. */
function memoised(analyser: Analyser): Analyser {
  const seen = new Map<string, string[]>();
  return {
    ...analyser,
    terms(text) {
      let terms = seen.get(text);
      if (terms === undefined) seen.set(text, (terms = analyser.terms(text)));
      return terms;
    },
  };
}

/** Indexes every entry of the knowledge base (stemming each field): the slow part of a start. */
export function snapshotIndex(kb: KnowledgeBase): IndexSnapshot {
  return indexNow(kb).snapshot;
}

/** The snapshot of `kb`, and the live search and analyser it was built with. */
function indexNow(kb: KnowledgeBase): {
  snapshot: IndexSnapshot;
  search: MiniSearch<IndexedEntry>;
  analyser: Analyser;
} {
  const plain = createAnalyser(kb.glossary.map((t) => t.acronym));
  // Each field text is read twice while indexing: analysed once. Queries afterwards are not
  // remembered (a long-running bot would keep every question).
  const analyser = memoised(plain);
  let tokenize = analyser;
  const search = new MiniSearch<IndexedEntry>({
    ...miniSearchOptions(plain),
    tokenize: (text) => tokenize.terms(text),
  });
  const expansionOf = new Map(
    kb.glossary.map((t) => [analyser.terms(t.acronym)[0] ?? '', t.expansion]),
  );
  const documents: IndexedEntry[] = kb.entries.map((e) => {
    const fields = {
      title: e.title,
      questions: e.questions.join(' \n '),
      keywords: e.keywords.join(' '),
      answer: e.answer,
    };
    const used = new Set(
      Object.values(fields).flatMap((text) => analyser.terms(text).filter(analyser.isAcronym)),
    );
    return {
      id: e.id,
      ...fields,
      quotes: e.citations.map((c) => c.quote).join(' \n '),
      expansions: [...used].map((a) => expansionOf.get(a) ?? '').join(' \n '),
    };
  });
  search.addAll(documents);

  const documentFrequency = new Map<string, number>();
  const termsOf = new Map<string, Set<string>>();
  for (const doc of documents) {
    const { id, ...fields } = doc;
    const terms = new Set(Object.values(fields).flatMap((text) => analyser.terms(text)));
    termsOf.set(id, terms);
    for (const term of terms) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
  }
  const askedAs = kb.entries.map((e): [string, string[]] => {
    const used = new Set([e.title, ...e.questions].flatMap((q) => words(q)));
    return [e.id, INTERROGATIVES.filter((w) => used.has(w))];
  });
  const surroundingTerms = [...kb.surroundings].map(([id, text]): [string, string[]] => [
    id,
    analyser.terms(text),
  ]);
  // Queries are read by an analyser that knows the knowledge base's words, as a restored one.
  const queries = createAnalyser(
    kb.glossary.map((t) => t.acronym),
    plain.knownStems(),
  );
  tokenize = queries;
  // Every way of asking, analysed now rather than when a question first ranks its entry: the
  // first questions a start answers then pay for none of the base's 7 000 ways of asking.
  const wordings = kb.entries.map((e): [string, string[][]] => [
    e.id,
    e.questions.map((q) => [...new Set(queries.terms(q))]),
  ]);
  const about = kb.entries.map((e): [string, string[]] => [
    e.id,
    [...new Set(queries.terms([e.title, ...e.questions, ...e.keywords].join(' ')))],
  ]);
  return {
    snapshot: {
      // Serialised only when asked for (the build saves it); a start from YAML keeps it live.
      get miniSearch() {
        return search.toJSON();
      },
      documentFrequency: [...documentFrequency],
      termsOf: [...termsOf].map(([id, terms]) => [id, [...terms]]),
      askedAs,
      surroundingTerms,
      wordings,
      about,
      stems: plain.knownStems(),
    },
    search,
    analyser: queries,
  };
}

/** The search and analyser of a snapshot the build saved. */
function restore(kb: KnowledgeBase, snapshot: IndexSnapshot): ReturnType<typeof indexNow> {
  const analyser = createAnalyser(
    kb.glossary.map((t) => t.acronym),
    snapshot.stems,
  );
  const search = MiniSearch.loadJS<IndexedEntry>(snapshot.miniSearch, miniSearchOptions(analyser));
  return { snapshot, search, analyser };
}

/** The index of `kb`: built now, or restored from the snapshot the build saved for this `kb`. */
export function buildIndex(kb: KnowledgeBase, saved?: IndexSnapshot): EntryIndex {
  const { snapshot, search, analyser } = saved ? restore(kb, saved) : indexNow(kb);
  const documentFrequency = new Map(snapshot.documentFrequency);
  const termsOf = new Map(snapshot.termsOf.map(([id, terms]) => [id, new Set(terms)]));
  const askedAs = new Map(snapshot.askedAs.map(([id, kinds]) => [id, new Set(kinds)]));
  const surroundingTerms = new Map(
    snapshot.surroundingTerms.map(([id, terms]) => [id, new Set(terms)]),
  );
  const wordings = new Map(snapshot.wordings);
  const about = new Map(snapshot.about.map(([id, terms]) => [id, new Set(terms)]));
  const total = kb.entries.length;
  const anySurrounding = new Set([...surroundingTerms.values()].flatMap((terms) => [...terms]));
  const kin = new Set(
    [...documentFrequency.keys(), ...anySurrounding]
      .filter((t) => t.length >= KIN_LENGTH)
      .map((t) => t.slice(0, KIN_LENGTH)),
  );

  return {
    analyser,
    surrounds: (entryId, term) => surroundingTerms.get(entryId)?.has(term) ?? false,
    contains: (entryId, term) => termsOf.get(entryId)?.has(term) ?? false,
    known: (term) => documentFrequency.has(term) || anySurrounding.has(term),
    knownKin: (term) => term.length >= KIN_LENGTH && kin.has(term.slice(0, KIN_LENGTH)),
    wordingsOf: (entryId) => wordings.get(entryId) ?? [],
    aboutOf: (entryId) => about.get(entryId) ?? new Set(),
    specificity: (term) => Math.log(1 + total / ((documentFrequency.get(term) ?? 0) + 0.5)),
    search({ focus, preamble = '', extraTerms = [], limit = Infinity }) {
      const asked = analyser.terms(focus);
      const context = analyser.terms(preamble).filter((t) => !asked.includes(t));
      const own = [...asked, ...context];
      if (own.length === 0) return [];
      // Each expansion (e.g. GEM → "groupe d'entraide mutuelle") weighs as a third of a term
      // in all, so a long expansion cannot outweigh the words the user actually typed.
      const extra = extraTerms.flatMap((t) => {
        const terms = analyser.terms(t).filter((x) => !own.includes(x));
        return terms.map((term) => ({ term, boost: 1 / (3 * terms.length) }));
      });
      const boosts = [
        ...asked.map(() => 1),
        ...context.map(() => PREAMBLE_WEIGHT),
        ...extra.map((x) => x.boost),
      ];
      const kinds = INTERROGATIVES.filter((w) => words(focus).includes(w));
      const results = search.search([...own, ...extra.map((x) => x.term)].join(' '), {
        ...(kinds.length > 0
          ? {
              boostDocument: (id: string) =>
                kinds.some((k) => askedAs.get(id)?.has(k)) ? SAME_KIND_BOOST : 1,
            }
          : {}),
        tokenize: (text) => text.split(' '),
        boostTerm: (_term, i) => boosts[i] ?? 1,
        fuzzy: (term) =>
          term.length >= FUZZY_MIN_LENGTH && !analyser.isAcronym(term) && !/^\d+$/.test(term)
            ? 0.2
            : false,
        maxFuzzy: 1,
      });
      // Results come best first: the terms each matched are read for the head only.
      return results.slice(0, limit).flatMap((r) => {
        const entry = kb.entriesById.get(String(r.id));
        return entry
          ? [
              {
                entry,
                score: r.score,
                matched: own.filter((t) => r.terms.includes(t)),
                fuzzyMatched: own.filter((t) => r.queryTerms.includes(t) && !r.terms.includes(t)),
              },
            ]
          : [];
      });
    },
  };
}
