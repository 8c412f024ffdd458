import type { KnowledgeBase } from '../knowledge/loader.js';
import type { Citation, Entry, GlossaryTerm, SourceFile } from '../knowledge/schema.js';
import { ceilingFor, describeCeiling } from '../rules/ceiling.js';
import { foldAccents } from './analyser.js';
import type { EntryIndex, SearchHit } from './index.js';
import { findPopulation } from './numbers.js';

/** A citation as shown to users: the seed file, a readable section label, the verbatim quote. */
export interface AnswerCitation {
  source: SourceFile;
  section: string;
  quote: string;
  /** "Cahier des charges ARS Occitanie (2023)" */
  sourceName: string;
  date: string;
  historical: boolean;
}

export interface TopicLink {
  id: string;
  title: string;
}

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

/** Share of the question's topic words the best entry must match to be trusted. */
const MIN_COVERAGE = 0.5;
/** Runners-up kept in `entries` when they score at least this share of the best. */
const RUNNER_UP_RATIO = 0.6;

const MEANING =
  /\b(que veut dire|que signifie|signifie|signification|veut dire|sigle|acronyme|abreviation|definition de|definition du|definition d)\b/;
const ASKS_HISTORY = /\b(ancien|ancienne|2012|historique|avant|precedent|precedente|autrefois)\b/;

export interface AnswerEngine {
  ask(question: string): Answer;
}

export function createAnswerEngine(kb: KnowledgeBase, index: EntryIndex): AnswerEngine {
  const cite = (c: Citation): AnswerCitation => {
    const source = kb.sources.get(c.source);
    const section = source?.sections.find((s) => s.id === c.section);
    const title = section?.title ?? '';
    const label =
      !title || foldAccents(title.toLowerCase()).includes(foldAccents(c.section.toLowerCase()))
        ? title || c.section
        : `${c.section} – ${title}`;
    return {
      source: c.source,
      section: label,
      quote: c.quote.replace(/\s+/g, ' ').trim(),
      sourceName: source?.short ?? c.source,
      date: source?.date ?? '',
      historical: source?.status === 'historique',
    };
  };
  const link = (id: string): TopicLink[] => {
    const e = kb.entriesById.get(id);
    return e ? [{ id: e.id, title: e.title }] : [];
  };
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
      .map((h) => ({ id: h.entry.id, title: h.entry.title })),
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

  const fromGlossary = (question: string, term: GlossaryTerm): Answer => {
    const about = index
      .search(term.acronym)
      .find((h) =>
        index.analyser.terms(h.entry.title).includes(foldAccents(term.acronym.toLowerCase())),
      );
    return {
      question,
      abstained: false,
      text: `${term.acronym} : ${term.expansion}.`,
      note: null,
      citations: [cite(term.citation)],
      entries: about ? [about.entry.id] : [],
      related: about ? [{ id: about.entry.id, title: about.entry.title }] : [],
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
    ask(question) {
      const folded = foldAccents(question.toLowerCase());
      const own = [...new Set(index.analyser.terms(question))];
      if (own.length === 0) return abstain(question, []);

      const population = findPopulation(question);
      if (population !== null) return ceiling(question, population);

      const acronyms = own.filter((t) => glossaryByTerm.has(t));
      const onlyAcronym = acronyms.length === 1 && own.length === 1;
      if (acronyms.length === 1 && (MEANING.test(folded) || onlyAcronym)) {
        const term = glossaryByTerm.get(acronyms[0] ?? '');
        if (term && MEANING.test(folded)) return fromGlossary(question, term);
      }

      const expansions = acronyms.flatMap((a) => {
        const t = glossaryByTerm.get(a);
        return t ? [t.expansion] : [];
      });
      const wantsHistory = ASKS_HISTORY.test(folded);
      const hits = index
        .search(question, expansions)
        .map((h) => (h.entry.supersededBy && !wantsHistory ? { ...h, score: h.score * 0.5 } : h))
        .sort((a, b) => b.score - a.score);
      const top = hits[0];
      if (!top) return abstain(question, []);

      const coverage = top.matched.length / own.length;
      const unknown = own.filter((t) => !index.knows(t) && !top.matched.includes(t));
      if (coverage < MIN_COVERAGE || (unknown.length > 0 && coverage < 1))
        return abstain(question, hits);

      if (onlyAcronym) {
        const term = glossaryByTerm.get(acronyms[0] ?? '');
        const titled = index.analyser.terms(top.entry.title).includes(acronyms[0] ?? '');
        if (term && !titled) return fromGlossary(question, term);
      }

      const others = hits.slice(1).filter((h) => h.score >= top.score * RUNNER_UP_RATIO);
      const successor =
        top.entry.supersededBy && !wantsHistory
          ? kb.entriesById.get(top.entry.supersededBy)
          : undefined;
      if (successor) {
        const answer = fromEntry(question, successor, others);
        return {
          ...answer,
          note:
            answer.note ??
            `l’ancien cahier des charges régional (vers 2012, texte historique) traitait aussi ce point : ${top.entry.answer.trim()}`,
          citations: [...answer.citations, ...top.entry.citations.map(cite)],
        };
      }
      return fromEntry(question, top.entry, others);
    },
  };
}
